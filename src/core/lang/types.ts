/**
 * What the attribution pipeline (src/core/attribution/) needs to know of a language: how noun
 * phrases and subjects are read, which tokens are speech verbs, how a mention is classified. One
 * implementation per language (lang/de/grammar.ts, lang/en/grammar.ts); the pipeline is shared.
 */
import type { Lexicon, LexiconData, VerbForm } from '../lexicon/index.js';
import type { Classified } from '../entities.js';
import type { Phrase } from '../phrase.js';
import type { Token } from '../tokens.js';
import type { SourceType } from '../schema.js';

/** A speech verb in a sentence. */
export interface VerbHit {
  /** The token whose subject is the speaker (the finite verb or its auxiliary). */
  anchor: number;
  cue: string;
  lemma: string;
  /** A passive ("wurde … zitiert", "was described as"): the speaker is the agent or nobody. */
  passive: boolean;
  /** The last token of the cue. */
  cueEnd: number;
  /** Which subjects it counts from (the lexicon's `needs`); 'finder': a finding with its content, from a document, an expert or a body ("The court found that …"). */
  needs?: VerbForm['needs'] | 'finder';
}

/** A noun of saying in a sentence: its token, the word that opens what was said, and its owner (null: nobody said whose). */
export interface SpeechNoun {
  at: number;
  that: number;
  owner: Phrase | null;
  /** The owner is a lone word nothing types: it counts only as a person the text has named ("Lob von Kahl"). */
  ownerIfKnown?: boolean;
}

