/**
 * What the attribution steps share: the article being read (its sentences, lexicon, grammar and the
 * memory of sources named so far) and the sentence at hand (its tokens, quotations and what the steps
 * found in it). Every step is a function of these two; nothing else is shared between steps.
 */
import { isGivenName, lowered, type AccordingCue, type Lexicon } from '../lexicon/index.js';
import { BODY_TYPES, type Kind, type SourceType } from '../vocabulary.js';
import type { Sentence } from '../segment.js';
import { countWords, tokenize, type QuoteSpan, type Token } from '../tokens.js';
import type { Phrase } from '../phrase.js';
import { EntityMemory, roleId, upgrades, type Classified, type MemoryView } from '../entities.js';
import type { Grammar } from '../lang/types.js';
import { isQuoteMark } from '../quotes.js';

/** One attribution found in a sentence. */
export interface Found {
  sentenceIndex: number;
  kind: Kind;
  cue: string;
  cueId: string;
  source: string | null;
  resolved: string | null;
  type: SourceType | null;
  named: boolean;
}

/** A source as described for a report: the mention, whom it resolves to, its type, whether it is named. */
export interface Speaker {
  source: string;
  resolved: string | null;
  type: SourceType;
  named: boolean;
}

/** One decision of a step, for `--explain` and for tests: which step and cue produced or rejected what. */
export interface TraceEntry {
  sentence: number;
  step: string;
  decision: 'added' | 'rejected' | 'changed';
  cueId: string;
  cue: string;
  source: string | null;
  reason?: string;
}

/**
 * A sentence longer than this is not analysed for attributions: news prose does not come near it
 * (the longest of 2,320 labelled sentences has 482 characters), and the analysis of one sentence
 * does work that grows with its length squared. The report marks such sentences.
 */
export const MAX_ANALYSED_CHARS = 1000;

/** Whether a sentence is too long to be analysed (see MAX_ANALYSED_CHARS). */
export const tooLong = (s: { text: string }) => s.text.length > MAX_ANALYSED_CHARS;

/** A mention of one capitalised word, as a surname is written. */
/** Types of a role that the text may use for a person named before instead of the name ("die Musikerin", "der Experte"). */
const VARIED_ROLE_TYPES = new Set<SourceType>(['person', 'expert']);
/** Types of what was written, no group of people. */
const WRITINGS = new Set<SourceType>(['document', 'social_media']);
/** Types a person named before may have to be pointed back to by such a role (not a body). */
const PERSON_TYPES = new Set<SourceType>(['person', 'expert', 'company', 'organization', 'politician', 'media']);
const SINGLE_NAME = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*$/u;

/** A quote of fewer words counts only with a speech verb or "als" before it (scare quotes, titles). */
const MIN_QUOTE_WORDS = 3;
/** How far before a quotation the words that make it a name are looked for ("so-called Northern"). */
const NAME_INTRO_CHARS = 40;
/** A quoted title after its article has at most this many words ("das «Talberger Tagblatt»"). */
const MAX_TITLE_WORDS = 6;

/** How far before a quotation its article is looked for ("das «…»"): a word of a few letters. */
const ARTICLE_REACH = 12;

/** The word right before offset `at` in a block, in the `reach` characters before it, lower case ('' if a mark stands there). */
function wordBefore(block: string, at: number, reach = NAME_INTRO_CHARS): string {
  return /(\p{L}+)\s*$/u.exec(block.slice(Math.max(0, at - reach), at))?.[1]?.toLowerCase() ?? '';
}

/** An article or determiner of the language ("das", "the"). */
const isDeterminer = (lex: Lexicon, word: string | undefined) =>
  !!word && (lex.articles.has(word) || lex.determiners.has(word));

/** The type of a possessive's owner when it is a body's or an office's (no document: "Deren Vorsitzende" after a paper is the chair of a body); else null. */
const bodyTypeOf = (owner: { type: SourceType } | null): SourceType | null =>
  owner && owner.type !== 'person' && owner.type !== 'other' && owner.type !== 'document' ? owner.type : null;

/** How far before a short quotation the words that make it a quote are read ("als", "spricht von einem"). */
const SHORT_INTRO_CHARS = 16;

/** Whether the words before a quotation call something by it: "bezeichnete es als „…“", "described as “…”". */
export function calledAs(g: Grammar, block: string, q: QuoteSpan): boolean {
  return g.shortQuoteIntro.test(
    block
      .slice(Math.max(0, q.open - SHORT_INTRO_CHARS), q.open)
      .trim()
      .toLowerCase(),
  );
}

/** How far before a quotation its clause and colon are read for a verb of saying. */
const SAID_BEFORE_CHARS = 80;

/**
 * Whether a colon right before the quotation at `open` ends a clause with a verb of saying: "Kahl said:
 * “Never.”", "sagte Bürgermeister Tom Kahl: „Niemals.“" (not "Das Motto: „Mehr Mut“").
 */
function saidBefore(lex: Lexicon, block: string, open: number): boolean {
  const m = /([^.!?;,:]*):\s*$/u.exec(block.slice(Math.max(0, open - SAID_BEFORE_CHARS), open));
  if (!m) return false;
  return m[1]!
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((w) => lex.verbForms.has(w) || lex.participles.has(w));
}

/** A sentence, tokenized, with the quotations of its block that overlap it. */
export interface SentenceInfo {
  index: number;
  s: Sentence;
  tokens: Token[];
  quotedWords: number;
  /** Quote spans of the block that overlap this sentence. */
  spans: QuoteSpan[];
}

/**
 * Whether a sentence opens with a label of the text's own and a colon ("Live: …", "Q: …", "Frage: …"):
 * the label names no speaker.
 */
export function opensWithLabel(tokens: readonly Token[], grammar: Grammar): boolean {
  return tokens[1]?.text === ':' && grammar.formatLabels.has(tokens[0]?.lower ?? '');
}

/** Whether a sentence opens with a quotation. */
export function opensWithQuote(tokens: readonly Token[]): boolean {
  const t = tokens[0];
  return !!t && (t.quoted || isQuoteMark(t.text));
}

/** Patterns built from a language's articles, the same for every article of the language. */
interface ArticlePatterns {
  /** An article at the start of a mention. */
  articleLead: RegExp | null;
  /** An article of the nominative at the start of a mention. */
  nominativeLead: RegExp | null;
  /** A feminine (or plural) article that opens a mention. */
  feminineLead: RegExp | null;
  /** "das Institut", "the center": a definite mention of one noun, the noun in group 1. */
  definiteHead: RegExp | null;
  /** "die ehemalige Vorsitzende", "der Anwalt": a definite role of a few words (where the grammar reads them). */
  definiteRole: RegExp | null;
  /** "der Präsident der Kammer", "a spokesperson for the agency": a definite noun that ends a mention after its head. */
  definiteEnd: RegExp | null;
}

/**
 * The noun a mention of a person by a role ends its head with, after its article and before a complement:
 * "ein Taxifahrer" and "der Taxifahrer" → "taxifahrer", "a nurse at the clinic" and "the nurse" → "nurse".
 */
function personKey(mention: string, lex: Lexicon): string {
  const words = mention.toLowerCase().split(/\s+/).slice(1);
  const end = words.findIndex((w) => lex.prepositions.has(w));
  return (end < 0 ? words : words.slice(0, end)).pop() ?? '';
}

