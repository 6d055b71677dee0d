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
  const target = art.quoteBefore(index);
  if (!target) return;
  // (a person's mention opens this one, right before the word of the topic)
  const p = g.phraseAt(text, tokens, 0, lex);
  if (!p || p.pronoun || !lex.teaserTopics.has(tokens[p.to]?.lower ?? '')) return;
  const c = art.classify(p.text);
  if (c.guessed || !(c.name || c.role)) return;
  art.giveQuoteBefore(s, target, art.describe(p), 'speaker named in the teaser after it');
}
