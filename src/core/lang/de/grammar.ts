/**
 * German grammar of attribution: V2 and verb-final clauses, separable verbs ("teilte … mit"),
 * inverted subjects ("…, sagte der Minister"), and "sollen" told apart from plans.
 */
import type { Lexicon, VerbForm } from '../../lexicon/index.js';
import { isAge, wordsOf, type Token } from '../../tokens.js';
import type { SourceType } from '../../schema.js';
import { AGE_NOUN, isFormalSie, personRole, phraseAt, phraseEndingAt, readPhrase, takesTitle } from './np.js';
import {
  complementAfter,
  dashesAsCommas,
  pastFillers,
  quotedTitleBefore,
  spanText,
  type CopulaWords,
  type Phrase,
} from '../../phrase.js';
import { besideQuotation, isQuoteMark } from '../../quotes.js';
import {
  DEFINITE,
  DETERMINERS,
  FUSED_ARTICLES,
  GENITIVE_ARTICLES,
  NEGATIVE,
  NOMINATIVE_OPENERS,
  NON_NOMINATIVE,
  PLURAL_NUMBER,
} from './determiners.js';
import {
  classifySource,
  formerRoleType,
  heldBefore,
  isBareRole,
  isRoleBeforeName,
  isTimePhrase,
  namesSource,
  roleGender,
  roleKey,
  rolesWithNames,
} from './classify.js';
import type { Grammar, SpeechNoun, VerbHit } from '../types.js';
import { germanBaseForm } from './base-form.js';
import { expertByTitle, givesRole, type Classified } from '../../entities.js';

/** The auxiliaries of a perfect infinitive ("gesehen haben", "gewesen sein"). */
const PERFECT_AUX = new Set(['haben', 'sein']);
/** Finite verbs before a passive infinitive of an act yet to come: "soll verkündet werden", "wird verkündet werden". */
const YET_TO_COME = new Set(['soll', 'sollen', 'wird', 'werden', 'würde', 'würden']);
/**
 * A past participle, in lower case (a noun is capitalised): with "ge-", also after a separable prefix
 * ("gesehen", "herausgefunden"), with an inseparable prefix and no "ge-" ("erfahren", "bemerkt",
 * "verstanden"), or in "-iert" ("recherchiert").
 */
const PAST_PARTICIPLE = /^(?:\p{Ll}*ge\p{Ll}+(?:t|en)|(?:be|er|ver|ent|zer|emp|miss)\p{Ll}+(?:t|en)|\p{Ll}+iert)$/u;

/** Modal verbs that make a passive speech act the writer's own ("muss gesagt werden"); not "soll", which reports. */
const MODALS = new Set([
  'kann',
  'können',
  'konnte',
  'konnten',
  'könnte',
  'könnten',
  'muss',
  'müssen',
  'musste',
  'mussten',
  'müsste',
  'müssten',
  'darf',
  'dürfen',
  'durfte',
  'dürfte',
  'sollte',
  'sollten',
  'lässt',
  'ließ',
  'liess',
]);
/** Finite verbs that close a clause after an infinitive: the modals above, "sagen will", "sagen würde". */
const AFTER_INFINITIVE = new Set([
  ...MODALS,
  'will',
  'wollte',
  'wollten',
  'möchte',
  'möchten',
  'soll',
  'sollen',
  'würde',
  'würden',
  'wird',
]);
/** Adverbs after a verb that opens a clause with no subject of its own ("…, bestätigte aber, dass …"). */
const SHARED_SUBJECT_ADVERBS = new Set(['aber', 'jedoch', 'allerdings', 'dann', 'zudem', 'außerdem', 'ausserdem']);
/** Words that open only a subject after a verb: a nominative's article or pronoun ("…, betonte aber der Minister"). */
const SUBJECT_OPENERS = new Set(['der', 'ein', 'ich', 'du', 'er', 'wir', 'man']);

/**
 * Whether the sentence opens with a subject and, right after it, a verb of saying, before the comma at
 * `start - 1`: "Die Grünen lobten den Plan, …", "Gewerkschaften begrüßten den Vorstoß, …".
 */
function openedBySaying(text: string, tokens: readonly Token[], start: number, lex: Lexicon): boolean {
  const first = phraseAt(text, tokens, 0, lex);
  return !!first && first.to < start - 1 && lex.verbForms.has(tokens[first.to]!.lower);
}
/** Articles of an object, never of a subject: after "bestätigte aber" they open what was confirmed. */
const OBJECT_ARTICLES = new Set(['den', 'dem', 'einen', 'einem']);
/** An insertion between commas ("…, allen voran die CDU, …") of at most this many words. */
const MAX_INSERTION_TOKENS = 7;
/** A bracket of at most this many words ("(CSU)", "(34)", "(Oder-Spree)") is read as part of its clause. */
const MAX_BRACKET_TOKENS = 5;
const CLAUSE_BREAK = new Set([',', ';', ':', '–', '—', '(', ')', '+', '|', '•']);
/** Words of degree before a word put first in its clause: "Ganz anders sieht das …", "Völlig anders sah es …". */
const DEGREE: ReadonlySet<string> = new Set([
  'ganz',
  'völlig',
  'etwas',
  'deutlich',
  'viel',
  'komplett',
  'grundlegend',
  'gänzlich',
]);

const SUBORDINATORS = new Set(['wie', 'als', 'nachdem', 'während', 'weil', 'da', 'obwohl', 'wenn', 'sobald']);

/**
 * Question words that open a clause whose verb ends it: "Wovor Berger warnt: „…“" gives the words
 * after its colon; "Was Berger sagt, stimmt nicht" reports none.
 */
const QUESTION_OPENERS = new Set([
  'was',
  'wovor',
  'worauf',
  'woran',
  'wofür',
  'wozu',
  'worüber',
  'womit',
  'warum',
  'weshalb',
  'wieso',
]);
const AUX = new Set([
  'hat',
  'hatte',
  'hatten',
  'haben',
  'hätte',
  'hätten',
  'habe',
  'ist',
  'war',
  'waren',
  'sind',
  'sei',
  'seien',
]);
const PASSIVE_AUX = new Set(['wurde', 'wurden', 'wird', 'werden', 'worden']);
const REPORTATIVE_SOLL = new Set(['soll', 'sollen']);
const PAST_SOLL = new Set(['sollte', 'sollten']);
/** A participle of a verb with an inseparable prefix: "betreten", "verlassen", "erhalten", "zerstört". */
const INSEPARABLE_PARTICIPLE = /^(?:be|ver|er|ent|zer|emp|ge|miss|über|unter|hinter)\p{L}{2,}(?:t|en)$/u;
const PLAN_MARKERS =
  /(?<![\p{L}])(?:künftig|zukünftig|demnächst|später|morgen|übermorgen|am (?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Wochenende)|in Zukunft|bis (?:zum |Ende |Anfang |Mitte )?(?:\d{4}|Ende|Mitte|Anfang|Jahresende|Monatsende|auf Weiteres|(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Wochenende|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)(?![\p{L}]))|ab (?:dem |sofort|\d|nächst|kommend|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)|im (?:kommenden|nächsten) (?:Jahr|Monat)|(?:ab|im|Anfang|Mitte|Ende) (?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Frühjahr|Frühling|Sommer|Herbst|Winter)|in Kraft (?:treten|gesetzt)|nächste[nrs]? (?:Jahr|Woche|Monat)|kommende[nrs]? (?:Jahr|Woche|Monat|Frühjahr|Sommer|Herbst|Winter)|von \p{L}+ an|in (?:etwa |rund |gut )?(?:\d+|einer|einem|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|wenigen|einigen)(?: bis \p{L}+)? (?:Tag|Woche|Monat|Jahr)\p{L}*|(?:19|20)\d\d|um \d{1,2}(?:[.:]\d\d)? Uhr|nach (?:dem Willen|(?:den )?Plänen|(?:den |der )\p{L}*(?:ferien|pause))|dann|damit|helfen|dienen|sorgen|bringen|ermöglichen|zugutekommen)(?![\p{L}\d])/iu;
const PERFECT_INFINITIVE = /(?:haben|sein|worden sein)$/;
/**
 * Verbs of a task to be done, as the infinitive that ends a clause with "soll": an assignment or a plan
 * ("Ein Gutachter soll den Hergang untersuchen", "Ein Schiedsgericht soll das klären"), not hearsay, which takes
 * a perfect infinitive or a verb of a state ("soll die Tat gestanden haben", "soll in Talberg leben").
 */
const TASK_INFINITIVE =
  /(?:^|\s)(?:\p{L}*(?:untersuchen|prüfen|klären|ermitteln|erarbeiten|rekonstruieren|beraten|beantworten|begutachten)|entscheiden|vorlegen|leiten|entstehen|eröffnen)$/u;

/** A comma right after the hyphen of a truncated compound ("Solar-, Wind- und Wasserenergie"): inside a phrase. */
function isCompoundComma(tokens: readonly Token[], i: number): boolean {
  const dash = tokens[i - 1];
  return tokens[i]!.text === ',' && dash?.text === '-' && dash.start === tokens[i - 2]?.end;
}

export function clauseStartBefore(tokens: readonly Token[], anchor: number): number {
  let i = anchor - 1;
  for (;;) {
    while (i >= 0 && ((!CLAUSE_BREAK.has(tokens[i]!.text) && !tokens[i]!.quoted) || isCompoundComma(tokens, i))) i--;
    // a short bracket belongs to the clause: "Markus Söder (CSU) nannte …", "Die Frau (34) sagte …"
    if (i > 0 && tokens[i]!.text === ')') {
      let k = i - 1;
      while (k >= 0 && i - k <= MAX_BRACKET_TOKENS && tokens[k]!.text !== '(' && tokens[k]!.text !== ')') k--;
      if (k > 0 && tokens[k]!.text === '(' && i - k <= MAX_BRACKET_TOKENS) {
        i = k - 1;
        continue;
      }
    }
    if (i < 0 || !tokens[i]!.quoted) return i + 1;
    // a short quoted title after an article belongs to the clause: "die „Abendpost“ verkündete",
    // and after an article and its noun: "die Zeitung „Abendpost“ berichtete"
    let k = i;
    while (k >= 0 && tokens[k]!.quoted) k--;
    const before = tokens[k - 1];
    // (adjectives between: "der koreanische Blog »Techwelt«")
    let d = k - 2;
    // (an article of any case: "des Portals „Abendpost“")
    while (d > k - 5 && tokens[d] && tokens[d]!.word && !tokens[d]!.cap && !DETERMINERS.has(tokens[d]!.lower)) d--;
    const titled = !!before?.cap && DETERMINERS.has(tokens[d]?.lower ?? '');
    // (the article may open the sentence, capitalised: "Der „Talberger Bote“ berichtete")
    if (i - k > 5 || !before || !before.word || (before.cap && !titled && !DETERMINERS.has(before.lower))) return i + 1;
    i = k - 1;
  }
}

function clauseEndAfter(tokens: readonly Token[], anchor: number): number {
  let i = anchor + 1;
  while (i < tokens.length && !CLAUSE_BREAK.has(tokens[i]!.text) && tokens[i]!.text !== '.' && !tokens[i]!.quoted) i++;
  return i;
}

/**
 * The end of the clause of the verb at `anchor`, reading over quotations and bracketed insertions:
 * "sprach sich Kahl (SPD) aus", "geht von einem „klaren Sieg“ aus".
 */
function clauseEndOverInsertions(tokens: readonly Token[], anchor: number): number {
  let i = anchor + 1;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.text === '(') {
      const close = tokens.findIndex((x, k) => k > i && x.text === ')');
      if (close < 0 || close - i > MAX_INSERTION_TOKENS) break;
      i = close + 1;
      continue;
    }
    if (!t.quoted && (CLAUSE_BREAK.has(t.text) || t.text === '.')) break;
    i++;
  }
  // (a closing quotation mark is no word of the clause)
  while (i > anchor + 1 && !tokens[i - 1]!.word) i--;
  return i;
}

/** Personal pronouns that are never a subject (accusative, dative), in lower case as written after a verb. */
const OBJECT_PRONOUNS = new Set(['mir', 'mich', 'dir', 'dich', 'uns', 'euch', 'ihm', 'ihnen']);

/**
 * Nouns that are feminine whatever their stem: by their ending ("Zeitung", "Gesellschaft", "Druckerei",
 * "Feuerwehr"; -e says nothing), and the bodies news names most, alone or as a compound's last part ("Stadt",
 * "Hauptstadt", "Polizei", "Landesbehörde"): after them "der" is dative or genitive ("wirft der Stadt … vor").
 */
const FEMININE_NOUN =
  /(?:\p{L}{2}(?:ung|heit|keit|schaft|tät|tion|sion|tur|erei|wehr)|(?:^|\p{L})(?:stadt|gemeinde|kommune|behörde|polizei|partei|firma|kirche|schule|klinik|armee|justiz|presse|kammer|agentur|bahn|börse|union|kanzlei))$/u;

/**
 * "der" before an adjective in -en and its noun is dative or genitive, never a subject: "sagte der
 * neuen Leiterin", "sagte der Lokalen Rundschau" (the subject reads "der neue Leiter"). A capitalised
 * adjective counts where a capitalised noun follows it (a name: "der Freien Talberger Presse"). So is "der"
 * before a noun that can only be feminine: "sagte der Zeitung", "sagte der Ministerin" (a feminine
 * subject reads "die").
 */
function isObliqueDer(tokens: readonly Token[], j: number, lex: Lexicon): boolean {
  if (tokens[j]?.lower !== 'der') return false;
  // (a title in quotation marks by its last word: "Der „Talberger Zeitung“ sagte Kahl …")
  if (isQuoteMark(tokens[j + 1]?.text)) {
    let k = j + 2;
    while (tokens[k]?.quoted) k++;
    const head = tokens[k - 1];
    return k > j + 2 && !!head?.cap && FEMININE_NOUN.test(head.lower);
  }
  const next = tokens[j + 1];
  if (next?.cap && next.word && !next.quoted && (FEMININE_NOUN.test(next.lower) || roleGender(next, lex) === 'f'))
    return true;
  const adj = next;
  const noun = tokens[j + 2];
  if (!adj?.word || adj.quoted || !/en$/.test(adj.lower) || !noun?.cap) return false;
  // (a body's noun in "-en" in the singular, no adjective: "Der Flughafen Talburg teilte mit" names the
  // airport, as "Der Verein Talburg" does its club; a plural, "der Behörden", stays oblique)
  if (adj.cap && isSingularNounInEn(adj.lower, lex)) return false;
  return !adj.cap || (noun.word && !noun.quoted);
}

/**
 * The subject a phrase after a preposition (`pp`) took for its own: a person's role and a name, set after a
 * noun without an article ("in Talberg Innenministerin Anna Berger"); or, at the end of the clause, the
 * phrase the first "der" in it opens when that can be a nominative, before no feminine noun ("bei einer
 * Pressekonferenz der Minister."; not "einer Sitzung der Ministerinnen"); else null.
 */
function subjectInside(text: string, tokens: readonly Token[], pp: Phrase, lex: Lexicon): Phrase | null {
  for (let g = pp.from + 1; g < pp.to; g++) {
    const prev = tokens[g - 1]!;
    if (prev.cap && !DETERMINERS.has(prev.lower) && isRoleBeforeName(tokens, g, lex)) {
      const p = phraseAt(text, tokens, g, lex);
      if (p && p.to >= pp.to) return p;
    }
  }
  for (let g = pp.from + 1; g < pp.to; g++) {
    if (tokens[g]!.lower !== 'der' || isObliqueDer(tokens, g, lex) || /innen$/.test(tokens[g + 1]?.lower ?? ''))
      continue;
    const p = phraseAt(text, tokens, g, lex);
    return p && p.to >= pp.to && !tokens[p.to]?.word ? p : null;
  }
  return null;
}

/** A noun in "-en" the lexicon knows as a body or a paper, whose stem it does not also know (no plural). */
function isSingularNounInEn(lower: string, lex: Lexicon): boolean {
  const type = lex.nounMap.get(lower);
  return (
    !!type &&
    SINGULAR_EN_TYPES.has(type) &&
    !lex.nounMap.has(lower.slice(0, -1)) &&
    !lex.nounMap.has(lower.slice(0, -2))
  );
}
/** Types of the bodies and papers whose nouns in "-en" are singular ("Flughafen", "Unternehmen", "Gutachten"). */
const SINGULAR_EN_TYPES: ReadonlySet<string> = new Set(['company', 'organization', 'government', 'media', 'document']);

/**
 * A name set off before its description: "Lea Roth, Leiterin der Jugendherberge, sagte …" — a name of
 * two or more capitalised words, then a comma and a noun (a description, not a clause, which would
 * open with a lower-case word).
 */
function opensApposition(tokens: readonly Token[], p: Phrase, comma: number, lex: Lexicon): boolean {
  const words = tokens.slice(p.from, p.to);
  const next = tokens[comma + 1];
  return (
    !p.pronoun &&
    words.length >= 2 &&
    words.every((t) => t.cap && t.word && !DETERMINERS_DE.has(t.lower)) &&
    !!next?.cap &&
    next.word &&
    !lex.functionWords.has(next.lower)
  );
}

/**
 * Where the text after a phrase ending at `i` goes on past an age set off after a name: ", 42," and
 * " (42)" are skipped, so that the index returned is the comma (or whatever) that follows the age.
 */
function afterAge(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.text === ',' && isAge(tokens[i + 1]) && tokens[i + 2]?.text === ',') return i + 2;
  if (tokens[i]?.text === '(' && isAge(tokens[i + 1]) && tokens[i + 2]?.text === ')') return i + 3;
  return i;
}

/**
 * Whether a phrase before a prepositional attribute can be the subject: it may speak (a role, body or
 * name, not "Die Bedrohung"), with an article, of several words or known to the lexicon ("Tests").
 */
function speaksAsSubject(p: Phrase, tokens: readonly Token[], lex: Lexicon): boolean {
  const c = classifySource(p.text, lex);
  return c.type !== 'other' && (DETERMINERS_DE.has(tokens[p.from]!.lower) || p.to - p.from > 1 || !c.guessed);
}

/** Words of a prepositional attribute between a subject's noun and its verb, at most (quotation marks not counted). */
const MAX_ATTRIBUTE_TOKENS = 8;

/** Quoted words of a name inside an attribute, at most: "des Portals „Talberger Blatt“". */
const MAX_QUOTED_NAME_WORDS = 4;

/**
 * Whether tokens `from`..`to` can be a prepositional attribute: at most MAX_ATTRIBUTE_TOKENS words
 * that are no verb, perhaps with a short quoted name after a noun ("unter Führung des Portals „Talberger Blatt“").
 */
