/**
 * Reads a source mention (a noun phrase) out of a token list: "der südkoreanische Abgeordnete
 * Han Tal-bong", "die Sprecherin des Weißen Hauses, Mara Lindqvist", "südkoreanischer und
 * westlicher Geheimdienste", "er". German capitalises nouns, so a phrase is determiners and
 * adjectives followed by capitalised words, with an optional genitive and a name in apposition.
 */
import { endsWithAny, stemType, type Lexicon } from '../../lexicon/index.js';
import { lastPart, type Token } from '../../tokens.js';
import type { SourceType } from '../../vocabulary.js';
import { spanText, type Phrase } from '../../phrase.js';
import { isQuoteMark as isMark } from '../../quotes.js';
import {
  DETERMINERS,
  ENGLISH_JOINERS,
  FUSED_ARTICLES,
  GENITIVE_ARTICLES as GENITIVE,
  GROUP_PRONOUNS,
  NEGATIVE,
  PARTITIVE_ONE,
} from './determiners.js';

/** Quantifiers that stand for people by themselves. */
export const QUANTIFIERS = new Set([
  'viele',
  'manche',
  'einige',
  'etliche',
  'mehrere',
  'alle',
  'andere',
  'wenige',
  'jemand',
  // one of those just named: "„…“, sagte einer", "Eine erzählte, …"
  'einer',
  'eine',
]);
/** A spokesperson's compound whose first part names the body spoken for: "Polizeisprecher", "Stadtsprecherin". */
const SPOKESPERSON_COMPOUND = /^\p{L}{3,}sprecher(?:in)?$/u;

/** "Ein anderer", "eine weitere": another person, a nominalised adjective after the indefinite article. */
const ONE_MORE_ARTICLE = /^(?:ein|eine)$/;
export const ONE_MORE = /^(?:anderer?|weiterer?)$/;
/** An attributive adjective: lower case with a German adjective ending ("südkoreanische"). */
const ADJECTIVE = /^(?:\d+-)?[\p{Ll}][\p{L}-]*(?:e|en|er|es|em)$/u;
/** Nouns and names may hold hyphens and digits ("US-Präsident", "G7", "Han Tal-bong"). */
const MAX_PHRASE_TOKENS = 14;
/** The prepositional phrase of an extended attribute has at most this many words ("vom Rat der Stadt"). */
const MAX_ATTRIBUTE_PP = 6;
/** Types of the nouns a quoted title may follow: media, bodies, firms, papers. */
const TITLED: ReadonlySet<SourceType> = new Set(['media', 'organization', 'company', 'document', 'social_media']);
/** A quoted title in a mention is a name of a few words, not a quotation. */
const MAX_TITLE_TOKENS = 4;
/** Nouns of a political body, no person, that a quoted name may follow: "die Partei „Talberger Liste“", "das Bündnis „…“". */
const POLITICAL_BODY = /(?:partei|fraktion|bündnis|wählergruppe|liste|bewegung)$/;

/** Whether a noun may take a quoted title as its name: "die Zeitung „Kreisblatt“", "die Initiative „…“" (no person's noun). */
export function takesTitle(lower: string, lex: Lexicon): boolean {
  return !!stemType(lower, lex, 0, (type) => TITLED.has(type)) || POLITICAL_BODY.test(lower);
}

const UMLAUT: Record<string, string> = { a: 'ä', o: 'ö', u: 'ü', ä: 'a', ö: 'o', ü: 'u' };
/** A word with the vowel of its last syllable umlauted, or the umlaut taken off ("Landrat" ↔ "Landrät"). */
export const withUmlaut = (w: string, off: boolean) =>
  w.replace(off ? /[äöü](?=[^aeiouäöü]*$)/ : /[aou](?=[^aeiouäöü]*$)/, (v) => UMLAUT[v]!);
/**
 * A plural's stem with the umlaut of its last syllable taken off, the diphthong "äu" too ("Beiträg" →
 * "Beitrag", "Häus" → "Haus"), as the plural in -e or -er made it.
 */
export const withoutUmlaut = (stem: string) =>
  /äu[^aeiouäöü]*$/.test(stem) ? stem.replace(/äu(?=[^aeiouäöü]*$)/, 'au') : withUmlaut(stem, true);

/**
 * Whether a role word names a person rather than a body. German forms the feminine of a noun for a
 * person with -in ("Minister", "Ministerin"; "Landrat", "Landrätin"; "Biologe", "Biologin"), and a noun made of an adjective
 * or participle inflects ("die Vorsitzende", "ein Vorsitzender"); a body ("Ministerium", "Stadt",
 * "Polizei") has neither form. The lexicon's nouns are the dictionary asked.
 */
export function personRole(role: string, lex: Lexicon): boolean {
  const known = (w: string) => lex.relational.has(w) || lex.nounMap.has(w);
  if (role.endsWith('in')) {
    const base = role.slice(0, -2);
    return known(base) || known(withUmlaut(base, true));
  }
  return (
    known(role + 'in') ||
    known(withUmlaut(role, false) + 'in') ||
    (role.endsWith('e') && (known(role + 'r') || known(role.slice(0, -1) + 'in'))) ||
    (role.endsWith('er') && known(role.slice(0, -1)))
  );
}

/**
 * Endings of German nouns of a body or a place, no person ("Universität", "Kommission", "Ministerium",
 * "Amtsgericht", "Hochschule", "Klinikum", "Stadtverwaltung").
 */
export const BODY_NOUN =
  /(?:ung|schaft|tät|ion|ei|ium|um|amt|institut|gericht|schule|zentrum|werk|verband|verein|konzern|behörde|stadt|gemeinde|klinik|haus|bank|kasse)$/;

/** A noun (lower case) of a body or a place, also in the genitive ("vereins", "ministeriums", "instituts"). */
export const isBodyWord = (w: string): boolean => BODY_NOUN.test(w) || BODY_NOUN.test(w.replace(/e?s$/, ''));
/** A noun of a body or a place, also in the genitive ("des Vereins", "des Ministeriums"). */
const isBodyNoun = (t: Token) => isBodyWord(t.lower);

/** A role in the genitive with "-s" or "-es": "des Richters", "des Arztes". */
function isGenitiveRole(t: Token, lex: Lexicon): boolean {
  const stem = /es$/.test(t.lower) && t.lower.length > 5 ? 2 : /s$/.test(t.lower) ? 1 : 0;
  return stem > 0 && isRoleWord({ ...t, text: t.text.slice(0, -stem), lower: t.lower.slice(0, -stem) }, lex);
}

export function isNounLike(t: Token | undefined, lex: Lexicon): boolean {
  if (!t || !t.word || t.quoted) return false;
  if (!t.cap && !/^\p{Lu}/u.test(t.text.split('-').pop() ?? '')) {
    // lower-case brand or agency names ("dpa", "epd") count as names
    return lex.nameTypes.has(t.lower) && !lex.functionWords.has(t.lower);
  }
  return !lex.functionWords.has(t.lower);
}

