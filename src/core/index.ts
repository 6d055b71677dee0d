/**
 * The core analysis, no DOM: text blocks in, attributions out. The pipeline reads like a recipe:
 * 1. pick the lexicon of the language, 2. split the blocks into sentences, 3. find attributions,
 * 4. summarise.
 */
import { lexiconFor } from './lexicon/index.js';
import { segment } from './segment.js';
import { findAttributions, tooLong } from './attribution.js';
import { summarise } from './summary.js';
import type { Attribution, Summary } from './schema.js';

export interface TextAnalysis {
  /** The sentences; `skipped` marks one that was not analysed for attributions (too long for a sentence of prose). */
  sentences: Array<{ text: string; block: number; start: number; end: number; skipped?: 'too_long' }>;
  attributions: Attribution[];
  summary: Summary;
  /** Why nothing was analysed, or null. */
  notAnalysed: string | null;
}

/** Analyses the body of an article given as blocks (headline, lead, paragraphs) in language `lang`. */
export function analyzeText(blocks: readonly string[], lang: string | null): TextAnalysis {
  const lex = lexiconFor(lang);
  if (!lex) {
    return { sentences: [], attributions: [], summary: summarise([], 0), notAnalysed: `language not supported: ${lang ?? 'unknown'}` };
  }
  const sentences = segment(blocks, lex);
  const attributions: Attribution[] = findAttributions(blocks, sentences, lex).map((f) => ({
    ...f,
    sentence: sentences[f.sentenceIndex]!.text,
  }));
  const marked = sentences.map((s) => (tooLong(s) ? { ...s, skipped: 'too_long' as const } : s));
  return { sentences: marked, attributions, summary: summarise(attributions, sentences.length), notAnalysed: null };
}

export { explainCue, SUPPORTED_LANGS } from './lexicon/index.js';
export { detectLang } from './lang.js';
export { normaliseAgency, agenciesInCredit, agencyOfOutlet } from './agencies.js';
export { sourceKey, summarise } from './summary.js';
export * from './schema.js';