function isAttribute(tokens: readonly Token[], from: number, to: number, lex: Lexicon): boolean {
  let words = 0;
  let quotedWords = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    // a body's short form in brackets: "… in der Informationstechnik (BSI)"
    if (t.text === '(' && tokens[k + 2]?.text === ')' && /^\p{Lu}{2,}$/u.test(tokens[k + 1]?.text ?? '')) {
      k += 2;
      continue;
    }
    if (t.word && ++words > MAX_ATTRIBUTE_TOKENS) return false;
    if (t.quoted || isQuoteMark(t.text)) {
      if (t.word && ++quotedWords > MAX_QUOTED_NAME_WORDS) return false;
      if (t.word && !t.cap && !tokens[k - 1]?.quoted) return false;
      continue;
    }
    if (!t.word || lex.verbForms.has(t.lower)) return false;
  }
  return true;
}

/** Prepositions of place and origin that may follow a subject's noun before its verb. */
const PLACE_PREPOSITIONS = new Set(['in', 'im', 'aus', 'bei']);
/** The end of a place phrase at token `i` ("in Dänemark", "aus der Region"): a preposition, an article, one capitalised word; or -1. */
/** A phrase that opens with a person's name of two or three words ("Jana Roth", "Tom Kahl von der Bank"). */
function isFullName(tokens: readonly Token[], p: Phrase, lex: Lexicon): boolean {
  let end = p.from;
  while (end < p.to && end - p.from < 3 && tokens[end]!.cap && tokens[end]!.word) end++;
  if (end - p.from < 2 || (end < p.to && tokens[end]!.cap)) return false;
  const name = wordsOf(tokens, p.from, end);
  const c = classifySource(name, lex);
  return c.type === 'person' && c.name === name;
}

function placeAfter(tokens: readonly Token[], i: number): number {
  if (!PLACE_PREPOSITIONS.has(tokens[i]?.lower ?? '')) return -1;
  let j = i + 1;
  if (tokens[j] && DETERMINERS_DE.has(tokens[j]!.lower)) j++;
  const t = tokens[j];
  return t && t.cap && t.word && !t.quoted ? j + 1 : -1;
}

/**
 * "ihr" before a verb that does not end in -t is its object ("…, der ihr sagte, was geschehen war"):
 * the subject "ihr" takes a verb in -t ("ihr sagt", "ihr sagtet").
 */
function isDativeIhr(tokens: readonly Token[], i: number, anchor: number): boolean {
  const verb = tokens[anchor]!;
  return tokens[i]!.lower === 'ihr' && !tokens[i]!.quoted && !verb.lower.endsWith('t');
}

/** Who does the saying at a verb (or its auxiliary) at `anchor`: before it in V2, after it when inverted. */
/**
 * The subject of a speech verb (see `findSubject`), or null for nobody: "Es gibt keine Behörde, die sagt …",
 * "Niemand sagte …" (not one of a group: "Keiner der Anwohner sagte").
 */
function subjectAt(text: string, tokens: readonly Token[], verb: VerbHit, lex: Lexicon): Phrase | null {
  const p = findSubject(text, tokens, verb, lex);
  const first = p ? tokens[p.from]!.lower : '';
  const nobody =
    first === 'niemand' || (NEGATIVE.has(first) && !GENITIVE_ARTICLES.has(tokens[p!.from + 1]?.lower ?? ''));
  return nobody ? null : p && (apposedTo(text, tokens, p, verb.anchor, lex) ?? p);
}

/**
 * The name that opens the sentence before a role in apposition that reaches the verb with no comma to
 * close it: "Anna Berger, Schulleiterin der Grundschule sagte …" is Anna Berger, of that role.
 */
function apposedTo(text: string, tokens: readonly Token[], p: Phrase, anchor: number, lex: Lexicon): Phrase | null {
  if (p.pronoun || p.from < 2 || p.to !== anchor || tokens[p.from - 1]?.text !== ',') return null;
  const name = phraseAt(text, tokens, 0, lex);
  if (!name || name.to !== p.from - 1) return null;
  const n = classifySource(name.text, lex);
  // (the role opens the apposition, with or without an article; a name after it is its body's: "Schulleiterin
  // der Grundschule Talberg-Nord")
  const head = tokens[DETERMINERS.has(tokens[p.from]!.lower) ? p.from + 1 : p.from];
  const role = head ? classifySource(head.text, lex) : null;
  return n.name?.includes(' ') && !n.role && !!role?.role && !role.name ? { ...name, role: p.text } : null;
}

/** Relative pronouns after a preposition: "in dem", "mit der", "von denen", "für die". */
const RELATIVE_AFTER_PREPOSITION = new Set(['dem', 'der', 'den', 'denen', 'die', 'das']);
/** The most commas of a list a clause is read back over. */
const MAX_LIST_COMMAS = 4;
/** The most words of an item of a list. */
const MAX_LIST_ITEM_WORDS = 6;

/** Whether the words from `from` to the next comma (or `end`) may be an item of a list: a few words, no verb. */
function isListItem(tokens: readonly Token[], from: number, end: number, lex: Lexicon): boolean {
  let k = from;
  for (; k < end && tokens[k]!.text !== ','; k++) {
    const t = tokens[k]!;
    if (!t.word || (!t.cap && (lex.verbForms.has(t.lower) || FINITE_AUX.has(t.lower)))) return false;
  }
  // (an item of a word or more: a verb right after a comma opens a clause of its own, "…, bei der er arbeitete, erklärte")
  return k > from && k - from <= MAX_LIST_ITEM_WORDS;
}

/**
 * The subject of a relative clause that a preposition and a relative pronoun open after a comma, its verb
 * last: the phrase right after the pronoun ("…, in dem die Sängerin Lea Roth ihren Weg schildert" is the
 * singer's, not the words before the verb); null when it is no phrase that ends before the verb; undefined
 * for any other clause. (Not "…, in dem Bericht schildert sie …": there the verb is second, words follow it.)
 */
function prepositionalRelativeSubject(
  text: string,
  tokens: readonly Token[],
  start: number,
  verb: VerbHit,
  lex: Lexicon,
): Phrase | null | undefined {
  // (the verb last: at most the auxiliaries of its tense after it; a verb with words after it opens no such
  // clause, and most verbs are read no further)
  const end = clauseEndAfter(tokens, verb.cueEnd);
  for (let k = verb.cueEnd + 1; k < end; k++) if (!FINITE_AUX.has(tokens[k]!.lower)) return undefined;
  // (back over the commas of a list inside the clause: "in dem er Sucht, Armut und Gewalt schildert")
  for (let n = 0; n < MAX_LIST_COMMAS && start > 1 && !lex.prepositions.has(tokens[start]!.lower); n++) {
    if (tokens[start - 1]!.text !== ',' || !isListItem(tokens, start, verb.anchor, lex)) break;
    start = clauseStartBefore(tokens, start - 1);
  }
  if (
    start === 0 ||
    tokens[start - 1]!.text !== ',' ||
    verb.anchor <= start + 2 ||
    !opensPrepositionalRelative(tokens, start, lex)
  )
    return undefined;
  const p = phraseAt(text, tokens, start + 2, lex);
  return p && p.to < verb.anchor ? p : null;
}