const isQuoteMark = (t: Token | undefined) => isMark(t?.text);

/** The months and the days of the week, the words of a time that is no name. */
const MONTHS = 'januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember';
const WEEKDAYS = 'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag';

/** Months, days and seasons: a time ("Anfang Juli"), not a name. */
export const CALENDAR = new RegExp(
  `^(?:${MONTHS}|${WEEKDAYS}|frühjahr|frühling|sommer|herbst|winter|wochenende|woche|monat|jahr|anfang|mitte|ende)s?$`,
);

/** The parts of a span of time that, with no article, open an adverbial of time: "Anfang März", "Ende der Woche". */
const SPAN_PARTS = new Set(['anfang', 'mitte', 'ende']);
/** Months (also in their Austrian forms) and years, the spans a part of one is of. */
const SPAN_OF = new RegExp(`^(?:${MONTHS}|jänner|feber|\\d{4})$`);

/** Whether token `i` opens an adverbial of a span's part: "Ende März", "Mitte der Woche", "Anfang 2025". */
function isSpanPartTime(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return SPAN_PARTS.has(tokens[i]!.lower) && !!next && (SPAN_OF.test(next.lower) || GENITIVE.has(next.lower));
}

/** Whether only focus words stand between the sentence's start or a comma and token `start` ("Auch | Teile …"). */
function firstAfterFocus(tokens: readonly Token[], start: number, lex: Lexicon): boolean {
  let k = start - 1;
  while (k >= 0 && lex.focusWords.has(tokens[k]!.lower)) k--;
  return k < start - 1 && (k < 0 || tokens[k]!.text === ',');
}

/** Types of the roles of an office, whose holder belongs to no medium: a medium after one is who was told. */
const OFFICE_ROLE_TYPES: ReadonlySet<SourceType> = new Set(['government', 'politician', 'security', 'justice']);

/** A day or a part of one, used as an adverbial without article: "Dienstag", "Sonntagabend", "Freitagmorgen". */
const DAY_TIME = new RegExp(`^(?:${WEEKDAYS})(?:früh|morgen|vormittag|mittag|nachmittag|abend|nacht)?$`);

/** A plural in the dative of a noun of a role ("Reportern", "Journalisten", "Mitarbeitern"), no feminine in "-in". */
function isDativePlural(t: Token, lex: Lexicon): boolean {
  const l = t.lower;
  if (!t.cap || !/n$/.test(l) || /in$/.test(l)) return false;
  const singulars = /en$/.test(l) ? [l.slice(0, -1), l.slice(0, -2)] : [l.slice(0, -1)];
  return singulars.some((w) => w.length > 3 && !!stemType(w, lex, 3));
}

/** A lower-case word right before an adjective after a determiner: "der bisher amtierende Präsident". */
function isAdverbBefore(t: Token | undefined, next: Token | undefined, lex: Lexicon): boolean {
  // ("der erst 29-jährige …": function-word adverbs too, but no article or conjunction)
  return (
    !!t &&
    t.word &&
    !t.quoted &&
    !t.cap &&
    !/^\d/.test(t.text) &&
    !DETERMINERS.has(t.lower) &&
    !NEGATIVE.has(t.lower) &&
    !['und', 'oder', 'von', 'mit', 'zu', 'in', 'an', 'auf'].includes(t.lower) &&
    isAdjective(next, lex)
  );
}

/**
 * Adjectives that open a sentence before a copula, the subject a clause after it: "Klar ist: …", "Fest
 * steht, dass …", "Entscheidend sei die Frage, …".
 */
const PREDICATIVE =
  /^(?:klar|unklar|fest|sicher|unsicher|offen|fraglich|gewiss|neu|gut|schlecht|schlimm|interessant|richtig|falsch|unstrittig|umstritten|bekannt|unbekannt|\p{Ll}+(?:end|lich|ig|bar|isch|wert|sam|los))$/u;
/** Copulas after a predicative adjective that opens the sentence ("steht" with "fest"). */
const COPULA_AFTER = new Set([
  'ist',
  'sei',
  'war',
  'wäre',
  'scheint',
  'schien',
  'bleibt',
  'blieb',
  'steht',
  'stand',
  'stehe',
]);

/**
 * Whether the word at `i`, first in its sentence, is an adjective before a copula and no noun: "Entscheidend
 * ist die Frage: …" (not a name or a noun the lexicon knows, "König ist"; nor one an adjective after the
 * copula makes the subject, "Fröhlich ist sicher").
 */
function isPredicativeOpener(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const t = tokens[i]!;
  if (i > 0 || !t.cap || !COPULA_AFTER.has(tokens[i + 1]?.lower ?? '') || !PREDICATIVE.test(t.lower)) return false;
  // (an adjective after the copula is the predicate, and the word first its subject: "Fröhlich ist sicher: …")
  const after = tokens[i + 2];
  if (after?.word && !after.cap && !lex.functionWords.has(after.lower) && PREDICATIVE.test(after.lower)) return false;
  return !lex.nounMap.has(t.lower) && !lex.givenNames.has(t.lower) && !lex.nameTypes.has(t.lower);
}

/** An inflected form of a participle ("informierten", "unterrichtete"), as an adjective may be. */
const isParticipleAdjective = (t: Token | undefined): boolean =>
  !!t && t.word && !t.quoted && !t.cap && /^\p{Ll}+t(?:e|en|er|es|em)$/u.test(t.text);

/** Function words that are inflected adjectives after an article too: "die andere Seite". */
const ADJECTIVE_FUNCTION_WORDS: ReadonlySet<string> = new Set(['andere']);

function isAdjective(t: Token | undefined, lex: Lexicon): boolean {
  return (
    !!t &&
    t.word &&
    !t.quoted &&
    !t.cap &&
    ADJECTIVE.test(t.text) &&
    (!lex.functionWords.has(t.lower) || ADJECTIVE_FUNCTION_WORDS.has(t.lower)) &&
    // (an article or "keine" opens a phrase of its own: "leider | keine Behörde")
    !DETERMINERS.has(t.lower) &&
    !NEGATIVE.has(t.lower) &&
    // a verb of saying in the past looks like one ("schmunzelte"), but opens no mention
    !lex.verbForms.has(t.lower)
  );
}

/**
 * Where an extended attribute that starts at token `i` ends: a prepositional phrase, then the
 * participle before the noun ("vom Rat eingesetzte | Kommission", "im Bericht genannten | Zahlen"),
 * the participle's index; -1 when none starts there.
 */
export function attributeEnd(tokens: readonly Token[], i: number, lex: Lexicon): number {
  if (!lex.prepositions.has(tokens[i]?.lower ?? '')) return -1;
  for (let k = i + 1; k < tokens.length && k - i <= MAX_ATTRIBUTE_PP; k++) {
    const t = tokens[k]!;
    if (!t.word || t.quoted || lex.prepositions.has(t.lower)) return -1;
    // (the participle follows the phrase's noun: not an adjective inside it, "an den globalen Zielen")
    if (
      isAdjective(t, lex) &&
      /(?:t|en)(?:e|en|er|es|em)?$/.test(t.lower) &&
      isNounLike(tokens[k - 1], lex) &&
      isNounLike(tokens[k + 1], lex)
    )
      return k;
  }
  return -1;
}