export interface Grammar {
  /** The noun phrase that starts at token `i`, or null. */
  phraseAt(text: string, tokens: readonly Token[], i: number, lex: Lexicon): Phrase | null;
  /** The noun phrase that ends exactly at token `end` (exclusive), searching from `from`. */
  phraseEndingAt(text: string, tokens: readonly Token[], from: number, end: number, lex: Lexicon): Phrase | null;
  /** Who does the saying at a verb's anchor. */
  subjectAt(text: string, tokens: readonly Token[], verb: VerbHit, lex: Lexicon): Phrase | null;
  speechVerbs(tokens: readonly Token[], lex: Lexicon): VerbHit[];
  classify(mention: string, lex: Lexicon): Classified;
  /** People introduced with a role anywhere in a sentence, for resolving later surnames. */
  rolesWithNames(tokens: readonly Token[], lex: Lexicon): Classified[];
  /** First token of the clause that holds token `anchor`. */
  clauseStartBefore(tokens: readonly Token[], anchor: number): number;
  /** Words that introduce the agent of a passive ("von", "durch"; "by"). */
  agentWords: ReadonlySet<string>;
  /**
   * Whether token `k` joins a second verb group to the clause ("and | is being supported by", "und | wird
   * betreut"): a passive's agent after it is that verb's, not the first one's.
   */
  joinsVerbGroup?(tokens: readonly Token[], k: number): boolean;
  /**
   * The preposition a verb takes after its object ("accuse" → "of", "criticise" → "for"), which ends a
   * passive's agent: "was criticised by the union | for …".
   */
  objectPreposition?(lemma: string): string | undefined;
  /** What may stand right before a short quotation that still makes it a quote ("als", "called"). */
  shortQuoteIntro: RegExp;
  /** What before a quotation makes it a name, no quote ("so-called", "the slogan"; "sogenannte", "unter dem Motto"). */
  quoteNameIntro: RegExp;
  /**
   * Whether a noun right before a quotation takes it as its title, so that the quotation is a name
   * ("die Bürgerinitiative „Grüner Hang“", "die Zeitung „Kreisblatt“"), lower case; no person's noun.
   */
  takesTitle?(lower: string, lex: Lexicon): boolean;
  /** Whether headlines capitalise every word (English), so that capitals there name nobody. */
  titleCaseHeadlines: boolean;
  /**
   * Whether a phrase that opens a sentence is set off by a comma before the subject (English: "At the
   * hearing, Dana Reyes …"), rather than followed by the verb (German: "Bei der Anhörung sagte …").
   */
  commaAfterOpening: boolean;
  /**
   * Whether a headline may open with its source and a colon ("Studie: Kaffee schützt das Herz"): the
   * words that open one as a label of its own kind instead ("Fazit: …", "Analyse: …"); null if it may not.
   */
  headlineLabels: ReadonlySet<string> | null;
  /**
   * Words that before a colon and a quotation name the kind of text, no speaker ("LIVE: '…'",
   * "Liveticker: „…“", "WATCH: …"), lower case.
   */
  formatLabels: ReadonlySet<string>;
  /** Labels of an interview's answer before a colon ("A: …", "Antwort: …"), lower case: the interviewee speaks. */
  answerLabels?: ReadonlySet<string>;
  /**
   * Words that, as such a headline's source, stand for reports of the press, not for one document
   * ("Bericht: …" is what outlets report); null if none do.
   */
  headlinePress: ReadonlySet<string> | null;
  /** The cue shown for a quotation without a speech verb of its own. */
  quoteCue: string;
  /** The word after "„…“," that names the speaker ("so"), if the language has one. */
  quoteTail: string | null;
  /** Whether a reportative pattern match at token `at` really is reportative (German "sollen" is often a plan). */
  isReportative(id: string, text: string, tokens: readonly Token[], at: number): boolean;
  /** Which referent a pronoun takes: any named source, the last person, or the last body. */
  pronounKind(pronoun: string): 'any' | 'person' | 'body';
  /** The gender a pronoun cannot point to ("er": no woman; "sie", singular or plural: no man), or null. */
  pronounExcludes?(pronoun: string): 'm' | 'f' | null;
  /** Whether a pronoun of either number is plural by its finite verb ("sie fordern", "sie sagten"; not "sie sagte"). */
  pluralPronoun?(pronoun: string, verb: Token): boolean;
  /** Whether a finite verb is plural, so that its subject is no one person ("Die Forscher sagten"). */
  pluralVerb?(verb: Token): boolean;
  /** The definite article a preposition holds fused ("im": "dem", "zur": "der"), or null for any other word. */
  fusedArticle?(word: string): string | null;
  /** Whether a mention's head noun is plural where the verb does not say ("Teachers said", "the children"). */
  pluralNoun?(mention: string): boolean;
  /**
   * The type of a name that a relative clause set after it calls a thing ("Talbex, which sells wristbands": a
   * company; "Brandik, which …": a body), or null where the clause (`role`, as the phrase reader gives it) is no such clause.
   */
  relativeBody?(role: string, lex: Lexicon): SourceType | null;
  /**
   * Whether a role held at a body of this name is a sports club's team's coach, who speaks as a person ("Talbury
   * Rovers have sacked manager Tom Kahl"), not for the club, where a language's word of the role says both.
   */
  clubCoach?(role: string, body: string): boolean;
  /**
   * A definite noun of a person's age or country ("der 58-Jährige", "the 58-year-old", "die Schweizerin", "the
   * Spaniard"), which points back to the person named before as a pronoun does: the gender it cannot point to,
   * or null for either; undefined when the mention is no such noun.
   */
  ageReference?(mention: string, lex: Lexicon): 'm' | 'f' | null | undefined;
  /** Whether a word is the adjective of a country's people ("ukrainischen", "französischen"): of a people the lexicon's demonyms name. */
  isPeopleAdjective?(word: string, lex: Lexicon): boolean;
  /** Whether a mention is a role that speaks for a body it does not name ("ein Sprecher"), typed then by the body last named. */
  isBareRole?(mention: string, lex: Lexicon): boolean;
  /** Whether a mention names an office one person holds ("the US President"), for "he"/"she". */
  isOffice?(mention: string, lex: Lexicon): boolean;
  /**
   * The subject of a clause after the verb's own that leaves the verb out ("Die Anklage forderte vier Jahre,
   * die Verteidigung einen Freispruch"): a second speaker of the same verb; else null.
   */
  gappedSubject?(text: string, tokens: readonly Token[], v: VerbHit, lex: Lexicon): Phrase | null;
  /**
   * The people a group before the verb names in an insertion set off by commas, each a speaker too ("Mehrere
   * Minister, darunter Tom Kahl, kritisierten …", "Several ministers, including Tom Kahl, criticised …"): named
   * ones only, not "zwei Landwirte".
   */
  namedMembers?(text: string, tokens: readonly Token[], subj: Phrase, anchor: number, lex: Lexicon): Phrase[];
  /**
   * A second subject joined by "und" ("Polizei und Staatsanwaltschaft teilten mit"): a source of its
   * own, or with `join` one mention with the first ("die Gewerkschaften Talverdi und Kombex").
   */
  conjunct?(
    text: string,
    tokens: readonly Token[],
    subject: Phrase,
    lex: Lexicon,
  ): { phrase: Phrase; join: boolean } | null;
  /** A second source a speech verb names as its addressee: "told Reuters" → the agency. */
  addressee?(text: string, tokens: readonly Token[], verb: VerbHit, lex: Lexicon): Phrase | null;
  /** The owner of what a mention says it said or found, in the genitive: "Recherchen der Zeitung" → "der Zeitung". */
  owner?(text: string, tokens: readonly Token[], p: Phrase): Phrase | null;
  /** The possessive that owns a noun of saying, as a pronoun ("Seinen | Angaben zufolge"), or null. */
  possessiveOwner?(tokens: readonly Token[], p: Phrase, lex: Lexicon): Phrase | null;
  /** Whether the word after a cue opens a source's mention (for cues with `mentionAfter`): "nach Angaben der Polizei". */
  opensMention?(t: Token): boolean;
  /**
   * Whether token `n` is a Konjunktiv I form that continues reported speech ("sei", not "es sei
   * denn"): 'unambiguous' when no indicative shares the form, so that it reports speech far from any source.
   */
  konjunktivAt?(tokens: readonly Token[], n: number, lex: Lexicon): 'ambiguous' | 'unambiguous' | null;
  /**
   * Whose view the clause before a colon at `colon` gives, when it opens with it: "Für Trainer
   * Kreuz ist das kein Thema: „…“" (the quotation is theirs). Null where the language has no such opening.
   */
  perspectiveBefore?(text: string, tokens: readonly Token[], colon: number, lex: Lexicon): Phrase | null;
  /**
   * The type the holder of a role held before speaks as now, from the role's own type: a political
   * office's former holder as a politician, any other office's as a person; other types stay.
   */
  formerType?(type: SourceType, role: string): SourceType;
  /**
   * The tokens of the complement of a copula or a verb of leading or working at token `at`, right after a
   * subject: "Lea Roth ist | Professorin für Chemie|", "Roth is | a professor at Talbury University|", "Kahl
   * leitet | die Polizei|" (`leading`), up to a comma, a semicolon or the end; null when no such verb stands there.
   */
  predicative?(
    tokens: readonly Token[],
    at: number,
    lex: Lexicon,
  ): { from: number; to: number; leading: boolean } | null;
  /** Whether a phrase is marked by its case as no subject: "Den Hof führt der Bauer …", "Seinem Team …". */
  isOblique?(tokens: readonly Token[], p: Phrase): boolean;
  /** Whether a definite role ("die Vorsitzende") points back to the person introduced with it. */
  definiteRoles: boolean;
  /**
   * Whether what was said opens at token `i`, after a verb: a clause of "that", "how" ("dass", "wie", after
   * its comma) or a colon ("showed how …", "zeigen, dass …"), not an object ("shows a man in a car").
   */
  opensContent?(tokens: readonly Token[], i: number): boolean;
  /** The indefinite articles ("ein", "a"): a person introduced with one and no name stays unnamed when taken up again. */
  indefiniteArticles?: ReadonlySet<string>;
  /**
   * A role word's key as the grammar's classification gives it, where the language inflects its nouns
   * ("des Präsidenten" → "präsident"); else the lexicon's `roleKey`.
   */
  roleKey?(t: Token, lex: Lexicon): string | null;
  /**
   * Whether a role word (as `roleKey` gives it) names a person who holds the role ("Ministerin"),
   * not a body ("Ministerium", "Polizei"): only a person's role is taken for the person named just before.
   */
  personRole?(role: string, lex: Lexicon): boolean;
  /**
   * Whether a noun (lower case) names one person by a trade or role of any type ("officer", "doctor",
   * "Polizist"), no body ("ministry", "Behörde") and no text: one nobody named whom "she" or "er" may mean.
   */
  personNoun?(noun: string, lex: Lexicon): boolean;
  /** A mention's base form for display: nominative, without article ("des Umweltamts" → "Umweltamt"). */
  baseForm(mention: string, lex: Lexicon): string;
  /** The name in a possessive form of one word ("Brandiks" → "Brandik", "Roth's" → "Roth"), or null. */
  possessorName?(word: string): string | null;
  /**
   * Nouns of saying with their owner and a that-clause ("Kahl's announcement that …", "his vow on
   * Monday that …"): the noun's token, the conjunction's ("that", "dass") and the owner's mention.
   */
  speechNouns?(text: string, tokens: readonly Token[], lex: Lexicon): SpeechNoun[];
}

/** A language the analysis reads: registered once, in `src/core/lang/index.ts`. */
export interface Language {
  /** Primary language tag ("de"). */
  code: string;
  /** Frequent function words that tell a text of this language (see detect.ts). */
  markers: readonly string[];
}

/**
 * What the analysis of a language needs beyond its markers: its grammar and its lexicon data (bundled
 * where every language is, `packs.ts`; the content script loads the page's language's alone).
 */
export interface LanguagePack {
  grammar: Grammar;
  data: LexiconData;
}