function findSubject(text: string, tokens: readonly Token[], verb: VerbHit, lex: Lexicon): Phrase | null {
  const anchor = verb.anchor;
  const title = quotedTitleBefore(text, tokens, anchor);
  if (title) return title;
  // ("Tom Kahl – ein früherer Berater – sagte", "Tom Kahl — a former adviser — said": dashes as commas)
  const commas = dashesAsCommas(tokens, anchor);
  if (commas) return findSubject(text, commas, verb, lex);
  // "Weitere Hinweise finden Sie unten": a capitalised "Sie" right after the verb is the reader addressed,
  // its subject; nobody is reported
  if (anchor > 0 && isFormalSie(tokens, anchor + 1)) return null;
  const start = clauseStartBefore(tokens, anchor);
  let i = start;
  // "Sowohl die Polizei als auch die Feuerwehr bestätigten …": the first of two subjects (`conjunct` adds the second)
  if (tokens[start]?.lower === 'sowohl') {
    const first = phraseAt(text, tokens, start + 1, lex);
    const second = first && isAlsAuch(tokens, first.to) ? phraseAt(text, tokens, first.to + 2, lex) : null;
    if (first && !first.pronoun && second?.to === anchor) return first;
  }
  // "Als Skandal bezeichnete die Opposition den Plan": "als" and a phrase before the verb, the clause
  // going on after it, is what the speaker calls something (the verb of a clause "als" opens ends it)
  const calledAs = tokens[i]?.lower === 'als' && clauseEndAfter(tokens, verb.cueEnd) > verb.cueEnd + 1;
  // "Israel gab an, …, und meldete zwei Tote": a finite verb right after "und" that opens its clause has no
  // first field and so no subject of its own: it shares the subject of the sentence, when that opens the
  // sentence; what follows the verb is its object
  // (not with a subject pronoun right after the verb: "aber sagen wir mal")
  // (so does one right after a comma with "aber", "jedoch" … and no subject after it: "Ein Sprecher wollte
  // sich nicht äußern, bestätigte aber, dass …")
  // "„…“, sagt Lea Roth im Interview und nennt ihre Trainerin …": a verb right after "und" in a clause a
  // verb of saying opened shares the subject after that verb; what follows it is its object
  if (
    anchor - 1 > start &&
    COORDINATORS.has(tokens[anchor - 1]!.lower) &&
    !NOMINATIVE_PRONOUNS.has(tokens[anchor + 1]?.lower ?? '')
  ) {
    const opener = lex.verbForms.get(tokens[start]!.lower)?.[0];
    const shared = opener
      ? findSubject(
          text,
          tokens,
          { anchor: start, cue: tokens[start]!.text, lemma: opener.lemma, passive: false, cueEnd: start },
          lex,
        )
      : null;
    if (shared && shared.from > start && shared.to <= anchor - 1) return shared;
  }
  // "Nach Angaben der Polizei bedrohte er die Kassiererin und forderte Bargeld": a verb right after "und" in a
  // clause a prepositional phrase opens shares the subject that follows the clause's first verb (inverted);
  // what follows the verb after "und" is its object, never its subject
  if (
    anchor - 1 > start &&
    COORDINATORS.has(tokens[anchor - 1]!.lower) &&
    !NOMINATIVE_PRONOUNS.has(tokens[anchor + 1]?.lower ?? '') &&
    lex.prepositions.has(tokens[start]!.lower)
  ) {
    const fronted = phraseAt(text, tokens, start + 1, lex);
    const first = fronted ? tokens[fronted.to] : undefined;
    const shared =
      fronted && first?.word && !first.cap && !lex.functionWords.has(first.lower)
        ? phraseAt(text, tokens, fronted.to + 1, lex)
        : null;
    return shared && shared.to <= anchor - 1 ? shared : null;
  }
  let k = anchor + 1;
  while (SHARED_SUBJECT_ADVERBS.has(tokens[k]?.lower ?? '')) k++;
  const afterAdverb = tokens[k]?.lower ?? '';
  const sharedAfterComma =
    start > 0 &&
    i === anchor &&
    k > anchor + 1 &&
    tokens[start - 1]?.text === ',' &&
    (afterAdverb === ',' ||
      afterAdverb === ':' ||
      afterAdverb === 'dass' ||
      OBJECT_ARTICLES.has(afterAdverb) ||
      // (any phrase no nominative's word opens, after a clause that its subject and a verb of saying open:
      // "Die Grünen lobten den Plan, kritisierten aber die Finanzierung", "…, fordern aber Nachbesserungen";
      // not "Der Plan sei gut, betonte aber der Minister")
      (!SUBJECT_OPENERS.has(afterAdverb) && openedBySaying(text, tokens, start, lex)));
  if (
    (start > 0 &&
      i + 1 === anchor &&
      (tokens[i]!.lower === 'und' || tokens[i]!.lower === 'oder') &&
      !NOMINATIVE_PRONOUNS.has(tokens[anchor + 1]?.lower ?? '')) ||
    sharedAfterComma
  ) {
    const first = phraseAt(text, tokens, 0, lex);
    // (the object first there, and the subject a pronoun after that clause's verb: "Vorwürfe erhob er nicht,
    // kritisierte aber …")
    const comma = first ? tokens.findIndex((t, k) => k >= first.to && t.text === ',') : -1;
    const pronoun =
      first && !first.pronoun
        ? tokens.findIndex((t, k) => k > first.to && k < comma && NOMINATIVE_PRONOUNS.has(t.lower))
        : -1;
    if (pronoun > 0) return { from: pronoun, to: pronoun + 1, text: tokens[pronoun]!.text, pronoun: true };
    return first &&
      first.to < start &&
      !NON_NOMINATIVE.has(tokens[first.from]!.lower) &&
      !isTimePhrase(tokens, first.from, first.to)
      ? first
      : null;
  }
  const asks = !!tokens[i] && QUESTION_OPENERS.has(tokens[i]!.lower) && tokens[verb.cueEnd + 1]?.text === ':';
  // (focus words may stand before the conjunction: "Auch wenn X sagt, …", "Denn selbst wenn X betont, …")
  let c = i;
  while (c < anchor && lex.focusWords.has(tokens[c]!.lower)) c++;
  const focused = c > i && SUBORDINATORS.has(tokens[c]?.lower ?? '');
  if (tokens[i] && (SUBORDINATORS.has(tokens[i]!.lower) || focused || asks) && !calledAs) {
    // "Wie X berichtete, …": the subject follows the conjunction, the verb ends the clause
    const p = phraseAt(text, tokens, (focused ? c : i) + 1, lex);
    // ("Wie die Konkurrenz streitet auch Talbex die Vorwürfe ab": "wie" and a phrase right before a verb the
    // clause goes on after compare, and the subject follows the verb)
    // ("Wie im Vorjahr fordert die Gewerkschaft …": so does a comparison with no phrase a subject could be)
    const compared = tokens[i]!.lower === 'wie' && (!p || p.to === anchor) && !!tokens[anchor + 1]?.word;
    if (!compared) return p && p.to <= anchor ? p : null;
    i = anchor;
  }
  const prepositional = prepositionalRelativeSubject(text, tokens, start, verb, lex);
  if (prepositional !== undefined) return prepositional;
  // a relative clause whose pronoun is the subject: "… von Generalsekretär Max Roth, der die Pläne verteidigte"
  // (not "…, die er kritisierte", whose subject follows the pronoun)
  // (nor "…, die Anwohner beobachtet haben": a bare noun after the pronoun is the subject)
  const afterPronoun = tokens[i + 1];
  if (
    i > 1 &&
    i < anchor &&
    tokens[i - 1]!.text === ',' &&
    NOMINATIVE_RELATIVE.has(tokens[i]!.lower) &&
    afterPronoun &&
    (!PERSONAL.has(afterPronoun.lower) || isDativeIhr(tokens, i + 1, anchor)) &&
    !(afterPronoun.cap && !DETERMINERS_DE.has(afterPronoun.lower))
  ) {
    // (past the particle that closes the clause before, an object: "Er rief Tom Kahl an, der bestätigte …";
    // not a prepositional phrase, "lag schon im Frühjahr vor, das …")
    const particle = SEPARABLE_PARTICLES.has(tokens[i - 2]!.lower);
    const end = particle ? i - 2 : i - 1;
    const clause = clauseStartBefore(tokens, end);
    const antecedent = phraseEndingAt(text, tokens, clause, end, lex);
    // "die Voraussetzung, welche das Gericht verneinte": after "das" (nominative or accusative alike) a
    // source is the subject and the pronoun its object, where the antecedent is no source
    if (afterPronoun.lower === 'das' && antecedent && !namesSource(antecedent.text, lex)) {
      const own = phraseAt(text, tokens, i + 1, lex);
      if (own && !own.pronoun && own.to <= anchor && namesSource(own.text, lex)) return own;
    }
    if (antecedent && !(particle && lex.prepositions.has(tokens[antecedent.from - 1]?.lower ?? '')))
      return agreeingAntecedent(text, tokens, clause, antecedent, tokens[anchor]!, lex);
    // (with no phrase before the comma, a clause whose verb comes last is still relative: its subject is the
    // pronoun, not the words after it, "einen Verband gründen, der regionale Händler verteidigt")
    const next = tokens[anchor + 1];
    if (!next || next.text === '.' || CLAUSE_BREAK.has(next.text)) return null;
  }
  while (
    i < anchor &&
    (lex.focusWords.has(tokens[i]!.lower) ||
      isSentenceAdverb(tokens, i) ||
      // "Nicht nur die Polizei warnte"
      (tokens[i]!.lower === 'nicht' && NOT_ONLY.has(tokens[i + 1]?.lower ?? '')))
  )
    i++;
  // inverted order: "…, sagte der Minister", "Das erklärte der Abgeordnete Lee", "Teilhabe fordert der Anführer"
  // (past prepositional phrases only when no noun before the verb could be the subject: "Das erklärte nach
  // dem Treffen die Ministerin", not "Der Brand in X fordert seit Stunden die Feuerwehr")
  const noNounBefore = tokens.slice(start, anchor).every((t) => !t.cap || lex.functionWords.has(t.lower));
  // (a verb right after a quotation and its comma tags the quotation: "„…“, beschwert sich Tom Kahl")
  // (or the indirect speech before it, as the tail that ends the sentence: "Das sei nicht hinnehmbar, empört sich Kahl")
  const tag =
    anchor >= 2 &&
    tokens[anchor - 1]!.text === ',' &&
    (tokens[anchor - 2]!.quoted || isQuoteMark(tokens[anchor - 2]!.text) || endsAsTail(tokens, anchor));
  const inverted = (pastPrepositions = noNounBefore) => {
    let j = anchor + 1;
    while (
      j < tokens.length &&
      (lex.focusWords.has(tokens[j]!.lower) ||
        tokens[j]!.lower === 'dazu' ||
        tokens[j]!.lower === 'allerdings' ||
        // the reflexive of a reflexive verb: "Erfreut zeigte sich auch die Ministerin", or of any verb that
        // tags a quotation (of another verb it makes another verb: "Befindet sich das Boot im Hafen, …")
        // (a verb with a reflexive reading has it wherever "sich" stands in its clause: findSpeechVerbs)
        (tokens[j]!.lower === 'sich' && (isReflexive(verb.lemma) || tag)) ||
        // an object pronoun, never the subject: "Das sagte uns die Ministerin"
        OBJECT_PRONOUNS.has(tokens[j]!.text) ||
        // "es" or "das" right after the verb before a phrase an article opens is its object: "So sieht es auch
        // der Verband", "Anders sieht das die Polizei", "Bestätigt hat es die Stadt"
        // (or before a given name and a surname: "Anders sieht das Tom Kahl")
        (j === anchor + 1 &&
          JUDGED.has(tokens[j]!.lower) &&
          (opensNominative(tokens, j + 1, lex) ||
            (!!tokens[j + 1]?.cap && lex.givenNames.has(tokens[j + 1]!.lower) && !!tokens[j + 2]?.cap))))
    )
      j++;
    if (tokens[j] && (tokens[j]!.lower === 'am' || tokens[j]!.lower === 'im') && tokens[j + 1]?.cap) j += 2;
    // a prepositional phrase or two before the subject: "erklärte nach dem Treffen die Ministerin",
    // "kam in der Mitteilung auch Tom Kahl zu Wort"
    const pps: Phrase[] = [];
    for (
      let n = 0;
      pastPrepositions && n < 2 && tokens[j] && lex.prepositions.has(tokens[j]!.lower) && !tokens[j]!.quoted;
      n++
    ) {
      const pp = phraseAt(text, tokens, j + 1, lex);
      if (!pp || pp.pronoun || pp.to >= tokens.length) break;
      pps.push(pp);
      j = pp.to;
      while (j < tokens.length && lex.focusWords.has(tokens[j]!.lower)) j++;
    }
    // the one told before the subject: "sagte der Polizei ein Zeuge", "bestätigte dem Sender eine Sprecherin"
    if (tokens[j] && (isObliqueDer(tokens, j, lex) || tokens[j]!.lower === 'dem')) {
      const told = phraseAt(text, tokens, j, lex);
      const next = told && !told.pronoun ? tokens[told.to] : undefined;
      if (next && !next.quoted && NOMINATIVE_OPENERS.has(next.lower)) j = told!.to;
    }
    const t = tokens[j];
    // "Das sagte bei einer Pressekonferenz der Minister.", "sagte in Talberg Innenministerin Anna Berger": no
    // subject after the phrases after a preposition, which read it as their own (a genitive, a name); the verb
    // needs a subject, found inside them
    if (!t || !t.word || NON_NOMINATIVE.has(t.lower) || isObliqueDer(tokens, j, lex)) {
      for (const pp of pps) {
        const inside = subjectInside(text, tokens, pp, lex);
        if (inside) return inside;
      }
      return null;
    }
    const p = phraseAt(text, tokens, j, lex);
    // the cue's own word after the subject is no part of it: "gab die Feuerwehr Entwarnung"
    if (p && verb.cueEnd > j && verb.cueEnd < p.to)
      return { ...p, to: verb.cueEnd, text: spanText(text, tokens, p.from, verb.cueEnd), role: undefined };
    return p;
  };
  if (calledAs) return inverted();
  if (i < anchor) {
    const p = phraseAt(text, tokens, i, lex);
    // coordinated verbs share the subject: "Das Landeskriminalamt ermittelt und bestätigte die Festnahme"
    if (
      p &&
      anchor - 1 > p.to &&
      COORDINATORS.has(tokens[anchor - 1]!.lower) &&
      !tokens.slice(p.to, anchor - 1).some((t) => t.text === ',')
    )
      return p;
    // V2 with the object first and a pronoun that can only be a subject after the verb: "Den Schaden schätzt
    // er auf …", "Berichte über einen Rücktritt wies er zurück"
    const after = tokens[anchor + 1];
    if (
      p &&
      !p.pronoun &&
      after &&
      NOMINATIVE_PRONOUNS.has(after.lower) &&
      !tokens.slice(p.to, anchor).some((t) => t.text === ',' || COORDINATORS.has(t.lower))
    )
      return { from: anchor + 1, to: anchor + 2, text: after.text, pronoun: true };
    let end = p?.to ?? -1;
    // (a bracket after it: "Die Frau (34) erzählte …")
    if (end >= 0 && tokens[end]?.text === '(') {
      const close = tokens.findIndex((t, k) => k > end && t.text === ')');
      if (close > end && close - end <= MAX_BRACKET_TOKENS) end = close + 1;
    }
    while (end >= 0 && end < anchor && lex.focusWords.has(tokens[end]!.lower)) end++;
    // a place or origin after the subject: "Tests in Dänemark zeigten", "Ärzte aus der Region warnen"
    // (the subject without it: the place says where, not who)
    if (p && !p.pronoun && end > 0 && end < anchor && placeAfter(tokens, end) === anchor) return p;
    // "Ökonomen wie Max Berger vom Talberger Institut warnen …": a group, and an example of it up to a verb in
    // the plural, at the sentence's start (the example speaks too: `namedMembers`)
    if (p && !p.pronoun && start === 0 && exampleAfter(text, tokens, p.to, anchor, lex)) return p;
    // a prepositional attribute of the subject, in the first field before the verb: "Eine Kommission im
    // Auftrag des Landes kam zu dem Schluss, …" (in the second position only one phrase precedes the verb; the
    // subject is a phrase with an article or of several words that may speak, and no subject follows the
    // verb: not "Kurz nach neun warnt die Polizei", "Die Bedrohung durch Spionage geht von X aus")
    if (
      p &&
      !p.pronoun &&
      start === 0 &&
      end > 0 &&
      end < anchor &&
      tokens[anchor - 1]!.lower !== 'zu' &&
      speaksAsSubject(p, tokens, lex) &&
      // (an article after the verb opens its subject when a noun follows: "… warnt die Polizei", not "will das gehört haben")
      !(DETERMINERS_DE.has(tokens[anchor + 1]?.lower ?? '') && tokens[anchor + 2]?.cap) &&
      lex.prepositions.has(tokens[end]!.lower) &&
      isAttribute(tokens, end, anchor, lex)
    )
      return p;
    if (p && end === anchor) {
      // V2 with the object first, its case in its determiner: "Den Plan nennt der Offizier …", "Der Zeitung
      // sagte die Ministerin …" ("der" before a feminine noun)
      if (!p.pronoun && (NON_NOMINATIVE.has(tokens[p.from]!.lower) || isObliqueDer(tokens, p.from, lex)))
        return inverted();
      // V2 with a time first: "Mitte Juni teilte die Polizei mit", "Anfang Mai hatten Anwohner bemerkt"
      if (!p.pronoun && isTimePhrase(tokens, p.from, p.to)) return inverted();
      const next = tokens[anchor + 1];
      // "sie" may be either; a thing before the verb does not speak, so "sie" does: "Ihr Wissen führt sie auf … zurück"
      if (!p.pronoun && next?.lower === 'sie') {
        const c = classifySource(p.text, lex);
        if (c.type === 'other' && c.guessed)
          return { from: anchor + 1, to: anchor + 2, text: next.text, pronoun: true };
      }
      // V2 with a noun of saying first: what was said is the object, and who said it follows the verb ("Die
      // Kritik wies die Ministerin zurück", "Vorwürfe der Opposition wies sie zurück")
      // (its head before a genitive: "Die Kritik | der Opposition")
      const genitive = tokens.findIndex((t, k) => k > p.from && k < p.to && GENITIVE_ARTICLES.has(t.lower));
      const head = tokens[(genitive > 0 ? genitive : p.to) - 1]!;
      if (!p.pronoun && lex.speechNouns.has(head.lower)) {
        const after = inverted();
        if (
          after &&
          (after.pronoun
            ? after.text.toLowerCase() === 'sie'
            : namesSource(after.text, lex) || !!classifySource(after.text, lex).name)
        )
          return after;
      }
      // V2 with the object first, told by number: a singular abstract noun before a verb in the plural
      // ("Massive Kritik äußerten die Anwohner"; the plural verb agrees with the subject after it)
      // (not two of them: "Die Regierung und die Opposition kritisierten …"; the head, not its genitive: "Teile der
      // Belegschaft äußerten …")
      if (
        !p.pronoun &&
        /\p{Ll}n$/u.test(tokens[anchor]!.text) &&
        SINGULAR_ABSTRACT.test(head.lower) &&
        !tokens.slice(p.from, p.to).some((t) => COORDINATORS.has(t.lower))
      ) {
        const after = inverted();
        if (after && !after.pronoun && !NO_SPEAKER_AFTER.has(classifySource(after.text, lex).type)) return after;
      }
      // V2 with the object first: a bare noun before the verb, a masculine subject after it
      // ("Mehr Geld fordert auch der junge Sprecher X"; not "Kahl sagte der Zeitung", a dative)
      if (p.to - p.from === 1 && !DETERMINERS_DE.has(tokens[p.from]!.lower)) {
        const after = inverted();
        const type = after ? classifySource(after.text, lex).type : null;
        if (after && /^(?:der|ein)$/i.test(tokens[after.from]!.text) && type && !NO_SPEAKER_AFTER.has(type))
          return after;
        // or a person's full name right after the verb: "Entspannung findet Jana Roth auf dem Land"
        if (after && isFullName(tokens, after, lex)) return after;
      }
      // a plural first and a verb in the singular: the subject follows the verb ("Drei Gründe nennt die Studie: …";
      // none that speaks, "Drei Monate danach stellt sich der Streit als Irrtum dar", and nobody does)
      if (!p.pronoun && isPluralCount(tokens[p.from]!.lower) && !pluralVerb(tokens[anchor]!)) {
        const after = inverted();
        if (after && !after.pronoun) return namesSource(after.text, lex) ? after : null;
      }
      // a thing with "die"/"das" first (nominative or accusative) and a masculine speaker after the verb:
      // "Die Beschwerde wies der Verwaltungsgerichtshof zurück" (the thing is the object)
      // (whatever the thing is taken for, where "der" and a word in -e after the verb can only be a
      // nominative: "Die Pläne kritisierte der Vorsitzende", "… wies der Sächsische Bauernverband zurück";
      // "sagte der Hessischen Zeitung" is a dative)
      if (!p.pronoun && /^(?:die|das)$/i.test(tokens[p.from]!.text)) {
        const before = classifySource(p.text, lex);
        const nominative =
          tokens[anchor + 1]?.lower === 'der' && /\p{Ll}e$/u.test(tokens[anchor + 2]?.text ?? '') && !before.name;
        const thing = before.type === 'other' && before.guessed;
        const after = thing || nominative ? inverted() : null;
        const c = after ? classifySource(after.text, lex) : null;
        if (after && /^der$/i.test(tokens[after.from]!.text) && c && !NO_SPEAKER_AFTER.has(c.type)) return after;
        // (a source the lexicon types after the verb, of any gender, where nothing before it can speak: "Die
        // Zahl der Toten beziffert die Polizei auf zwölf", "Die Lage beschrieb das Ministerium als ruhig")
        if (after && thing && !before.name && c && !c.guessed && !NO_SPEAKER_AFTER.has(c.type)) return after;
      }
      return p;
    }
    // a second main clause after "und": "Er lachte, und die Ministerin sagte …", "Er lachte und die Ministerin sagte …"
    for (let k = anchor - 2; k > i; k--) {
      if (!COORDINATORS.has(tokens[k]!.lower)) continue;
      const q = phraseAt(text, tokens, k + 1, lex);
      // ("Polizei und Staatsanwaltschaft teilten mit": two subjects, the first speaks here and `conjunct` adds the second;
      // the second with a place: "Sie und viele in Talberg gehen davon aus")
      if (q && (q.to === anchor || placeAfter(tokens, q.to) === anchor)) return p && p.to === k ? p : q;
      break;
    }
  }
  if (start === anchor && tokens[anchor - 1]?.text === ',') {
    // "Mehrere Anwohner, darunter zwei Landwirte, lobten …": the group before the insertion, not an object after the verb
    const group = phraseAt(text, tokens, 0, lex);
    if (group && includesSome(tokens, group.to, anchor)) return group;
    // a parenthetical "…, sagt X, …" first, then the subject before an apposition: "Der Präsident des Landes, Tom Kahl, wirft … vor"
    // (what follows a preposition there is an object: "X, Schulleiter, bestätigte auf Anfrage ein leeres Haus")
    // (a sentence that opens with a noun phrase and its apposition up to the verb has them as subject, whatever
    // follows the verb: "Der Chef der Firma, Tom Kahl, räumte Fehler ein", "Tom Kahl, Sprecher der Polizei,
    // bestätigte die Festnahme"; else a parenthetical "…, sagt X, …" or "…, sagt X.")
    const first = phraseAt(text, tokens, 0, lex);
    if (first && first.to === anchor - 1 && tokens.slice(first.from, first.to).some((t) => t.text === ','))
      return first;
    const apposition = first && tokens[first.to]?.text === ',' ? phraseAt(text, tokens, first.to + 1, lex) : null;
    // (a name in it belongs to the mention, "Die Leiterin des Amtes, Oberrätin Anna Berger"; a role is the
    // name's, with whatever body it names: "Tom Kahl, Chef der Talbex AG")
    // (or with a relative clause on it up to the verb: "Tom Kahl, Chef der Talbex AG, die …, räumte Fehler ein")
    if (
      apposition &&
      !apposition.pronoun &&
      (apposition.to === anchor - 1 ||
        relativeUpTo(tokens, pastPrepositionalPhrases(text, tokens, apposition.to, lex), anchor, lex))
    )
      return classifySource(apposition.text, lex).name && !classifySource(first!.text, lex).name
        ? { ...first!, to: apposition.to, text: spanText(text, tokens, first!.from, apposition.to) }
        : { ...first!, role: apposition.text };
    // (past prepositional phrases after a quotation it tags: "„…“, sagte bei der Vorstellung der Bürgermeister")
    const after = inverted(tag);
    // the subject and a relative clause on it up to the verb: "Anwohner, die seit Jahren dort leben, kritisierten
    // die Pläne", "Tom Kahl, der …, lobte die Helfer"; what follows the verb is the subject when it is a pronoun,
    // opens with "der" (a masculine nominative: "Eine Frage, der sich niemand stelle, sagte der Publizist"), or
    // is a source where the phrase before is none ("Die Pläne, die der Rat vorlegte, kritisierte die Opposition")
    const relative = relativeHead(text, tokens, anchor, lex);
    if (relative) {
      const later = after ?? inverted(true);
      const subjectAfter =
        !!later &&
        (later.pronoun ||
          tokens[later.from]!.lower === 'der' ||
          (namesSource(later.text, lex) && !namesSource(relative.text, lex)));
      if (!subjectAfter) return withRelativeRole(text, tokens, relative, lex);
    }
    if (after) return after;
    for (let k = 0; k < anchor - 1; k++) {
      if (k > 0 && !CLAUSE_BREAK.has(tokens[k - 1]!.text)) continue;
      const p = phraseAt(text, tokens, k, lex);
      // the comma after the subject, past an age: "Anna Berger, 42, sagte", "Anna Berger (42), Krankenschwester, sagte"
      const comma = p ? afterAge(tokens, p.to) : -1;
      if (
        p &&
        (p.to === anchor - 1 ||
          comma === anchor - 1 ||
          (tokens[comma]?.text === ',' &&
            (p.role !== undefined || opensApposition(tokens, p, comma, lex)) &&
            tokens.slice(comma + 1, anchor - 1).every((x) => x.text !== ',')) ||
          // "Mehrere Anwohner, darunter zwei Landwirte, lobten …": an insertion of some of them
          includesSome(tokens, comma, anchor))
      )
        return p;
      // (the same after a pair the preposition governs: "Vertreter von SPD und FDP, darunter …, gratulierten")
      const pair = p && COORDINATORS.has(tokens[p.to]?.lower ?? '') ? phraseAt(text, tokens, p.to + 1, lex) : null;
      if (p && pair && includesSome(tokens, pair.to, anchor))
        return { ...p, to: pair.to, text: spanText(text, tokens, p.from, pair.to) };
      // the subject before a relative clause: "Der Minister, der am Montag in Berlin war, sagte …"
      if (p && k === 0 && tokens[p.to]?.text === ',' && RELATIVE.has(tokens[p.to + 1]?.lower ?? ''))
        return withRelativeRole(text, tokens, p, lex);
    }
    return null;
  }
  return inverted();
}

/**
 * Whether the words after a copula, tokens `from` to `to`, are no role of the subject: a passive with its
 * agent, "(wurde) von der Polizei festgenommen", "(ist) vom Bürgermeister gelobt worden" — the agent's role is
 * none of the subject's (not "ist Bürgermeister von Talberg geworden") — or a relation to someone.
 */
function isNoRole(tokens: readonly Token[], from: number, to: number): boolean {
  const last = tokens[to - 1]?.lower ?? '';
  // ("mit Bürgermeister Tom Kahl verheiratet", "gegen die Stadt": a relation to someone, no role)
  if (RELATION_LEADS.has(tokens[from]?.lower ?? '')) return true;
  // ("war in die Stadt gezogen", "ist in die Regierung gewechselt": "sein" is the perfect's auxiliary, no copula)
  if (PAST_PARTICIPLE.test(last) && last !== 'geworden') return true;
  return (
    (last === 'worden' || PAST_PARTICIPLE.test(last)) &&
    last !== 'geworden' &&
    tokens.slice(from, to).some((t) => AGENT_DE.has(t.lower))
  );
}
/** Prepositions that open a relation to someone after a copula, never a role: "ist mit … verheiratet". */
const RELATION_LEADS = new Set(['mit', 'gegen']);

/**
 * `p` with the role a relative clause right after it gives it with a copula or a verb of leading at its end:
 * "Tom Kahl, der seit 2019 Bürgermeister von Talberg ist, …", "Lea Roth, die die Polizei in Talberg leitet,
 * …" (the words between the pronoun, past adverbs and a time span, and the verb), marked as held before
 * where the clause is in the past ("…, der Bürgermeister war, …"); `p` as it is for any other clause.
 */
function withRelativeRole(text: string, tokens: readonly Token[], p: Phrase, lex: Lexicon): Phrase {
  if (tokens[p.to]?.text !== ',' || !RELATIVE.has(tokens[p.to + 1]?.lower ?? '')) return p;
  const close = tokens.findIndex((t, k) => k > p.to + 1 && (t.text === ',' || t.text === '.'));
  // "Talbex, das Fitnessarmbänder verkauft, …": a neuter relative pronoun after a name takes up a thing or a
  // body, no person; the clause is the mention's role (see relativeBody)
  if (close > p.to + 2 && NEUTER_RELATIVE.has(tokens[p.to + 1]!.lower) && classifySource(p.text, lex).guessed)
    return { ...p, role: spanText(text, tokens, p.to + 1, close) };
  const verb = tokens[close - 1]?.lower ?? '';
  const leading = MAIN_COPULA.leading.has(verb);
  if (close < 0 || (!MAIN_COPULA.copulas.has(verb) && !leading)) return p;
  // (past adverbs, numbers and a time span, as after a main clause's copula: "der von 2011 bis 2019 Chef … war")
  const a = pastFillers(tokens, p.to + 2, close - 1, MAIN_COPULA);
  if (a >= close - 1) return p;
  const role = spanText(text, tokens, a, close - 1);
  if (isNoRole(tokens, a, close - 1) || !givesRole(classifySource(role, lex), leading)) return p;
  return { ...p, role, ...(heldBefore(tokens, p.to + 1, close) ? { roleFormer: true } : {}) };
}