/** The token after a short title in quotation marks whose opening mark stands at `i`; `i` where none closes in time. */
function afterQuotedTitle(tokens: readonly Token[], i: number): number {
  let k = i + 1;
  while (tokens[k]?.quoted && k - i <= MAX_TITLE_TOKENS) k++;
  return isQuoteMark(tokens[k]) && k - i <= MAX_TITLE_TOKENS ? k + 1 : i;
}

/** Nouns of leading after "unter (der)": "unter Leitung von", "unter der Führung des". */
export const LEADERSHIP: ReadonlySet<string> = new Set(['leitung', 'führung', 'federführung', 'regie']);
/** What names the leader after such a noun: "von", or a genitive's article. */
const LEADER_OF: ReadonlySet<string> = new Set(['von', 'des', 'der']);

/** Nouns of a group of people gathered around someone: "Team", "Forscherteam", "Arbeitsgruppe". */
const GROUP = /(?:team|gruppe)$/;

/** A person's role: a lexicon noun, a relational one ("Sprecherin"), or a feminine noun of a trade ("Milliardärin"). */
export function isRoleWord(t: Token, lex: Lexicon): boolean {
  return t.cap && (!!stemType(t.lower, lex, 3) || endsWithAny(t.lower, lex.relational) || FEMININE_ROLE.test(t.lower));
}
/** Endings of feminine nouns of a trade or rank: "Milliardärin", "Aktivistin", "Autorin", "Präsidentin". */
const FEMININE_ROLE = /\p{L}{3}(?:erin|ärin|istin|orin|entin|antin|eurin)$/u;

/**
 * Reads the phrase that starts at token `i`, or null when no noun phrase starts there.
 * `allowApposition`: take ", Name Surname" after the head (a name set off by commas).
 */
/**
 * A hyphen right after a word, then "und"/"oder", or a comma and the next such word: the word is the
 * first part of a compound ("Gesundheits- und …", "Gesundheits-, Sozial- und …").
 */
function isTruncatedCompound(tokens: readonly Token[], i: number): boolean {
  const dash = tokens[i];
  if (dash?.text !== '-' || dash.start !== tokens[i - 1]!.end) return false;
  const next = tokens[i + 1];
  if (next?.lower === 'und' || next?.lower === 'oder' || next?.lower === 'sowie') return true;
  const after = tokens[i + 3];
  return next?.text === ',' && !!tokens[i + 2]?.word && after?.text === '-' && after.start === tokens[i + 2]!.end;
}

/** A capitalised abbreviation with its period that ends a word of a name: "Co." in "Talbex & Co." ("Talbex Co."). */
function isNameAbbreviation(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const t = tokens[i]!;
  const dot = tokens[i + 1];
  return t.cap && dot?.text === '.' && dot.start === t.end && lex.abbreviations.has(lastPart(t.lower));
}

/** A form of address abbreviated with its period right before a capitalised word: "Dr. Anna", "Prof. Dr." */
function isTitleBefore(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const t = tokens[i]!;
  const dot = tokens[i + 1];
  return lex.titles.has(t.lower) && dot?.text === '.' && dot.start === t.end && !!tokens[i + 2]?.cap;
}

/**
 * The end of a "für" complement of a body's name at token `i`: "das Bundesamt für Migration und
 * Flüchtlinge", "des Instituts für Solar- und Windenergie (ISW)"; `i` when none follows a body.
 */
function forComplementEnd(tokens: readonly Token[], i: number, start: number, lex: Lexicon): number {
  if (tokens[i]?.lower !== 'für' || i <= start || !isNounLike(tokens[i + 1], lex)) return i;
  const before = tokens[i - 1]!.lower;
  // (also in the genitive: "des Instituts für …", "des Bundesamtes für …")
  const forms = [before, ...(/[^s]e?s$/.test(before) ? [before.replace(/e?s$/, ''), before.slice(0, -1)] : [])];
  const body = forms.some(
    (w) =>
      !!stemType(w, lex, 0, (type) => type !== 'person' && type !== 'document') ||
      endsWithAny(w, lex.relational) ||
      // (a body by its noun's ending: "die Gesellschaft für Immunologie", "das Zentrum für Kinderheilkunde")
      BODY_NOUN.test(w),
  );
  if (!body) return i;
  let j = i + 1;
  while (j - start < MAX_PHRASE_TOKENS) {
    if (isNounLike(tokens[j], lex)) j++;
    // coordinated compounds: "das Institut für Solar- und Windenergie"
    else if (j > i + 1 && isTruncatedCompound(tokens, j) && isNounLike(tokens[j + 2], lex)) j += 2;
    else break;
  }
  if (tokens[j]?.lower === 'und' && isNounLike(tokens[j + 1], lex)) j += 2;
  // its short form in brackets: "(BAMF)"
  if (tokens[j]?.text === '(' && isNounLike(tokens[j + 1], lex) && tokens[j + 2]?.text === ')') j += 3;
  return j;
}

/** Articles, and possessive determiners that cannot follow one ("der | unserer Redaktion", "die | seine Frau"). */
const ARTICLES_ONLY: ReadonlySet<string> = new Set(['der', 'die', 'das', 'des', 'dem', 'den']);
const POSSESSIVES: ReadonlySet<string> = new Set(
  ['sein', 'ihr', 'unser', 'euer', 'mein', 'dein'].flatMap((p) => [p, p + 'e', p + 'er', p + 'es', p + 'em', p + 'en']),
);

/** A capitalised "Sie" after a word: the reader addressed ("Weitere Hinweise finden Sie unten"), no one spoken of. */
export function isFormalSie(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.text === 'Sie' && !!tokens[i - 1]?.word;
}

/** Number words that stand before a noun as a determiner does ("drei Minister"). */
const CARDINALS = new Set(
  'zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig hundert tausend'.split(' '),
);
/** A cardinal number: digits ("16") or a number word. */
const isCardinal = (t: Token | undefined) => !!t && (/^\d{1,4}$/.test(t.text) || CARDINALS.has(t.lower));

/**
 * A noun for people in the feminine plural and the same noun in the masculine after it: one group, named
 * both ways ("die Forscherinnen und Forscher", "Ärztinnen und Ärzte", "Kolleginnen und Kollegen").
 */
export function isGenderPair(feminine: Token, other: Token | undefined): boolean {
  const stem = /^(\p{Lu}[\p{L}-]{2,})innen$/u.exec(feminine.text)?.[1];
  return !!stem && !!other && other.cap && other.lower.startsWith(stem.toLowerCase()) && !/innen$/.test(other.lower);
}

