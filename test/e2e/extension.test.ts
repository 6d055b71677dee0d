import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { badgeText, extensionSession, serve, openPanel, ownRequest } from './helpers/browser.js';

const session = extensionSession();
/** Servers of the team's fixtures on other loopback addresses (pages on sites not in the list). */
const otherOrigins: string[] = [];

/** The id of the tab opened last (the extension has no "tabs" permission, so it cannot find a tab by its address). */
function newestTabId(): Promise<number> {
  return session.b.worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { tabs: { query: (q: object) => Promise<Array<{ id: number }>> } } })
      .chrome;
    return Math.max(...(await c.tabs.query({})).map((t) => t.id));
  });
}

describe('the extension in real Chromium', () => {
  it('shows the panel beside a news article with sources box, credits and summary', async () => {
    const page = await session.b.context.newPage();
    const seen: string[] = [];
    page.on('request', (r) => seen.push(r.url()));
    const url = `${session.server.url}/demo-article.html`;
    await page.goto(url);
    const panel = await openPanel(page, 15_000);
    // the panel module was loaded for this page (and only because the panel is shown, see below)
    expect(seen.some((u) => u.endsWith('/panel.js'))).toBe(true);
    await expect(panel.locator('[data-testid="ql-sources-box"] li .src').allTextContents()).resolves.toEqual([
      'Pressekonferenz der Stadtwerke Beispielstadt',
      'Prüfbericht „Fernwärme 2030“ (Stand Oktober)',
      'Nachrichtenagentur dpa',
    ]);
    await expect(panel.locator('[data-testid="ql-authors"]').textContent()).resolves.toContain('Mara Feldmann');
    await expect(panel.locator('[data-testid="ql-agencies"]').textContent()).resolves.toContain('dpa');
    const summary = await panel.locator('[data-testid="ql-summary"]').textContent();
    expect(summary).toMatch(/\d+ von \d+ Sätzen nennen eine Quelle/);
    expect(summary).toMatch(/\d+ benannte, \d+ anonyme Quellen/);
    const groups = await panel.locator('[data-testid="ql-group"] .source').allTextContents();
    expect(groups).toContain('Geschäftsführerin Helga Brandt');
    const count = await panel.locator('[data-testid="ql-attribution"]').count();
    expect(count).toBeGreaterThanOrEqual(10);
    // the badge shows the number of attributions
    await expect.poll(() => badgeText(session.b.worker, url), { timeout: 5000 }).toBe(String(count));
    await page.close();
  });

  it('highlights the sentence of a clicked attribution in the article', async () => {
    const page = await session.b.context.newPage();
    await page.goto(`${session.server.url}/demo-article.html`);
    const group = page.locator('[data-testid="ql-group"]').filter({ hasText: 'Helga Brandt' }).first();
    await group.waitFor({ timeout: 15_000 });
    if (!(await group.evaluate((d) => (d as HTMLDetailsElement).open))) await group.locator('summary').click();
    const item = group.locator('[data-testid="ql-attribution"]').first();
    const sentence = await item.locator('.sentence').textContent();
    await item.click();
    const highlighted = await page.evaluate(() => {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('quellenlage-focus');
      return h ? [...h][0]!.toString() : null;
    });
    expect(highlighted?.replace(/\s+/g, ' ')).toBe(sentence);
    await page.close();
  });

  it('shows nothing on a page that is not an article', async () => {
    const page = await session.b.context.newPage();
    const seen: string[] = [];
    page.on('request', (r) => seen.push(r.url()));
    const url = `${session.server.url}/home-page.html`;
    await page.goto(url);
    await page.waitForLoadState('load');
    await page.waitForTimeout(1500);
    await expect(page.locator('#quellenlage-panel-host').count()).resolves.toBe(0);
    // no UI code is loaded where no panel is shown
    expect(seen.filter((u) => u.endsWith('/panel.js'))).toEqual([]);
    await expect.poll(() => badgeText(session.b.worker, url)).toBe('');
    await page.close();
  });

  it('analyses an English article, and again when a single-page app shows another one', async () => {
    const page = await session.b.context.newPage();
    await page.goto(`${session.server.url}/spa.html`);
    const panel = await openPanel(page, 15_000);
    const sources = () => panel.locator('[data-testid="ql-group"] .source').allTextContents();
    await expect(sources()).resolves.toContain('Lena Ward');
    await page.evaluate(() => (window as unknown as { showSecondStory: () => void }).showSecondStory());
    await expect.poll(sources, { timeout: 10_000 }).toContain('Councillor Omar Haddad');
    await expect(sources()).resolves.not.toContain('Lena Ward');
    await expect(page.locator('#quellenlage-panel-host').count()).resolves.toBe(1);
    const count = await panel.locator('[data-testid="ql-attribution"]').count();
    await expect
      .poll(() => badgeText(session.b.worker, `${session.server.url}/spa-second.html`), { timeout: 5000 })
      .toBe(String(count));
    await page.close();
  });

  it('with the panel set not to open by itself, the toolbar popup shows the summary and opens the panel', async () => {
    await session.b.worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { local: { set: (x: object) => Promise<void> } } } }
      ).chrome.storage.local.set({ settings: { autoOpen: false, uiLang: 'de' } }),
    );
    try {
      const page = await session.b.context.newPage();
      const url = `${session.server.url}/agency-dpa.html`;
      await page.goto(url);
      await expect.poll(() => badgeText(session.b.worker, url), { timeout: 10_000 }).not.toBe('');
      await expect(page.locator('#quellenlage-panel-host').count()).resolves.toBe(0);
      // the popup as the toolbar button opens it (a test cannot click the browser's toolbar; the
      // popup is told which tab it is about)
      const tabId = await newestTabId();
      const popup = await session.b.context.newPage();
      await popup.goto(`chrome-extension://${session.b.extensionId}/popup.html?tab=${tabId}`);
      const summary = popup.locator('[data-testid="ql-popup-summary"]');
      await summary.waitFor({ timeout: 10_000 });
      await expect(summary.textContent()).resolves.toMatch(/\d+ von \d+ Sätzen nennen eine Quelle/);
      await expect(summary.textContent()).resolves.toMatch(/Agenturmaterial/);
      await expect(popup.locator('#open-compare').textContent()).resolves.toBe('Medien vergleichen');
      await popup.click('#show-panel');
      await openPanel(page, 10_000);
      const count = await page.locator('[data-testid="ql-attribution"]').count();
      await expect.poll(() => badgeText(session.b.worker, url)).toBe(String(count));
      await page.close();
      if (!popup.isClosed()) await popup.close();
    } finally {
      await session.b.worker.evaluate(() =>
        (
          globalThis as unknown as { chrome: { storage: { local: { clear: () => Promise<void> } } } }
        ).chrome.storage.local.clear(),
      );
    }
  });

  it('the popup offers to analyse a page the extension does not run on by itself', async () => {
    // the same fixture from another loopback address, which is not in the list of sites
    const other = await serve([resolve('test/fixtures')], '127.0.0.2');
    otherOrigins.push(other.url);
    const page = await session.b.context.newPage();
    await page.goto(`${other.url}/demo-article.html`);
    await page.waitForTimeout(1000);
    await expect(page.locator('#quellenlage-panel-host').count()).resolves.toBe(0);
    const tabId = await newestTabId();
    const popup = await session.b.context.newPage();
    await popup.goto(`chrome-extension://${session.b.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('[data-testid="ql-popup-not-running"]').waitFor({ timeout: 10_000 });
    await expect(popup.locator('#analyse').textContent()).resolves.toBe('Diese Seite analysieren');
    await popup.close();
    await page.close();
    await other.close();
  });

  it('keeps the panel in a shadow root: page styles do not reach it', async () => {
    const page = await session.b.context.newPage();
    await page.goto(`${session.server.url}/demo-article.html`);
    await openPanel(page, 15_000);
    await page.addStyleTag({ content: 'h2 { color: rgb(255, 0, 0) !important; }' });
    const color = await page.locator('[data-testid="ql-panel"] h2').evaluate((el) => getComputedStyle(el).color);
    expect(color).not.toBe('rgb(255, 0, 0)');
    await page.close();
  });

  it('made no request anywhere but 127.0.0.1 and the extension itself', () => {
    expect(session.b.requests.length).toBeGreaterThan(0);
    // (the panel module also comes by its dynamic address: use_dynamic_url, a session's own id)
    const foreign = session.b.requests.filter(
      (u) =>
        !u.startsWith(session.server.url) &&
        !otherOrigins.some((o) => u.startsWith(o)) &&
        !ownRequest(session.b.extensionId, u) &&
        !u.startsWith('data:'),
    );
    expect(foreign).toEqual([]);
  });

  it('gives a page no file of the extension by the extension id, so that a page cannot tell it is installed', async () => {
    const page = await session.b.context.newPage();
    await page.goto(`${session.server.url}/demo-article.html`);
    await openPanel(page, 15_000);
    const probe = (url: string) =>
      page.evaluate(
        (u) =>
          new Promise<string>((ok) => {
            const s = document.createElement('script');
            s.src = u;
            s.onload = () => ok('loaded');
            s.onerror = () => ok('blocked');
            document.head.append(s);
          }),
        url,
      );
    await expect(probe(`chrome-extension://${session.b.extensionId}/panel.js`)).resolves.toBe('blocked');
    await expect(probe(`chrome-extension://${session.b.extensionId}/content.js`)).resolves.toBe('blocked');
    await page.close();
  });
});
