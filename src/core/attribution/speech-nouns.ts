/**
 * Step: a noun of saying that its owner and a that-clause frame ("Kahl's announcement that …", "his
 * pledge on Friday that …", "die Behauptung der Firma, das Wasser sei sauber") reports what the owner
 * said, as a verb of saying would; with no owner it reports what somebody said ("das Gerücht, dass …").
 */
import type { Phrase } from '../phrase.js';
import type { Article, SentenceState } from './context.js';

/** A list of owners has at most this many. */
const MAX_OWNERS = 6;

/**
 * The owners a list names after the first ("Glückwünsche von Kanzler und Ministerin", "Gratulation von A, B
 * und C"): phrases set off by commas, the last joined by the conjunction; none where the list has no
 * conjunction to close it (a comma that opens a relative clause: "Kritik von Anwohnern, die …").
 */
function moreOwners(art: Article, s: SentenceState, first: Phrase): Phrase[] {
  const { grammar: g, lex } = art;
  const { text, tokens } = s;
  const out: Phrase[] = [];
  let last = first;
  while (out.length < MAX_OWNERS) {
    const joined = g.conjunct?.(text, tokens, last, lex);
    if (joined) return joined.join ? out : [...out, joined.phrase];
    if (tokens[last.to]?.text !== ',') return [];
    const next = g.phraseAt(text, tokens, last.to + 1, lex);
    if (!next || next.pronoun) return [];
    out.push(next);
    last = next;
  }
  return [];
}

export function speechNouns(art: Article, s: SentenceState): void {
  const hits = art.grammar.speechNouns?.(s.text, s.tokens, art.lex) ?? [];
  for (const h of hits) {
    const cue = `${s.tokens[h.at]!.text} … ${s.tokens[h.that]!.text}`;
    // (a lone name nothing types counts only as a person the text names: "Gratulation von Kahl" after or before
    // "Bürgermeister Tom Kahl"; so does each of a list of them)
    const known = (p: Phrase) => !h.ownerIfKnown || art.memory.knows(p.text) || art.namesSurname(p.text);
    if (h.owner && !known(h.owner)) continue;
    // (such a name is a person, also where it reads as a word of no type: "Lenik-Roth")
    const describe = (p: Phrase) => {
      const d = art.describe(p);
      return h.ownerIfKnown && d.type === 'other' ? { ...d, type: 'person' as const, named: true } : d;
    };
    if (h.owner) {
      s.add({ kind: 'reported', cue, cueId: 'speech-noun', ...describe(h.owner) });
      if (!h.owner.pronoun)
        for (const o of moreOwners(art, s, h.owner))
          if (known(o)) s.add({ kind: 'reported', cue, cueId: 'speech-noun', ...describe(o) });
    }
    // "das Gerücht, dass …", "den Vorwurf, X nutze …": what somebody said, nobody said who; reportative
    // unless the sentence names a speaker ("Den Vorwurf, …, wies sie zurück", "…, so der Arzt"): see reportative.ts
    else s.unownedSaying ??= cue;
  }
}
