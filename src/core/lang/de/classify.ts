/**
 * Source classification: the type of a source mention (agency, government, expert …) from the
 * lexicons of roles, institutions and names plus compound morphology, whether it is named, and the
 * people it names, so that a later "Han" or "er" can be resolved to "Han Tal-bong".
 */
import {
  endsWithAny,
  givenNameGender,
  isGivenName,
  multiWordNameType,
  perWord,
  roleKey as stemRoleKey,
  stemType,
  type Lexicon,
} from '../../lexicon/index.js';
import type { SourceType } from '../../schema.js';
import { isAcronym, JOINED_NAME, tokenize, wordsOf, type Token } from '../../tokens.js';
import { BODY_TYPES } from '../../vocabulary.js';
import { NAME_PARTICLE, type Classified } from '../../entities.js';
import {
  attributeEnd,
  BODY_NOUN,
  isBodyWord,
  CALENDAR,
  HEDGES,
  isPartitiveAt,
  isRoleWord,
  LEADERSHIP,
  ONE_MORE,
  ORDINAL_STEMS,
  personRole,
  QUANTIFIERS,
  withUmlaut,
  withoutUmlaut,
} from './np.js';
import { endsWithHandle, webSiteName } from '../../handles.js';
import {
  DEFINITE,
  DEMONSTRATIVE,
  DETERMINERS,
  ENGLISH_JOINERS,
  GENITIVE_ARTICLES,
  GROUP_PRONOUNS,
  INDEFINITE,
  NEGATIVE,
  PLURAL_NUMBER,
  POSSESSIVE_FORMS,
} from './determiners.js';

/**
 * A noun in -e after "die"/"eine" or "einer" (a feminine) or after a number (a plural) that does not end as
 * an adjective used as a noun does ("die Kasse", "eine Kommune", "aus einer Vorlage", "zwei Dinge", "drei
 * Gründe"): a thing or a body, not a person ("die Angestellte", "die Reisende", "eine Gefangene", "die
 * Deutsche", "zwei Verdächtige" are people, and after "einer" an adjective used as a noun ends in -en,
 * "einer Angestellten"; so is a masculine in -e, "der Zeuge").
 */
function isThingInE(lead: Token, noun: Token): boolean {
  return (
    (lead.lower === 'die' || lead.lower === 'eine' || lead.lower === 'einer' || PLURAL_NUMBER.test(lead.lower)) &&
    /[^e]e$/.test(noun.lower) &&
    !ADJECTIVE_NOUN.test(noun.lower)
  );
}
/**
 * The few masculine nouns in -e that are no people (declined as "der Zeuge" is, "des Namens"): "der Name",
 * "der Glaube", "der Gedanke", also as a compound's last part ("der Markenname", "der Grundgedanke").
 */
const MASCULINE_THING_IN_E = /(?:name|glaube|wille|gedanke|buchstabe|friede|funke|haufe)$/;
/**
 * The endings of adjectives and participles used as nouns in -e: "-te", "-ende", "-ene", "-ige", "-sche", "-nke"
 * (not a noun's own "-nde" or "-che": "Gründe", "Sache").
 */
const ADJECTIVE_NOUN = /(?:t|end|en|ig|sch|nk)e$/;
/** An inflected adjective in lower case before its noun: "örtlicher", "israelischem", "zuständigen". */
const ADJECTIVE_FORM = /^\p{Ll}[\p{L}-]*(?:e|en|er|es|em)$/u;

/** What stands between a spokesperson's role and the body they speak for: "Sprecher von Talbex", "des …". */
const SPOKEN_FOR = new Set(['von', 'vom', 'des', 'der']);
/** English nouns in "-list" that German writes: lists, no people in "-ist". */
const ENGLISH_LIST = /(?:play|set|check|black|short|long|wish|watch|wait|to-do)list$/;
/** Corporate suffixes that make a company whatever comes before them. */
const CORPORATE = /(?:^|\s)(?:GmbH|AG|SE|KG|KGaA|Inc|Ltd|LLC|plc|Co)\.?$/;

/**
 * The type of an institution's name in English that German text quotes as written, by its head noun
 * (`foreignHeads`): the capitalised word before "of" or "for" ("Department of Harbours", "Office for National
 * Statistics"), else the name's last word ("die Talbury Water Authority"); or by the word that opens it ("die
 * Federal Mint"). A name of two words or more, each capitalised or a joiner; null for any other mention.
 */
function foreignNameType(tokens: readonly Token[], lex: Lexicon): SourceType | null {
  const { heads, openers } = lex.foreignHeads;
  if (!heads.size || !tokens.length) return null;
  const from = DETERMINERS.has(tokens[0]!.lower) ? 1 : 0;
  const name = tokens.slice(from);
  if (name.length < 2 || !name[0]!.cap || !name.at(-1)!.cap) return null;
  if (!name.every((t) => t.cap || ENGLISH_JOINERS.has(t.text))) return null;
  const joiner = name.findIndex((t) => t.text === 'of' || t.text === 'for');
  const head = joiner > 0 ? name[joiner - 1]! : name.at(-1)!;
  return heads.get(head.lower) ?? openers.get(name[0]!.lower) ?? null;
}

/** A word and its forms without inflection endings: "Insidern" → "insider", "Umweltamts" → "umweltamt". */
export function wordForms(lower: string): string[] {
  const out = [lower];
  if (/[^e]ern$|eln$/.test(lower)) out.push(lower.slice(0, -1));
  // (not after -ie: a noun in -ie is feminine, with no genitive -s; "Studies" is English)
  if (/[^s]s$/.test(lower) && !/ies$/.test(lower) && lower.length >= 4) out.push(lower.slice(0, -1));
  if (/[^e]es$/.test(lower) && lower.length > 4) out.push(lower.slice(0, -2)); // "Amtes", "Rates"
  if (/[^e]e$/.test(lower) && lower.length > 6) out.push(lower.slice(0, -1)); // a plural in -e: "Dienste"
  // the -en of weak masculine nouns: "Zweitligisten" of "Zweitligist", "Demonstranten", "Soldaten"; and of
  // nouns in -or: "Professoren", "Autoren" (before the -n of a noun in -e, whose stem a compound's last part
  // may end in: "Spezialisten" is no "…liste")
  if (/(?:ist|ant|ent|at|ot|or)en$/.test(lower) && lower.length > 6) out.push(lower.slice(0, -2));
  // a plural in -n of a noun in -e ("Meteorologen" of "Meteorologe"), and of the feminine ("Forscherinnen")
  if (/[^aeiouäöü]en$/.test(lower) && lower.length > 5) out.push(lower.slice(0, -1));
  if (/innen$/.test(lower) && lower.length > 7) out.push(lower.slice(0, -3));
  // the plural in -en of feminine nouns: "Gewerkschaften", "Regierungen", "Parteien", "Universitäten", "Agenturen"
  if (/(?:schaft|ung|heit|keit|ion|tät|ei|ik|ur)en$/.test(lower)) out.push(lower.slice(0, -2));
  // a plural in -e or -er with its last vowel umlauted: "Beiträge" of "Beitrag", "Verbände" of "Verband",
  // "Ämter" of "Amt", "Häuser" of "Haus"
  if (/[äöü][^aeiouäöü]*e$|[äöü][^aeiouäöü]*er$|äu[^aeiouäöü]*(?:e|er)$/.test(lower) && lower.length > 4) {
    const stem = lower.replace(/e?r$|e$/, '');
    out.push(withoutUmlaut(stem));
  }
  return out;
}

/**
 * A role word's key: the lexicon's word for it, one of its forms first ("Kandidaten" → "kandidat", not the
 * "daten" it ends in; "des Präsidenten" → "präsident"), else the longest known word its last part ends with.
 */
export function roleKey(t: Token | undefined, lex: Lexicon): string | null {
  return t ? roleKeyOfWord(t, lex) : null;
}
const roleKeyOfWord = perWord((t, lex): string | null => {
  const whole = wordForms(t.lower.split('-').pop()!).find((f) => lex.relational.has(f) || lex.nounMap.has(f));
  return whole ?? stemRoleKey(t, lex);
});

/**
 * The office a role word names with other words of the lexicon (`Classified.office`): "Rathauschef" and
 * "Oberbürgermeisterin" are the mayor, "Konzernchef" and "Vorstandsvorsitzende" the head of a firm. Null for
 * a word of no such office, which refers by its key. (Not a compound's own first part: "Bahnchef" and
 * "Fraktionschef" would be two, but "der Drusenführer" is "der drusische Anführer".)
 */
export function officeOf(t: Token | undefined, lex: Lexicon): string | null {
  return t ? officeOfWord(t, lex) : null;
}
const officeOfWord = perWord((t, lex): string | null => {
  for (const f of wordForms(t.lower.split('-').pop()!)) {
    const office = lex.offices.get(f);
    if (office) return office;
  }
  return null;
});

/** One or some of a group and the pronoun after "von" that points to the group: "Einer von ihnen", "Viele von uns". */
const OF_THEM = /^(\S+)\s+von\s+(\S+)$/iu;

/** An adjective in the superlative, or an ordinal: "beste", "größten", "reichster", "erste". */
const SUPERLATIVE = /^\p{Ll}{2,}[sß]te[nmrs]?$/u;

/**
 * Whether token `i` is a name in the genitive of a superlative's domain, no body the mention is of: "die
 * beste Band der Welt", "die größte Stadt des Landes" (not a title in quotation marks: "der „Welt“").
 */
function superlativeDomain(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  if (
    i < 2 ||
    tokens[i]!.quoted ||
    !GENITIVE_ARTICLES.has(tokens[i - 1]!.lower) ||
    !lex.nameTypes.has(tokens[i]!.lower)
  )
    return false;
  return tokens.slice(0, i - 1).some((t) => t.word && !t.cap && SUPERLATIVE.test(t.text));
}

/** A role word's key and, where it has one, its office. */
function roleOf(t: Token | undefined, lex: Lexicon): { role: string | null; office?: string } {
  const office = officeOf(t, lex);
  return { role: roleKey(t, lex), ...(office ? { office } : {}) };
}

/** The forms of a word and of a compound's last part: "US-Präsidenten" → "us-präsidenten", "präsident" … */
function tokenForms(t: Token): string[] {
  return [...wordForms(t.lower), ...wordForms(t.lower.split('-').pop()!)];
}

