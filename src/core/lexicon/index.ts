/**
 * Lexicons are data (JSON files in each language's folder, `src/core/lang/<code>/lexicon/`, one per
 * category); this module compiles them into the sets and maps the analysis looks words up in. It
 * knows no language: the registry (`src/core/lang/index.ts`) hands it each language's data.
 */
import quotes from './quotes.json';
import type { SourceType } from '../vocabulary.js';
import type { Token } from '../tokens.js';

export interface Explanation {
  de: string;
  en: string;
}

/** A finite form of a speech verb and what it needs to count. */
export interface VerbForm {
  lemma: string;
  particle: string | null;
  /** 'content': counts only before that/a quote/a colon; 'document': only with a document or study as subject;
   * 'perfect': only with a perfect infinitive closing its clause ("will es gesehen haben": a claim);
   * 'agent': not with a thing as subject ("Die Polizei geht von Brandstiftung aus", not "Die Gefahr geht von … aus");
   * 'outlet': only with an outlet or agency as subject (a verb of reporting without content, see `outlet`);
   * 'court': only with a court as subject (a verb of hearing, see `hearing`);
   * 'forecaster': a forecast with no content, only from an expert, a document or a body (see `forecast`). */
  needs?: 'content' | 'document' | 'perfect' | 'agent' | 'outlet' | 'court' | 'forecaster';
  /** With needs 'content': words in the verb's clause that are content too ("stellte die Lage als ernst dar"). */
  contentWords?: string[];
  /** A verb of forecasting: without content it still counts with an expert, a document or a body as subject ("Analysts expect a rise", "The carmaker expects a loss"). */
  forecast?: true;
  /** With needs 'content': only "dass", a colon or a quotation after it, or a clause "wie" opens, is its content ("Wie die Zeitung erfuhr"; not "hat eine Wandlung erfahren, die …"). */
  clauseOnly?: true;
  /** A verb of reporting: without content it still counts with an outlet or agency as subject ("The Journal first reported the talks"). */
  outlet?: true;
  /** A verb of the manner of speaking ("fumed", "laughs", "empört sich"): it counts only beside a quotation it tags. */
  tag?: true;
  /** Before an infinitive with "zu" it states an intention, no statement ("hofft, damit Zeit zu gewinnen"); with "dass" or a quotation it counts. */
  intent?: true;
  /** A verb of asking: before a question it reports no statement ("asked whether …"), before what is asked for it does ("asked for talks"). */
  question?: true;
  /** A verb of hearing: with content it counts with a court, a jury or a tribunal as subject, for what was said before it ("The court heard that …"). */
  hearing?: true;
  /** Prepositions of which one must follow the verb in its clause ("sprach von", "erinnerte daran"). */
  prep?: string[];
  /** Its forms count in lower case only: capitalised they are a noun in a name ("the United States"). */
  lowerCase?: true;
  /** What the word after the preposition must be ("hält es für richtig", not "hielt eine Rede für die Opfer"). */
  prepNext?: RegExp;
  /** The cue shows the separable particle, not the preposition ("führte … zurück", whose "auf" the clause must hold). */
  cueParticle?: true;
  /** Separable particles that, closing the clause, make another verb of it ("sieht … anders aus" looks, no judgement). */
  notClosedBy?: string[];
  /**
   * A joined form of a particle of several words: the words before the last, one of which stands before
   * the verb in its clause ("wie die Polizei davon ausging"; not "die Wahl, die knapp ausging").
   */
  joinedAfter?: string[];
}

/** A participle's verb and the words one of which must stand in its clause; `forecast`: a forecast as their object. */
export interface ParticiplePrep {
  lemma: string;
  prep: readonly string[];
  forecast?: true;
  /** The word stands right before the participle, as one cue with it ("hat … erklären lassen"). */
  before?: true;
}

/** A prepositional or adverbial attribution cue ("laut X", "X zufolge"); the flags are documented in according.json. */
export interface AccordingCue {
  id: string;
  before?: RegExp;
  after?: RegExp;
  afterSticky?: RegExp;
  afterAnywhere?: RegExp;
  types?: SourceType[];
  /** `before` and `after` without look-arounds, caseless: a fast search on the lowered sentence, boundaries checked after (`wordMatches`). */
  quick: RegExp;
  self?: boolean;
  own?: RegExp;
  mentionAfter?: RegExp;
  compound?: RegExp;
  findings?: RegExp;
  /** A pattern whose first group is the source, standing inside the cue itself: "in the latest polls". */
  inCue?: RegExp;
  unsourced?: 'reportative';
  /** The cue and the word after it that keep a cue without a source from marking second-hand content. */
  unsourcedNot?: RegExp;
  notMention?: RegExp;
  /** For an "after" cue: a word that must close the cue's clause ("Dem Sender liegt das Papier vor"). */
  closedBy?: RegExp;
  quoteTail?: boolean;
  /** The mention must be determined: an article or a capital first, or a bare plural ("per the contract", not "per person"). */
  determined?: boolean;
  /** The type of a mention nothing else types: what the cue says it is ("wie aus einer Vorlage hervorgeht": a document). */
  guess?: SourceType;
  /** The cue's words that let `guess` apply, where only some of its forms say the type ("nach kicker-Informationen"). */
  guessIn?: RegExp;
  /** An "after" cue that opens a relative clause, which may stand after the verbs closing its antecedent's clause. */
  extraposed?: boolean;
  /** The compound's source is a country's adjective ("nach ukrainischen Angaben"): that country's side, named. */
  people?: SourceType;
}