/**
 * The phrase (or a pair joined by "und"/"oder") that opens the sentence, followed by a relative clause
 * that reaches the verb at `anchor`: "Der Minister, der …, sagte"; null otherwise.
 */
function relativeHead(text: string, tokens: readonly Token[], anchor: number, lex: Lexicon): Phrase | null {
  const p = phraseAt(text, tokens, 0, lex);
  if (!p || p.pronoun || NON_NOMINATIVE.has(tokens[0]!.lower)) return null;
  const pair = COORDINATORS.has(tokens[p.to]?.lower ?? '') ? phraseAt(text, tokens, p.to + 1, lex) : null;
  // (past a prepositional phrase or two on it, which belong to the mention: "Die Leiterin des Amtes in
  // Talberg, die …, sagte")
  const end = pair && !pair.pronoun ? pair.to : pastPrepositionalPhrases(text, tokens, p.to, lex);
  if (!relativeUpTo(tokens, end, anchor, lex)) return null;
  return end === p.to || pair ? p : { ...p, to: end, text: spanText(text, tokens, p.from, end) };
}

/** Where up to two phrases after a preposition that follow a noun phrase ending at `end` end ("… | in Talberg | am Hafen"). */
function pastPrepositionalPhrases(text: string, tokens: readonly Token[], end: number, lex: Lexicon): number {
  for (let n = 0; n < MAX_PPS_BEFORE_RELATIVE && lex.prepositions.has(tokens[end]?.lower ?? ''); n++) {
    const pp = phraseAt(text, tokens, end + 1, lex);
    if (!pp || pp.pronoun) break;
    end = pp.to;
  }
  return end;
}

/** At most this many prepositional phrases stand between a subject and its relative clause. */
const MAX_PPS_BEFORE_RELATIVE = 2;

/** Whether the phrase that opens the sentence has a relative clause on it that reaches the verb at `anchor`. */
function relativeSubjectUpTo(tokens: readonly Token[], anchor: number, lex: Lexicon): boolean {
  // (no relative pronoun after a comma before the verb, no relative clause: the phrase is not read)
  if (!tokens.some((t, k) => k < anchor && t.text === ',' && RELATIVE.has(tokens[k + 1]?.lower ?? ''))) return false;
  const p = readPhrase(tokens, 0, lex);
  return !!p && !p.pronoun && !NON_NOMINATIVE.has(tokens[0]!.lower) && relativeUpTo(tokens, p.to, anchor, lex);
}

/** Whether a relative clause opens after the comma at `comma` and is the only clause from there to the verb at `anchor`. */
function relativeUpTo(tokens: readonly Token[], comma: number, anchor: number, lex: Lexicon): boolean {
  if (tokens[comma]?.text !== ',' || !opensRelative(tokens, comma + 1, lex)) return false;
  return !tokens.slice(comma + 1, anchor - 1).some((t) => t.text === ',');
}

/**
 * Whether a relative clause opens at token `i`: its pronoun ("der", "die", "dem" …), or a preposition before one
 * ("bei der", "in dem", "für die"; not an article before its noun: "mit der Bahn", "in dem Bericht").
 */
function opensRelative(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  return RELATIVE.has(tokens[i]?.lower ?? '') || opensPrepositionalRelative(tokens, i, lex);
}

/**
 * Whether a preposition and a relative pronoun open a relative clause at token `i` ("bei der", "in dem"); not an
 * article before its noun: a noun right after the pronoun is the article's ("in dem Bericht", "mit der Bahn").
 */
function opensPrepositionalRelative(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const pronoun = tokens[i + 1];
  const next = tokens[i + 2];
  return (
    lex.prepositions.has(tokens[i]?.lower ?? '') &&
    !!pronoun &&
    RELATIVE_AFTER_PREPOSITION.has(pronoun.lower) &&
    !!next &&
    !(next.cap && !lex.givenNames.has(next.lower) && !DETERMINERS_DE.has(next.lower))
  );
}

/**
 * The articles before a person by age, "der 58-Jährige", "die 34-Jährige", whose gender they tell ("die …
 * -Jährigen" are several); first in the sentence too ("Der 58-Jährige sagte").
 */
const AGE_ARTICLE = /^(?:[Dd]er|[Dd]ie|[Dd]em|[Dd]en|[Dd]es)$/;

/** A definite noun of a person's age points back to the person named before: the gender it cannot point to. */
function ageReference(mention: string, lex: Lexicon): 'm' | 'f' | null | undefined {
  const words = mention.trim().split(/\s+/);
  const m = words.length === 2 && AGE_ARTICLE.test(words[0]!) ? AGE_NOUN.exec(words[1]!) : null;
  if (!m) return demonymReference(mention, lex);
  const article = words[0]!.toLowerCase();
  const ending = m[1];
  if (article === 'die') return ending ? undefined : 'm';
  return article === 'der' && !ending ? 'f' : null;
}

/** "der Österreicher", "die Schweizerin", "die Deutsche": a person by country, of the article's gender. */
const DEMONYM_NOUN = /^([Dd]er|[Dd]ie)\s+(\p{Lu}[\p{L}-]*)$/u;

/**
 * A definite noun of a country's people in the singular points back to the person named before: the gender it
 * cannot point to; undefined for any other mention (a plural, "die Österreicher", is several people).
 */
function demonymReference(mention: string, lex: Lexicon): 'm' | 'f' | undefined {
  const m = DEMONYM_NOUN.exec(mention.trim());
  const form = m ? lex.demonyms.get(m[2]!.toLowerCase()) : undefined;
  if (form === undefined) return undefined;
  const feminine = m![1]!.toLowerCase() === 'die';
  if (form !== null && (form === 'f') !== feminine) return undefined;
  return feminine ? 'm' : 'f';
}

/** The ending of a country's adjective in any case ("russisch", "ukrainischen", "deutsche"), after its stem. */
const PEOPLE_ADJECTIVE_ENDING = /i?sch(?:e|en|er|es|em)?$/;
/** A stem shorter than this says nothing ("ir" of "irischen" is the start of many words). */
const MIN_PEOPLE_STEM = 3;

/**
 * "ukrainischen", "französischen", "deutschen": an adjective of a country's people, whose stem begins one of the
 * nouns of its people ("Ukrainer", "Französin", "Deutsche"); not "politischen", "militärischen".
 */
function isPeopleAdjective(word: string, lex: Lexicon): boolean {
  const lower = word.toLowerCase();
  if (!PEOPLE_ADJECTIVE_ENDING.test(lower)) return false;
  const stem = lower.replace(PEOPLE_ADJECTIVE_ENDING, '');
  if (stem.length < MIN_PEOPLE_STEM) return false;
  for (const noun of lex.demonyms.keys()) if (noun.startsWith(stem)) return true;
  return false;
}

/** Articles that open a gapped clause's subject in the nominative ("die Verteidigung"; not "den", "einen"). */
const GAP_SUBJECT_ARTICLES = new Set(['der', 'die', 'das']);

/**
 * "Die Anklage forderte vier Jahre, die Verteidigung einen Freispruch": a clause after the verb's clause and
 * its comma that holds a subject and an object alone (or a prepositional phrase; perhaps a participle closing
 * it, "…, die Verteidigung auf Freispruch plädiert") leaves the verb out: its subject is a second speaker of
 * the same verb. Not a relative clause ("…, die er absitzen muss"), nor an apposition of one phrase.
 */
function gappedSubject(text: string, tokens: readonly Token[], v: VerbHit, lex: Lexicon): Phrase | null {
  const comma = tokens.findIndex((t, k) => k > v.cueEnd && !t.word);
  const first = tokens[comma + 1];
  if (comma < 0 || tokens[comma]!.text !== ',' || !first || first.quoted) return null;
  if (!GAP_SUBJECT_ARTICLES.has(first.lower) && !(first.cap && !lex.functionWords.has(first.lower))) return null;
  const subject = phraseAt(text, tokens, comma + 1, lex);
  if (!subject || subject.pronoun) return null;
  let j = subject.to;
  if (lex.prepositions.has(tokens[j]?.lower ?? '')) j++;
  const object = tokens[j]?.quoted ? null : phraseAt(text, tokens, j, lex);
  if (!object || object.pronoun) return null;
  j = object.to;
  if (tokens[j]?.word && !tokens[j]!.cap && lex.participles.has(tokens[j]!.lower)) j++;
  return j === tokens.length || (j === tokens.length - 1 && /^[.;!]$/.test(tokens[j]!.text)) ? subject : null;
}

/** Separable particles that close a clause as part of its verb ("sagte … ab" is "absagen", not "sagen"). */
const SEPARABLE_PARTICLES = new Set(
  'ab an auf aus bei dar ein fest her heraus hervor hin hinzu los mit nach nieder vor vorbei weg zu zurück zusammen'.split(
    ' ',
  ),
);

/**
 * Whether a separable particle closes the clause of the verb at `i`, which ends at `end` (read over
 * quotations and brackets), up to a coordinated verb: "erzählt sie und holt aus" is no "auserzählen".
 */
function closingParticle(tokens: readonly Token[], i: number, end: number): boolean {
  for (let k = i + 1; k < end; k++) if (COORDINATORS.has(tokens[k]!.lower) || DASHES.has(tokens[k]!.text)) return false;
  const last = tokens[end - 1];
  return end - 1 > i && !!last && SEPARABLE_PARTICLES.has(last.lower) && !last.quoted;
}
const DASHES = new Set(['-', '–', '—']);
/** Types of a "der" phrase after the verb that is a dative, not the speaker: "sagte der Zeitung". */
const NO_SPEAKER_AFTER: ReadonlySet<string> = new Set(['media', 'agency', 'document', 'other']);

/** Endings of singular abstract nouns that no plural has ("Kritik", "Forderung", "Freiheit"; the plural ends in -en). */
const SINGULAR_ABSTRACT = /(?:ik|ung|heit|keit|schaft|tion|ismus)$/;
/** Conjunctions that join two verbs of one subject. */
const COORDINATORS = new Set(['und', 'sowie', 'aber', 'oder']);
/** Words before a headline's colon that label the article's kind or part, not a source: "Fazit: …", "Analyse: …". */
const HEADLINE_LABELS: ReadonlySet<string> = new Set(
  (
    'fazit analyse kommentar interview hintergrund meinung update überblick chronik porträt reportage bilanz ' +
    'zusammenfassung glosse kolumne faktencheck erklärung einschätzung redaktion sendung text foto fotos bild ' +
    'bilder grafik video audio quelle quellen mitarbeit autor autorin'
  ).split(' '),
);
/** Whether an insertion naming some of a group runs from the comma at `comma` to the verb at `anchor`. */
function includesSome(tokens: readonly Token[], comma: number, anchor: number): boolean {
  return (
    tokens[comma]?.text === ',' &&
    includingAt(tokens, comma + 1) > 0 &&
    tokens[anchor - 1]?.text === ',' &&
    !tokens.slice(comma, anchor).some((x) => x.quoted)
  );
}

/** Words that open an insertion naming some of a group: "Mehrere Anwohner, darunter zwei Landwirte, …". */
const INCLUDING = new Set(['darunter', 'insbesondere', 'namentlich', 'allen', 'etwa', 'beispielsweise']);
/** Pairs of words that open such an insertion: "unter ihnen", "zum Beispiel", "vor allem". */
const INCLUDING_PAIRS = new Set(['unter ihnen', 'zum beispiel', 'vor allem']);
/** Words that may follow them ("darunter auch", "allen voran"). */
const INCLUDING_AFTER = new Set(['auch', 'voran']);

/** The tokens of the words at `k` that open an insertion naming some of a group ("darunter", "unter ihnen", "etwa"); 0 if none. */
function includingAt(tokens: readonly Token[], k: number): number {
  const n = INCLUDING.has(tokens[k]?.lower ?? '')
    ? 1
    : INCLUDING_PAIRS.has(`${tokens[k]?.lower} ${tokens[k + 1]?.lower}`)
      ? 2
      : 0;
  return n && INCLUDING_AFTER.has(tokens[k + n]?.lower ?? '') ? n + 1 : n;
}

/**
 * "Ökonomen wie Max Berger vom Talberger Institut warnen …": the example "wie" gives of the group that ends at
 * `end`, with what it is of, up to a verb in the plural at `anchor`; else null.
 */
function exampleAfter(
  text: string,
  tokens: readonly Token[],
  end: number,
  anchor: number,
  lex: Lexicon,
): Phrase | null {
  if (tokens[end]?.lower !== 'wie' || !PLURAL_VERB.test(tokens[anchor]?.lower ?? '')) return null;
  const like = phraseAt(text, tokens, end + 1, lex);
  if (!like || like.pronoun) return null;
  const to = pastPrepositionalPhrases(text, tokens, like.to, lex);
  return to === anchor ? { ...like, to, text: spanText(text, tokens, like.from, to) } : null;
}

/**
 * "Mehrere Minister, darunter auch Finanzminister Tom Kahl, kritisierten …": the people named in an insertion
 * after the group that speaks, up to the comma before the verb (one, or two joined by "und"; a party in
 * brackets after a name belongs to it).
 */
function namedMembers(text: string, tokens: readonly Token[], subj: Phrase, anchor: number, lex: Lexicon): Phrase[] {
  // (by a name, or as one the text identifies: "etwa der Talberger Mieterbund"; not "darunter zwei Landwirte")
  const identified = (p: Phrase | null): p is Phrase => {
    const c = p && !p.pronoun ? classifySource(p.text, lex) : null;
    return !!c && (!!c.name || (c.named && !c.guessed));
  };
  const example = exampleAfter(text, tokens, subj.to, anchor, lex);
  if (example) return identified(example) ? [example] : [];
  if (!includesSome(tokens, subj.to, anchor)) return [];
  const out: Phrase[] = [];
  let k = subj.to + 1 + includingAt(tokens, subj.to + 1);
  while (k < anchor - 1) {
    const p = phraseAt(text, tokens, k, lex);
    if (!identified(p)) return [];
    out.push(p);
    k = p.to;
    if (tokens[k]?.text === '(') k = tokens.findIndex((t, j) => j > k && t.text === ')') + 1 || anchor;
    if (tokens[k]?.lower === 'und') k++;
    else break;
  }
  return k === anchor - 1 ? out : [];
}
/**
 * The antecedent a relative clause's verb agrees with: a verb in the plural ("…, die … verurteilen") is
 * not said of a phrase in the singular that is only the attribute of the noun before it (a genitive or a
 * prepositional phrase: "Gruppen der Belegschaft, die …", "Händler im Viertel, die …"), but of that noun with
 * its attribute.
 */
function agreeingAntecedent(
  text: string,
  tokens: readonly Token[],
  clause: number,
  p: Phrase,
  verb: Token,
  lex: Lexicon,
): Phrase {
  if (!PLURAL_VERB.test(verb.lower) || !isSingularAttribute(tokens, p)) return p;
  const at = lex.prepositions.has(tokens[p.from - 1]?.lower ?? '') ? p.from - 1 : p.from;
  const head = at > clause ? phraseEndingAt(text, tokens, clause, at, lex) : null;
  if (!head || head.pronoun || isSingularAttribute(tokens, head)) return p;
  return { ...head, to: p.to, text: spanText(text, tokens, head.from, p.to) };
}
/** A finite verb in the plural: "verurteilen", "kritisierten", "sind" (not "kann", "begann"). */
const PLURAL_VERB = /(?:en|ern|eln)$|^sind$/;
/** Feminine nouns by their ending: in the singular after "der" ("der Bevölkerung", "der Partei"). */
const FEMININE_SINGULAR = /(?:ung|heit|keit|schaft|ion|tät|ei|ik)$/;
/** Articles and contractions of the singular in the genitive or dative ("des", "dem", "im", "zur"). */
const SINGULAR_OBLIQUE = new Set(['des', 'dem', 'eines', 'einem', 'einer', 'im', 'am', 'vom', 'zum', 'beim', 'zur']);

/** A phrase in the singular, in the genitive or dative, by its article or the contraction before it. */
function isSingularAttribute(tokens: readonly Token[], p: Phrase): boolean {
  const first = tokens[p.from]!.lower;
  const before = tokens[p.from - 1]?.lower ?? '';
  if (SINGULAR_OBLIQUE.has(first) || SINGULAR_OBLIQUE.has(before)) return true;
  return first === 'der' && p.from > 0 && FEMININE_SINGULAR.test(tokens[p.to - 1]!.lower);
}

/** Relative pronouns that may be the subject of their clause. */
const NOMINATIVE_RELATIVE = new Set(['der', 'die', 'das', 'welcher', 'welche', 'welches']);
/** Personal pronouns that are nominative only ("sie", "es" and "ihr" may be objects too). */
const NOMINATIVE_PRONOUNS = new Set(['ich', 'du', 'er', 'wir']);
/** Personal pronouns: after a relative pronoun they are the clause's subject ("die er kritisierte"). */
const PERSONAL = new Set(['ich', 'du', 'er', 'sie', 'es', 'wir', 'ihr', 'man']);
/** Relative pronouns that open a clause after a noun: "Der Minister, der …". */
const RELATIVE = new Set(['der', 'die', 'das', 'dem', 'den', 'deren', 'dessen', 'welcher', 'welche', 'welches']);
/** The relative pronouns of the neuter nominative, which take up no person after a name. */
const NEUTER_RELATIVE = new Set(['das', 'welches']);
/** Whether "als auch" stands at token `i`, the second part of "sowohl … als auch". */
function isAlsAuch(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.lower === 'als' && tokens[i + 1]?.lower === 'auch';
}

