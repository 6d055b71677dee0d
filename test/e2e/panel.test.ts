// The panel in real Chromium, behaviour by behaviour (issue 6): docked beside the article without
// moving or covering it, collapsed state kept per site, the bottom sheet on a narrow window, educator
// mode, the page's dark scheme, options that persist (side, sites switched off, language), and
// axe-core on the panel's shadow root, the options page and the popup.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from 'playwright-core';
import { extensionSession, launch, openPanel, serve } from './helpers/browser.js';

const session = extensionSession();

type Chrome = {
  chrome: {
    storage: { local: { set: (x: object) => Promise<void>; clear: () => Promise<void> } };
    tabs: {
      query: (q: object) => Promise<Array<{ id: number }>>;
      sendMessage: (id: number, m: object) => Promise<unknown>;
    };
  };
};
const setStorage = (w: Worker, items: object) =>
  w.evaluate((x) => (globalThis as unknown as Chrome).chrome.storage.local.set(x), items);
const clearStorage = (w: Worker) => w.evaluate(() => (globalThis as unknown as Chrome).chrome.storage.local.clear());
/** What the toolbar popup's button does: asks the newest tab's content script to show its panel. */
const showPanelInNewestTab = (w: Worker) =>
  w.evaluate(async () => {
    const c = (globalThis as unknown as Chrome).chrome;
    const id = Math.max(...(await c.tabs.query({})).map((t) => t.id));
    await c.tabs.sendMessage(id, { type: 'show-panel' });
  });
const rootClass = (page: Page) =>
  page.evaluate(
    () => document.getElementById('quellenlage-panel-host')?.shadowRoot?.querySelector('.root')?.className ?? '',
  );
const rectOf = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const r = document.querySelector(sel)!.getBoundingClientRect();
    return { left: r.left, top: r.top, width: r.width, right: r.right };
  }, selector);
const panelRect = (page: Page) =>
  page.evaluate(() => {
    const r = document
      .getElementById('quellenlage-panel-host')!
      .shadowRoot!.querySelector('[data-testid="ql-panel"]')!
      .getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  });