/** A mention's last word: its head, where nothing follows it ("two employees", "Roth's lawyers"). */
const headOf = (mention: string): string => mention.trim().split(/\s+/).pop()!;

/** Whether a mention's last word is a noun of a group of people: a collective ("family") or a plural ("lawyers"). */
function isGroupHead(mention: string, lex: Lexicon, g: Grammar): boolean {
  const head = headOf(mention);
  return lex.collectives.has(head.toLowerCase()) || (!!g.pluralNoun?.(head) && !/['’‘]s$/.test(head));
}

/** Each lexicon's patterns, built once (a lexicon belongs to one grammar). */
const PATTERNS = new WeakMap<Lexicon, ArticlePatterns>();

function patternsOf(lex: Lexicon, grammar: Grammar): ArticlePatterns {
  let p = PATTERNS.get(lex);
  if (p) return p;
  const articles = [...lex.articles].join('|');
  const nominative = [...lex.nominative].join('|');
  const feminine = [...lex.feminine].join('|');
  // (the article's first letter in either case, the rest as written: "Die Bahn", not "DIE Bahn")
  const either = [...lex.articles].map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
  p = {
    articleLead: articles ? new RegExp(`^(?:${articles})\\s+`, 'i') : null,
    nominativeLead: nominative ? new RegExp(`^(?:${nominative})\\s+`, 'i') : null,
    feminineLead: feminine ? new RegExp(`^(?:${feminine})\\s+`, 'i') : null,
    definiteHead: articles ? new RegExp(`^(?:${either})\\s+(\\p{Lu}?[\\p{Ll}]{3,})$`, 'u') : null,
    definiteRole:
      articles && grammar.definiteRoles ? new RegExp(`^(?:${articles})(?:\\s+[\\p{L}-]+){1,3}$`, 'iu') : null,
    definiteEnd: articles ? new RegExp(`\\s((?:${articles})\\s+\\p{Lu}?[\\p{Ll}]{3,})$`, 'u') : null,
  };
  PATTERNS.set(lex, p);
  return p;
}

/** The type of a short form in `forms` that a mention holds ("NDB-Sprecherin" → the NDB's), or null. */
function shortFormOf(forms: ReadonlyMap<string, SourceType>, mention: string): SourceType | null {
  for (const part of mention.toLowerCase().split(/[\s-]+/)) {
    const t = forms.get(part);
    if (t) return t;
  }
  return null;
}

/**
 * Words written as a title is in a language that capitalises it: two or more capitalised, every one but
 * the function words, and no question or exclamation in them ("The Long Road", "Songs of the Sea,"; not
 * "This is it").
 */
function isTitleCased(quoted: string, lex: Lexicon): boolean {
  if (/[!?]/.test(quoted)) return false;
  const words = quoted.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w));
  return (
    capitalised.length >= 2 &&
    capitalised[0] === words[0] &&
    words.every((w) => /^\p{Lu}/u.test(w) || lex.functionWords.has(w.toLowerCase()))
  );
}

