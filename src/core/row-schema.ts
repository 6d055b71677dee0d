/** The zod schema of an article row (row.ts), for rows read back from storage or an import. */
import * as z from 'zod/mini';
import { KINDS, SOURCE_TYPES } from './schema.js';
import { ROW_LIMITS, type ArticleRow as Row } from './row.js';

const count = z.int().check(z.nonnegative());
const share = z.number().check(z.minimum(0), z.maximum(1));

/** Texts no longer than row.ts cuts them (an import may not bring in what a page could not). */
const text = (max: number) => z.string().check(z.maxLength(max));
const list = z.array(text(ROW_LIMITS.item)).check(z.maxLength(ROW_LIMITS.items));

export const ArticleRow = z.object({
  url: text(ROW_LIMITS.url).check(z.minLength(1)),
  outlet: z.nullable(text(ROW_LIMITS.text)),
  title: z.nullable(text(ROW_LIMITS.text)),
  published: z.nullable(text(ROW_LIMITS.short)),
  analysedAt: text(ROW_LIMITS.short),
  lang: z.nullable(text(ROW_LIMITS.short)),
  sentences: count,
  attributedSentences: count,
  attributedShare: share,
  namedSources: count,
  anonymousSources: count,
  attributions: count,
  byKind: z.record(z.enum(KINDS), count),
  byType: z.record(z.enum(SOURCE_TYPES), count),
  agencies: list,
  agencyCopy: z.nullable(z.enum(['wholly', 'partly'])),
  authors: list,
  truncated: z.nullable(text(ROW_LIMITS.short)),
  sourcesBoxItems: count,
  isArticle: z.optional(z.boolean()),
});

// the schema and the interface describe the same row: a compile-time check both ways
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same: Same<z.infer<typeof ArticleRow>, Row> = true;
void same;
