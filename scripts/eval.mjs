// Runs the CLI's analysis over every page of each corpus set, writes one report per page into
// .eval/<set>/, and scores the reports with the corpus's own scorers: score-pages.mjs (detection,
// body against Readability in the same run, title, authors, date) and score.mjs (attributions and
// credits against the gold labels), per set and language, and for all sets together.
//   npm run eval [-- --verbose] [-- --sites] [-- --set dev|wide] [-- --json FILE]
// --sites adds a table per outlet (pages, articles detected, body F1 of pages with a body label).
// The output goes into docs/measured.md too (section "npm run eval", with date and commit).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
// the built CLI's library entry: the same code path as `quellenlage report`
import { reportOf } from '../dist/cli/api.mjs';
import { recordOutput, writeSection } from './measured.mjs';

const args = process.argv.slice(2);
const printed = recordOutput();
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : null);
const verbose = args.includes('--verbose');
const corpus = resolve(process.env.QUELLENLAGE_CORPUS ?? '../shared/corpus');
/** The corpus's sets: saved pages with expected.json, and the gold labels of some of them. */
const SETS = [
  { name: 'dev', pages: 'pages', gold: 'gold' },
  { name: 'wide', pages: 'wide', gold: 'wide-gold' },
].filter((s) => existsSync(join(corpus, s.pages, 'MANIFEST.tsv')) && (!opt('--set') || opt('--set') === s.name));
if (!SETS.length) {
  console.log(`No corpus at ${corpus} (expected pages/ and gold/ there): nothing to evaluate.`);
  process.exit(0);
}