/** The type of one word by the lexicon: a known name, or a noun stem at the end of a compound. */
const nounType = perWord((t, lex): SourceType | null => {
  // a name, also in the genitive: "Chinas Führung", "Russlands Regierung"
  const byName =
    lex.nameTypes.get(t.lower) ??
    (t.cap && /[^s]s$/.test(t.lower) ? lex.nameTypes.get(t.lower.slice(0, -1)) : undefined);
  if (byName) return byName;
  // (a form the lexicon knows whole before a compound's end in another: "Kandidaten" is of "Kandidat", no "…daten")
  const forms = tokenForms(t);
  for (const part of forms) {
    const type = lex.nounMap.get(part);
    if (type) return type;
  }
  // the plural in -n of a noun in -ie and a noun's dative plural in -en, as whole words only ("Studien" of
  // "Studie", "Papieren" of "Papier"; not a verb, "antworten", nor a compound's end: "Finanzstudien")
  const whole = t.lower.split('-').pop()!;
  const byPlural = /..ien$/.test(whole)
    ? lex.nounMap.get(whole.slice(0, -1))
    : t.cap && /[^aeiouäöü]en$/.test(whole) && whole.length >= 6
      ? lex.nounMap.get(whole.slice(0, -2))
      : undefined;
  if (byPlural) return byPlural;
  for (const part of forms) {
    const type = stemType(part, lex, 3);
    if (type) return type;
  }
  // "Gewerkschafterin", "Offizierin", "Landrätin", "Kollegin": the feminine of a role the lexicon knows in the masculine
  for (const part of tokenForms(t)) {
    if (part.length < 6 || !/[^i]in$/.test(part)) continue;
    const stem = part.slice(0, -2);
    const type =
      stemType(stem, lex, 3) ??
      stemType(withUmlaut(stem, true), lex, 3) ??
      // (of a noun in -e only as a whole word: "Kollegin" of "Kollege", not "Spezialistin" of a "…liste")
      lex.nounMap.get(`${stem}e`) ??
      null;
    if (type) return type;
  }
  return null;
});

/** Whether a word names a vague group (anonymous): "Experten", "Insider", "Sicherheitskreise". */
const isVagueWord = perWord(
  (t, lex) =>
    tokenForms(t).some((w) => lex.anonymous.has(w) || endsWithAny(w.slice(3), lex.anonymous)) ||
    isProfessionPlural(t, lex),
);

/**
 * The bare plural of a profession ("Virologen", "Astronominnen"): a group nobody can identify, like
 * "Experten" (the plural in -(e)n or -innen of an expert's or a person's role).
 */
function isProfessionPlural(t: Token, lex: Lexicon): boolean {
  const w = t.lower.split('-').pop()!;
  // "Virologen" of "Virologe", "Ökonomen" of "Ökonom", "Forscherinnen" of "Forscherin"
  const singulars = /innen$/.test(w)
    ? [w.slice(0, -3)]
    : /[^aeiouäöü]en$/.test(w)
      ? [w.slice(0, -1), w.slice(0, -2)]
      : [];
  return singulars.some((x) => {
    const type = x.length >= 5 ? lex.nounMap.get(x) : undefined;
    return type === 'expert' || type === 'person';
  });
}

/** A relational head ("Sprecher", "Chef") and the compound's first part ("Polizeisprecher" → "polizei"). */
const relationalHead = perWord((t, lex) => relationalHeadOf(t, lex));

function relationalHeadOf(t: Token, lex: Lexicon): { head: string; prefix: string } | null {
  const last = t.lower.split('-').pop()!;
  const before = t.lower.includes('-') ? t.lower.slice(0, t.lower.lastIndexOf('-')) : '';
  // (in any of its forms: "des Präsidenten", "den Direktoren", "eines Leiters" are of "Präsident", …)
  const forms = wordForms(last);
  const whole = forms.find((f) => lex.relational.has(f));
  if (whole) return { head: whole, prefix: before };
  // the longest relational word the compound ends with, after a first part of three letters or more
  for (const w of forms)
    for (let k = 3; k < w.length; k++) {
      const r = w.slice(k);
      if (!lex.relational.has(r)) continue;
      // (a linking -s goes, not the s of a word the lexicon knows: "Ministeriumssprecher", "Rathauschefin")
      const first = w.slice(0, k);
      const own = lex.nounMap.has(first) ? first : first.replace(/s$/, '');
      // (with the parts before a hyphen, which may say whose: "SPD-Landeschef" is the party's)
      return { head: r, prefix: before ? `${before}-${own}` : own };
    }
  return null;
}

/**
 * First parts of a compound that give a rank or a duty, not a body: "Generaldirektorin",
 * "Hauptgeschäftsführer", "Vizesprecher", "Pressesprecherin" (who speaks to the press for a body).
 */
const RANK_PREFIXES = new Set(['general', 'haupt', 'ober', 'vize', 'presse']);

/**
 * "Bundes-", "Landes-" (the genitive -es joined, or dropped as a joining -s: "Bundesbeauftragte"): the
 * federal or a state level, of the government when nothing else says whose ("Bundesdrogenbeauftragte"),
 * of a party or a body when a genitive does ("der Bundesvorsitzende der Grünen").
 */
const LEVEL_PREFIX = /^(?:bundes|landes)\p{L}|^(?:bunde|lande)$/u;

/** An adjective of a field of policy: "bildungspolitische", "innenpolitischer" (a party's spokesperson for it). */
const POLICY_ADJECTIVE = /^\p{Ll}{3,}politisch(?:e|er|en|es|em)?$/u;

/** The type a compound's first part gives its head; with `level` false, "Bundes-"/"Landes-" give none. */
function prefixType(prefix: string, lex: Lexicon, level = true): SourceType | null {
  if (!prefix || RANK_PREFIXES.has(prefix)) return null;
  // "Ex-Grünen-Vorsitzende": the part next to the head says whose; a name of several words is joined by
  // hyphens throughout in a compound ("IG-Metall-Sprecherin", "Rotes-Kreuz-Helfer"), so it is looked up whole first
  if (prefix.includes('-')) {
    const name = lex.nameTypes.get(prefix.replace(/-/g, ' '));
    if (name) return name;
    const parts = prefix.split('-').reverse();
    // (a party's name says whose the role is, whatever level or unit stands beside it: "SPD-Landeschef",
    // "CDU-Kreisvorsitzende" hold the party's offices)
    if (parts.some((part) => lex.nameTypes.get(part) === 'politician')) return 'politician';
    for (const part of parts) {
      const t = part.length > 2 ? prefixType(part, lex) : null;
      if (t) return t;
    }
    return null;
  }
  const byName = lex.nameTypes.get(prefix);
  if (byName) return byName;
  const bySuffix = stemType(prefix, lex);
  if (bySuffix) return bySuffix;
  // a compound's first part drops a final -e: "Schulleiterin" is the head of a "Schule"
  const withE = stemType(`${prefix}e`, lex);
  if (withE) return withE;
  if (LEVEL_PREFIX.test(prefix)) return level ? 'government' : null;
  for (let k = prefix.length - 1; k > 0; k--) {
    const t = lex.nounMap.get(prefix.slice(0, k));
    if (t) return t;
  }
  return null;
}

/**
 * The type a compound's first part gives a role a person holds: as `prefixType`, but a document
 * holds no office. The one who leads a study or a survey ("Studienleiterin", "Umfrageleiter") is a
 * researcher; a field that only begins with a document's word ("Datenschutzbeauftragter": "Daten")
 * says nothing of whom the role serves.
 */
function personalPrefixType(prefix: string, lex: Lexicon, level: boolean): SourceType | null {
  const type = prefixType(prefix, lex, level);
  if (type !== 'document') return type;
  // (the first part whole, perhaps with a linking -s or a plural -n/-en: "studien", "umfrage", "berichts")
  const whole = [prefix, prefix.replace(/(?:en|n|s)$/, ''), `${prefix.replace(/en$/, '')}e`];
  return whole.some((w) => lex.nounMap.get(w) === 'document') ? 'expert' : null;
}

function isKnownNoun(t: Token, lex: Lexicon): boolean {
  return (
    nounType(t, lex) !== null || relationalHead(t, lex) !== null || wordForms(t.lower).some((w) => lex.anonymous.has(w))
  );
}

/**
 * A known noun that can name whom a genitive speaks for: a body, an office, a role; not a private person
 * ("ein Sprecher des Ministeriums", "eine Sprecherin der Präsidentin"; not "ein Nachbar des Opfers").
 */
function namesBody(t: Token, lex: Lexicon): boolean {
  return isKnownNoun(t, lex) && !(nounType(t, lex) === 'person' && !relationalHead(t, lex));
}

/** A word that is the plural of a known stem ("Parteien", "Gewerkschaften", "Statistiken"; not "Unternehmen"). */
function isPluralOfStem(lower: string, lex: Lexicon): boolean {
  const singular = lower.replace(PLURAL_ENDING, '');
  // (with its umlaut undone, "Krankenhäuser" of "Krankenhaus", "Verbände" of "Verband"; "Gremien" of "Gremium";
  // and "-n" alone after "-e": "Zeugenaussagen" of "Zeugenaussage")
  const type =
    singular !== lower
      ? (stemType(singular, lex) ??
        stemType(withoutUmlaut(singular), lex) ??
        (/en$/.test(lower) ? stemType(lower.slice(0, -1), lex) : null) ??
        (/ien$/.test(lower) ? stemType(lower.replace(/ien$/, 'ium'), lex) : null))
      : null;
  // (a plural the lexicon lists too, of the same kind: "Statistiken" of "Statistik")
  return !!type && (stemType(lower, lex) ?? type) === type;
}
const PLURAL_ENDING = /(?:en|n|e|er|s)$/;

/**
 * A time standing first in the clause, no determiner before it: "Mitte Juni", "Anfang August",
 * "Ende 2024" (an adverbial: the subject follows the verb).
 */
export function isTimePhrase(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++)
    if (!CALENDAR.test(tokens[k]!.lower) && !/^\d{1,4}$/.test(tokens[k]!.text)) return false;
  return true;
}

/** Endings of German common nouns that names rarely have ("-ung", "-heit", "-ismus" …). */
const NOUN_ENDING =
  /(?:ung|heit|keit|schaft|tion|sion|tät|ismus|ment|nis|tum|ling|chen|ei|ik|ur|ften|chten|ungen|heiten|keiten|ionen|täten|nisse|nissen)$/;

/** Endings that only common nouns have, no surname ("Erleuchtungen", "Freiheit", "Kommission"). */
const ABSTRACT_NOUN = /(?:ung|heit|keit|schaft|tion|ismus|ungen|heiten|keiten|schaften|ionen)$/;

/**
 * A participle inflected as an adjective: present ("führende", "protestierenden") or past with a verb's
 * prefix ("erfahrene", "bekiffte", "verärgerten"; not "-ette", a given name's ending).
 */
const PARTICIPLE_ADJECTIVE = /^\p{L}{3,}enden?$|^(?:ge|be|ver|er|ent|zer)\p{L}{2,}(?<!et)(?:te|ten|ene|enen)$/u;

/** "vertraute", "vertrauten": familiar with a matter (a source who knows of it, unnamed). */
const FAMILIAR = /^vertraut(?:e|en|er)?$/;

/** A capital after a lower-case letter inside a word ("MeteoTalberg"; not after a hyphen: "CDU-Politiker"). */
const INNER_CAPITAL = /^\p{Lu}?\p{Ll}{2,}\p{Lu}[\p{L}]*$/u;

