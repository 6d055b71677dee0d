// The history in real Chromium: reading articles fills it; the options page exports it as CSV and
// JSON, refuses a corrupt import without changing anything, repairs a damaged stored history; the
// comparison page draws its charts and table.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { toCsv, type ArticleRow } from '../../src/core/row.js';
import { extensionSession, openPanel, serve } from './helpers/browser.js';

const session = extensionSession();

type Chrome = {
  chrome: {
    storage: { local: { get: (k: string) => Promise<Record<string, unknown>>; set: (x: object) => Promise<void> } };
  };
};
const stored = (worker: Worker) =>
  worker.evaluate(
    async () =>
      ((await (globalThis as unknown as Chrome).chrome.storage.local.get('history'))['history'] ?? null) as {
        version: number;
        entries: ArticleRow[];
      } | null,
  );
const store = (worker: Worker, value: unknown) =>
  worker.evaluate((v) => (globalThis as unknown as Chrome).chrome.storage.local.set({ history: v }), value);

const ARTICLES = ['demo-article.html', 'agency-dpa.html', 'spa.html'];

async function options(): Promise<Page> {
  const page = await session.b.context.newPage();
  await page.goto(`chrome-extension://${session.b.extensionId}/options.html`);
  await page.locator('#history-count').filter({ hasText: /\d/ }).waitFor();
  return page;
}

