/**
 * The nominative base form of a German source mention, for display: "des Umweltamts" → "Umweltamt",
 * "einem internen Prüfbericht" → "interner Prüfbericht", "der Deutschen Presse-Agentur" →
 * "Deutsche Presse-Agentur". The article tells case, gender and number as far as it can; the
 * adjectives before the head noun take the strong ending of that gender without an article, and the
 * head noun loses its genitive or dative plural ending. What follows the head (a genitive, a
 * preposition, a name) stays as written. A mention without an article is returned unchanged.
 */
import { stemType, type Lexicon } from '../../lexicon/index.js';
import { ENGLISH_JOINERS } from './determiners.js';

type Gender = 'm' | 'f' | 'n' | 'pl';
/** What an article says: the case, and the genders it allows (the first the default). */
interface ArticleReading {
  genitive: boolean;
  dative: boolean;
  /** Dative or accusative of a masculine noun, where a weak noun takes -(e)n ("dem Präsidenten"). */
  oblique?: true;
  /** Genders and numbers the article allows, in the order tried. */
  genders: readonly Gender[];
}

const ARTICLES: Record<string, ArticleReading> = {
  des: { genitive: true, dative: false, genders: ['m', 'n'] },
  eines: { genitive: true, dative: false, genders: ['m', 'n'] },
  dem: { genitive: false, dative: true, oblique: true, genders: ['m', 'n'] },
  einem: { genitive: false, dative: true, oblique: true, genders: ['m', 'n'] },
  einer: { genitive: false, dative: false, genders: ['f'] },
  // "der": masculine nominative, or feminine genitive/dative, or genitive plural (adjectives tell)
  der: { genitive: false, dative: false, genders: ['m', 'f'] },
  // "den": masculine accusative or dative plural (the noun tells)
  den: { genitive: false, dative: false, oblique: true, genders: ['m', 'pl'] },
  einen: { genitive: false, dative: false, oblique: true, genders: ['m'] },
  die: { genitive: false, dative: false, genders: ['f', 'pl'] },
  das: { genitive: false, dative: false, genders: ['n'] },
  ein: { genitive: false, dative: false, genders: ['m', 'n'] },
  eine: { genitive: false, dative: false, genders: ['f'] },
};

/** Endings of neuter nouns (the rest of the masculine/neuter choice falls to masculine). */
const NEUTER =
  /(?:um|ment|amt|werk|chen|lein|tum|zentrum|büro|haus|kommando|militär|programm|parlament|unternehmen|blatt|portal|magazin|team|komitee|gremium|land|gericht|institut|ministerium|konsortium|bündnis|papier|dokument|schreiben|gutachten|protokoll|urteil|labor|netzwerk|kabinett|präsidium|sekretariat|direktorat|kommissariat|archiv|register|medium|organ|forum|büro)$/;
/** Masculine nouns of the weak declension by their ending: "des Präsidenten" → "Präsident". */
const WEAK_EN = /(?:ent|ant|ist|graf|graph|at|ot|ard)en$/;

/**
 * An adjective before the head noun: lower case ("internen", "29-jährige") with an inflection
 * ending and not a function word ("wegen"), or capitalised in a name in an oblique case
 * ("Deutschen Presse-Agentur") when a capitalised word follows; a place's "-er" form is invariable
 * ("Berliner") and a capitalised "-e" is more often a noun before a name ("Soziologe Jan …").
 */
function isAdjective(word: string, next: string | undefined, lex: Lexicon): boolean {
  if (/^(?:\d+-)?\p{Ll}/u.test(word))
    return word.length >= 4 && /(?:e|en|em|er|es)$/.test(word) && !lex.functionWords.has(word);
  return /^\p{Lu}/u.test(next ?? '') && /\p{Ll}en$/u.test(word);
}

/** An adjective with the strong ending of `g` (the form it has without an article). */
function strongAdjective(word: string, g: Gender): string {
  const stem = word.replace(/(?:en|em|er|es|e)$/, '');
  return stem + (g === 'm' ? 'er' : g === 'n' ? 'es' : 'e');
}

/** The head noun in the nominative singular (or plural) from its genitive or dative form. */
function nominativeNoun(noun: string, r: ArticleReading, g: Gender): string {
  if (/^[\p{Lu}\d-]+$/u.test(noun) || !/^\p{Lu}/u.test(noun)) return noun; // acronyms, quoted names
  if (r.genitive) {
    if (/nisses$/.test(noun)) return noun.slice(0, -3);
    if (WEAK_EN.test(noun)) return noun.slice(0, -2);
    if (/en$/.test(noun) && !/(?:um|ment|nehmen|chen)en$/.test(noun)) return noun.slice(0, -1);
    if (/(?:s|ß|x|z|sch|st|t|[^aeiouäöü]d|g)es$/.test(noun)) return noun.slice(0, -2);
    if (/[^s]s$/.test(noun) && !/(?:us|is)$/.test(noun)) return noun.slice(0, -1);
    return noun;
  }
  // a weak masculine in the dative or accusative: "dem Präsidenten", "dem Experten"
  if (r.oblique && g === 'm' && WEAK_EN.test(noun)) return noun.slice(0, -2);
  if (r.oblique && g === 'm' && /[^aeiouäöü]en$/.test(noun)) return noun.slice(0, -1);
  // dative plural "den Bürgern" → "Bürger", "Erkenntnissen" → "Erkenntnisse"
  if (g === 'pl' && /(?:er|el|nisse)n$/.test(noun)) return noun.slice(0, -1);
  return noun;
}