/** A capitalised word that is no known role or institution: likely part of a person's name. */
function isNameWord(t: Token, lex: Lexicon, first: boolean, next?: Token, afterName = false): boolean {
  if (!t.word || (!t.cap && !NAME_PARTICLE.test(t.text)) || lex.functionWords.has(t.lower)) return false;
  // a determiner capitalised at the start: "Etliche Anwohner"
  if (first && DETERMINERS.has(t.lower)) return false;
  if (CALENDAR.test(t.lower)) return false;
  // a capital inside the word is a name's, never a compound noun's: "MeteoTalberg", "BioNTech" (a
  // party's short name is the lexicon's: "AfD")
  if (INNER_CAPITAL.test(t.text) && !lex.nameTypes.has(t.lower)) return true;
  if (isKnownNoun(t, lex)) return false;
  // a participle opening a sentence: "Gespielt wird …", "Abgesehen von …"
  if (first && /^(?:ab|an|auf|aus|bei|ein|mit|nach|vor|zu|zurück|durch|über|um)?ge\p{Ll}{3,}(?:t|en)$/u.test(t.lower))
    return false;
  // an adjective or a participle capitalised at the start, before a noun the lexicon knows
  if (first && next && isKnownNoun(next, lex)) {
    // (one of an adjective's endings: "Politische Analysten", "Kreative Erleuchtungen")
    if (/(?:e|en|es|em|er)$/.test(t.lower) && /(?:isch|lich|ig|ell|al|iv)[a-z]*$/.test(t.lower)) return false;
    // (a given name before a surname that is also a noun is a name: "Irene Bauer", "Bernadette Kaiser")
    const givenName = !!givenNameGender(t.text, lex);
    // a participle as adjective: "Führende Virologen", "Erfahrene Ärzte", "Verärgerte Anwohner"
    if (PARTICIPLE_ADJECTIVE.test(t.lower) && !givenName) return false;
    // any adjective in the endings of its declension after no article ("Internen Dokumenten", "Neuen Zahlen",
    // "Jüngsten Daten"), but a given name or a name the lexicon knows
    if (/\p{Ll}(?:en|em|es)$/u.test(t.lower) && !givenName && !lex.nameTypes.has(t.lower)) return false;
  }
  if (first && next?.cap && /(?:e|en|es|em|er)$/.test(t.lower) && ABSTRACT_NOUN.test(next.lower)) return false;
  // German common nouns carry these endings; names rarely do (not "-lein": many surnames end so),
  // unless a name after a role stands before it: "Bürgermeisterin Elisabeth Brandik", or it is a given
  // name: "Steffen"
  if (!afterName && NOUN_ENDING.test(t.lower) && !lex.givenNames.has(t.lower)) return false;

  // a capitalised adjective of a name ("Weißen Hauses") is caught by the name lexicon; a lone
  // first word after a determiner is more likely a noun than a name
  // (a double given name is one too: "Marie-Luise", "Karl-Heinz")
  return (
    !first ||
    /^\p{Lu}[\p{Ll}'’-]+$/u.test(t.text) ||
    /^\p{Lu}{2,}$/u.test(t.text) ||
    (/^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(t.text) && !!givenNameGender(t.text, lex))
  );
}

/** The role word of a party politician, by gender: what "der CDU-Politiker", "die SPD-Politikerin" call them. */
const POLITICIAN_ROLE = { m: 'politiker', f: 'politikerin' } as const;

/**
 * The party a mention names, lower case and in one form ("Grünen" as "grüne"): a party's name alone
 * ("Tom Kahl (CDU)") or as the first part of a role ("CDU-Politiker", "Grünen-Abgeordnete").
 */
function partyOf(tokens: readonly Token[], lex: Lexicon): string | undefined {
  for (const t of tokens) {
    const dash = t.lower.indexOf('-');
    const w = dash > 0 ? t.lower.slice(0, dash) : t.lower;
    if (lex.nameTypes.get(w) === 'politician') return w.replace(/(?<=e)n$/, '');
  }
  return undefined;
}

/**
 * People introduced with a role anywhere in a sentence ("Präsidentschaftskandidat Max Muster",
 * "der Politologe Paul Beispiel"), so that a later bare "Muster" gets the role's type.
 */

/** Words of number before a role in the plural: "die beiden Chemiker", "zwei Forscher". */
const NUMBER_LEADS = new Set(['beiden', 'beide', 'zwei', 'drei', 'vier']);
/** Words before a role that a name set off by a comma may follow: an article or a number ("den Bürgermeister, …"). */
const LEADS = new Set([...DETERMINERS, ...NUMBER_LEADS]);

/** The name that starts at token `from`: up to four name words, ended by a second role or a quotation. */
/**
 * Where a person's name starts in a run of name words: at a known given name that opens two words or more,
 * after words that are no given name ("Winzer Tom Kahl", "Torhüter Jan Brandik", a body before its
 * person, "Talbex Anna Berger": a role the lexicon does not know, or a name of something else); else 0.
 */
function givenNameStart(words: readonly string[], lex: Lexicon): number {
  const given = words.findIndex((w, k) => k > 0 && lex.givenNames.has(w.toLowerCase()));
  if (given > 0 && words.length - given >= 2 && words.slice(0, given).every((w) => !isGivenName(w, lex))) return given;
  // (a feminine noun of a person's role the lexicon does not know before a surname: "Planerin Roth")
  return words.length >= 2 && FEMININE_ROLE_END.test(words[0]!) && !isGivenName(words[0]!, lex) ? 1 : 0;
}
/** Endings of feminine nouns of a person's role, which no surname has: "Planerin", "Winzerin", "Aktivistin". */
const FEMININE_ROLE_END = /\p{Ll}(?:erin|istin|eurin|orin|antin|entin)$/u;

function nameRunAt(tokens: readonly Token[], from: number, lex: Lexicon): string[] {
  const names: string[] = [];
  for (
    let j = from;
    j < tokens.length &&
    names.length < 4 &&
    isNameWord(tokens[j]!, lex, false, undefined, names.length > 0) &&
    // (a second role ends the name: "Reporterin Jana Roth Milliardärin Anna Berger")
    !(names.length > 0 && isRoleWord(tokens[j]!, lex) && !!tokens[j + 1] && isNameWord(tokens[j + 1]!, lex, false)) &&
    !tokens[j]!.quoted;
    j++
  )
    names.push(tokens[j]!.text);
  return names.slice(givenNameStart(names, lex));
}

/**
 * Whether the role at token `i` stands in the plural: after "beiden" or a number, or after "die"/"den" in a
 * plural form ("die Chemiker", "den Forschern", "die Polizistinnen"; not "die Sprecherin", "die Abgeordnete").
 */
function isPluralRole(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.lower ?? '';
  const role = tokens[i]!.lower;
  if (NUMBER_LEADS.has(before)) return true;
  return (before === 'die' || before === 'den') && /(?:er|ern|en|innen)$/.test(role);
}

/**
 * Whether token `i` is a person's role with a name right after it: "Innenministerin Anna Berger",
 * "Bürgermeister Kahl" (not a body's noun before its name: "Universität Talberg").
 */
export function isRoleBeforeName(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t?.cap || t.quoted || lex.functionWords.has(t.lower) || !next || next.quoted) return false;
  if (!isNameWord(next, lex, false) || lex.nameTypes.has(t.lower) || !roleType(t, lex)) return false;
  const key = roleKey(t, lex);
  return !!key && (!BODY_NOUN.test(key) || personRole(key, lex));
}

export function rolesWithNames(tokens: readonly Token[], lex: Lexicon): Classified[] {
  const out: Classified[] = [];
  tokens.forEach((t, i) => {
    if (!t.cap || t.quoted || lex.functionWords.has(t.lower)) return;
    // (a role introduces someone only with a name after it: the cheapest test first)
    // ("den Bürgermeister, Tom Kahl,", "zwei Forscher, Tom Kahl und Lea Roth,": after an article or a number,
    // a full name set off by a comma)
    const apposed = tokens[i + 1]?.text === ',' && LEADS.has(tokens[i - 1]?.lower ?? '');
    // ("ein Forscher namens Tom Kahl")
    let from = apposed || tokens[i + 1]?.lower === 'namens' ? i + 2 : i + 1;
    // (past forms of address with their period: "die Kardiologin Prof. Dr. Anna Berger")
    while (lex.titles.has(tokens[from]?.lower ?? '') && tokens[from + 1]?.text === '.' && tokens[from + 2]?.cap)
      from += 2;
    const next = tokens[from];
    if (!next || next.quoted || !isNameWord(next, lex, false)) return;
    // (a name is no role: "Frankreichs Wasserwerk" is no person named "Wasserwerk")
    if (lex.nameTypes.has(t.lower) || (/[^s]s$/.test(t.lower) && lex.nameTypes.has(t.lower.slice(0, -1)))) return;
    const own = roleType(t, lex);
    const type = own && formerType(own, isFormer(tokens, i), t);
    if (!type) return;
    // (a noun of a body, no person's role, before a name is the body's name: "Universität Talberg",
    // "Amtsgericht Talberg"; not a role the lexicon has no feminine of: "Coach Tom Kahl", "Papst Talbert")
    const key = roleKey(t, lex);
    if (key && BODY_NOUN.test(key) && !personRole(key, lex)) return;
    // (a noun of a firm or a medium in "-er" that names no person, "der Sender Talbo TV", "der Hersteller Talbex":
    // the name is the body's, no person's a later "der Trainer" may mean)
    const institution = !!key && (type === 'company' || type === 'media') && /er$/.test(key) && !personRole(key, lex);
    const first = nameRunAt(tokens, from, lex);
    let end = from + first.length;
    // "die beiden Chemiker Tom Kahl und Lea Roth": two full names joined by "und" after a role in the plural
    const second =
      first.length >= 2 && tokens[end]?.lower === 'und' && isPluralRole(tokens, i)
        ? nameRunAt(tokens, end + 1, lex)
        : [];
    if (second.length >= 2) end += 1 + second.length;
    // (set off by commas: a full name, closed by a comma or the sentence's end, and a role that says more than
    // "a person": "seine Mutter, Anna Berger," types nobody)
    if (apposed && (first.length < 2 || type === 'person' || !/^[,.]$/.test(tokens[end]?.text ?? ''))) return;
    const party = partyOf([t], lex);
    for (const names of second.length >= 2 ? [first, second] : [first]) {
      const gender = second.length ? givenNameGender(names.join(' '), lex) : personGender(t, names.join(' '), lex);
      out.push({
        type: party && type === 'person' ? 'politician' : type,
        named: true,
        name: names.join(' '),
        role: key,
        ...(gender && !institution ? { gender } : {}),
        ...(party ? { party } : {}),
        ...(institution ? { institution: true } : {}),
      });
    }
  });
  tokens.forEach((t, i) => {
    if (t.text !== '(' && t.lower !== 'als') return;
    const name = nameBefore(tokens, i, lex);
    if (!name) return;
    // "Jan Brandik (CDU)": a party in brackets after a name
    // (a politician of that party, so that "der CDU-Politiker" later points back to them)
    if (t.text === '(' && tokens[i + 2]?.text === ')' && lex.nameTypes.get(tokens[i + 1]!.lower) === 'politician') {
      const gender = givenNameGender(name, lex);
      const party = partyOf([tokens[i + 1]!], lex);
      out.push({
        type: 'politician',
        named: true,
        name,
        // (of a given name the lexicon does not know, the masculine, which German uses for either)
        role: POLITICIAN_ROLE[gender ?? 'm'],
        ...(gender ? { gender } : {}),
        ...(party ? { party } : {}),
      });
    }
    // "… darf Muster als Kandidat antreten": a role after "als"
    const type = t.lower === 'als' ? specificRoleType(tokens[i + 1], lex) : null;
    if (type) out.push({ type, named: true, name, ...roleOf(tokens[i + 1], lex) });
  });
  out.push(...listedCompanies(tokens, lex));
  // "Einer der Demonstranten, Tom Kahl, Ingenieur, sagte", "Eine Anwohnerin, die Lehrerin Anna Berger, sagte":
  // the part the person plays, set before the name at the start of the sentence, is what they speak as
  const capacity = capacityName(tokens, lex);
  if (capacity) out.push({ type: 'person', named: true, name: capacity, capacity: true });
  // "Volker Beispiel vom Zentrum für Finanzstudien der Universität Talberg": the body a full name is from
  tokens.forEach((t, i) => {
    if ((t.lower !== 'von' && t.lower !== 'vom') || i < 2) return;
    if (!isNameWord(tokens[i - 1]!, lex, false, undefined, true) || !isNameWord(tokens[i - 2]!, lex, false)) return;
    // (a role of its own kind before the name says what the person is, the body only where they come from:
    // "Stürmer Tom Kahl vom SV Brandik"; a role that speaks for a body is the body's, "Sprecher Tom Kahl vom …")
    const role = tokens[i - 3];
    if (role?.cap && !relationalHead(role, lex) && nounType(role, lex)) return;
    let e = i + 1;
    while (
      e < tokens.length &&
      e - i <= 10 &&
      tokens[e]!.word &&
      !tokens[e]!.quoted &&
      (tokens[e]!.cap || tokens[e + 1]?.cap)
    )
      e++;
    if (e === i + 1) return;
    const body = classifySource(wordsOf(tokens, i + 1, e), lex);
    if (!body.guessed && BODY_TYPES.has(body.type))
      out.push({ type: body.type, named: true, name: `${tokens[i - 2]!.text} ${tokens[i - 1]!.text}` });
  });
  // "Anna Beispiel, Grünen-Sprecherin für Verkehr": a role in apposition after a full name
  tokens.forEach((t, i) => {
    if (t.text !== ',' || i < 2 || !isNameWord(tokens[i - 1]!, lex, false) || !isNameWord(tokens[i - 2]!, lex, false))
      return;
    let j = tokens[i + 1] && DEFINITE.has(tokens[i + 1]!.lower) ? i + 2 : i + 1;
    // "Jonas Berger, der frühere Vizekanzler": adjectives before the role (a verb there opens a clause:
    // "Tom Kahl, sagte der Zeitung" names no role)
    while (
      j < i + 4 &&
      tokens[j] &&
      tokens[j]!.word &&
      !tokens[j]!.cap &&
      !lex.verbForms.has(tokens[j]!.lower) &&
      !lex.functionWords.has(tokens[j]!.lower)
    )
      j++;
    // ("Anna Berger, die zehn Jahre Bürgermeisterin war, …": a relative clause in the past, a role held before)
    const close = tokens.findIndex((x, k) => k > j && (x.text === ',' || x.text === '.'));
    const pastClause = DEFINITE.has(tokens[i + 1]?.lower ?? '') && close > j && heldBefore(tokens, i + 1, close);
    const type = formerType(specificRoleType(tokens[j], lex), pastClause || isFormer(tokens, j), tokens[j]);
    if (type)
      out.push({
        type,
        named: true,
        name: `${tokens[i - 2]!.text} ${tokens[i - 1]!.text}`,
        ...roleOf(tokens[j], lex),
      });
  });
  return out;
}

