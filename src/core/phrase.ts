/** A noun phrase found in a sentence: the token range of a source mention and its text. */
import { isQuoteMark } from './quotes.js';
import type { Token } from './tokens.js';

/** A source mention's tokens [from, to) in its sentence, and its text. */
export interface Phrase {
  /** Token range [from, to). */
  from: number;
  to: number;
  text: string;
  pronoun: boolean;
  /** A description set off after the mention ("Dana Miller, an economics professor"): not part of the mention, but it tells its type. */
  role?: string;
  /** The role is only the body or place the person comes from: "Tom Kahl of Talbex", "from Brandik Athletic". */
  affiliation?: boolean;
  /** The role is one held before: a relative clause in the past gave it ("who was a transport adviser", "der Bürgermeister war"). */
  roleFormer?: boolean;
  /** A pronoun whose verb is plural ("sie fordern"): it points to no one person. */
  plural?: boolean;
}

/** The text of tokens [from, to) as it stands in the sentence. */
export function spanText(sentence: string, tokens: readonly Token[], from: number, to: number): string {
  if (to <= from) return '';
  return sentence.slice(tokens[from]!.start, tokens[to - 1]!.end);
}

/** Words of a language that a copula's complement runs over, and those that end it. */
export interface CopulaWords {
  copulas: ReadonlySet<string>;
  /** Verbs of leading or working ("leitet", "heads"): their complement counts only as a role or a body. */
  leading: ReadonlySet<string>;
  /** Adverbs between the copula and the complement ("now", "seit 2019"), passed over. */
  fillers: ReadonlySet<string>;
  /** Prepositions of a time span before a year, passed over with it ("von 2011 bis 2019", "im März 2023"). */
  spans: ReadonlySet<string>;
  /** Conjunctions that end the complement ("and", "und"). */
  ends: ReadonlySet<string>;
  /**
   * A span of time the complement held for, passed over: counting words or numbers (none, one or more),
   * a unit of time, and a word that may close it ("zehn Jahre lang", "seit Jahren", "über Jahrzehnte"),
   * where a language gives them (an English complement is read past "for ten years" as it stands).
   */
  durations?: { counts: ReadonlySet<string>; units: ReadonlySet<string>; closing: ReadonlySet<string> };
}

/** The most counting words before a unit of time ("mehr als zehn Jahre", "fast zwei Jahrzehnte"). */
const MAX_COUNTS = 4;

/** The token after a span of time that starts at `a` (see `CopulaWords.durations`), or `a` when none does. */
function pastDuration(tokens: readonly Token[], a: number, end: number, words: CopulaWords): number {
  if (!words.durations) return a;
  const { counts, units, closing } = words.durations;
  let k = a;
  while (k < end && k - a < MAX_COUNTS && (counts.has(tokens[k]!.lower) || /^\d+$/.test(tokens[k]!.text))) k++;
  if (k >= end || !units.has(tokens[k]!.lower)) return a;
  k++;
  return k < end && closing.has(tokens[k]!.lower) ? k + 1 : k;
}

/**
 * The first token from `a` (before `end`) past the adverbs, numbers and time spans a copula's words allow
 * before its complement: "seit 2019", "nun", "von 2011 bis 2019", "im März 2023", "from 2011 to 2019".
 */
export function pastFillers(tokens: readonly Token[], a: number, end: number, words: CopulaWords): number {
  const number = (k: number) => /^\d+$/.test(tokens[k]?.text ?? '');
  for (;;) {
    const duration = pastDuration(tokens, a, end, words);
    if (duration > a) a = duration;
    else if (
      a < end &&
      (words.fillers.has(tokens[a]!.lower) ||
        number(a) ||
        (words.spans.has(tokens[a]!.lower) && (number(a + 1) || number(a + 2))))
    )
      a += words.spans.has(tokens[a]!.lower) && !number(a + 1) && number(a + 2) ? 2 : 1;
    else return a;
  }
}

/**
 * The complement of a copula or a verb of leading at token `at` ("ist | Professorin für Chemie|", "is | a
 * professor at …|", "leitet | die Polizei|"):
 * after adverbs and numbers the copula's words allow, up to a comma, semicolon, colon, bracket or a
 * conjunction; null when token `at` is no copula or nothing follows it.
 */
export function complementAfter(
  tokens: readonly Token[],
  at: number,
  words: CopulaWords,
): { from: number; to: number; leading: boolean } | null {
  const verb = tokens[at]?.lower ?? '';
  const leading = words.leading.has(verb);
  if (!words.copulas.has(verb) && !leading) return null;
  const a = pastFillers(tokens, at + 1, tokens.length, words);
  let b = a;
  while (b < tokens.length && tokens[b]!.word && !words.ends.has(tokens[b]!.lower) && !tokens[b]!.quoted) b++;
  // (a final period is no word: the complement ends before it)
  return b > a ? { from: a, to: b, leading } : null;
}

/** A title in quotation marks that opens a sentence has at most this many words ("„Talo Live“"). */
const MAX_OPENING_TITLE_WORDS = 4;

/**
 * A title in quotation marks that opens the sentence right before the verb, with no comma after it as a
 * quotation its tag has, and what was said right after the verb: "„Talo Live“ berichtet, …", "„Talo Live“
 * meldet: …" (a name of a paper or programme; not "„Danke“ sagte die Ministerin"); else null.
 */
export function quotedTitleBefore(text: string, tokens: readonly Token[], anchor: number): Phrase | null {
  if (anchor < 3 || !isQuoteMark(tokens[0]!.text) || !isQuoteMark(tokens[anchor - 1]!.text)) return null;
  if (tokens[anchor + 1]?.text !== ',' && tokens[anchor + 1]?.text !== ':') return null;
  const words = tokens.slice(1, anchor - 1);
  return words.length <= MAX_OPENING_TITLE_WORDS && words.every((t) => t.word && t.quoted && t.cap)
    ? { from: 0, to: anchor, text: spanText(text, tokens, 0, anchor), pronoun: false }
    : null;
}

/**
 * Dashes that set off an insertion or a clause as commas do ("Tom Kahl – ein früherer Berater – sagte", "Kahl
 * quit—telling …").
 */
export const DASHES: ReadonlySet<string> = new Set(['–', '—']);
/** An insertion between dashes has at most this many tokens. */
const MAX_DASHED_TOKENS = 20;

/**
 * The tokens with an insertion set off by dashes right before token `anchor` read as one set off by commas
 * ("Tom Kahl — a former adviser to the mayor — said" as "Tom Kahl, a former adviser to the mayor, said"), so
 * that the subject before it is found as before an apposition; null when no such insertion stands there.
 */
export function dashesAsCommas(tokens: readonly Token[], anchor: number): Token[] | null {
  const close = anchor - 1;
  if (close < 3 || !DASHES.has(tokens[close]!.text) || tokens[close]!.quoted) return null;
  for (let k = close - 2; k > 0 && close - k <= MAX_DASHED_TOKENS; k--) {
    const t = tokens[k]!;
    if (t.quoted) return null;
    if (DASHES.has(t.text)) return tokens.map((x, i) => (i === k || i === close ? { ...x, text: ',', lower: ',' } : x));
  }
  return null;
}
