/**
 * The lexicon data of the page's language, loaded when a page in that language is analysed: the
 * content script carries the analysis and no lexicon, each language's data is a script of its own
 * (`lexicon-de.js`, `lexicon-en.js`, built from src/content/lexicon-de.ts and lexicon-en.ts) that
 * hands its data over in a global of the content script's world. Chromium imports it (web-accessible on the listed sites),
 * else the background injects it, as for the panel.
 */
import browser from 'webextension-polyfill';
import { hasLexiconData, provideLexiconData, SUPPORTED_LANGS } from '../core/lang/index.js';
import { sendToBackground, type ExtensionScript } from '../messages.js';
import { offeredLexicon as offered } from './lexicon-chunk.js';

/** How this build loads the panel and the lexicons: "import" (Chromium) or "inject" (Firefox); set by build.mjs. */
declare const __PANEL_LOADER__: 'import' | 'inject';

/** Makes the lexicon data of `lang` available to the analysis, if the language is one it reads. */
export async function ensureLexicon(lang: string | null): Promise<void> {
  if (!lang || !(SUPPORTED_LANGS as readonly string[]).includes(lang) || hasLexiconData(lang)) return;
  const file = `lexicon-${lang}.js` as ExtensionScript;
  if (__PANEL_LOADER__ === 'import' && !offered(lang)) await import(browser.runtime.getURL(file)).catch(() => null);
  if (!offered(lang)) await sendToBackground({ type: 'load-script', file }).catch(() => false);
  const data = offered(lang);
  if (data) provideLexiconData(lang, data);
}
