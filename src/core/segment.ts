/**
 * Sentence segmentation for news text: splits a block (paragraph) at sentence ends, but not after
 * abbreviations ("Dr.", "z. B."), initials, ordinals ("am 3. März") or inside numbers ("2.000").
 */
import type { Lexicon } from './lexicon/index.js';
import { CLOSING_MARKS, QUOTATION_OPENING_MARKS, SENTENCE_OPENING_MARKS } from './quotes.js';

export interface Sentence {
  text: string;
  /** Index of the block (paragraph) the sentence comes from. */
  block: number;
  /** Offsets of the sentence inside its block's text. */
  start: number;
  end: number;
}

/** Ordinals have at most this many digits; a longer number before a period (a year) ends a sentence. */
const MAX_ORDINAL_DIGITS = 3;
/** A sentence end: terminal punctuation, closing quotes or brackets, then white space. */
const BOUNDARY = new RegExp(`([.!?…]+)([${CLOSING_MARKS}')\\]]*)(\\s+)`, 'g');
/** What may start the next sentence: upper-case letter, digit, an opening quote or bracket. */
const NEXT_START = new RegExp(`^[\\p{Lu}\\p{N}${SENTENCE_OPENING_MARKS}'(\\[]`, 'u');

function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1]!)) i--;
  return text.slice(i, end);
}

/** Whether text starts with a capitalised function word that is no name particle ("Von" in "A. Von Hayek"). */
function opensSentence(after: string, lex: Lexicon): boolean {
  const next = /^\p{Lu}\p{Ll}*(?![\p{L}\p{N}])/u.exec(after)?.[0].toLowerCase();
  return !!next && lex.functionWords.has(next) && !lex.nameParticles.has(next);
}

function isBoundary(text: string, m: RegExpExecArray, lex: Lexicon): boolean {
  const after = text.slice(m.index + m[0].length);
  if (!after || !NEXT_START.test(after)) return false;
  if (m[1] !== '.' || m[2]) return true; // "!", "?", "…", or a period closing a quote
  const word = wordBefore(text, m.index);
  if (!word) return true;
  // an initial ("John F. Kennedy", "U. S.") unless a capitalised function word follows: "… flew to the U.S. She returned …"
  if (/^\p{Lu}$/u.test(word)) return opensSentence(after, lex);
  // an abbreviation ("z. B.", "Nr."), unless a capitalised function word follows, which opens a sentence:
  // "Das ist so. Die Stadt …" ("so" is Sunday's too), "Talbex Inc. The firm …"
  if (lex.abbreviations.has(word.toLowerCase())) return opensSentence(after, lex);
  if (lex.ordinalPeriod && /^\d+$/.test(word) && word.length <= MAX_ORDINAL_DIGITS) {
    // an ordinal ("am 3. März", "der 2. Weltkrieg") unless it closes a sentence of its own
    return QUOTATION_OPENING_MARKS.includes(after[0]!) || after[0] === '(';
  }
  return true;
}

/** Splits blocks of text into sentences, keeping each sentence's block and offsets. */
export function segment(blocks: readonly string[], lex: Lexicon): Sentence[] {
  const out: Sentence[] = [];
  blocks.forEach((block, b) => {
    let start = 0;
    BOUNDARY.lastIndex = 0;
    let m: RegExpExecArray | null;
    const push = (end: number) => {
      const raw = block.slice(start, end);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      if (text) out.push({ text, block: b, start: start + lead, end: start + lead + text.length });
    };
    while ((m = BOUNDARY.exec(block))) {
      if (!isBoundary(block, m, lex)) continue;
      const end = m.index + m[1]!.length + m[2]!.length;
      push(end);
      start = end + m[3]!.length;
    }
    push(block.length);
  });
  return out;
}
