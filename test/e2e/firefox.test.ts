// The Firefox build (dist/firefox) in Firefox ESR, driven by puppeteer-core over WebDriver BiDi:
// the same panel behaviour as in Chromium. Skipped (and said so) when Firefox ESR is not installed;
// .ci/run installs it.
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { FIREFOX, HAS_FIREFOX, firefoxSession } from './helpers/firefox.js';
import { inspectableBuild } from './helpers/inspectable.js';

/** Reads inside the panel's shadow root. */
const inPanel = <T>(page: Page, fn: (root: ShadowRoot) => T) =>
  page.evaluate(`(${fn.toString()})(document.getElementById('quellenlage-panel-host').shadowRoot)`) as Promise<T>;

/** The panel of a page with its attributions, opened from its tab where it starts as one. */
async function openPanel(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      !!document
        .getElementById('quellenlage-panel-host')
        ?.shadowRoot?.querySelector('[data-testid="ql-expand"], [data-testid="ql-panel"]'),
    { timeout: 20_000 },
  );
  await page.evaluate(() =>
    (
      document
        .getElementById('quellenlage-panel-host')!
        .shadowRoot!.querySelector('[data-testid="ql-expand"]') as HTMLElement | null
    )?.click(),
  );
  await page.waitForFunction(
    () =>
      !!document.getElementById('quellenlage-panel-host')?.shadowRoot?.querySelector('[data-testid="ql-attribution"]'),
    { timeout: 20_000 },
  );
}

describe.skipIf(!HAS_FIREFOX)(`the extension in Firefox ESR (${FIREFOX})`, () => {
  const ff = firefoxSession(() => inspectableBuild('firefox'));

  it('shows the panel beside a news article with sources box, credits and attributions', async () => {
    const page = await ff.browser.newPage();
    await page.goto(`${ff.server.url}/demo-article.html`);
    await page.waitForSelector('#quellenlage-panel-host', { timeout: 20_000 });
    await page.waitForFunction(
      () =>
        !!document
          .getElementById('quellenlage-panel-host')
          ?.shadowRoot?.querySelector('[data-testid="ql-attribution"]'),
      { timeout: 20_000 },
    );
    const seen = await inPanel(page, (root) => ({
      box: [...root.querySelectorAll('[data-testid="ql-sources-box"] li .src')].map((li) => li.textContent),
      authors: root.querySelector('[data-testid="ql-authors"]')?.textContent ?? '',
      attributions: root.querySelectorAll('[data-testid="ql-attribution"]').length,
      sources: [...root.querySelectorAll('[data-testid="ql-group"] .source')].map((s) => s.textContent),
    }));
    expect(seen.box).toEqual([
      'Pressekonferenz der Stadtwerke Beispielstadt',
      'Prüfbericht „Fernwärme 2030“ (Stand Oktober)',
      'Nachrichtenagentur dpa',
    ]);
    expect(seen.authors).toContain('Mara Feldmann');
    expect(seen.attributions).toBeGreaterThanOrEqual(10);
    expect(seen.sources).toContain('Geschäftsführerin Helga Brandt');
    await page.close();
  });

  it('highlights the sentence of a clicked attribution', async () => {
    const page = await ff.browser.newPage();
    await page.goto(`${ff.server.url}/demo-article.html`);
    await page.waitForFunction(
      () =>
        !!document
          .getElementById('quellenlage-panel-host')
          ?.shadowRoot?.querySelector('[data-testid="ql-attribution"]'),
      { timeout: 20_000 },
    );
    const sentence = await inPanel(page, (root) => {
      const group = [...root.querySelectorAll('[data-testid="ql-group"]')].find((g) =>
        g.textContent?.includes('Helga Brandt'),
      ) as HTMLDetailsElement;
      group.open = true;
      const item = group.querySelector('[data-testid="ql-attribution"]') as HTMLElement;
      item.click();
      return item.querySelector('.sentence')?.textContent ?? '';
    });
    await page.waitForFunction(
      () => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('quellenlage-focus'),
      { timeout: 5000 },
    );
    const highlighted = await page.evaluate(() => {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('quellenlage-focus')!;
      return [...h][0]!.toString().replace(/\s+/g, ' ');
    });
    expect(highlighted).toBe(sentence);
    await page.close();
  });

  it('names sources in their base form, with a legend of the types and cue explanations by keyboard', async () => {
    const page = await ff.browser.newPage();
    await page.goto(`${ff.server.url}/inflected.html`);
    // the page's text runs the full width: the panel starts as a tab, opened here
    await openPanel(page);
    const seen = await inPanel(page, (root) => ({
      headings: [...root.querySelectorAll('[data-testid="ql-group"] .source')].map((s) => s.textContent),
      legend: root.querySelectorAll('[data-testid="ql-typelegend"] li').length,
      segments: root.querySelectorAll('[data-testid="ql-typebar"] .seg').length,
    }));
    expect(seen.headings).toContain('Umweltamt');
    expect(seen.headings).toContain('interner Prüfbericht');
    expect(seen.headings.filter((h) => h?.includes('Roth'))).toEqual(['Betriebsleiterin Jana Roth']);
    expect(seen.legend).toBe(seen.segments);
    // the first "?" focused and pressed with the keyboard opens its explanation
    await page.evaluate(() =>
      (
        document
          .getElementById('quellenlage-panel-host')!
          .shadowRoot!.querySelector('[data-testid="ql-why"]') as HTMLElement
      ).focus(),
    );
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () =>
        !!document
          .getElementById('quellenlage-panel-host')
          ?.shadowRoot?.querySelector('[data-testid="ql-explanation"]'),
      { timeout: 5000 },
    );
    expect(
      await inPanel(page, (root) => root.querySelector('[data-testid="ql-explanation"]')!.textContent!.length),
    ).toBeGreaterThan(20);
    await page.close();
  });

  it('shows nothing on a page that is not an article', async () => {
    const page = await ff.browser.newPage();
    await page.goto(`${ff.server.url}/home-page.html`);
    await new Promise((ok) => setTimeout(ok, 2000));
    expect(await page.evaluate(() => document.getElementById('quellenlage-panel-host'))).toBeNull();
    await page.close();
  });

  it('keeps injected markup inert on a hostile page', async () => {
    const page = await ff.browser.newPage();
    await page.goto(`${ff.server.url}/hostile/injected-text.html`);
    // the hostile page's text runs the full width: the panel starts as a tab, opened here
    await openPanel(page);
    const state = await page.evaluate(() => ({
      ran: (window as { __pageScript?: boolean }).__pageScript,
      pwned: (window as { __pwned?: number }).__pwned ?? null,
    }));
    expect(state).toEqual({ ran: true, pwned: null });
    expect(await inPanel(page, (root) => root.querySelectorAll('img, script, b').length)).toBe(0);
    await page.close();
  });
});
