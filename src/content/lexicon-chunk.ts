/**
 * What a language's lexicon script does (src/content/lexicon-de.ts, lexicon-en.ts, each built as a
 * script of its own): it hands the language's lexicon data to the content script's world.
 */
import type { LexiconData } from '../core/lexicon/index.js';

/** The global through which a lexicon script hands over its data. */
export const LEXICON_GLOBAL = 'quellenlageLexicons';

/** Hands `data` over as the lexicon data of `lang`. */
export function offerLexicon(lang: string, data: LexiconData): void {
  const g = globalThis as unknown as Record<string, Record<string, LexiconData> | undefined>;
  g[LEXICON_GLOBAL] = { ...g[LEXICON_GLOBAL], [lang]: data };
}
