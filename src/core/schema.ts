/**
 * The sourcing report: one zod schema that every host (content script, CLI, tests) produces and
 * reads. A superset of ../shared/corpus/report-contract.md: the contract's field names and values
 * are kept, everything else is added beside them.
 */
// zod/mini: the same validation with a tree-shakable API, so the content script stays small
import * as z from 'zod/mini';

import { KINDS, SOURCE_TYPES } from './vocabulary.js';

export { KINDS, SOURCE_TYPES };

/** A non-negative integer. */
const count = z.int().check(z.nonnegative());

export const Kind = z.enum(KINDS);
export const SourceType = z.enum(SOURCE_TYPES);
export type Kind = z.infer<typeof Kind>;
export type SourceType = z.infer<typeof SourceType>;

/** One attribution found in one sentence of the article body. */
export const Attribution = z.object({
  /** Index of the sentence in `sentences` of the report. */
  sentenceIndex: count,
  sentence: z.string(),
  kind: Kind,
  cue: z.string(),
  /** Key of the cue's lexicon entry, for its explanation (`explainCue`). */
  cueId: z.string(),
  source: z.nullable(z.string()),
  resolved: z.optional(z.nullable(z.string())),
  type: z.nullable(SourceType),
  named: z.boolean(),
  /**
   * The source as the panel, the CLI and the history show it: the base form of the resolved name or
   * mention (nominative, without article), one form per entity in the article ("Brandt" and
   * "Helga Brandt" both as "Geschäftsführerin Helga Brandt"). Null without a source.
   */
  display: z.optional(z.nullable(z.string())),
  /** The mention is a pronoun that could not be resolved to anyone named in the article. */
  unresolved: z.optional(z.boolean()),
  /**
   * How the source type was found: stated in the mention itself ("text": a role, a body's name),
   * inferred from the rest of the article ("article": the role a person was introduced with, the
   * body a pronoun stands for), or a default nothing in the text supports ("default": a name taken
   * for a person). Absent without a type.
   */
  typeFrom: z.optional(z.enum(['text', 'article', 'default'])),
});
export type Attribution = z.infer<typeof Attribution>;

export const Summary = z.object({
  sentences: count,
  attributedSentences: count,
  /** attributedSentences / sentences, 0 when there are no sentences. */
  attributedShare: z.number().check(z.minimum(0), z.maximum(1)),
  /** Distinct sources (by resolved name or mention) that are named and that are anonymous. */
  namedSources: count,
  anonymousSources: count,
  byKind: z.record(z.string(), count),
  byType: z.record(z.string(), count),
});
export type Summary = z.infer<typeof Summary>;

/** What the publisher declares about the article in its JSON-LD, as found (names and URLs only). */
export const DeclaredMeta = z.object({
  authors: z.array(z.object({ name: z.string(), type: z.nullable(z.string()) })),
  publisher: z.nullable(z.string()),
  isBasedOn: z.array(z.string()),
  citation: z.array(z.string()),
  publishingPrinciples: z.nullable(z.string()),
  correctionsPolicy: z.nullable(z.string()),
  wordCount: z.nullable(count),
  isAccessibleForFree: z.nullable(z.boolean()),
});
export type DeclaredMeta = z.infer<typeof DeclaredMeta>;

/** Why an article looks cut off: paywall or consent-wall markup, declared as paid, or shorter than declared. */
export const TRUNCATION_REASONS = ['paywall', 'not_free', 'shorter_than_declared'] as const;

export const Report = z.object({
  schemaVersion: z.literal(1),
  url: z.nullable(z.string()),
  isArticle: z.boolean(),
  liveblog: z.boolean(),
  lang: z.nullable(z.string()),
  /** Why the text was not analysed (unsupported language, not an article); null when it was. */
  notAnalysed: z.nullable(z.string()),
  article: z.object({
    title: z.nullable(z.string()),
    outlet: z.nullable(z.string()),
    published: z.nullable(z.string()),
    modified: z.nullable(z.string()),
    authors: z.array(z.string()),
    agencies: z.array(z.string()),
    /**
     * Agency material: 'wholly' when agencies are credited and no author of the outlet is,
     * 'partly' when both are, null when no agency is credited.
     */
    agencyCopy: z.nullable(z.enum(['wholly', 'partly'])),
    /** Why the article looks cut off (the figures then cover only the visible part); null when it does not. */
    truncated: z.nullable(z.enum(TRUNCATION_REASONS)),
    sentences: count,
    /** The body as plain text (CLI `--with-body`): paragraphs split by a blank line; the headline only where it differs from the title. */
    text: z.optional(z.string()),
  }),
  sourcesBox: z.array(z.string()),
  /**
   * The source list set against the text (null without a source list): per item the cited sources
   * that match it, and the named sources the text cites that the list leaves out.
   */
  declaredVsCited: z.nullable(
    z.object({
      listed: z.array(z.object({ item: z.string(), citedAs: z.array(z.string()) })),
      unlisted: z.array(z.string()),
    }),
  ),
  /** The publisher's structured metadata (JSON-LD), null when the page declares no article. */
  declared: z.nullable(DeclaredMeta),
  imageCredits: z.array(z.string()),
  /** The analysed body, one entry per sentence (what `sentenceIndex` points into). */
  sentences: z.array(
    z.object({
      text: z.string(),
      block: count,
      /** Set when the sentence was not analysed for attributions: 'too_long', longer than 1,000 characters (no sentence of news prose is). */
      skipped: z.optional(z.literal('too_long')),
    }),
  ),
  attributions: z.array(Attribution),
  summary: Summary,
});
export type Report = z.infer<typeof Report>;