/** A second subject after "und"; names under one plural head are one mention ("die Gewerkschaften Talverdi und Kombex"). */
function conjunct(
  text: string,
  tokens: readonly Token[],
  subject: Phrase,
  lex: Lexicon,
): { phrase: Phrase; join: boolean } | null {
  // (or the one compared before the verb: "Wie der Verband fordert auch die Gewerkschaft mehr Geld", the
  // association demands it too)
  const compared = tokens[0]?.lower === 'wie' && subject.from > 2 ? phraseAt(text, tokens, 1, lex) : null;
  if (
    compared &&
    !compared.pronoun &&
    lex.verbForms.has(tokens[compared.to]?.lower ?? '') &&
    subject.from > compared.to &&
    subject.from - compared.to <= 3 &&
    classifySource(compared.text, lex).type !== 'other'
  )
    return { phrase: compared, join: false };
  // (or after "sowohl" and "als auch": "Sowohl die Polizei als auch die Feuerwehr …", always two)
  const both = tokens[subject.from - 1]?.lower === 'sowohl' && isAlsAuch(tokens, subject.to);
  // (a pronoun only where it opens the sentence: "Sie und viele Kollegen rechnen damit")
  if ((subject.pronoun && subject.from > 0) || (tokens[subject.to]?.lower !== 'und' && !both)) return null;
  const q = phraseAt(text, tokens, subject.to + (both ? 2 : 1), lex);
  if (!q || q.pronoun) return null;
  if (subject.pronoun) return { phrase: q, join: false };
  if (both) return { phrase: q, join: false };
  const name = (t: Token) => {
    if (!t.cap || lex.nameTypes.has(t.lower)) return t.cap;
    const c = classifySource(t.text, lex);
    return !c.role && c.name === t.text;
  };
  const join =
    (q.to - q.from === 1 &&
      name(tokens[q.from]!) &&
      subject.to - subject.from >= 2 &&
      name(tokens[subject.to - 1]!) &&
      !name(tokens[subject.to - 2]!)) ||
    twoRolesOfOne(tokens, subject, q, lex);
  return { phrase: q, join };
}

/**
 * A role of a person, with or without an article, "und", and a second role before a name, with no
 * article of its own: one person with two roles ("Kardiologe und Sportmediziner Tom Kahl", "der
 * Kabarettist und Autor Tom Kahl"), not two speakers ("Polizei und Feuerwehrchef Tom Kahl", "der
 * Arzt und der Pfleger Tom Kahl" are).
 */
function twoRolesOfOne(tokens: readonly Token[], subject: Phrase, q: Phrase, lex: Lexicon): boolean {
  const lead = subject.to - subject.from === 2 && DETERMINERS.has(tokens[subject.from]!.lower) ? 1 : 0;
  const role = tokens[subject.to - 1]!;
  if (subject.to - subject.from !== 1 + lead || !role.cap || !tokens[q.from]!.cap) return false;
  const first = classifySource(lead ? subject.text : role.text, lex);
  const second = classifySource(q.text, lex);
  // (a person's role the lexicon knows, or with its article a noun for people it reads by its ending: "der Kabarettist")
  const person = first.role ? personRole(first.role, lex) : lead === 1 && first.type === 'person';
  return person && !first.name && !!second.role && !!second.name;
}

const DETERMINERS_DE = new Set([
  'der',
  'die',
  'das',
  'ein',
  'eine',
  'einer',
  'dieser',
  'diese',
  'dieses',
  'sein',
  'seine',
  'ihr',
  'ihre',
]);

/** A capitalised adverb opening a sentence: "Politisch jedoch stellt Kahl …", "Möglicherweise …", "Wochenlang …". */
function isSentenceAdverb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return (
    i === 0 &&
    !!t?.cap &&
    /(?:isch|lich|weise|ig|lang|mals|dings|falls|wärts)$/.test(t.lower) &&
    !!tokens[i + 1] &&
    !tokens[i + 1]!.cap
  );
}

/** A noun phrase at token `i`; a sentence's opening adverb is none ("Ähnlich sieht es X: „…“"). */
const phraseAtNoAdverb: Grammar['phraseAt'] = (text, tokens, i, lex) =>
  isSentenceAdverb(tokens, i) ? null : phraseAt(text, tokens, i, lex);

/** Words that deny a speech act in its own clause: "äußerte sich nicht", "nannte keine Zahlen". */
const NEGATION = new Set([
  'nicht',
  'kein',
  'keine',
  'keinen',
  'keiner',
  'keinem',
  'keinerlei',
  'weder',
  'nie',
  'niemals',
  'nichts',
]);
/** Words after "nicht" that make it "not only", "not least": no denial ("Nicht nur X warnte"). */
const NOT_ONLY = new Set(['nur', 'bloß', 'bloss', 'allein', 'zuletzt']);
/** The negative determiner ("kein Frost", "keine Mängel"): what is denied is a thing, not the speech act. */
const NEGATIVE_DETERMINER = /^kein(?:e[mnrs]?)?$/;
/** Verbs that say what a text is about when "über" follows, not what somebody said: "berichtete über den Fall". */
const TOPIC_VERBS = new Set(['berichten', 'informieren']);
/** The verb that gives a name: in the passive right after a quoted name and without an agent, no report. */
const NAMING_VERB = 'nennen';
/** Words that open the agent of a passive. */
const AGENT_DE = new Set(['von', 'vom', 'durch']);
/** Conjunctions that join a second verb group, and the auxiliaries that open one ("und | wird betreut"). */
const JOINS = new Set(['und', 'oder', 'aber']);
const SECOND_AUXILIARY = new Set(['wird', 'werden', 'wurde', 'wurden', 'ist', 'sind', 'war', 'waren', 'hat', 'haben']);
/**
 * Articles after a plural noun opening a sentence that make a genitive, not the subject of a verb of the same
 * form ("Berichten der Zeitung zufolge"; a plural verb takes "die": "Berichten die Medien …?").
 */
const GENITIVE_ONLY = new Set(['der', 'des']);
/** The verbs of saying whose perfect takes "sein": "war von einem Unfall ausgegangen", "ist zu dem Schluss gekommen". */
const SEIN_PERFECT = new Set(['ausgehen', 'zu dem Ergebnis kommen', 'fortfahren']);
/** Forms of "sein" in the indicative and the subjunctive: the auxiliary of a perfect or of a state. */
const SEIN_AUX = new Set(['ist', 'sind', 'war', 'waren', 'sei', 'seien', 'wäre', 'wären']);

/** Whether a speech verb is used as one: not denied, not about a topic only. */
function saysSomething(tokens: readonly Token[], hit: VerbHit, lex: Lexicon): boolean {
  const start = clauseStartBefore(tokens, hit.anchor);
  const end = clauseEndAfter(tokens, hit.cueEnd);
  const clause = tokens.slice(start, end);
  // content follows anyway: "schloss nicht aus, dass …"
  const content = tokens.slice(end).some((t) => t.lower === 'dass' || t.text === ':' || t.quoted);
  // (a claim may deny: "will nichts gewusst haben"; a finding or forecast may be of nothing: "Tests zeigten
  // keine Mängel", "Experten erwarten keinen Frost")
  const denies = (t: Token, k: number) =>
    !t.quoted &&
    NEGATION.has(t.lower) &&
    !((hit.needs === 'document' || hit.needs === 'forecaster') && NEGATIVE_DETERMINER.test(t.lower)) &&
    // "Nicht nur die Polizei warnte": "not only" adds, it denies nothing
    !(t.lower === 'nicht' && NOT_ONLY.has(clause[k + 1]?.lower ?? ''));
  if (!content && hit.needs !== 'perfect' && !lex.saidWhenDenied.has(hit.lemma) && clause.some(denies)) return false;
  if (!content && TOPIC_VERBS.has(hit.lemma) && clause.some((t) => t.lower === 'über')) return false;
  // "erklärte den Platz zur Fußgängerzone", "wird zur Normalität erklärt": to declare something to be
  // something is an act, not a report, unless a statement follows ("erklärte zur Lage, es gebe …")
  // (or with "für" and what it is declared: "für unzulässig erklärt"; not "erklärte für die Regierung")
  if (
    DECLARE_AS_VERBS.has(hit.lemma) &&
    clause.some(
      (t, k) =>
        !t.quoted &&
        (DECLARE_AS.has(t.lower) ||
          (t.lower === 'für' &&
            !!clause[k + 1]?.word &&
            !clause[k + 1]!.cap &&
            !DETERMINERS_DE.has(clause[k + 1]!.lower))),
    ) &&
    !hasContent(tokens, hit.anchor, hit.cueEnd)
  )
    return false;
  return true;
}

/** Verbs that with "zu" declare what something is ("zur Chefsache erklären"). */
const DECLARE_AS_VERBS = new Set(['erklären']);
/** The preposition of what something is declared to be. */
const DECLARE_AS = new Set(['zum', 'zur', 'zu']);

/**
 * Whether what a verb of many senses ("posten": a picture, or a statement) is followed by is a
 * statement: a quotation in the sentence, a colon or "dass", a comma and a clause, or the verb
 * inverted after what was said.
 */
function hasContent(tokens: readonly Token[], i: number, last = i, words?: readonly string[], lex?: Lexicon): boolean {
  if (tokens.some((t) => t.quoted && t.word)) return true;
  // a verb's own content words inside its clause: "stellte die Lage als ernst dar"
  if (
    words &&
    tokens.slice(i + 1, last).some((t) => (t.cap && lex ? isContentWord(t.lower, words, lex) : words.includes(t.lower)))
  )
    return true;
  const prev = tokens[i - 1];
  // (inverted after what was said; not after a clause a conjunction opens, which says when or why:
  // "Wenn der Clown stolpert, lachen die Kinder")
  if (i > 0 && (!prev || prev.quoted)) return true;
  // (nor after a relative clause on the subject that opens the sentence: "Tom Kahl, der zweimal traf, freute sich")
  if (
    prev?.text === ',' &&
    !SUBORDINATORS.has(tokens[clauseStartBefore(tokens, i - 1)]?.lower ?? '') &&
    !(lex && relativeSubjectUpTo(tokens, i, lex))
  )
    return true;
  // in the verb's own clause: "X jubelte und die Ministerin sagte, …" gives the comma to the second verb
  // (after the particle of a separable verb, which ends the clause: "hielt fest, dass …", not
  // "hielten zwei Männer, Brüder aus Talberg, ihn fest")
  // (not the comma of the tail that says who said the clause the verb is in: "Er habe an die Wende geglaubt,
  // sagte Kahl" believed in something, and said so)
  for (let k = last + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.text === ',' && lex && opensTail(tokens, k, lex))
      return tokens.slice(k + 1).some((x) => x.text === ':' || x.lower === 'dass');
    // (a relative clause or a purpose after the comma is none: "nahm den Preis an, den ihm die Jury verlieh",
    // "hält Vorräte vor, um Engpässe zu vermeiden")
    if (t.text === ',' && lex && opensNoContent(tokens, k + 1, lex)) return false;
    // (nor the next step of a sequence, its verb in the indicative: "Zuerst äußerte sich die Landrätin knapp,
    // jetzt meldet sich der Bürgermeister"; in the Konjunktiv it is what was said: "…, nun sei es zu spät")
    if (
      t.text === ',' &&
      lex &&
      SEQUENCE.has(tokens[k + 1]?.lower ?? '') &&
      tokens[k + 2] &&
      !konjunktivAt(tokens, k + 2, lex)
    )
      return false;
    if (t.text === ':' || t.text === ',' || t.lower === 'dass') return true;
    if (t.lower === 'und' || t.lower === 'oder') return false;
  }
  return false;
}

/** Whether a lemma of the lexicon is a verb's reflexive reading ("sich äußern", "sich zuversichtlich zeigen"). */
const isReflexive = (lemma: string) => lemma.startsWith('sich ');
/** Adverbs that open the next step of a sequence after a comma: "Erst …, nun …", "…, dann …". */
const SEQUENCE = new Set(['nun', 'dann', 'jetzt', 'danach', 'später', 'anschließend']);
/** The matter a judgement put first is about, right after its verb: "So sieht | es …", "Ähnlich sieht | das …". */
const JUDGED = new Set(['es', 'das']);
/** Whether an article that opens a subject stands at `k`, past focus words ("auch der Verband"; "der" too there). */
function opensNominative(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  while (tokens[k] && lex.focusWords.has(tokens[k]!.lower)) k++;
  const t = tokens[k];
  return !!t && !t.quoted && (NOMINATIVE_OPENERS.has(t.lower) || t.lower === 'der');
}
/** Words that open an infinitive of purpose or manner: "um … zu", "ohne … zu", "statt … zu". */
const PURPOSE = new Set(['um', 'ohne', 'statt', 'anstatt']);
/** Relative pronouns no article shares a form with: what they open after a comma is a relative clause or, with its verb second, a demonstrative's clause ("dem sei nicht so"). */
const OBLIQUE_RELATIVE = new Set([
  'den',
  'dem',
  'denen',
  'deren',
  'dessen',
  'welcher',
  'welche',
  'welches',
  'welchen',
  'welchem',
]);
/**
 * Whether the clause at `k` (after a comma) is no content of a verb of saying: an infinitive of purpose, or a
 * relative clause, whose finite verb stands last ("den ihm die Jury verliehen hatte"); a content clause a
 * demonstrative opens has its finite verb second, words after it ("dem sei nicht so"). A finite verb is one
 * of the lexicon's verbs of saying or an auxiliary, looked for among the three words after the pronoun.
 */
function opensNoContent(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const t = tokens[k];
  if (!t || t.quoted) return false;
  if (PURPOSE.has(t.lower)) return true;
  // ("der", "die", "das" open content clauses as articles as often: "die Zahlen seien falsch")
  if (!OBLIQUE_RELATIVE.has(t.lower)) return false;
  let end = k + 1;
  while (end < tokens.length && tokens[end]!.word) end++;
  for (let j = k + 1; j <= k + 3 && j < end - 1; j++) {
    const w = tokens[j]!;
    if (!w.cap && !w.quoted && (lex.verbForms.has(w.lower) || FINITE_AUX.has(w.lower))) return false;
  }
  return true;
}
/** Finite forms of the auxiliaries (`AUX` and those of "werden") and modals, and of "geben" ("dem gebe es nicht"). */
const FINITE_AUX: ReadonlySet<string> = new Set([
  ...AUX,
  ...['wäre', 'wären', 'wird', 'werde', 'werden', 'würde', 'würden'],
  ...['kann', 'könne', 'könnte', 'muss', 'müsse', 'müsste', 'soll', 'solle', 'sollte'],
  ...['darf', 'dürfe', 'dürfte', 'will', 'wolle', 'wollte', 'gebe', 'gibt', 'gab'],
]);

/** Whether the comma at `k` opens an inverted tail, a verb of saying and its subject: ", sagte Kahl", ", so die Polizei". */
function opensTail(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const verb = tokens[k + 1];
  const next = tokens[k + 2];
  return (
    !!verb &&
    !verb.cap &&
    !verb.quoted &&
    (lex.verbForms.has(verb.lower) || verb.lower === 'so') &&
    !!next?.word &&
    (next.cap || DETERMINERS_DE.has(next.lower) || PERSONAL.has(next.lower))
  );
}

/**
 * Whether what follows the verb at `i` is an infinitive with "zu" ("hofft, damit Zeit zu gewinnen", "hoffen,
 * ihr etwas entgegenzusetzen"), with no "dass" and no quotation.
 */
function intendsOnly(tokens: readonly Token[], i: number): boolean {
  if (tokens.some((t) => t.quoted)) return false;
  const comma = tokens.findIndex((t, k) => k > i && t.text === ',');
  if (comma < 0) return false;
  let zu = false;
  for (let k = comma + 1; k < tokens.length && !/^[–—.;:]$/.test(tokens[k]!.text); k++) {
    const t = tokens[k]!;
    if (t.lower === 'dass') return false;
    if (
      !t.cap &&
      ((tokens[k - 1]?.lower === 'zu' && /\p{Ll}(?:en|ern|eln)$/u.test(t.lower)) || INFIXED_ZU.test(t.lower))
    )
      zu = true;
  }
  return zu;
}
/** An infinitive with "zu" inside it: "entgegenzusetzen", "aufzubauen". */
const INFIXED_ZU =
  /^(?:an|auf|aus|bei|durch|ein|entgegen|fest|fort|her|hin|mit|nach|vor|weg|zurück|zusammen|dar|ab|fern|frei|los|nieder|weiter|hoch|teil|statt|kennen|heraus|hinzu|vorbei)zu\p{Ll}{3,}(?:en|ern|eln)$/u;

/** Whether the clause of the verb at `i` holds one of its own content words ("gestand den Diebstahl"). */
function ownContent(
  tokens: readonly Token[],
  i: number,
  words: readonly string[] | undefined,
  /** With the lexicon: a noun that is a compound of one of the words counts too (content words, not other acts). */
  compoundsOf?: Lexicon,
): boolean {
  if (!words) return false;
  for (let k = clauseStartBefore(tokens, i); k < clauseEndAfter(tokens, i); k++) {
    const t = tokens[k]!;
    if (t.quoted) continue;
    if (compoundsOf && t.cap ? isContentWord(t.lower, words, compoundsOf) : isWordOrPart(t.lower, words)) return true;
  }
  return false;
}

/** Whether a word, or a compound's last part after a hyphen, is one of `words` ("den WM-Titel"). */
function isWordOrPart(word: string, words: readonly string[]): boolean {
  return words.includes(word) || words.includes(word.split('-').pop()!);
}

/** A compound's first part has at least this many letters ("Sparpläne" ends in "pläne"). */
const MIN_COMPOUND_FIRST = 3;

/**
 * Whether a word is one of a verb's content words, or a compound that ends in one: the last part of a
 * German compound is its head ("die Sparpläne" are plans, "den WM-Titel" a title).
 */
function isContentWord(word: string, words: readonly string[], lex: Lexicon): boolean {
  return (
    isWordOrPart(word, words) ||
    words.some((w) => word.length - w.length >= MIN_COMPOUND_FIRST && word.endsWith(w) && !lex.functionWords.has(w))
  );
}

/**
 * Whether what was said follows the verb at `i` in a "dass" clause, after a colon or in a quotation
 * ("erfuhr, dass …", "hat erfahren: …"); not in a relative clause ("hat eine Wandlung erfahren, die …").
 */
function saidAfter(tokens: readonly Token[], i: number): boolean {
  let end = clauseEndAfter(tokens, i);
  // (the auxiliary of a perfect after the participle: "erfahren hat, dass")
  if (end === i + 1 && AUX.has(tokens[end]?.lower ?? '')) end = clauseEndAfter(tokens, end);
  const next = tokens[end];
  if (!next) return false;
  if (next.text === ':' || next.quoted || isQuoteMark(next.text)) return true;
  return next.text === ',' && tokens[end + 1]?.lower === 'dass';
}

/** Numbers and quantifiers of more than one, which make their phrase plural: "zwei", "12", "viele", "beide". */
const isPluralCount = (w: string) => PLURAL_NUMBER.test(w) || PLURAL_QUANTIFIERS.has(w);
const PLURAL_QUANTIFIERS = new Set(['beide', 'viele', 'mehrere', 'einige', 'etliche', 'zahlreiche']);

