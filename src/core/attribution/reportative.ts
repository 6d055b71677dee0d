/**
 * Step: reportative markers in a sentence without a source ("soll", "angeblich", "reportedly",
 * "Berichten zufolge", a noun of saying nobody owns: "das Gerücht, dass"). One marker is enough:
 * "Medienberichten zufolge soll es …" is second-hand once.
 */
import { anyIn, wordMatches } from '../lexicon/index.js';
import { NO_SOURCE } from './no-source.js';
import { tokenStartingAt } from '../tokens.js';
import type { Article, SentenceState } from './context.js';

export function reportative(art: Article, s: SentenceState): void {
  const sourced = s.here.some((h) => h.source !== null || h.resolved !== null);
  if (sourced || s.here.some((h) => h.kind === 'reportative')) return;
  // "Es gibt Gerüchte, dass …": a noun of saying nobody owns (speech-nouns.ts)
  if (s.unownedSaying) {
    s.add({ kind: 'reportative', cue: s.unownedSaying, cueId: 'speech-noun', ...NO_SOURCE });
    return;
  }
  const { grammar: g, lex } = art;
  const { text, tokens } = s;
  const lower = s.lower;
  if (!anyIn(lex.anyReportative, text, lower)) return;
  for (const r of lex.reportative) {
    for (const m of wordMatches(text, lower, r.quick, r.pattern)) {
      const at = tokenStartingAt(tokens, m.index);
      if (at < 0 || tokens[at]!.quoted) continue;
      if (!g.isReportative(r.id, text, tokens, at)) {
        s.reject('reportative:' + r.id, m[0], null, 'the grammar reads no report here');
        continue;
      }
      s.add({ kind: 'reportative', cue: m[0], cueId: 'reportative:' + r.id, ...NO_SOURCE });
      return;
    }
  }
}
