// The bulk commands of the real built binary: batch over files and directories, resume, and the
// streaming pipe mode, alone and split over several processes by GNU parallel.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WARCRecord, WARCSerializer } from 'warcio';

const BIN = new URL('../../dist/cli/quellenlage.mjs', import.meta.url).pathname;
const FIXTURES = new URL('../../test/fixtures', import.meta.url).pathname;
const run = (args: string[], input?: string) =>
  spawnSync('node', [BIN, ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const lines = (s: string) =>
  s
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; file?: string; report?: unknown; error?: string });

describe('quellenlage batch', () => {
  it('reports every page of a directory as `report` does, records failures and goes on', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ql-batch-'));
    writeFileSync(join(dir, 'empty.html'), '');
    const r = run(['batch', FIXTURES, join(dir, 'empty.html'), join(dir, 'missing.html')]);
    expect(r.status).toBe(1);
    const rows = lines(r.stdout);
    expect(rows.filter((x) => x.error).map((x) => [x.id, x.error])).toEqual([
      ['empty', 'the file is empty'],
      ['missing', 'no such file'],
    ]);
    const demo = rows.find((x) => x.id === 'demo-article')!;
    const single = JSON.parse(
      execFileSync('node', [BIN, 'report', join(FIXTURES, 'demo-article.html')], { encoding: 'utf8' }),
    );
    expect(demo.report).toEqual(single);
    expect(rows.filter((x) => x.report).length).toBeGreaterThanOrEqual(9);
    expect(r.stderr).toMatch(/analysed, 2 failed/);
  });

  it('writes one file per page with --out and skips them with --resume', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ql-out-')), 'reports');
    expect(run(['batch', FIXTURES, '--out', out]).status).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toContain('demo-article.json');
    const again = run(['batch', FIXTURES, '--out', out, '--resume']);
    expect(again.stderr).toMatch(new RegExp(`0 analysed, 0 failed, ${files.length} already done`));
  });

  it('reads the list of paths from standard input with "-" and writes --jsonl', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ql-jsonl-')), 'out.jsonl');
    const r = run(
      ['batch', '-', '--jsonl', file],
      `${join(FIXTURES, 'agency-dpa.html')}\n${join(FIXTURES, 'home-page.html')}\n`,
    );
    expect(r.status).toBe(0);
    expect(lines(readFileSync(file, 'utf8')).map((x) => x.id)).toEqual(['agency-dpa', 'home-page']);
  });
});

