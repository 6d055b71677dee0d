/**
 * Step: a quotation that runs over several sentences, or whose speaker stands in a neighbouring
 * sentence, is that speaker's; a quotation that opens a sentence right after a person was introduced
 * is that person's; a long quotation nobody claims is still a quote.
 */
import { NO_SOURCE } from './no-source.js';
import { ownNewsroom } from '../own-outlet.js';
import { CLOSING_MARKS, SENTENCE_OPENING_MARKS } from '../quotes.js';
import { lowerWords } from '../tokens.js';
import { calledAs, opensWithQuote, spanKey, type Article, type SentenceState } from './context.js';

/** A quote without any speaker in reach still counts when it is this long. */
const MIN_BARE_QUOTE_WORDS = 5;
/** A quote without a speaker of its own belongs to the last speaker this many sentences back. */
const QUOTE_SPEAKER_REACH = 2;

export function carriedQuotes(art: Article, s: SentenceState): void {
  if (!s.hasQuote || s.here.some((h) => h.kind === 'quote')) return;
  const { grammar: g } = art;
  const index = s.index;
  const sp = art.speakerOf(s.info.spans.map((q) => spanKey(s.info.s.block, q)));
  // (not across a heading: a new section names its speakers anew)
  const last =
    art.lastSpeaker &&
    index - art.lastSpeaker.at <= QUOTE_SPEAKER_REACH &&
    !art.headingBetween(art.lastSpeaker.at, index)
      ? art.lastSpeaker
      : null;
  // a quotation that opens the sentence, with no speaker in reach, is the person the text just introduced
  // (in the same section)
  const introduced =
    opensWithQuote(s.tokens) &&
    art.lastSubject &&
    index - art.lastSubject.at <= QUOTE_SPEAKER_REACH &&
    !art.headingBetween(art.lastSubject.at, index)
      ? art.lastSubject
      : null;
  // "Von Brandik heißt es dazu: „…“", "Laut der Polizei gilt: „…“": the source the sentence names for it
  // (not the outlet's own newsroom a document lies with: "„…“, heißt es in dem Schreiben, das unserer
  // Redaktion vorliegt" quotes the letter)
  const named = s.here.find((h) => h.kind === 'according_to' && h.source && !ownNewsroom(h.source, art.lex));
  // ("laut „Talberger Bote“": a quotation that is the source's own name is no quote)
  const block = art.blocks[s.info.s.block]!;
  if (named && s.info.spans.every((q) => named.source!.includes(block.slice(q.open, q.close + 1)))) return;
  const own = named
    ? { source: named.source!, resolved: named.resolved, type: named.type ?? 'other', named: named.named }
    : null;
  if (own) for (const q of s.info.spans) art.spanSpeaker.set(spanKey(s.info.s.block, q), own);
  // a person the paragraph introduces right before its quotation speaks it, not the speaker of a paragraph before
  const blockOf = (at: number) => art.sentences[at]!.s.block;
  const here = s.info.s.block;
  const fresher =
    !!introduced && !!last && introduced.at > last.at && blockOf(introduced.at) === here && blockOf(last.at) < here;
  // an answer in an interview: a paragraph that opens with a quotation right after a paragraph that is a
  // question, with nobody in reach, is the interviewee's, the speaker of the answers before
  const answer =
    !last &&
    !introduced &&
    !!art.lastSpeaker &&
    opensWithQuote(s.tokens) &&
    art.sentences[index - 1]?.s.block === here - 1 &&
    isQuestion(art.blocks[here - 1] ?? '')
      ? art.lastSpeaker
      : null;
  const from = sp ?? own ?? (fresher ? introduced : (last ?? introduced ?? answer));
  // (a few words repeated from a quotation before are an echo of it, no new speech: "Der Minister nannte
  // den Plan „völlig unausgegoren“. Die Opposition stört sich weniger an dem „unausgegoren“ …"; an echo is
  // too short for a quote of nobody's below)
  if (from && echoesEarlierQuote(art, s)) return;
  if (from) {
    // the mention of the sentence that introduces or closes the quotation, and whom it names
    s.add({
      kind: 'quote',
      cue: g.quoteCue,
      cueId: 'quote',
      source: from.source,
      resolved: from.resolved,
      type: from.type,
      named: from.named,
    });
    art.carried.add(s.last());
    // the previous speaker is a guess: a speaker named later in this quotation wins
    if (!sp && !own) art.borrowed.add(s.last());
  } else if (s.longestQuote >= MIN_BARE_QUOTE_WORDS && s.here.length === 0 && !inListOfQuotations(art, s)) {
    s.add({ kind: 'quote', cue: g.quoteCue, cueId: 'quote', ...NO_SOURCE });
  }
}

