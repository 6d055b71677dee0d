/**
 * The core analysis, no DOM: text blocks in, attributions out. The pipeline reads like a recipe:
 * 1. pick the lexicon of the language, 2. split the blocks into sentences, 3. find attributions,
 * 4. give each source its display name, 5. summarise.
 */
import { grammarFor, lexiconFor } from './lang/index.js';
import { segment } from './segment.js';
import { findAttributions, tooLong, type TraceEntry } from './attribution/index.js';
import { summarise } from './summary.js';
import { addDisplayNames } from './display.js';
import type { Attribution, Summary } from './schema.js';
import type { Classified } from './entities.js';

export interface TextAnalysis {
  /** The sentences; `skipped` marks one that was not analysed for attributions (too long for a sentence of prose). */
  sentences: Array<{ text: string; block: number; start: number; end: number; skipped?: 'too_long' }>;
  attributions: Attribution[];
  summary: Summary;
  /** Why nothing was analysed, or null. */
  notAnalysed: string | null;
}

/**
 * Analyses the body of an article given as blocks (headline, lead, paragraphs) in language `lang`.
 * With `trace`, the attribution steps append their decisions to it (`quellenlage report --explain`).
 */
export function analyzeText(
  blocks: readonly string[],
  lang: string | null,
  trace: TraceEntry[] | null = null,
): TextAnalysis {
  const lex = lexiconFor(lang);
  const grammar = grammarFor(lang);
  if (!lex || !grammar) {
    return {
      sentences: [],
      attributions: [],
      summary: summarise([], 0),
      notAnalysed: `language not supported: ${lang ?? 'unknown'}`,
    };
  }
  const sentences = segment(blocks, lex);
  // (each mention classified once, by the pipeline and by the display names after it)
  const classified = new Map<string, Classified>();
  const attributions: Attribution[] = findAttributions(blocks, sentences, lex, grammar, trace, classified).map((f) => ({
    ...f,
    sentence: sentences[f.sentenceIndex]!.text,
  }));
  addDisplayNames(attributions, lex, grammar, classified);
  const marked = sentences.map((s) => (tooLong(s) ? { ...s, skipped: 'too_long' as const } : s));
  return { sentences: marked, attributions, summary: summarise(attributions, sentences.length), notAnalysed: null };
}

/** Compiles the lexicons of a language now, as its first analysis would (a live page does it in a task of its own). */
export function prepareLanguage(lang: string | null): void {
  lexiconFor(lang);
}

export { explainCue, SUPPORTED_LANGS } from './lang/index.js';
export type { TraceEntry } from './attribution/index.js';
export { detectLang } from './lang/detect.js';
export { normaliseAgency, agenciesInCredit, agencyOfOutlet } from './agencies.js';
export { sourceKey, summarise } from './summary.js';
export { withoutOwnOutlet } from './own-outlet.js';
export * from './schema.js';
