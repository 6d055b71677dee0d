// Sites outside the list in Firefox ESR: the options switch "run on all news sites" (the browser's
// permission prompt answered yes by the profile: extensions.webextOptionalPermissionPrompts off), and
// the popup's "analyse this page" on a page the content script does not run on. Extension pages have
// a fixed address (extensions.webextensions.uuids); Firefox refuses a driven navigation there, so a page
// the test build opens at start opens them (launchableFirefoxBuild), and their APIs are used from them.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { FIREFOX, HAS_FIREFOX, firefoxSession } from './helpers/firefox.js';
import { launchableFirefoxBuild } from './helpers/inspectable.js';

const UUID = '5a7e0c1d-2b3f-4c5d-8e9f-0a1b2c3d4e5f';

type Ext = {
  browser: {
    tabs: { query: (q: object) => Promise<Array<{ id: number }>>; getCurrent: () => Promise<{ id: number }> };
    storage: { local: { get: (k: string) => Promise<Record<string, unknown>>; set: (x: object) => Promise<void> } };
    scripting: { getRegisteredContentScripts: () => Promise<Array<{ id: string }>> };
  };
};

/** The open tab showing `href` (a driven Firefox reports an extension page's address as about:blank: each tab is asked). */
async function tabAt(browser: Browser, href: string): Promise<Page> {
  for (let tries = 0; tries < 75; tries++) {
    for (const page of await browser.pages()) {
      const at = await page.evaluate(() => location.href).catch(() => '');
      if (at === href) return page;
    }
    await new Promise((ok) => setTimeout(ok, 200));
  }
  throw new Error(`no tab shows ${href}`);
}

/**
 * Opens an extension page: Firefox refuses a driven navigation to a moz-extension: address, so the
 * page the build's launcher opened at start opens it, and the test takes the tab that appears.
 */
async function extensionPage(browser: Browser, path: string, ready: string): Promise<Page> {
  const origin = `moz-extension://${UUID}/`;
  const launcher = await tabAt(browser, `${origin}options.html?launcher`);
  await launcher.evaluate((url) => {
    const b = (globalThis as unknown as { browser: { tabs: { create: (o: object) => Promise<unknown> } } }).browser;
    void b.tabs.create({ url });
  }, origin + path);
  const page = await tabAt(browser, origin + path);
  await page.waitForSelector(ready, { timeout: 15_000 });
  return page;
}

const hasPanel = (page: Page) =>
  page.evaluate(() => !!document.getElementById('quellenlage-panel-host')?.shadowRoot?.querySelector('[data-testid]'));

async function panelAppears(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !!document.getElementById('quellenlage-panel-host')?.shadowRoot?.querySelector('[data-testid]'),
    { timeout: 20_000 },
  );
}

const registered = (ext: Page) =>
  ext.evaluate(async () =>
    (await (globalThis as unknown as Ext).browser.scripting.getRegisteredContentScripts()).map((c) => c.id),
  );

describe.skipIf(!HAS_FIREFOX)(`sites outside the list in Firefox ESR (${FIREFOX})`, () => {
  // the team's fixtures on 127.0.0.2, which is not in the list of sites
  const ff = firefoxSession(() => launchableFirefoxBuild(), {
    host: '127.0.0.2',
    prefs: {
      'extensions.webextensions.uuids': JSON.stringify({ 'quellenlage@quellenlage.example': UUID }),
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });

  it('"run on all news sites" asks for the permission and registers the content script', async () => {
    const options = await extensionPage(ff.browser, 'options.html', '#allSites');
    expect(await options.$eval('#allSites', (e) => (e as HTMLInputElement).checked)).toBe(false);
    await options.click('#allSites');
    // (an extension page's CSP refuses waitForFunction's code: the check is polled from here)
    await expect
      .poll(() => options.$eval('#allSites', (e) => (e as HTMLInputElement).checked), { timeout: 10_000 })
      .toBe(true);
    await expect.poll(() => registered(options), { timeout: 10_000 }).toContain('all-sites');
    const article = await ff.browser.newPage();
    await article.goto(`${ff.server.url}/demo-article.html`);
    await panelAppears(article);
    const home = await ff.browser.newPage();
    await home.goto(`${ff.server.url}/home-page.html`);
    await new Promise((ok) => setTimeout(ok, 2000));
    expect(await hasPanel(home)).toBe(false);
    for (const p of [options, article, home]) await p.close();
  });

  it('"analyse this page" in the popup shows the panel on a page the content script does not run on', async () => {
    // the setting off again, the permission the test before granted kept (as a reader may have it from
    // the browser's own extension settings): no content script runs on 127.0.0.2 by itself
    const options = await extensionPage(ff.browser, 'options.html', '#allSites');
    await options.evaluate(async () => {
      const b = (globalThis as unknown as Ext).browser;
      const { settings } = await b.storage.local.get('settings');
      await b.storage.local.set({ settings: { ...(settings as object), allSites: false } });
    });
    await expect.poll(() => registered(options), { timeout: 10_000 }).not.toContain('all-sites');
    const article = await ff.browser.newPage();
    await article.goto(`${ff.server.url}/demo-article.html`);
    await new Promise((ok) => setTimeout(ok, 1500));
    expect(await hasPanel(article)).toBe(false);
    // the article's tab: the newest one but the options page's own
    const tabId = await options.evaluate(async () => {
      const b = (globalThis as unknown as Ext).browser;
      const me = (await b.tabs.getCurrent()).id;
      return Math.max(...(await b.tabs.query({})).map((t) => t.id).filter((id) => id !== me));
    });
    const popup = await extensionPage(ff.browser, `popup.html?tab=${tabId}`, '[data-testid="ql-popup-not-running"]');
    await popup.click('#analyse');
    await panelAppears(article);
    await options.close();
    await article.close();
  });
});
