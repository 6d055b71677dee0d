// The source headings the panel shows, checked on the corpus pages (../shared/corpus/pages and
// wide): how many are pronouns, and how many are not in the nominative base form by a check that
// is independent of the analysis (an article or an inflected adjective at the start, a pronoun).
// Both for the headings as shown (`display`) and for the raw mentions (`resolved ?? source`).
//   npm run headings
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CORPUS = '../shared/corpus';
const sets = ['pages', 'wide'].map((s) => join(CORPUS, s)).filter(existsSync);
if (!sets.length) {
  console.log(`no corpus at ${CORPUS}: nothing to count`);
  process.exit(0);
}
const out = join(mkdtempSync(join(tmpdir(), 'ql-headings-')), 'reports.jsonl');
const run = spawnSync('node', ['dist/cli/quellenlage.mjs', 'batch', ...sets, '--jsonl', out, '--quiet'], {
  stdio: 'inherit',
});
if (run.status !== 0 && !existsSync(out)) process.exit(1);

const ARTICLE = { de: /^(?:der|die|das|des|dem|den|ein|eine|einem|einen|einer|eines)\s/i, en: /^(?:the|a|an)\s/i };
// an adjective with an oblique ending first, before a noun: "internen Prüfbericht", "Deutschen Presse-Agentur"
const OBLIQUE_ADJ = { de: /^\S+(?:en|em)\s+\p{Lu}/u, en: /$^/ };
const PRONOUN = /^(?:er|sie|es|ihm|ihr|ihn|he|she|it|they|him|her|them)$/i;

function count(key) {
  const tally = { headings: 0, pronoun: 0, notBase: 0, examples: [] };
  for (const line of readFileSync(out, 'utf8').split('\n')) {
    if (!line) continue;
    const { report } = JSON.parse(line);
    if (!report?.attributions || !ARTICLE[report.lang]) continue;
    const headings = new Set(report.attributions.map(key).filter(Boolean));
    for (const h of headings) {
      tally.headings++;
      const pronoun = PRONOUN.test(h);
      // (a pronoun marked unresolved is shown as such, not as a heading of its own)
      const unresolved = report.attributions.some((a) => key(a) === h && a.unresolved);
      if (pronoun && !unresolved) tally.pronoun++;
      if (ARTICLE[report.lang].test(h) || OBLIQUE_ADJ[report.lang].test(h) || (pronoun && !unresolved)) {
        tally.notBase++;
        if (tally.examples.length < 8) tally.examples.push(h);
      }
    }
  }
  return tally;
}

const show = (name, t) =>
  console.log(
    `${name}: ${t.headings} headings, ${t.pronoun} pronouns, ${t.notBase} not in the base form (${(
      t.notBase / Math.max(1, t.headings)
    ).toFixed(3)})${t.examples.length ? `, e.g. ${t.examples.map((e) => JSON.stringify(e)).join(', ')}` : ''}`,
  );
show(
  'as shown (display)',
  count((a) => a.display),
);
show(
  'raw mentions      ',
  count((a) => a.resolved ?? a.source),
);
