// Runs the CLI's analysis over every page of ../shared/corpus/pages, writes one report per page
// into .eval/reports, and scores them with the corpus's score.mjs. Also checks body extraction
// against each page's expected.json (token F1) beside @mozilla/readability on the same pages.
//   npm run eval [-- --verbose] [-- --sites] [-- --lang de|en]
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
// the built CLI's library entry: the same code path as `quellenlage report`
import { reportOf } from '../dist/cli/api.mjs';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const langArg = args.includes('--lang') ? args[args.indexOf('--lang') + 1] : null;
const corpus = resolve(process.env.QUELLENLAGE_CORPUS ?? '../shared/corpus');
if (!existsSync(join(corpus, 'pages'))) {
  console.log(`No corpus at ${corpus} (expected pages/ and gold/ there): nothing to evaluate.`);
  process.exit(0);
}
const manifest = readFileSync(join(corpus, 'pages/MANIFEST.tsv'), 'utf8').trim().split('\n').map((l) => l.split('\t'));
const head = manifest.shift();
const rows = manifest.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
const out = resolve('.eval/reports');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const tokens = (s) => (s ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
function bagF1(pred, gold) {
  const a = tokens(pred), b = tokens(gold);
  if (!a.length || !b.length) return a.length === b.length ? 1 : 0;
  const bag = new Map();
  for (const t of b) bag.set(t, (bag.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of a) { const c = bag.get(t); if (c) { common++; bag.set(t, c - 1); } }
  const p = common / a.length, r = common / b.length;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

let crashes = 0, detectOk = 0, detectN = 0, slowest = 0;
/** Per outlet: pages, correct detections, body F1 of pages with a full body label, snippet labels met. */
const sites = new Map();
const bodyRows = [];
for (const row of rows) {
  const file = join(corpus, 'pages', row.id + '.html');
  if (!existsSync(file)) continue;
  const html = readFileSync(file);
  const t0 = performance.now();
  let report;
  try {
    report = reportOf(html, file, null, true);
  } catch (e) {
    crashes++;
    console.log(`CRASH ${row.id}: ${e.message}`);
    continue;
  }
  slowest = Math.max(slowest, performance.now() - t0);
  writeFileSync(join(out, row.id + '.json'), JSON.stringify(report));
  detectN++;
  const wantArticle = row.kind !== 'nonarticle';
  if (report.isArticle === wantArticle && (row.kind !== 'liveblog' || report.liveblog)) detectOk++;
  else if (verbose) console.log(`detection wrong: ${row.id} (${row.kind}) → isArticle ${report.isArticle}, liveblog ${report.liveblog}`);
  const expFile = join(corpus, 'pages', row.id + '.expected.json');
  const site = sites.get(row.outlet) ?? sites.set(row.outlet, { lang: row.language, pages: 0, detected: 0, snippetsOk: 0, snippetPages: 0, body: [] }).get(row.outlet);
  site.pages++;
  if (report.isArticle === wantArticle) site.detected++;
  if (wantArticle && existsSync(expFile)) {
    const exp = JSON.parse(readFileSync(expFile, 'utf8'));
    const text = report.article.text ?? '';
    if (exp.must_contain?.length || exp.must_not_contain?.length) {
      site.snippetPages++;
      if ((exp.must_contain ?? []).every((x) => text.includes(x)) && !(exp.must_not_contain ?? []).some((x) => text.includes(x))) site.snippetsOk++;
    }
    if (exp.body) {
      const gold = [exp.title ?? '', exp.body].join('\n\n');
      const { document } = parseHTML(html.toString('utf8'));
      let ref = '';
      try { const r = new Readability(document).parse(); ref = [r?.title ?? '', r?.textContent ?? ''].join('\n\n'); } catch { ref = ''; }
      bodyRows.push({ id: row.id, ours: bagF1(report.article.text ?? '', gold), readability: bagF1(ref, gold) });
      site.body.push(bodyRows.at(-1).ours);
    }
  }
}
const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
console.log(`pages analysed: ${detectN}, crashes: ${crashes}, slowest: ${slowest.toFixed(0)} ms`);
console.log(`article detection (incl. live blogs): ${detectOk}/${detectN}`);
if (verbose) for (const r of bodyRows) console.log(`  body ${r.id.padEnd(26)} ours ${r.ours.toFixed(3)}  readability ${r.readability.toFixed(3)}`);
console.log(`body token F1, mean over ${bodyRows.length} pages: ours ${mean(bodyRows.map((r) => r.ours)).toFixed(3)}, readability ${mean(bodyRows.map((r) => r.readability)).toFixed(3)}`);
if (verbose || args.includes('--sites')) {
  console.log('\noutlet                        lang pages detected body-F1 snippets');
  for (const [outlet, x] of [...sites].sort((a, b) => a[1].lang.localeCompare(b[1].lang) || a[0].localeCompare(b[0]))) {
    console.log(`${outlet.padEnd(30)}${x.lang.padEnd(5)}${String(x.pages).padStart(5)}${String(x.detected).padStart(9)} ${x.body.length ? mean(x.body).toFixed(3).padStart(7) : '      –'} ${x.snippetPages ? `${x.snippetsOk}/${x.snippetPages}` : '–'}`);
  }
}

const langs = langArg ? [langArg] : ['de', 'en', null];
const goldIds = readdirSync(join(corpus, 'gold')).filter((f) => f.endsWith('.gold.json')).map((f) => f.replace('.gold.json', ''));
for (const lang of langs) {
  const ids = lang ? goldIds.filter((id) => rows.find((r) => r.id === id)?.language === lang) : null;
  console.log(`\n== attribution scores: ${lang ? `${lang} pages (${ids.length})` : 'all pages'} ==`);
  const a = ['--reports', out, '--gold', join(corpus, 'gold'), '--pages', join(corpus, 'pages/MANIFEST.tsv')];
  if (ids) a.push('--ids', ids.join(','));
  if (verbose) a.push('--verbose');
  process.stdout.write(execFileSync('node', [join(corpus, 'score.mjs'), ...a], { encoding: 'utf8' }));
}
const seedText = join(corpus, '../seeds/000_00ac5bc2f57b439e.txt');
if (existsSync(seedText) && existsSync(join(corpus, 'seed'))) {
  const seedOut = resolve('.eval/seed');
  rmSync(seedOut, { recursive: true, force: true });
  mkdirSync(seedOut, { recursive: true });
  writeFileSync(join(seedOut, 'tonline-kursk.json'), JSON.stringify(reportOf(readFileSync(seedText), seedText, null, false)));
  console.log('\n== seed article (tonline-kursk) ==');
  process.stdout.write(execFileSync('node', [join(corpus, 'score.mjs'), '--reports', seedOut, '--gold', join(corpus, 'seed')], { encoding: 'utf8' }));
}
process.exitCode = crashes ? 1 : 0;
