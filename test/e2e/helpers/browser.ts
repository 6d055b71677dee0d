/**
 * Real Chromium with the built extension, driven by playwright-core, and a static server on
 * 127.0.0.1 for the team's fixture pages. One browser per test file (a launch takes seconds).
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { inspectableBuild } from './inspectable.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHIPPED_DIR = resolve('dist/chrome');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
};

/** Serves files from `roots` (first match wins) on a loopback address (127.0.0.1) at a free port. */
export async function serve(roots: string[], host = '127.0.0.1'): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    for (const root of roots) {
      const file = join(root, path);
      if (file.startsWith(root) && existsSync(file)) {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(await readFile(file));
        return;
      }
    }
    res.writeHead(404).end('not found');
  });
  await new Promise<void>((ok) => server.listen(0, host, ok));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

export interface Launched {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every URL requested by pages, extension pages and the service worker. */
  requests: string[];
}

export interface LaunchOptions {
  locale?: string;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** Load the extension (default); false gives the same browser without it, for comparisons. */
  extension?: boolean;
  /**
   * Host permissions the reader has granted in this profile (as after "run on all news sites" or
   * a permission given in the browser's extension settings). A browser driven from outside cannot
   * answer the permission prompt, so the test profile loads a copy of the extension whose manifest
   * grants them from the start; nothing else in the copy differs.
   */
  grantedHosts?: string[];
  /**
   * Load dist/chrome exactly as shipped, its panel in a closed shadow root that locators cannot
   * enter; by default the tests load the copy whose root is open (see inspectable.ts).
   */
  shipped?: boolean;
}

/** The extension's directory: the inspectable copy of dist/chrome or the build as shipped, with `hosts` granted in a further copy's manifest. */
function extensionDir(hosts: string[] | undefined, shipped = false): string {
  const base = shipped ? SHIPPED_DIR : inspectableBuild('chrome');
  if (!hosts?.length) return base;
  const dir = join(mkdtempSync(join(tmpdir(), 'ql-ext-')), 'chrome');
  cpSync(base, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  manifest['host_permissions'] = hosts;
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

/** Launches Chromium headless with the extension loaded (the inspectable copy of dist/chrome unless `shipped`). */
export async function launch(opts: LaunchOptions & { extension?: true } = {}): Promise<Launched> {
  return (await launchBrowser(opts)) as Launched;
}

/** Launches Chromium headless, with or without the extension. */
export async function launchBrowser(
  opts: LaunchOptions = {},
): Promise<Launched | { context: BrowserContext; requests: string[] }> {
  const withExtension = opts.extension !== false;
  const ext = withExtension ? extensionDir(opts.grantedHosts, opts.shipped) : '';
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'ql-profile-')), {
    executablePath: CHROMIUM,
    headless: true,
    locale: opts.locale ?? 'de-DE',
    colorScheme: opts.colorScheme ?? 'light',
    viewport: opts.viewport ?? { width: 1400, height: 900 },
    args: [
      ...(withExtension ? [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${opts.locale ?? 'de-DE'}`,
    ],
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  if (!withExtension) return { context, requests };
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, requests };
}

/** The badge text of the tab showing `url`, read in the service worker. */
export async function badgeText(worker: Worker, url: string): Promise<string> {
  return worker.evaluate(async (u) => {
    const c = (
      globalThis as unknown as {
        chrome: {
          tabs: { query: (q: object) => Promise<Array<{ id: number; url?: string }>> };
          action: { getBadgeText: (d: object) => Promise<string> };
        };
      }
    ).chrome;
    const tabs = await c.tabs.query({});
    const tab = tabs.find((t) => t.url === u) ?? tabs[tabs.length - 1]!;
    return c.action.getBadgeText({ tabId: tab.id });
  }, url);
}

/**
 * One browser with the extension and one server of the team's fixtures for a test file: started
 * before its tests, closed after them. Read `b` and `server` inside tests (they are set by then).
 */
export function extensionSession(opts: LaunchOptions & { extension?: true } = {}): {
  b: Launched;
  server: Awaited<ReturnType<typeof serve>>;
} {
  const session = {} as { b: Launched; server: Awaited<ReturnType<typeof serve>> };
  beforeAll(async () => {
    session.server = await serve([resolve('test/fixtures')]);
    session.b = await launch(opts);
  });
  afterAll(async () => {
    await session.b?.context.close();
    await session.server?.close();
  });
  return session;
}

/**
 * The panel of a page, opened: where the page leaves no room beside the article the panel starts as
 * a tab (it never covers the text by itself), which is clicked open here as a reader would.
 */
export async function openPanel(
  page: import('playwright-core').Page,
  timeout = 15_000,
): Promise<import('playwright-core').Locator> {
  const panel = page.locator('[data-testid="ql-panel"]');
  const tab = page.locator('[data-testid="ql-expand"]');
  await panel.or(tab).first().waitFor({ timeout });
  if (!(await panel.count())) await tab.click();
  await panel.waitFor({ timeout });
  return panel;
}

/**
 * Whether a request is the extension's own: its files by its id, or the panel module and a
 * language's script by its dynamic address (use_dynamic_url, a UUID each session).
 */
export function ownRequest(extensionId: string, url: string): boolean {
  return (
    url.startsWith(`chrome-extension://${extensionId}/`) ||
    /^chrome-extension:\/\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/(?:panel|lang-[a-z]{2})\.js$/.test(
      url,
    )
  );
}
