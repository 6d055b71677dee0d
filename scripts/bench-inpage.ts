// In the page (npm run bench, Chromium part): our analyze() against @mozilla/readability's parse()
// on the same live document of each corpus article, as a content script would run them. Both come
// in one bundle put into the page after its load event; each is timed RUNS times and its median
// taken. Readability works on a copy of the document (it changes the one it is given); the copy is
// made outside the timing. Scripts of the page are blocked, so that only the two analyses run.
import { build } from 'esbuild';
import type { BrowserContext } from 'playwright-core';

const ENTRY = `
import { analyze } from './src/page/analyze.ts';
import { Readability } from '@mozilla/readability';
globalThis.__qlInPage = (runs) => {
  const ours = [], ref = [];
  let isArticle = false;
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    isArticle = analyze(document, location.href).isArticle;
    ours.push(performance.now() - t);
    const copy = document.cloneNode(true);
    t = performance.now();
    try { new Readability(copy).parse(); } catch {}
    ref.push(performance.now() - t);
  }
  return { ours, ref, isArticle };
};`;

/** The bundle of both analyses, as one script for the page. */
export async function inPageBundle(): Promise<string> {
  const out = await build({
    stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    define: { __VERSION__: '"bench"' },
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

export interface InPage {
  id: string;
  ours: number;
  readability: number;
  /** The first run on the page, as a reader's page has it: code, lexicons and patterns compiled in it. */
  oursFirst: number;
  readabilityFirst: number;
}

/** Median times (ms) of both analyses on each page, loaded from `base` in `context`. */
export async function inPageBench(
  context: BrowserContext,
  base: string,
  ids: readonly string[],
  runs: number,
): Promise<InPage[]> {
  const script = await inPageBundle();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  const out: InPage[] = [];
  for (const id of ids) {
    const page = await context.newPage();
    // the saved page alone: its own scripts and anything not from the local server are blocked
    await page.route('**/*', (route) => {
      const r = route.request();
      return r.url().startsWith(base) && r.resourceType() !== 'script' ? route.continue() : route.abort();
    });
    try {
      await page.goto(`${base}/${id}.html`, { waitUntil: 'load', timeout: 60_000 });
      // (evaluated through the debugging protocol: a page's content security policy does not apply)
      await page.evaluate(script);
      const r = await page.evaluate(
        (n) =>
          (globalThis as unknown as { __qlInPage: (n: number) => { ours: number[]; ref: number[] } }).__qlInPage(n),
        runs,
      );
      out.push({
        id,
        ours: median(r.ours),
        readability: median(r.ref),
        oursFirst: r.ours[0]!,
        readabilityFirst: r.ref[0]!,
      });
    } finally {
      await page.close();
    }
  }
  return out;
}
