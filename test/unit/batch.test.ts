// The bulk commands of the real built binary: batch over files and directories, resume, and the
// streaming pipe mode, alone and split over several processes by GNU parallel.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = new URL('../../dist/cli/quellenlage.mjs', import.meta.url).pathname;
const FIXTURES = new URL('../fixtures', import.meta.url).pathname;
const run = (args: string[], input?: string) => spawnSync('node', [BIN, ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const lines = (s: string) => s.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; file?: string; report?: unknown; error?: string });

describe('quellenlage batch', () => {
  it('reports every page of a directory as `report` does, records failures and goes on', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ql-batch-'));
    writeFileSync(join(dir, 'empty.html'), '');
    const r = run(['batch', FIXTURES, join(dir, 'empty.html'), join(dir, 'missing.html')]);
    expect(r.status).toBe(1);
    const rows = lines(r.stdout);
    expect(rows.filter((x) => x.error).map((x) => [x.id, x.error])).toEqual([['empty', 'the file is empty'], ['missing', 'no such file']]);
    const demo = rows.find((x) => x.id === 'demo-article')!;
    const single = JSON.parse(execFileSync('node', [BIN, 'report', join(FIXTURES, 'demo-article.html')], { encoding: 'utf8' }));
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
    const r = run(['batch', '-', '--jsonl', file], `${join(FIXTURES, 'agency-dpa.html')}\n${join(FIXTURES, 'home-page.html')}\n`);
    expect(r.status).toBe(0);
    expect(lines(readFileSync(file, 'utf8')).map((x) => x.id)).toEqual(['agency-dpa', 'home-page']);
  });
});

describe('quellenlage pipe', () => {
  const pages = ['demo-article.html', 'agency-dpa.html', 'spa.html', 'home-page.html', 'hostile/injected-text.html', 'hostile/strict-csp.html'];
  const input = pages.map((p, i) => JSON.stringify({ id: `p${i}`, url: `http://127.0.0.1/${p}`, html: readFileSync(join(FIXTURES, p), 'utf8') })).join('\n') + '\n';

  it('turns JSON lines of pages into JSON lines of reports, one bad line recorded', () => {
    const r = run(['pipe'], input + 'not json\n' + JSON.stringify({ id: 'x' }) + '\n');
    expect(r.status).toBe(1);
    const rows = lines(r.stdout);
    expect(rows.map((x) => x.id)).toEqual([...pages.map((_, i) => `p${i}`), 'line-7', 'x']);
    expect(rows.slice(0, pages.length).every((x) => x.report)).toBe(true);
    expect(rows.slice(pages.length).map((x) => x.error)).toEqual(['not a JSON object', 'no "html" string in the record']);
  });

  it.skipIf(!existsSync('/usr/bin/parallel'))('gives the same reports split over processes by GNU parallel', () => {
    const single = lines(run(['pipe'], input).stdout);
    const split = spawnSync('parallel', ['--will-cite', '--pipe', '-N', '2', '-j', '3', 'node', BIN, 'pipe'], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(split.status).toBe(0);
    const merged = lines(split.stdout).sort((a, b) => a.id.localeCompare(b.id));
    expect(merged).toEqual([...single].sort((a, b) => a.id.localeCompare(b.id)));
  });
});
