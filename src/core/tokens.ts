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

/**
 * What makes a token, as a scan over the text rather than a regular expression (a third of the time:
 * no match object for each word): a word is a letter or digit, then letters, marks, digits and the
 * joiners - ' ’ . (and a comma between digits: "3,000", "3,5") so long as it ends in a letter, mark or
 * digit ("U.S.", "Müller-Lüdenscheidt", "it’s"); a possessive apostrophe after s belongs to its word
 * ("Reyes’ team", "the Talbury Farmers’ Union"); any other character but white space is a token of
 * its own. Combining marks belong to their letter: text in decomposed form, "erwa\u0308hnt", stays
 * one word.
 */
const LETTER = 1;
const MARK = 2;
const DIGIT = 4;
const SPACE = 8;
/** A class looked up once (so that a class of 0 means "not yet"). */
const SEEN = 16;
/**
 * A character that is not seen: the soft hyphen pages put into long words for line breaks
 * ("Stoffwechsel" written "Stoff\u00adwechsel"), the zero-width joiners and the byte order mark. Inside a
 * word it belongs to the word and is left out of its text; before a word it counts as white space.
 */
const INVISIBLE = 32;
const INVISIBLES = /\u00ad|\u200c|\u200d|\u2060|\ufeff/g;
/** Each UTF-16 code unit's classes, filled in on first sight (the table made on the first text read). */
let CLASSES: Uint8Array | null = null;
/** Classes of characters outside the Basic Multilingual Plane (rare in news: emoji, mathematical letters). */
const ASTRAL = new Map<string, number>();

function classesOf(ch: string): number {
  return (
    SEEN |
    (/\p{L}/u.test(ch) ? LETTER : 0) |
    (/\p{M}/u.test(ch) ? MARK : 0) |
    (/\p{N}/u.test(ch) ? DIGIT : 0) |
    (/^\s$/u.test(ch) ? SPACE : 0) |
    (ch.length === 1 && ch.replace(INVISIBLES, '') === '' ? INVISIBLE : 0)
  );
}

/** The classes of the UTF-16 code unit `code`. */
function unitClasses(code: number): number {
  const table = (CLASSES ??= new Uint8Array(0x10000));
  let k = table[code]!;
  if (k === 0) table[code] = k = classesOf(String.fromCharCode(code));
  return k;
}

/** Length in code units of the character at `i` (2 for a surrogate pair); its classes in `charClasses`. */
let charClasses = 0;
function charAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const ch = text.slice(i, i + 2);
      let k = ASTRAL.get(ch);
      if (k === undefined) ASTRAL.set(ch, (k = classesOf(ch)));
      charClasses = k;
      return 2;
    }
  }
  charClasses = unitClasses(c);
  return 1;
}