/** The gender and number a mention's article and words give. */
function genderOf(r: ArticleReading, article: string, head: string, adjectives: readonly string[]): Gender {
  const lower = head.toLowerCase();
  if (r.genders.length === 1) return r.genders[0]!;
  if (r.genders.includes('n') && r.genders.includes('m'))
    return NEUTER.test(lower) || (r.genitive && NEUTER.test(lower.replace(/e?s$/, ''))) ? 'n' : 'm';
  const weakAdj = adjectives.some((a) => /en$/.test(a));
  if (article === 'der') return weakAdj ? 'f' : 'm'; // "der neue Sprecher" / "der Deutschen Presse-Agentur"
  if (article === 'die') return weakAdj ? 'pl' : 'f'; // "die deutschen Behörden" / "die neue Ministerin"
  // "den": a plural noun ends in -n or (borrowed) -s; a masculine accusative rarely does
  return /(?:n|[^su]s)$/.test(lower) ? 'pl' : 'm';
}

/** Strips quotation marks around a mention that is only a quoted name ("«Talbote»"). */
function unquoted(s: string): string {
  const m = /^[«»„“”"‚‘’‹›']+(.+?)[«»„“”"‚‘’‹›']+$/u.exec(s);
  return m && !/[«»„“”"]/u.test(m[1]!) ? m[1]! : s;
}

/**
 * Without an article, an adjective's ending tells the case: "-em" the dative singular ("laut
 * städtischem Bauamt"), "-en" before a noun most often the dative plural ("nach ersten
 * Messungen"). A capitalised first word counts only with an adjective's suffix ("Örtlichen
 * Vereinen zufolge"): others may be a first name ("Jürgen"). (A dative plural noun keeps its "-n"
 * unless its form shows it, "-nissen", "-ern": "Berichten" and "Behörden" look alike.)
 */
const BARE: Record<string, ArticleReading> = {
  em: { genitive: false, dative: true, genders: ['m', 'n'] },
  en: { genitive: false, dative: true, genders: ['pl'] },
};

export function germanBaseForm(mention: string, lex: Lexicon): string {
  const words = mention.trim().split(/\s+/);
  const article = words[0]?.toLowerCase() ?? '';
  const first = words[0] ?? '';
  // (not a determiner that looks like one: "Deren Sprecher")
  const bare =
    (/^\p{Ll}/u.test(first) || /(?:isch|sch|lich|ig|er)en$/u.test(first)) &&
    !lex.functionWords.has(first.toLowerCase()) &&
    isAdjective(first, words[1], lex) &&
    /^\p{Lu}/u.test(words[1] ?? '')
      ? BARE[first.slice(-2)]
      : undefined;
  const reading = ARTICLES[article] ?? bare;
  // a noun alone in the dative plural of "-er", "-el" ("Händlern zufolge", "nach Angaben von Anwohnern"):
  // its nominative, where the lexicon knows that form as a noun of people ("Konzern", "Bayern" stay)
  if (!reading && words.length === 1 && /^\p{Lu}\p{Ll}+(?:er|el)n$/u.test(first)) {
    const nominative = first.slice(0, -1);
    if (!lex.nameTypes.has(first.toLowerCase()) && stemType(nominative.toLowerCase(), lex)) return nominative;
  }
  if (!reading || words.length < 2) return unquoted(mention.trim());
  const rest = bare ? words : words.slice(1);
  // (an institution's name in English has no German case: "des Office for National Statistics")
  if (rest.some((w, i) => i > 0 && ENGLISH_JOINERS.has(w) && /^\p{Lu}/u.test(rest[i + 1] ?? '')))
    return unquoted(rest.join(' '));
  // the head: the first capitalised word that is not an adjective; before it, adjectives and adverbs
  // (a capitalised word after a lower-case adjective is the noun: "die französischen Medien Le Monde")
  const adjective = (i: number) =>
    isAdjective(rest[i]!, rest[i + 1], lex) && !(/^\p{Lu}/u.test(rest[i]!) && /^\p{Ll}/u.test(rest[i - 1] ?? ''));
  // (not a noun a preposition governs inside an attribute before the head: "des in Bremen ansässigen Bauträgers")
  const inAttribute = (i: number) => i > 0 && lex.prepositions.has(rest[i - 1]!.toLowerCase());
  const all = rest.flatMap((w, i) => (/^\p{Lu}/u.test(w) && !adjective(i) ? [i] : []));
  const nouns = all.some((i) => !inAttribute(i)) ? all.filter((i) => !inAttribute(i)) : all;
  // in the genitive the head carries the case ("des Kieler Gutachters"): the first noun ending in it
  const head = (reading.genitive ? nouns.find((i) => /(?:s|en)[,;:]?$/.test(rest[i]!)) : undefined) ?? nouns[0] ?? -1;
  if (head < 0) return unquoted(rest.join(' '));
  const adjectives = rest.slice(0, head).filter((_, i) => adjective(i));
  const g = genderOf(reading, article, rest[head]!.replace(/[,;:]$/, ''), adjectives);
  const out = rest.map((w, i) => {
    if (i < head) return adjective(i) ? strongAdjective(w, g) : w;
    if (i > head) return w;
    const punct = /[,;:]$/.exec(w)?.[0] ?? '';
    return nominativeNoun(w.slice(0, w.length - punct.length), reading, g) + punct;
  });
  return unquoted(out.join(' '));
}