/** Quantifiers that before "der" and a plural take a part of a group: "Viele der Anwohner", "Einige der Gäste". */
const PARTITIVE_MANY: ReadonlySet<string> = new Set([
  'viele',
  'manche',
  'einige',
  'etliche',
  'mehrere',
  'wenige',
  'zahlreiche',
]);

/**
 * Whether the word at `i` and the "der" after it open a part of a group, read with the group's noun: one
 * ("Einer der Demonstranten"), some ("Viele der Anwohner") or a number ("Zwei der Zeugen").
 */
export function isPartitiveAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return (
    !!t &&
    tokens[i + 1]?.lower === 'der' &&
    (PARTITIVE_ONE.has(t.lower) || PARTITIVE_MANY.has(t.lower) || isCardinal(t))
  );
}

/** Words that hedge a share or a count before it ("rund 46 Prozent", "fast die Hälfte", "mehr als jeder dritte"). */
export const HEDGES: ReadonlySet<string> = new Set(
  'rund|etwa|fast|knapp|gut|nur|lediglich|beinahe|annähernd|ungefähr|über|unter|mehr als|weniger als'.split('|'),
);
/** "jeder dritte", "jede zweite": every so many of a group (an ordinal after a form of "jeder"). */
const isEvery = (tokens: readonly Token[], i: number) =>
  /^jede[rsmn]?$/.test(tokens[i]?.lower ?? '') && ORDINAL.test(tokens[i + 1]?.lower ?? '');
/** The stems of the ordinals from two to ten ("dritt-e"), for "jeder dritte". */
export const ORDINAL_STEMS = 'zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt';
const ORDINAL = new RegExp(`^(?:${ORDINAL_STEMS})e[nrs]?$`);
/** Nouns of a share of a group: "die Hälfte", "ein Drittel", "46 Prozent". */
const SHARE_NOUNS = new Set(['hälfte', 'mehrheit', 'minderheit', 'drittel', 'viertel', 'fünftel', 'prozent', '%']);
/** Whether a share of a group starts at token `i`: "46 Prozent", "die Hälfte", "drei von zehn", "jeder dritte". */
function isShare(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]?.lower ?? '';
  return (
    isEvery(tokens, i) ||
    ((isCardinal(tokens[i]) || DETERMINERS.has(tokens[i]?.lower ?? '')) && (SHARE_NOUNS.has(next) || next === 'von'))
  );
}

/** The ending of an abstract noun: "Gleichberechtigung", "Nachbesserungen", "Freiheit", "Transparenz" is not one. */
const ABSTRACT_NOUN_END = /\p{L}{3}(?:ungen|ung|heiten|heit|keiten|keit|schaften|schaft|tionen|tion|ismus)$/u;

/**
 * The end of an institution's name in English whose first words end at `i`, its words joined by "of", "for" or
 * "and", which German does not write: "des Office for National Statistics", "der Harbour and Rail Administration".
 */
function englishNameEnd(tokens: readonly Token[], i: number, start: number, lex: Lexicon): number {
  while (
    ENGLISH_JOINERS.has(tokens[i]?.text ?? '') &&
    tokens[i - 1]!.cap &&
    !!tokens[i + 1]?.cap &&
    !tokens[i + 1]!.quoted
  ) {
    i++;
    while (isNounLike(tokens[i], lex) && i - start < MAX_PHRASE_TOKENS) i++;
  }
  return i;
}