describe('quellenlage pipe', () => {
  const pages = [
    'demo-article.html',
    'agency-dpa.html',
    'spa.html',
    'home-page.html',
    'hostile/injected-text.html',
    'hostile/strict-csp.html',
  ];
  const input =
    pages
      .map((p, i) =>
        JSON.stringify({ id: `p${i}`, url: `http://127.0.0.1/${p}`, html: readFileSync(join(FIXTURES, p), 'utf8') }),
      )
      .join('\n') + '\n';

  it('turns JSON lines of pages into JSON lines of reports, one bad line recorded', () => {
    const r = run(['pipe'], input + 'not json\n' + JSON.stringify({ id: 'x' }) + '\n');
    expect(r.status).toBe(1);
    const rows = lines(r.stdout);
    expect(rows.map((x) => x.id)).toEqual([...pages.map((_, i) => `p${i}`), 'line-7', 'x']);
    expect(rows.slice(0, pages.length).every((x) => x.report)).toBe(true);
    expect(rows.slice(pages.length).map((x) => x.error)).toEqual([
      'not a JSON object',
      'no "html" string in the record',
    ]);
  });

  it.skipIf(!existsSync('/usr/bin/parallel'))('gives the same reports split over processes by GNU parallel', () => {
    const single = lines(run(['pipe'], input).stdout);
    const split = spawnSync('parallel', ['--will-cite', '--pipe', '-N', '2', '-j', '3', 'node', BIN, 'pipe'], {
      input,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(split.status).toBe(0);
    const merged = lines(split.stdout).sort((a, b) => a.id.localeCompare(b.id));
    expect(merged).toEqual([...single].sort((a, b) => a.id.localeCompare(b.id)));
  });
});

describe('quellenlage batch over WARC files, globs and worker threads', () => {
  const pages = ['demo-article.html', 'agency-dpa.html', 'home-page.html'];
  const url = (p: string) => `http://127.0.0.1/${p}`;
  async function warc(
    file: string,
    gzip: boolean,
    extra: Array<{ type: 'request' | 'response'; ct: string; status?: string; body: string }> = [],
  ) {
    const records: Uint8Array[] = [];
    const add = async (
      u: string,
      type: 'request' | 'response',
      ct: string,
      body: string,
      status = 'HTTP/1.1 200 OK',
    ) => {
      const rec = WARCRecord.create(
        {
          url: u,
          type,
          warcVersion: 'WARC/1.1',
          statusline: type === 'request' ? 'GET / HTTP/1.1' : status,
          httpHeaders: type === 'request' ? { Host: '127.0.0.1' } : { 'Content-Type': ct },
        },
        [new TextEncoder().encode(body)],
      );
      records.push(await WARCSerializer.serialize(rec, { gzip }));
    };
    for (const p of pages) {
      await add(url(p), 'request', '', '');
      await add(url(p), 'response', 'text/html; charset=utf-8', readFileSync(join(FIXTURES, p), 'utf8'));
    }
    for (const x of extra) await add(url('extra'), x.type, x.ct, x.body, x.status);
    writeFileSync(file, Buffer.concat(records));
    return Buffer.concat(records);
  }
  const byId = (rows: Array<{ id: string; report?: unknown }>) => Object.fromEntries(rows.map((r) => [r.id, r.report]));

  it.each([false, true])('reads the HTML responses of a WARC (gzip %s) as `report` reads each page', async (gzip) => {
    const dir = mkdtempSync(join(tmpdir(), 'ql-warc-'));
    const file = join(dir, gzip ? 'crawl.warc.gz' : 'crawl.warc');
    await warc(file, gzip, [
      { type: 'response', ct: 'image/png', body: 'PNG' },
      { type: 'response', ct: 'text/html', status: 'HTTP/1.1 404 Not Found', body: '<p>gone</p>' },
    ]);
    const r = run(['batch', file, '-j', '2']);
    expect(r.status).toBe(0);
    const rows = lines(r.stdout);
    expect(rows.map((x) => x.id)).toEqual(pages.map(url));
    for (const p of pages) {
      const single = JSON.parse(
        execFileSync('node', [BIN, 'report', join(FIXTURES, p), '--url', url(p)], { encoding: 'utf8' }),
      );
      expect(byId(rows)[url(p)]).toEqual(single);
    }
  });

  it('records a WARC cut off inside a record as an error, keeps the whole records before it, and goes on with the next file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ql-warc-cut-'));
    for (const gzip of [false, true]) {
      const whole = await warc(join(dir, 'whole.warc'), gzip);
      writeFileSync(join(dir, gzip ? 'b-cut.warc.gz' : 'a-cut.warc'), whole.subarray(0, whole.length - 300));
    }
    rmSync(join(dir, 'whole.warc'));
    writeFileSync(join(dir, 'c-after.html'), readFileSync(join(FIXTURES, 'agency-dpa.html')));
    const r = run(['batch', dir]);
    expect(r.status).toBe(1);
    const rows = lines(r.stdout);
    // per WARC: the first two pages, then an error for the third; then the HTML file after them
    expect(rows.map((x) => (x.error ? 'error' : x.id))).toEqual([
      url(pages[0]!),
      url(pages[1]!),
      'error',
      url(pages[0]!),
      url(pages[1]!),
      'error',
      'c-after',
    ]);
    expect(rows.filter((x) => x.error).every((x) => /cut off/.test(x.error!))).toBe(true);
  });

  it('expands glob patterns, writes CSV rows for articles, and gives the same output with one worker and with several', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ql-glob-'));
    const one = run([
      'batch',
      `${FIXTURES}/*.html`,
      '-j',
      '1',
      '--csv',
      join(dir, 'one.csv'),
      '--jsonl',
      join(dir, 'one.jsonl'),
    ]);
    expect(
      run(['batch', `${FIXTURES}/*.html`, '-j', '3', '--csv', join(dir, 'two.csv'), '--jsonl', join(dir, 'two.jsonl')])
        .status,
    ).toBe(0);
    expect(one.status).toBe(0);
    const reports = lines(readFileSync(join(dir, 'one.jsonl'), 'utf8'));
    expect(reports.map((x) => x.id)).toEqual(
      readdirSync(FIXTURES)
        .filter((f) => f.endsWith('.html'))
        .sort()
        .map((f) => f.slice(0, -5)),
    );
    expect(lines(readFileSync(join(dir, 'two.jsonl'), 'utf8'))).toEqual(reports);
    const csv = readFileSync(join(dir, 'one.csv'), 'utf8').trim().split('\r\n');
    const articles = reports.filter((x) => (x.report as { isArticle: boolean }).isArticle);
    expect(csv[0]).toMatch(/^url,outlet,title,/);
    expect(csv.length - 1).toBe(articles.length);
    const strip = (s: string) => s.replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'T');
    expect(strip(readFileSync(join(dir, 'two.csv'), 'utf8'))).toBe(strip(readFileSync(join(dir, 'one.csv'), 'utf8')));
    // with --include-nonarticles every page has its row, a non-article marked in its last column
    run(['batch', `${FIXTURES}/*.html`, '-j', '1', '--csv', join(dir, 'all.csv'), '--include-nonarticles', '-q']);
    const all = readFileSync(join(dir, 'all.csv'), 'utf8').trim().split('\r\n');
    expect(all.length - 1).toBe(reports.length);
    expect(all.filter((l) => l.endsWith(',false')).length).toBe(reports.length - articles.length);
  });
});

