// Hostile input to the CLI's bulk commands (the built binary, as a researcher runs it): a gzip bomb
// in a WARC, a page slower than the time limit, a target URI too long for a file name, lines of
// `pipe` that are no page, escape sequences in outlet names, and CSV cells that would be formulas.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { WARCRecord, WARCSerializer } from 'warcio';
import { csvField } from '../../src/core/row.js';

const BIN = new URL('../../dist/cli/quellenlage.mjs', import.meta.url).pathname;
const DEMO = readFileSync(new URL('../../test/fixtures/demo-article.html', import.meta.url), 'utf8');
const run = (args: string[], input?: string) =>
  spawnSync('node', [BIN, ...args], { input, encoding: 'utf8', maxBuffer: 64 << 20, timeout: 120_000 });
const lines = (s: string) =>
  s
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; report?: { article: { title: string } }; error?: string });

/** A gzipped WARC of HTML responses; a body given as bytes is sent as it is, with the headers given. */
async function warc(
  file: string,
  pages: Array<{ url: string; body: Uint8Array | string; headers?: Record<string, string> }>,
): Promise<void> {
  const out: Uint8Array[] = [];
  for (const p of pages) {
    const body = typeof p.body === 'string' ? new TextEncoder().encode(p.body) : p.body;
    const rec = WARCRecord.create(
      {
        url: p.url,
        type: 'response',
        warcVersion: 'WARC/1.1',
        statusline: 'HTTP/1.1 200 OK',
        httpHeaders: { 'Content-Type': 'text/html', ...p.headers },
      },
      [body],
    );
    out.push(await WARCSerializer.serialize(rec, { gzip: true }));
  }
  writeFileSync(file, Buffer.concat(out));
}

describe('batch', () => {
  it('refuses a record that inflates past 32 MB and reads the records around it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ql-bomb-'));
    // 48 MB of one byte: a few dozen kB gzipped, in the HTTP body's own gzip encoding
    const bomb = gzipSync(Buffer.alloc(48 << 20, 0x61));
    expect(bomb.length).toBeLessThan(200_000);
    await warc(join(dir, 'crawl.warc.gz'), [
      { url: 'http://127.0.0.1/a', body: DEMO },
      { url: 'http://127.0.0.1/bomb', body: bomb, headers: { 'Content-Encoding': 'gzip' } },
      { url: 'http://127.0.0.1/c', body: DEMO },
    ]);
    const r = run(['batch', join(dir, 'crawl.warc.gz'), '-j', '1', '-q']);
    expect(r.status).toBe(1);
    const rows = lines(r.stdout);
    expect(rows.map((x) => x.id)).toEqual(['http://127.0.0.1/a', 'http://127.0.0.1/bomb', 'http://127.0.0.1/c']);
    expect(rows[1]!.error).toMatch(/larger than 32 MB/);
    expect(rows[0]!.report && rows[2]!.report).toBeTruthy();
  }, 120_000);

  it('reads gzipped saved pages (page.html.gz) and refuses one that inflates past 32 MB', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ql-gz-'));
    writeFileSync(join(dir, 'a.html.gz'), gzipSync(DEMO));
    writeFileSync(join(dir, 'b-bomb.html.gz'), gzipSync(Buffer.alloc(48 << 20, 0x61)));
    writeFileSync(join(dir, 'c.html'), DEMO);
    const r = run(['batch', dir, '-j', '1', '-q']);
    const rows = lines(r.stdout);
    expect(rows.map((x) => x.id)).toEqual(['a', 'b-bomb', 'c']);
    expect(rows[0]!.report?.article.title).toBe(rows[2]!.report?.article.title);
    expect(rows[1]!.error).toMatch(/larger than 32 MB/);
    const one = run(['report', join(dir, 'a.html.gz'), '--compact']);
    expect(one.status).toBe(0);
    expect((JSON.parse(one.stdout) as { isArticle: boolean }).isArticle).toBe(true);
  }, 120_000);

  it('stops a page that takes longer than --timeout, records it, and goes on with a fresh worker', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ql-slow-'));
    // a long page (many paragraphs of prose): linear, but far slower than 20 ms
    const slow = DEMO.replace(
      '</article>',
      `${'<p>Der Minister sagte am Montag in Berlin, die Lage sei ernst, und laut Polizei gab es viele Verletzte in der Stadt.</p>'.repeat(20_000)}</article>`,
    );
    writeFileSync(join(dir, 'a-slow.html'), slow);
    writeFileSync(join(dir, 'b-quick.html'), DEMO);
    const r = run(['batch', dir, '-j', '1', '-q', '--timeout', '0.02']);
    const rows = lines(r.stdout);
    expect(rows[0]!.error).toMatch(/longer than 0.02 s/);
    // the quick page runs in a new worker; with the same short limit it may be stopped too, so its
    // record is checked for being there, and a generous limit for its report
    expect(rows.map((x) => x.id)).toEqual(['a-slow', 'b-quick']);
    const again = run(['batch', join(dir, 'b-quick.html'), '-q', '--timeout', '30']);
    expect(lines(again.stdout)[0]!.report).toBeTruthy();
  }, 120_000);

  it('writes a page whose target URI is too long for a file name under a shortened unique name, and --resume finds it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ql-long-'));
    const long = (n: number) => `http://127.0.0.1/${'artikel-'.repeat(60)}${n}?${'x=1&'.repeat(20)}`;
    expect(long(1).length).toBeGreaterThan(417);
    await warc(join(dir, 'crawl.warc.gz'), [
      { url: long(1), body: DEMO },
      { url: long(2), body: DEMO },
    ]);
    const out = join(dir, 'out');
    const first = run(['batch', join(dir, 'crawl.warc.gz'), '--out', out, '-q']);
    expect(first.status).toBe(0);
    const files = readdirSync(out);
    expect(files).toHaveLength(2);
    expect(files.every((f) => Buffer.byteLength(f) <= 255)).toBe(true);
    const resumed = run(['batch', join(dir, 'crawl.warc.gz'), '--out', out, '--resume', '-q']);
    expect(resumed.status).toBe(0);
    expect(resumed.stderr).toMatch(/0 analysed, 0 failed, 2 already done/);
  }, 120_000);
});

