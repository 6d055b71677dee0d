/**
 * The sourcing report: one zod schema that every host (content script, CLI, tests) produces and
 * reads. A superset of ../shared/corpus/report-contract.md: the contract's field names and values
 * are kept, everything else is added beside them.
 */
import { z } from 'zod';

export const KINDS = ['quote', 'reported', 'according_to', 'reportative'] as const;
export const SOURCE_TYPES = [
  'agency', 'media', 'government', 'politician', 'security', 'justice', 'expert',
  'organization', 'company', 'person', 'document', 'social_media', 'other',
] as const;

export const Kind = z.enum(KINDS);
export const SourceType = z.enum(SOURCE_TYPES);
export type Kind = z.infer<typeof Kind>;
export type SourceType = z.infer<typeof SourceType>;

/** One attribution found in one sentence of the article body. */
export const Attribution = z.object({
  /** Index of the sentence in `sentences` of the report. */
  sentenceIndex: z.number().int().nonnegative(),
  sentence: z.string(),
  kind: Kind,
  cue: z.string(),
  /** Key of the cue's lexicon entry, for its explanation (`explainCue`). */
  cueId: z.string(),
  source: z.string().nullable(),
  resolved: z.string().nullable().optional(),
  type: SourceType.nullable(),
  named: z.boolean(),
});
export type Attribution = z.infer<typeof Attribution>;

export const Summary = z.object({
  sentences: z.number().int().nonnegative(),
  attributedSentences: z.number().int().nonnegative(),
  /** attributedSentences / sentences, 0 when there are no sentences. */
  attributedShare: z.number().min(0).max(1),
  /** Distinct sources (by resolved name or mention) that are named and that are anonymous. */
  namedSources: z.number().int().nonnegative(),
  anonymousSources: z.number().int().nonnegative(),
  byKind: z.record(z.string(), z.number().int().nonnegative()),
  byType: z.record(z.string(), z.number().int().nonnegative()),
});
export type Summary = z.infer<typeof Summary>;

export const Report = z.object({
  schemaVersion: z.literal(1),
  url: z.string().nullable(),
  isArticle: z.boolean(),
  liveblog: z.boolean(),
  lang: z.string().nullable(),
  /** Why the text was not analysed (unsupported language, not an article); null when it was. */
  notAnalysed: z.string().nullable(),
  article: z.object({
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    published: z.string().nullable(),
    authors: z.array(z.string()),
    agencies: z.array(z.string()),
    sentences: z.number().int().nonnegative(),
    /** The body as plain text (CLI `--with-body`): headline first, paragraphs split by a blank line. */
    text: z.string().optional(),
  }),
  sourcesBox: z.array(z.string()),
  imageCredits: z.array(z.string()),
  /** The analysed body, one entry per sentence (what `sentenceIndex` points into). */
  sentences: z.array(z.object({ text: z.string(), block: z.number().int().nonnegative() })),
  attributions: z.array(Attribution),
  summary: Summary,
});
export type Report = z.infer<typeof Report>;