/** Serious and critical axe violations, as "rule: target" lines. */
function serious(results: Awaited<ReturnType<AxeBuilder['analyze']>>): string[] {
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

describe('the panel on a wide window', () => {
  it('docks beside the article: the first paragraph keeps its place and width, and the panel covers none of the text', async () => {
    await setStorage(session.b.worker, { settings: { autoOpen: false } });
    try {
      const page = await session.b.context.newPage();
      await page.goto(`${session.server.url}/demo-article.html`);
      await page.waitForTimeout(800);
      const before = await rectOf(page, 'article p');
      await showPanelInNewestTab(session.b.worker);
      await openPanel(page);
      const after = await rectOf(page, 'article p');
      for (const k of ['left', 'top', 'width'] as const)
        expect(Math.abs(after[k] - before[k]), k).toBeLessThanOrEqual(2);
      expect(await rootClass(page)).toMatch(/\bdocked\b/);
      const article = await rectOf(page, 'article');
      expect((await panelRect(page)).left).toBeGreaterThanOrEqual(article.right);
      await page.close();
    } finally {
      await clearStorage(session.b.worker);
    }
  });

  it('remembers per site that it was collapsed', async () => {
    const page = await session.b.context.newPage();
    await page.goto(`${session.server.url}/demo-article.html`);
    const panel = await openPanel(page);
    await panel.locator('[data-testid="ql-collapse"]').click();
    await page.locator('[data-testid="ql-expand"]').waitFor();
    await page.reload();
    await page.locator('[data-testid="ql-expand"]').waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-testid="ql-panel"]').count()).toBe(0);
    // Escape on the open panel collapses it too
    await page.locator('[data-testid="ql-expand"]').click();
    await page.locator('[data-testid="ql-collapse"]').focus();
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="ql-expand"]').waitFor();
    await page.close();
    await clearStorage(session.b.worker);
  });

  it('shows the source types as one bar with a text alternative, a plain verdict, and the source list against the text', async () => {
    const page = await session.b.context.newPage();
    await page.goto(`${session.server.url}/demo-article.html`);
    const panel = await openPanel(page);
    const bar = panel.locator('[data-testid="ql-typebar"]');
    expect(await bar.getAttribute('role')).toBe('img');
    expect(await bar.getAttribute('aria-label')).toMatch(/^Arten der Quellen: .+ \d+/);
    expect(await bar.locator('.seg').count()).toBeGreaterThan(1);
    // its legend: one entry per segment, in the same colour
    const legend = panel.locator('[data-testid="ql-typelegend"] li');
    expect(await legend.count()).toBe(await bar.locator('.seg').count());
    const colour = (l: import('playwright-core').Locator) => l.evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(await colour(legend.first().locator('.swatch'))).toBe(await colour(bar.locator('.seg').first()));
    await expect(legend.first().textContent()).resolves.toMatch(/^\S.* \d+$/);
    // a type nothing in the text supports is marked as a guess
    await expect(panel.locator('[data-testid="ql-group"] .type.guess').first().textContent()).resolves.toMatch(
      /\(vermutet\)$/,
    );
    // what the figures mean, one click away
    await panel.locator('[data-testid="ql-about"] summary').click();
    await expect(panel.locator('[data-testid="ql-about"]').textContent()).resolves.toMatch(/Benannt:.*Anonym:/);
    await expect(panel.locator('[data-testid="ql-verdict"]').textContent()).resolves.toMatch(
      /Sätze nennen eine Quelle\..*nicht, ob etwas stimmt/,
    );
    await expect(panel.locator('[data-testid="ql-sources-box"] li').last().textContent()).resolves.toMatch(
      /Nachrichtenagentur dpa · im Text zitiert/,
    );
    await expect(panel.locator('[data-testid="ql-unlisted"]').textContent()).resolves.toContain('Helga Brandt');
    await page.close();
  });

  it('names each source in its base form: no article, no inflection, one group per person', async () => {
    const page = await session.b.context.newPage();
    await page.goto(`${session.server.url}/inflected.html`);
    const panel = await openPanel(page);
    const headings = await panel.locator('[data-testid="ql-group"] .source').allTextContents();
    expect(headings).toContain('Umweltamt');
    expect(headings).toContain('interner Prüfbericht');
    expect(headings).toContain('Anglerverein');
    expect(headings.filter((h) => h.includes('Roth'))).toEqual(['Betriebsleiterin Jana Roth']);
    expect(headings.filter((h) => /^(?:des|dem|den|der|die|das|einem|einer|eines)\s/i.test(h))).toEqual([]);
    // "Umweltamt gibt Entwarnung" (the headline), "Das Umweltamt teilte mit" and "nach Angaben des
    // Umweltamts" are one source
    const amt = panel.locator('[data-testid="ql-group"]').filter({ hasText: /^Umweltamt/ });
    await expect(amt.locator('.count').textContent()).resolves.toBe('3');
    // the tab counts what it says: sources (groups with a source) and attributions
    const n = await panel.locator('[data-testid="ql-attribution"]').count();
    const sources = headings.filter((h) => !h.startsWith('Ohne genannte Quelle')).length;
    await panel.locator('[data-testid="ql-collapse"]').click();
    await expect(page.locator('[data-testid="ql-expand"]').textContent()).resolves.toBe(
      `${sources} Quellen · ${n} Angaben`,
    );
    await page.close();
    await clearStorage(session.b.worker);
  });

  it('explains a cue in a popover opened by keyboard', async () => {
    const page = await session.b.context.newPage();
    await page.goto(`${session.server.url}/demo-article.html`);
    const panel = await openPanel(page);
    const why = panel.locator('[data-testid="ql-why"]').first();
    await why.focus();
    await page.keyboard.press('Enter');
    await expect(why.getAttribute('aria-expanded')).resolves.toBe('true');
    const text = await panel.locator('[data-testid="ql-explanation"]').textContent();
    expect(text!.length).toBeGreaterThan(20);
    expect(await panel.locator('[data-testid="ql-explanation"]').getAttribute('id')).toBe(
      await why.getAttribute('aria-controls'),
    );
    await page.keyboard.press(' ');
    await expect(panel.locator('[data-testid="ql-explanation"]').count()).resolves.toBe(0);
    await page.close();
  });

  it('educator mode colours every attribution in the article by kind, with a legend, and saves a printable file', async () => {
    const page = await session.b.context.newPage();
    await page.goto(`${session.server.url}/demo-article.html`);
    const panel = await openPanel(page);
    const kinds = new Set(
      await panel
        .locator('[data-testid="ql-attribution"] .cue')
        .evaluateAll((els) => els.map((e) => [...e.classList].find((c) => c.startsWith('kind-'))!.slice(5))),
    );
    await panel.locator('[data-testid="ql-educator"]').click();
    expect(await panel.locator('[data-testid="ql-educator"]').getAttribute('aria-pressed')).toBe('true');
    await expect(panel.locator('[data-testid="ql-legend"] .cue').allTextContents()).resolves.toEqual([
      'Zitat',
      'indirekte Rede',
      'laut / zufolge',
      'aus zweiter Hand',
    ]);
    const painted = await page.evaluate(() =>
      [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights]
        .filter(([k]) => k.startsWith('quellenlage-kind-'))
        .map(([k, h]) => [k.slice('quellenlage-kind-'.length), h.size] as const),
    );
    expect(new Set(painted.map(([k]) => k))).toEqual(kinds);
    expect(painted.every(([, n]) => n > 0)).toBe(true);
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      panel.locator('[data-testid="ql-export"]').click(),
    ]);
    const html = readFileSync((await file.path())!, 'utf8');
    expect(html).toMatch(/<mark class="k-quote">/);
    expect(html).toContain('Stadtwerke verschieben Ausbau des Fernwärmenetzes');
    // a handout: every attributed sentence under its source, with its cue and the cue's explanation
    const sentences = await panel.locator('[data-testid="ql-attribution"] .sentence').allTextContents();
    const sections = html.split('<section class="source">').slice(1).join('');
    for (const x of sentences) expect(sections).toContain(x.replace(/&/g, '&amp;').replace(/"/g, '&quot;'));
    expect(sections).toMatch(/<h3>Geschäftsführerin Helga Brandt/);
    expect(sections).toMatch(/class="why"/);
    // (every cue explained, the verbs of saying by their family's one entry)
    expect(sections.split('class="why"').length - 1).toBe(sentences.length);
    // a page script's synthetic click on the export saves nothing
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.evaluate(() =>
      (
        document
          .getElementById('quellenlage-panel-host')!
          .shadowRoot!.querySelector('[data-testid="ql-export"]') as HTMLElement
      ).click(),
    );
    await page.waitForTimeout(1000);
    expect(downloads).toBe(0);
    // switched off again: the colours go
    await panel.locator('[data-testid="ql-educator"]').click();
    expect(
      await page.evaluate(() =>
        [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].filter((k) =>
          k.startsWith('quellenlage-kind-'),
        ),
      ),
    ).toEqual([]);
    await page.close();
    await clearStorage(session.b.worker);
  });

  it('follows the options: the side, sites switched off, the language', async () => {
    const host = new URL(session.server.url).hostname;
    await setStorage(session.b.worker, { settings: { panelSide: 'left', uiLang: 'en' } });
    try {
      const page = await session.b.context.newPage();
      await page.goto(`${session.server.url}/demo-article.html`);
      const panel = await openPanel(page);
      expect(await rootClass(page)).toMatch(/\bleft\b/);
      await expect(panel.locator('h2').textContent()).resolves.toBe('Sources');
      // the options page shows and saves them
      const options = await session.b.context.newPage();
      await options.goto(`chrome-extension://${session.b.extensionId}/options.html`);
      await expect(options.locator('#panelSide').inputValue()).resolves.toBe('left');
      await options.fill('#sitesOff', `${host}\nbeispiel.example`);
      await options.locator('#sitesOff').blur();
      await options
        .locator('#status')
        .filter({ hasText: /saved|gespeichert/i })
        .waitFor();
      await options.reload();
      await expect(options.locator('#sitesOff').inputValue()).resolves.toBe(`${host}\nbeispiel.example`);
      await options.close();
      await page.reload();
      await page.waitForTimeout(1500);
      expect(await page.locator('#quellenlage-panel-host').count()).toBe(0);
      await page.close();
    } finally {
      await clearStorage(session.b.worker);
    }
  });

  it('uses the highlight colours set in the options, in the article and in the legend', async () => {
    await setStorage(session.b.worker, {
      settings: { colours: { quote: '#ffcc00', reported: '#ccffcc', according_to: '#fef3c7', reportative: '#fce7f3' } },
    });
    try {
      const page = await session.b.context.newPage();
      await page.goto(`${session.server.url}/demo-article.html`);
      const panel = await openPanel(page);
      await panel.locator('[data-testid="ql-educator"]').click();
      const legend = await panel
        .locator('[data-testid="ql-legend"] .kind-quote')
        .evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(legend).toBe('rgb(255, 204, 0)');
      const pageCss = await page.evaluate(
        () => document.querySelector('style[data-quellenlage="highlight"]')?.textContent ?? '',
      );
      expect(pageCss).toContain('::highlight(quellenlage-kind-quote) { background-color: #ffcc00');
      await page.close();
    } finally {
      await clearStorage(session.b.worker);
    }
  });

  it('has no serious or critical axe violations in the panel, the options page or the popup', async () => {
    const page = await session.b.context.newPage();
    await page.goto(`${session.server.url}/demo-article.html`);
    await openPanel(page);
    expect(serious(await new AxeBuilder({ page }).include('#quellenlage-panel-host').analyze())).toEqual([]);
    await page.locator('[data-testid="ql-educator"]').click();
    expect(serious(await new AxeBuilder({ page }).include('#quellenlage-panel-host').analyze())).toEqual([]);
    for (const path of ['options.html', 'popup.html', 'compare.html']) {
      const ext = await session.b.context.newPage();
      await ext.goto(`chrome-extension://${session.b.extensionId}/${path}`);
      await ext.waitForTimeout(500);
      expect(serious(await new AxeBuilder({ page: ext }).analyze()), path).toEqual([]);
      await ext.close();
    }
    await page.close();
    await clearStorage(session.b.worker);
  });
});