const APOSTROPHE = 0x27;
const PLUS = 0x2b;
const RIGHT_QUOTE = 0x2019;
const LEFT_QUOTE = 0x2018;
/** Whether the token just found holds a ‘ for an apostrophe (its lower-case form has ’ there). */
let misusedQuote = false;
/** Joiners inside a word: - ' ’ . */
const isJoiner = (c: number) => c === 0x2d || c === APOSTROPHE || c === RIGHT_QUOTE || c === 0x2e;
/** Marks of gender-inclusive spelling between two lower-case letters: : * _ · ("Nutzer:innen", "Expert*in"). */
const isGenderMark = (c: number) => c === 0x3a || c === 0x2a || c === 0x5f || c === 0xb7;
const GENDER_MARKS = /[:*_·]/g;
/** Whether the character at `i` is a lower-case letter. */
function isLowerAt(text: string, i: number): boolean {
  const ch = text[i];
  return !!ch && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
/** Whether the token just found holds a gender mark (its lower-case form is written without it). */
let genderMark = false;
/** Whether the token just found holds an invisible character (its text is written without it). */
let invisible = false;

/** Where the next token starts at or after `from` (text length when none); its end in `tokenEnd`. */
let tokenEnd = 0;
function nextToken(text: string, from: number): number {
  const n = text.length;
  let i = from;
  let len = 0;
  misusedQuote = false;
  genderMark = false;
  invisible = false;
  for (; i < n; i += len) {
    len = charAt(text, i);
    if (!(charClasses & (SPACE | INVISIBLE))) break;
  }
  if (i >= n) return n;
  if (!(charClasses & (LETTER | DIGIT))) {
    tokenEnd = i + len;
    return i;
  }
  let end = runEnd(text, i + len);
  // a name of two parts joined by an ampersand, each opening with a capital: "Haus & Grund", "Talbex & Co.",
  // "AT&T" (one word: a phrase does not end at the ampersand)
  for (let k = ampersandJoin(text, i, end); k > 0; k = ampersandJoin(text, i, end)) end = runEnd(text, k + 1);
  // a plus or two that end a name: "LGBTQ+", "Disney+", "C++" (not "1+1")
  let plus = end;
  while (plus < n && plus - end < 2 && text.charCodeAt(plus) === PLUS) plus++;
  if (plus > end && !(plus < n && isLetterOrDigit(text, plus))) end = plus;
  // a possessive apostrophe after s, before white space and a letter
  const q = text.charCodeAt(end);
  if (text.charCodeAt(end - 1) === 0x73 && (q === APOSTROPHE || q === RIGHT_QUOTE)) {
    let k = end + 1;
    while (k < n && unitClasses(text.charCodeAt(k)) & SPACE) k += 1;
    if (k > end + 1 && k < n) {
      charAt(text, k);
      if (charClasses & LETTER) end += 1;
    }
  }
  tokenEnd = end;
  return i;
}

const AMPERSAND = 0x26;
/** Whether the code unit at `i` is an upper-case letter. */
function isUpperAt(text: string, i: number): boolean {
  const ch = text[i];
  return !!ch && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/**
 * Where the second part of a name joined by an ampersand starts, for a word from `start` to `end`: after
 * "&" or " & ", a capital, when the word opens with one too; else 0.
 */
function ampersandJoin(text: string, start: number, end: number): number {
  const spaced = text.charCodeAt(end) === 0x20 ? 1 : 0;
  if (text.charCodeAt(end + spaced) !== AMPERSAND || (spaced && text.charCodeAt(end + 2) !== 0x20)) return 0;
  const next = end + 1 + 2 * spaced;
  return isUpperAt(text, start) && isUpperAt(text, next) ? next : 0;
}

/**
 * The end of the longest run of letters, marks, digits and joiners that ends in a letter, mark or digit,
 * the run's first character ending at `from` (and a ‘ typed for an apostrophe between two letters: "Kahl‘s",
 * "don‘t"); sets the flags of what the run holds.
 */
function runEnd(text: string, from: number): number {
  const n = text.length;
  let end = from;
  for (let j = end, len: number; j < n; j += len) {
    len = charAt(text, j);
    if (charClasses & (LETTER | MARK | DIGIT)) end = j + len;
    else if (charClasses & INVISIBLE) invisible = true;
    else if (len === 1 && text.charCodeAt(j) === LEFT_QUOTE && isLetterOrDigit(text, j + 1) && j === end)
      misusedQuote = true;
    // (one word in gender-inclusive spelling: "Nutzer:innen", "Expert*innen")
    else if (
      len === 1 &&
      j === end &&
      isGenderMark(text.charCodeAt(j)) &&
      isLowerAt(text, j - 1) &&
      isLowerAt(text, j + 1)
    )
      genderMark = true;
    // (a comma between digits is inside a number: "3,000", "3,5 Prozent"; a colon, inside a score or a time:
    // "die 0:3-Niederlage", "um 14:30 Uhr", no clause's colon)
    else if (
      len === 1 &&
      j === end &&
      (text.charCodeAt(j) === 0x2c || text.charCodeAt(j) === 0x3a) &&
      isDigitAt(text, j - 1) &&
      isDigitAt(text, j + 1)
    )
      continue;
    else if (len === 2 || !isJoiner(text.charCodeAt(j))) break;
  }
  return end;
}

/** A name of two joined by an ampersand, as `tokenize` reads it: a firm's, "Talbex & Partner", "Kahl & Roth". */
export const JOINED_NAME = /\p{Lu}[\p{L}.]*\s?&\s?\p{Lu}/u;

/** The last part of a word (lowered or not): itself, or what follows the ampersand of a joined name ("talbex & co" → "co"). */
export function lastPart(word: string): string {
  const at = word.lastIndexOf('&');
  return at < 0 ? word : word.slice(at + 1).trimStart();
}

/** Whether the code unit at `i` is a digit. */
const isDigitAt = (text: string, i: number) =>
  i >= 0 && i < text.length && (unitClasses(text.charCodeAt(i)) & DIGIT) !== 0;

/** Whether the character at `i` is a letter or digit (what a word token starts with; an emoji is none). */
function isLetterOrDigit(text: string, i: number): boolean {
  charAt(text, i);
  return (charClasses & (LETTER | DIGIT)) !== 0;
}

/** Capitals with small letters between, ending in a capital: "BfV", "GdP", "GSoA" (not a name: "McCarthy"). */
const MIXED_ACRONYM = /^(?=\p{Lu}\p{L}{1,4}\p{Lu}$).*\p{Ll}/u;

/** A short form of a body's name: three capitals or more ("NDB", "GMB"), or capitals and small letters ending in a capital. */
export const isAcronym = (word: string): boolean => /^\p{Lu}{3,}$/u.test(word) || MIXED_ACRONYM.test(word);

/** A person's age as news writes it after a name ("Anna Berger, 42,", "Dana Reyes (42)"): one to three digits. */
export const isAge = (t: Token | undefined): boolean => !!t && /^\d{1,3}$/.test(t.text);

/** The number of word tokens of a text (what `tokenize(text).filter((t) => t.word).length` gives), without building them. */
export function countWords(text: string): number {
  let n = 0;
  for (let i = nextToken(text, 0); i < text.length; i = nextToken(text, tokenEnd)) if (isLetterOrDigit(text, i)) n++;
  return n;
}

/** The words of a text in lower case, letters and digits only: "Talbex-Chef, 2024" → talbex, chef, 2024. */
export function lowerWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
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
/** The index of the first token that starts at `offset` or after it (`tokens.length` if none): a binary search. */
export function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the token that starts exactly at `offset`, or -1. */
export function tokenStartingAt(tokens: readonly Token[], offset: number): number {
  const k = firstTokenFrom(tokens, offset);
  return tokens[k]?.start === offset ? k : -1;
}

/** A lone hyphen between spaces (or at an end of the text): a dash typed on a keyboard. */
function isSpacedHyphen(text: string, start: number, end: number): boolean {
  return (
    end === start + 1 &&
    text[start] === '-' &&
    (start === 0 || /\s/.test(text[start - 1]!)) &&
    (end === text.length || /\s/.test(text[end]!))
  );
}

export function tokenize(text: string, quoted: (offset: number) => boolean = () => false): Token[] {
  const out: Token[] = [];
  // (text in decomposed form is rare: one test per text, not per word)
  const decomposed = COMBINING.test(text);
  for (let start = nextToken(text, 0); start < text.length; start = nextToken(text, tokenEnd)) {
    // (a word never ends in a joiner: the period after "U.S." is a token of its own)
    // (a hyphen with a space on each side is a dash: "Hafen gesperrt - Stadt dementiert")
    let t = isSpacedHyphen(text, start, tokenEnd) ? '–' : text.slice(start, tokenEnd);
    if (invisible) t = t.replace(INVISIBLES, '');
    // (looked up in its composed form: the lexicons are written so)
    let lower = decomposed ? t.toLowerCase().normalize('NFC') : t.toLowerCase();
    if (misusedQuote) lower = lower.replace(/‘/g, '’');
    // (looked up as the same word without its mark: "nutzerinnen")
    if (genderMark) lower = lower.replace(GENDER_MARKS, '');
    const c = t[0]!;
    const lc = lower[0]!;
    out.push({
      text: t,
      lower,
      start,
      end: tokenEnd,
      // a letter with a case of its own, upper here
      cap: c !== lc && c === c.toUpperCase(),
      word: isLetterOrDigit(text, start),
      quoted: quoted(start),
    });
  }
  return out;
}

export interface QuoteSpan {
  /** Offset of the opening mark and of the closing mark (block length when left open). */
  open: number;
  close: number;
  /**
   * The key of the quotation this one continues: a paragraph of a quotation over several paragraphs, the one
   * before left open, this one opened again (see `quoteSpansBySentence`).
   */
  continues?: string;
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

/** Closing marks of a quotation inside a quotation: "‘Do no harm,’ ”", „‚nein‘ “". */
const INNER_CLOSERS = new Set(['’', '‘', "'", '›', '‹']);

/**
 * Whether the mark at `j` follows a space that follows the closing mark of an inner quotation: the
 * outer one closes there too, the space only sets the two marks apart ("‘Do no harm,’ ” she said").
 */
function afterInnerClose(text: string, j: number): boolean {
  return j >= 2 && /\s/.test(text[j - 1]!) && INNER_CLOSERS.has(text[j - 2]!);
}

/** Marks around one lower-case letter with a word on either side: "‘n’" in "Rock ‘n’ Roll" (a quoted word stays: "‘ja’"). */
function isElision(text: string, open: number, close: number): boolean {
  return (
    close - open === 2 &&
    /^\p{Ll}$/u.test(text[open + 1]!) &&
    /\p{L} $/u.test(text.slice(Math.max(0, open - 2), open)) &&
    /^ \p{L}/u.test(text.slice(close + 1, close + 3))
  );
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
      if (closers.includes(c) && (!/\s/.test(text[j - 1]!) || afterInnerClose(text, j)) && !isApostrophe(text, j))
        break;
    }
    // (a straight ' left open is an elision or a stray mark: "'90s", "rock 'n' roll")
    if (text[i] === "'" && j >= text.length) continue;
    // (one letter in marks between two words is an elision: "Rock ‘n’ Roll", "fish 'n' chips")
    if (isElision(text, i, j)) {
      OPENERS.lastIndex = j + 1;
      continue;
    }
    spans.push({ open: i, close: j });
    OPENERS.lastIndex = j + 1;
  }
  return spans;
}
