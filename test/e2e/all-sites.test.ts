// Sites outside the built-in list, in real Chromium: the popup's "analyse this page" and the
// options switch "run on all news sites". The profile has the host permission granted (the reader's
// answer to the prompt, which a driven browser cannot give); the extension decides the rest.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { extensionSession, openPanel, serve } from './helpers/browser.js';

const session = extensionSession({ grantedHosts: ['http://*/*', 'https://*/*'] });
/** The team's fixtures on another loopback address: 127.0.0.2 is not in the list of sites. */
let other: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  other = await serve([resolve('test/fixtures')], '127.0.0.2');
});
afterAll(() => other?.close());

type Chrome = {
  chrome: {
    tabs: { query: (q: object) => Promise<Array<{ id: number }>> };
    scripting: { getRegisteredContentScripts: () => Promise<Array<{ id: string }>> };
  };
};

function newestTabId(): Promise<number> {
  return session.b.worker.evaluate(async () =>
    Math.max(...(await (globalThis as unknown as Chrome).chrome.tabs.query({})).map((t) => t.id)),
  );
}

const registered = () =>
  session.b.worker.evaluate(async () =>
    (await (globalThis as unknown as Chrome).chrome.scripting.getRegisteredContentScripts()).map((c) => c.id),
  );

async function panelHostAfter(page: Page, ms: number): Promise<number> {
  await page.waitForTimeout(ms);
  return page.locator('#quellenlage-panel-host').count();
}

async function optionsPage(): Promise<Page> {
  const page = await session.b.context.newPage();
  await page.goto(`chrome-extension://${session.b.extensionId}/options.html`);
  await page.locator('#allSites').waitFor();
  return page;
}

describe('sites outside the list', () => {
  it('"analyse this page" in the popup shows the panel on a site outside the list', async () => {
    const page = await session.b.context.newPage();
    await page.goto(`${other.url}/demo-article.html`);
    await expect(panelHostAfter(page, 1000)).resolves.toBe(0);
    const tabId = await newestTabId();
    const popup = await session.b.context.newPage();
    await popup.goto(`chrome-extension://${session.b.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('[data-testid="ql-popup-not-running"]').waitFor({ timeout: 10_000 });
    await popup.locator('#analyse').click();
    // the panel module is not web-accessible here: its script version comes through the background
    const panel = await openPanel(page, 15_000);
    await expect(panel.locator('[data-testid="ql-group"] .source').allTextContents()).resolves.toContain(
      'Geschäftsführerin Helga Brandt',
    );
    await page.close();
  });

  it('"run on all news sites" registers the content script: the panel appears on articles, not elsewhere', async () => {
    expect(await registered()).not.toContain('all-sites');
    const options = await optionsPage();
    await expect(options.locator('#allSites').isChecked()).resolves.toBe(false);
    await options.locator('#allSites').click();
    await expect.poll(registered, { timeout: 5000 }).toContain('all-sites');
    await expect(options.locator('#allSites').isChecked()).resolves.toBe(true);

    const article = await session.b.context.newPage();
    await article.goto(`${other.url}/demo-article.html`);
    await openPanel(article, 15_000);
    // on a page that is not an article the detection keeps the panel away
    const home = await session.b.context.newPage();
    await home.goto(`${other.url}/home-page.html`);
    await home.waitForLoadState('load');
    await expect(panelHostAfter(home, 1500)).resolves.toBe(0);

    // switched off: the registration goes, and a new page gets nothing
    await options.locator('#allSites').click();
    await expect.poll(registered, { timeout: 5000 }).not.toContain('all-sites');
    const again = await session.b.context.newPage();
    await again.goto(`${other.url}/demo-article.html`);
    await expect(panelHostAfter(again, 1500)).resolves.toBe(0);
    for (const p of [options, article, home, again]) await p.close();
  });
});
