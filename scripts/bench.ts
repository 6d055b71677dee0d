// Benchmarks (not tests): prints figures, each beside a reference measured in the same run.
//   npm run bench [-- --no-browser] [-- --no-batch] [-- --runs N]
// 1. linkedom, every page of ../shared/corpus/pages: our analyze() against @mozilla/readability's
//    parse() on the same page (each parses its own copy of the document; parsing is not timed); and
//    analyze() on the CLI's light document (src/cli/light-dom.ts) of the same page.
// 2. Growth: our time per 1,000 words of body text, smallest against largest quartile of pages.
// 3. Memory (Node): heap after 50 analyses of one page against the heap after 5.
// 4. Bundle sizes of the content script and the panel against their budgets.
// 5. One worker's work on a page phase by phase (bench-profile.ts), and the light document's parse
//    against linkedom's.
// 6. Throughput of `quellenlage batch` over the corpus pages repeated to 2,000 pages: one worker
//    against all cores, peak memory, memory of the first against the last thousand pages; each
//    configuration run three times and the median run reported (this machine's speed varies); and, as
//    the reference for the speed-up, as many separate one-worker processes as workers, sharing nothing.
// 7. Real Chromium (skipped with --no-browser or without Chromium): analyze() against Readability's
//    parse() on the live document of every corpus article (bench-inpage.ts), the median of the runs
//    and the first run on each page (the one a reader's page has: code and patterns compiled in it); the median and the largest
//    corpus article served from 127.0.0.1, with and without the extension: long tasks after the
//    load event (PerformanceObserver 'longtask'), load time, time to the panel; heap of one tab
//    after 5 and after 50 reloads with the extension.
// The output goes into docs/measured.md too (section "npm run bench", with date and commit).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { analyze } from '../src/page/analyze.js';
import { parseLight } from '../src/cli/light-dom.js';
import { extractArticle } from '../src/page/extract.js';
import { analyzeText, detectLang } from '../src/core/index.js';
import { CHROMIUM, launchBrowser, serve } from '../test/e2e/helpers/browser.js';
import { independentBench, throughputBench } from './bench-throughput.js';
import { inPageBench } from './bench-inpage.js';
import { PHASES, profilePages } from './bench-profile.js';
import { recordOutput, writeSection } from './measured.mjs';
import { BUDGET_GZIP } from '../test/budgets.js';

const args = process.argv.slice(2);
const printed = recordOutput();
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 9;
const corpus = resolve(process.env.QUELLENLAGE_CORPUS ?? '../shared/corpus');
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const fmt = (x: number, d = 1) => x.toFixed(d);
const doc = (html: string) => parseHTML(html).document as unknown as Document;

const gc = (globalThis as { gc?: () => void }).gc;

/** Wall time of one call (a forced collection before each call would flush compiled code and distort both sides). */
function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

interface Row {
  id: string;
  kind: string;
  lang: string;
  bytes: number;
  words: number;
  ours: number;
  readability: number;
  core: number;
  /** analyze() on the CLI's light document of the same page. */
  light: number;
}

function linkedomBench(): Row[] {
  const manifest = readFileSync(join(corpus, 'pages/MANIFEST.tsv'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => l.split('\t'));
  const head = manifest.shift()!;
  const rows: Row[] = [];
  for (const r of manifest) {
    const row = Object.fromEntries(head.map((h, i) => [h, r[i]!]));
    const file = join(corpus, 'pages', row['id'] + '.html');
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    // warm up once, then the median of RUNS timings each
    const report = analyze(doc(html), null, { withBody: true });
    const ours: number[] = [];
    const ref: number[] = [];
    const light: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const a = doc(html);
      ours.push(time(() => analyze(a, null)));
      const l = parseLight(html);
      light.push(time(() => analyze(l, null)));
      const b = doc(html);
      ref.push(
        time(() => {
          try {
            new Readability(b).parse();
          } catch {
            /* a page Readability cannot read still took its time */
          }
        }),
      );
    }
    // the core alone: the text analysis of the extracted body (extraction not timed)
    const draft = extractArticle(doc(html), null);
    const lang = detectLang(draft.blocks.join('\n'), draft.declaredLang);
    const core: number[] = [];
    for (let i = 0; i < RUNS; i++) core.push(time(() => analyzeText(draft.blocks, lang)));
    const words = (report.article.text ?? '').split(/\s+/).filter(Boolean).length;
    rows.push({
      id: row['id']!,
      kind: row['kind']!,
      lang: row['language'] ?? '',
      bytes: html.length,
      words,
      ours: median(ours),
      readability: median(ref),
      core: median(core),
      light: median(light),
    });
  }
  return rows;
}

