// Runs only where ../shared/corpus exists: every saved page gets a report without a crash, and
// every page with a sources box gets its items verbatim (as labelled in the gold files).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportOf } from '../../src/cli/quellenlage.js';
import { Report } from '../../src/core/schema.js';

const corpus = resolve(process.env.QUELLENLAGE_CORPUS ?? '../shared/corpus');
const present = existsSync(join(corpus, 'pages/MANIFEST.tsv'));

/**
 * Pages the extraction does not get right yet, each with the reason. They run as expected
 * failures, so a fix shows up as a failing test that asks for the entry to be removed.
 */
const KNOWN_GAPS: Record<string, string> = {};

describe.skipIf(!present)('corpus pages (../shared/corpus)', () => {
  const rows = present
    ? readFileSync(join(corpus, 'pages/MANIFEST.tsv'), 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split('\t'))
    : [];
  const pages = present ? readdirSync(join(corpus, 'pages')).filter((f) => f.endsWith('.html')) : [];
  const check = (file: string) => {
    const id = file.replace(/\.html$/, '');
    const report = reportOf(readFileSync(join(corpus, 'pages', file)), file, null, true);
    expect(Report.safeParse(report).success).toBe(true);
    const kind = rows.find((r) => r[0] === id)?.[3];
    if (kind) expect(report.isArticle).toBe(kind !== 'nonarticle');
    const gold = join(corpus, 'gold', id + '.gold.json');
    if (existsSync(gold)) expect(report.sourcesBox).toEqual(JSON.parse(readFileSync(gold, 'utf8')).sourcesBox);
    // pages labelled with snippets only: what the body must and must not hold
    const expectedFile = join(corpus, 'pages', id + '.expected.json');
    if (report.isArticle && existsSync(expectedFile)) {
      const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as {
        must_contain?: string[];
        must_not_contain?: string[];
      };
      const text = report.article.text ?? '';
      for (const s of expected.must_contain ?? []) expect(text, `body holds "${s}"`).toContain(s);
      for (const s of expected.must_not_contain ?? []) expect(text, `body leaves out "${s}"`).not.toContain(s);
    }
  };
  const known = (f: string) => f.replace(/\.html$/, '') in KNOWN_GAPS;
  it.each(pages.filter((f) => !known(f)))('%s: a valid report, article detection as the manifest says', check);
  const gaps = pages.filter(known);
  if (gaps.length) it.fails.each(gaps)('%s: known gap, see KNOWN_GAPS', check);
});

describe.skipIf(!present)('quellenlage batch over the corpus pages', () => {
  it('gives every page the same report as `report` (reportOf) does, with worker threads', async () => {
    const { spawnSync } = await import('node:child_process');
    const bin = new URL('../../dist/cli/quellenlage.mjs', import.meta.url).pathname;
    const r = spawnSync('node', [bin, 'batch', join(corpus, 'pages'), '-j', '2', '--quiet'], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    expect(r.status).toBe(0);
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; file: string; report: unknown });
    const pages = readdirSync(join(corpus, 'pages')).filter((f) => f.endsWith('.html'));
    expect(rows.map((x) => x.id).sort()).toEqual(pages.map((f) => f.replace(/\.html$/, '')).sort());
    for (const row of rows)
      expect(row.report, row.id).toEqual(
        JSON.parse(JSON.stringify(reportOf(readFileSync(row.file), row.file, null, false))),
      );
  }, 60_000);
});

describe.skipIf(!present)('the CLI light document over the corpus pages', () => {
  it('gives every page of pages/ and wide/ the report that linkedom gives', async () => {
    const { gunzipSync } = await import('node:zlib');
    const { parseHTML } = await import('linkedom');
    const { parseLight } = await import('../../src/cli/light-dom.js');
    const { analyze } = await import('../../src/page/analyze.js');
    const files = ['pages', 'wide'].flatMap((d) =>
      existsSync(join(corpus, d))
        ? readdirSync(join(corpus, d))
            .filter((f) => /\.html(\.gz)?$/.test(f))
            .map((f) => join(corpus, d, f))
        : [],
    );
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const bytes = readFileSync(file);
      const html = (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
      const full = analyze(parseHTML(html).document as unknown as Document, null, { withBody: true });
      expect(analyze(parseLight(html), null, { withBody: true }), file).toEqual(full);
    }
  }, 120_000);
});
