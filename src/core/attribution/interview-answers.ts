/**
 * Step: the answers of an interview written as a transcript. A paragraph that opens with the name
 * of a person the article has named, then a colon, and no quotation mark after it ("Roth: Das
 * sehe ich anders. …") is that person's direct speech, every sentence of it.
 */
import { isQuoteMark } from '../quotes.js';
import type { Article, SentenceState } from './context.js';

/** A speaker's name before the colon has at most this many words ("Eva Maria Roth"). */
const MAX_NAME_WORDS = 3;

export function interviewAnswers(art: Article, s: SentenceState): void {
  const { grammar: g, memory } = art;
  const { tokens, info } = s;
  const answer = art.answer?.block === info.s.block ? art.answer : null;
  if (s.speaker || s.here.some((h) => h.kind === 'quote')) return;
  if (info.s.start === 0) {
    // the paragraph's opening: "Name:" and speech that is not in quotation marks
    const colon = tokens.findIndex((t) => t.text === ':');
    const after = tokens[colon + 1];
    const name = tokens.slice(0, colon);
    art.answer = null;
    if (colon < 1 || colon > MAX_NAME_WORDS || !after || after.quoted || isQuoteMark(after.text)) return;
    if (!name.every((t) => t.word && t.cap && !t.quoted)) return;
    const mention = name.map((t) => t.text).join(' ');
    const c = art.classify(mention);
    if (!c.name || c.type !== 'person' || !memory.knows(c.name)) return;
    const speaker = art.describe({ from: 0, to: colon, text: mention, pronoun: false });
    art.answer = { block: info.s.block, speaker };
    s.speaker = speaker;
    s.add({ kind: 'quote', cue: ':', cueId: 'quote:colon', ...speaker });
    return;
  }
  // the paragraph's further sentences: the same answer
  if (answer && !s.hasQuote) {
    s.add({ kind: 'quote', cue: g.quoteCue, cueId: 'quote', ...answer.speaker });
    art.carried.add(s.last());
  }
}
