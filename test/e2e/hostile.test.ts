// Hostile and odd pages the team wrote (test/fixtures/hostile): in real Chromium with the extension,
// the page's own script still runs, the panel shows the article, and nothing injected as text runs.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { extensionSession } from './helpers/browser.js';

const session = extensionSession();
const pages = readdirSync('test/fixtures/hostile').filter((f) => f.endsWith('.html')).sort();

describe('hostile pages in real Chromium', () => {
  it('has the fixtures', () => expect(pages.length).toBeGreaterThanOrEqual(5));

  it.each(pages)('%s: the page runs, the panel shows, injected markup stays text', async (file) => {
    const page = await session.b.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${session.server.url}/hostile/${file}`);
    const panel = page.locator('[data-testid="ql-panel"]');
    await panel.waitFor({ timeout: 20_000 });
    expect(await panel.locator('[data-testid="ql-attribution"]').count()).toBeGreaterThan(0);
    const state = await page.evaluate(() => ({ ran: (window as { __pageScript?: boolean }).__pageScript, pwned: (window as { __pwned?: number }).__pwned }));
    expect(state).toEqual({ ran: true, pwned: undefined });
    // nothing the panel shows became markup: no element inside it came from page text
    const injected = await page.evaluate(() => {
      const root = document.getElementById('quellenlage-panel-host')?.shadowRoot;
      return root ? root.querySelectorAll('img, script, b, iframe').length : -1;
    });
    expect(injected).toBe(0);
    expect(errors.filter((e) => /quellenlage/i.test(e))).toEqual([]);
    await page.close();
  });

  it('made no request anywhere but 127.0.0.1 and the extension itself over all these pages', () => {
    expect(session.b.requests.length).toBeGreaterThan(pages.length);
    const foreign = session.b.requests.filter((u) => !u.startsWith(session.server.url) && !u.startsWith(`chrome-extension://${session.b.extensionId}/`) && !u.startsWith('data:'));
    expect(foreign).toEqual([]);
  });

  it('shows injected markup in the panel as the literal text it was', async () => {
    const page = await session.b.context.newPage();
    await page.goto(`${session.server.url}/hostile/injected-text.html`);
    const box = page.locator('[data-testid="ql-sources-box"] li').first();
    await box.waitFor({ timeout: 20_000 });
    await expect(box.textContent()).resolves.toContain('<img src=x onerror="window.__pwned = 1">');
    await page.close();
  });
});