describe('the panel on a narrow window and in a dark scheme', () => {
  it('is a bottom sheet on a narrow window, opened from its tab', async () => {
    const page = await session.b.context.newPage();
    await page.setViewportSize({ width: 420, height: 800 });
    await page.goto(`${session.server.url}/demo-article.html`);
    await openPanel(page);
    expect(await rootClass(page)).toMatch(/\bsheet\b/);
    const r = await panelRect(page);
    expect(r.bottom).toBeCloseTo(800, 0);
    expect(r.left).toBeLessThanOrEqual(1);
    await page.close();
    await clearStorage(session.b.worker);
  });

  it('never opens over the text by itself, even after the reader opened it there', async () => {
    const page = await session.b.context.newPage();
    await page.setViewportSize({ width: 420, height: 800 });
    await page.goto(`${session.server.url}/demo-article.html`);
    await openPanel(page);
    await page.reload();
    await page.locator('[data-testid="ql-expand"]').waitFor({ timeout: 15_000 });
    await page.waitForTimeout(500);
    expect(await page.locator('[data-testid="ql-panel"]').count()).toBe(0);
    // beside the text on a wide window it opens by itself: the two states are apart
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.reload();
    await page.locator('[data-testid="ql-panel"]').waitFor({ timeout: 15_000 });
    await page.close();
    await clearStorage(session.b.worker);
  });

  it('follows a dark scheme, and passes axe there too', async () => {
    const dark = await launch({ colorScheme: 'dark' });
    try {
      const page = await dark.context.newPage();
      await page.goto(`${session.server.url}/spa.html`);
      await openPanel(page);
      expect(await rootClass(page)).toMatch(/\bdark\b/);
      const bg = await page.evaluate(
        () =>
          getComputedStyle(document.getElementById('quellenlage-panel-host')!.shadowRoot!.querySelector('.panel')!)
            .backgroundColor,
      );
      expect(bg).toBe('rgb(28, 34, 48)');
      expect(serious(await new AxeBuilder({ page }).include('#quellenlage-panel-host').analyze())).toEqual([]);
    } finally {
      await dark.context.close();
    }
  });
});

