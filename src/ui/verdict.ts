/**
 * A short plain-language reading of the summary figures: how much of the text names a source, and
 * whether the sources are named. Words, not scores: no figure pretends to judge truth.
 */
import type { Summary } from '../core/schema.js';

/** Message keys (see _locales) of the verdict's sentences. */
export function verdict(s: Summary): string[] {
  if (!s.sentences) return [];
  if (!s.attributedSentences) return ['verdict_none'];
  const share = s.attributedShare;
  const out = [share < 0.2 ? 'verdict_few' : share < 0.5 ? 'verdict_some' : 'verdict_many'];
  const sources = s.namedSources + s.anonymousSources;
  if (sources) {
    const named = s.namedSources / sources;
    out.push(named >= 2 / 3 ? 'verdict_named' : named <= 1 / 3 ? 'verdict_anon' : 'verdict_mixed');
  }
  return out;
}