export function readPhrase(tokens: readonly Token[], i: number, lex: Lexicon, allowApposition = true): Phrase | null {
  const start = i;
  const t0 = tokens[i];
  if (!t0 || t0.quoted) return null;
  if (isFormalSie(tokens, i)) return null;
  if (isPredicativeOpener(tokens, i, lex)) return null;
  if (lex.pronouns.has(t0.lower)) return { from: i, to: i + 1, text: t0.text, pronoun: true };
  // a quantifier standing for people, with no noun after it: "Viele bezweifeln, dass …", "sagen alle"
  // (a word in -en after it is a verb unless a noun follows: "Manche befürchten, …", not "Manche deutschen Firmen")
  const attributive =
    isAdjective(tokens[i + 1], lex) && (isNounLike(tokens[i + 2], lex) || isAdjective(tokens[i + 2], lex));
  // ("einer", "eine" alone only before a verb of saying, "von ihnen" or at the end: "sagte einer", not "eine vom Rat
  // eingesetzte Kommission", "einer der Forscher")
  const next = tokens[i + 1];
  const alone =
    !PARTITIVE_ONE.has(t0.lower) ||
    !next?.word ||
    lex.verbForms.has(next.lower) ||
    (next.lower === 'von' && /^(?:ihnen|uns)$/.test(tokens[i + 2]?.lower ?? ''));
  if (QUANTIFIERS.has(t0.lower) && !isNounLike(next, lex) && !attributive && alone && !isPartitiveAt(tokens, i)) {
    // ("Einer von ihnen", "Viele von uns": the group it is part of belongs to the phrase)
    const ofThem = next?.lower === 'von' && GROUP_PRONOUNS.has(tokens[i + 2]?.lower ?? '');
    return { from: i, to: ofThem ? i + 3 : i + 1, text: t0.text, pronoun: false };
  }
  // "ein paar" (a few), alone or before its noun: "sagen ein paar", "ein paar Anwohner sagten" (not "ein Paar", a couple)
  if (t0.lower === 'ein' && next?.text === 'paar') {
    if (!isNounLike(tokens[i + 2], lex) && !isAdjective(tokens[i + 2], lex))
      return { from: i, to: i + 2, text: '', pronoun: false };
    const rest = readPhrase(tokens, i + 2, lex, allowApposition);
    return rest ? { ...rest, from: start } : null;
  }
  // "Ein anderer kommentierte", "eine weitere sagte": one more of those just named
  if (ONE_MORE_ARTICLE.test(t0.lower) && ONE_MORE.test(tokens[i + 1]?.text ?? '') && !isNounLike(tokens[i + 2], lex))
    return { from: i, to: i + 2, text: '', pronoun: false };
  // a hedged share: "Rund 46 Prozent der Befragten", "Fast die Hälfte der Anwohner", "Mehr als jeder dritte Wähler"
  const hedge = HEDGES.has(t0.lower) ? 1 : HEDGES.has(`${t0.lower} ${tokens[i + 1]?.lower}`) ? 2 : 0;
  if (hedge && isShare(tokens, i + hedge)) i += hedge;
  const first = tokens[i]!;
  // "drei von zehn Befragten": so many of so many
  if (isCardinal(first) && tokens[i + 1]?.lower === 'von' && isCardinal(tokens[i + 2])) i += 2;
  // "Einer der Demonstranten", "Viele der Anwohner": a part of a group, read as the group's noun with its article
  else if (isPartitiveAt(tokens, i)) i += 2;
  // "jeder dritte Befragte": every so many of a group
  else if (isEvery(tokens, i)) i++;
  // (a quantifier before its noun opens the phrase as a determiner does: "Manche Experten", "Andere Ärzte")
  else if (first.word && (DETERMINERS.has(first.lower) || QUANTIFIERS.has(first.lower))) {
    // (an article is no determiner of a phrase another one opens: "der | unserer Redaktion vorliegt", where
    // "der" is a relative pronoun; but "die beiden", "der drei Minister")
    if (ARTICLES_ONLY.has(first.lower) && POSSESSIVES.has(tokens[i + 1]?.lower ?? '')) return null;
    i++;
  }
  // a measure before an adjective: "der 52 Jahre alte Angeklagte", "die 160 Meter hohen Türme"
  // (the adjective before a noun, not a verb: "Drei Minister | sagten")
  if (
    isCardinal(tokens[i]) &&
    tokens[i + 1]?.cap &&
    isAdjective(tokens[i + 2], lex) &&
    (isNounLike(tokens[i + 3], lex) || (isAdjective(tokens[i + 3], lex) && isNounLike(tokens[i + 4], lex)))
  )
    i += 2;
  // a number before the noun: "die 12 teilnehmenden Banken", "Drei Minister"
  else if (isCardinal(tokens[i]) && (isNounLike(tokens[i + 1], lex) || isAdjective(tokens[i + 1], lex))) i++;
  // an extended attribute between the article and its noun: "eine vom Rat eingesetzte Kommission"
  // (or opening a phrase with no article: "mit der Sache vertraute Personen")
  if (i > start) i = Math.max(i, attributeEnd(tokens, i, lex));
  else if (t0.word) i = Math.max(i, attributeEnd(tokens, i, lex));
  // a quoted title after an article: "die „Abendpost“"
  if (i > start && isQuoteMark(tokens[i]) && tokens[i + 1]?.quoted && tokens[i + 1]!.cap) {
    let k = i + 1;
    while (tokens[k]?.quoted && k - i <= 5) k++;
    if (isQuoteMark(tokens[k])) return { from: start, to: k + 1, text: '', pronoun: false };
  }
  // adjectives, possibly coordinated or with an adverb: "südkoreanischer und westlicher", "bisher amtierende"
  // (after a preposition a form of a verb of saying is one too: "aus informierten Kreisen")
  const afterPreposition = i === start && i > 0 && lex.prepositions.has(tokens[i - 1]!.lower);
  if (afterPreposition && isParticipleAdjective(tokens[i]) && isNounLike(tokens[i + 1], lex)) i++;
  // (and an adverb after "und", or opening a phrase after a preposition: "aus internen und bislang
  // unbekannten Dokumenten", "aus bislang unbekannten Dokumenten")
  while (
    isAdjective(tokens[i], lex) ||
    (tokens[i]?.lower === 'und' &&
      i > start &&
      (isAdjective(tokens[i + 1], lex) || isAdverbBefore(tokens[i + 1], tokens[i + 2], lex))) ||
    ((i > start || afterPreposition) && isAdverbBefore(tokens[i], tokens[i + 1], lex))
  )
    i++;
  if (!isNounLike(tokens[i], lex)) return null;
  const isName = (t: Token | undefined) =>
    !!t && t.cap && !stemType(t.lower, lex) && !lex.nameTypes.has(t.lower) && !endsWithAny(t.lower, lex.relational);
  const run = i;
  while (isNounLike(tokens[i], lex) && i - start < MAX_PHRASE_TOKENS) {
    // a title with its period before a name: "Dr. Anna Berger", "Prof. Dr. Tom Kahl"
    if (isTitleBefore(tokens, i, lex)) {
      i += 2;
      continue;
    }
    // a name's abbreviation with its period, before the rest of the name or at its end: "Talbex & Co. KG",
    // "Talbex Co. teilte mit" (after a word of the name, or joined to one)
    if ((i > run || tokens[i]!.text.includes('&')) && isNameAbbreviation(tokens, i, lex)) {
      i += 2;
      continue;
    }
    // coordinated compounds: "Bau- und Verkehrsdirektor"
    if (isTruncatedCompound(tokens, i + 1) && isNounLike(tokens[i + 3], lex)) {
      i += 3;
      continue;
    }
    // an abstract noun right after a noun opens the object of an inverted clause, no name: "fordern die
    // Drusen | Gleichberechtigung", "verlangt die Union | Nachbesserungen" (not a surname after a given
    // name: "Lea Hartung")
    // (one noun after an article before it, no adjective of a name: "Die Islamische Glaubensgemeinschaft",
    // nor a genitive: "Chinas Führung")
    if (
      i === run + 1 &&
      run === start + 1 &&
      DETERMINERS.has(tokens[start]!.lower) &&
      !/(?:e|es|em)$/.test(tokens[run]!.lower) &&
      ABSTRACT_NOUN_END.test(tokens[i]!.lower) &&
      // (not a noun of a source: "der Talberger Zeitung", "die Talberger Stiftung", "die Talbury Foundation")
      !stemType(tokens[i]!.lower, lex) &&
      !lex.foreignHeads.heads.has(tokens[i]!.lower) &&
      !lex.nameTypes.has(tokens[i]!.lower) &&
      tokens[i - 1]!.word &&
      tokens[i - 1]!.cap &&
      !lex.givenNames.has(tokens[i - 1]!.lower) &&
      !lex.titles.has(tokens[i - 1]!.lower)
    )
      break;
    // a time of a span's part after a name ends it: "sagte Kahl | Ende März", "Anna Berger | Mitte der Woche",
    // "Kahl | Anfang 2025" (an adverbial of time, no part of the name)
    if (i > run && isSpanPartTime(tokens, i)) break;
    // (so does a day or its part, "sagte Kahl Dienstagabend"; and after a given name and a surname, a plural of
    // people in the dative, whom it was said to: "sagte Anna Berger Reportern")
    if (i > run && isName(tokens[i - 1]) && DAY_TIME.test(tokens[i]!.lower)) break;
    if (
      i >= run + 2 &&
      lex.givenNames.has(tokens[run]!.lower) &&
      isName(tokens[i - 1]) &&
      isDativePlural(tokens[i]!, lex)
    )
      break;
    // a second role after a role and a name begins a second person: "Reporterin Jana Roth | Ministerin Anna Berger"
    if (
      i - run >= 2 &&
      isName(tokens[i - 1]) &&
      isRoleWord(tokens[i]!, lex) &&
      isName(tokens[i + 1]) &&
      tokens.slice(run, i - 1).some((t) => isRoleWord(t, lex))
    )
      break;
    i++;
  }
  if (i > run) i = englishNameEnd(tokens, i, start, lex);
  // a noun for people named in both genders: "Forscherinnen und Forschern", "der Ärztinnen und Ärzte"
  if (i > start && tokens[i]?.lower === 'und' && isGenderPair(tokens[i - 1]!, tokens[i + 1])) i += 2;
  // two roles under one article before a name are one person's: "des Richters und Autors Tom Kahl"
  // (with an article of its own the second is another person: "des Arztes und des Pflegers")
  if (
    tokens[i]?.lower === 'und' &&
    // (a place's adjective may stand before the first: "des Talberger Richters und …")
    (i - run === 1 || (i - run === 2 && /er$/.test(tokens[run]!.lower))) &&
    i > start &&
    (isRoleWord(tokens[i - 1]!, lex) || isGenitiveRole(tokens[i - 1]!, lex)) &&
    !isBodyNoun(tokens[i - 1]!) &&
    !!tokens[i + 1] &&
    (isRoleWord(tokens[i + 1]!, lex) || isGenitiveRole(tokens[i + 1]!, lex)) &&
    !isBodyNoun(tokens[i + 1]!) &&
    isName(tokens[i + 2])
  ) {
    i += 2;
    while (isNounLike(tokens[i], lex) && i - start < MAX_PHRASE_TOKENS) i++;
  } else if (
    tokens[i]?.lower === 'und' &&
    i - run === 1 &&
    i > start &&
    allowApposition &&
    isRoleWord(tokens[i - 1]!, lex) &&
    !isBodyNoun(tokens[i - 1]!) &&
    !!tokens[i + 1] &&
    isRoleWord(tokens[i + 1]!, lex) &&
    !isBodyNoun(tokens[i + 1]!)
  ) {
    // (the second role with its body, and the name in apposition after both: "Die Biologin und Leiterin
    // des Instituts, Lea Roth, …"; without a name after it, two groups: "Ärztinnen und Pfleger der Klinik")
    const second = readPhrase(tokens, i + 1, lex);
    const bare = readPhrase(tokens, i + 1, lex, false);
    if (second && bare && second.to > bare.to && tokens[bare.to]?.text === ',') return { ...second, from: start };
  }
  // a quoted title after a common noun: "der Blog »Techwelt«", "die Zeitung „Kreisblatt“"
  // (not after a person: "der Bürgermeister „Wir schaffen das“" is a quotation)
  if (isQuoteMark(tokens[i]) && tokens[i + 1]?.quoted && tokens[i + 1]!.cap && takesTitle(tokens[i - 1]!.lower, lex))
    i = afterQuotedTitle(tokens, i);
  // an acronym in brackets: "den Nationalen Geheimdienst (NIS)"
  if (tokens[i]?.text === '(' && isNounLike(tokens[i + 1], lex) && tokens[i + 2]?.text === ')') i += 3;
  // "Sina Voss von der Stiftung Prüfdienst": a person named with the body they speak for
  if (tokens[i]?.lower === 'von' || tokens[i]?.lower === 'vom') {
    let j = i + 1;
    if (tokens[j] && (tokens[j]!.lower === 'der' || tokens[j]!.lower === 'dem')) j++;
    while (isAdjective(tokens[j], lex)) j++;
    const body = tokens[j];
    // (after a place's adjective: "vom Talberger Institut")
    const k = body?.cap && /er$/.test(body.lower) && tokens[j + 1] && isBodyNoun(tokens[j + 1]!) ? j + 1 : j;
    const named =
      i - start >= 2 &&
      isName(tokens[i - 1]) &&
      isName(tokens[i - 2]) &&
      !!tokens[k] &&
      isNounLike(tokens[k], lex) &&
      (lex.nameTypes.has(tokens[k]!.lower) || !!stemType(tokens[k]!.lower, lex, 0, (type) => type !== 'person'));
    // "ein Sprecher von Volkswagen", "die Chefin vom Ordnungsamt": a role and whose it is
    // ("die Bürgermeisterin von Talberg": an office and the place it is held for)
    const whose =
      i > start &&
      isNounLike(body, lex) &&
      (endsWithAny(tokens[i - 1]!.lower, lex.relational) ||
        (isRoleWord(tokens[i - 1]!, lex) &&
          tokens[i]!.lower === 'von' &&
          j === i + 1 &&
          isName(body) &&
          !stemType(body!.lower, lex)));
    // "Ökonomen vom Talberger Institut", "eine Forscherin von der Universität Talberg": a role and the
    // body it works at (a noun for bodies, after "vom" or "von der")
    const at =
      i > start &&
      isRoleWord(tokens[i - 1]!, lex) &&
      !isBodyNoun(tokens[i - 1]!) &&
      !!tokens[k] &&
      isNounLike(tokens[k], lex) &&
      isBodyNoun(tokens[k]!);
    if (named || whose || at) {
      while (isNounLike(tokens[j], lex) && j - start < MAX_PHRASE_TOKENS) j++;
      // (a number that ends a club's name: "von Talberg 04")
      if (j > i + 1 && /^\d{2,4}$/.test(tokens[j]?.text ?? '') && tokens[j]!.start === tokens[j - 1]!.end + 1) j++;
      i = j;
    }
  }
  // "das Team um Anna Berger", "Forschende um die Biologin Lea Roth": a group and the person it is gathered
  // around (its leader, by name)
  if (tokens[i]?.lower === 'um' && i > start && (isRoleWord(tokens[i - 1]!, lex) || GROUP.test(tokens[i - 1]!.lower))) {
    let j = i + 1;
    if (ARTICLES_ONLY.has(tokens[j]?.lower ?? '')) j++;
    if (tokens[j] && isRoleWord(tokens[j]!, lex) && isName(tokens[j + 1])) j++;
    const from = j;
    while (isName(tokens[j]) && !tokens[j]!.quoted && j - from < 3) j++;
    // (a name of two words at least, or one after a role: not "um Hilfe", "um Zeit")
    if (j - from >= 2 || (j > from && from > i + 1 && isRoleWord(tokens[from - 1]!, lex))) i = j;
  }
  // "ein Verbund unter Führung von Talbex", "Forschende unter der Leitung der Biologin Lea Roth": a
  // group and who leads it
  if (
    tokens[i]?.lower === 'unter' &&
    i > start &&
    (isRoleWord(tokens[i - 1]!, lex) || GROUP.test(tokens[i - 1]!.lower) || isBodyNoun(tokens[i - 1]!))
  ) {
    let j = i + 1;
    if (tokens[j]?.lower === 'der') j++;
    if (LEADERSHIP.has(tokens[j]?.lower ?? '') && LEADER_OF.has(tokens[j + 1]?.lower ?? '')) {
      const leader = readPhrase(tokens, tokens[j + 1]!.lower === 'von' ? j + 2 : j + 1, lex, false);
      if (leader && !leader.pronoun && tokens.slice(leader.from, leader.to).some((t) => t.cap)) {
        i = leader.to;
        // (and a second leader: "unter Führung von Talbex und dem Talberger Kurier")
        const second = tokens[i]?.lower === 'und' ? readPhrase(tokens, i + 1, lex, false) : null;
        if (second && !second.pronoun && tokens.slice(second.from, second.to).some((t) => t.cap)) i = second.to;
        // (and the leader's title in quotation marks: "unter Führung des Magazins „Talberger Blick“")
        if (isQuoteMark(tokens[i]) && tokens[i + 1]?.quoted) i = afterQuotedTitle(tokens, i);
      }
    }
  }
  // "Forscher aus Osnabrück": a place after a role (a place takes no genitive: "aus Sicht des Amtes" is a cue of its own)
  if (
    tokens[i]?.lower === 'aus' &&
    tokens[i + 1]?.cap &&
    !lex.articles.has(tokens[i + 2]?.lower ?? '') &&
    !!stemType(tokens[i - 1]!.lower, lex) &&
    /^[.,:;]?$/.test(tokens[i + 2]?.text.replace(/^\p{L}.*/u, '') ?? '') &&
    !isNounLike(tokens[i + 2], lex)
  )
    i += 2;
  // "Quellen im Ministerium", "Kreise in der Regierung": a vague source and the body it is inside of (not one
  // whose compound says whose already: "Aus Regierungskreisen | in der Hauptstadt")
  if (
    i > start &&
    lex.anonymous.has(tokens[i - 1]!.lower) &&
    !stemType(tokens[i - 1]!.lower, lex, 3) &&
    INSIDE.has(tokens[i]?.lower ?? '')
  ) {
    let j = i + 1;
    if (ARTICLES_ONLY.has(tokens[j]?.lower ?? '')) j++;
    while (isAdjective(tokens[j], lex)) j++;
    if (isNounLike(tokens[j], lex) && isCircle(tokens[j], lex)) {
      while (isNounLike(tokens[j], lex) && j - start < MAX_PHRASE_TOKENS) j++;
      i = j;
    }
  }
  // "Angaben aus dem Ministerium", "Informationen aus Sicherheitskreisen": what is told and whom it comes from;
  // "eine Person aus dem Umfeld des Ministers", "ein Mitarbeiter aus ihrem Team": a person and the circle
  // they belong to (with its article: "aus Sorge", "aus Anlass" are no circle; a bare plural keeps its
  // place apart: "Ärzte | aus der Region")
  const member =
    i > start &&
    DETERMINERS.has(tokens[start]!.lower) &&
    (isRoleWord(tokens[i - 1]!, lex) || lex.anonymous.has(tokens[i - 1]!.lower)) &&
    (ARTICLES_ONLY.has(tokens[i + 1]?.lower ?? '') || POSSESSIVES.has(tokens[i + 1]?.lower ?? ''));
  if (tokens[i]?.lower === 'aus' && i > start && (TOLD.has(tokens[i - 1]!.lower) || member)) {
    let j = i + 1;
    if (ARTICLES_ONLY.has(tokens[j]?.lower ?? '') || (member && POSSESSIVES.has(tokens[j]?.lower ?? ''))) j++;
    while (isAdjective(tokens[j], lex)) j++;
    // (a member of a circle or a body, not of a place: "eine Dame | aus dem Ort")
    const whence = TOLD.has(tokens[i - 1]!.lower) || isCircle(tokens[j], lex);
    if (whence && isNounLike(tokens[j], lex)) {
      while (isNounLike(tokens[j], lex) && j - start < MAX_PHRASE_TOKENS) j++;
      i = j;
    }
  }
  // "das Bundesamt für Migration und Flüchtlinge", "die Landesanstalt für Landwirtschaft"
  i = forComplementEnd(tokens, i, start, lex);
  // a genitive plural without article after a role: "Vertretern deutscher Nachrichtendienste"
  if (
    i > start &&
    endsWithAny(tokens[i - 1]!.lower, lex.relational) &&
    isAdjective(tokens[i], lex) &&
    /er$/.test(tokens[i]!.lower)
  ) {
    let j = i;
    while (isAdjective(tokens[j], lex)) j++;
    if (isNounLike(tokens[j], lex)) {
      while (isNounLike(tokens[j], lex) && j - start < MAX_PHRASE_TOKENS) j++;
      i = j;
    }
  }
  // a genitive: "die Sprecherin des Weißen Hauses" (not after a personal name: "erzählt Beispielmann der Zeitung";
  // but first in the sentence a name takes no dative before the verb: "Mitglieder der Opposition kritisierten";
  // nor is a noun after an article fused with its preposition a name: "im Umfeld des Klubs")
  // (a chain of them: "die Vorsitzende des Vorstands der Stiftung", where the next is no dative: after
  // "des", or in a phrase that opens the sentence, before its verb)
  for (
    let n = 0;
    n <= MAX_GENITIVE_CHAIN &&
    tokens[i] &&
    GENITIVE.has(tokens[i]!.lower) &&
    (n === 0 || start === 0 || /^(?:des|seines|ihres)$/.test(tokens[i]!.lower)) &&
    // (a person by their age has no owner: "sagte der 47-Jährige der Zeitung" told the paper, dative)
    !AGE_NOUN.test(tokens[i - 1]?.lower ?? '') &&
    !(
      i - start >= 1 &&
      isName(tokens[i - 1]) &&
      !DETERMINERS.has(tokens[start]!.lower) &&
      !FUSED_ARTICLES.has(tokens[start - 1]?.lower ?? '') &&
      // (after focus words alone that open the sentence or follow its comma it stands first too: "Auch Teile der
      // Koalition äußerten …", "Nicht nur X, auch Teile der Koalition …")
      !firstAfterFocus(tokens, start, lex) &&
      start > 0
    );
    n++
  ) {
    const before = i;
    let j = i + 1;
    while (isAdjective(tokens[j], lex)) j++;
    const from = j;
    // (a medium after the role of an office is who was told, dative: "sagte der Minister der Zeitung", "… der
    // „Talberger Zeitung“"; a minister of a newspaper there is none; asked only where a medium follows)
    const office = () =>
      before > start && OFFICE_ROLE_TYPES.has(stemType(tokens[before - 1]!.lower, lex, 3) ?? 'other');
    if (isNounLike(tokens[j], lex)) {
      // (coordinated compounds too: "der Bundes- und Landesregierung")
      while (isNounLike(tokens[j], lex) && j - start < MAX_PHRASE_TOKENS)
        j += isTruncatedCompound(tokens, j + 1) && isNounLike(tokens[j + 3], lex) ? 3 : 1;
      if (j > from) j = englishNameEnd(tokens, j, start, lex);
      // (with the quoted title it takes, in its genitive form too: "des Fanclubs „Rote Teufel“")
      const noun = tokens[j - 1]!.lower;
      if (
        j > from &&
        isQuoteMark(tokens[j]) &&
        tokens[j + 1]?.quoted &&
        tokens[j + 1]!.cap &&
        (takesTitle(noun, lex) || takesTitle(noun.replace(/e?s$/, ''), lex))
      )
        j = afterQuotedTitle(tokens, j);
      if (tokens[j]?.text === '(' && isNounLike(tokens[j + 1], lex) && tokens[j + 2]?.text === ')') j += 3;
      // "ein Polizeisprecher der Deutschen Presse-Agentur sagte": an agency after a role is who was told (dative)
      const agency = tokens
        .slice(from, j)
        .some((t) => lex.nameTypes.get(t.lower) === 'agency' || stemType(t.lower.replace(/-/g, ''), lex) === 'agency');
      const medium =
        tokens.slice(from, j).some((t) => (lex.nameTypes.get(t.lower) ?? stemType(t.lower, lex)) === 'media') &&
        office();
      if (!agency && !medium) i = forComplementEnd(tokens, j, start, lex);
    } else if (
      isQuoteMark(tokens[j]) &&
      tokens[j + 1]?.quoted &&
      tokens[j + 1]!.cap &&
      // (not after a spokesperson whose compound names the body spoken for: "wie ein Polizeisprecher der
      // „Talberger Zeitung“ sagte" told the paper, dative)
      !(before > start && SPOKESPERSON_COMPOUND.test(tokens[before - 1]!.lower)) &&
      !office()
    ) {
      // a quoted title: "eines Berichts des „Spiegel“"
      let k = j + 1;
      while (tokens[k]?.quoted && k - j <= 5) k++;
      if (isQuoteMark(tokens[k])) i = k + 1;
    }
    if (i === before) break;
  }
  // whom a body or a work is commissioned by: "ein Gremium im Auftrag der Landesregierung", "eine
  // Studie im Auftrag des Ministeriums"
  if (i > start && tokens[i]?.lower === 'im' && tokens[i + 1]?.lower === 'auftrag' && !tokens[i]!.quoted) {
    let j = i + 2;
    if (GENITIVE.has(tokens[j]?.lower ?? '') || tokens[j]?.lower === 'von') j++;
    while (isAdjective(tokens[j], lex)) j++;
    if (j > i + 2 && isNounLike(tokens[j], lex)) {
      while (isNounLike(tokens[j], lex) && j - start < MAX_PHRASE_TOKENS) j++;
      i = j;
    }
  }
  // a name in apposition: ", Mara Lindqvist" followed by the end of the clause
  // a short place or body after the role, before a name in apposition: "die Fraktionschefin der
  // Talberger Liste im Kreistag, Lea Roth" (the name decides: without one the phrase ends before the preposition)
  let k = i;
  if (allowApposition && i > start && PLACE_PREPOSITIONS.has(tokens[i]?.lower ?? '')) {
    k = i + 1;
    if (tokens[k] && DETERMINERS.has(tokens[k]!.lower)) k++;
    const from = k;
    while (isNounLike(tokens[k], lex) && k - from < 2) k++;
    if (k === from || tokens[k]?.text !== ',') k = i;
  }
  if (allowApposition && tokens[k]?.text === ',' && isNounLike(tokens[k + 1], lex)) {
    const i0 = i;
    i = k;
    let j = i + 1;
    while (isNounLike(tokens[j], lex) && j - i <= 4) j++;
    const names = tokens.slice(i + 1, j);
    // a party or place in brackets after the name: "Der Drogenbeauftragte, Tom Kahl (CDU), sagte"
    if (tokens[j]?.text === '(' && isNounLike(tokens[j + 1], lex) && tokens[j + 2]?.text === ')') j += 3;
    const after = tokens[j];
    if ((!after || /^[.,;:!?)]$/.test(after.text)) && names.length >= 2 && names.every((n) => !stemType(n.lower, lex)))
      i = j;
    else i = i0;
  }
  // a role in apposition after a name: "Anna Beispiel, Grünen-Sprecherin für Verkehr": not part of the mention, but its type
  let role: string | undefined;
  if (tokens[i]?.text === ',' && isName(tokens[i - 1])) {
    let j = i + 1;
    if (tokens[j] && DETERMINERS.has(tokens[j]!.lower)) j++;
    while (isAdjective(tokens[j], lex)) j++;
    const head = tokens[j];
    if (head && isNounLike(head, lex) && !isName(head)) {
      let e = j + 1;
      while (e < tokens.length && e - j < 8 && !/^[.,;:!?)]$/.test(tokens[e]!.text) && !tokens[e]!.quoted) e++;
      role = tokens
        .slice(i + 1, e)
        .map((t) => t.text)
        .join(' ');
    }
  }
  return { from: start, to: i, text: '', pronoun: false, ...(role ? { role } : {}) };
}