export interface Lexicon {
  lang: string;
  abbreviations: Set<string>;
  /** A number before a period may be an ordinal ("am 3. März"), not a sentence end. */
  ordinalPeriod: boolean;
  /** Words that stand capitalised inside a name after an initial ("Friedrich A. Von Hayek"). */
  nameParticles: Set<string>;
  /** finite form → the verbs it can belong to (several for 'gibt': bekanntgeben, zugeben). */
  verbForms: Map<string, VerbForm[]>;
  /** past participle → lemma (of the verb that needs no word beside it, where there is one). */
  participles: Map<string, string>;
  /**
   * Participles of verbs that count only with one of their words in the clause ("von dem Unfall
   * gesprochen"), each verb with its words: "gemacht" is "deutlich gemacht" and "verantwortlich gemacht".
   */
  participlePreps: Map<string, readonly ParticiplePrep[]>;
  /** Participles that count without any such word too ("gesagt"). */
  plainParticiples: Set<string>;
  /**
   * Participles of verbs with a particle, each with its particle as written in the lexicon ("made" → "clear
   * it+clear"): the passive counts with the particle beside it ("was made clear by", not "was made by").
   */
  participleParticles: Map<string, string>;
  /** What a verb needs of its clause, by lemma (for its participle, which has no form entry of its own). */
  needsOf: Map<string, NonNullable<VerbForm['needs']>>;
  /**
   * Words in a verb's clause that make it another act, no speech, by lemma ("zu sieben Jahren Haft
   * verurteilt" sentences, "wegen Betrugs verurteilt" convicts; "verurteilte den Angriff" condemns).
   */
  otherActs: Map<string, readonly string[]>;
  /** Lemmas of the verbs of forecasting (`VerbForm.forecast`). */
  forecasts: Set<string>;
  /** Lemmas whose content is only a "dass" clause, a colon or a quotation, or a clause "wie" opens (`VerbForm.clauseOnly`). */
  clauseOnly: Set<string>;
  /** Lemmas whose passive without an agent reports nothing ("wurde gewürdigt": honoured, not said). */
  activeOnly: Set<string>;
  /** Lemmas that count only with a speaker as subject, whatever else they need ("Der Name verrät, dass …" reveals nothing). */
  agentOnly: Set<string>;
  functionWords: Set<string>;
  focusWords: Set<string>;
  anonymous: Set<string>;
  /** A clause after a source in which they ask to stay unnamed ("who asked not to be named"), or null. */
  asksAnonymity: RegExp | null;
  /** noun stem → type, longest stems first for suffix matching. */
  nounTypes: Array<[string, SourceType]>;
  /** The same stems as a map, for lookups by suffix (see `stemType`). */
  nounMap: Map<string, SourceType>;
  /** All names of more than one word in one pattern ("weißen hauses", "new york times"), lower case. */
  multiWordNames: RegExp | null;
  /** The nouns of more than one word ("think tank", "white paper"), each as its words, longest first. */
  multiWordNouns: string[][];
  relational: Set<string>;
  /** Relational roles whose holder always speaks for a body ("Sprecherin", "spokesman"). */
  speaksFor: Set<string>;
  /** Nouns of a person's or a body's office or staff that speak for their owner after a possessive ("her office", "sein Büro"). */
  ownedUnits: Set<string>;
  /**
   * Nouns of a country's people, lower case, with the gender their form tells (null: either): "der Österreicher",
   * "die Schweizerin", "the Spaniard" stand for a person named before, as an age does ("der 58-Jährige").
   */
  demonyms: Map<string, 'm' | 'f' | null>;
  /** lower-case proper name → type. */
  nameTypes: Map<string, SourceType>;
  konjunktiv: Set<string>;
  /** -ing form → speech verb (English participle clauses: ", saying …"). */
  gerunds: Map<string, VerbForm>;
  /** Nouns of saying that a that-clause follows ("announcement", "claim"): their owner said it. */
  speechNouns: Set<string>;
  /** Words that open a noun phrase; personal pronouns that can be a speaker. */
  determiners: Set<string>;
  pronouns: Set<string>;
  /** Personal pronouns in the object case that stand for a source after or before a cue ("according to her", "ihm zufolge"). */
  objectPronouns: Set<string>;
  /** Forms of address before a name ("Mr", "Sir"): part of a mention, neither role nor name. */
  titles: Set<string>;
  /** Nouns that name an institution, never a person ("cabinet", "camp"): no role a name after them holds. */
  bodyNouns: Set<string>;
  /**
   * Nouns that name a body by its kind alone ("the company", "der Konzern", "die Behörde"): with the
   * definite article they point back to the one body of that type the text named by a name of its own.
   */
  kindNouns: Set<string>;
  /** Role words that name one office, each with the office's key ("rathauschef" → "=bürgermeister"). */
  offices: Map<string, string>;
  /** Given names borne by one gender ("harry" → m), lower case: whom "he" or "she" may point to. */
  givenNames: Map<string, 'm' | 'f'>;
  /** Given names borne by men and women alike ("Lee", "Kai"): given names before a surname, of no gender. */
  eitherNames: Set<string>;
  /** Type of a relational role when no body is named ("officials" → government). */
  relationalFallbacks: Map<string, SourceType>;
  /** Fields a relational role serves clients in, with no body named ("financial adviser" → expert). */
  relationalFields: Map<string, SourceType>;
  /** Nouns for the authors of a text ("Autoren", "authors"): of a study or report the text named, researchers. */
  documentAuthors: Set<string>;
  /** The outlet speaking of itself: a word of the first person or "this" before its newsroom ("unserer Redaktion", "this newspaper"). */
  ownNewsroom: { before: Set<string>; nouns: Set<string>; definite: Set<string> };
  /** Nouns for people of one gender ("woman", "father"): whom "she" or "he" may point to. */
  genderedNouns: Map<string, 'm' | 'f'>;
  /**
   * Nouns of a person's trade that news takes up for the person named before ("the singer", "the striker"):
   * for a language whose nouns say no gender, what German's feminine or masculine role does.
   */
  epithets: Set<string>;
  /**
   * Verbs of a firm's trade in the third person ("sells", "makes"): a name a relative clause of a thing says
   * trades so is a company ("Talbex, which sells wristbands").
   */
  tradeVerbs: Set<string>;
  /**
   * Head nouns of institutions' names in another language that the text quotes as written ("die Talbury
   * Foundation", "das Office for National Statistics"), capitalised, with their types; and words that open such
   * a name and type it when its head does not ("die Federal Mint").
   */
  foreignHeads: { heads: Map<string, SourceType>; openers: Map<string, SourceType> };
  /** Nouns of a group of people taken up by a plural pronoun ("family": "Kahl's family said … they added"). */
  collectives: Set<string>;
  /**
   * Nouns of a body's staff ("employees", "Mitarbeiter"): one of them the mention names no body of is of the
   * body the text named last ("Two employees told …" after the firm).
   */
  staff: Set<string>;
  /** `quick`: the cue's words alone, tested on a sentence before the exact pattern runs. */
  according: AccordingCue[];
  /** Any according cue's `quick` words, caseless (`anyIn`): a sentence without them is passed over at once. */
  anyAccording: RegExp;
  /**
   * A refusal to comment, its comma and a participle of giving a reason, ending the text up to a cue's end
   * ("declined to comment, citing | …"): what follows is the refusal's reason, no source and no statement.
   */
  refusal: RegExp | null;
  reportative: Array<{ id: string; pattern: RegExp; quick: RegExp }>;
  /** Any reportative cue's `quick` words, the same. */
  anyReportative: RegExp;
  /** The reportative cue id of a passive speech act without an agent ("wurde … mitgeteilt"). */
  passiveCue: string;
  /** A subject that is reports nobody owns ("Reports suggest", "Medienberichte besagen"): second hand, no source. */
  unownedReports: RegExp | null;
  /** Konjunktiv I forms that no indicative shares: they mark reported speech far from any source. */
  konjunktivUnambiguous: Set<string>;
  /** Lemmas whose passive subject is the speaker and whose agent the channel ("wurde … zitiert", "was quoted by"). */
  passiveSpeakers: Set<string>;
  /** Verbs whose object after them is the speaker and their subject the channel: "zitiert die Zeitung einen Insider", "quoted an aide". */
  objectSpeakers: Set<string>;
  /** Verbs whose denial is a statement too: "schloss Brandstiftung nicht aus", "did not rule out a rise". */
  saidWhenDenied: Set<string>;
  /** Words that open a sentence pointing back to the one before ("Das sagte …"). */
  pointsBack: Set<string>;
  /** Words that join a person to what they speak about in a teaser with no verb ("Anna Berger über …", "Dana Reyes on …"). */
  teaserTopics: Set<string>;
  /** Possessives that stand for a source inside a cue ("nach ihren Angaben"). */
  possessives: Set<string>;
  /**
   * Possessives that point to the last noun phrase before them, not to the subject ("deren", "dessen":
   * "Die Stadt erhält Hilfe von einer Initiative. Deren Sprecherin …" is the initiative's).
   */
  demonstratives: Set<string>;
  /** Conjunctions that open a clause of time ("bevor", "nachdem"; "before", "after"): what it says happened, no one said it. */
  timeConjunctions: Set<string>;
  /** Prepositions: a noun phrase after one is an adverbial ("im Interview"), not who speaks. */
  prepositions: Set<string>;
  /** Words a question opens with ("was", "warum", "what"): a question the text asks reports no statement. */
  interrogatives: Set<string>;
  /** How a credit line after an interview opens, lower case ("das gespräch führte"): it ends the answers. */
  interviewCredits: string[];
  /** Definite articles, dropped when a body is named again. */
  articles: Set<string>;
  /** Definite articles of the nominative. */
  nominative: Set<string>;
  /** Articles of a feminine or plural noun: a body named with one is no masculine pronoun's ("die Bahn" … "er"). */
  feminine: Set<string>;
  /** The last word of a feminine noun by its ending ("Zeitung", "Gewerkschaft"), or null where nouns have no gender. */
  feminineEnding: RegExp | null;
  explanations: Map<string, Explanation>;
}

