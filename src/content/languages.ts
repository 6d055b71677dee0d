/**
 * The grammar and lexicon data of the page's language, loaded when a page in that language is
 * analysed: the content script carries the extraction and the pipeline but no language, each
 * language's pack is a script of its own (`lang-de.js`, `lang-en.js`, built from src/content/lang-de.ts
 * and lang-en.ts) that hands it over in a global of the content script's world. Chromium imports it
 * (web-accessible on the listed sites), else the background injects it, as for the panel.
 */
import browser from 'webextension-polyfill';
import { hasLanguage, provideLanguage, SUPPORTED_LANGS } from '../core/lang/index.js';
import { sendToBackground, type ExtensionScript } from '../messages.js';
import { offeredLanguage as offered } from './lang-script.js';

/** How this build loads the panel and the languages: "import" (Chromium) or "inject" (Firefox); set by build.mjs. */
declare const __PANEL_LOADER__: 'import' | 'inject';

/** Makes the grammar and lexicon data of `lang` available to the analysis, if the language is one it reads. */
export async function ensureLanguage(lang: string | null): Promise<void> {
  if (!lang || !(SUPPORTED_LANGS as readonly string[]).includes(lang) || hasLanguage(lang)) return;
  const file = `lang-${lang}.js` as ExtensionScript;
  if (__PANEL_LOADER__ === 'import' && !offered(lang)) await import(browser.runtime.getURL(file)).catch(() => null);
  if (!offered(lang)) await sendToBackground({ type: 'load-script', file }).catch(() => false);
  const pack = offered(lang);
  if (pack) provideLanguage(lang, pack);
}
