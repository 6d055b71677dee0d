/**
 * Lexicons are data (the JSON files beside this module, one per language and category); this module
 * compiles them once into the sets and maps the analysis looks words up in.
 */
import deAbbr from './de/abbreviations.json';
import deSpeech from './de/speech-verbs.json';
import deAccording from './de/according.json';
import deReportative from './de/reportative.json';
import deSources from './de/sources.json';
import deAnonymous from './de/anonymous.json';
import deFunction from './de/function-words.json';
import enAbbr from './en/abbreviations.json';
import enSpeech from './en/speech-verbs.json';
import enAccording from './en/according.json';
import enReportative from './en/reportative.json';
import enSources from './en/sources.json';
import enAnonymous from './en/anonymous.json';
import enFunction from './en/function-words.json';
import quotes from './quotes.json';
import type { SourceType } from '../schema.js';

export interface Explanation { de: string; en: string }

/** A finite form of a speech verb and what it needs to count. */
export interface VerbForm {
  lemma: string;
  particle: string | null;
  /** 'content': counts only before that/a quote/a colon; 'document': only with a document or study as subject;
   * 'perfect': only with a perfect infinitive closing its clause ("will es gesehen haben": a claim). */
  needs?: 'content' | 'document' | 'perfect';
  /** Prepositions of which one must follow the verb in its clause ("sprach von", "erinnerte daran"). */
  prep?: string[];
}

export interface Lexicon {
  lang: string;
  abbreviations: Set<string>;
  /** A number before a period may be an ordinal ("am 3. März"), not a sentence end. */
  ordinalPeriod: boolean;
  /** finite form → the verbs it can belong to (several for 'gibt': bekanntgeben, zugeben). */
  verbForms: Map<string, VerbForm[]>;
  /** past participle → lemma. */
  participles: Map<string, string>;
  /** Participles of verbs that count only with one of these words in their clause ("von dem Unfall gesprochen"). */
  participlePreps: Map<string, readonly string[]>;
  functionWords: Set<string>;
  focusWords: Set<string>;
  anonymous: Set<string>;
  /** noun stem → type, longest stems first for suffix matching. */
  nounTypes: Array<[string, SourceType]>;
  /** The same stems as a map, for lookups by suffix (see `stemType`). */
  nounMap: Map<string, SourceType>;
  /** All names of more than one word in one pattern ("weißen hauses", "new york times"), lower case. */
  multiWordNames: RegExp | null;
  relational: Set<string>;
  /** lower-case proper name → type. */
  nameTypes: Map<string, SourceType>;
  konjunktiv: Set<string>;
  /** -ing form → speech verb (English participle clauses: ", saying …"). */
  gerunds: Map<string, VerbForm>;
  /** Words that open a noun phrase; personal pronouns that can be a speaker. */
  determiners: Set<string>;
  pronouns: Set<string>;
  /** Forms of address before a name ("Mr", "Sir"): part of a mention, neither role nor name. */
  titles: Set<string>;
  /** Type of a relational role when no body is named ("officials" → government). */
  relationalFallbacks: Map<string, SourceType>;
  /** `quick`: the cue's words alone, tested on a sentence before the exact pattern runs. */
  according: Array<{ id: string; before?: RegExp; after?: RegExp; afterSticky?: RegExp; afterAnywhere?: RegExp; types?: SourceType[]; quick: RegExp; self?: boolean }>;
  reportative: Array<{ id: string; pattern: RegExp; quick: RegExp }>;
  explanations: Map<string, Explanation>;
}

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The type of the longest lexicon stem that `word` (lower case) ends with, leaving at least
 * `minRest` letters before it (or none: the whole word), optionally only stems whose type passes
 * `accept`. A lookup per suffix, not a scan of the lexicon.
 */
export function stemType(word: string, lex: Lexicon, minRest = 0, accept?: (t: SourceType) => boolean): SourceType | null {
  for (let k = 0; k < word.length; k++) {
    if (k > 0 && k < minRest) continue;
    const t = lex.nounMap.get(word.slice(k));
    if (t && (!accept || accept(t))) return t;
  }
  return null;
}