/** The words of a lexicon list; one with a straight apostrophe ("can't") is listed with the typographic one too. */
const words = (s: string): string[] =>
  s
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => (w.includes("'") ? [w, w.replaceAll("'", '’')] : [w]));
/** A lexicon's words by type ("government": "agency bureau") as a map of each word, in lower case, to its type. */
const wordTypes = (byType: Record<string, string> | undefined): Map<string, SourceType> =>
  new Map(
    Object.entries(byType ?? {}).flatMap(([type, ws]) =>
      words(ws).map((w) => [w.toLowerCase(), type as SourceType] as const),
    ),
  );
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Stems this short are whole words or the end of a compound with a longer first part. */
const SHORT_STEM = 3;

/** The letters at the end of a word that tell whether any key of a set may end it. */
const ENDING = 3;
/** Of each set or map of words, the endings of its words: a word with none of them ends with none of its words. */
const endingsOf = new WeakMap<ReadonlySet<string> | ReadonlyMap<string, unknown>, ReadonlySet<string>>();
function endings(keys: ReadonlySet<string> | ReadonlyMap<string, unknown>): ReadonlySet<string> {
  let out = endingsOf.get(keys);
  if (!out) {
    const all = new Set<string>();
    for (const k of keys.keys()) all.add(k.length >= ENDING ? k.slice(-ENDING) : k);
    endingsOf.set(keys, (out = all));
  }
  return out;
}
/**
 * Where the search of `word` for a key of `keys` it ends with starts: at the first letter, or, where no
 * key ends as the word does, at the suffixes shorter than an ending (the sets hold no such short word
 * but for a few).
 */
