/**
 * Attribution detection over the sentences of one article: a pipeline of named steps, each a
 * function of the article and the sentence at hand (context.ts). The pipeline holds no word of any
 * language; what differs between languages comes from the grammar (`src/core/lang/<code>/`) and
 * from flags on lexicon entries.
 *
 * Per sentence, in order:
 *  0. acronyms        short forms introduced for bodies ("… Nachrichtendienst (NDB)") take their type
 *  1. introductions   people named with a role, offices taken by the person before
 *  2. speech-verbs    "sagte der Minister", passives with or without agent
 *  3. points-back     "Das sagte X." gives X to the quotation before
 *     teasers         "X über Y" after a quotation alone gives it X
 *  4. colon-quotes    "X: „…“", "„…“, so X"
 *  5. quote-speakers  the sentence's quotations are its speaker's
 *     interview-answers  "Name: …" in a transcript, every sentence of the answer
 *  6. according-to    "laut X", "X zufolge", "according to X"
 *  7. carried-quotes  a quotation whose speaker stands in a neighbouring sentence
 *  8. reportative     "soll", "angeblich", "reportedly"
 *  9. konjunktiv      the subjunctive of reported speech continued
 * 10. subjects        what later sentences need of this one
 * Then over the article: later speakers, a headline's quotation the lead's speaker said, late roles, the main
 * person called by an office.
 */
import type { Lexicon } from '../lexicon/index.js';
import type { Sentence } from '../segment.js';
import type { Grammar } from '../lang/types.js';
import type { Classified } from '../entities.js';
import { Article, SentenceState, readSentences, type Found, type TraceEntry } from './context.js';
import { quoteSpansBySentence } from './quote-spans.js';
import { introductions } from './introductions.js';
import { acronyms } from './acronyms.js';
import { pointsBack, speechVerbs } from './speech-verbs.js';
import { teasers } from './teasers.js';
import { colonQuotes, quoteSpeakers, sourceHeadlines } from './colon-quotes.js';
import { accordingTo } from './according-to.js';
import { interviewAnswers } from './interview-answers.js';
import { carriedQuotes } from './carried-quotes.js';
import { speechNouns } from './speech-nouns.js';
import { reportative } from './reportative.js';
import { konjunktiv } from './konjunktiv.js';
import { subjects } from './subjects.js';
import { headlineQuote, lateRoles, laterSpeakers, mainPersonByOffice } from './finish.js';

export { MAX_ANALYSED_CHARS, tooLong, type Found, type TraceEntry } from './context.js';

/** A step of the pipeline over one sentence. */
export type Step = (article: Article, sentence: SentenceState) => void;

/** The steps over each sentence, in order, by name (the name is what the trace shows). */
export const SENTENCE_STEPS: ReadonlyArray<readonly [string, Step]> = [
  ['acronyms', acronyms],
  ['introductions', introductions],
  ['speech-verbs', speechVerbs],
  ['speech-nouns', speechNouns],
  ['points-back', pointsBack],
  ['teasers', teasers],
  ['colon-quotes', colonQuotes],
  ['quote-speakers', quoteSpeakers],
  ['interview-answers', interviewAnswers],
  ['according-to', accordingTo],
  ['source-headlines', sourceHeadlines],
  ['carried-quotes', carriedQuotes],
  ['reportative', reportative],
  ['konjunktiv', konjunktiv],
  ['subjects', subjects],
];

/** The steps over the whole article once every sentence is read, in order. */
export const ARTICLE_STEPS: ReadonlyArray<(article: Article) => void> = [
  laterSpeakers,
  headlineQuote,
  lateRoles,
  mainPersonByOffice,
];

/**
 * Analyses the sentences of one article; `blocks` are the texts the sentences' offsets point into.
 * With `trace`, every step's decisions are appended to it (which step and cue added or rejected what).
 */
export function findAttributions(
  blocks: readonly string[],
  sentences: readonly Sentence[],
  lex: Lexicon,
  grammar: Grammar,
  trace: TraceEntry[] | null = null,
  classified?: Map<string, Classified>,
): Found[] {
  const infos = readSentences(sentences, quoteSpansBySentence(blocks, sentences));
  const article = new Article(blocks, infos, lex, grammar, trace, classified);
  for (const info of infos) {
    if (!info.tokens.length) continue;
    const sentence = new SentenceState(article, info);
    for (const [name, step] of SENTENCE_STEPS) {
      sentence.step = name;
      step(article, sentence);
    }
  }
  for (const step of ARTICLE_STEPS) step(article);
  return article.found;
}
