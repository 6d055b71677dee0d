/** The zod schema of an article row (row.ts), for rows read back from storage or an import. */
import * as z from 'zod/mini';
import { KINDS, SOURCE_TYPES } from './schema.js';
import type { ArticleRow as Row } from './row.js';

const count = z.int().check(z.nonnegative());
const share = z.number().check(z.minimum(0), z.maximum(1));

export const ArticleRow = z.object({
  url: z.string().check(z.minLength(1)),
  outlet: z.nullable(z.string()),
  title: z.nullable(z.string()),
  published: z.nullable(z.string()),
  analysedAt: z.string(),
  lang: z.nullable(z.string()),
  sentences: count,
  attributedSentences: count,
  attributedShare: share,
  namedSources: count,
  anonymousSources: count,
  attributions: count,
  byKind: z.record(z.enum(KINDS), count),
  byType: z.record(z.enum(SOURCE_TYPES), count),
  agencies: z.array(z.string()),
  agencyCopy: z.nullable(z.enum(['wholly', 'partly'])),
  authors: z.array(z.string()),
  truncated: z.nullable(z.string()),
  sourcesBoxItems: count,
});

// the schema and the interface describe the same row: a compile-time check both ways
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same: Same<z.infer<typeof ArticleRow>, Row> = true;
void same;
