/**
 * Quotation marks, from one table (`lexicon/quotes.json`): which characters open a quotation, which
 * close it, and which stand for a quotation mark when they are a token of their own. Every module
 * that looks for quotation marks asks here.
 */
import quotes from './lexicon/quotes.json';
import type { Token } from './tokens.js';

/** Each opening character → the characters that may close it. */
export const CLOSERS: Readonly<Record<string, string>> = quotes.closers;

/** Every character that may open a quotation. */
export const OPENING_MARKS = Object.keys(CLOSERS).join('');

/** Every quotation mark: openers, closers and the low single mark ‚. */
export const QUOTE_MARKS: string = quotes.marks;

/** Marks that may close a quotation at a sentence's end ("…,“ sagte sie. Dann"). */
export const CLOSING_MARKS = '"“”»«’\'';

/** Marks that may open the next sentence after a sentence's end. */
export const SENTENCE_OPENING_MARKS = '„"“»«‚‘';

/** Marks that open a quotation standing as a sentence of its own after an ordinal-looking number ("am 3. „Nein“"). */
export const QUOTATION_OPENING_MARKS = '„"“»';

/** Whether a token (its text) is one quotation mark. */
export function isQuoteMark(text: string | undefined): boolean {
  return !!text && text.length === 1 && QUOTE_MARKS.includes(text);
}

/** How far a verb that tags a quotation may stand from it: "“…,” she laughs", "“…,” fumed Tom Kahl". */
const TAG_REACH = 3;

/**
 * Whether the word at `i` stands beside a quotation it may tag: a quotation or its mark at most three
 * tokens before it ("“…,” she laughs", "„…“, empört sich Kahl"), or a colon or a quotation right after it
 * ("Kahl sighed: “…”").
 */
export function besideQuotation(tokens: readonly Token[], i: number): boolean {
  const quote = (t: Token | undefined) => !!t && (t.quoted || isQuoteMark(t.text));
  for (let k = i - 1; k >= 0 && k >= i - TAG_REACH; k--) if (quote(tokens[k])) return true;
  return tokens[i + 1]?.text === ':' || quote(tokens[i + 1]);
}
