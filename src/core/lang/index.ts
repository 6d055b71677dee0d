/**
 * The languages the analysis reads, registered here and nowhere else: each language's folder gives
 * its marker words (`index.ts`) and its pack, grammar and lexicon data (`pack.ts`); the pipeline and
 * the UI learn of a language from this registry only. To add one: write `lang/<code>/`, then add it
 * to LANGUAGES and to BUNDLED_PACKS (packs.ts).
 */
import { compile, type Explanation, type Lexicon } from '../lexicon/index.js';
import type { Grammar, Language, LanguagePack } from './types.js';
import { german } from './de/index.js';
import { english } from './en/index.js';
import { BUNDLED_PACKS } from './packs.js';
import { cueFamily } from '../vocabulary.js';

const LANGUAGES: Record<string, Language> = { de: german, en: english };

/** Languages whose text the analysis understands. */
export const SUPPORTED_LANGS = ['de', 'en'] as const;

/** Each language's marker words, for telling a text's language (detect.ts). */
export const MARKERS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.values(LANGUAGES).map((l) => [l.code, new Set(l.markers)]),
);

/** Each language's grammar and lexicon data: all bundled (./packs.ts), or given one language at a time (the content script). */
const PACKS = new Map<string, LanguagePack>(Object.entries(BUNDLED_PACKS));

/** Gives the pack of a language that was not bundled (the content script loads it per page). */
export function provideLanguage(code: string, pack: LanguagePack): void {
  if (LANGUAGES[code] && !PACKS.has(code)) PACKS.set(code, pack);
}

/** Whether the grammar and lexicon data of a language are at hand. */
export function hasLanguage(code: string): boolean {
  return PACKS.has(code);
}

const compiled = new Map<string, Lexicon>();

/** The compiled lexicon of a language, or null when the language is not supported (or its data not at hand). */
export function lexiconFor(lang: string | null): Lexicon | null {
  const language = lang ? LANGUAGES[lang] : undefined;
  const data = language && PACKS.get(language.code)?.data;
  if (!language || !data) return null;
  let lex = compiled.get(language.code);
  if (!lex) compiled.set(language.code, (lex = compile(language.code, data)));
  return lex;
}

/** The grammar of a language, or null when the language is not supported (or its pack not at hand). */
export function grammarFor(lang: string | null): Grammar | null {
  return (lang && LANGUAGES[lang] && PACKS.get(lang)?.grammar) || null;
}

/** The explanation of a cue for learners, in the UI language, or null for an unknown cue id. */
export function explainCue(cueId: string, uiLang: string, lang: string | null = null): string | null {
  const e = (lang ? [lang] : SUPPORTED_LANGS)
    .map((l) => lexiconFor(l)?.explanations)
    .map((x) => x?.get(cueId) ?? x?.get(cueFamily(cueId)))
    .find(Boolean);
  if (!e) return null;
  return uiLang.startsWith('de') ? e.de : e.en;
}

/** Every cue's explanation, per language and cue id: the panel's copy, made at build time (build.mjs). */
export function allExplanations(): Record<string, Record<string, Explanation>> {
  return Object.fromEntries(SUPPORTED_LANGS.map((l) => [l, Object.fromEntries(lexiconFor(l)!.explanations)]));
}