function firstSuffix(word: string, keys: ReadonlySet<string> | ReadonlyMap<string, unknown>): number {
  return word.length >= ENDING && !endings(keys).has(word.slice(-ENDING)) ? word.length - ENDING + 1 : 0;
}

/**
 * The type of the longest lexicon stem that `word` (lower case) ends with, leaving at least
 * `minRest` letters before it (or none: the whole word), optionally only stems whose type passes
 * `accept`. A lookup per suffix, not a scan of the lexicon. With `minRest`, a stem of three letters
 * or fewer needs a first part of four ("Fußballfan", not "Stefan"; "Zollamt").
 */
export function stemType(
  word: string,
  lex: Lexicon,
  minRest = 0,
  accept?: (t: SourceType) => boolean,
): SourceType | null {
  for (let k = firstSuffix(word, lex.nounMap); k < word.length; k++) {
    if (k > 0 && (k < minRest || (minRest && word.length - k <= SHORT_STEM && k < SHORT_STEM + 1))) continue;
    const t = lex.nounMap.get(word.slice(k));
    if (t && (!accept || accept(t))) return t;
  }
  // a compound written with a hyphen is the compound: "Nachrichten-Seite" is a "Nachrichtenseite"
  const joined = word.includes('-') ? word.replace(/-/g, '') : null;
  return joined ? stemType(joined, lex, minRest, accept) : null;
}

/** Whether `word` (lower case) ends with a word of `set`. */
export function endsWithAny(word: string, set: ReadonlySet<string>): boolean {
  for (let k = firstSuffix(word, set); k < word.length; k++) if (set.has(word.slice(k))) return true;
  return false;
}

/** A word boundary before a pattern that starts with a word; none before one that starts with punctuation (", so"). */
function wordStart(pattern: string): string {
  return /^[\p{L}(]/u.test(pattern) ? '(?<![\\p{L}\\p{N}])' : '';
}

/** One search for any of `patterns` (their words, no flags but case and Unicode): whether a sentence holds one at all. */
function anyOf(patterns: readonly RegExp[]): RegExp {
  return patterns.length ? new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), 'u') : /(?!)/;
}

/**
 * A pattern's source for text in lower case: its letters lowered outside escapes, a capital or small
 * letter (\p{Lu}, \p{Ll}) any letter. On `text.toLowerCase()` it finds at least what the source finds in
 * `text` without regard to case, and it needs no case folding: a large pattern compiles several times faster.
 */
export function caseless(source: string): string {
  return source.replace(/\\[pPuk]\{[^}]*\}|\\.|[^\\]+/gu, (m) =>
    m[0] !== '\\' ? m.toLowerCase() : /^\\p\{L[ul]\}$/.test(m) ? '\\p{L}' : m,
  );
}

/**
 * A sentence in lower case for the caseless prefilters, when lowering keeps every character's place
 * (it does not for a few letters, "İ"); else null.
 */
export function lowered(text: string): string | null {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : null;
}

/** A caseless prefilter run on text as it stands (see `lowered`): the same source, matched without regard to case. */
const anyCaseOf = new WeakMap<RegExp, RegExp>();
function anyCase(re: RegExp): RegExp {
  if (re.ignoreCase) return re;
  let r = anyCaseOf.get(re);
  if (!r) anyCaseOf.set(re, (r = new RegExp(re.source, re.flags + 'i')));
  return r;
}

/**
 * The quick search of a cue's pattern (`wordMatches`): caseless, global, without a look-behind it opens with
 * ("(?<!not )seen by" → "seen by"), which it would test at every position; the exact pattern decides.
 */
function quickSearch(source: string): RegExp {
  return new RegExp(caseless(withoutLeadingLookbehind(source)), 'gu');
}

/** A pattern's source without a look-behind it opens with ("(?<!not )seen by" → "seen by"). */
function withoutLeadingLookbehind(source: string): string {
  if (!source.startsWith('(?<')) return source;
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (c === '[') while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return source.slice(i + 1);
  }
  return source;
}

/** Whether a caseless prefilter finds anything in `text` (`lower` its lowered form, or null). */
export function anyIn(re: RegExp, text: string, lower: string | null): boolean {
  return lower !== null ? re.test(lower) : anyCase(re).test(text);
}

/**
 * The matches of `exact` in `text`, found fast: `quick` (the same words without look-arounds,
 * global) finds where a match may start, and `exact` (sticky) decides there. The same matches as
 * `text.matchAll(exact)`, without running the look-arounds at every position.
 */
export function* wordMatches(
  text: string,
  lower: string | null,
  caselessQuick: RegExp,
  exact: RegExp,
): Generator<RegExpExecArray> {
  // (the caseless quick words on the lowered text: the same places)
  const quick = lower !== null ? caselessQuick : anyCase(caselessQuick);
  const where = lower ?? text;
  quick.lastIndex = 0;
  let q: RegExpExecArray | null;
  while ((q = quick.exec(where))) {
    exact.lastIndex = q.index;
    const m = exact.exec(text);
    if (m) {
      yield m;
      quick.lastIndex = Math.max(q.index + 1, m.index + m[0].length);
    } else {
      quick.lastIndex = q.index + 1;
    }
  }
}

