// Takes the README's screenshots with the end-to-end tests' browser helpers: the built extension in
// headless Chromium on the demo article.
//   npm run screenshot   (writes docs/panel.png, panel-dark.png, panel-narrow.png, panel-educator.png,
//                         and the stores' 1280×800 screenshots docs/store/screenshot-*.png)
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, openPanel, serve, type LaunchOptions } from '../test/e2e/helpers/browser.js';

const server = await serve([resolve('test/fixtures')]);

async function shot(
  file: string,
  opts: Omit<LaunchOptions, 'extension'>,
  act: (page: Page) => Promise<void>,
  pageCss?: string,
): Promise<void> {
  const { context } = await launch(opts);
  try {
    const page = await context.newPage();
    // a page style of its own, there before the extension reads the page's colours
    if (pageCss)
      await page.addInitScript((css) => {
        document.addEventListener('DOMContentLoaded', () => {
          const s = document.createElement('style');
          s.textContent = css;
          document.head.append(s);
        });
      }, pageCss);
    await page.goto(`${server.url}/demo-article.html`);
    await openPanel(page);
    await act(page);
    await page.waitForTimeout(800);
    await page.screenshot({ path: `docs/${file}` });
    console.log(`wrote docs/${file}`);
  } finally {
    await context.close();
  }
}

/** A quote of the demo article clicked: it is highlighted in the text. */
async function clickQuote(page: Page): Promise<void> {
  const group = page.locator('[data-testid="ql-group"]').filter({ hasText: 'Helga Brandt' }).first();
  if (!(await group.evaluate((d) => (d as HTMLDetailsElement).open))) await group.locator('summary').click();
  await group.locator('[data-testid="ql-attribution"]').first().click();
}

try {
  await shot('panel.png', { viewport: { width: 1280, height: 860 } }, clickQuote);
  // a dark page: the demo article with a dark background of its own
  await shot(
    'panel-dark.png',
    { viewport: { width: 1280, height: 860 }, colorScheme: 'dark' },
    clickQuote,
    'html, body { background: #15181f !important; color: #e8e8e8 !important; } a { color: #9cc2ff; }',
  );
  await shot('panel-narrow.png', { viewport: { width: 420, height: 860 } }, async () => {});
  await shot('panel-educator.png', { viewport: { width: 1280, height: 860 } }, async (page) => {
    await page.locator('[data-testid="ql-educator"]').click();
  });
  // the stores' screenshots: 1280×800, as the Chrome Web Store asks
  const store = { viewport: { width: 1280, height: 800 } };
  await shot('store/screenshot-1-panel.png', store, clickQuote);
  await shot('store/screenshot-2-educator.png', store, async (page) => {
    await page.locator('[data-testid="ql-educator"]').click();
  });
  await shot('store/screenshot-3-explained.png', store, async (page) => {
    const group = page.locator('[data-testid="ql-group"]').filter({ hasText: 'Helga Brandt' }).first();
    await group.locator('[data-testid="ql-why"]').first().click();
    await group.scrollIntoViewIfNeeded();
  });
  await shot(
    'store/screenshot-4-dark.png',
    { ...store, colorScheme: 'dark' },
    clickQuote,
    'html, body { background: #15181f !important; color: #e8e8e8 !important; } a { color: #9cc2ff; }',
  );
} finally {
  await server.close();
}
