/**
 * What a language's script does (src/content/lang-de.ts, lang-en.ts, each built as a script of its
 * own): it hands the language's pack, grammar and lexicon data, to the content script's world.
 */
import type { LanguagePack } from '../core/lang/types.js';

/** The global through which a language script hands over its pack, by language. */
const LANGUAGE_GLOBAL = 'quellenlageLanguages';
const world = globalThis as unknown as Record<string, Record<string, LanguagePack> | undefined>;

/** Hands `pack` over as the grammar and lexicon data of `lang`. */
export function offerLanguage(lang: string, pack: LanguagePack): void {
  world[LANGUAGE_GLOBAL] = { ...world[LANGUAGE_GLOBAL], [lang]: pack };
}

/** The pack of `lang` a language script handed over, if one did. */
export function offeredLanguage(lang: string): LanguagePack | undefined {
  return world[LANGUAGE_GLOBAL]?.[lang];
}