/** A paragraph of sentences ends so (a heading or a credit line does not). */
export const SENTENCE_END = /[.!?…:;]\s*[\p{Pf}\p{Pe}\p{Pi}"']*\s*$/u;

/** The article being read: its sentences and everything the steps remember across sentences. */
export class Article {
  readonly memory: EntityMemory;
  /** Everything found so far, in sentence order. */
  readonly found: Found[] = [];
  /** People the text named with a firm only and then called "the expert" (lateRoles types all their rows). */
  readonly calledExpert = new Set<string>();
  /** The speaker of each quote span, keyed by block and opening offset. */
  readonly spanSpeaker = new Map<string, Speaker>();
  /** The quote spans of each sentence with a quote, to give a speaker found later to earlier sentences. */
  readonly spanKeysOf = new Map<number, string[]>();
  /** Quotes that took the previous speaker for want of their own. */
  readonly borrowed = new Set<Found>();
  /** Quotes whose mention stands in a neighbouring sentence of the same quotation. */
  readonly carried = new Set<Found>();
  /** The last source that spoke, and in which sentence. */
  lastSpeaker: (Speaker & { at: number }) | null = null;
  /** The name that opened the sentence before, with the role words of that sentence. */
  opened: { name: string; at: number; roles: string[] } | null = null;
  /** The last named person who opened a sentence without speaking in it: "Regisseurin Eva Roth hat dafür Interviews geführt." */
  lastSubject: (Speaker & { at: number }) | null = null;
  /** The interview answer the current paragraph is ("Roth: …", or a paragraph after a question), with its speaker. */
  answer: { block: number; speaker: Speaker; labelled: boolean } | null = null;
  /** The person who answered by name in an interview transcript: later answers without a name are theirs. */
  interviewee: Speaker | null = null;
  /**
   * In the sentence being read, the token where the first person it introduces is named, what a
   * pronoun could point to before that ("Er berichtete, dass die Firma Talbex …": "er" is not Talbex),
   * and the sentence's tokens.
   */
  namedFrom: { at: number; view: MemoryView; tokens: readonly Token[] } | null = null;
  /**
   * The body the last noun phrase of the sentence before names, when this sentence opens with a
   * demonstrative possessive that points there ("… von einer Bürgerinitiative. Deren Sprecherin …").
   */
  demonstrated: { type: SourceType; anonymous?: boolean } | null = null;
  /**
   * In the sentence being read, a name that opens it which nothing types and the text has not named before
   * ("Talbex will cut 1,200 jobs, the company said"): what a noun of a body's kind later in it may be.
   */
  openingName: Phrase | null = null;
  /** Whether a study, report or other document has been a source of the text so far. */
  private citedDocument = false;
  /** Whether the paragraph before was an interview question. */
  afterQuestion = false;
  /** The cue id of the lexicon's quote tail ("…“, so X"), if it has one. */
  readonly quoteTailId: string | null;
  /** Short forms the text introduced for bodies ("… Nachrichtendienst (NDB)"), lower case, with the body's type. */
  readonly shortForms = new Map<string, SourceType>();
  private readonly wordCounts = new Map<string, number>();
  private readonly patterns: ArticlePatterns;

  constructor(
    readonly blocks: readonly string[],
    readonly sentences: readonly SentenceInfo[],
    readonly lex: Lexicon,
    readonly grammar: Grammar,
    readonly trace: TraceEntry[] | null = null,
    /** The classification of each mention, shared with whoever reads the article's attributions after (display names). */
    private readonly classified = new Map<string, Classified>(),
  ) {
    const p = (this.patterns = patternsOf(lex, grammar));
    this.memory = new EntityMemory(
      (m) => (p.articleLead ? m.replace(p.articleLead, '') : m),
      (m) => (p.nominativeLead ? m.replace(p.nominativeLead, '') : m),
      (m) => !!p.feminineLead?.test(m),
      (name) => !!lex.feminineEnding?.test(name.split(/[\s-]+/).pop() ?? ''),
    );
    this.quoteTailId = lex.according.find((a: AccordingCue) => a.quoteTail)?.id ?? null;
  }

  /** The role words of private people introduced with an indefinite article and no name ("ein Taxifahrer"). */
  private readonly anonymousPeople = new Set<string>();

  /** Surnames of the people the whole text names by a given name and a surname (read once, when first asked). */
  private surnames: Set<string> | null = null;

  /**
   * Whether the text names, anywhere, a person by a given name and the surname `word` ("Kahl" in a
   * subheading "Lob von Kahl" before the paragraph that names "Bürgermeister Tom Kahl").
   */
  namesSurname(word: string): boolean {
    if (!this.surnames) {
      const { givenNames } = this.lex;
      this.surnames = new Set();
      for (const { tokens } of this.sentences)
        for (let i = 1; i < tokens.length; i++) {
          const t = tokens[i]!;
          const before = tokens[i - 1]!;
          if (t.cap && !t.quoted && before.cap && !before.quoted && givenNames.has(before.lower))
            this.surnames.add(t.text);
        }
    }
    return this.surnames.has(word);
  }

  /**
   * The quotation of the sentence before `index` that a speaker named after it may take: its row, a quote
   * nobody claims or one that borrowed the speaker before; 'new' where that sentence has no row yet; null
   * where it has rows of its own.
   */
  quoteBefore(index: number): Found | 'new' | null {
    const before = this.found.filter((f) => f.sentenceIndex === index - 1);
    const guess = before.find((f) => f.kind === 'quote' && (this.borrowed.has(f) || (!f.source && !f.resolved)));
    return guess ?? (before.length ? null : 'new');
  }

  /** Gives the quotation before sentence `s` (see `quoteBefore`) the speaker named in `s`. */
  giveQuoteBefore(
    s: SentenceState,
    target: Found | 'new',
    speaker: Speaker,
    reason = 'speaker named in the next sentence',
  ): void {
    const said = { source: speaker.source, resolved: speaker.resolved, type: speaker.type, named: speaker.named };
    const sentence = s.index - 1;
    if (target === 'new') {
      const cue = this.grammar.quoteCue;
      this.found.push({ sentenceIndex: sentence, kind: 'quote', cue, cueId: 'quote', ...said });
      this.note({ sentence, step: s.step, decision: 'added', cueId: 'quote', cue, source: said.source });
      return;
    }
    Object.assign(target, said);
    this.borrowed.delete(target);
    this.note({
      sentence,
      step: s.step,
      decision: 'changed',
      cueId: target.cueId,
      cue: target.cue,
      source: said.source,
      reason,
    });
  }

  /**
   * Whether `word` is the surname of a person the text named by a given name and that surname ("Richter"
   * after "Anna Richter", "Berger" after "Anna Berger").
   */
  isSurname(word: string): boolean {
    return this.memory.isSurname(word, (n) => isGivenName(n, this.lex));
  }

  /** Notes a mention of a private person with an indefinite article and no name ("eine Anwohnerin", "a nurse at the clinic"). */
  noteAnonymousPerson(mention: string): void {
    const first = mention.split(/\s+/, 1)[0]!.toLowerCase();
    if (this.grammar.indefiniteArticles?.has(first)) this.anonymousPeople.add(personKey(mention, this.lex));
  }

  /** The classification of a mention (the same mentions recur): a copy each time, callers may change it. */
  classify(mention: string): Classified {
    let c = this.classified.get(mention);
    if (!c) this.classified.set(mention, (c = this.grammar.classify(mention, this.lex)));
    return { ...c };
  }

  /**
   * The type of the body a name before a role typed only by its fallback names ("Talbex Airways spokesperson
   * Tom Kahl"): as the text typed it before, else as the name says ("… Airways": a firm); null where neither
   * types a body. A sports club's coach by `role` speaks as a person ("Talbury Rovers manager Tom Kahl").
   */
  firmType(name: string, role?: string | null): SourceType | null {
    if (role && this.grammar.clubCoach?.(role, name)) return 'person';
    const known = this.memory.typeOf(name);
    if (known) return BODY_TYPES.has(known) ? known : null;
    const c = this.classify(name);
    return !c.guessed && BODY_TYPES.has(c.type) ? c.type : null;
  }

  /**
   * The type of whom a possessive before a role points to ("ihr Vorsitzender", "his spokesman", "Its
   * chief executive"), when it is a body's or an office's; else null.
   */
  ownerType(possessive: string): SourceType | null {
    return bodyTypeOf(this.owner(possessive));
  }

  /** Whom a possessive before a role points to, named or not ("seine Sprecherin", "her lawyer"), if anyone. */
  private owner(possessive: string): { type: SourceType; anonymous?: boolean } | null {
    const { memory, grammar: g } = this;
    // (of the possessive's gender: "her spokesman" is a woman's, "ihre Sprecherin" a woman's or a body's;
    // a body first, then, for a possessive of a gender but of no kind, a person of that gender too)
    if (this.demonstrated && this.lex.demonstratives.has(possessive.toLowerCase())) return this.demonstrated;
    const kind = g.pronounKind(possessive);
    const not = g.pronounExcludes?.(possessive) ?? undefined;
    let owner = kind === 'person' ? memory.pronoun('person', not) : memory.possessorBody();
    if ((!owner || owner.type === 'document') && kind === 'any' && not) owner = memory.pronoun('any', not);
    return owner ?? null;
  }

  /** Words in a quotation, counted once per quotation (a long quote spans many sentences). */
  quoteWords(block: number, q: QuoteSpan): number {
    // (each paragraph of a quotation over several by itself)
    const key = `${block}:${q.open}`;
    let n = this.wordCounts.get(key);
    if (n === undefined) this.wordCounts.set(key, (n = countWords(this.blocks[block]!.slice(q.open + 1, q.close))));
    return n;
  }

  /**
   * The one body of a type the text named by a name of its own, for a noun of its kind alone; a noun of an
   * authority of government names a court's, a prosecutor's or the police's too, when the text named no
   * authority of government ("Die Staatsanwaltschaft Talberg erhob Anklage. … teilte die Behörde mit").
   */
  private byKind(type: SourceType): { name: string; type: SourceType } | null {
    const own = this.memory.byKind(type);
    if (own || type !== 'government') return own;
    for (const t of AUTHORITIES) {
      const other = this.memory.byKind(t);
      if (other) return other;
    }
    return null;
  }

  /** The head noun of a definite mention of one noun ("das Institut" → "Institut"), or null. */
  definiteHead(mention: string): string | null {
    return this.patterns.definiteHead?.exec(mention)?.[1] ?? null;
  }

  /** Whether a mention is a definite role of a few words ("die ehemalige Vorsitzende", "der Anwalt"). */
  isDefiniteRole(mention: string): boolean {
    return !!this.patterns.definiteRole?.test(mention);
  }

  /**
   * Whether a classification is a person named with an author's role ("Lead author Dana Reyes"), after the text
   * cited a study or report: one of its researchers.
   */
  namedAuthor(c: Classified): boolean {
    return c.type === 'person' && !!c.name && !!c.role && this.citedDocument && this.lex.documentAuthors.has(c.role);
  }

  /**
   * Whether a mention goes on after its head with a complement, an article or a preposition past its first two
   * words ("Der Pächter der Tankstelle", "the owner of the shop"; not "The duchess"): it introduces whom it
   * names rather than pointing back.
   */
  private hasComplement(mention: string): boolean {
    const words = mention.toLowerCase().split(/\s+/);
    return words.slice(2).some((w) => this.lex.articles.has(w) || this.lex.prepositions.has(w));
  }

  /**
   * "Talbex will cut 1,200 jobs, the company said": a noun of a body's kind later in a sentence that a name
   * nothing types opens is that name's body, of the noun's type (remembered so, for "a spokesperson for
   * Talbex" later); null where no such name opens the sentence.
   */
  private adoptOpening(p: Phrase, type: SourceType): { name: string; type: SourceType } | null {
    const o = this.openingName;
    if (!o || !ADOPTING.has(type) || p.from < o.to || p.plural || this.grammar.pluralNoun?.(p.text)) return null;
    this.memory.remember({ type, named: true, name: o.text });
    return { name: o.text, type };
  }

  /**
   * Whether a mention is the authors of a text, with an article or a possessive ("die Autoren", "its authors"),
   * in both genders too ("die Autorinnen und Autoren": the noun, a word that joins, the noun).
   */
  private isAuthors(mention: string): boolean {
    const words = mention.toLowerCase().split(/\s+/);
    const authors = this.lex.documentAuthors;
    return (
      (words.length === 2 || (words.length === 4 && authors.has(words[3]!))) &&
      authors.has(words[1]!) &&
      (this.isDefinite(mention) || this.lex.possessives.has(words[0]!))
    );
  }

  /**
   * Whether a phrase holds a word the lexicon knows as a vague source ("Insider", "sources", "an aide"),
   * before any preposition: the head stands before its complements ("sources close to the club"; "weak
   * demand from data centres" names no source).
   */
  namesVague(tokens: readonly Token[], p: Phrase): boolean {
    for (let i = p.from; i < p.to; i++) {
      const t = tokens[i]!;
      if (i > p.from && this.lex.prepositions.has(t.lower)) return false;
      if (this.lex.anonymous.has(t.lower)) return true;
    }
    return false;
  }

  /**
   * Whether a classification holds the role of a person ("the mayor", "der Kanzler"), not a body's ("die
   * Polizei" holds one in German); where the grammar cannot tell, every role is a person's.
   */
  holdsPersonRole(c: Classified): boolean {
    return !!c.role && (this.grammar.personRole?.(c.role, this.lex) ?? true);
  }

  /** Whether a noun (lower case) names one person by a trade or role, in the singular ("officer", "Polizist"). */
  isPersonNoun(noun: string): boolean {
    const g = this.grammar;
    return !g.pluralNoun?.(noun) && !!g.personNoun?.(noun, this.lex);
  }

  /** Whether a mention starts with a definite article. */
  isDefinite(mention: string): boolean {
    return !!this.patterns.articleLead?.test(mention);
  }

  /** Whether a heading (a block without closing punctuation) stands between two sentences: a new section begins. */
  headingBetween(from: number, to: number): boolean {
    const a = this.sentences[from]?.s.block;
    const b = this.sentences[to]?.s.block;
    if (a === undefined || b === undefined) return false;
    for (let k = a + 1; k < b; k++) if (!SENTENCE_END.test(this.blocks[k] ?? '')) return true;
    return false;
  }

  /** The noun phrase that opens the sentence (after focus words), if it ends before token `end`. */
  subjectBefore(text: string, tokens: readonly Token[], end: number): Phrase | null {
    const start = tokens.findIndex((t) => t.word && !t.quoted && !this.lex.focusWords.has(t.lower));
    const p = start >= 0 && start < end ? this.grammar.phraseAt(text, tokens, start, this.lex) : null;
    return p && p.to < end ? p : null;
  }

  /** The first word of a clause after focus words ("auch", "nur"), from token `start`. */
  firstWordAt(tokens: readonly Token[], start: number): number {
    let i = start;
    while (i < tokens.length && (!tokens[i]!.word || this.lex.focusWords.has(tokens[i]!.lower))) i++;
    return i;
  }

  /** Whether a source found so far is `name`, by its mention or by whom it resolves to. */
  spoke(name: string): boolean {
    return this.found.some((f) => f.source === name || f.resolved === name);
  }

  /** Whether a source found so far resolves to a name that holds every word of `name` ("Roth" for "Lea Roth"). */
  heardAs(name: string): boolean {
    const words = name.split(' ');
    return this.found.some((f) => {
      const own = (f.resolved ?? f.source ?? '').split(' ');
      return words.every((w) => own.includes(w));
    });
  }

  /**
   * The body a definite noun alone points back to: the body named before whose name ends in it ("die Bahn"
   * after "Die Talberger Bahn"), a lone word nothing typed that it adopts, or the one of its kind named last
   * ("Der Konzern" after "Die Talbex AG"); without `adopt`, only one the text typed so (the memory unchanged).
   */
  bodyByHead(p: Phrase, c: Classified, head: string, adopt = true): { name: string; type: SourceType } | null {
    const { memory, grammar: g, lex } = this;
    return (
      memory.byHead(head.toLowerCase(), c.type === 'document') ??
      // (one body for one noun: "die Stromanbieter", "the carriers" are several)
      (adopt && ADOPTING.has(c.type) && !p.plural && !g.pluralNoun?.(p.text)
        ? memory.adoptBody(c.type, (name) => this.spoke(name))
        : null) ??
      (lex.kindNouns.has(head.toLowerCase()) ? this.byKind(c.type) : null) ??
      (adopt ? this.adoptOpening(p, c.type) : null)
    );
  }

  /**
   * A mention as a source: whom it names or points back to, and its type. With `remember` the
   * article's memory learns of it (a name, a role, a body); without, it is only read. Without
   * `pointBack` a role nobody was introduced with stays unresolved (a genitive owner: "nach Schätzungen
   * der Forscher" is a plural).
   */
  describe(p: Phrase, remember = true, pointBack = true, speaks = true): Speaker {
    const { memory, grammar: g, lex } = this;
    // (what points back before the sentence's first name points to whom the text named before it; so does a
    // pronoun in the clause of that name, which it cannot mean: "Gegenüber dem Sender Talbo TV sagte sie, …")
    const from = this.namedFrom;
    const earlier =
      from && (p.from < from.at || (p.pronoun && g.clauseStartBefore(from.tokens, p.from) <= from.at))
        ? from.view
        : undefined;
    if (p.pronoun) {
      const kind = g.pronounKind(p.text);
      const not = g.pronounExcludes?.(p.text) ?? undefined;
      let ref = memory.pronoun(kind, not, earlier, !!not && !p.plural);
      // ("Sie fordern …": a plural points to a group or a body, never to one the text named by name, nor
      // to one private person nobody named, for whom it points where it did before)
      if (p.plural && ref?.before !== undefined) ref = ref.before;
      if (p.plural && ref && memory.isOne(ref.name)) ref = null;
      // (a pronoun only a person takes tells that person's gender: "she" is no "he" after it)
      if (ref && kind === 'person' && not && !p.plural) memory.learnGender(ref, not === 'm' ? 'f' : 'm');
      return {
        source: p.text,
        resolved: ref?.name ?? null,
        // (a pronoun of things that points to nobody known is no person: "it says")
        type: ref?.type ?? (kind === 'body' ? 'other' : 'person'),
        named: !!ref && !ref.anonymous,
      };
    }
    // "sagte die 58-Jährige", "the 58-year-old said": the person named before, as a pronoun would
    // (not one the sentence names after it: "ließ der 34-Jährige über seinen Anwalt Tom Kahl erklären")
    const age = g.ageReference?.(p.text, lex);
    if (age !== undefined) {
      const ref = memory.pronoun('person', age ?? undefined, earlier);
      // (one nobody named stays unnamed: "Ein Nachbar …, erzählte der 63-Jährige")
      if (ref) return { source: p.text, resolved: ref.name, type: ref.type, named: !ref.anonymous };
    }
    let c = this.classify(p.text);
    // a lone word the grammar took for a common noun ("Brandik" ends like "Kritik"), that is the surname
    // of a person the article named: that person
    // (or its possessive: "aus Brandiks Sicht")
    // (or one it reads as a role or a body, the surname of a person named with given name and gender:
    // "Richter" after "Anna Richter")
    const lone = SINGLE_NAME.test(p.text) && (c.name === null || c.name === p.text);
    const surname = lone && c.type !== 'other' && c.type !== 'person' && this.isSurname(p.text);
    if (lone && (c.type === 'other' || c.type === 'person' || surname)) {
      const name = memory.knows(p.text) ? p.text : g.possessorName?.(p.text);
      if (name && memory.knows(name)) {
        c.name = name;
        c.type = 'person';
        c.named = true;
        // (the role's gender and office are not the person's: "Richter" is Anna Richter)
        if (surname) {
          delete c.gender;
          c.role = null;
        }
      }
    }
    // "Talbex, which sells wristbands, said": a name nothing typed that the clause after it calls a thing is a
    // body (what the clause holds types no person: "Brandik, which campaigns for cyclists")
    if (p.role && c.guessed && c.type === 'person') c.type = g.relativeBody?.(p.role, lex) ?? c.type;
    // (a role set after the name says more than a form of address: "Dr Tom Kahl, a member of the task force")
    // (not where the role noun before the name said it and what follows names only where the person comes
    // from: "striker Tom Kahl from Brandik Athletic")
    const origin = !!p.affiliation && c.type === 'person' && !c.guessed && !c.byTitle;
    if (p.role && (c.type === 'person' || c.type === 'other' || c.byTitle) && !origin) {
      const own = this.classify(p.role).type;
      // (a role held before: "Tom Kahl, who was a transport adviser at the ministry")
      const r = p.roleFormer ? (g.formerType?.(own, p.role) ?? own) : own;
      if (r !== 'person' && r !== 'other') c.type = r;
    }
    // "Tom Kahl, a spokesman for Talbex", "a spokesman for Talbex": a role that speaks for a body it names by a
    // name alone is of the kind the text gave that body ("The software firm Talbex …")
    const roleText = p.role ?? (c.type === 'other' && c.guessed ? p.text : null);
    if (roleText && (c.type === 'person' || c.type === 'other')) {
      const body = BODY_NAME_AT_END.exec(roleText)?.[1];
      const speaksFor =
        !!body &&
        roleText
          .toLowerCase()
          .split(/\s+/)
          .some((w) => lex.speaksFor.has(w) || lex.relational.has(w));
      const kind = speaksFor ? memory.typeOf(body) : null;
      if (kind && BODY_TYPES.has(kind)) c.type = kind;
      // (or for a person the text named with a given name: "Lea Roth … a spokesperson for Roth")
      else if (speaksFor && !kind && c.type === 'other' && memory.knowsPerson(body!)) c.type = 'person';
    }
    // "Die Autoren warnen", "Its authors said": the authors of a study or report the text named as a
    // source are researchers, as "die Autoren der Studie" are
    if (c.type === 'person' && !c.name && this.citedDocument && this.isAuthors(p.text)) c.type = 'expert';
    // (and so is one named with an author's role: "Lead author Dana Reyes", "Hauptautorin Anna Berger")
    if (this.namedAuthor(c)) c.type = 'expert';
    // "About one in eight patients had side effects, the paper reported": a noun of a newspaper that is a
    // document's too, taken up after a study or report the text cited and with no medium named, is the document
    if (c.type === 'media' && this.citedDocument && !memory.latestOfTypes(MEDIA)) {
      const head = this.definiteHead(p.text)?.toLowerCase();
      if (head && lex.nounTypes.some(([n, t]) => n === head && t === 'document')) c.type = 'document';
    }
    if (c.type === 'document') this.citedDocument = true;
    // "die NDB-Sprecherin", "laut AFS": a short form the text introduced says what the body is
    const short = this.shortForms.size ? shortFormOf(this.shortForms, p.text) : null;
    // (a document stays one: "eine Befragung des RMV" is the poll, not the body)
    if (short && c.type !== 'document') c.type = short;
    // "ein Sprecher", "des Sprechers": the spokesperson of the body the text last named
    if (c.type === 'other' && g.isBareRole?.(p.text, lex)) c.type = memory.institutionType() ?? c.type;
    // "Sprecherin Anna Berger", "spokeswoman Dana Reyes", "Direktorin Anna Berger": a spokesperson or
    // another relational role by name, the mention saying no body, speaks for the one the text named last
    // too (not as a private person)
    // ("Kahl's spokesperson, Lea Roth": the spokesperson of the person the possessive names, of their type)
    // ("eine Talbex-Sprecherin": of the body the compound names, as the text introduced it, "die Talbex AG")
    // (or a role's fallback type, which is only a guess too: "chairman Jan Brandik" after a club, when no
    // other name before the role says whose: "Reyes senior adviser Tom Kahl")
    // (the words before the name: a compound there is no double name, "CPM-Mitglied Anna Berger-Kahl")
    const before = c.name && p.text.includes(c.name) ? p.text.slice(0, p.text.indexOf(c.name)) : p.text;
    // ("Rovers manager Tom Kahl" after "Talbury Rovers": the name before a role typed only by its fallback is the
    // body the text named by it, of the kind the text gave that body)
    const firmType = c.fallback && c.firm ? this.firmType(c.firm, c.role) : null;
    if (firmType) c.type = firmType;
    else if (
      (c.guessed || (c.fallback && !namedBefore(before, (w) => memory.knows(w)))) &&
      !c.modifier &&
      c.role &&
      (lex.speaksFor.has(c.role) || (c.name && lex.relational.has(c.role)))
    ) {
      const owner = (c.name ? OWNER.exec(p.text)?.[1] : undefined) ?? COMPOUND_OWNER.exec(before)?.[1];
      if (owner || c.name) c.type = (owner ? memory.typeOf(owner) : memory.institutionType()) ?? c.type;
    }
    // "Two employees told …", "Zwei Mitarbeiter sagten …": one of a body's staff nobody named, of no body the
    // mention names, is of the body the text named last
    else if (!c.name && c.type === 'other' && lex.staff.has(headOf(p.text).toLowerCase()))
      c.type = memory.institutionType() ?? c.type;
    // "ihr Vorsitzender Tom Kahl", "dessen Sprecherin", "Its chair, Jana Roth", "his spokesman": a role a
    // possessive owns speaks for whom the text named last (a person for "his", "her")
    const [owning, ...ownedWords] = p.text.toLowerCase().split(/\s+/);
    // ("seine Sprecherin", "his lawyer": the role of one the text named is identified by its owner)
    let owned = false;
    // ("her office", "sein Büro": the office or staff of whom the possessive points to speaks for them)
    if (
      lex.possessives.has(owning!) &&
      (c.role
        ? lex.relational.has(c.role)
        : ownedWords.length === 1 && (lex.relational.has(ownedWords[0]!) || lex.ownedUnits.has(ownedWords[0]!)))
    ) {
      const owner = this.owner(owning!);
      c.type = bodyTypeOf(owner) ?? (c.type === 'other' && owner?.type === 'person' ? 'person' : c.type);
      owned = !!owner && !owner.anonymous && owner.type !== 'document';
    }
    // ("Roth's spokesman", "her publicist": who speaks for a person the text named by name is of a person's kind)
    if (c.type === 'other' && c.ownedPerson && c.name && memory.knowsPerson(c.name)) c.type = 'person';
    c.named = owned || this.isIdentified(p.text, c);
    if (!remember) return { source: p.text, resolved: null, type: c.type, named: c.named };
    // "die Bürgermeisterin", "der Drusenführer": the person introduced with that role
    if (!c.name && c.role && !p.plural && this.isDefiniteRole(p.text)) {
      const ref = memory.byRole(roleId(c)!, c.party);
      // (the type the person was introduced with says more than the bare role: "Die Vorsitzende" of what?)
      // (a body named with its noun and a place is that whole name, "die Polizei" after "Die Kantonspolizei
      // Talberg"; a person is their name)
      if (ref)
        return {
          source: p.text,
          resolved:
            !this.holdsPersonRole(c) && ref.mention && (!ref.gender || ref.bodyGender)
              ? g.baseForm(ref.mention, lex)
              : ref.name,
          type: ref.type === 'person' || ref.type === 'other' ? c.type : ref.type,
          named: true,
        };
      // "Sängerin Lea Kahl … so die Musikerin": a person's role nobody was introduced with points back,
      // as a pronoun of its gender would, to the person named last (no office: "der Präsident" may be
      // one the text has not named); the role's own type says more than a person's
      // ("… sagte die Grünen-Politikerin": so does a politician named by party, of no other party known, who
      // keeps an office the text gave them)
      const byParty = !!c.party && c.type === 'politician';
      if (pointBack && c.gender && (VARIED_ROLE_TYPES.has(c.type) || byParty)) {
        const back = memory.pronoun('person', c.gender === 'm' ? 'f' : 'm');
        // (a person known by a full name, not a lone word taken for one)
        if (
          back &&
          !back.anonymous &&
          (PERSON_TYPES.has(back.type) || (byParty && back.type === 'government')) &&
          back.name.includes(' ') &&
          // (not the mention itself, remembered as a role for the pronouns after it: "… so die Wissenschaftlerin")
          back.name.toLowerCase() !== p.text.toLowerCase() &&
          !(byParty && (memory.partyOf(back.name) ?? c.party) !== c.party)
        ) {
          // (an expert by the text's word for a person it named with a firm only: "… von der Talbex-Bank",
          // then "der Experte"; every row of theirs, see lateRoles)
          if (c.type === 'expert' && memory.calledBy(back.name, 'expert')) this.calledExpert.add(back.name);
          return {
            source: p.text,
            resolved: back.name,
            type: c.type === 'person' || upgrades(c.type, back.type) ? back.type : c.type,
            named: true,
          };
        }
      }
    }
    // "Pop star Lea Roth … the singer told fans": a noun of a person's trade that the lexicon lists, definite and
    // alone, points back to the person named last, as "die Sängerin" does by its gender in German
    const head = !c.name ? this.definiteHead(p.text) : null;
    if (head && c.type === 'person' && !p.plural && pointBack && lex.epithets.has(head.toLowerCase())) {
      const back = memory.pronoun('person', undefined, earlier);
      // (a private person, as the trade says: not a club or firm the memory holds among its names)
      if (back && !back.anonymous && back.name.includes(' ') && back.type === 'person')
        return { source: p.text, resolved: back.name, type: back.type, named: true };
    }
    // "die Bahn", "the agency": the body named before whose name ends in that word ("Die Deutsche Bahn", "Talbury Flood Agency")
    // ("Strava announced … The company says": else a lone word nothing typed, mentioned last, is that body)
    // ("Die Talbex AG teilte mit … Der Konzern fügte hinzu": a noun of the body's kind alone, the one of
    // that type the text named last)
    const body = head ? this.bodyByHead(p, c, head) : null;
    if (body)
      return {
        source: p.text,
        resolved: body.name,
        // (the body's type, read from its whole name, says at least what its last word says; a lone word
        // nothing typed that the mention adopts takes the mention's)
        type: body.type === 'person' || body.type === 'other' ? c.type : body.type,
        named: true,
      };
    // "Der Präsident der Kammer", "a spokesperson for the agency": one who speaks for a body the text named
    // before by a name that ends in that noun ("die Ärztekammer", "the Talbury Flood Agency") is of its kind
    // (not a text of it: "eine Umfrage der Kammer" is a document still)
    const whose = !c.name && !head && !WRITINGS.has(c.type) ? this.patterns.definiteEnd?.exec(p.text)?.[1] : null;
    const owner = whose ? memory.byHead(g.baseForm(whose, lex).toLowerCase(), false) : null;
    if (owner && owner.type !== c.type && BODY_TYPES.has(owner.type)) c = { ...c, type: owner.type };
    // "Ein Taxifahrer … sagt der Taxifahrer", "a nurse at the clinic … the nurse added": a private person
    // introduced by a role alone with an indefinite article stays unnamed when the text takes the role up again
    if (!c.name && c.type === 'person' && !owned && !p.plural) {
      if (!c.named) this.noteAnonymousPerson(p.text);
      else if (this.isDefiniteRole(p.text) && this.anonymousPeople.has(personKey(p.text, lex))) c.named = false;
    }
    // (the person named last before the mention is remembered: see right below)
    const lastPerson = memory.view().lastPerson;
    // (a lone word that speaks is a source, whom a later pronoun may mean: "Kahl sagte … Er fügte hinzu")
    const r = memory.remember(c, speaks);
    // "Ein Lkw-Fahrer sagte … „…“, sagte der Mann", "A neighbour said … the woman added": a private person the
    // text calls by a noun alone, definite, right after one unnamed person of no other gender, is that one,
    // unnamed (not "der Pächter der Tankstelle"; after a named person it may still mean them)
    if (
      !c.name &&
      c.type === 'person' &&
      !owned &&
      !p.plural &&
      !r.resolved &&
      this.isDefinite(p.text) &&
      !this.hasComplement(p.text) &&
      !!lastPerson?.anonymous &&
      (!c.gender || !lastPerson.gender || c.gender === lastPerson.gender)
    )
      c.named = false;
    const office = g.isOffice?.(p.text, lex) ?? false;
    // (or a person named by a role after a place or owner: "a Talbury Police spokeswoman" is whom "she" means)
    // (and a private person a definite role with a complement introduces: "Der Pächter der Tankstelle sagte … der
    // 61-Jährige")
    const introducedPerson =
      !c.name &&
      !c.guessed &&
      !p.plural &&
      (c.role ? this.holdsPersonRole(c) : c.type === 'person') &&
      this.isDefinite(p.text) &&
      this.hasComplement(p.text);
    if ((!c.name || (c.modifier && office && !r.resolved)) && c.named)
      memory.noteBody(p.text, c.type, {
        // (a statement speaks for its body as a spokesperson does, but is nobody "she" means)
        person: office || (isSpokesperson(p.text, c, lex) && c.type !== 'document') || introducedPerson,
        ...(introducedPerson && c.gender ? { gender: c.gender } : {}),
      });
    // "A police spokeswoman said … she added", "Ein Polizeisprecher sagte … er fügte hinzu": a spokesperson
    // nobody named is whom a later pronoun points to, and stays unnamed
    else if (!c.name && !c.named && c.type !== 'other' && isSpokesperson(p.text, c, lex))
      memory.noteBody(p.text, c.type, { person: true, gender: c.gender, anonymous: true });
    // "One patient said … 'I …,' she said", "Eine Anwohnerin sagte … sie fügte hinzu": one private person
    // nobody named, known by a role of people (a witness, a resident), is whom a later pronoun points to,
    // and stays unnamed
    // (so is one by a noun of a trade or role of any type: "A prison officer said … she added", "Ein Polizist";
    // not an office, held by one whom the text may name: "a Talbury prime minister"; the head noun alone tells
    // the number: "A police officer" is one)
    else if (
      !c.name &&
      !c.named &&
      !p.plural &&
      !c.guessed &&
      (c.type === 'person'
        ? !g.pluralNoun?.(p.text)
        : c.type !== 'other' &&
          !WRITINGS.has(c.type) &&
          !g.isOffice?.(p.text, lex) &&
          this.isPersonNoun(personKey(p.text, lex)))
    )
      memory.noteBody(p.text, c.type, { person: true, gender: c.gender, anonymous: true, one: true });
    // "Familienmitglieder widersprachen … Sie machten …": a group nobody named that speaks with a plural verb
    // is what a later plural pronoun points to, unnamed; so is a group of people whose nouns are plural
    // where the verb does not say ("Two aides said … One of them")
    else if (
      !c.name &&
      !c.named &&
      c.type !== 'other' &&
      (p.plural || (!WRITINGS.has(c.type) && !!g.pluralNoun?.(p.text)))
    )
      memory.noteBody(p.text, c.type, { group: true, anonymous: true });
    // "Pieper’s family described him as … “…,” they said": a group of people a named person has ("Kahl's family",
    // "Roth's lawyers") is what a later plural pronoun points to
    // (unnamed as the group is: "Roth's lawyers" are people nobody named)
    else if (c.ownedPerson && c.name && remember && isGroupHead(p.text, lex, g))
      memory.noteBody(p.text, c.type, { group: true, ...(c.named ? {} : { anonymous: true }) });
    // "Economists at the Talbury Institute warned … Its director said": the body a group is of, named at
    // the mention's end, is one the text named (what a later possessive may point to); so is the body a
    // document is of ("Eine Studie der Universität Talberg zeigt … Das Team fand heraus …")
    if ((!c.name || c.type === 'document') && remember) this.noteBodyAtEnd(p.text);
    return { source: p.text, resolved: r.resolved, type: r.type, named: c.named || !!r.resolved };
  }

  /** Notes the named body a mention ends in, after its head and a preposition or article ("… at the Talbury Institute"). */
  noteBodyAtEnd(mention: string): void {
    const name = BODY_NAME_AT_END.exec(mention)?.[1];
    if (!name || name.length === mention.trim().length || !/\s/.test(name)) return;
    const before =
      mention
        .slice(0, mention.length - name.length)
        .trim()
        .split(/\s+/)
        .pop()
        ?.toLowerCase() ?? '';
    if (!this.lex.prepositions.has(before) && !this.lex.articles.has(before)) return;
    const c = this.classify(name);
    // (a body's noun is no role of a person's: "der Universität Talberg")
    if (
      !c.guessed &&
      c.named &&
      !(c.role && this.holdsPersonRole(c)) &&
      BODY_TYPES.has(c.type) &&
      !this.memory.knows(name)
    )
      this.memory.noteBody(name, c.type, { inside: true });
  }

  /**
   * Whether a mention identifies its source: as classified, or as a spokesperson or a statement of a body
   * (the lexicon's `speaksFor`: "ein Sprecher", "a company spokesperson", "einer Mitteilung") once the
   * text has named a body they could speak for (a spokesperson is vague only with no organisation, as the
   * annotation guide has it).
   */
  isIdentified(mention: string, c: Classified): boolean {
    return c.named || (!c.name && !!this.memory.institutionType() && isSpokesperson(mention, c, this.lex));
  }

  /** The speaker known for any of these quotations (by `spanKey`), if one is. */
  speakerOf(keys: readonly string[]): Speaker | undefined {
    return keys.map((k) => this.spanSpeaker.get(k)).find(Boolean);
  }

  /** Notes a decision in the trace, when one is kept. */
  note(entry: TraceEntry): void {
    this.trace?.push(entry);
  }
}

/**
 * Whether the text after a short quotation that opens a sentence (and ends in no punctuation of its
 * own) goes on with a content word, no comma between, and that word is no speech verb: the
 * quotation is a title the sentence is about
 * ("„Talbury Nights“ sucht nach …", "“Talbury Nights” wins"), not words somebody said ("„Nie“ sagte er").
 */
function isSubjectTitle(lex: Lexicon, after: string): boolean {
  const m = /^\s+(\p{Ll}+)\b(\s*[,:])?/u.exec(after);
  const next = m?.[1];
  // (a function word after it, "bei", "ist", says no more than a heading that quotes somebody: "„…“ bei der Feuerwehr")
  // (a verb of saying tags a quotation, "„Danke“ sagte die Ministerin", unless what was said follows it at once:
  // "„Talo Live“ berichtet, …", "„Talo Live“ meldet: …")
  return !!next && (!lex.verbForms.has(next) || !!m[2]) && !lex.pronouns.has(next) && !lex.functionWords.has(next);
}

/** Whether a mention names a spokesperson, by its role ("Polizeisprecher") or a word of it ("a police spokeswoman"). */
function isSpokesperson(mention: string, c: Classified, lex: Lexicon): boolean {
  return (
    (!!c.role && lex.speaksFor.has(c.role)) ||
    mention
      .toLowerCase()
      .split(/\s+/)
      .some((w) => lex.speaksFor.has(w))
  );
}

/**
 * Whether the words `before` a person's name hold a name: a capitalised word past the first, or a first
 * word `known` as a name ("Talbex chairman | Tom Kahl", "Reyes adviser | Lea Roth").
 */
function namedBefore(before: string, known: (word: string) => boolean): boolean {
  return before
    .trim()
    .split(/\s+/)
    .some((w, i) => /^\p{Lu}/u.test(w) && (i > 0 || known(w)));
}

/** A name with a possessive ending before a lower-case word: "Kahl's spokesperson", "Kahl’s office". */
const OWNER = /(\p{Lu}[\p{L}-]*)['’]s?\s+\p{Ll}/u;

/** The capitalised words that end a role: the body it names, "a spokesman for Talbex Group", "Sprecher von Talbex". */
const BODY_NAME_AT_END = /((?:\p{Lu}[\p{L}\d-]*\s+)*\p{Lu}[\p{L}\d-]*)\s*$/u;

/** A name joined to a role by a hyphen: "Talbex-Sprecherin". */
const COMPOUND_OWNER = /(\p{Lu}[\p{L}\d]*)-\p{L}/u;

/** Kinds of body a definite noun ("the company", "die Firma") can point back to a lone name with (`adoptBody`). */
const ADOPTING = new Set<SourceType>(['company', 'organization', 'media']);
/** The type of a medium: a newspaper, a broadcaster. */
const MEDIA: ReadonlySet<SourceType> = new Set(['media']);
/** The kinds of public authority a noun of government's kind may name again ("die Behörde" after "Die Staatsanwaltschaft Talberg"). */
const AUTHORITIES: readonly SourceType[] = ['justice', 'security'];

/** The key of a quotation: its block and opening offset, or the key of the quotation it continues. */
export const spanKey = (block: number, q: QuoteSpan) => q.continues ?? `${block}:${q.open}`;

/** The sentence at hand: its tokens and quotations, and what the steps found in it so far. */
export class SentenceState {
  readonly index: number;
  readonly text: string;
  readonly tokens: Token[];
  /** What the steps found in this sentence, added to the article's list when the sentence is done. */
  readonly here: Found[] = [];
  /** The words of the longest quotation in the sentence. */
  readonly longestQuote: number;
  /** Whether the sentence holds a quotation that counts as a quote (not scare quotes or a title). */
  readonly hasQuote: boolean;
  /** The source that speaks in this sentence, once a step found one. */
  speaker: Speaker | null = null;
  /** A headline in title case ("Harbour Plan Leaves Talbury Waiting") names nobody by its capitals. */
  titleCase = false;
  /** The noun phrase that opens the sentence, if any. */
  opening: Phrase | null = null;
  /** A noun of saying whose owner nobody names, with what was said after it ("das Gerücht, dass"): its cue. */
  unownedSaying: string | null = null;
  /** The step running now, for the trace. */
  step = '';
  private lowerText: string | null | undefined;
  /** The sentence in lower case for the caseless prefilters (`lowered`), computed once. */
  get lower(): string | null {
    if (this.lowerText === undefined) this.lowerText = lowered(this.text);
    return this.lowerText;
  }
  /**
   * The sentence is a question the text asks ("Was sagen die Anwohner?", "What has the mayor said?"):
   * it opens with a question word and ends in a question mark outside any quotation; a verb of saying
   * in it asks what was said and reports nothing.
   */
  get asks(): boolean {
    // (past a label of the question: "Q: What do the musicians say?", "Frage: Was sagen Sie …?")
    const labelled = opensWithLabel(this.tokens, this.article.grammar) ? 2 : 0;
    const first = this.tokens.find((t, k) => k >= labelled && t.word);
    return (
      !!first &&
      !first.quoted &&
      this.article.lex.interrogatives.has(first.lower) &&
      /\?\s*$/.test(this.text) &&
      !this.tokens[this.tokens.length - 1]?.quoted
    );
  }

  constructor(
    readonly article: Article,
    readonly info: SentenceInfo,
  ) {
    this.index = info.index;
    this.text = info.s.text;
    this.tokens = info.tokens;
    const { blocks, grammar: g } = article;
    const s = info.s;
    // (a title after its article is no quotation: "wie das «Talberger Tagblatt» berichtet"; nor one that
    // opens the sentence as its subject, the sentence going on with no comma: "„Talbury Nights“ sucht nach …")
    const block = blocks[s.block]!;
    const title = (q: QuoteSpan) =>
      /^\p{Lu}/u.test(block[q.open + 1] ?? '') &&
      article.quoteWords(s.block, q) <= MAX_TITLE_WORDS &&
      (isDeterminer(article.lex, wordBefore(block, q.open, ARTICLE_REACH)) ||
        (q.open === s.start &&
          /[\p{L}\p{N}]/u.test(block[q.close - 1] ?? '') &&
          isSubjectTitle(article.lex, block.slice(q.close + 1))) ||
        // (or right after a noun that takes a title: "die Initiative „Grüner Hang“ kündigte an")
        !!g.takesTitle?.(wordBefore(block, q.open), article.lex) ||
        // (in a language that capitalises the words of a title, quoted words all capitalised inside a sentence
        // that is not: "fans heard “The Long Road” twice", not the headline "Singer Calls New Record Her ‘Finest Hour’")
        (g.titleCaseHeadlines &&
          q.open > s.start &&
          isTitleCased(block.slice(q.open + 1, q.close), article.lex) &&
          /(?:^|\s)\p{Ll}{3,}/u.test(block.slice(s.start, q.open))));
    // (nor is one a word before it names: "the so-called “red belt”", "der sogenannte „rote Gürtel“")
    const spans = info.spans.filter(
      (q) => !g.quoteNameIntro.test(block.slice(Math.max(0, q.open - NAME_INTRO_CHARS), q.open).trimEnd()),
    );
    this.longestQuote = Math.max(0, ...spans.filter((q) => !title(q)).map((q) => article.quoteWords(s.block, q)));
    this.hasQuote =
      info.quotedWords > 0 &&
      (this.longestQuote >= MIN_QUOTE_WORDS ||
        spans.some((q) => {
          // a short quotation that opens the sentence is what somebody said: "“It’s over,” she wrote."
          return (
            calledAs(g, blocks[s.block]!, q) ||
            // (after a verb of saying and its colon: "Kahl said: “Never.”", "Sie sagte: „Niemals.“")
            saidBefore(article.lex, blocks[s.block]!, q.open) ||
            /^\p{Ll}/u.test(blocks[s.block]![q.open + 1] ?? '') ||
            (q.open === s.start && !title(q))
          );
        }));
  }

  /** Adds an attribution to the sentence, unless the same kind, source and cue is there already. */
  add(f: Omit<Found, 'sentenceIndex'>): void {
    const duplicate = this.here.some((h) => h.kind === f.kind && h.source === f.source && h.cue === f.cue);
    // (the trace's entry is built only when a trace is kept: this runs for every attribution)
    if (this.article.trace)
      this.article.note({
        sentence: this.index,
        step: this.step,
        decision: duplicate ? 'rejected' : 'added',
        cueId: f.cueId,
        cue: f.cue,
        source: f.source,
        ...(duplicate ? { reason: 'duplicate' } : {}),
      });
    if (duplicate) return;
    this.here.push({ sentenceIndex: this.index, ...f });
  }

  /** Takes back an attribution a step before added to the sentence, with the reason (for the trace). */
  withdraw(f: Found, reason: string): void {
    const at = this.here.indexOf(f);
    if (at < 0) return;
    this.here.splice(at, 1);
    this.reject(f.cueId, f.cue, f.source, reason);
  }

  /** Notes a cue that a step saw and did not take, with the reason. */
  reject(cueId: string, cue: string, source: string | null, reason: string): void {
    this.article.note({ sentence: this.index, step: this.step, decision: 'rejected', cueId, cue, source, reason });
  }

  /** The last attribution added to the sentence. */
  last(): Found {
    return this.here[this.here.length - 1]!;
  }
}

/** Tokenizes the sentences of an article, each with the quotations that overlap it. */
export function readSentences(sentences: readonly Sentence[], spansOf: QuoteSpan[][]): SentenceInfo[] {
  return sentences.map((s, index) => {
    // a sentence too long for language is not read (its work would grow with its length squared)
    if (tooLong(s)) return { index, s, tokens: [], spans: [], quotedWords: 0 };
    const spans = spansOf[index]!;
    const tokens = tokenize(s.text, (o) => spans.some((q) => s.start + o > q.open && s.start + o < q.close));
    return { index, s, tokens, spans, quotedWords: tokens.filter((t) => t.quoted && t.word).length };
  });
}
