/**
 * Step: a quotation that stands alone as a headline, and the teaser after it that names a person and
 * what they speak about, with no verb ("„Wir brauchen mehr Mut“ ¶ Bürgermeisterin Anna Berger über leere
 * Kassen", "‘We need courage’ ¶ Mayor Dana Reyes on the city's debts"): the quotation is that person's.
 */
import { opensWithQuote, type Article, type SentenceState } from './context.js';

export function teasers(art: Article, s: SentenceState): void {
  const { lex, grammar: g } = art;
  const { text, tokens, index } = s;
  const prev = art.sentences[index - 1];
  if (!lex.teaserTopics.size || !prev || s.here.length || s.hasQuote) return;
  // (the sentence before is a quotation and nothing else, with no speaker of its own: no row, or a quote
  // nobody claims or one that took the speaker before for want of its own)
  if (!opensWithQuote(prev.tokens) || !prev.tokens.every((t) => t.quoted || !t.word)) return;
  const before = art.found.filter((f) => f.sentenceIndex === index - 1);
  const guess = before.find((f) => f.kind === 'quote' && (art.borrowed.has(f) || (!f.source && !f.resolved)));
  if (before.length && !guess) return;
  // (a person's mention opens this one, right before the word of the topic)
  const p = g.phraseAt(text, tokens, 0, lex);
  if (!p || p.pronoun || !lex.teaserTopics.has(tokens[p.to]?.lower ?? '')) return;
  const c = art.classify(p.text);
  if (c.guessed || !(c.name || c.role)) return;
  const d = art.describe(p);
  const said = { source: d.source, resolved: d.resolved, type: d.type, named: d.named };
  if (guess) {
    Object.assign(guess, said);
    art.borrowed.delete(guess);
  } else art.found.push({ sentenceIndex: index - 1, kind: 'quote', cue: g.quoteCue, cueId: 'quote', ...said });
  const decision = guess ? 'changed' : 'added';
  art.note({ sentence: index - 1, step: s.step, decision, cueId: 'quote', cue: g.quoteCue, source: said.source });
}
