// Takes the README's screenshot: the built extension in headless Chromium on the demo article.
//   npm run screenshot   (writes docs/panel.png)
import { createServer } from 'node:http';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const ext = resolve('dist/chrome');
const server = createServer((_, res) => { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(readFileSync('test/fixtures/demo-article.html')); });
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'ql-shot-')), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, locale: 'de-DE', viewport: { width: 1280, height: 860 },
  args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=de-DE'],
});
const page = await context.newPage();
await page.goto(`http://127.0.0.1:${server.address().port}/demo-article.html`);
await page.locator('[data-testid="ql-panel"]').waitFor({ timeout: 15000 });
const group = page.locator('[data-testid="ql-group"]').filter({ hasText: 'Helga Brandt' }).first();
if (!(await group.evaluate((d) => d.open))) await group.locator('summary').click();
await group.locator('[data-testid="ql-attribution"]').first().click();
await page.waitForTimeout(800);
await page.screenshot({ path: 'docs/panel.png' });
await context.close();
server.close();
console.log('wrote docs/panel.png');
