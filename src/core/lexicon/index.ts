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
import quotes from './de/quotes.json';
import type { SourceType } from '../schema.js';

export interface Explanation { de: string; en: string }

/** A finite form of a speech verb and what it needs to count. */
export interface VerbForm { lemma: string; particle: string | null }

export interface Lexicon {
  lang: string;
  abbreviations: Set<string>;
  /** finite form → the verbs it can belong to (several for 'gibt': bekanntgeben, zugeben). */
  verbForms: Map<string, VerbForm[]>;
  /** past participle → lemma. */
  participles: Map<string, string>;
  functionWords: Set<string>;
  focusWords: Set<string>;
  anonymous: Set<string>;
  /** noun stem → type, longest stems first for suffix matching. */
  nounTypes: Array<[string, SourceType]>;
  relational: Set<string>;
  /** lower-case proper name → type. */
  nameTypes: Map<string, SourceType>;
  konjunktiv: Set<string>;
  according: Array<{ id: string; before?: RegExp; after?: RegExp }>;
  reportative: Array<{ id: string; pattern: RegExp }>;
  explanations: Map<string, Explanation>;
}

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

function compileDe(): Lexicon {
  const verbForms = new Map<string, VerbForm[]>();
  const participles = new Map<string, string>();
  const explanations = new Map<string, Explanation>();
  for (const v of deSpeech.verbs as Array<{ lemma: string; forms: string; particle?: string; participle: string }>) {
    for (const f of words(v.forms)) {
      const list = verbForms.get(f) ?? [];
      list.push({ lemma: v.lemma, particle: v.particle ?? null });
      verbForms.set(f, list);
      // verb-final clauses join the particle: "wie die Polizei mitteilte"
      if (v.particle) {
        const joined = v.particle.split(' ').pop()! + f;
        verbForms.set(joined, [...(verbForms.get(joined) ?? []), { lemma: v.lemma, particle: null }]);
      }
    }
    participles.set(v.participle, v.lemma);
    explanations.set('verb:' + v.lemma, deSpeech.explain);
  }
  const nounTypes: Array<[string, SourceType]> = [];
  const nameTypes = new Map<string, SourceType>();
  for (const [type, entry] of Object.entries(deSources.types) as Array<[SourceType, { nouns: string[]; names: string[] }]>) {
    for (const n of entry.nouns) nounTypes.push([n, type]);
    for (const n of entry.names) nameTypes.set(n.toLowerCase(), type);
  }
  nounTypes.sort((a, b) => b[0].length - a[0].length);
  const according = deAccording.cues.map((c: { id: string; before?: string; after?: string; explain: Explanation }) => {
    explanations.set('according:' + c.id, c.explain);
    return {
      id: c.id,
      // a word boundary before a pattern that starts with a word (", so" starts with punctuation)
      before: c.before ? new RegExp((/^[\p{L}(]/u.test(c.before) ? '(?<![\\p{L}\\p{N}])' : '') + c.before + '(?![\\p{L}\\p{N}])', 'giu') : undefined,
      after: c.after ? new RegExp('(?<![\\p{L}\\p{N}])(?:' + c.after + ')(?![\\p{L}\\p{N}])', 'giu') : undefined,
    };
  });
  const reportative = deReportative.cues.filter((c) => c.pattern).map((c) => {
    explanations.set('reportative:' + c.id, c.explain);
    return { id: c.id, pattern: new RegExp('(?<![\\p{L}\\p{N}])(?:' + c.pattern + ')(?![\\p{L}\\p{N}])', 'giu') };
  });
  const konj = deReportative.cues.find((c) => c.id === 'konjunktiv');
  if (konj) explanations.set('reportative:konjunktiv', konj.explain);
  explanations.set('quote', quotes.explain);
  explanations.set('quote:colon', quotes.colon);
  return {
    lang: 'de',
    abbreviations: new Set(deAbbr.words),
    verbForms,
    participles,
    functionWords: new Set(words(deFunction.words)),
    focusWords: new Set(words(deFunction.focus)),
    anonymous: new Set(deAnonymous.words),
    nounTypes,
    relational: new Set(deSources.relational.nouns),
    nameTypes,
    konjunktiv: new Set(words(deReportative.konjunktiv)),
    according,
    reportative,
    explanations,
  };
}

let de: Lexicon | null = null;

/** The compiled lexicon of a language, or null when the language is not supported. */
export function lexiconFor(lang: string | null): Lexicon | null {
  if (lang === 'de') return (de ??= compileDe());
  return null;
}

/** Languages whose text the analysis understands. */
export const SUPPORTED_LANGS = ['de'] as const;

/** The explanation of a cue for learners, in the UI language, or null for an unknown cue id. */
export function explainCue(cueId: string, uiLang: string, lang = 'de'): string | null {
  const lex = lexiconFor(lang);
  const e = lex?.explanations.get(cueId);
  if (!e) return null;
  return uiLang.startsWith('de') ? e.de : e.en;
}

/** Quotation mark pairs, opening → closing characters. */
export const QUOTE_PAIRS: Array<[string, string]> = quotes.pairs as Array<[string, string]>;