/** A finite verb of the plural: "sagten", "fordern", "sind" (lower case, not a noun). */
const pluralVerb = (verb: Token) => !verb.cap && (/e[rl]?n$/.test(verb.lower) || verb.lower === 'sind');

/** Finds speech verbs outside quotes; returns the verb's anchor (finite verb or auxiliary) and cue. */
function speechVerbs(tokens: readonly Token[], lex: Lexicon): VerbHit[] {
  return findSpeechVerbs(tokens, lex)
    .filter((h) => saysSomething(tokens, h, lex))
    .map((h) =>
      h.needs === 'document' && FINDING.has(h.lemma) && findsThat(tokens, h.cueEnd)
        ? { ...h, needs: 'finder' as const }
        : h,
    );
}

/** Verbs of a finding's result ("Die Ermittlungen ergaben, dass …"; not "Die Polizei zeigte, dass sie handeln kann"). */
const FINDING = new Set(['ergeben', 'belegen']);

/**
 * Whether ", dass" follows the verb at `i`: what a finding found, which counts from a court or a body that
 * investigates too ("Die Ermittlungen ergaben, dass …").
 */
const findsThat = (tokens: readonly Token[], i: number) =>
  tokens[i + 1]?.text === ',' && tokens[i + 2]?.lower === 'dass' && !tokens[i + 2]!.quoted;

/** Whether the word at `i` is what something is compared with: "als" before it, at most one adverb between. */
function isComparedWith(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev?.lower === 'als') return true;
  return tokens[i - 2]?.lower === 'als' && !!prev && prev.word && !prev.cap;
}

/** Articles that open a noun phrase whose adjective a participle can be ("die oft erwähnte Balance"). */
const ATTRIBUTIVE_ARTICLES = new Set([
  'der',
  'die',
  'das',
  'den',
  'dem',
  'des',
  'ein',
  'eine',
  'einer',
  'einen',
  'einem',
]);

/**
 * A past form that is an adjective before a noun: "um die viel erwähnte Balance", "der genannte
 * Betrag" (an article inside the sentence, at most three lower-case words, then the noun); not "Das
 * erwähnte Tom Kahl", whose article opens the sentence.
 */
function isAttributive(tokens: readonly Token[], i: number): boolean {
  if (!/te[nrsm]?$/.test(tokens[i]!.lower) || !tokens[i + 1]?.cap || tokens[i + 1]!.quoted) return false;
  // (or right after a count: "42 bestätigte Fälle", "drei verletzte Personen"; not a year, "2023 bestätigte Kahl")
  const count = tokens[i - 1];
  if (count && !count.quoted && (NUMBER.test(count.text) || PLURAL_NUMBER.test(count.lower)) && !YEAR.test(count.text))
    return true;
  for (let a = i - 1; a >= 1 && a >= i - 4; a--) {
    const w = tokens[a]!;
    if (ATTRIBUTIVE_ARTICLES.has(w.lower)) return !CLAUSE_BREAK.has(tokens[a - 1]!.text);
    if (!w.word || w.cap) return false;
  }
  return false;
}
/** A number in digits, with separators of thousands or decimals ("12.000", "3,5"). */
const NUMBER = /^\d[\d.,]*$/;
/** A year's number, which a verb may follow as the clause's first word ("2023 bestätigte das Gericht …"). */
const YEAR = /^(?:1[89]|20)\d\d$/;

/** Words before the comma of an indirect question that it is the object or the subject of: "sagen, ob …", "Unklar ist, wie …". */
const QUESTION_TAKERS = new Set([
  'sagen',
  'sagte',
  'sagt',
  'fragen',
  'fragte',
  'fragt',
  'erklären',
  'verraten',
  'verriet',
  'wissen',
  'weiß',
  'wusste',
  'unklar',
  'offen',
  'klar',
  'ist',
  'bleibt',
  'blieb',
  'war',
]);
/** The interrogatives that open an indirect question besides those of the lexicon: "ob". */
const WHETHER = 'ob';
/**
 * Adverbs that may stand between a word taking a question and its comma, besides the focus words ("Offen
 * ist bislang, wie …", "Entscheidend ist zudem, ob …", "sagte nicht, wann …").
 */
const BEFORE_QUESTION = new Set([
  'noch',
  'bislang',
  'bisher',
  'weiterhin',
  'derzeit',
  'vorerst',
  'nicht',
  'völlig',
  'ganz',
  'letztlich',
]);
/** At most this many of them. */
const MAX_BEFORE_QUESTION = 2;

/**
 * Whether the word at `i` stands in an indirect question: a clause after a comma that "ob" or an
 * interrogative opens, the comma right after a word that takes a question ("sagen, wie viele …",
 * "Unklar ist, ob …", "fragte, warum …") or after adverbs that follow it ("Offen ist bislang, wie …").
 */
function inIndirectQuestion(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const start = clauseStartBefore(tokens, i);
  const opener = tokens[start];
  if (start < 2 || start >= i || tokens[start - 1]!.text !== ',' || !opener) return false;
  if (opener.lower !== WHETHER && !lex.interrogatives.has(opener.lower)) return false;
  let k = start - 2;
  for (let n = 0; n < MAX_BEFORE_QUESTION && k > 0; n++, k--) {
    const w = tokens[k]!.lower;
    if (!BEFORE_QUESTION.has(w) && !lex.focusWords.has(w)) break;
  }
  return QUESTION_TAKERS.has(tokens[k]!.lower);
}

/** The fewest words of what a tail after a comma tags. */
const MIN_TAGGED_WORDS = 4;
/** The most words after the verb of a tail: its subject, "sich", a particle, "weiter". */
const MAX_TAIL_REST = 6;

/**
 * Whether a verb of the manner of saying at `i` opens the tail that ends the sentence after a comma and
 * tags the main clause before it ("Man werde seit Jahren vertröstet, fuhr Brandik fort", "Das sei nicht
 * hinnehmbar, empörte sich Kahl"); not after a clause a conjunction opens ("Als der Bus kam, fuhr er fort").
 */
function endsAsTail(tokens: readonly Token[], i: number): boolean {
  if (tokens[i - 1]?.text !== ',' || SUBORDINATORS.has(tokens[0]?.lower ?? '')) return false;
  const rest = tokens.slice(i + 1);
  const last = rest.length && !rest[rest.length - 1]!.word ? rest.length - 1 : rest.length;
  if (last > MAX_TAIL_REST || !rest.slice(0, last).every((t) => t.word)) return false;
  if (last < rest.length && !/^[.!]$/.test(rest[last]!.text)) return false;
  return tokens.slice(0, i - 1).filter((t) => t.word).length >= MIN_TAGGED_WORDS;
}

/**
 * What a verb read with its preposition needs of its subject: a forecast as the preposition's object counts
 * from an expert, a study or a body ("Ökonomen rechnen mit …", "Der Verband rechnet mit …", not "Die Fans
 * rechnen mit …"); else what the form needs.
 */
function prepNeeds(form: VerbForm): Pick<VerbHit, 'needs'> {
  return form.forecast ? { needs: 'forecaster' } : form.needs ? { needs: form.needs } : {};
}