function memoryBench(rows: Row[]): { after5: number; after50: number } | null {
  if (!gc) return null;
  const page = rows.filter((r) => r.kind === 'article').sort((a, b) => a.bytes - b.bytes)[rows.length >> 1] ?? rows[0]!;
  const html = readFileSync(join(corpus, 'pages', page.id + '.html'), 'utf8');
  const d = doc(html);
  const heapAfter = (n: number) => {
    for (let i = 0; i < n; i++) analyze(d, null);
    gc!();
    gc!();
    return process.memoryUsage().heapUsed;
  };
  const after5 = heapAfter(5);
  const after50 = heapAfter(45);
  return { after5, after50 };
}

function bundleSizes(): Array<{ file: string; raw: number; gzip: number; budget: number | null }> {
  return ['content.js', 'lang-de.js', 'lang-en.js', 'panel.js', 'background.js', 'options.js'].map((f) => {
    const bytes = readFileSync(join('dist/chrome', f));
    return { file: f, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, budget: BUDGET_GZIP[f] ?? null };
  });
}

/** Collects long tasks and the time the panel appears, from the start of each document. */
const OBSERVE = `(() => {
  window.__ql = { longtasks: [], panelAt: null, loadAt: null };
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__ql.longtasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true }); } catch {}
  addEventListener('load', () => { window.__ql.loadAt = performance.now(); });
  new MutationObserver((_, o) => { if (document.getElementById('quellenlage-panel-host')) { window.__ql.panelAt = performance.now(); o.disconnect(); } })
    .observe(document, { childList: true, subtree: true });
})();`;

interface PageRun {
  longAfterLoad: number[];
  loadAt: number;
  panelAt: number | null;
}

