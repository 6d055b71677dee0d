/**
 * Firefox ESR with an extension build installed, driven by puppeteer-core over WebDriver BiDi, for
 * the end-to-end tests that run in Firefox. Skipped (and said so) where Firefox ESR is not installed;
 * .ci/run installs it.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { serve } from './browser.js';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const HAS_FIREFOX = existsSync(FIREFOX);

/** Launches headless Firefox (German UI, 1400 × 900) with the extension in `extensionDir` installed; `prefs` add to its preferences. */
async function launchFirefox(extensionDir: string, prefs: Record<string, unknown> = {}): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width: 1400, height: 900 },
    extraPrefsFirefox: { 'intl.locale.requested': 'de', ...prefs },
  });
  await browser.installExtension(extensionDir);
  return browser;
}

/**
 * Firefox with an extension and a server of the team's fixtures for a test file (as
 * `extensionSession` is for Chromium): started before its tests, closed after them. Read `browser`
 * and `server` inside tests. `extensionDir` is called when the browser starts.
 */
export function firefoxSession(
  extensionDir: () => string,
  opts: { host?: string; prefs?: Record<string, unknown> } = {},
): { browser: Browser; server: Awaited<ReturnType<typeof serve>> } {
  const session = {} as { browser: Browser; server: Awaited<ReturnType<typeof serve>> };
  beforeAll(async () => {
    session.server = await serve([resolve('test/fixtures')], opts.host);
    session.browser = await launchFirefox(extensionDir(), opts.prefs);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