/** Whether `word` (lower case) ends with a word of `set`. */
export function endsWithAny(word: string, set: ReadonlySet<string>): boolean {
  for (let k = 0; k < word.length; k++) if (set.has(word.slice(k))) return true;
  return false;
}

/**
 * The matches of `exact` in `text`, found fast: `quick` (the same words without look-arounds,
 * global) finds where a match may start, and `exact` (sticky) decides there. The same matches as
 * `text.matchAll(exact)`, without running the look-arounds at every position.
 */
export function* wordMatches(text: string, quick: RegExp, exact: RegExp): Generator<RegExpExecArray> {
  quick.lastIndex = 0;
  let q: RegExpExecArray | null;
  while ((q = quick.exec(text))) {
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

/** The type of the first multi-word name found in a lower-case text. */
export function multiWordNameType(lowerText: string, lex: Lexicon): SourceType | null {
  const m = lex.multiWordNames?.exec(lowerText);
  return m ? lex.nameTypes.get(m[0]) ?? null : null;
}

interface LexiconData {
  abbr: { words: string[]; ordinalPeriod?: boolean };
  speech: { explain: Explanation; verbs: Array<{ lemma: string; forms: string; particle?: string; prep?: string; participle?: string; gerund?: string; needs?: string }> };
  according: { cues: Array<{ id: string; before?: string; after?: string; types?: string[]; self?: boolean; explain: Explanation }> };
  reportative: { cues: Array<{ id: string; pattern: string; explain: Explanation }>; konjunktiv?: string };
  sources: { relational: { nouns: string[]; fallbacks?: Record<string, string> }; types: Record<string, { nouns: string[]; names: string[] }> };
  anonymous: { words: string[] };
  functionWords: { words: string; focus: string; determiners?: string; pronouns?: string; titles?: string };
}

/** Compiles one language's lexicon data. German separable verbs also get their joined form. */
function compile(lang: string, d: LexiconData): Lexicon {
  const verbForms = new Map<string, VerbForm[]>();
  const participles = new Map<string, string>();
  const participlePreps = new Map<string, readonly string[]>();
  const gerunds = new Map<string, VerbForm>();
  const explanations = new Map<string, Explanation>();
  const addForm = (f: string, form: VerbForm) => verbForms.set(f, [...(verbForms.get(f) ?? []), form]);
  for (const v of d.speech.verbs) {
    const needs = v.needs as VerbForm['needs'];
    const form: VerbForm = { lemma: v.lemma, particle: v.particle ?? null, ...(needs ? { needs } : {}), ...(v.prep ? { prep: words(v.prep.toLowerCase()) } : {}) };
    for (const f of words(v.forms)) {
      addForm(f, form);
      // German verb-final clauses join the particle: "wie die Polizei mitteilte"
      if (v.particle && lang === 'de') addForm(v.particle.split(' ').pop()! + f, { ...form, particle: null });
    }
    if (v.participle) participles.set(v.participle, v.lemma);
    if (v.participle && form.prep) participlePreps.set(v.participle, form.prep);
    if (v.gerund) gerunds.set(v.gerund, form);
    explanations.set('verb:' + v.lemma, d.speech.explain);
  }
  const nounTypes: Array<[string, SourceType]> = [];
  const nameTypes = new Map<string, SourceType>();
  for (const [type, entry] of Object.entries(d.sources.types) as Array<[SourceType, { nouns: string[]; names: string[] }]>) {
    for (const n of entry.nouns) nounTypes.push([n, type]);
    for (const n of entry.names) nameTypes.set(n.toLowerCase(), type);
  }
  nounTypes.sort((a, b) => b[0].length - a[0].length);
  const multi = [...nameTypes.keys()].filter((n) => n.includes(' ')).sort((a, b) => b.length - a.length);
  const according = d.according.cues.map((c) => {
    explanations.set('according:' + c.id, c.explain);
    return {
      id: c.id,
      // a word boundary before a pattern that starts with a word (", so" starts with punctuation)
      before: c.before ? new RegExp((/^[\p{L}(]/u.test(c.before) ? '(?<![\\p{L}\\p{N}])' : '') + c.before + '(?![\\p{L}\\p{N}])', 'yiu') : undefined,
      after: c.after ? new RegExp('(?<![\\p{L}\\p{N}])(?:' + c.after + ')(?![\\p{L}\\p{N}])', 'giu') : undefined,
      afterSticky: c.after ? new RegExp('(?<![\\p{L}\\p{N}])(?:' + c.after + ')(?![\\p{L}\\p{N}])', 'yiu') : undefined,
      // a cue with words before and after the mention: a sentence without the closing words is skipped at once
      afterAnywhere: c.before && c.after ? new RegExp(c.after, 'iu') : undefined,
      // the same words without the word-boundary look-arounds: a fast search, boundaries checked after (`wordMatches`)
      quick: new RegExp(c.before ?? c.after!, 'giu'),
      ...(c.types ? { types: c.types as SourceType[] } : {}),
      ...(c.self ? { self: true } : {}),
    };
  });
  for (const c of d.reportative.cues) explanations.set('reportative:' + c.id, c.explain);
  const reportative = d.reportative.cues.filter((c) => c.pattern).map((c) => ({
    id: c.id,
    pattern: new RegExp('(?<![\\p{L}\\p{N}])(?:' + c.pattern + ')(?![\\p{L}\\p{N}])', 'yiu'),
    quick: new RegExp(c.pattern, 'giu'),
  }));
  explanations.set('quote', quotes.explain);
  explanations.set('quote:colon', quotes.colon);
  const fw = d.functionWords;
  return {
    lang,
    abbreviations: new Set(d.abbr.words),
    ordinalPeriod: d.abbr.ordinalPeriod ?? false,
    verbForms,
    participles,
    participlePreps,
    gerunds,
    functionWords: new Set(words(fw.words)),
    focusWords: new Set(words(fw.focus)),
    determiners: new Set(words(fw.determiners ?? '')),
    pronouns: new Set(words(fw.pronouns ?? '')),
    titles: new Set(words(fw.titles ?? '')),
    anonymous: new Set(d.anonymous.words),
    nounTypes,
    nounMap: new Map([...nounTypes].reverse()),
    multiWordNames: multi.length ? new RegExp('(?<![\\p{L}])(?:' + multi.map(escapeRegExp).join('|') + ')(?![\\p{L}])', 'u') : null,
    relational: new Set(d.sources.relational.nouns),
    relationalFallbacks: new Map(Object.entries(d.sources.relational.fallbacks ?? {}) as Array<[string, SourceType]>),
    nameTypes,
    konjunktiv: new Set(words(d.reportative.konjunktiv ?? '')),
    according,
    reportative,
    explanations,
  };
}

const DATA: Record<string, LexiconData> = {
  de: { abbr: deAbbr, speech: deSpeech, according: deAccording, reportative: deReportative, sources: deSources, anonymous: deAnonymous, functionWords: deFunction },
  en: { abbr: enAbbr, speech: enSpeech, according: enAccording, reportative: enReportative, sources: enSources, anonymous: enAnonymous, functionWords: enFunction },
};
const compiled = new Map<string, Lexicon>();

/** The compiled lexicon of a language, or null when the language is not supported. */
export function lexiconFor(lang: string | null): Lexicon | null {
  if (!lang || !DATA[lang]) return null;
  let lex = compiled.get(lang);
  if (!lex) compiled.set(lang, (lex = compile(lang, DATA[lang]!)));
  return lex;
}

/** Languages whose text the analysis understands. */
export const SUPPORTED_LANGS = ['de', 'en'] as const;

/** The explanation of a cue for learners, in the UI language, or null for an unknown cue id. */
export function explainCue(cueId: string, uiLang: string, lang: string | null = null): string | null {
  const e = (lang ? [lang] : SUPPORTED_LANGS).map((l) => lexiconFor(l)?.explanations.get(cueId)).find(Boolean);
  if (!e) return null;
  return uiLang.startsWith('de') ? e.de : e.en;
}

/** Quotation mark pairs, opening → closing characters. */
export const QUOTE_PAIRS: Array<[string, string]> = quotes.pairs as Array<[string, string]>;
