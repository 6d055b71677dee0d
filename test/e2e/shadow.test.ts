// The build exactly as shipped (dist/chrome, not the inspectable copy the other tests drive): the
// panel sits in a closed shadow root. The page's scripts cannot reach into it, yet it is rendered
// there and works; the DevTools protocol, which pierces closed roots, sees inside.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { extensionSession } from './helpers/browser.js';
import { HAS_FIREFOX, firefoxSession } from './helpers/firefox.js';

const session = extensionSession({ shipped: true });

/**
 * What the page's own scripts see of the panel (run in the page): its host, no shadow root, no way to
 * attach another, none of its elements or text; and at the panel's place in the window (`x`, `y`)
 * the host, as the panel covers it.
 */
function pageView(at: { x: number; y: number }) {
  const host = document.getElementById('quellenlage-panel-host')!;
  let reattached = false;
  try {
    host.attachShadow({ mode: 'open' });
    reattached = true;
  } catch {
    // a host takes one shadow root only
  }
  return {
    shadowRoot: host.shadowRoot,
    reattached,
    found: document.querySelectorAll('[data-testid]').length,
    text: (host.textContent ?? '').trim(),
    hostAtPanel: document.elementFromPoint(at.x, at.y) === host,
  };
}
const PAGE_VIEW = { shadowRoot: null, reattached: false, found: 0, text: '', hostAtPanel: true };
/** A point inside the panel docked on the right of a 1400 px window. */
const AT_PANEL = { x: 1400 - 60, y: 300 };

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: Array<DomNode & { shadowRootType?: string }>;
}

const attr = (n: DomNode, name: string) => {
  const a = n.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
  return undefined;
};

function find(n: DomNode, test: (n: DomNode) => boolean, out: DomNode[] = []): DomNode[] {
  if (test(n)) out.push(n);
  for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) find(c, test, out);
  return out;
}

/** The panel host's shadow root as the DevTools protocol sees it, once the panel is rendered in it. */
async function panelRoot(cdp: CDPSession): Promise<DomNode & { shadowRootType?: string }> {
  for (let i = 0; i < 150; i++) {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const host = find(root, (n) => attr(n, 'id') === 'quellenlage-panel-host')[0];
    const shadow = host?.shadowRoots?.[0];
    if (shadow && find(shadow, (n) => attr(n, 'data-testid') === 'ql-panel').length) return shadow;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error('no panel rendered in the host');
}

/** Clicks the centre of a node as a reader's mouse would (a trusted click). */
async function clickNode(page: Page, cdp: CDPSession, node: DomNode): Promise<void> {
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId })) as {
    model: { content: number[] };
  };
  const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}

describe('the shipped build in real Chromium: the panel in a closed shadow root', () => {
  it('renders the panel where the page cannot read or change it, and it answers a reader', async () => {
    const page = await session.b.context.newPage();
    await page.goto(`${session.server.url}/demo-article.html`);
    const cdp = await page.context().newCDPSession(page);
    const shadow = await panelRoot(cdp);
    expect(shadow.shadowRootType).toBe('closed');
    const testIds = find(shadow, (n) => !!attr(n, 'data-testid')).map((n) => attr(n, 'data-testid'));
    expect(testIds).toContain('ql-summary');
    expect(testIds.filter((t) => t === 'ql-attribution').length).toBeGreaterThanOrEqual(5);

    // what the page's own scripts see: the host, and no way in
    expect(await page.evaluate(pageView, AT_PANEL)).toEqual(PAGE_VIEW);

    // a reader's click on an attribution still highlights its sentence in the article
    const first = find(shadow, (n) => attr(n, 'data-testid') === 'ql-attribution')[0]!;
    await clickNode(page, cdp, first);
    await page.waitForFunction(
      () => {
        const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('quellenlage-focus');
        return !!h && [...h].some((r) => r.toString().trim().length > 20);
      },
      null,
      { timeout: 5_000 },
    );
    await page.close();
  });
});

describe.skipIf(!HAS_FIREFOX)('the shipped build in Firefox ESR: the panel in a closed shadow root', () => {
  const ff = firefoxSession(() => resolve('dist/firefox'));

  it('shows the panel, and the page sees only its host', async () => {
    const page = await ff.browser.newPage();
    await page.goto(`${ff.server.url}/demo-article.html`);
    await page.waitForSelector('#quellenlage-panel-host', { timeout: 20_000 });
    // the panel covers its place once rendered (a moment after the host is attached)
    await page.waitForFunction(
      (at) => document.elementFromPoint(at.x, at.y) === document.getElementById('quellenlage-panel-host'),
      { timeout: 10_000 },
      AT_PANEL,
    );
    expect(await page.evaluate(pageView, AT_PANEL)).toEqual(PAGE_VIEW);
    await page.close();
  });
});