/** A name's stock or shareholders in a compound: "die Talbex-Aktie", "Talbex-Aktionäre". */
const STOCK_COMPOUND = /^(\p{Lu}[\p{L}\d]*)-(?:Aktien?|Aktionär(?:e|en|in|innen)?)$/u;
/** Nouns of stock and of a stake before the company they are in: "Aktien von Talbex", "eine Beteiligung an Talbex". */
const STOCK_BEFORE = /^(?:aktien?|anteile?|beteiligung(?:en)?)$/;
/** The most words of a company's name after "von" or "an". */
const MAX_STOCK_NAME = 3;

/**
 * Names of listed companies, by what the sentence says they have: shares or shareholders ("die
 * Talbex-Aktie", "Aktien von Talbex"), or what one holds in them ("eine Beteiligung an Talbex"); a name
 * nothing else types (not "die Bahn-Aktie" of a body the lexicon knows).
 */
function listedCompanies(tokens: readonly Token[], lex: Lexicon): Classified[] {
  const out: Classified[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.quoted || !t.word) continue;
    let name = STOCK_COMPOUND.exec(t.text)?.[1];
    if (!name && STOCK_BEFORE.test(t.lower) && (tokens[i + 1]?.lower === 'von' || tokens[i + 1]?.lower === 'an')) {
      let e = i + 2;
      while (
        e < tokens.length &&
        e - i - 2 < MAX_STOCK_NAME &&
        isNameWord(tokens[e]!, lex, false) &&
        !tokens[e]!.quoted
      )
        e++;
      if (e > i + 2) name = wordsOf(tokens, i + 2, e);
    }
    if (name && !lex.nameTypes.has(name.toLowerCase()) && classifySource(name, lex).guessed)
      out.push({ type: 'company', named: true, name, institution: true });
  }
  return out;
}

/** A copula or verb of working in the past that closes a relative clause: the role it gives is held no longer. */
const PAST_ROLE_VERBS = new Set(['war', 'arbeitete']);
/** Words that put a past role in the days the story tells of: "die damals Bürgermeisterin war". */
const AT_THE_TIME = new Set(['damals', 'seinerzeit']);

/**
 * Whether the relative clause in tokens `from` to `close` (its closing comma or period) gives its role as one
 * held before: a copula or verb of working in the past closes it, and no "damals" puts the role in the days
 * the story tells of ("…, die Bürgermeisterin war, …"; not "…, die damals Bürgermeisterin war, …").
 */
export function heldBefore(tokens: readonly Token[], from: number, close: number): boolean {
  return (
    PAST_ROLE_VERBS.has(tokens[close - 1]?.lower ?? '') &&
    !tokens.slice(from, close).some((x) => AT_THE_TIME.has(x.lower))
  );
}

/** A part in the story set before a name ("Einer der Demonstranten, …") has at most this many words. */
const MAX_CAPACITY = 5;

/**
 * The full name after a part in the story that opens the sentence: a few words holding a noun of a
 * person (Demonstrant, Anwohnerin, Augenzeuge), a comma, then the name, perhaps after an article and
 * a job ("die Lehrerin Anna Berger"), and a comma or bracket after it. Null when the sentence opens otherwise.
 */
function capacityName(tokens: readonly Token[], lex: Lexicon): string | null {
  const c = tokens.findIndex((t) => t.text === ',');
  if (c < 1 || c > MAX_CAPACITY) return null;
  const before = tokens.slice(0, c);
  if (before.some((t) => t.quoted || !t.word) || !before.some((t) => t.cap && nounType(t, lex) === 'person'))
    return null;
  // (the part is the first noun's: "Der Anwalt der Frau, Max Berger" is the lawyer, of his role's type)
  const head = before.find((t) => t.cap && !!nounType(t, lex));
  if (head && nounType(head, lex) !== 'person') return null;
  let j = c + 1;
  if (tokens[j] && DEFINITE.has(tokens[j]!.lower)) j++;
  // (a job before the name: "die Lehrerin Anna Berger", "der 54-jährige Tom Kahl")
  while (j < c + 4 && tokens[j]?.word && (!tokens[j]!.cap || isKnownNoun(tokens[j]!, lex))) j++;
  const names: string[] = [];
  for (; j < tokens.length && names.length < 4 && isNameWord(tokens[j]!, lex, false, undefined, true); j++)
    names.push(tokens[j]!.text);
  return names.length >= 2 && (tokens[j]?.text === ',' || tokens[j]?.text === '(') ? names.join(' ') : null;
}

/** A Roman numeral that numbers a name: "München I", "Talberg II". */
const ROMAN_NUMERAL = /^(?:I{1,3}|IV|VI{0,3}|IX|X)$/;

/** "ehemalige", "früherer", "Ex-Kanzler", "Altkanzler": a role no longer held. */
const FORMER = /^(?:ehemalig|früher|einstig|vormalig)(?:e|er|en|em|es)?$/;
const FORMER_PREFIX = /^(?:ex-|alt-?(?=bundes|kanzler|präsident|bürgermeister|minister))/;

/** Whether a role at token `i` is one held before: a former office holder speaks as a politician, not for the government. */
function isFormer(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  // a role held by a person ("Kanzler", "Präsidentin", "Gouverneur"), not an office's building or body ("Ministerium")
  if (!t || !/(?:er|in|ent|eur|or|at|and)$/.test(t.lower)) return false;
  return FORMER_PREFIX.test(t.lower) || formerBefore(tokens, i);
}

/** Whether "ehemalig", "früher" … stands one or two words before token `i`. */
function formerBefore(tokens: readonly Token[], i: number): boolean {
  return [1, 2].some((k) => FORMER.test(tokens[i - k]?.lower ?? ''));
}

/** Offices that politicians hold: the one who held them speaks as a politician still. */
const POLITICAL_OFFICE =
  /(?:kanzler|präsident|minister|bürgermeister|gouverneur|senator|premier|regierungschef|staatschef|landrat)/;

/**
 * A government office held before: a political one is a politician's ("der frühere Vizekanzler"),
 * any other a private person's ("der ehemalige Diplomat": no longer in office, ANNOTATION's
 * "acting in office"); any other type stays.
 */
function formerType(type: SourceType | null, former: boolean, role?: Token): SourceType | null {
  if (!former || type !== 'government') return type;
  return !role || POLITICAL_OFFICE.test(role.lower) ? 'politician' : 'person';
}

/** The type the holder of a role held before speaks as now (`formerType` of the role's words): "der Bürgermeister war". */
export function formerRoleType(type: SourceType, role: string): SourceType {
  if (type !== 'government') return type;
  // (an office among the role's words, not a body's name: "Sprecher des Ministeriums" held none)
  const office = role.split(/\s+/).some((w) => POLITICAL_OFFICE_WORD.test(w.toLowerCase()));
  return office ? 'politician' : 'person';
}
/** A word that ends in a political office: "Bürgermeisterin", "Außenminister", "Präsidenten". */
const POLITICAL_OFFICE_WORD = new RegExp(`${POLITICAL_OFFICE.source}(?:in|innen|en|s)?$`);

/** The type a role word gives ("Politologe", "Grünen-Sprecherin" by its first part), or null. */
const roleType = perWord((t, lex): SourceType | null => {
  const rel = relationalHead(t, lex);
  if (!rel) return nounType(t, lex);
  return (
    nounType(t, lex) ??
    (LEVEL_PREFIX.test(rel.prefix) ? levelType(rel.head) : personalPrefixType(rel.prefix, lex, true))
  );
});

/**
 * The type a role of the federal or a state level has when nothing says whose: government
 * ("Bundesdrogenbeauftragte"), but a chair there chairs a party or an association ("Landesvorsitzender")
 * and a managing director runs its branch ("Landesgeschäftsführerin": no type from the level).
 */
function levelType(head: string): SourceType | null {
  if (/^vorsitzende/.test(head)) return 'politician';
  return /^geschäftsführer/.test(head) ? null : 'government';
}