function manifest(dir) {
  const [head, ...rows] = readFileSync(join(dir, 'MANIFEST.tsv'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => l.split('\t'));
  return rows.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}
const node = (script, a) =>
  execFileSync('node', [join(corpus, script), ...a], { encoding: 'utf8', maxBuffer: 64 << 20 });
const scoreJson = (script, a) =>
  JSON.parse(
    node(script, [...a, '--json'])
      .trim()
      .split('\n')
      .at(-1),
  );

/**
 * A page with what declares it an article taken away: JSON-LD, Open Graph, article and Twitter meta
 * tags, and the <article>/<main> elements (as DIVs): many sites declare less than the corpus pages do.
 */
const undeclared = (html) =>
  html
    .replace(/<script[^>]*application\/ld\+json[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<meta[^>]*(?:og:|article:|twitter:|name="?(?:author|date|description))[^>]*>/gi, '')
    .replace(/<(\/?)(?:article|main)\b/gi, '<$1div')
    .replace(/itemprop="?articleBody"?/gi, '');

/**
 * A page whose markup names nothing: every class and id value replaced by a hash of it (the same word the
 * same hash, so the page keeps its structure), as on a site whose class words no heuristic knows.
 */
const hashedMarkup = (html) =>
  html.replace(
    /\b(class|id)=(?:"([^"<>\n]*)"|'([^'<>\n]*)')/gi,
    (_m, name, dq, sq) =>
      `${name}="${(dq ?? sq)
        .split(/\s+/)
        .filter(Boolean)
        .map((w) => 'h' + createHash('sha1').update(w).digest('hex').slice(0, 8))
        .join(' ')}"`,
  );
/** Token F1 of a report's title and body against the expected ones, as score-pages.mjs counts it. */
const bodyF1 = (report, exp) => {
  const toks = (x) =>
    (x ?? '')
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const p = report.isArticle ? toks([report.article.title, report.article.text].filter(Boolean).join('\n\n')) : [];
  const g = toks([exp.title, exp.body].filter(Boolean).join('\n\n'));
  if (!p.length || !g.length) return 0;
  const bag = new Map();
  for (const t of g) bag.set(t, (bag.get(t) ?? 0) + 1);
  let c = 0;
  for (const t of p) {
    const n = bag.get(t);
    if (!n) continue;
    c++;
    bag.set(t, n - 1);
  }
  return c ? (2 * c) / (p.length + g.length) : 0;
};

const root = resolve('.eval');
rmSync(root, { recursive: true, force: true });
const results = { command: `npm run eval ${args.join(' ')}`.trim(), sets: {} };
let crashes = 0;
/** Per outlet, for --sites: its set, language, article pages, those detected, body F1 of pages with a body label. */
const outlets = new Map();
const all = { reports: join(root, 'all/reports'), gold: join(root, 'all/gold'), rows: [] };
mkdirSync(all.reports, { recursive: true });
mkdirSync(all.gold, { recursive: true });

for (const set of SETS) {
  const dir = join(corpus, set.pages);
  const rows = manifest(dir);
  const out = join(root, set.name);
  mkdirSync(out, { recursive: true });
  let detectOk = 0,
    bareOk = 0,
    bareArticles = 0,
    bareOthersOk = 0,
    bareOthers = 0,
    slowest = 0,
    hashedPages = 0,
    hashedFound = 0,
    hashedF1 = 0,
    asIsF1 = 0,
    snippetsOk = 0,
    snippetPages = 0;
  for (const row of rows) {
    const file = ['.html', '.html.gz'].map((x) => join(dir, row.id + x)).find(existsSync);
    if (!file) continue;
    let html = readFileSync(file);
    if (file.endsWith('.gz')) html = gunzipSync(html);
    const t0 = performance.now();
    let report;
    try {
      report = reportOf(html, row.id + '.html', null, true);
    } catch (e) {
      crashes++;
      console.log(`CRASH ${set.name}/${row.id}: ${e.message}`);
      continue;
    }
    slowest = Math.max(slowest, performance.now() - t0);
    writeFileSync(join(out, row.id + '.json'), JSON.stringify(report));
    symlinkSync(join(out, row.id + '.json'), join(all.reports, row.id + '.json'));
    all.rows.push(row);
    const wantArticle = row.kind !== 'nonarticle';
    if (report.isArticle === wantArticle && (row.kind !== 'liveblog' || report.liveblog)) detectOk++;
    else if (verbose)
      console.log(
        `detection wrong: ${set.name}/${row.id} (${row.kind}) → isArticle ${report.isArticle}, liveblog ${report.liveblog}`,
      );
    // the same article with what declares it taken away: found by its markup and text alone?
    // (and a page that is no article must stay one without its metadata too)
    if (wantArticle ? report.isArticle : !report.isArticle) {
      if (wantArticle) bareArticles++;
      else bareOthers++;
      try {
        const bare = reportOf(Buffer.from(undeclared(html.toString('utf8'))), row.id + '.html', null, false);
        if (wantArticle && bare.isArticle) bareOk++;
        else if (!wantArticle && !bare.isArticle) bareOthersOk++;
        else if (verbose)
          console.log(`${wantArticle ? 'not found' : 'taken for an article'} without metadata: ${set.name}/${row.id}`);
      } catch (e) {
        crashes++;
        console.log(`CRASH ${set.name}/${row.id} without metadata: ${e.message}`);
      }
    }
    const expFile = join(dir, row.id + '.expected.json');
    if (wantArticle && existsSync(expFile)) {
      const exp = JSON.parse(readFileSync(expFile, 'utf8'));
      // the same page with markup that names nothing: is the body found by structure and text alone?
      if (exp.body) {
        try {
          const hashed = reportOf(Buffer.from(hashedMarkup(html.toString('utf8'))), row.id + '.html', null, true);
          hashedPages++;
          if (hashed.isArticle) hashedFound++;
          hashedF1 += bodyF1(hashed, exp);
          asIsF1 += bodyF1(report, exp);
        } catch (e) {
          crashes++;
          console.log(`CRASH ${set.name}/${row.id} with hashed markup: ${e.message}`);
        }
      }
      const text = report.article.text ?? '';
      if (exp.must_contain?.length || exp.must_not_contain?.length) {
        snippetPages++;
        if (
          (exp.must_contain ?? []).every((x) => text.includes(x)) &&
          !(exp.must_not_contain ?? []).some((x) => text.includes(x))
        )
          snippetsOk++;
        else if (verbose) console.log(`snippet labels not met: ${set.name}/${row.id}`);
      }
    }
  }
  const res = (results.sets[set.name] = {
    pages: rows.length,
    detection: `${detectOk}/${rows.length}`,
    withoutMetadata: `${bareOk}/${bareArticles}`,
    othersWithoutMetadata: `${bareOthersOk}/${bareOthers}`,
    snippets: `${snippetsOk}/${snippetPages}`,
    slowestMs: Math.round(slowest),
    hashedMarkup: {
      found: `${hashedFound}/${hashedPages}`,
      bodyF1: +(hashedF1 / (hashedPages || 1)).toFixed(3),
      asPublished: +(asIsF1 / (hashedPages || 1)).toFixed(3),
    },
  });
  console.log(
    `\n==== ${set.name} (${set.pages}/): ${rows.length} pages, detection ${res.detection} (incl. non-articles and live blogs), without their metadata ${res.withoutMetadata} articles found and ${res.othersWithoutMetadata} other pages kept out, snippet labels ${res.snippets}, slowest ${res.slowestMs} ms`,
  );
  if (hashedPages)
    console.log(
      `with every class and id value hashed (markup that names nothing): ${res.hashedMarkup.found} articles with a body label found, body F1 ${res.hashedMarkup.bodyF1} against ${res.hashedMarkup.asPublished} as published`,
    );

  // page understanding, per language, with Readability on the same pages
  for (const lang of ['de', 'en']) {
    const sub = join(root, `${set.name}-pages-${lang}`);
    mkdirSync(sub, { recursive: true });
    const ids = rows.filter((r) => r.language === lang).map((r) => r.id);
    if (!ids.length) continue;
    writeFileSync(
      join(sub, 'MANIFEST.tsv'),
      [
        Object.keys(rows[0]).join('\t'),
        ...rows.filter((r) => r.language === lang).map((r) => Object.values(r).join('\t')),
      ].join('\n') + '\n',
    );
    for (const id of ids)
      for (const x of ['.html', '.html.gz', '.expected.json'])
        if (existsSync(join(dir, id + x))) symlinkSync(join(dir, id + x), join(sub, id + x));
    const a = ['--reports', out, '--pages', sub, '--readability'];
    const perPage = node('score-pages.mjs', [...a, '--verbose'])
      .split('\n')
      .filter((l) => / body \d/.test(l));
    if (verbose) console.log(perPage.join('\n'));
    const p = (res[`pages_${lang}`] = scoreJson('score-pages.mjs', a));
    // the scorer counts every article; a page whose label has no body scores its title only, so the
    // body figure is given again over the pages with a full body label
    const labelled = perPage
      .map((l) => l.split(/\s+/))
      .filter(([id]) => JSON.parse(readFileSync(join(dir, id + '.expected.json'), 'utf8')).body);
    for (const [id, detected, , body] of perPage.map((l) => l.split(/\s+/))) {
      const outlet = rows.find((r) => r.id === id)?.outlet ?? id;
      const o =
        outlets.get(outlet) ??
        outlets.set(outlet, { set: set.name, lang, pages: 0, detected: 0, body: [] }).get(outlet);
      o.pages++;
      if (detected === 'article') o.detected++;
      if (labelled.some(([x]) => x === id)) o.body.push(Number(body));
    }
    const mean = (i) => labelled.reduce((s, r) => s + Number(r[i]), 0) / (labelled.length || 1);
    p.bodyLabelled = { pages: labelled.length, ours: +mean(3).toFixed(3), readability: +mean(5).toFixed(3) };
    console.log(
      `${lang} page understanding: detected ${p.detected}/${p.pages} (${p.detectionRate}), body F1 ${p.bodyF1} (Readability ${p.readabilityBodyF1}; over the ${labelled.length} pages with a body label ${p.bodyLabelled.ours} against ${p.bodyLabelled.readability}), title ${p.titleAccuracy}, authors F1 ${p.authors.f1} (P ${p.authors.precision} R ${p.authors.recall}), date ${p.dateAccuracy}`,
    );
  }

  // attributions and credits against the gold labels
  const goldDir = join(corpus, set.gold);
  if (!existsSync(goldDir)) continue;
  for (const f of readdirSync(goldDir)) symlinkSync(join(goldDir, f), join(all.gold, f));
  for (const lang of ['de', 'en']) {
    const ids = readdirSync(goldDir)
      .filter((f) => f.endsWith('.gold.json'))
      .map((f) => f.replace('.gold.json', ''))
      .filter((id) => rows.find((r) => r.id === id)?.language === lang);
    if (!ids.length) continue;
    const a = ['--reports', out, '--gold', goldDir, '--ids', ids.join(',')];
    if (verbose)
      console.log(
        node('score.mjs', [...a, '--verbose'])
          .split('\n')
          .filter((l) => /gold +\d/.test(l))
          .join('\n'),
      );
    printScores(`${set.name} ${lang} gold (${ids.length})`, (res[`gold_${lang}`] = scoreJson('score.mjs', a)));
  }
}

if (args.includes('--sites')) {
  console.log('\noutlet                        set  lang pages detected body-F1');
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  for (const [name, o] of [...outlets].sort((a, b) => a[1].lang.localeCompare(b[1].lang) || a[0].localeCompare(b[0]))) {
    console.log(
      `${name.padEnd(30)}${o.set.padEnd(5)}${o.lang.padEnd(5)}${String(o.pages).padStart(5)}${String(o.detected).padStart(9)} ${o.body.length ? mean(o.body).toFixed(3).padStart(7) : '      –'}`,
    );
  }
}

if (SETS.length > 1) {
  console.log('\n==== all sets together');
  results.sets.all = {};
  for (const lang of ['de', 'en']) {
    const ids = readdirSync(all.gold)
      .filter((f) => f.endsWith('.gold.json'))
      .map((f) => f.replace('.gold.json', ''))
      .filter((id) => all.rows.find((r) => r.id === id)?.language === lang);
    printScores(
      `all ${lang} gold (${ids.length})`,
      (results.sets.all[`gold_${lang}`] = scoreJson('score.mjs', [
        '--reports',
        all.reports,
        '--gold',
        all.gold,
        '--ids',
        ids.join(','),
      ])),
    );
  }
}

const seedText = join(corpus, '../seeds/000_00ac5bc2f57b439e.txt');
if (existsSync(seedText) && existsSync(join(corpus, 'seed'))) {
  const seedOut = join(root, 'seed');
  mkdirSync(seedOut, { recursive: true });
  writeFileSync(
    join(seedOut, 'tonline-kursk.json'),
    JSON.stringify(reportOf(readFileSync(seedText), seedText, null, false)),
  );
  printScores(
    'seed article (tonline-kursk)',
    (results.seed = scoreJson('score.mjs', ['--reports', seedOut, '--gold', join(corpus, 'seed')])),
  );
}
if (opt('--json')) writeFileSync(opt('--json'), JSON.stringify(results, null, 1));
// (a run over part of the corpus or with per-page output is no record of the whole)
if (!opt('--set') && !verbose)
  writeSection('npm run eval', ['npm run eval', ...(args.length ? ['--', ...args] : [])].join(' '), printed);
process.exitCode = crashes ? 1 : 0;

/** One scorer result as two lines: sentences and sources, then credits. */
function printScores(title, s) {
  const a = s.attributedSentences,
    k = s.recallByKind;
  console.log(
    `${title}: P ${a.precision} R ${a.recall} F1 ${a.f1} | recall quote ${k.quote ?? '–'} reported ${k.reported ?? '–'} according_to ${k.according_to ?? '–'} reportative ${k.reportative ?? '–'} | kind ${s.kindAccuracy} span ${s.sourceSpanF1} type ${s.sourceTypeAccuracy} named ${s.namedAccuracy} stray ${s.strayShare}`,
  );
  console.log(
    `${' '.repeat(title.length)}  authors F1 ${s.authors.f1}, agencies F1 ${s.agencies.f1}, sources box F1 ${s.sourcesBox.f1}`,
  );
}