describe('pipe', () => {
  it('answers every line that is no page with an error line and keeps the order', () => {
    const input = [
      JSON.stringify({ id: 'one', html: DEMO }),
      'null',
      '[1, 2]',
      '42',
      '{"id": "broken"',
      JSON.stringify({ id: 'nohtml', url: 'http://127.0.0.1/x' }),
      JSON.stringify({ id: 'two', html: DEMO }),
    ].join('\n');
    const r = run(['pipe'], input);
    expect(r.status).toBe(1);
    const rows = lines(r.stdout);
    expect(rows.map((x) => (x.error ? `error:${x.id}` : x.id))).toEqual([
      'one',
      'error:line-2',
      'error:line-3',
      'error:line-4',
      'error:line-5',
      'error:nohtml',
      'two',
    ]);
  }, 60_000);
});

describe('compare', () => {
  it('prints no control character that a page put in its outlet name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ql-esc-'));
    const page = DEMO.replace(/<meta property="og:site_name" content="[^"]*">/, '').replace(
      '<head>',
      '<head><meta property="og:site_name" content="Evil\u001b[2J\u001b]0;pwned\u0007 Blatt">',
    );
    writeFileSync(join(dir, 'evil.html'), page);
    const batch = run(['batch', dir, '--jsonl', join(dir, 'r.jsonl'), '-q']);
    expect(batch.status).toBe(0);
    expect(readFileSync(join(dir, 'r.jsonl'), 'utf8')).toContain('\\u001b');
    const r = run(['compare', join(dir, 'r.jsonl')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Evil');
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  }, 60_000);
});

describe('CSV cells', () => {
  it.each([
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ['-1+HYPERLINK("http://127.0.0.1/?leak";"Quelle")', `"'-1+HYPERLINK(""http://127.0.0.1/?leak"";""Quelle"")"`],
    ['=1+1', "'=1+1"],
    ['+49 30 123', "'+49 30 123"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
  ])('neutralises %j', (cell, written) => expect(csvField(cell)).toBe(written));

  it.each(['-3', '0.25', '-0.5', '12'])('leaves the plain number %s as it is', (n) => expect(csvField(n)).toBe(n));
});

describe('a reader that stops reading', () => {
  it('ends the run quietly, with no stack trace ("quellenlage report page.html | head -c 100")', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ql-pipe-'));
    // a page whose report is megabytes long, far more than a pipe holds
    const body = '<p>Tom Kahl sagte, die Straße sei gesperrt. Die Polizei erklärte, es gebe Stau.</p>'.repeat(20_000);
    writeFileSync(join(dir, 'long.html'), `<html lang="de"><body><article>${body}</article></body></html>`);
    const r = spawnSync('sh', ['-c', `node "${BIN}" report "${join(dir, 'long.html')}" | head -c 100`], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.stdout.length).toBe(100);
    expect(r.stderr).not.toMatch(/EPIPE|Error|at /);
  });
});