async function browserBench(pages: Row[]): Promise<void> {
  const server = await serve([join(corpus, 'pages')]);
  const runs: Record<string, Record<'without' | 'with', PageRun[]>> = {};
  for (const extension of [false, true]) {
    const b = await launchBrowser({ extension });
    // the corpus pages are saved copies: nothing but 127.0.0.1 (and the extension) may load
    await b.context.route('**/*', (route) => {
      const u = route.request().url();
      return u.startsWith(server.url) || u.startsWith('chrome-extension://') ? route.continue() : route.abort();
    });
    await b.context.addInitScript(OBSERVE);
    for (const p of pages) {
      const key = extension ? 'with' : 'without';
      (runs[p.id] ??= { with: [], without: [] })[key] = [];
      for (let i = 0; i < RUNS; i++) {
        const page = await b.context.newPage();
        await page.goto(`${server.url}/${p.id}.html`, { waitUntil: 'load', timeout: 60_000 });
        if (extension)
          await page
            .waitForSelector('#quellenlage-panel-host', { state: 'attached', timeout: 15_000 })
            .catch(() => undefined);
        await page.waitForTimeout(1500);
        const ql = await page.evaluate(
          () =>
            (
              window as unknown as {
                __ql: { longtasks: Array<[number, number]>; panelAt: number | null; loadAt: number };
              }
            ).__ql,
        );
        runs[p.id]![key].push({
          longAfterLoad: ql.longtasks.filter(([s]) => s >= ql.loadAt).map(([, d]) => d),
          loadAt: ql.loadAt,
          panelAt: ql.panelAt,
        });
        await page.close();
      }
    }
    if (!extension) {
      // the observer itself: an 80 ms busy loop must show up as a long task, else "0" would mean nothing
      const page = await b.context.newPage();
      await page.goto(`${server.url}/${pages[0]!.id}.html`, { waitUntil: 'load' });
      // (in a timer task: code run by the debugging protocol itself is no task of the page)
      await page.evaluate(
        () =>
          new Promise((ok) =>
            setTimeout(() => {
              const t = performance.now();
              while (performance.now() - t < 80) {
                /* busy */
              }
              ok(null);
            }, 10),
          ),
      );
      await page.waitForTimeout(300);
      const seen = await page.evaluate(() =>
        (window as unknown as { __ql: { longtasks: Array<[number, number]> } }).__ql.longtasks.some(([, d]) => d >= 80),
      );
      console.log(
        `\nlong-task observer check: an 80 ms busy loop was ${seen ? 'seen' : 'NOT seen (the long-task figures below mean nothing)'}`,
      );
      await page.close();
    }
    if (extension) {
      // memory of one tab over repeated analyses of the same page
      const page = await b.context.newPage();
      const cdp = await b.context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const heap = async () => {
        await cdp.send('HeapProfiler.collectGarbage');
        const m = (await cdp.send('Performance.getMetrics')).metrics;
        return m.find((x) => x.name === 'JSHeapUsedSize')!.value;
      };
      const target = `${server.url}/${pages[0]!.id}.html`;
      let after5 = 0;
      for (let i = 1; i <= 50; i++) {
        await page.goto(target, { waitUntil: 'load' });
        await page
          .waitForSelector('#quellenlage-panel-host', { state: 'attached', timeout: 15_000 })
          .catch(() => undefined);
        if (i === 5) after5 = await heap();
      }
      const after50 = await heap();
      console.log(
        `\nChromium heap of one tab, ${pages[0]!.id} loaded and analysed 50 times: after 5 ${fmt(after5 / 1e6)} MB, after 50 ${fmt(after50 / 1e6)} MB, ratio ${fmt(after50 / after5, 3)} (limit 1.10)`,
      );
    }
    await b.context.close();
  }
  await server.close();
  console.log('\nChromium, pages from 127.0.0.1 (external requests blocked), median of', RUNS, 'loads each:');
  console.log(
    'page                         | long tasks after load (count, max ms) without → with | extra | load ms without → with | panel ms',
  );
  for (const p of pages) {
    const r = runs[p.id]!;
    const count = (xs: PageRun[]) => median(xs.map((x) => x.longAfterLoad.filter((d) => d > 50).length));
    const max = (xs: PageRun[]) => median(xs.map((x) => Math.max(0, ...x.longAfterLoad)));
    const load = (xs: PageRun[]) => median(xs.map((x) => x.loadAt));
    const panel = median(r.with.map((x) => x.panelAt ?? NaN));
    console.log(
      `${p.id.padEnd(28)} | ${count(r.without)} (${fmt(max(r.without), 0)}) → ${count(r.with)} (${fmt(max(r.with), 0)}) | ${count(r.with) - count(r.without)} | ${fmt(load(r.without), 0)} → ${fmt(load(r.with), 0)} | ${Number.isNaN(panel) ? 'no panel' : fmt(panel, 0)}`,
    );
  }
}

/** analyze() against Readability's parse() on the live document in Chromium (bench-inpage.ts). */
async function inPageFigures(ids: string[]): Promise<void> {
  const server = await serve([join(corpus, 'pages')]);
  const b = await launchBrowser({ extension: false });
  try {
    const got = await inPageBench(b.context, server.url, ids, RUNS);
    const ratios = got.map((g) => g.ours / g.readability);
    console.log(
      `\nChromium, in the page: analyze() against Readability's parse() on the live document of ${got.length} corpus articles, median of ${RUNS} runs each (ms):`,
    );
    if (args.includes('--verbose'))
      for (const g of got)
        console.log(
          `  ${g.id.padEnd(28)} ours ${fmt(g.ours, 2).padStart(7)}  readability ${fmt(g.readability, 2).padStart(7)}  ratio ${fmt(g.ours / g.readability, 3)}`,
        );
    console.log(
      `  median ratio ours / readability: ${fmt(median(ratios), 3)} (target ≤ 0.25); median ours ${fmt(median(got.map((g) => g.ours)), 2)} ms, readability ${fmt(median(got.map((g) => g.readability)), 2)} ms; slowest ours ${fmt(Math.max(...got.map((g) => g.ours)), 1)} ms`,
    );
    // (a reader's page runs the analysis once: its first run compiles the code, the language's lexicons and their patterns)
    console.log(
      `  the first run on each page (what a reader's page pays): median ours ${fmt(median(got.map((g) => g.oursFirst)), 1)} ms, readability ${fmt(median(got.map((g) => g.readabilityFirst)), 1)} ms, median ratio ${fmt(median(got.map((g) => g.oursFirst / g.readabilityFirst)), 3)}`,
    );
  } finally {
    await b.context.close();
    await server.close();
  }
}