/** Prepositions of a short place or body between a role and a name in apposition: "im Kreistag, Lea Roth". */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['im', 'in', 'am', 'beim', 'bei', 'aus']);
/** Nouns of a person's circle, which "aus" joins to a member of it: "eine Person aus seinem Umfeld". */
const CIRCLES: ReadonlySet<string> = new Set([
  'umfeld',
  'team',
  'kreis',
  'lager',
  'reihen',
  'führung',
  'spitze',
  'koalition',
]);
/** A person's circle or a body, of which a person "aus" it is a member ("aus seinem Umfeld", "aus der Koalition"). */
function isCircle(t: Token | undefined, lex: Lexicon): boolean {
  return !!t && (CIRCLES.has(t.lower) || !!stemType(t.lower, lex, 3, (type) => type !== 'person'));
}
/** Nouns of what is told, which "aus" joins to whom it comes from: "Angaben aus dem Ministerium". */
const TOLD: ReadonlySet<string> = new Set([
  'angaben',
  'informationen',
  'hinweise',
  'hinweisen',
  'berichte',
  'berichten',
]);

/** Prepositions of what a vague source is inside of: "Quellen im Ministerium", "Kreise aus der Regierung". */
const INSIDE = new Set(['im', 'in', 'aus', 'innerhalb']);

