import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// runs the real built binary (npm test builds first)
const BIN = new URL('../../dist/cli/quellenlage.mjs', import.meta.url).pathname;
const fixture = (name: string) => new URL(`../../test/fixtures/${name}`, import.meta.url).pathname;
const run = (args: string[], input?: string | Buffer) => spawnSync('node', [BIN, ...args], { input, encoding: 'utf8' });

describe('quellenlage CLI', () => {
  it('prints a valid report for an HTML file', () => {
    const out = JSON.parse(
      execFileSync('node', [BIN, 'report', fixture('demo-article.html'), '--url', 'http://127.0.0.1/x'], {
        encoding: 'utf8',
      }),
    );
    expect(out.isArticle).toBe(true);
    expect(out.url).toBe('http://127.0.0.1/x');
    expect(out.sourcesBox).toHaveLength(3);
  });
  it('explains with --explain which step took or rejected which cue, on stderr, and prints the same report', () => {
    const plain = run(['report', fixture('demo-article.html')]);
    const r = run(['report', fixture('demo-article.html'), '--explain']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(plain.stdout);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/^#\d+ speech-verbs: added verb:sagen „sagte“ → /));
    expect(lines).toContainEqual(
      expect.stringMatching(/^#\d+ reportative: rejected reportative:soll .*\(the grammar reads no report here\)$/),
    );
  });
  it('prints a summary to read with --format text, in German when LANG says so', () => {
    const env = (lang: string) => ({ ...process.env, LANG: lang, LC_ALL: '', LC_MESSAGES: '' });
    const text = (lang: string) =>
      spawnSync('node', [BIN, 'report', fixture('inflected.html'), '--format', 'text'], {
        encoding: 'utf8',
        env: env(lang),
      }).stdout;
    const en = text('en_GB.UTF-8');
    const lines = en.split('\n');
    expect(lines[0]).toBe('Messwerte am Mühlbach: Umweltamt gibt Entwarnung');
    expect(en).toMatch(/^\d+ of \d+ sentences cite a source \(\d+ %\)$/m);
    // (the headline "Umweltamt gibt Entwarnung", "teilte mit" and "nach Angaben des Umweltamts")
    expect(en).toMatch(/^ {2}Umweltamt \(government\) · 3$/m);
    expect(en).toMatch(/^ {4}\[according to\] Nach Angaben$/m);
    expect(en).toContain('Nach Angaben des Umweltamts sanken die Nitratwerte');
    expect(text('de_DE.UTF-8')).toMatch(/^\d+ von \d+ Sätzen nennen eine Quelle/m);
    expect(run(['report', fixture('inflected.html'), '--format', 'xml']).status).toBe(2);
  });

  it('reads copied page text and stdin', () => {
    const r = run(['report', '-'], execFileSync('cat', [fixture('seed-style.txt')]));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).article.agencies).toEqual(['dpa']);
  });
  it('reads standard input from a writer that is still writing (a pipe, as from curl), for report and batch', async () => {
    // a pipe whose writer has not written yet: a synchronous read of descriptor 0 failed with EAGAIN
    const slow = (args: string[], input: string | Buffer) =>
      new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
        const child = spawn('node', [BIN, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => (stdout += d));
        child.stderr.on('data', (d) => (stderr += d));
        child.on('close', (status) => done({ status, stdout, stderr }));
        setTimeout(() => child.stdin.write(input.slice(0, 50)), 200);
        setTimeout(() => child.stdin.end(input.slice(50)), 400);
      });
    const report = await slow(['report', '-', '--compact'], readFileSync(fixture('demo-article.html')));
    expect(report.stderr).toBe('');
    expect(report.status).toBe(0);
    expect(JSON.parse(report.stdout).sourcesBox).toHaveLength(3);
    const batch = await slow(
      ['batch', '-', '-j', '1'],
      `${fixture('demo-article.html')}\n${fixture('agency-dpa.html')}\n`,
    );
    expect(batch.status).toBe(0);
    expect(
      batch.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    ).toEqual(['demo-article', 'agency-dpa']);
  });
  it('decodes windows-1252 files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ql-'));
    const file = join(dir, 'latin.html');
    const html =
      '<html lang="de"><body><article><h1>Überschrift für Tests</h1>' +
      '<p>Die Ministerin sagte, die Größe der Straße sei wichtig für alle Bürger.</p>'.repeat(12) +
      '</article></body></html>';
    writeFileSync(file, Buffer.from(html, 'latin1'));
    const out = JSON.parse(execFileSync('node', [BIN, 'report', file], { encoding: 'utf8' }));
    expect(out.article.title).toBe('Überschrift für Tests');
  });
  it.each([
    [['report', '/nonexistent/file.html'], 1, /no such file/],
    [['report'], 2, /needs a FILE/],
    [['frobnicate', 'x'], 2, /unknown command/],
    [['report', 'x', '--bogus'], 2, /unknown option/],
  ])('%j exits %i with a message', (args, code, msg) => {
    const r = run(args as string[]);
    expect(r.status).toBe(code);
    expect(r.stderr).toMatch(msg);
    expect(r.stdout).toBe('');
  });
  it('refuses empty and binary input clearly', () => {
    expect(run(['report', '-'], '').stderr).toMatch(/empty/);
    const bin = run(['report', '-'], Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    expect(bin.status).toBe(1);
    expect(bin.stderr).toMatch(/binary/);
  });
  it('has --help', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/quellenlage report FILE/);
  });
});