describe('the history of analysed articles', () => {
  const counts = new Map<string, number>();

  it('fills with one row per article read, with the figures the panel showed', async () => {
    for (const name of ARTICLES) {
      const page = await session.b.context.newPage();
      await page.goto(`${session.server.url}/${name}`);
      await openPanel(page, 15_000);
      counts.set(`${session.server.url}/${name}`, await page.locator('[data-testid="ql-attribution"]').count());
      await page.close();
    }
    // a page that is no article leaves no row
    const home = await session.b.context.newPage();
    await home.goto(`${session.server.url}/home-page.html`);
    await home.waitForTimeout(1500);
    await home.close();
    await expect.poll(async () => (await stored(session.b.worker))?.entries.length, { timeout: 5000 }).toBe(3);
    const { entries } = (await stored(session.b.worker))!;
    expect(entries.map((e) => e.url).sort()).toEqual([...counts.keys()].sort());
    for (const e of entries) expect(e.attributions, e.url).toBe(counts.get(e.url));
    expect(entries.find((e) => e.url.endsWith('agency-dpa.html'))!.agencyCopy).toBe('wholly');
    expect(entries.find((e) => e.url.endsWith('spa.html'))!.lang).toBe('en');
  });

  it('exports as CSV and JSON exactly what it holds', async () => {
    const { entries } = (await stored(session.b.worker))!;
    const page = await options();
    await expect(page.locator('#history-count').textContent()).resolves.toMatch(/3 Artikel/);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    expect(csv.suggestedFilename()).toMatch(/^quellenlage-history-\d{4}-\d\d-\d\d\.csv$/);
    expect(readFileSync((await csv.path())!, 'utf8')).toBe(toCsv(entries));
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const exported = JSON.parse(readFileSync((await json.path())!, 'utf8')) as {
      format: string;
      entries: ArticleRow[];
    };
    expect(exported.format).toBe('quellenlage-history');
    expect(exported.entries).toEqual(entries);
    await page.close();
  });

  it('refuses a corrupt import with a message and leaves the history unchanged', async () => {
    const before = await stored(session.b.worker);
    const page = await options();
    const bad = [
      { name: 'broken.json', text: '{"format": "quellenlage-history", "entries": [', reason: /not JSON/ },
      { name: 'other.json', text: '{"hello": "world"}', reason: /not a Quellenlage history export/ },
      {
        name: 'damaged.json',
        text: JSON.stringify({
          format: 'quellenlage-history',
          version: 1,
          entries: [{ ...before!.entries[0], attributedShare: 7 }],
        }),
        reason: /damaged: entries\.0\.attributedShare/,
      },
    ];
    for (const file of bad) {
      await page.setInputFiles('#import', {
        name: file.name,
        mimeType: 'application/json',
        buffer: Buffer.from(file.text),
      });
      await expect.poll(() => page.locator('#history-message[role="alert"]').textContent()).toMatch(file.reason);
      await expect(page.locator('#history-message').textContent()).resolves.toMatch(
        /^Import abgelehnt, der Verlauf bleibt unverändert/,
      );
      expect(await stored(session.b.worker)).toEqual(before);
    }
    await page.close();
  });

  it('imports a valid export, merging by address', async () => {
    const before = (await stored(session.b.worker))!.entries;
    const extra = {
      ...before[0]!,
      url: 'https://zeitung.example/artikel-1',
      outlet: 'Zeitung Beispiel',
      analysedAt: '2026-01-01T00:00:00.000Z',
    };
    const page = await options();
    await page.setInputFiles('#import', {
      name: 'export.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'quellenlage-history', version: 1, entries: [extra, before[1]] })),
    });
    await expect.poll(() => page.locator('#history-message').textContent()).toMatch(/2 Einträge importiert/);
    const after = (await stored(session.b.worker))!.entries;
    expect(after).toHaveLength(4);
    expect(after[0]).toEqual(extra);
    await page.close();
  });

  it('draws the outlet comparison as charts and as a table', async () => {
    const entries = (await stored(session.b.worker))!.entries;
    const page = await session.b.context.newPage();
    await page.goto(`chrome-extension://${session.b.extensionId}/compare.html`);
    await page.locator('body[data-ready="true"]').waitFor();
    const outlets = new Set(entries.map((e) => e.outlet));
    await expect(page.locator('[data-testid="ql-compare-table"] tbody tr').count()).resolves.toBe(outlets.size);
    await expect(page.locator('[data-testid="ql-compare-table"] tbody th').allTextContents()).resolves.toEqual(
      expect.arrayContaining([...outlets].map(String)),
    );
    for (const chart of ['ql-chart-shares', 'ql-chart-types']) {
      // the chart drew something: the canvas holds pixels that are not blank
      const painted = await page.locator(`[data-testid="${chart}"] canvas`).evaluate((c: HTMLCanvasElement) => {
        const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) n++;
        return n;
      });
      expect(painted, chart).toBeGreaterThan(1000);
    }
    // sample sizes: the sources column holds each outlet's distinct sources
    const headers = await page.locator('[data-testid="ql-compare-table"] thead th').allTextContents();
    expect(headers.slice(0, 3)).toEqual(['Medium', 'Artikel', 'Quellen']);
    // the filters: one outlet unticked, its row goes; a date range before every article, nothing is left
    const first = [...outlets][0]!;
    await page
      .locator('#ql-outlets input')
      .filter({ has: page.locator(`xpath=self::*[@value="${first}"]`) })
      .uncheck();
    await expect(page.locator('[data-testid="ql-compare-table"] tbody tr').count()).resolves.toBe(outlets.size - 1);
    await expect(page.locator('[data-testid="ql-compare-shown"]').textContent()).resolves.toMatch(
      new RegExp(`^\\d+ von ${entries.length} Artikeln$`),
    );
    await page
      .locator('#ql-outlets input')
      .filter({ has: page.locator(`xpath=self::*[@value="${first}"]`) })
      .check();
    await page.locator('#ql-until').fill('1999-01-01');
    await page.locator('#ql-until').dispatchEvent('change');
    await page.locator('[data-testid="ql-compare-empty"]').waitFor();
    await page.locator('#ql-until').fill('');
    await page.locator('#ql-until').dispatchEvent('change');
    // the exports: the table as CSV with intervals, each chart as a PNG
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="ql-export-csv"]').click(),
    ]);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.split('\r\n')[0]).toMatch(
      /^outlet,articles,sources,sentences,attributions,attributedShare,attributedLow/,
    );
    expect(text.trim().split('\r\n').length).toBe(outlets.size + 1);
    const pngs: string[] = [];
    page.on('download', (d) => pngs.push(d.suggestedFilename()));
    await page.locator('[data-testid="ql-export-png"]').click();
    await expect.poll(() => pngs.sort()).toEqual(['quellenlage-shares.png', 'quellenlage-source-types.png']);
    await page.close();
  });

  it('repairs a damaged stored history, keeping the valid entries, and says so', async () => {
    const valid = (await stored(session.b.worker))!.entries;
    await store(session.b.worker, { version: 1, entries: [valid[0], { url: 42 }, 'garbage', valid[1]] });
    const page = await options();
    await expect
      .poll(() => page.locator('#history-message[role="alert"]').textContent())
      .toMatch(/beschädigt und wurde repariert: 2 damaged entries were removed/);
    await expect(page.locator('#history-count').textContent()).resolves.toMatch(/2 Artikel/);
    expect((await stored(session.b.worker))!.entries).toEqual([valid[0], valid[1]]);
    // an older format, a bare list, is converted
    await store(session.b.worker, [valid[0]]);
    await page.reload();
    await expect.poll(() => page.locator('#history-count').textContent()).toMatch(/1 Artikel/);
    expect(await stored(session.b.worker)).toEqual({ version: 1, entries: [valid[0]] });
    await page.close();
  });

  it('takes one row from a page that changes its address over the same article again and again', async () => {
    const before = (await stored(session.b.worker))?.entries.length ?? 0;
    // the demo article with a script that pushes a new address every 300 ms, served from a folder of its own
    const dir = mkdtempSync(join(tmpdir(), 'ql-pushstate-'));
    const loop = '<script>let n = 0; setInterval(() => history.pushState({}, "", `?page=${++n}`), 300);</script>';
    writeFileSync(
      join(dir, 'loop.html'),
      readFileSync('test/fixtures/demo-article.html', 'utf8').replace('</body>', `${loop}</body>`),
    );
    const server = await serve([dir]);
    const page = await session.b.context.newPage();
    await page.goto(`${server.url}/loop.html`);
    await openPanel(page, 15_000);
    // the address changes every 300 ms; the content script looks every second and analyses again
    await page.waitForTimeout(6000);
    expect(page.url()).toMatch(/\?page=\d+$/);
    await page.close();
    await server.close();
    expect((await stored(session.b.worker))!.entries.length).toBe(before + 1);
  });

  it('is cleared from the options page, and not kept when switched off', async () => {
    const page = await options();
    page.on('dialog', (d) => d.accept());
    await page.click('#clear');
    await expect.poll(() => page.locator('#history-count').textContent()).toMatch(/0 Artikel/);
    await page.click('#history');
    await page.close();
    const article = await session.b.context.newPage();
    await article.goto(`${session.server.url}/demo-article.html`);
    await openPanel(article, 15_000);
    await article.waitForTimeout(500);
    expect(await stored(session.b.worker)).toBeNull();
    await article.close();
  });
});

describe('quellenlage compare --html', () => {
  it('writes a page that draws the same charts and table offline', async () => {
    const { spawnSync } = await import('node:child_process');
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'ql-html-'));
    const bin = 'dist/cli/quellenlage.mjs';
    expect(spawnSync('node', [bin, 'batch', 'test/fixtures', '--jsonl', join(dir, 'r.jsonl'), '--quiet']).status).toBe(
      0,
    );
    expect(spawnSync('node', [bin, 'compare', join(dir, 'r.jsonl'), '--html', join(dir, 'c.html')]).status).toBe(0);
    const page = await session.b.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`file://${join(dir, 'c.html')}`);
    await page.locator('[data-testid="ql-compare-table"]').waitFor();
    expect(await page.locator('canvas').count()).toBe(2);
    await expect(page.locator('[data-testid="ql-compare-table"] tbody th').allTextContents()).resolves.toContain(
      'Beispielblatt',
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});
