/** Summary figures of a report: how much of the text is attributed, named vs anonymous, the mix. */
import type { Attribution, Summary } from './schema.js';

/** Computes the summary of a list of attributions over `sentences` analysed sentences. */
export function summarise(attributions: readonly Attribution[], sentences: number): Summary {
  const attributed = new Set(attributions.map((a) => a.sentenceIndex)).size;
  const byKind: Record<string, number> = {};
  const byType: Record<string, number> = {};
  const named = new Set<string>();
  const anonymous = new Set<string>();
  for (const a of attributions) {
    byKind[a.kind] = (byKind[a.kind] ?? 0) + 1;
    if (a.type) byType[a.type] = (byType[a.type] ?? 0) + 1;
    const key = sourceKey(a);
    if (key) (a.named ? named : anonymous).add(key);
  }
  return {
    sentences,
    attributedSentences: attributed,
    attributedShare: sentences ? attributed / sentences : 0,
    namedSources: named.size,
    anonymousSources: anonymous.size,
    byKind,
    byType,
  };
}

/** The key that groups attributions of one source: its display name, else its resolved name or mention. */
export function sourceKey(a: Pick<Attribution, 'source' | 'resolved' | 'display'>): string | null {
  const k = a.display ?? a.resolved ?? a.source;
  return k ? k.toLowerCase().replace(/^(?:der|die|das|des|dem|den)\s+/, '') : null;
}