describe('quellenlage compare', () => {
  it('prints the per-outlet table from batch output and writes a self-contained HTML page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ql-compare-'));
    run(['batch', FIXTURES, '--jsonl', join(dir, 'reports.jsonl')]);
    const r = run(['compare', join(dir, 'reports.jsonl'), '--html', join(dir, 'compare.html')]);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^outlet\s+articles\s+sources\s+attributed\s+named\s+agency/);
    expect(r.stdout).toMatch(/Beispielblatt\s+\d+\s+\d+\s+\d+ %/);
    const html = readFileSync(join(dir, 'compare.html'), 'utf8');
    expect(html).toMatch(/<script type="application\/json" id="ql-data">/);
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(run(['compare', join(dir, 'nothing.jsonl')]).status).toBe(1);
    // filters and the CSV of the table
    const de = run(['compare', join(dir, 'reports.jsonl'), '--lang', 'de', '--csv', join(dir, 'de.csv')]);
    expect(de.status).toBe(0);
    expect(de.stderr).toMatch(/\d+ of \d+ articles chosen/);
    expect(de.stdout).not.toMatch(/Harbour|Gazette/i);
    expect(readFileSync(join(dir, 'de.csv'), 'utf8')).toMatch(/^outlet,articles,sources,/);
    expect(run(['compare', join(dir, 'reports.jsonl'), '--until', '1999-12-31']).status).toBe(1);
    expect(run(['compare', join(dir, 'reports.jsonl'), '--since', 'yesterday']).status).toBe(2);
    const one = run(['compare', join(dir, 'reports.jsonl'), '--outlet', 'beispielblatt']);
    expect(one.stdout.trim().split('\n')).toHaveLength(2);
  });
});