/** A role's type when it says more than "a person" or "a document": what a role after a name may add. */
function specificRoleType(role: Token | undefined, lex: Lexicon): SourceType | null {
  if (!role || !role.cap || role.quoted) return null;
  const type = roleType(role, lex);
  return type && type !== 'person' && type !== 'document' ? type : null;
}

/** The name of one or two words that ends right before token `i` ("Jan Brandik (CDU)"), or null. */
function nameBefore(tokens: readonly Token[], i: number, lex: Lexicon): string | null {
  if (i < 1 || !isNameWord(tokens[i - 1]!, lex, false)) return null;
  return i >= 2 && isNameWord(tokens[i - 2]!, lex, false)
    ? `${tokens[i - 2]!.text} ${tokens[i - 1]!.text}`
    : tokens[i - 1]!.text;
}

/** Authors: of a study or report named with them, researchers. */
const AUTHOR = /^autor(?:in|en|innen)?$/;
/** Nouns of what a medium reports, before the medium's name in the genitive: "Bericht", "Recherchen", "Meldung". */
const MEDIA_REPORT = /^(?:berichts?|berichten?|recherchen?|meldung(?:en)?)$/;
/** A title in quotation marks in the genitive: "des „Talberger Boten“", "der »Abendpost«". */
const QUOTED_GENITIVE = /(?:^|\s)(?:des|der|eines|einer)\s+[„"»«‚]/;

/** The type of a relational head when neither its compound nor a genitive says whose it is. */
const HEAD_FALLBACK: Array<[RegExp, SourceType]> = [
  [/^präsident(?:in)?$/, 'government'],
  // (a founder named by no body founded a firm: "der Gründer", "Gründerin von Talbex")
  [/^(?:chef|chefin|geschäftsführer|geschäftsführerin|(?:mit(?:be)?)?gründer(?:in)?)$/, 'company'],
  // a chair named by no body chairs an association, a board, a committee (a firm's chair: "Vorstandsvorsitzende")
  [/^vorsitzender?$/, 'organization'],
  [/^(?:an)?führer(?:in)?$/, 'organization'],
  // a commissioner named by no body is an office of government ("der Drogenbeauftragte")
  [/^beauftragte[rn]?$/, 'government'],
  // a deputy named by no body is a deputy head of government ("der Vize")
  [/^vize$/, 'government'],
  // a general secretary named by no body is a party's ("der Generalsekretär"; "UN-Generalsekretär" says whose)
  [/^generalsekretär(?:in)?$/, 'politician'],
  // a theatre's, an opera's or a broadcaster's director named by no body leads a house of culture
  [/^intendant(?:in)?$/, 'organization'],
];

/** The type of a role with no body named after a genitive article that opens `tokens` ("des Präsidenten"), or null. */
function genitiveRoleType(tokens: readonly Token[], lex: Lexicon): SourceType | null {
  if (tokens.length !== 2 || !GENITIVE_ARTICLES.has(tokens[0]!.lower) || !relationalHead(tokens[1]!, lex)) return null;
  const owner = classifySource(wordsOf(tokens, 0), lex);
  return owner.guessed ? null : owner.type;
}

/** An acronym: "NDB", "RMV" (a name of a body, whatever else the lexicon knows of it). */
const ACRONYM = /^\p{Lu}{2,}$/u;
/**
 * A compound whose first part is an organisation's acronym of three letters or more: "eine
 * NDB-Sprecherin", "einer WHO-Studie" name the body (not a country's code: "ein US-Beamter").
 */
const OWNER_ACRONYM = /^\p{Lu}{3,}-\p{L}/u;

/**
 * A spokesperson's compound whose first part is a name, known or not ("eine Talbex-Sprecherin", "ein
 * Verdi-Sprecher"): it names the body they speak for (not a common noun's: "ein Polizei-Sprecher").
 */
function namesWhoseSpokesperson(t: Token, lex: Lexicon): boolean {
  const parts = t.text.split('-');
  if (parts.length !== 2 || !/^\p{Lu}/u.test(parts[0]!) || !lex.speaksFor.has(parts[1]!.toLowerCase())) return false;
  const owner = tokenize(parts[0]!)[0];
  return !!owner && (lex.nameTypes.has(owner.lower) || !isKnownNoun(owner, lex));
}

/**
 * Whether an indefinite document says whose it is, which identifies it: a body in the genitive
 * ("ein Schreiben der Schulbehörde"; not a vague group, "eine Studie der Forscher", nor a time,
 * "eine Studie der vergangenen Jahre").
 */
function ownedDocument(tokens: readonly Token[], genitiveAt: number, lex: Lexicon): boolean {
  const owner = genitiveAt > 0 ? tokens[genitiveAt + 1] : undefined;
  return !!owner && owner.cap && !isVagueWord(owner, lex) && !CALENDAR.test(owner.lower);
}

/** Whether a lower-case noun is a role or body word of the lexicon. */
const isLexiconNoun = (w: string, lex: Lexicon) => lex.nounMap.has(w) || lex.relational.has(w);

/**
 * The grammatical gender of a person's role word, where the lexicon knows its pair: "Präsidentin",
 * "Außenministerin" are feminine (the lexicon knows "präsident" too), "US-Präsident", "Sprecher"
 * masculine (it knows "sprecherin"); so are the nouns of one gender ("Mann", "Tochter") and compounds
 * that end in one ("Feuerwehrmann"); "Anwalt", "Abgeordnete" say nothing here.
 */
export function roleGender(t: Token | undefined, lex: Lexicon): 'm' | 'f' | undefined {
  return roleGenderOf(t, lex)?.gender;
}

/** The gender of a role word, and whether it is a role's masculine form, said of women too ("Kapitän"). */
function roleGenderOf(t: Token | undefined, lex: Lexicon): { gender: 'm' | 'f'; generic: boolean } | undefined {
  if (!t) return undefined;
  const w = t.lower.split('-').pop()!;
  if (/innen$/.test(w)) return undefined;
  // a noun of one gender ("ihr Mann", "seine Tochter")
  const own = lex.genderedNouns.get(w);
  if (own) return { gender: own, generic: false };
  const derived = derivedGender(w, lex);
  if (derived) return { gender: derived, generic: derived === 'm' };
  // a compound that ends in one, of four letters or more ("der Feuerwehrmann", "die Kauffrau"; not "Europa")
  for (let k = 1; k + 4 <= w.length; k++) {
    const gendered = lex.genderedNouns.get(w.slice(k));
    if (gendered) return { gender: gendered, generic: false };
  }
  return undefined;
}

/**
 * A named person's gender by the role before the name and the given name: a role's masculine form is said
 * of women too, a feminine given name then tells ("Kapitän Lea May"); a feminine form or a noun of one
 * gender is sure ("Feuerwehrmann").
 */
function personGender(role: Token | undefined, name: string, lex: Lexicon): 'm' | 'f' | undefined {
  const byRole = roleGenderOf(role, lex);
  const byName = givenNameGender(name, lex);
  return byRole?.generic && byName === 'f' ? byName : (byRole?.gender ?? byName);
}

/** The gender the last noun of the lexicon in `w` has by its form ("Ministerin" of "Minister"; "Landwirt" with "Landwirtin"). */
function derivedGender(w: string, lex: Lexicon): 'm' | 'f' | undefined {
  for (let k = 0; k + 4 <= w.length; k++) {
    const part = w.slice(k);
    if (!isLexiconNoun(part, lex)) continue;
    // ("Ministerin" of "Minister"; "Expertin", "Biologin" of "Experte", "Biologe"; "Herausforderin" of "Herausforderer")
    const stem = part.slice(0, -2);
    if (
      /in$/.test(part) &&
      (isLexiconNoun(stem, lex) ||
        isLexiconNoun(`${stem}e`, lex) ||
        (/er$/.test(stem) && isLexiconNoun(`${stem}er`, lex)))
    )
      return 'f';
    if (
      isLexiconNoun(`${part}in`, lex) ||
      (/e$/.test(part) && isLexiconNoun(`${part.slice(0, -1)}in`, lex)) ||
      (/erer$/.test(part) && isLexiconNoun(`${stem}in`, lex))
    )
      return 'm';
    return undefined;
  }
  return undefined;
}

/** The gender a form of address in a mention gives: "Frau Berger", "Herrn Kahl". */
function addressGender(tokens: readonly Token[]): 'm' | 'f' | undefined {
  for (const t of tokens) {
    if (t.lower === 'frau') return 'f';
    if (t.lower === 'herr' || t.lower === 'herrn') return 'm';
  }
  return undefined;
}

/** The first parts of coordinated compounds: "Bau- und " in "der Bau- und Verkehrsdirektor", "Bau-, Umwelt- und ". */
const TRUNCATED_COMPOUNDS = /(?<![\p{L}\p{N}])(?:\p{L}+-(?:,\s*|\s+(?:und|oder|bzw\.?|sowie)\s+))+(?=\p{L})/gu;

/** The end of a noun of a person: "Taxifahrer", "Lehrerin", "Pianist". */
const PERSON_NOUN_END = /\p{Ll}(?:er|erin|in|ist|istin)$/u;

/**
 * Whether word `i` in lower case stands right before a noun, as its attribute, and is no noun of its own
 * whatever the lexicon's noun it spells: "befragte Ökonomen" are economists, as "die Befragten" are a survey's.
 */
function isAttribute(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const t = tokens[i]!;
  return !t.cap && t.word && !!tokens[i + 1]?.cap && tokens[i + 1]!.word && !lex.nameTypes.has(t.lower);
}

/**
 * The type of the first body the words name: "des Landesamtes" is an office, but an office "für" a
 * field of security is a security service, as its compound would be ("das Bundesamt für
 * Verfassungsschutz", "das Ministerium für Staatssicherheit"), a body for a science an expert one ("die
 * Gesellschaft für Ökologie").
 */
function bodyType(tokens: readonly Token[], lex: Lexicon): SourceType | null {
  const at = tokens.findIndex((t, i) => !!nounType(t, lex) && !isAttribute(tokens, i, lex));
  if (at < 0) return null;
  const type = nounType(tokens[at]!, lex)!;
  const field = tokens[at + 1]?.lower === 'für' ? tokens[at + 2] : undefined;
  const fieldType = field ? nounType(field, lex) : null;
  // ("Bundesamt für Verfassungsschutz": an office of security; "Gesellschaft für Ökologie": a learned society)
  if (type === 'government' && fieldType === 'security') return 'security';
  return type === 'organization' && fieldType === 'expert' ? 'expert' : type;
}

/**
 * The kind of body a firm's title of office serves when a genitive names the body: a compound ending in a
 * role ("Vorstandschefin", "Aufsichtsratsvorsitzender") is a firm's by default, but associations,
 * foundations and clubs have boards too ("die Vorstandschefin der Stiftung"); else null.
 */
function boardOf(tokens: readonly Token[], lex: Lexicon): SourceType | null {
  const at = tokens.findIndex((t) => !!nounType(t, lex));
  const t = tokens[at];
  if (!t || nounType(t, lex) !== 'company' || !GENITIVE_ARTICLES.has(tokens[at + 1]?.lower ?? '')) return null;
  // (its last part a role: "Vorstands|chef"; not the word whole)
  const owner = endsWithAny(t.lower.slice(1), lex.relational) ? bodyType(tokens.slice(at + 2), lex) : null;
  return owner && BOARDED.has(owner) ? owner : null;
}
/** Kinds of body other than a firm with a board of their own (not an institute's or a hospital's, typed as experts). */
const BOARDED = new Set<SourceType>(['organization', 'government', 'politician']);
/** Nouns of a unit of a party: its associations by region, its board, its youth, its wing. */
const PARTY_UNIT =
  /(?:verband|verbands|vorstand|vorstands|ortsverein|ortsvereins|jugendorganisation|flügel|flügels|präsidium|präsidiums|parteitag|parteitags)$/;
/** A party's expert for a field of policy is one of its politicians. */
const PARTY_EXPERT = /experte|expertin/;

/**
 * A surname that is a role's or a body's noun, after a known given name as the mention's last word:
 * "Anna Richter", "Uwe Bauer" (a role follows a name only after a comma: "Anna Berger, Richterin").
 */
function nounSurnameAt(tokens: readonly Token[], mention: string, lex: Lexicon): number {
  const i = tokens.length - 1;
  const t = tokens[i];
  const prev = tokens[i - 1];
  return t &&
    prev?.cap &&
    /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
    !lex.nameTypes.has(t.lower) &&
    !ABSTRACT_NOUN.test(t.lower) &&
    isGivenName(prev.text, lex) &&
    !/[,(]/.test(mention.slice(prev.end, t.start))
    ? i
    : -1;
}

/** Words that hedge a share or a count: "rund 46 Prozent", "fast die Hälfte", "mehr als jeder dritte". */
const ABOUT = `(?:(?:${[...HEDGES].join('|')})\\s+)*`;
/** A share a poll counts: "46 Prozent", "3 von 10", "jeder dritte". */
const COUNTED_SHARE = new RegExp(
  `^\\s*${ABOUT}(?:\\d+(?:,\\d+)?\\s*(?:Prozent\\b|%)|(?:\\d+|eine?r?|zwei|drei|vier|fünf|sechs|sieben|acht|neun) von (?:\\d+|zehn|drei|vier|fünf|sechs|sieben|acht|neun)\\b|jede[rs]? (?:${ORDINAL_STEMS})e\\b)`,
  'iu',
);
/**
 * A share in words before its group: "die Hälfte der", "zwei Drittel der", "die Mehrheit von", "die meisten";
 * parts of it counted by a word, with an adjective or "andere": "einige andere Teile der", "weite Teile des".
 */
const SHARE_OF = new RegExp(
  `^\\s*${ABOUT}(?:(?:die|eine|ein|zwei|drei|der|viele|einige|manche|große|weite|breite)\\s+)?(?:andere\\s+)?(?:(?:Hälfte|Mehrheit|Minderheit|Großteil|Drittel|Viertel|Fünftel|Teile?)\\s+(?:der|des|von|vom)|meisten)\\s+`,
  'iu',
);

/** Words for the people around a body or a person, also as a compound's last part: "Regierungskreisen", "Umfeld". */
const CIRCLE = /(?:kreise|kreisen|quellen|umfeld)$/;

/** Prepositions of where what is said comes from: "Angaben aus Polizeikreisen", "Informationen vom Landratsamt". */
const FROM = new Set(['aus', 'von', 'vom']);

/** The type of what a phrase opened by "aus", "von" names, when it types one: "aus Polizeikreisen" (security). */
function typeFrom(rest: readonly Token[], lex: Lexicon): SourceType | null {
  if (rest.length < 2 || !FROM.has(rest[0]!.lower)) return null;
  const c = classifySource(wordsOf(rest, 1), lex);
  return c.guessed || c.type === 'other' ? null : c.type;
}

/** Classifies a source mention. */
export function classifySource(mention: string, lex: Lexicon): Classified {
  // the last compound of a coordination is the head: "der Bau- und Verkehrsdirektor" as "der Verkehrsdirektor"
  if (TRUNCATED_COMPOUNDS.test(mention)) {
    TRUNCATED_COMPOUNDS.lastIndex = 0;
    return { ...classifySource(mention.replace(TRUNCATED_COMPOUNDS, ''), lex), mention };
  }
  const tokens = tokenize(mention).filter((t) => t.word);
  // (no word at all, only marks: nobody)
  if (!tokens.length) return { type: 'other', named: false, name: null, guessed: true };
  // "eine vom Rat eingesetzte Kommission", "mit der Sache vertraute Personen": the noun after an extended
  // attribute, with the article before it, is the head
  // (people familiar with a matter, with no article, are unnamed sources of no type, as "Insider" are)
  const lead = DETERMINERS.has(tokens[0]!.lower) ? 1 : 0;
  const attribute = lead === 0 || tokens.length > 3 ? attributeEnd(tokens, lead, lex) : -1;
  if (attribute > 0)
    return lead === 0 && FAMILIAR.test(tokens[attribute]!.lower)
      ? { type: 'other', named: false, name: null, mention }
      : { ...classifySource(wordsOf([...tokens.slice(0, lead), ...tokens.slice(attribute)], 0), lex), mention };
  // "talbury99", "Nutzer @hafen_rat": an account on a platform
  if (endsWithHandle(mention)) return { type: 'social_media', named: true, name: mention.trim().split(/\s+/).pop()! };
  // "46 Prozent der Befragten", "drei von zehn Deutschen", "jeder dritte Wähler": a share counted is
  // what a poll found; "die Hälfte der Fahrgäste", "die Mehrheit der Anwohner": part of a group, of its kind and vague
  if (COUNTED_SHARE.test(mention)) return { type: 'document', named: false, name: null, mention };
  const share = SHARE_OF.exec(mention);
  if (share) return { ...classifySource(mention.slice(share[0].length), lex), named: false, name: null, mention };
  // "Einer von ihnen", "Viele von uns": a part of a group a pronoun points to, of the part's kind
  const ofThem = OF_THEM.exec(mention.trim());
  if (ofThem && GROUP_PRONOUNS.has(ofThem[2]!.toLowerCase()))
    return { ...classifySource(ofThem[1]!, lex), named: false, name: null, mention };
  // "kein Thema", "keine Frage": a denied noun is nobody (but "keiner der Befragten" is people)
  if (tokens.length >= 2 && NEGATIVE.has(tokens[0]!.lower) && tokens[1]!.lower !== 'der' && tokens[1]!.lower !== 'des')
    return { type: 'other', named: false, name: null };
  // "Viele", "alle": people nobody names
  // ("ein paar", a few, the same: "…, bestätigen ein paar")
  if (
    (tokens.length === 1 && QUANTIFIERS.has(tokens[0]!.lower)) ||
    (tokens.length === 2 && tokens[0]!.lower === 'ein' && tokens[1]!.text === 'paar')
  )
    return { type: 'person', named: false, name: null };
  // "Ein anderer", "eine weitere": one more of them, nobody named
  if (tokens.length === 2 && INDEFINITE.has(tokens[0]!.lower) && ONE_MORE.test(tokens[1]!.text))
    return { type: 'person', named: false, name: null };
  const lowerText = mention.toLowerCase();
  // multi-word names first ("Weißen Hauses", "New York Times", "Truth Social")
  let type: SourceType | null = multiWordNameType(lowerText, lex);
  if (CORPORATE.test(mention.trim())) type = 'company';
  type ??= foreignNameType(tokens, lex);
  const heads: SourceType[] = [];
  /** Whether a head comes from a name in the genitive before a noun: "Perus Justiz", "Chinas Führung". */
  let possessor = false;
  let relational: { head: string; prefix: string } | null = null;
  let relationalAt = -1;
  // (a surname that is a noun is no head: "Anna Richter")
  const nounSurname = nounSurnameAt(tokens, mention, lex);
  // (a role in the genitive after a noun of a person is whose that person is, no head: "Sohn des Polizeichefs")
  const genitiveAfterHead = tokens.findIndex((t, i) => i > 0 && GENITIVE_ARTICLES.has(t.lower));
  tokens.forEach((t, i) => {
    if (i === nounSurname) return;
    const rel = relationalHead(t, lex);
    if (
      rel &&
      relationalAt < 0 &&
      !nounType(t, lex) &&
      !(heads.length && genitiveAfterHead > 0 && i > genitiveAfterHead)
    ) {
      relational = rel;
      relationalAt = i;
      return;
    }
    if (isAttribute(tokens, i, lex) || superlativeDomain(tokens, i, lex)) return;
    const nt = nounType(t, lex);
    if (nt && i === 0 && t.cap && !lex.nameTypes.has(t.lower) && /[^s]s$/.test(t.lower)) possessor = true;
    if (nt) heads.push(nt);
  });
  if (!type) {
    const rel = relational as { head: string; prefix: string } | null;
    if (rel) {
      // "Polizeisprecher" → the prefix; "Sprecher des Ministeriums" → what follows the head
      type =
        personalPrefixType(rel.prefix, lex, false) ??
        // (not a party in brackets after the name of one who holds an office: "Der Drogenbeauftragte Tom
        // Kahl (CDU)"; a spokesperson's party is whom they speak for: "der Sprecher Tom Kahl (CDU)")
        bodyType(
          tokens
            .slice(relationalAt + 1)
            .filter(
              (t, k) =>
                (!mention.slice(0, t.start).includes('(') ||
                  HEAD_FALLBACK.find(([re]) => re.test(rel.head))?.[1] !== 'government') &&
                !superlativeDomain(tokens, relationalAt + 1 + k, lex),
            ),
          lex,
        ) ??
        // (a body's name in English: "Sprecher der Talbury Police")
        foreignNameType(tokens.slice(relationalAt + 1), lex) ??
        // (one who holds a role named alone in the genitive, of the kind it has with nobody named: "ein Sprecher
        // des Präsidenten" speaks for an office of government)
        genitiveRoleType(tokens.slice(relationalAt + 1), lex) ??
        // (or of a circle or body it comes from: "Angaben aus Polizeikreisen")
        typeFrom(tokens.slice(relationalAt + 1), lex) ??
        tokens
          .slice(0, relationalAt)
          .map((t) => nounType(t, lex))
          .find((x): x is SourceType => !!x) ??
        // "der bildungspolitische Sprecher": a spokesperson for a field of policy speaks for a party
        (tokens.slice(0, relationalAt).some((t) => POLICY_ADJECTIVE.test(t.lower)) ? 'politician' : null) ??
        (LEVEL_PREFIX.test(rel.prefix) ? levelType(rel.head) : null);
      // whose, when nothing says: a president governs, a chair leads a firm, a leader leads a group
      // (a president of a body named before the hyphen that the lexicon does not know leads that body,
      // no state: "der Talbex-Präsident" of a firm or a club)
      if (!type) {
        type = HEAD_FALLBACK.find(([re]) => re.test(rel.head))?.[1] ?? null;
        // ("Ex-Präsident" is a president no longer in office, no body's)
        const role = tokens[relationalAt]!;
        if (type === 'government' && /^\p{Lu}\p{Ll}+-/u.test(role.text) && !FORMER_PREFIX.test(role.lower))
          type = 'organization';
      }
      // (one who no longer holds a role nothing says whose speaks for themself: "ehemalige Mitarbeiterinnen")
      if (!type && formerBefore(tokens, relationalAt)) type = 'person';
    } else if (heads.length) {
      // the possessor stands before its head: "Perus Justiz" is the judiciary
      type = possessor && heads.length > 1 ? heads[1]! : (boardOf(tokens, lex) ?? bodyType(tokens, lex) ?? heads[0]!);
    }
  }
  // (a name joined by an ampersand that no noun types: "Kahl & Roth teilte mit")
  if (!type && JOINED_NAME.test(mention)) type = 'company';
  // "die Autoren der Studie": the authors of a study or report are researchers (as "Studienautoren" are)
  if (type === 'person' && heads.includes('document') && tokens.some((t) => AUTHOR.test(t.lower))) type = 'expert';
  // "einem Bericht des „Talberger Anzeigers“": what a medium reported is a source of the media's type (a
  // medium the lexicon knows, or a title in quotation marks whatever its name: "des „Talberger Boten“")
  if (
    type === 'document' &&
    tokens.some((t) => MEDIA_REPORT.test(t.lower)) &&
    (heads.includes('media') || QUOTED_GENITIVE.test(mention))
  )
    type = 'media';
  // (a place's adjective before a role or body is no name: "der Zürcher Nationalrat Tom Kahl", "die Berliner Polizei")
  // (a surname with the ending of a common noun after a first name: "Anne Schilling" after any name
  // word, "Jan Brandik" after a known given name; not "Hotel Lenik", "Große Freude", nor an abstract
  // noun: "Maria Freiheit" is no name)
  const afterFirstName = (t: Token, i: number) =>
    i > 0 &&
    (((/ling$/.test(t.lower)
      ? isNameWord(tokens[i - 1]!, lex, i === 1, t)
      : !ABSTRACT_NOUN.test(t.lower) && tokens[i - 1]!.cap && isGivenName(tokens[i - 1]!.text, lex)) &&
      isNameWord(t, lex, false, undefined, true)) ||
      i === nounSurname);
  let nameWords = tokens.filter(
    (t, i) =>
      (isNameWord(t, lex, i === 0, tokens[i + 1]) || afterFirstName(t, i)) &&
      !(i === 0 && DEFINITE.has(t.lower)) &&
      // (a form of address is no part of the name: "Dr. Anna Berger" is "Anna Berger")
      !(lex.titles.has(t.lower) && !!tokens[i + 1]) &&
      // (a measure after its number is no name: "der 52 Jahre alte Angeklagte", "eine 30 Meter hohe Welle")
      !(i > 0 && /^\d/.test(tokens[i - 1]!.text)) &&
      // (a place's adjective stands right before its noun: not "Anna Berger (SPD)", "Anna Berger, Sprecherin")
      // (also before a noun of a person the lexicon does not know, after an article: "ein Kiewer Taxifahrer",
      // not a given name, "der Sänger Peter Müller")
      !(
        /er$/.test(t.lower) &&
        !!tokens[i + 1] &&
        !/[(,]/.test(mention.slice(t.end, tokens[i + 1]!.start)) &&
        (isKnownNoun(tokens[i + 1]!, lex) ||
          (i === 1 &&
            i + 2 === tokens.length &&
            DETERMINERS.has(tokens[0]!.lower) &&
            PERSON_NOUN_END.test(tokens[i + 1]!.lower) &&
            !isGivenName(t.text, lex)))
      ),
  );
  // "die nächste Szene", "eine Dame", "diese Regeln": one capitalised word after an article or demonstrative
  // and adjectives is a noun, not a name…
  const last = tokens[tokens.length - 1];
  const opensWithArticle =
    DEFINITE.has(tokens[0]!.lower) || INDEFINITE.has(tokens[0]!.lower) || DEMONSTRATIVE.has(tokens[0]!.lower);
  const firstNameAt = nameWords[0] ? tokens.indexOf(nameWords[0]) : -1;
  let commonNoun: Token | null = null;
  // (past a place's adjective too: "ein Kiewer Taxifahrer")
  if (
    nameWords.length === 1 &&
    nameWords[0] === last &&
    opensWithArticle &&
    tokens.slice(1, -1).every(
      (t, k) =>
        !t.cap ||
        // (a measure after its number, the word before it: "der 52 Jahre alte Angeklagte")
        /^\d/.test(tokens[k]!.text) ||
        (/er$/.test(t.lower) && !nameWords.includes(t) && !isKnownNoun(t, lex) && !isGivenName(t.text, lex)),
    )
  ) {
    commonNoun = last ?? null;
    nameWords = [];
  } else if (
    // …and so is one before a genitive: "die Geschichte der Gäste", "das Ende des Streits", also
    // without an article ("Zweck des Vereins ist …": no name is followed by a genitive)
    ((opensWithArticle && firstNameAt >= 1 && tokens.slice(1, firstNameAt).every((t) => !t.cap)) ||
      (firstNameAt === 0 && !lex.givenNames.has(tokens[0]!.lower))) &&
    GENITIVE_ARTICLES.has(tokens[firstNameAt + 1]?.lower ?? '')
  ) {
    commonNoun = nameWords[0]!;
    nameWords = nameWords.slice(1);
  }
  // one word after the genitive's article that ends the mention is a noun too: "das Ende des Streits",
  // "die Geschichte der Gäste" (not two: "der Chef der Firma Brandik")
  if (
    nameWords.length === 1 &&
    nameWords[0] === last &&
    tokens.length >= 3 &&
    (DETERMINERS.has(tokens[0]!.lower) ||
      commonNoun === tokens[0] ||
      (tokens[0]!.cap && !nameWords.includes(tokens[0]!))) &&
    GENITIVE_ARTICLES.has(tokens[tokens.length - 2]!.lower)
  )
    nameWords = [];
  // the first run of name words: "Tom Lang von der Hochschule Nord" names Tom Lang
  const firstRun: Token[] = [];
  for (const t of nameWords) {
    const prev = firstRun[firstRun.length - 1];
    // (a comma between two name words parts two names: "Bürgermeisterin von Talberg, Anna Berger")
    if (prev && (tokens.indexOf(t) !== tokens.indexOf(prev) + 1 || mention.slice(prev.end, t.start).includes(',')))
      break;
    firstRun.push(t);
  }
  // a full name in apposition is the one named: "Der Präsident des Landes, Tom Kahl", "Die Bürgermeisterin von Talberg, Anna Berger"
  // (right after the comma: not a body in the genitive of a role set after the name, "Tom Kahl, Chef der Talbex AG")
  const comma = mention.lastIndexOf(',');
  const apposed = comma > 0 ? nameWords.filter((t) => t.start > comma) : [];
  if (
    apposed.length >= 2 &&
    tokens.findIndex((t) => t.start > comma) === tokens.indexOf(apposed[0]!) &&
    tokens.indexOf(apposed[apposed.length - 1]!) - tokens.indexOf(apposed[0]!) === apposed.length - 1
  )
    firstRun.splice(0, firstRun.length, ...apposed);
  firstRun.splice(
    0,
    givenNameStart(
      firstRun.map((t) => t.text),
      lex,
    ),
  );
  // "das Landgericht Berlin II": a Roman numeral numbers the name before it, a place's too (the court is
  // "Berlin II", never "II")
  const numeral = firstRun[0];
  const numbered = numeral && ROMAN_NUMERAL.test(numeral.text) ? tokens[tokens.indexOf(numeral) - 1] : undefined;
  if (numbered?.cap && numbered.word && !DEFINITE.has(numbered.lower)) firstRun.unshift(numbered);
  // "das Robert Koch-Institut", "der Anna Berger-Schule": a person's name joined by a hyphen to a body's noun
  // names the body after them, no person (of no gender)
  const hyphened = firstRun.length ? tokens[tokens.indexOf(firstRun[firstRun.length - 1]!) + 1] : undefined;
  const namedAfter =
    !!hyphened &&
    hyphened.cap &&
    /\p{L}-\p{Lu}?\p{Ll}+$/u.test(hyphened.text) &&
    isBodyWord(hyphened.lower.split('-').pop()!);
  if (namedAfter) firstRun.push(hyphened);
  const name = firstRun.length ? firstRun.map((t) => t.text).join(' ') : null;
  // a quoted title standing for its publisher: "die „Abendpost“", "der „Morgenkurier“"
  if (!type && /^(?:(?:die|der|das|den|dem|des)\s+)?[„"»]/i.test(mention.trim())) type = 'media';
  // an acronym is an organisation ("das ECCHR", "die GSoA"); a noun for people is a person ("der Publizist", "eine Dame")
  if (!type && tokens.some((t) => isAcronym(t.text))) type = 'organization';
  if (
    !type &&
    commonNoun &&
    tokens[0]!.lower !== 'das' &&
    /(?:ist|er|in|innen|ent|ant|eur|e|ling|mann|frau|promi|user)$/.test(commonNoun.lower) &&
    !isThingInE(tokens[0]!, commonNoun) &&
    !MASCULINE_THING_IN_E.test(commonNoun.lower) &&
    // (English compounds in "-list" are lists: "die Playlist", "die Shortlist")
    !ENGLISH_LIST.test(commonNoun.lower)
  )
    type = 'person';
  // "die 58-Jährige", "ein 34-Jähriger": a person by age (where no role says more)
  if (!type && tokens.some((t) => /^\d{1,3}-jährig/i.test(t.text))) type = 'person';
  const guessed = !type;
  // (a name after a spokesperson's role is the body they speak for, of a kind the text may say: "ein
  // Sprecher von Talbex" is no person)
  const spokenFor =
    relationalAt >= 0 &&
    !!firstRun[0] &&
    tokens.indexOf(firstRun[0]) > relationalAt + 1 &&
    SPOKEN_FOR.has(tokens[relationalAt + 1]!.lower) &&
    lex.speaksFor.has(tokens[relationalAt]!.lower);
  if (!type) type = name && !spokenFor ? 'person' : 'other';
  // (an office's word or a role of government: "der frühere Präsident", "Ex-Präsidentin")
  const formerOffice =
    type !== 'government'
      ? undefined
      : relationalAt < 0
        ? tokens.find((t, i) => nounType(t, lex) === 'government' && isFormer(tokens, i))
        : isFormer(tokens, relationalAt)
          ? tokens[relationalAt]
          : undefined;
  if (formerOffice) type = formerType(type, true, formerOffice)!;

  // named: an identifiable person, organisation or unique office
  const first = tokens[0]?.lower ?? '';
  // the mention's own part, before a genitive: a name in "Kreisen der Talberger Polizei" names the body, not the speaker
  // ("einer der Demonstranten": one of a group, whose "der" is no body's genitive)
  const partitive = isPartitiveAt(tokens, 0) ? 1 : 0;
  const genitiveAt = tokens.findIndex((t, i) => i > partitive && GENITIVE_ARTICLES.has(t.lower));
  const ownPart = genitiveAt > 0 ? tokens.slice(0, genitiveAt) : tokens;
  // after "ein/eine" a lone capitalised word is a noun ("eine Dame"), not a name
  const ownName = ownPart.some(
    (t, i) => nameWords.includes(t) && !(INDEFINITE.has(first) && i === ownPart.length - 1 && nameWords.length === 1),
  );
  // "Insider", "Geheimdienstkreise", "Trackingdaten": a vague group, also as a compound's last part
  const isVague = (t: Token) => isVagueWord(t, lex);
  const anonymousHead = ownPart.some(isVague);
  // "der Forscher", "dem Sprecher": a masculine singular article makes a vague word one person
  const singular =
    /^(?:der|dem|des)$/.test(first) && !ownPart.slice(1).some((t) => /(?:en|e)$/.test(t.lower) && isVague(t));
  // a body in the genitive, maybe after an adjective: "des Ministeriums", "der Süddeutschen Zeitung",
  // "seines Ministeriums"
  // (or after "von": "ein Sprecher von Volkswagen", "vom Ordnungsamt")
  // (or an organisation's acronym: "einer Sprecherin des NDB"; not a private person: "ein Nachbar des Opfers")
  const hasGenitiveBody =
    tokens.some(
      (t, i) =>
        i > partitive &&
        GENITIVE_ARTICLES.has(t.lower) &&
        !t.lower.startsWith('ein') &&
        tokens.slice(i + 1, i + 4).some((x) => namesBody(x, lex) || ACRONYM.test(x.text)),
    ) ||
    tokens.some(
      (t, i) =>
        i > 0 &&
        (t.lower === 'von' || t.lower === 'vom') &&
        tokens.slice(i + 1, i + 4).some((x) => isKnownNoun(x, lex) || (x.cap && !lex.functionWords.has(x.lower))),
    );
  // a known name or an acronym, but not as a compound's first part: "US-Behörden" are unnamed authorities
  const knownName = tokens.some(
    (t) => lex.nameTypes.has(t.lower) || /^\p{Lu}{2,}/u.test(t.text.split('-').pop() ?? ''),
  );
  // "die Talberger Post", "die „Jerusalem Post“": a newspaper, no post on a platform ("ein Post auf X", "Kahls
  // Post"): the place's adjective or name before it, or the title in quotation marks
  const post = tokens.findIndex((t) => t.lower === 'post');
  if (
    type === 'social_media' &&
    post > 0 &&
    post === tokens.length - 1 &&
    tokens[post - 1]!.cap &&
    !lex.functionWords.has(tokens[post - 1]!.lower) &&
    (/\p{Ll}er$/u.test(tokens[post - 1]!.text) || /[„“"»«]\s*$/.test(mention.trim()))
  )
    type = 'media';
  // a web address names its site: "Umweltbundesamt.de"
  const siteName = webSiteName(mention);
  const webSite = !!siteName;
  // a web address is the site it names: typed by its name ("Umweltbundesamt.de"), else a medium
  if (siteName) {
    type = classifySource(siteName, lex).type;
    if (type === 'person' || type === 'other') type = 'media';
  }
  let named: boolean;
  // (a name after the genitive: the body the mention is of, "einem Bericht der Talbex AG")
  const nameAfterGenitive = genitiveAt > 0 && nameWords.some((t) => tokens.indexOf(t) > genitiveAt);
  // "Kreisen des Ministeriums", "dem Umfeld der Ministerin": people around a body or a person, whoever it is, are nobody named
  const circle = ownPart.some((t) => CIRCLE.test(t.lower));
  if (webSite) named = true;
  else if (anonymousHead && !ownName)
    // (figures of a named body are identifiable, with or without an article: "Zahlen des Innenministeriums";
    // so are the reports of a body named by its name, whatever type it gives them: "Berichten der „Rundschau“",
    // not "Berichten der Lokalpresse")
    named =
      (singular ||
        (hasGenitiveBody && (DEFINITE.has(first) || type === 'document')) ||
        (ownPart.some((t) => isVague(t) && nounType(t, lex) === 'document') &&
          (QUOTED_GENITIVE.test(mention) || nameAfterGenitive))) &&
      !circle;
  else if (ownName || knownName)
    named = !INDEFINITE.has(first) || hasGenitiveBody || ownName || tokens.some((t) => namesWhoseSpokesperson(t, lex));
  // "ein Sprecher des Ministeriums" names the body; "ein Vertreter einer Firma" does not
  // ("einem Bericht der „Süddeutschen Zeitung“": a named body in the genitive names the document too)
  else if (INDEFINITE.has(first))
    named =
      (hasGenitiveBody ||
        nameAfterGenitive ||
        tokens.some((t) => OWNER_ACRONYM.test(t.text) || namesWhoseSpokesperson(t, lex)) ||
        (type === 'document' && ownedDocument(tokens, genitiveAt, lex))) &&
      !circle;
  else if (anonymousHead) named = hasGenitiveBody && DEFINITE.has(first) && !circle;
  // a definite mention, or a bare singular institution, also after adjectives: "laut Verfassungsschutz", "nach
  // Angaben der Polizei", "laut örtlicher Polizei"
  // (not a bare role of people of a party or a field, a plural as often as not: "Talberger Verkehrspolitiker";
  // nor a bare plural of bodies: "laut Menschenrechtsorganisationen", "laut deutschen Behörden")
  else {
    const head = tokens.findIndex((t) => !(ADJECTIVE_FORM.test(t.text) && !lex.functionWords.has(t.lower)));
    const bare = head < 0 ? [] : tokens.slice(head);
    named =
      DEFINITE.has(first) ||
      // (a possessive in any case: "aus ihrem Ministerium", "seiner Partei")
      (POSSESSIVE_FORMS.has(first) && BODY_TYPES.has(type)) ||
      (type !== 'other' &&
        type !== 'person' &&
        !!bare[0]?.cap &&
        (bare.length === tokens.length || (bare.length === 1 && BODY_TYPES.has(type))) &&
        !(bare.length === 1 && isPluralOfStem(bare[0]!.lower, lex)) &&
        !(
          type !== 'government' &&
          roleGender(tokens[tokens.length - 1], lex) === 'm' &&
          !relationalHead(tokens[tokens.length - 1]!, lex)
        ));
  }
  // (a group led by one the mention names is identified by them: "Forschende unter der Leitung der Biologin Lea
  // Roth", "ein Verbund unter Führung von Talbex")
  const leading = tokens.findIndex(
    (t, i) => LEADERSHIP.has(t.lower) && /^(?:unter|der)$/.test(tokens[i - 1]?.lower ?? ''),
  );
  if (
    !named &&
    leading > 0 &&
    tokens.slice(leading + 1).some((t) => nameWords.includes(t) || lex.nameTypes.has(t.lower))
  )
    named = true;
  // the role word of the mention's own part: the last word with a known stem that is no name
  // (a role before the name: "Ministerin Anna Roth"; not an institution named after a person, "Robert Koch-Institut")
  const firstName = nameWords.length ? tokens.indexOf(nameWords[0]!) : tokens.length;
  const roleWord = [...ownPart]
    .reverse()
    .find(
      (t) =>
        !nameWords.includes(t) &&
        t.cap &&
        tokens.indexOf(t) < firstName &&
        (relationalHead(t, lex) || nounType(t, lex)),
    );
  // (a person's gender: a name with the role or form of address it is given; a role alone says it too, "die Ministerin")
  const gender = namedAfter
    ? undefined
    : name
      ? (addressGender(tokens) ?? personGender(roleWord, name, lex))
      : roleGender(roleWord, lex);
  const party = partyOf(tokens, lex);
  // "SPÖ-Klubobfrau Anna Berger", "der SPD-Mann": a person's noun a party's name opens is a politician; so is
  // a party's expert for a field of policy ("der CDU-Gesundheitsexperte", "die Finanzexpertin der Grünen")
  if (type === 'person' && roleWord && partyOf([roleWord], lex)) type = 'politician';
  if (type === 'expert' && party && roleWord && PARTY_EXPERT.test(roleWord.lower)) type = 'politician';
  // "der Landesverband der SPD", "der SPD-Kreisverband", "die Jugendorganisation der CDU": a unit of a party is
  // the party's (not a body of its own kind: "die Stiftung der SPD")
  if (type === 'organization' && party && tokens.some((t) => PARTY_UNIT.test(t.lower) && !!nounType(t, lex)))
    type = 'politician';
  // (a role joined to it by "und" is the same person's too: "Kardiologe und Sportmediziner Tom Kahl")
  const at = roleWord ? tokens.indexOf(roleWord) : -1;
  const joined = at > 1 && tokens[at - 1]!.lower === 'und' ? tokens[at - 2]! : undefined;
  const alsoRole = joined?.cap && !nameWords.includes(joined) ? roleKey(joined, lex) : null;
  // "Talbex-Chef Tom Kahl": the name before the hyphen of a company officer's role is the firm's
  const firm = type === 'company' && name && roleWord ? firmBefore(roleWord, lex) : null;
  return {
    type,
    named,
    name,
    ...roleOf(roleWord, lex),
    ...(alsoRole && name ? { alsoRole } : {}),
    ...(firm ? { firm } : {}),
    mention,
    ...(guessed ? { guessed: true as const } : {}),
    ...(gender ? { gender } : {}),
    ...(party ? { party } : {}),
    ...(namedAfter ? { institution: true as const } : {}),
  };
}

/** The name before the hyphen of a role ("Talbex" in "Talbex-Chef") that no noun of the lexicon types, else null. */
function firmBefore(role: Token, lex: Lexicon): string | null {
  const parts = role.text.split('-');
  const first = parts[0]!;
  if (parts.length !== 2 || !/^\p{Lu}/u.test(first) || first.length < 2) return null;
  const t = tokenize(first)[0];
  return t && !nounType(t, lex) && !lex.functionWords.has(t.lower) ? first : null;
}

/**
 * Whether the text says the mention is a source by its own words, before any genitive: it names someone,
 * or a word is a known role, body or group ("Anwohner", "die Opposition"); not a noun typed by its ending
 * alone ("die Pläne", "die Pläne der Klinik").
 */
export function namesSource(mention: string, lex: Lexicon): boolean {
  const tokens = tokenize(mention).filter((t) => t.word);
  const genitiveAt = tokens.findIndex((t, i) => i > 0 && GENITIVE_ARTICLES.has(t.lower));
  const own = genitiveAt > 0 ? tokens.slice(0, genitiveAt) : tokens;
  const c = classifySource(own.map((t) => t.text).join(' '), lex);
  // (a name of two words or more, or one the lexicon knows: one capitalised word alone may be any noun)
  if (c.name && (!c.guessed || /\s/.test(c.name))) return true;
  return own.some((t) => isKnownNoun(t, lex) || lex.nameTypes.has(t.lower));
}

/** "Haus" in the sense of the institution its staff and the press call so: "das Haus", "des Hauses". */
const HOUSE = /^(?:haus|hauses)$/;

/**
 * Whether a mention is a relational role and nothing more: "ein Sprecher", "des Sprechers", "die Sprecherin";
 * also of the institution the text named last, called "das Haus" ("ein Sprecher des Hauses").
 */
export function isBareRole(mention: string, lex: Lexicon): boolean {
  let words = tokenize(mention).filter((t) => t.word);
  const k = words.length - 1;
  if (k >= 2 && HOUSE.test(words[k]!.lower) && DEFINITE.has(words[k - 1]!.lower)) words = words.slice(0, -2);
  const last = words[words.length - 1];
  if (!last || words.length > 2) return false;
  const r = relationalHead(last, lex);
  return (
    !!r &&
    !r.prefix &&
    (words.length === 1 || /^(?:ein|eine|einer|eines|einem|einen|der|die|das|des|dem|den)$/.test(words[0]!.lower))
  );
}