/** How many genitives may follow the first: "des Vorstands der Stiftung des Landes". */
const MAX_GENITIVE_CHAIN = 2;
/** A person by their age, as a noun: "47-Jährige", "28-Jährigen" (the ending's letter captured). */
export const AGE_NOUN = /^\d{1,3}-[Jj]ährige([nr]?)$/;

/** Reads a phrase and fills in its text; null when none starts at `i`. */
export function phraseAt(sentence: string, tokens: readonly Token[], i: number, lex: Lexicon): Phrase | null {
  const p = readPhrase(tokens, i, lex);
  if (!p) return null;
  p.text = spanText(sentence, tokens, p.from, p.to);
  return p;
}

/** The phrase that ends exactly at token `end` (exclusive), searching from `from`: "X zufolge". */
export function phraseEndingAt(
  sentence: string,
  tokens: readonly Token[],
  from: number,
  end: number,
  lex: Lexicon,
): Phrase | null {
  for (let i = Math.max(from, end - MAX_PHRASE_TOKENS); i < end; i++) {
    const p = readPhrase(tokens, i, lex, false);
    if (p && p.to === end) {
      // "kein Thema", "keine Frage": the denial belongs to the phrase (and makes it nobody)
      if (p.from > from && NEGATIVE.has(tokens[p.from - 1]!.lower)) p.from--;
      p.text = spanText(sentence, tokens, p.from, p.to);
      return p;
    }
  }
  return null;
}