describe.skipIf(!existsSync('../shared/corpus/pages/tonline-schattenflotte.html'))(
  'the two t-online pages of ../shared/corpus',
  () => {
    it.each(['tonline-schattenflotte', 'tonline-trump-jesus'])(
      "%s: the panel shows the outlet's source list as labelled, and attributions",
      async (id) => {
        const corpus = await serve([resolve('../shared/corpus/pages')]);
        try {
          const page = await session.b.context.newPage();
          // the saved page's own scripts and images point elsewhere: only 127.0.0.1 is served
          await page.route(
            (u) => !u.href.startsWith(corpus.url) && u.protocol !== 'chrome-extension:',
            (r) => r.abort(),
          );
          await page.goto(`${corpus.url}/${id}.html`, { waitUntil: 'load', timeout: 30_000 });
          const panel = await openPanel(page, 30_000);
          const gold = JSON.parse(readFileSync(`../shared/corpus/gold/${id}.gold.json`, 'utf8')) as {
            sourcesBox: string[];
          };
          await expect(panel.locator('[data-testid="ql-sources-box"] li .src').allTextContents()).resolves.toEqual(
            gold.sourcesBox,
          );
          expect(await panel.locator('[data-testid="ql-attribution"]').count()).toBeGreaterThan(3);
          await page.close();
        } finally {
          await corpus.close();
        }
      },
      60_000,
    );
  },
);
