/**
 * Step: a noun of saying that its owner and a that-clause frame ("Kahl's announcement that …", "his
 * pledge on Friday that …", "die Behauptung der Firma, das Wasser sei sauber") reports what the owner
 * said, as a verb of saying would; with no owner it reports what somebody said ("das Gerücht, dass …").
 */
import type { Article, SentenceState } from './context.js';

export function speechNouns(art: Article, s: SentenceState): void {
  const hits = art.grammar.speechNouns?.(s.text, s.tokens, art.lex) ?? [];
  for (const h of hits) {
    const cue = `${s.tokens[h.at]!.text} … ${s.tokens[h.that]!.text}`;
    if (h.owner) s.add({ kind: 'reported', cue, cueId: 'speech-noun', ...art.describe(h.owner) });
    // "das Gerücht, dass …", "den Vorwurf, X nutze …": what somebody said, nobody said who; reportative
    // unless the sentence names a speaker ("Den Vorwurf, …, wies sie zurück", "…, so der Arzt"): see reportative.ts
    else s.unownedSaying ??= cue;
  }
}
