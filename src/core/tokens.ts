/** Words and punctuation of a sentence with their offsets, and the quotations of a block. */
import { CLOSERS, OPENING_MARKS } from './quotes.js';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter (a noun or a name in German, or a sentence start). */
  cap: boolean;
  /** A word (letters or digits), not punctuation. */
  word: boolean;
  /** Inside a quotation. */
  quoted: boolean;
}

// a possessive apostrophe after s belongs to its word: "Harris’ team", "the Talbury Farmers’ Union"
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// (combining marks belong to their letter: text in decomposed form, "erwa\u0308hnt", stays one word)
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}\-'’.]*[\p{L}\p{M}\p{N}])?(?:(?<=s)['’](?=\s+\p{L}))?|[^\s\p{L}\p{N}]/gu;

/** A person's age as news writes it after a name ("Anna Berger, 42,", "Dana Reyes (42)"): one to three digits. */
export const isAge = (t: Token | undefined): boolean => !!t && /^\d{1,3}$/.test(t.text);

/** The number of word tokens of a text (what `tokenize(text).filter((t) => t.word).length` gives), without building them. */
export function countWords(text: string): number {
  let n = 0;
  for (const m of text.matchAll(TOKEN)) if (LETTER_OR_DIGIT.test(m[0][0]!)) n++;
  return n;
}

/** The texts of tokens `from` to `to` (exclusive), joined by single spaces: a mention to classify. */
export function wordsOf(tokens: readonly Token[], from: number, to = tokens.length): string {
  let out = '';
  for (let i = from; i < to && i < tokens.length; i++) out += (i > from ? ' ' : '') + tokens[i]!.text;
  return out;
}

/** A combining mark: a letter of decomposed text ("a\u0308") is followed by one. */
const COMBINING = /\p{M}/u;

/** Splits text into tokens; `quoted` marks the offsets (relative to `text`) that lie in quotes. */
export function tokenize(text: string, quoted: (offset: number) => boolean = () => false): Token[] {
  const out: Token[] = [];
  // (text in decomposed form is rare: one test per text, not per word)
  const decomposed = COMBINING.test(text);
  for (const m of text.matchAll(TOKEN)) {
    let t = m[0];
    // a trailing period is punctuation unless the token is an abbreviation-like "U.S."
    if (t.length > 1 && t.endsWith('.') && !/\.\p{L}\.$/u.test(t)) t = t.slice(0, -1);
    const start = m.index!;
    // (looked up in its composed form: the lexicons are written so)
    const lower = decomposed ? t.toLowerCase().normalize('NFC') : t.toLowerCase();
    const c = t[0]!;
    const lc = lower[0]!;
    out.push({
      text: t,
      lower,
      start,
      end: start + t.length,
      // a letter with a case of its own, upper here; the TOKEN pattern made word tokens start with a letter or digit
      cap: c !== lc && c === c.toUpperCase(),
      word: t.length > 1 || LETTER_OR_DIGIT.test(c),
      quoted: quoted(start),
    });
    if (t.length < m[0].length) {
      const p = start + t.length;
      out.push({ text: '.', lower: '.', start: p, end: p + 1, cap: false, word: false, quoted: quoted(p) });
    }
  }
  return out;
}

export interface QuoteSpan {
  /** Offset of the opening mark and of the closing mark (block length when left open). */
  open: number;
  close: number;
}

/** Characters that may open a quotation. */
const OPENERS = new RegExp(`[${OPENING_MARKS}]`, 'g');

/** Whether a closing mark at `j` is an apostrophe: inside a word ("It’s"), or a possessive ("the Joneses' car", "Merz' Plan"). */
function isApostrophe(text: string, j: number): boolean {
  const c = text[j]!;
  if (c !== '’' && c !== "'") return false;
  if (/\p{L}/u.test(text[j + 1] ?? '')) return true;
  // (a possessive after s, x, z, ß before the next word: "the Joneses' car", "Merz' Plan")
  return c === "'" && /[sxzß]/.test(text[j - 1] ?? '') && /^\s\p{L}/u.test(text.slice(j + 1, j + 3));
}

/**
 * Finds the quotations of a block: „…“, »…«, «…», “…”, "…", ‘…’, '…' (a ’ inside a word is an
 * apostrophe; a straight ' opens a quotation only when one closes it in the block).
 */
export function findQuotes(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  OPENERS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OPENERS.exec(text))) {
    const i = m.index;
    const closers = CLOSERS[text[i]!]!;
    const prev = i > 0 ? text[i - 1]! : ' ';
    const next = text[i + 1] ?? ' ';
    // an opening mark stands after white space, a bracket or a dash and before a non-space
    if (!/[\s([{–—\-/:]/.test(prev) || /\s/.test(next)) continue;
    let j = i + 1;
    for (; j < text.length; j++) {
      const c = text[j]!;
      if (closers.includes(c) && !/\s/.test(text[j - 1]!) && !isApostrophe(text, j)) break;
    }
    // (a straight ' left open is an elision or a stray mark: "'90s", "rock 'n' roll")
    if (text[i] === "'" && j >= text.length) continue;
    spans.push({ open: i, close: j });
    OPENERS.lastIndex = j + 1;
  }
  return spans;
}