/**
 * A function of one word and a lexicon, kept per lexicon: the answer depends on the word alone and
 * the same words recur across sentences and pages. Bounded, so a batch over millions of pages does
 * not grow it without end.
 */
export function perWord<V>(
  compute: (t: Token, lex: Lexicon) => V,
  max = 50_000,
  /** What the answer depends on: the word in lower case, or as written (where capitals tell a name). */
  key: 'lower' | 'text' = 'lower',
): (t: Token, lex: Lexicon) => V {
  const caches = new WeakMap<Lexicon, Map<string, V>>();
  // (the lexicon of the call before, most often the same: no WeakMap lookup per word)
  let lastLex: Lexicon | null = null;
  let last = new Map<string, V>();
  return (t, lex) => {
    let cache = last;
    if (lex !== lastLex) {
      cache = caches.get(lex)!;
      if (!cache) caches.set(lex, (cache = new Map()));
      lastLex = lex;
      last = cache;
    }
    const k = t[key];
    const hit = cache.get(k);
    if (hit !== undefined || cache.has(k)) return hit!;
    if (cache.size > max) cache.clear();
    const v = compute(t, lex);
    cache.set(k, v);
    return v;
  };
}

/**
 * The gender a person's given name says ("Anna Berger", "Tom Kahl"; a double name by its first part,
 * "Karl-Heinz Kahl"), by the lexicon's list of names of one gender.
 */
export function givenNameGender(name: string, lex: Lexicon): 'm' | 'f' | undefined {
  const first = name.split(/\s+/)[0]!.toLowerCase();
  return lex.givenNames.get(first) ?? (first.includes('-') ? lex.givenNames.get(first.split('-')[0]!) : undefined);
}

/** Whether the first word of `name` is a given name the lexicon knows, of one gender or of either. */
export function isGivenName(name: string, lex: Lexicon): boolean {
  return !!givenNameGender(name, lex) || lex.eitherNames.has(name.split(/\s+/)[0]!.toLowerCase());
}

/** A role word's lexicon stem: the longest known word its last part ends with ("Drusenführer" → "führer"). */
export function roleKey(t: Token | undefined, lex: Lexicon): string | null {
  return t ? roleKeyOfWord(t, lex) : null;
}

const roleKeyOfWord = perWord((t, lex): string | null => {
  const w = t.lower.split('-').pop()!;
  for (let k = 0; k < w.length - 2; k++) {
    const part = w.slice(k);
    if (lex.relational.has(part) || lex.nounMap.has(part)) return part;
  }
  return null;
});

/** The type of the first multi-word name found in a lower-case text. */
export function multiWordNameType(lowerText: string, lex: Lexicon): SourceType | null {
  const m = lex.multiWordNames?.exec(lowerText);
  return m ? (lex.nameTypes.get(m[0]) ?? null) : null;
}

/** One language's lexicon files, as read from JSON. */
export interface LexiconData {
  abbr: { words: string[]; ordinalPeriod?: boolean; nameParticles?: string };
  speech: {
    explain: Explanation;
    joinParticle?: boolean;
    nouns?: string;
    /** The explanation of a noun of saying, if the language lists nouns. */
    nounExplain?: Explanation;
    verbs: Array<{
      lemma: string;
      forms: string;
      particle?: string;
      prep?: string;
      prepNext?: string;
      cueParticle?: boolean;
      notClosedBy?: string;
      participle?: string;
      perfect?: string;
      gerund?: string;
      needs?: string;
      contentWords?: string;
      clauseOnly?: boolean;
      tag?: boolean;
      activeOnly?: boolean;
      agent?: boolean;
      otherAct?: string;
      forecast?: boolean;
      outlet?: boolean;
      hearing?: boolean;
      question?: boolean;
      intent?: boolean;
      lowerCase?: boolean;
      passiveSpeaker?: boolean;
      objectSpeaker?: boolean;
      saidWhenDenied?: boolean;
    }>;
  };
  according: {
    cues: Array<{
      id: string;
      before?: string;
      after?: string;
      types?: string[];
      self?: boolean;
      own?: string;
      mentionAfter?: string;
      compound?: string;
      findings?: string;
      inCue?: string;
      unsourced?: string;
      unsourcedNot?: string;
      notMention?: string;
      closedBy?: string;
      quoteTail?: boolean;
      determined?: boolean;
      guess?: string;
      guessIn?: string;
      extraposed?: boolean;
      people?: string;
      matchCase?: boolean;
      explain: Explanation;
    }>;
    refusal?: string;
  };
  reportative: {
    cues: Array<{ id: string; pattern: string; explain: Explanation }>;
    konjunktiv?: string;
    konjunktivUnambiguous?: string;
    passiveCue: string;
    unownedReports?: string;
  };
  sources: {
    bodies?: string[];
    kinds?: string[];
    offices?: Record<string, string[]>;
    authors?: string[];
    ownNewsroom?: { before: string; nouns: string; definite?: string };
    epithets?: string;
    trades?: string;
    foreignHeads?: { openers?: Record<string, string>; heads: Record<string, string> };
    collectives?: string;
    staff?: string;
    gendered?: { female: string; male: string };
    demonyms?: { male: string; female: string; either?: string };
    relational: {
      nouns: string[];
      fallbacks?: Record<string, string>;
      fields?: Record<string, string>;
      speaksFor?: string[];
      owned?: string[];
    };
    types: Record<string, { nouns: string[]; names: string[] }>;
  };
  anonymous: { words: string[]; asksAnonymity?: string };
  givenNames?: { female: string; male: string; either?: string };
  functionWords: {
    words: string;
    focus: string;
    determiners?: string;
    pronouns?: string;
    objectPronouns?: string;
    titles?: string;
    pointsBack?: string;
    teaserTopics?: string;
    possessives?: string;
    demonstratives?: string;
    timeConjunctions?: string;
    prepositions?: string;
    interrogatives?: string;
    interviewCredits?: string[];
    articles?: string;
    nominative?: string;
    feminine?: string;
    feminineEndings?: string;
    spelling?: string;
  };
}

