/**
 * The grammar and lexicon data of every language, for the hosts that bundle them all (the CLI, the
 * tests, the panel's explanations at build time). The extension's content script is built without it
 * (build.mjs puts an empty module in its place) and loads the page's language's alone
 * (src/content/languages.ts).
 */
import type { LanguagePack } from './types.js';
import { germanPack } from './de/pack.js';
import { englishPack } from './en/pack.js';

export const BUNDLED_PACKS: Readonly<Record<string, LanguagePack>> = { de: germanPack, en: englishPack };
