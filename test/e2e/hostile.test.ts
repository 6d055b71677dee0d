// Hostile and odd pages the team wrote (test/fixtures/hostile): in real Chromium with the extension,
// the page's own script still runs, the panel shows the article, and nothing injected as text runs.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extensionSession, serve, openPanel, ownRequest } from './helpers/browser.js';

const session = extensionSession();
const pages = readdirSync('test/fixtures/hostile')
  .filter((f) => f.endsWith('.html'))
  .sort();

describe('hostile pages in real Chromium', () => {
  it('has the fixtures', () => expect(pages.length).toBeGreaterThanOrEqual(5));

  it.each(pages)('%s: the page runs, the panel shows, injected markup stays text', async (file) => {
    const page = await session.b.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${session.server.url}/hostile/${file}`);
    const panel = await openPanel(page, 20_000);
    expect(await panel.locator('[data-testid="ql-attribution"]').count()).toBeGreaterThan(0);
    const state = await page.evaluate(() => ({
      ran: (window as { __pageScript?: boolean }).__pageScript,
      pwned: (window as { __pwned?: number }).__pwned,
    }));
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

  it('a 10 MB page: the article is found, the page script runs, nothing breaks', async () => {
    // the demo article followed by a comment section of some 100,000 elements, written at test time
    const dir = mkdtempSync(join(tmpdir(), 'ql-huge-'));
    const demo = readFileSync('test/fixtures/demo-article.html', 'utf8');
    const comment = (i: number) =>
      `<li class="comment"><span class="user">Leser ${i}</span><p>Kommentar Nummer ${i}: Ich sehe das ganz anders als die Stadtwerke, und zwar aus mehreren Gründen.</p></li>`;
    const comments = `<section class="comments"><ul>${Array.from({ length: 60_000 }, (_, i) => comment(i)).join('')}</ul></section>`;
    const html = demo.replace('</body>', `${comments}<script>window.__pageScript = true;</script></body>`);
    expect(html.length).toBeGreaterThan(10_000_000);
    writeFileSync(join(dir, 'huge.html'), html);
    const server = await serve([dir]);
    const page = await session.b.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/huge.html`, { timeout: 60_000 });
    const panel = await openPanel(page, 60_000);
    await expect(panel.locator('[data-testid="ql-sources-box"] li').count()).resolves.toBe(3);
    expect(await panel.locator('[data-testid="ql-attribution"]').count()).toBeGreaterThanOrEqual(10);
    expect(await page.evaluate(() => (window as { __pageScript?: boolean }).__pageScript)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
    await server.close();
  }, 120_000);

  it('made no request anywhere but 127.0.0.1 and the extension itself over all these pages', () => {
    expect(session.b.requests.length).toBeGreaterThan(pages.length);
    const foreign = session.b.requests.filter(
      (u) => !u.startsWith('http://127.0.0.1:') && !ownRequest(session.b.extensionId, u) && !u.startsWith('data:'),
    );
    expect(foreign).toEqual([]);
  });

  it('shows injected markup in the panel as the literal text it was', async () => {
    const page = await session.b.context.newPage();
    await page.goto(`${session.server.url}/hostile/injected-text.html`);
    await openPanel(page, 20_000);
    const box = page.locator('[data-testid="ql-sources-box"] li').first();
    await box.waitFor({ timeout: 20_000 });
    await expect(box.textContent()).resolves.toContain('<img src=x onerror="window.__pwned = 1">');
    await page.close();
  });
});