/** The nouns of a country's people by the gender their form tells; a form of both genders ("Deutsche") of either. */
function demonymsOf(d: { male: string; female: string; either?: string } | undefined): Map<string, 'm' | 'f' | null> {
  const out = new Map<string, 'm' | 'f' | null>();
  if (!d) return out;
  for (const w of words(d.either ?? '')) out.set(w, null);
  for (const w of words(d.male)) out.set(w, 'm');
  for (const w of words(d.female)) out.set(w, out.has(w) ? null : 'f');
  return out;
}

/** Compiles one language's lexicon data. Separable verbs (`joinParticle`) also get their joined form. */
export function compile(lang: string, d: LexiconData): Lexicon {
  // a language's other spellings of a letter ("ß=ss": Swiss German writes "heisst", "äusserte", "liess"):
  // every listed word and pattern matches them too
  const spellings = words(d.functionWords.spelling ?? '').map((x) => x.split('=') as [string, string]);
  const alike = (w: string): string[] =>
    spellings.reduce<string[]>((ws, [a, b]) => ws.flatMap((x) => (x.includes(a) ? [x, x.split(a).join(b)] : [x])), [w]);
  const ws = (s: string): string[] => words(s).flatMap(alike);
  const alikePattern = (pattern: string): string =>
    spellings.reduce((q, [a, b]) => q.split(a).join(`(?:${a}|${b})`), pattern);
  const verbForms = new Map<string, VerbForm[]>();
  const participles = new Map<string, string>();
  const participlePreps = new Map<string, ParticiplePrep[]>();
  const plainParticiples = new Set<string>();
  const participleParticles = new Map<string, string>();
  const needsOf = new Map<string, NonNullable<VerbForm['needs']>>();
  const forecasts = new Set<string>();
  const clauseOnly = new Set<string>();
  const activeOnly = new Set<string>();
  const agentOnly = new Set<string>();
  const otherActs = new Map<string, readonly string[]>();
  const gerunds = new Map<string, VerbForm>();
  const explanations = new Map<string, Explanation>();
  const passiveSpeakers = new Set<string>();
  const objectSpeakers = new Set<string>();
  const saidWhenDenied = new Set<string>();
  const addForm = (f: string, form: VerbForm) => verbForms.set(f, [...(verbForms.get(f) ?? []), form]);
  for (const v of d.speech.verbs) {
    const needs = v.needs as VerbForm['needs'];
    const form: VerbForm = {
      lemma: v.lemma,
      particle: v.particle ?? null,
      ...(needs ? { needs } : {}),
      ...(v.contentWords ? { contentWords: words(v.contentWords.toLowerCase()) } : {}),
      ...(v.forecast ? { forecast: true as const } : {}),
      ...(v.clauseOnly ? { clauseOnly: true as const } : {}),
      ...(v.outlet ? { outlet: true as const } : {}),
      ...(v.tag ? { tag: true as const } : {}),
      ...(v.hearing ? { hearing: true as const } : {}),
      ...(v.question ? { question: true as const } : {}),
      ...(v.intent ? { intent: true as const } : {}),
      ...(v.lowerCase ? { lowerCase: true as const } : {}),
      ...(v.prep ? { prep: words(v.prep.toLowerCase()) } : {}),
      ...(v.prepNext ? { prepNext: new RegExp(`^(?:${v.prepNext})$`, 'u') } : {}),
      ...(v.cueParticle ? { cueParticle: true as const } : {}),
      ...(v.notClosedBy ? { notClosedBy: words(v.notClosedBy.toLowerCase()) } : {}),
    };
    for (const f of ws(v.forms)) {
      addForm(f, form);
      // German verb-final clauses join the particle: "wie die Polizei mitteilte"
      if (v.particle && d.speech.joinParticle) {
        const parts = v.particle.split(' ');
        const last = parts.pop()!;
        addForm(last + f, { ...form, particle: null, ...(parts.length ? { joinedAfter: parts } : {}) });
      }
    }
    if (needs) needsOf.set(v.lemma, needs);
    if (v.forecast) forecasts.add(v.lemma);
    if (v.clauseOnly) clauseOnly.add(v.lemma);
    if (v.activeOnly) activeOnly.add(v.lemma);
    if (v.agent) agentOnly.add(v.lemma);
    if (v.otherAct) otherActs.set(v.lemma, words(v.otherAct.toLowerCase()));
    // (a participle in two spellings is listed twice: "criticised criticized")
    for (const participle of ws(v.participle ?? '')) {
      if (form.prep) {
        participlePreps.set(participle, [
          ...(participlePreps.get(participle) ?? []),
          { lemma: v.lemma, prep: form.prep, ...(v.forecast ? { forecast: true as const } : {}) },
        ]);
        if (!plainParticiples.has(participle)) participles.set(participle, v.lemma);
      } else {
        plainParticiples.add(participle);
        participles.set(participle, v.lemma);
        // (a language that joins the particle to the participle has it there: "mitgeteilt")
        if (v.particle && !d.speech.joinParticle) participleParticles.set(participle, v.particle);
        else participleParticles.delete(participle);
      }
    }
    // "hat über seinen Anwalt erklären lassen": a verb of "lassen" with an infinitive has in the perfect the
    // infinitive "lassen" for a participle, the verb's infinitive right before it
    for (const participle of ws(v.perfect ?? '')) {
      participlePreps.set(participle, [
        ...(participlePreps.get(participle) ?? []),
        { lemma: v.lemma, prep: [v.particle!.toLowerCase()], before: true },
      ]);
      if (!plainParticiples.has(participle)) participles.set(participle, v.lemma);
    }
    if (v.gerund) gerunds.set(v.gerund, form);
    if (v.passiveSpeaker) passiveSpeakers.add(v.lemma);
    if (v.objectSpeaker) objectSpeakers.add(v.lemma);
    if (v.saidWhenDenied) saidWhenDenied.add(v.lemma);
  }
  // (every verb of saying has the same explanation: one entry, which "verb:<lemma>" falls back to, see cueFamily)
  explanations.set('verb', d.speech.explain);
  if (d.speech.nouns) explanations.set('speech-noun', d.speech.nounExplain ?? d.speech.explain);
  // a separable verb before the plain verb of the same form: "sagen … voraus" is tried before "sagen"
  // (it counts only with its particle closing the clause, so the plain verb still gets every other use)
  for (const [f, list] of verbForms)
    verbForms.set(
      f,
      [...list].sort((x, y) => +!x.particle - +!y.particle),
    );
  const nounTypes: Array<[string, SourceType]> = [];
  const nameTypes = new Map<string, SourceType>();
  for (const [type, entry] of Object.entries(d.sources.types) as Array<
    [SourceType, { nouns: string[]; names: string[] }]
  >) {
    for (const n of entry.nouns.flatMap(alike)) nounTypes.push([n, type]);
    for (const n of entry.names) nameTypes.set(n.toLowerCase(), type);
  }
  nounTypes.sort((a, b) => b[0].length - a[0].length);
  const multi = [...nameTypes.keys()].filter((n) => n.includes(' ')).sort((a, b) => b.length - a.length);
  const according = d.according.cues.map((cue): AccordingCue => {
    const c = {
      ...cue,
      ...(cue.before ? { before: alikePattern(cue.before) } : {}),
      ...(cue.after ? { after: alikePattern(cue.after) } : {}),
    };
    explanations.set('according:' + c.id, c.explain);
    // (with `matchCase` a capital in the pattern, \\p{Lu}, is one in the text: "erfuhr die Zeitung aus", not "erfuhr
    // erst am Abend von")
    const ci = c.matchCase ? '' : 'i';
    return {
      id: c.id,
      // a word boundary before a pattern that starts with a word (", so" starts with punctuation)
      before: c.before ? new RegExp(wordStart(c.before) + c.before + '(?![\\p{L}\\p{N}])', `y${ci}u`) : undefined,
      after: c.after ? new RegExp(wordStart(c.after) + '(?:' + c.after + ')(?![\\p{L}\\p{N}])', `g${ci}u`) : undefined,
      afterSticky: c.after
        ? new RegExp(wordStart(c.after) + '(?:' + c.after + ')(?![\\p{L}\\p{N}])', `y${ci}u`)
        : undefined,
      // a cue with words before and after the mention: a sentence without the closing words is skipped at once
      afterAnywhere: c.before && c.after ? new RegExp(caseless(c.after), 'u') : undefined,
      // the same words without the word-boundary look-arounds: a fast search, boundaries checked after (`wordMatches`)
      quick: quickSearch(c.before ?? c.after!),
      ...(c.types ? { types: c.types as SourceType[] } : {}),
      ...(c.self ? { self: true } : {}),
      ...(c.own ? { own: new RegExp(c.own, 'iu') } : {}),
      ...(c.mentionAfter ? { mentionAfter: new RegExp(`(?:${c.mentionAfter})$`, 'iu') } : {}),
      ...(c.compound ? { compound: new RegExp(c.compound, 'iu') } : {}),
      ...(c.findings ? { findings: new RegExp(c.findings, 'iu') } : {}),
      ...(c.inCue ? { inCue: new RegExp(c.inCue, 'iu') } : {}),
      ...(c.unsourced === 'reportative' ? { unsourced: 'reportative' as const } : {}),
      ...(c.unsourcedNot ? { unsourcedNot: new RegExp(c.unsourcedNot, 'iu') } : {}),
      ...(c.notMention ? { notMention: new RegExp(`^(?:${c.notMention})$`, 'iu') } : {}),
      // (the clause runs to a comma, semicolon, colon or the sentence's end)
      ...(c.closedBy ? { closedBy: new RegExp(`^[^,;:.!?]*?\\s(?:${c.closedBy})(?=[\\s,;:.!?]|$)`, 'iu') } : {}),
      ...(c.quoteTail ? { quoteTail: true } : {}),
      ...(c.determined ? { determined: true } : {}),
      ...(c.guess ? { guess: c.guess as SourceType } : {}),
      ...(c.guessIn ? { guessIn: new RegExp(`(?:${c.guessIn})$`, 'iu') } : {}),
      ...(c.extraposed ? { extraposed: true } : {}),
      ...(c.people ? { people: c.people as SourceType } : {}),
    };
  });
  for (const c of d.reportative.cues) explanations.set('reportative:' + c.id, c.explain);
  const reportative = d.reportative.cues
    .filter((c) => c.pattern)
    .map((c) => ({
      id: c.id,
      pattern: new RegExp('(?<![\\p{L}\\p{N}])(?:' + alikePattern(c.pattern) + ')(?![\\p{L}\\p{N}])', 'yiu'),
      quick: quickSearch(alikePattern(c.pattern)),
    }));
  explanations.set('quote', quotes.explain);
  explanations.set('quote:colon', quotes.colon);
  explanations.set('source:colon', quotes.headline);
  const fw = d.functionWords;
  return {
    lang,
    abbreviations: new Set(d.abbr.words),
    ordinalPeriod: d.abbr.ordinalPeriod ?? false,
    nameParticles: new Set(words(d.abbr.nameParticles ?? '')),
    verbForms,
    participles,
    participlePreps,
    plainParticiples,
    participleParticles,
    needsOf,
    otherActs,
    forecasts,
    clauseOnly,
    activeOnly,
    agentOnly,
    gerunds,
    speechNouns: new Set(ws(d.speech.nouns ?? '')),
    functionWords: new Set(ws(fw.words)),
    focusWords: new Set(ws(fw.focus)),
    determiners: new Set(words(fw.determiners ?? '')),
    pronouns: new Set(words(fw.pronouns ?? '')),
    objectPronouns: new Set(words(fw.objectPronouns ?? '')),
    titles: new Set(words(fw.titles ?? '')),
    givenNames: new Map([
      ...words(d.givenNames?.female ?? '').map((w) => [w, 'f'] as const),
      ...words(d.givenNames?.male ?? '').map((w) => [w, 'm'] as const),
    ]),
    eitherNames: new Set(words(d.givenNames?.either ?? '')),
    anonymous: new Set(d.anonymous.words.flatMap(alike)),
    asksAnonymity: d.anonymous.asksAnonymity ? new RegExp(d.anonymous.asksAnonymity, 'iu') : null,
    nounTypes,
    nounMap: new Map([...nounTypes].reverse()),
    multiWordNouns: nounTypes.filter(([n]) => n.includes(' ')).map(([n]) => n.split(' ')),
    multiWordNames: multi.length
      ? new RegExp('(?<![\\p{L}])(?:' + multi.map(escapeRegExp).join('|') + ')(?![\\p{L}])', 'u')
      : null,
    relational: new Set(d.sources.relational.nouns.flatMap(alike)),
    bodyNouns: new Set(d.sources.bodies ?? []),
    kindNouns: new Set(d.sources.kinds ?? []),
    // (a key no word ends in: "der Vizebürgermeister" is not the mayor)
    offices: new Map(
      Object.entries(d.sources.offices ?? {}).flatMap(([k, ws]) => ws.map((w) => [w, `=${k}`] as const)),
    ),
    speaksFor: new Set(d.sources.relational.speaksFor ?? []),
    ownedUnits: new Set(d.sources.relational.owned ?? []),
    demonyms: demonymsOf(d.sources.demonyms),
    relationalFallbacks: new Map(Object.entries(d.sources.relational.fallbacks ?? {}) as Array<[string, SourceType]>),
    relationalFields: new Map(Object.entries(d.sources.relational.fields ?? {}) as Array<[string, SourceType]>),
    documentAuthors: new Set(d.sources.authors ?? []),
    epithets: new Set(words(d.sources.epithets ?? '')),
    tradeVerbs: new Set(words(d.sources.trades ?? '')),
    foreignHeads: {
      heads: wordTypes(d.sources.foreignHeads?.heads),
      openers: wordTypes(d.sources.foreignHeads?.openers),
    },
    collectives: new Set(words(d.sources.collectives ?? '')),
    staff: new Set(words(d.sources.staff ?? '')),
    ownNewsroom: {
      before: new Set(words(d.sources.ownNewsroom?.before ?? '')),
      nouns: new Set(words(d.sources.ownNewsroom?.nouns ?? '')),
      definite: new Set(words(d.sources.ownNewsroom?.definite ?? '')),
    },
    genderedNouns: new Map([
      ...words(d.sources.gendered?.female ?? '').map((w) => [w, 'f'] as const),
      ...words(d.sources.gendered?.male ?? '').map((w) => [w, 'm'] as const),
    ]),
    nameTypes,
    konjunktiv: new Set(ws(d.reportative.konjunktiv ?? '')),
    konjunktivUnambiguous: new Set(ws(d.reportative.konjunktivUnambiguous ?? '')),
    passiveCue: d.reportative.passiveCue,
    unownedReports: d.reportative.unownedReports ? new RegExp(`^(?:${d.reportative.unownedReports})$`, 'iu') : null,
    passiveSpeakers,
    objectSpeakers,
    saidWhenDenied,
    pointsBack: new Set(words(fw.pointsBack ?? '')),
    teaserTopics: new Set(words(fw.teaserTopics ?? '')),
    possessives: new Set(words(fw.possessives ?? '')),
    demonstratives: new Set(words(fw.demonstratives ?? '')),
    timeConjunctions: new Set(words(fw.timeConjunctions ?? '')),
    prepositions: new Set(words(fw.prepositions ?? '')),
    interrogatives: new Set(words(fw.interrogatives ?? '')),
    interviewCredits: fw.interviewCredits ?? [],
    articles: new Set(words(fw.articles ?? '')),
    nominative: new Set(words(fw.nominative ?? '')),
    feminine: new Set(words(fw.feminine ?? '')),
    feminineEnding: fw.feminineEndings ? new RegExp(`\\p{Ll}(?:${words(fw.feminineEndings).join('|')})$`, 'u') : null,
    according,
    // (a cue of two parts needs its second anywhere in the sentence: the rarer part decides, not "in" or "aus")
    anyAccording: anyOf(according.map((c) => c.afterAnywhere ?? c.quick)),
    refusal: d.according.refusal ? new RegExp(`(?:${d.according.refusal})$`, 'iu') : null,
    reportative,
    anyReportative: anyOf(reportative.map((c) => c.quick)),
    explanations,
  };
}