if (!existsSync(join(corpus, 'pages/MANIFEST.tsv'))) {
  console.log(`No corpus at ${corpus}: nothing to measure.`);
  process.exit(0);
}
const rows = linkedomBench();
console.log(`linkedom, ${rows.length} corpus pages, median of ${RUNS} runs each (ms):`);
if (args.includes('--verbose'))
  for (const r of rows)
    console.log(
      `  ${r.id.padEnd(28)} ${String(r.words).padStart(6)} words  ours ${fmt(r.ours).padStart(7)}  readability ${fmt(r.readability).padStart(7)}  ratio ${fmt(r.ours / r.readability, 2)}`,
    );
const ratios = rows.map((r) => r.ours / r.readability);
console.log(
  `  median ratio ours / readability: ${fmt(median(ratios), 3)} (target ≤ 0.25); median ours ${fmt(median(rows.map((r) => r.ours)))} ms, readability ${fmt(median(rows.map((r) => r.readability)))} ms; slowest ours ${fmt(Math.max(...rows.map((r) => r.ours)))} ms`,
);
console.log(
  `  analyze() on the CLI's light document of the same pages (parsing not timed): median ${fmt(median(rows.map((r) => r.light)))} ms, ratio to Readability on linkedom ${fmt(median(rows.map((r) => r.light / r.readability)), 3)}`,
);
const withWords = rows.filter((r) => r.words > 0).sort((a, b) => a.words - b.words);
const q = Math.max(1, Math.floor(withWords.length / 4));
const per1000 = (rs: Row[]) => median(rs.map((r) => (r.ours / r.words) * 1000));
const small = withWords.slice(0, q),
  large = withWords.slice(-q);
console.log(
  `  growth: ${fmt(per1000(small), 2)} ms per 1,000 words in the smallest quartile (${small[0]!.words}–${small[small.length - 1]!.words} words), ${fmt(per1000(large), 2)} in the largest (${large[0]!.words}–${large[large.length - 1]!.words} words): ratio ${fmt(per1000(large) / per1000(small), 2)}`,
);

const german = rows.filter((r) => r.lang === 'de' && r.kind === 'article');
console.log(
  `\nthe core alone (text analysis of the extracted body) on the ${german.length} German corpus articles, against Readability's parse() (ms):`,
);
for (const r of german)
  console.log(
    `  ${r.id.padEnd(28)} core ${fmt(r.core, 2).padStart(6)}  readability ${fmt(r.readability).padStart(6)}  ratio ${fmt(r.core / r.readability, 3)}`,
  );
console.log(
  `  median ratio core / readability: ${fmt(median(german.map((r) => r.core / r.readability)), 3)} (target < 0.25)`,
);

const mem = memoryBench(rows);
console.log(
  mem
    ? `\nNode heap, one page analysed 50 times: after 5 ${fmt(mem.after5 / 1e6)} MB, after 50 ${fmt(mem.after50 / 1e6)} MB, ratio ${fmt(mem.after50 / mem.after5, 3)} (limit 1.10)`
    : '\nNode heap: run with --expose-gc (npm run bench does) to measure.',
);

