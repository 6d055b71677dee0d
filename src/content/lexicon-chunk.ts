/**
 * What a language's lexicon script does (src/content/lexicon-de.ts, lexicon-en.ts, each built as a
 * script of its own): it hands the language's lexicon data to the content script's world.
 */
import type { LexiconData } from '../core/lexicon/index.js';

/** The global through which a lexicon script hands over its data, by language. */
const LEXICON_GLOBAL = 'quellenlageLexicons';
const world = globalThis as unknown as Record<string, Record<string, LexiconData> | undefined>;

/** Hands `data` over as the lexicon data of `lang`. */
export function offerLexicon(lang: string, data: LexiconData): void {
  world[LEXICON_GLOBAL] = { ...world[LEXICON_GLOBAL], [lang]: data };
}

/** The lexicon data of `lang` a lexicon script handed over, if one did. */
export function offeredLexicon(lang: string): LexiconData | undefined {
  return world[LEXICON_GLOBAL]?.[lang];
}