/** A quotation of at most this many words may be an echo of one before. */
const MAX_ECHO_WORDS = 4;

/** The words of a text, lower case, each between spaces (for a search of a run of words). */
const spaced = (words: readonly string[]) => ` ${words.join(' ')} `;

/** Per article, the words of each quotation of the sentences read so far (by span), and how far that is. */
const quotedSoFar = new WeakMap<Article, { upTo: number; words: Map<string, string> }>();

/** The words of each quotation in the sentences before `index`, each quotation once. */
function quotationsBefore(art: Article, index: number): Map<string, string> {
  let seen = quotedSoFar.get(art);
  if (!seen) quotedSoFar.set(art, (seen = { upTo: 0, words: new Map() }));
  for (; seen.upTo < index; seen.upTo++) {
    const info = art.sentences[seen.upTo]!;
    for (const q of info.spans) {
      const key = spanKey(info.s.block, q);
      if (!seen.words.has(key))
        seen.words.set(key, spaced(lowerWords(art.blocks[info.s.block]!.slice(q.open + 1, q.close))));
    }
  }
  return seen.words;
}

/**
 * Whether every quotation of the sentence is a few words that stand, in that order, in a quotation of an
 * earlier sentence (not one running on into this one): the text takes up words quoted before.
 */
function echoesEarlierQuote(art: Article, s: SentenceState): boolean {
  const here = s.info.s.block;
  // (the cheap test first: the words of each quotation, counted once per quotation)
  if (!s.info.spans.length || s.info.spans.some((q) => art.quoteWords(here, q) > MAX_ECHO_WORDS)) return false;
  const block = art.blocks[here]!;
  const own = s.info.spans.map((q) => lowerWords(block.slice(q.open + 1, q.close)));
  if (own.some((w) => !w.length)) return false;
  // (words something is called by are said anew: "wurde als „unverantwortlich“ bezeichnet", "described as “…”")
  if (s.info.spans.some((q) => calledAs(art.grammar, block, q))) return false;
  const ownKeys = new Set(s.info.spans.map((q) => spanKey(here, q)));
  const earlier = [...quotationsBefore(art, s.index)].filter(([key]) => !ownKeys.has(key)).map(([, words]) => words);
  return own.every((w) => earlier.some((e) => e.includes(spaced(w))));
}

/** A paragraph that is a question of the interviewer: it ends in a question mark and opens with no quotation. */
function isQuestion(block: string): boolean {
  return /\?\s*$/.test(block) && !new RegExp(`^\\s*[${SENTENCE_OPENING_MARKS}]`, 'u').test(block);
}

/** A paragraph that is one quotation and nothing else (a closing period may follow the mark). */
const LONE_QUOTATION = new RegExp(
  `^\\s*[${SENTENCE_OPENING_MARKS}][^${SENTENCE_OPENING_MARKS}]*[${CLOSING_MARKS}][.!?]?\\s*$`,
  'u',
);

/**
 * Whether the sentence's paragraph is one of a run of paragraphs that are each a lone quotation: a list
 * of sayings, slogans or chants that nobody in reach says, not speech the text reports.
 */
function inListOfQuotations(art: Article, s: SentenceState): boolean {
  const k = s.info.s.block;
  const lone = (b: number) => LONE_QUOTATION.test(art.blocks[b] ?? '');
  return lone(k) && (lone(k - 1) || lone(k + 1));
}
