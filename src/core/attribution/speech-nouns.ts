/**
 * Step: a noun of saying that its owner and a that-clause frame ("Kahl's announcement that …", "his
 * pledge on Friday that …") reports what the owner said, as a verb of saying would.
 */
import type { Article, SentenceState } from './context.js';

export function speechNouns(art: Article, s: SentenceState): void {
  const hits = art.grammar.speechNouns?.(s.text, s.tokens, art.lex) ?? [];
  for (const h of hits) {
    const d = art.describe(h.owner);
    s.add({ kind: 'reported', cue: `${s.tokens[h.at]!.text} … ${s.tokens[h.that]!.text}`, cueId: 'speech-noun', ...d });
  }
}