console.log('\nbundle sizes (dist/chrome):');
for (const b of bundleSizes())
  console.log(
    `  ${b.file.padEnd(14)} ${String(b.raw).padStart(7)} B raw ${String(b.gzip).padStart(7)} B gzip${b.budget ? `  = ${fmt((b.gzip / b.budget) * 100, 0)} % of the ${b.budget / 1000} kB budget` : ''}`,
  );

const profile = profilePages(rows.map((r) => join(corpus, 'pages', `${r.id}.html`)));
const inProcess = PHASES.reduce((a, p) => a + profile[p], 0);
console.log(`\none worker's work on a page, mean over the ${rows.length} corpus pages (ms, share of their sum):`);
console.log(
  `  ${PHASES.map((p) => `${p} ${fmt(profile[p], 2)} (${fmt((profile[p] / inProcess) * 100, 0)} %)`).join(', ')}`,
);
console.log(`  sum ${fmt(inProcess, 2)} ms per page`);
console.log(
  `  parse into the light document ${fmt(profile.parse, 2)} ms against linkedom's parse of the same text ${fmt(profile.linkedomParse, 2)} ms: ratio ${fmt(profile.parse / profile.linkedomParse, 3)}`,
);

if (!args.includes('--no-batch')) {
  const runs = await throughputBench(corpus, 'dist/cli/quellenlage.mjs');
  console.log(
    `\nquellenlage batch over the corpus pages repeated to ${runs[0]!.pages} pages, median of ${runs[0]!.runs} runs (range of the runs in brackets):`,
  );
  for (const r of runs)
    console.log(
      `  ${String(r.workers).padStart(2)} worker${r.workers > 1 ? 's' : ' '} ${fmt(r.pagesPerSecond).padStart(6)} pages/s (${fmt(r.slowest)}–${fmt(r.fastest)}; ${fmt(r.seconds)} s), peak RSS ${fmt(r.peakMB, 0)} MB, mean RSS first 1,000 pages ${fmt(r.firstMB, 0)} MB, last 1,000 ${fmt(r.lastMB, 0)} MB: growth ${fmt((r.lastMB / r.firstMB - 1) * 100, 1)} % (target ≤ 10 %)`,
    );
  for (const r of runs)
    console.log(
      `  ${String(r.workers).padStart(2)} worker${r.workers > 1 ? 's' : ' '} mean RSS by 500 pages: ${r.stretchesMB.map((m) => fmt(m, 0)).join(', ')} MB`,
    );
  if (runs.length > 1) {
    const n = runs[1]!.workers;
    const speedUp = runs[1]!.pagesPerSecond / runs[0]!.pagesPerSecond;
    console.log(`  speed-up ${n} workers / 1 worker: ${fmt(speedUp, 2)} (target 1.8)`);
    // the reference: what this machine gives n processes that share nothing
    const ceiling = await independentBench(corpus, 'dist/cli/quellenlage.mjs', n);
    console.log(
      `  the machine's ceiling: ${n} separate one-worker processes, each over 1/${n} of the pages at once, ${fmt(ceiling)} pages/s: ×${fmt(ceiling / runs[0]!.pagesPerSecond, 2)} over one worker; the pool reaches ${fmt((speedUp / (ceiling / runs[0]!.pagesPerSecond)) * 100, 0)} % of it`,
    );
  } else console.log('  one core on this machine: no speed-up to measure');
  // (the phases above ran unbundled in this process; the batch runs the bundled CLI in worker threads)
  console.log(`  one worker: ${fmt(1000 / runs[0]!.pagesPerSecond, 2)} ms per page`);
}

if (!args.includes('--no-browser') && existsSync(CHROMIUM)) {
  const articles = rows.filter((r) => r.kind === 'article').sort((a, b) => a.bytes - b.bytes);
  await inPageFigures(articles.map((r) => r.id));
  await browserBench([articles[articles.length >> 1]!, articles[articles.length - 1]!]);
} else {
  console.log(`\nChromium part skipped (${existsSync(CHROMIUM) ? '--no-browser' : `no Chromium at ${CHROMIUM}`}).`);
}
writeSection('npm run bench', ['npm run bench', ...(args.length ? ['--', ...args] : [])].join(' '), printed);
