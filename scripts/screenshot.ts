// Takes the README's screenshot with the end-to-end tests' browser helpers: the built extension in
// headless Chromium on the demo article, a quote clicked and highlighted.
//   npm run screenshot   (writes docs/panel.png)
import { resolve } from 'node:path';
import { launch, serve } from '../test/e2e/helpers/browser.js';

const server = await serve([resolve('test/fixtures')]);
const { context } = await launch({ viewport: { width: 1280, height: 860 } });
try {
  const page = await context.newPage();
  await page.goto(`${server.url}/demo-article.html`);
  await page.locator('[data-testid="ql-panel"]').waitFor({ timeout: 15_000 });
  const group = page.locator('[data-testid="ql-group"]').filter({ hasText: 'Helga Brandt' }).first();
  if (!(await group.evaluate((d) => (d as HTMLDetailsElement).open))) await group.locator('summary').click();
  await group.locator('[data-testid="ql-attribution"]').first().click();
  await page.waitForTimeout(800);
  await page.screenshot({ path: 'docs/panel.png' });
  console.log('wrote docs/panel.png');
} finally {
  await context.close();
  await server.close();
}
