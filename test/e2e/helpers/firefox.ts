/**
 * Firefox ESR with an extension build installed, driven by puppeteer-core over WebDriver BiDi, for
 * the end-to-end tests that run in Firefox. Skipped (and said so) where Firefox ESR is not installed;
 * .ci/run installs it.
 */
import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const HAS_FIREFOX = existsSync(FIREFOX);

/** Launches headless Firefox (German UI, 1400 × 900) with the extension in `extensionDir` installed; `prefs` add to its preferences. */
export async function launchFirefox(extensionDir: string, prefs: Record<string, unknown> = {}): Promise<Browser> {
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