function findSpeechVerbs(tokens: readonly Token[], lex: Lexicon): VerbHit[] {
  const out: VerbHit[] = [];
  tokens.forEach((t, i) => {
    if (t.quoted || !t.word) return;
    // a capital inside the sentence makes a noun: "nach Angaben", "die Aussagen"
    if (t.cap && i > 0 && !isQuoteMark(tokens[i - 1]!.text) && !/^[:(–—-]$/.test(tokens[i - 1]!.text)) return;
    // (so does one that opens it before a genitive: "Berichten der Zeitung zufolge", not "Berichten die Medien …?")
    if (t.cap && i === 0 && lex.nounMap.has(t.lower) && GENITIVE_ONLY.has(tokens[1]?.lower ?? '')) return;
    // a participle with an auxiliary before it in its clause: "hat … eingeräumt", "wurde … zitiert"
    let lemma = lex.participles.get(t.lower);
    // (only a participle or a verb form can be a verb of saying: this runs on every word)
    if (!lemma && !lex.verbForms.has(t.lower)) return;
    // (a verb inside an indirect question states nothing: "wollte nicht sagen, wie viele Geräte der Konzern zu
    // verkaufen erwartet", "Unklar ist, ob sie gewarnt wurde")
    if (inIndirectQuestion(tokens, i, lex)) return;
    // a comparison names no speech act: "besser als befürchtet", "teurer als zunächst angenommen"
    if (lemma && isComparedWith(tokens, i)) lemma = undefined;
    const clause = lemma ? tokens.slice(clauseStartBefore(tokens, i), clauseEndAfter(tokens, i)) : [];
    // "hat von dem Unfall gesprochen", "ist zum Schluss gekommen": the words the verb needs stand in its clause
    const withWords = lemma ? lex.participlePreps.get(t.lower) : undefined;
    // (a forecast as the preposition's object counts only from an expert, a study or a body: "Ökonomen hatten mit
    // einem Anstieg gerechnet", not "Die Fans hatten mit einem Sieg gerechnet")
    let forecast = false;
    // ("hat … erklären lassen": the word right before the participle is the cue's)
    let cue = t.text;
    if (withWords) {
      const hit = withWords.find((e) =>
        e.before ? e.prep.includes(tokens[i - 1]?.lower ?? '') : clause.some((x) => e.prep.includes(x.lower)),
      );
      if (hit) lemma = hit.lemma;
      else if (!lex.plainParticiples.has(t.lower)) lemma = undefined;
      forecast = !!hit?.forecast;
      if (hit?.before) cue = `${tokens[i - 1]!.text} ${t.text}`;
    }
    // "wurde zu sieben Jahren Haft verurteilt": another act than speech
    if (lemma && ownContent(tokens, i, lex.otherActs.get(lemma))) return;
    if (lemma) {
      // "muss angemerkt werden", "kann gesagt werden": the writer's own remark, not a speech act reported
      if (clause.some((x) => MODALS.has(x.lower)) && clause.some((x) => PASSIVE_AUX.has(x.lower))) return;
      // "Der Termin soll bald bekanntgegeben werden", "wird am Freitag verkündet werden": a passive in the
      // infinitive after "sollen" or the future's "werden" is an act yet to come, nothing said yet (not "soll
      // verkündet worden sein", which reports)
      if (tokens[i + 1]?.lower === 'werden' && clause.some((x) => x !== tokens[i + 1] && YET_TO_COME.has(x.lower)))
        return;
      // "die die „Alten Brüder“ genannt werden": a quoted name given, no report (unless somebody gives it)
      const naming =
        lemma === NAMING_VERB && isQuoteMark(tokens[i - 1]?.text ?? '') && !clause.some((x) => AGENT_DE.has(x.lower));
      if (naming && clause.some((x) => PASSIVE_AUX.has(x.lower))) return;
      // "Begründet wurde dies …" (participle first), "wie … behauptet wurde" (verb last)
      if (
        (i === clauseStartBefore(tokens, i) || i === clauseEndAfter(tokens, i + 1) - 2) &&
        PASSIVE_AUX.has(tokens[i + 1]?.lower ?? '')
      ) {
        out.push({ anchor: i + 1, cue: t.text, lemma, passive: true, cueEnd: i + 1 });
        return;
      }
      const start = clauseStartBefore(tokens, i);
      // "wie die Polizei mitgeteilt hat", "wie Behörden herausgefunden haben": the auxiliary after the
      // participle ends a clause "wie" opens, whose content is the clause it stands beside
      if (
        tokens[start]?.lower === 'wie' &&
        AUX.has(tokens[i + 1]?.lower ?? '') &&
        !SEIN_AUX.has(tokens[i + 1]!.lower) &&
        clauseEndAfter(tokens, i + 1) === i + 2
      ) {
        out.push({ anchor: i + 1, cue: t.text, lemma, passive: false, cueEnd: i + 1 });
        return;
      }
      // ("hat erfahren, dass …", not "hat eine Wandlung erfahren, die …")
      if (lex.clauseOnly.has(lemma) && !saidAfter(tokens, i)) return;
      // (a verb that needs a document or a speaker as subject needs it in the perfect too: "Das Team hat sich in Bestform gezeigt")
      const needs = lex.needsOf.get(lemma);
      // (and content, as its finite forms do: "hatte das Feuer bemerkt" says nothing; a forecast without
      // it still counts from an expert or a study)
      const ownForm = lex.verbForms.get(t.lower)?.find((f) => f.lemma === lemma);
      const own = ownForm?.contentWords;
      // ("haben sich entschieden, … fernzubleiben": an intention before an infinitive, in the perfect too)
      if (ownForm?.intent && intendsOnly(tokens, i)) return;
      const bare = needs === 'content' && !hasContent(tokens, i, i, undefined, lex) && !ownContent(tokens, i, own, lex);
      if (bare && !lex.forecasts.has(lemma)) return;
      const subjectNeeds =
        bare || forecast
          ? { needs: 'forecaster' as const }
          : needs === 'document' || needs === 'agent'
            ? { needs }
            : {};
      for (let a = i - 1; a >= start; a--) {
        const w = tokens[a]!.lower;
        if (AUX.has(w) || PASSIVE_AUX.has(w)) {
          // (a verb whose perfect takes "haben" after a form of "sein" is a state, no act of saying: "Die
          // Feuerwehr ist gefordert", "Der Verein ist in Talberg gemeldet"; "ist geraten" is another verb's; but
          // "ist gefordert worden" is the perfect of the passive)
          if (SEIN_AUX.has(w) && !SEIN_PERFECT.has(lemma) && tokens[i + 1]?.lower !== 'worden') return;
          const passive = PASSIVE_AUX.has(w);
          out.push({ anchor: a, cue, lemma, passive, cueEnd: i, ...(passive ? {} : subjectNeeds) });
          return;
        }
        // "Kahl soll gesagt haben, …": the perfect infinitive after a reportative "sollen", which is finite
        if (REPORTATIVE_MODALS.has(w) && tokens[i + 1]?.lower === 'haben') {
          out.push({ anchor: a, cue: t.text, lemma, passive: false, cueEnd: i, ...subjectNeeds });
          return;
        }
      }
    }
    if (isAttributive(tokens, i)) return;
    // an infinitive with "zu" is no speech act of its own: "eine Chance, die Helfer zu würdigen"
    if (tokens[i - 1]?.lower === 'zu' && !tokens[i - 1]!.quoted && /en$/.test(t.lower)) return;
    const forms = lex.verbForms.get(t.lower);
    if (!forms) return;
    // "wenn sie etwas sagen müsste": an infinitive right before a modal or future auxiliary is no finite verb
    if (/en$/.test(t.lower) && AFTER_INFINITIVE.has(tokens[i + 1]?.lower ?? '')) return;
    // the clause's end read over quotations and brackets, where a separable particle stands
    const over = clauseEndOverInsertions(tokens, i);
    // a verb the lexicon knows with and without "sich" ("äußerte Kritik", "äußerte sich besorgt"): the reading
    // with it where "sich" stands in the verb's clause, the other where it does not
    const reflexive = (f: VerbForm) => isReflexive(f.lemma);
    const withSich =
      forms.some(reflexive) && !forms.every(reflexive)
        ? tokens
            .slice(clauseStartBefore(tokens, i), clauseEndAfter(tokens, i))
            .some((x) => x.lower === 'sich' && !x.quoted)
        : null;
    for (const form of forms) {
      if (withSich !== null && reflexive(form) !== withSich) continue;
      // a joined form of a particle of several words: its first words before it ("davon ausging")
      if (form.joinedAfter) {
        const from = clauseStartBefore(tokens, i);
        if (!tokens.slice(from, i).some((x) => form.joinedAfter!.includes(x.lower))) continue;
      }
      if (form.prep) {
        const end = clauseEndAfter(tokens, i);
        // a separable verb with its preposition: the particle closes the clause too ("sprach sich für … aus")
        // (before an insertion or after it: "geht … aus (siehe unten)", "sprach sich Kahl (SPD) aus")
        const particle = form.particle?.split(' ').pop();
        const closing = particle && tokens[over - 1]?.lower === particle ? over : end;
        if (particle && tokens[closing - 1]?.lower !== particle) continue;
        // ("sieht heute anders aus": a particle closing the clause makes another verb)
        if (form.notClosedBy?.includes(tokens[over - 1]?.lower ?? '') && closingParticle(tokens, i, over)) continue;
        // (with content words of its own, one of them in the clause: "sieht die Schuld bei …", not "sah die
        // Kinder beim Spielen")
        const words = form.contentWords;
        if (words && !tokens.slice(clauseStartBefore(tokens, i), end).some((x) => words.includes(x.lower))) continue;
        const k = tokens.findIndex(
          (x, n) =>
            n > i &&
            n < end &&
            form.prep!.includes(x.lower) &&
            (!form.prepNext || form.prepNext.test(tokens[n + 1]?.text ?? '')),
        );
        if (k < 0) {
          // the word put first in its clause: "Erleichtert über das Urteil zeigte sich auch die Ministerin"
          // (with words of its own before the verb: a bare "So sah es aus" is no judgement)
          // (not "als" opening the clause, a conjunction or a time of life: "Als Kind sah er …"; one word alone
          // before the verb only with the matter judged after it: "So sieht es auch der Verband", not "So sah
          // er sie zum letzten Mal")
          const start = clauseStartBefore(tokens, i);
          // (after a word of degree, "Ganz anders sieht das Tom Kahl", or an adjective of the word put first,
          // "Scharfe Kritik an dem Plan übte die Opposition")
          const lead = tokens[start]?.lower ?? '';
          const first =
            start + 1 < i &&
            (DEGREE.has(lead) ||
              (/\p{L}{3}(?:e|en|er|es)$/u.test(lead) && form.prep.includes(tokens[start + 1]!.lower)))
              ? start + 1
              : start;
          const f = tokens[first];
          if (
            f &&
            form.prep.includes(f.lower) &&
            f.lower !== 'als' &&
            (first < i - 1 ||
              // (its adjective before it makes words of its own: "Heftige Kritik übte der Verband")
              (first > start && !DEGREE.has(lead)) ||
              (first === i - 1 && JUDGED.has(tokens[i + 1]?.lower ?? '') && !closingParticle(tokens, i, over)))
          ) {
            out.push({
              anchor: i,
              cue: `${f.text} … ${t.text}`,
              lemma: form.lemma,
              passive: false,
              cueEnd: i,
              ...(form.needs ? { needs: form.needs } : {}),
            });
            return;
          }
          // a separable verb whose particle closes the clause, its preposition put first: "Gegen den Plan
          // sprach sich die Ministerin aus", "Nicht gegen A, wohl aber gegen B sprach sich X aus"
          const fronted = form.particle ? tokens.slice(first, i).find((x) => form.prep!.includes(x.lower)) : undefined;
          // a clause a conjunction opens ends with its verb, the preposition before it: "Während das Institut die
          // Pläne für tragfähig hält, …", "weil sie den Plan für falsch hält"
          const verbLast =
            SUBORDINATORS.has(f?.lower ?? '') && f?.lower !== 'als' && clauseEndAfter(tokens, i) === i + 1;
          const before = verbLast ? tokens.slice(first + 2, i).find((x) => form.prep!.includes(x.lower)) : undefined;
          if (before && !form.particle) {
            out.push({
              anchor: i,
              cue: `${before.text} … ${t.text}`,
              lemma: form.lemma,
              passive: false,
              cueEnd: i,
              ...prepNeeds(form),
            });
            return;
          }
          if (fronted) {
            out.push({
              anchor: i,
              cue: `${fronted.text} … ${t.text} … ${tokens[closing - 1]!.text}`,
              lemma: form.lemma,
              passive: false,
              cueEnd: closing - 1,
              ...(form.needs ? { needs: form.needs } : {}),
            });
            return;
          }
          continue;
        }
        out.push({
          anchor: i,
          cue:
            form.cueParticle && closing > k + 1
              ? `${t.text} … ${tokens[closing - 1]!.text}`
              : `${t.text} ${k === i + 1 ? '' : '… '}${tokens[k]!.text}`,
          lemma: form.lemma,
          passive: false,
          cueEnd: k,
          ...prepNeeds(form),
        });
        return;
      }
      // (a forecast without a clause still counts from an expert or a study: "Experten erwarten keinen Frost")
      // (or with a content word of its own in its clause: "gestand den Diebstahl", "hat die Tat gestanden",
      // not "hat unter Druck gestanden", of "stehen")
      // ("Wie die Zeitung erfuhr, …", "erfuhr, dass …": its content the clause beside it, or the one after it)
      // ("Die Anwohner empörten sich, als …": a verb of the manner of speaking counts only beside its quotation)
      if (form.tag && !besideQuotation(tokens, i) && !endsAsTail(tokens, i)) continue;
      const opens = clauseStartBefore(tokens, i);
      const asClause = !!form.clauseOnly && tokens[opens]?.lower === 'wie';
      if (form.clauseOnly && !asClause && !saidAfter(tokens, i)) continue;
      // ("wie die Zeitung aus Kreisen der Firma erfuhr": the source is whom it learned from, an according-to cue)
      if (form.clauseOnly && tokens.slice(opens, i).some((x) => x.lower === 'aus' || x.lower === 'von')) continue;
      const bare =
        form.needs === 'content' &&
        !form.particle &&
        !asClause &&
        !hasContent(tokens, i, i, undefined, lex) &&
        !ownContent(tokens, i, form.contentWords, lex);
      if (bare && !form.forecast) continue;
      // ("verurteilte ihn zu einer Geldstrafe": another act than speech)
      if (ownContent(tokens, i, lex.otherActs.get(form.lemma))) continue;
      // ("hoffen, damit Zeit zu gewinnen": an intention before an infinitive with "zu", no statement)
      if (form.intent && intendsOnly(tokens, i)) continue;
      // "Zeugen wollen einen Knall gehört haben": a claim of the subject, the cue runs to the infinitive
      if (form.needs === 'perfect') {
        const end = clauseEndAfter(tokens, i);
        const participle = end - 2 > i ? tokens[end - 2]! : null;
        if (!participle || !PERFECT_AUX.has(tokens[end - 1]!.lower) || !PAST_PARTICIPLE.test(participle.text)) continue;
        out.push({
          anchor: i,
          cue: `${t.text} … ${tokens[end - 1]!.text}`,
          lemma: form.lemma,
          passive: false,
          cueEnd: end - 1,
          needs: 'perfect',
        });
        return;
      }
      if (!form.particle) {
        // a particle closing the clause makes another verb: "sagte das Treffen ab", "schreibt das Gesetz vor"
        if (closingParticle(tokens, i, over)) continue;
        out.push({
          anchor: i,
          cue: t.text,
          lemma: form.lemma,
          passive: false,
          cueEnd: i,
          ...(bare ? { needs: 'forecaster' as const } : form.needs ? { needs: form.needs } : {}),
        });
        return;
      }
      // a separable verb needs its particle at the end of the clause: "teilte … mit", also after an
      // insertion set off by commas: "wirft die Opposition, vor allem die Linke, dem Senat Untätigkeit vor"
      // (not a verb that closes a relative or subordinate clause, which is written with its particle:
      // "…, der den Verein führt, sagte …" is no "führt … aus" with the particle of a later clause)
      const parts = form.particle.toLowerCase().split(' ');
      let end = over;
      const start = clauseStartBefore(tokens, i);
      // "wie der Konzern bekannt gab": a particle written apart right before the verb that ends a clause
      // "wie" or another conjunction opens
      if (
        parts.length === 1 &&
        tokens[i - 1]?.lower === parts[0] &&
        over === i + 1 &&
        SUBORDINATORS.has(tokens[start]?.lower ?? '')
      ) {
        out.push({ anchor: i, cue: `${tokens[i - 1]!.text} ${t.text}`, lemma: form.lemma, passive: false, cueEnd: i });
        return;
      }
      const subordinate =
        over === i + 1 &&
        tokens[start - 1]?.text === ',' &&
        (RELATIVE.has(tokens[start]?.lower ?? '') || SUBORDINATORS.has(tokens[start]?.lower ?? ''));
      for (let round = 0; round < (subordinate ? 1 : 2); round++) {
        for (let k = i + 1; k + parts.length <= end; k++) {
          if (parts.every((p, n) => tokens[k + n]!.lower === p) && (k + parts.length === end || parts.length > 1)) {
            if (form.needs === 'content' && !hasContent(tokens, i, k + parts.length - 1, form.contentWords, lex))
              return;
            // (with its content only after it: "führte an, dass …", not "führt die Liste an")
            if (form.clauseOnly && !saidAfter(tokens, k + parts.length - 1)) return;
            out.push({
              anchor: i,
              cue: `${t.text} … ${wordsOf(tokens, k, k + parts.length)}`,
              lemma: form.lemma,
              passive: false,
              cueEnd: k + parts.length - 1,
            });
            return;
          }
        }
        const next = tokens[end]?.text === ',' ? clauseEndAfter(tokens, end) : -1;
        if (next < 0 || tokens[next]?.text !== ',' || next - end > MAX_INSERTION_TOKENS) break;
        end = clauseEndAfter(tokens, next);
      }
    }
  });
  return out;
}

/** Infinitives of being or having, after which "soll" reports what is said of someone ("der Täter sein soll"). */
const STATIVE_INFINITIVES = new Set([
  'sein',
  'haben',
  'heißen',
  'stammen',
  'leben',
  'wohnen',
  'besitzen',
  'kennen',
  'wissen',
]);

/** "soll/sollen" as "is said to", not as plan or obligation ("Die Schulen sollen 2026 saniert werden"). */
function isReportativeSollen(text: string, tokens: readonly Token[], at: number): boolean {
  const t = tokens[at]!;
  if (at === 0 && !REPORTATIVE_SOLL.has(t.lower)) return false; // "Sollte es regnen, …"
  const before = tokens[at - 1]?.lower;
  if (before && ['ich', 'wir', 'du', 'man', 'ihr', 'was', 'wer', 'wie', 'warum', 'wo'].includes(before)) return false;
  if (text.trim().endsWith('?')) return false;
  // (the clause read over quoted words and brackets: "… ein „Grüner Ring“ angelegt werden")
  const end = clauseEndOverInsertions(tokens, at);
  const clause = spanText(text, tokens, clauseStartBefore(tokens, at), end);
  const lastVerbs = tokens
    .slice(Math.max(at + 1, end - 3), end)
    .map((x) => x.lower)
    .join(' ');
  // (a participle without "ge-" too, of a verb with an inseparable prefix: "betreten haben", "verlassen haben")
  const participleAt = tokens[end - 2]?.lower === 'worden' ? end - 3 : end - 2;
  const participle = tokens[participleAt];
  if (
    PERFECT_INFINITIVE.test(lastVerbs) &&
    (/(?:ge\p{L}+t|ge\p{L}+en|\p{L}+iert) (?:haben|sein|worden sein)$/u.test(lastVerbs) ||
      (!!participle &&
        !participle.cap &&
        INSEPARABLE_PARTICIPLE.test(participle.lower) &&
        // (not an infinitive: "zu beweisen sein"; a strong one in -en only before "haben": "betreten haben")
        tokens[participleAt - 1]?.lower !== 'zu' &&
        (/t$/.test(participle.lower) || lastVerbs.endsWith(' haben'))))
  )
    return true;
  if (PAST_SOLL.has(t.lower)) return false;
  if (PLAN_MARKERS.test(clause) || TASK_INFINITIVE.test(lastVerbs)) return false;
  // a relative clause that ends in "soll" after an infinitive of doing says what the thing is for: "ein Gesetz,
  // das Mieter schützen soll" (not one of being: "der Mann, der der Täter sein soll")
  const start = clauseStartBefore(tokens, at);
  const infinitive = tokens[at - 1];
  if (
    end === at + 1 &&
    tokens[start - 1]?.text === ',' &&
    RELATIVE.has(tokens[start]!.lower) &&
    !!infinitive &&
    !infinitive.cap &&
    /\p{L}{2}e?n$/u.test(infinitive.lower) &&
    !STATIVE_INFINITIVES.has(infinitive.lower)
  )
    return false;
  if (/ werden$/.test(lastVerbs)) return false; // passive infinitive: mostly a plan ("soll gebaut werden")
  // the same at the end of a subordinate clause: "…, die für Konzerte genutzt werden soll"
  if (end === at + 1 && tokens[at - 1]?.lower === 'werden' && !tokens[at - 1]!.quoted) return false;
  return true;
}

/** "sagte der Deutschen Presse-Agentur", "sagte der Nachrichtenagentur Reuters": the agency told is a source of its own. */
function addressee(text: string, tokens: readonly Token[], verb: VerbHit, lex: Lexicon): Phrase | null {
  const end = clauseEndAfter(tokens, verb.cueEnd);
  for (let k = clauseStartBefore(tokens, verb.anchor); k < end; k++) {
    if (tokens[k]!.lower !== 'der' && tokens[k]!.lower !== 'dem') continue;
    const p = phraseAt(text, tokens, k + 1, lex);
    if (p && classifySource(p.text, lex).type === 'agency') return p;
  }
  return null;
}

/** Nouns of what somebody said or found, whose owner in the genitive is the source: "Recherchen der Zeitung". */
const SAID_NOUNS = new Set([
  'recherchen',
  'angaben',
  'informationen',
  'aussagen',
  'aussage',
  'worten',
  'darstellung',
  'einschätzung',
  'erkenntnissen',
  'erinnerung',
  'erinnerungen',
  'ansicht',
  'auffassung',
  'meinung',
]);

/** "Seinen Angaben zufolge", "Ihrer Darstellung nach": the possessive before a noun of saying, which points back. */
function possessiveOwner(tokens: readonly Token[], p: Phrase, lex: Lexicon): Phrase | null {
  const mine = tokens[p.from]!;
  return p.to - p.from === 2 && lex.possessives.has(mine.lower) && SAID_NOUNS.has(tokens[p.from + 1]!.lower)
    ? { from: p.from, to: p.from + 1, text: mine.text, pronoun: true }
    : null;
}

/** The owner in a mention like "(die bittere) Erinnerung einer Kellnerin": the genitive after a noun of saying. */
function owner(text: string, tokens: readonly Token[], p: Phrase): Phrase | null {
  let i = p.from;
  while (i < p.to && !tokens[i]!.cap) i++;
  if (i >= p.to - 1 || !SAID_NOUNS.has(tokens[i]!.lower)) return null;
  const g = i + 1;
  if (!GENITIVE_ARTICLES.has(tokens[g]?.lower ?? '') || g + 1 >= p.to) return null;
  return { from: g, to: p.to, text: spanText(text, tokens, g, p.to), pronoun: false };
}

/** Whether the word after "nach Angaben" opens the source's mention: a genitive, a name, a genitive plural adjective. */
function opensMention(t: Token): boolean {
  return GENITIVE_ARTICLES.has(t.lower) || (t.cap && !t.quoted) || /^["„»]/.test(t.text) || /^\p{Ll}+er$/u.test(t.text);
}

/**
 * A Konjunktiv I form: lower case after the first word ("im Falle eines …" holds the noun "Falle"),
 * not after "ich" (where the form is indicative), and not in the set phrases "es sei denn", "sei es … oder".
 * 'unambiguous' for a form no indicative shares ("sei", "habe"; the lexicon's konjunktivUnambiguous).
 */
/** A question to whom the text addresses ("Sie", "du"): it ends in a question mark outside any quotation. */
function asksAddressee(tokens: readonly Token[]): boolean {
  const last = tokens[tokens.length - 1];
  return (
    last?.text === '?' &&
    !last.quoted &&
    tokens.some((t, i) => !t.quoted && (isFormalSie(tokens, i) || t.lower === 'du'))
  );
}

function konjunktivAt(tokens: readonly Token[], n: number, lex: Lexicon): 'ambiguous' | 'unambiguous' | null {
  const t = tokens[n]!;
  if (t.quoted || (n > 0 && t.cap) || tokens[n - 1]?.lower === 'ich') return null;
  if (t.lower === 'sei' && (tokens[n + 1]?.lower === 'es' || tokens[n + 1]?.lower === 'denn')) return null;
  const listed = lex.konjunktiv.has(t.lower);
  if (!listed && !regularKonjunktiv(tokens, n, lex)) return null;
  // a question put to someone asks what they would do, it reports nobody: "Was würden Sie als Erstes ändern?"
  if (asksAddressee(tokens)) return null;
  // "dürften … werden/sein/haben" says what is likely, not what somebody said: "Die Mieten dürften bald höher sein"
  if (EPISTEMIC.has(t.lower) && PROBABLE_INFINITIVES.has(tokens[clauseEndAfter(tokens, n) - 1]?.lower ?? ''))
    return null;
  if (lex.konjunktivUnambiguous.has(t.lower)) return 'unambiguous';
  // a form in -e (no umlaut: "wäre", "stünde" are the hypothetical mood) in second place after one
  // constituent: its subject is no "ich", whose indicative it shares; any other indicative ends in -t
  // ("Zwar vereinfache der Plan die Wege", "So bleibe das Wissen erhalten", "Neben dem Bau erfolge …")
  const secondPlace =
    /[^aeiouäöüt]e$/.test(t.lower) && !/[äöü]/.test(t.lower) && n === firstConstituentEnd(tokens, lex);
  return secondPlace ? 'unambiguous' : 'ambiguous';
}

/** Nouns of a judgement that "ausfallen" says how it turned out: "Das Urteil der Experten fällt vernichtend aus". */
const JUDGEMENTS = new Set([
  'urteil',
  'fazit',
  'bilanz',
  'reaktion',
  'reaktionen',
  'einschätzung',
  'bewertung',
  'kritik',
  'echo',
]);
/** The finite forms of "ausfallen" before its particle. */
const TURNS_OUT = new Set(['fällt', 'fiel', 'fallen', 'fielen', 'falle']);

/** Words between a noun of saying and the comma before what was said: "die Behauptung | der Firma |, …". */
const MAX_NOUN_OWNER_WORDS = 6;

/**
 * Nouns of saying with what was said after a comma, in a "dass" clause or in the Konjunktiv I: "die
 * Behauptung der Firma, das Wasser sei sauber", "Kahls Ankündigung, dass …", "ihre Warnung, dass …",
 * "das Argument von Tom Kahl, dass …"; the owner a genitive or "von" after the noun, a possessive or a
 * name's s-genitive before it, or nobody ("das Gerücht, dass …").
 */
function speechNouns(text: string, tokens: readonly Token[], lex: Lexicon): SpeechNoun[] {
  const out: SpeechNoun[] = [];
  tokens.forEach((t, i) => {
    if (t.quoted || !t.cap) return;
    // "Das Urteil der Experten fällt vernichtend aus", "Die Reaktion der Opposition fiel scharf aus": a
    // judgement and whose it is, with how it turned out
    if (JUDGEMENTS.has(t.lower) && GENITIVE_ARTICLES.has(tokens[i + 1]?.lower ?? '')) {
      const owner = phraseAt(text, tokens, i + 1, lex);
      // (the verb after the owner, past a prepositional phrase of it: "der Opposition im Landtag | fiel")
      let v = owner ? owner.to : -1;
      if (owner && lex.prepositions.has(tokens[v]?.lower ?? '')) v = phraseAt(text, tokens, v + 1, lex)?.to ?? v;
      const verb = owner ? tokens[v] : undefined;
      const end = owner ? clauseEndAfter(tokens, v) : -1;
      if (owner && verb && TURNS_OUT.has(verb.lower) && tokens[end - 1]?.lower === 'aus') {
        const c = classifySource(owner.text, lex);
        if (c.type !== 'other' && !c.guessed) out.push({ at: i, that: end - 1, owner });
        return;
      }
    }
    if (!lex.speechNouns.has(t.lower)) return;
    // the owner after the noun: "der Firma", "des Ministeriums", "von Tom Kahl"
    const next = tokens[i + 1]?.lower ?? '';
    const from = GENITIVE_ARTICLES.has(next) ? i + 1 : next === 'von' || next === 'vom' ? i + 2 : -1;
    const after = from > 0 ? phraseAt(text, tokens, from, lex) : null;
    const comma = after && after.to - i <= MAX_NOUN_OWNER_WORDS ? after.to : i + 1;
    // "Kritik von Anwohnern", "Lob vom Verband": the noun and who said it, with nothing said after it
    // (not a sum or a time: "eine Forderung von 5000 Euro", "die Warnung vom Montag")
    // (a comma that goes on with a list of them is no clause of what was said: "Gratulation von A, B und C")
    if (tokens[comma]?.text !== ',' || (after && isList(text, tokens, after, lex))) {
      // ("Kritik kam auch von der Gewerkschaft", "Kritik an dem Plan kam von der Opposition": the noun, what
      // it is about, a verb of coming and who it came from)
      const came = from < 0 ? cameFrom(text, tokens, i, lex) : null;
      // (or who it came from first: "Von der Opposition kam scharfe Kritik", "Aus dem Rathaus gab es Lob")
      const fronted = from < 0 && !came ? cameFromFirst(text, tokens, i, lex) : null;
      // (or whom it met with: "Der Plan stieß bei Anwohnern auf scharfe Kritik")
      const met = from < 0 && !came && !fronted ? metWith(text, tokens, i, lex) : null;
      const owner = came?.owner ?? fronted ?? met?.owner ?? (from === i + 2 && after && after.to > from ? after : null);
      if (owner) {
        const c = classifySource(owner.text, lex);
        const hit = fronted
          ? { at: 0, that: i, owner }
          : met
            ? { at: Math.min(met.verb, i), that: Math.max(met.verb, i), owner }
            : { at: i, that: came?.von ?? i + 1, owner };
        if (c.type !== 'other' && (!c.guessed || (!!c.name && !!c.gender))) out.push(hit);
        // (a lone name nothing types, "Gratulation von Kahl", counts where the text has named that person)
        else if (c.guessed && c.name === owner.text && owner.to === owner.from + 1)
          out.push({ ...hit, ownerIfKnown: true });
      }
      return;
    }
    // what was said: "dass …", or a clause in the Konjunktiv I ("…, das Wasser sei sauber")
    const end = clauseEndAfter(tokens, comma + 1);
    const that =
      tokens[comma + 1]?.lower === 'dass'
        ? comma + 1
        : tokens.findIndex((_, n) => n > comma && n < end && konjunktivAt(tokens, n, lex) !== null);
    if (that < 0) return;
    let owner: Phrase | null = comma > i + 1 ? after : null;
    // (a genitive of what the noun is about is no speaker: "die Erklärung des Phänomens, dass …")
    if (owner && classifySource(owner.text, lex).type === 'other') return;
    // the owner before the noun: "ihre Warnung", "seine wiederholte Behauptung", "Kahls Ankündigung"
    for (let o = i - 1; !owner && o >= 0 && o >= i - 2; o--) {
      const w = tokens[o]!;
      if (lex.possessives.has(w.lower)) owner = { from: o, to: o + 1, text: w.text, pronoun: true };
      const name = w.cap && o === i - 1 && !DEFINITE.has(w.lower) ? grammar.possessorName?.(w.text) : null;
      if (name && !lex.nounMap.has(name.toLowerCase())) owner = { from: o, to: o + 1, text: name, pronoun: false };
      if (!w.word || w.cap) break;
    }
    out.push({ at: i, that, owner });
  });
  return out;
}

/** A list has at most this many members. */
const MAX_LIST = 6;

/** Whether phrase `p` opens a list of phrases set off by commas and closed by "und" ("A, B und C"). */
function isList(text: string, tokens: readonly Token[], p: Phrase, lex: Lexicon): boolean {
  let last = p;
  for (let n = 0; n < MAX_LIST && tokens[last.to]?.text === ','; n++) {
    const next = phraseAt(text, tokens, last.to + 1, lex);
    if (!next || next.pronoun) return false;
    last = next;
  }
  return last !== p && tokens[last.to]?.lower === 'und';
}

/** Forms of "sollen" in the sense "is said to", before a perfect infinitive: "soll gesagt haben". */
const REPORTATIVE_MODALS = new Set(['soll', 'sollen', ...PAST_SOLL]);
/** A verb of coming after a noun of saying: "Kritik kam von …". */
const COMING = new Set(['kam', 'kamen', 'kommt', 'kommen']);
/** Forms of "geben" that with "es" say there was something: "Kritik gab es von …". */
const THERE_WAS = new Set(['gab', 'gibt']);
/** Adverbs between the verb of coming and "von": "kam auch von", "kam prompt vom". */
const COMING_ADVERBS = new Set([
  'auch',
  'zudem',
  'ebenfalls',
  'prompt',
  'umgehend',
  'postwendend',
  'sofort',
  'vor',
  'allem',
  'unter',
  'anderem',
]);

/**
 * Who a noun of saying at token `i` came from, and where "von" stands: "Kritik | (an dem Plan) | kam (auch)
 * von | der Gewerkschaft"; null without a verb of coming and "von".
 */
function cameFrom(
  text: string,
  tokens: readonly Token[],
  i: number,
  lex: Lexicon,
): { owner: Phrase; von: number } | null {
  let j = i + 1;
  // (what it is about: "an dem Plan", "am Vorgehen")
  if (tokens[j]?.lower === 'an' || tokens[j]?.lower === 'am') {
    const about = phraseAt(text, tokens, tokens[j]!.lower === 'an' ? j + 1 : j, lex);
    if (!about) return null;
    j = about.to;
  }
  j = afterComing(tokens, j);
  if (j < 0) return null;
  while (COMING_ADVERBS.has(tokens[j]?.lower ?? '')) j++;
  if (!CAME_FROM.has(tokens[j]?.lower ?? '')) return null;
  const owner = phraseAt(text, tokens, j + 1, lex);
  return owner ? { owner, von: j } : null;
}

/**
 * Verbs a thing judged meets with a judgement by, with the preposition before the judgement: "auf Kritik
 * stoßen", "für Kritik sorgen".
 */
const MEETS = new Map([
  ...['stößt', 'stieß', 'stoßen', 'stießen', 'gestoßen', 'stoße'].map((v) => [v, 'auf'] as const),
  ...['sorgt', 'sorgte', 'sorgten', 'sorgen', 'gesorgt', 'sorge'].map((v) => [v, 'für'] as const),
]);

/**
 * Whom a judgement at token `i` came from when the thing judged met with it: "Der Plan stieß bei
 * Anwohnern auf scharfe Kritik", "Die Pläne stoßen auf Kritik bei der Opposition", "Der Vorschlag sorgte bei
 * der Gewerkschaft für Kritik"; null otherwise.
 */
function metWith(
  text: string,
  tokens: readonly Token[],
  i: number,
  lex: Lexicon,
): { owner: Phrase; verb: number } | null {
  // ("auf (scharfe) Kritik", "für (viel) Kritik")
  let a = i - 1;
  while (a > 0 && !tokens[a]!.cap && tokens[a]!.word && tokens[a]!.lower !== 'auf' && tokens[a]!.lower !== 'für') a--;
  const start = clauseStartBefore(tokens, i);
  const end = clauseEndAfter(tokens, i);
  const verb = tokens.findIndex((t, k) => k >= start && k < end && MEETS.get(t.lower) === tokens[a]?.lower);
  if (verb < 0) return null;
  const bei = tokens.findIndex((t, k) => k >= start && k < end && t.lower === 'bei' && !t.quoted);
  const owner = bei >= 0 ? phraseAt(text, tokens, bei + 1, lex) : null;
  return owner && !owner.pronoun ? { owner, verb } : null;
}

/** The words of whom something came from: "kam von der Opposition", "kam aus dem Rathaus". */
const CAME_FROM = new Set(['von', 'vom', 'aus']);

/**
 * Who a noun of saying at token `i` came from when the sentence opens with them: "Von der Opposition | kam
 * (scharfe) | Kritik", "Aus dem Rathaus | gab es | Lob"; null otherwise.
 */
function cameFromFirst(text: string, tokens: readonly Token[], i: number, lex: Lexicon): Phrase | null {
  if (!CAME_FROM.has(tokens[0]?.lower ?? '')) return null;
  const owner = phraseAt(text, tokens, 1, lex);
  if (!owner || owner.pronoun) return null;
  let j = afterComing(tokens, owner.to);
  if (j < 0) return null;
  // (adverbs and adjectives before the noun: "kam auch scharfe Kritik")
  for (; j < i; j++) if (tokens[j]!.cap || !tokens[j]!.word || tokens[j]!.quoted) return null;
  return j === i ? owner : null;
}

/**
 * The token after a verb of coming at `j` ("kam", "kommen"), or after "gab es" / "gibt es", which says the
 * same ("Kritik gab es auch von der Opposition"); -1 when none stands there.
 */
function afterComing(tokens: readonly Token[], j: number): number {
  if (THERE_WAS.has(tokens[j]?.lower ?? '') && tokens[j + 1]?.lower === 'es') return j + 2;
  return COMING.has(tokens[j]?.lower ?? '') ? j + 1 : -1;
}

/** Modal forms that often say what is likely ("dürften"), with the infinitives that mark that reading. */
const EPISTEMIC = new Set(['dürfte', 'dürften']);
const PROBABLE_INFINITIVES = new Set(['werden', 'sein', 'haben']);

/** Where a sentence's first constituent ends: a noun phrase, a preposition with one, or a single word. */
function firstConstituentEnd(tokens: readonly Token[], lex: Lexicon): number {
  const prep = lex.prepositions.has(tokens[0]?.lower ?? '');
  const p = readPhrase(tokens, prep ? 1 : 0, lex);
  return p && !p.pronoun ? p.to : 1;
}

/** Words in -e that are no verb: adverbs and prepositions the function words do not hold. */
const NOT_VERBS = new Set([
  'gerne',
  'alleine',
  'bitte',
  'nahe',
  'ferne',
  'zuliebe',
  'balde',
  'mitte',
  'ende',
  'beide',
  'alle',
]);
/** What follows a finite verb in second place: an article, a pronoun, "sich", a negation. */
const AFTER_VERB = new Set(['sich', 'nicht', 'auch', 'er', 'sie', 'es', 'man']);

/**
 * The Konjunktiv I of a verb the lexicon does not list ("Das werfe ein schiefes Licht", "Zwar
 * vereinfache das Ticket die Tarife"): a lower-case word in -e after a consonant (not -te, which is
 * also the past: "sagte"), with an article, a pronoun or a negation after it as after a verb in
 * second place (an adjective in -e has its noun after it: "die neue Halle"). Always ambiguous: it counts only
 * where reported speech runs on.
 */
function regularKonjunktiv(tokens: readonly Token[], n: number, lex: Lexicon): boolean {
  const t = tokens[n]!;
  if (n === 0 || !t.word || t.cap || !/^\p{Ll}{2,}[^aeiouäöüt]e$/u.test(t.text)) return false;
  // (and no adverb in -weise: "beispielsweise")
  if (lex.functionWords.has(t.lower) || NOT_VERBS.has(t.lower) || t.lower.endsWith('weise')) return false;
  const next = tokens[n + 1];
  return (
    !!next && !next.quoted && (DETERMINERS.has(next.lower) || NEGATIVE.has(next.lower) || AFTER_VERB.has(next.lower))
  );
}

/** "Für Trainer Kreuz ist das kein Thema: „…“": the person after "für" opening the clause before a colon. */
function perspectiveBefore(text: string, tokens: readonly Token[], colon: number, lex: Lexicon): Phrase | null {
  const start = clauseStartBefore(tokens, colon);
  if (tokens[start]?.lower !== 'für') return null;
  const p = phraseAt(text, tokens, start + 1, lex);
  return p && !p.pronoun && p.to < colon ? p : null;
}

/** Eine Kopula des Hauptsatzes, Adverbien vor ihrer Ergänzung und was sie beendet: "Roth ist seit 2019 Professorin für …". */
const MAIN_COPULA: CopulaWords = {
  copulas: new Set(['ist', 'war', 'wird', 'wurde', 'bleibt']),
  // (and the verbs of leading a body or working as something: "leitet die Polizei", "arbeitet als Ärztin")
  leading: new Set(['leitet', 'leitete', 'führt', 'führte', 'arbeitet', 'arbeitete']),
  fillers: new Set([
    'seit',
    'nun',
    'jetzt',
    'inzwischen',
    'mittlerweile',
    'bereits',
    'schon',
    'derzeit',
    'zudem',
    'auch',
    'heute',
    'damals',
    'früher',
    'einst',
    'noch',
    'als',
    'lange',
    'jahrelang',
    'jahrzehntelang',
  ]),
  spans: new Set(['von', 'bis', 'im', 'seit', 'ab']),
  ends: new Set(['und', 'sowie', 'aber', 'doch', 'seit', 'bis', 'als', 'wie']),
  // "zehn Jahre lang", "seit vielen Jahren", "über Jahrzehnte", "mehr als zwei Jahrzehnte"
  durations: {
    counts: new Set([
      ...['über', 'mehr', 'als', 'fast', 'knapp', 'rund', 'etwa', 'gut', 'ein', 'eine', 'einem', 'einen', 'paar'],
      ...['viele', 'vielen', 'mehrere', 'mehreren', 'einige', 'einigen', 'zwei', 'drei', 'vier', 'fünf', 'sechs'],
      ...['sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'fünfzehn', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig'],
    ]),
    units: new Set([
      ...['jahr', 'jahre', 'jahren', 'jahrzehnt', 'jahrzehnte', 'jahrzehnten', 'monat', 'monate', 'monaten'],
      'wochen',
    ]),
    closing: new Set(['lang']),
  },
};

/** Words that open what was said after a verb and its comma: "zeigen, dass …", "zeigte, wie …". */
const CONTENT_OPENERS = new Set(['dass', 'wie', 'was', 'warum', 'wo', 'ob']);

/**
 * A newspaper's title: a place's adjective before a word papers are named by, which alone names a person
 * or a planet ("der Talberger Bote", "dem Talberger Merkur"; "der Bote" stays a messenger; "Kurier" and
 * "Anzeiger" the lexicon reads as media already).
 */
const PAPER_TITLE = /(?:^|\s)(\p{Lu}\p{Ll}+er\s+(?:Boten?|Merkurs?))$/u;

/** A mention that ends in a newspaper's title is the paper (media), named by its title. */
function withPaperTitle(c: Classified, mention: string): Classified {
  const title = PAPER_TITLE.exec(mention.trim());
  if (!title || c.type === 'media') return c;
  const { guessed: _, ...rest } = c;
  return { ...rest, type: 'media', named: true, name: title[1]! };
}

/** An academic's or a physician's form of address before a name: "Dr. Anna Berger", "Prof. Tom Kahl". */
const ACADEMIC_TITLE = /(?:^|\s)(?:Dr\.|Prof\.|Professor|Professorin)\s+\p{Lu}/u;

/** "Talbex, das Fitnessarmbänder verkauft": a name a neuter relative clause takes up is a body, a company where its verb is one of trade. */
function relativeBody(role: string, lex: Lexicon): SourceType | null {
  const words = role.trim().toLowerCase().split(/\s+/);
  if (!NEUTER_RELATIVE.has(words[0]!)) return null;
  // (the verb closes the clause, a separable one with its particle joined or after it: "herstellt", "stellt … her")
  return words.slice(-2).some((w) => lex.tradeVerbs.has(w)) ? 'company' : 'organization';
}

export const grammar: Grammar = {
  relativeBody,
  fusedArticle: (word) => FUSED_ARTICLES.get(word) ?? null,
  predicative: (tokens, at) => {
    const c = complementAfter(tokens, at, MAIN_COPULA);
    return c && !isNoRole(tokens, c.from, c.to) ? c : null;
  },
  formerType: formerRoleType,
  personRole,
  personNoun: personRole,
  perspectiveBefore,
  isOblique: (tokens, p) => !p.pronoun && NON_NOMINATIVE.has(tokens[p.from]?.lower ?? ''),
  addressee,
  owner,
  possessiveOwner,
  opensMention,
  konjunktivAt,
  speechNouns,
  definiteRoles: true,
  indefiniteArticles: new Set(['ein', 'eine', 'einen', 'einem', 'einer', 'eines']),
  opensContent: (tokens, i) =>
    tokens[i]?.text === ':' || (tokens[i]?.text === ',' && CONTENT_OPENERS.has(tokens[i + 1]?.lower ?? '')),
  baseForm: germanBaseForm,
  // the s-genitive of a name: "aus Brandiks Sicht" (not after a sibilant: "Merz'")
  possessorName: (word) => /^(\p{Lu}[\p{L}-]*[^sßxz])s$/u.exec(word)?.[1] ?? null,
  phraseAt: phraseAtNoAdverb,
  phraseEndingAt,
  subjectAt,
  speechVerbs,
  // ("Dr. Anna Berger, die nicht an der Studie beteiligt war, sagte …"; not "Gesundheitsministerin Dr. Anna Berger")
  classify: (mention, lex) =>
    withPaperTitle(expertByTitle(classifySource(mention, lex), mention, ACADEMIC_TITLE), mention),
  roleKey,
  isBareRole,
  ageReference,
  isPeopleAdjective,
  rolesWithNames,
  clauseStartBefore,
  agentWords: AGENT_DE,
  joinsVerbGroup: (tokens, k) => JOINS.has(tokens[k]!.lower) && SECOND_AUXILIARY.has(tokens[k + 1]?.lower ?? ''),
  // (also with an indefinite article between: "spricht von einem „Glücksfall“", "bezeichnete es als einen „Fehler“")
  shortQuoteIntro: /(?:^|\s)(?:als|von)(?:\s+(?:ein|eine|einen|einem|einer))?$/,
  // (also a name's noun, alone or as a compound's last part: "unter dem Namen", "der Markenname", "sein Spitzname")
  quoteNameIntro: /(?:^|\s)(?:[Ss]o ?genannte[nmrs]?|Titel|namens|[\p{L}-]*(?:Name|name)n?)(?:\s+\p{Lu}[\p{L}-]*)?$/u,
  takesTitle,
  titleCaseHeadlines: false,
  commaAfterOpening: false,
  headlineLabels: HEADLINE_LABELS,
  formatLabels: new Set([
    'live',
    'liveticker',
    'live-ticker',
    'liveblog',
    'newsblog',
    'ticker',
    'eilmeldung',
    'exklusiv',
    'video',
    'update',
    'interview',
    // (an interview's question: "F: …", "Frage: …")
    'f',
    'frage',
  ]),
  answerLabels: new Set(['a', 'antwort']),
  headlinePress: new Set(['bericht', 'berichte', 'medienbericht', 'medienberichte', 'presseberichte', 'medien']),
  quoteCue: '„…“',
  quoteTail: 'so',
  conjunct,
  gappedSubject,
  namedMembers,
  pronounKind: () => 'any',
  // "er" is no woman; "sie" is a woman or several: no one man (so are their possessives: "sein", "ihre")
  pronounExcludes: (pronoun: string) =>
    /^(?:er|ihm|ihn|sein(?:e[mnrs]?)?)$/i.test(pronoun)
      ? 'f'
      : /^(?:sie|ihr(?:e[mnrs]?)?)$/i.test(pronoun)
        ? 'm'
        : null,
  // "sie fordern", "sie sagten", "sie sind": a finite verb in -(e)n is plural ("kann", "begann" are not;
  // "er und viele gehen" is a coordination, its pronoun singular)
  pluralPronoun: (pronoun: string, verb: Token) => /^sie$/i.test(pronoun) && pluralVerb(verb),
  pluralVerb,
  isReportative: (id, text, tokens, at) => id !== 'soll' || isReportativeSollen(text, tokens, at),
};
