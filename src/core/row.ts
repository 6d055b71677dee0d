/**
 * One article as one flat row: what the extension's history keeps, what CSV and JSON exports hold,
 * and what the outlet comparison counts — the same columns in the extension and in the CLI.
 */
import type { Report } from './schema.js';
import { KINDS, SOURCE_TYPES, type Kind, type SourceType } from './vocabulary.js';

/** One article's figures. The zod schema that checks stored and imported rows is in row-schema.ts. */
export interface ArticleRow {
  /** The page's address (extension) or the input's id (CLI). */
  url: string;
  outlet: string | null;
  title: string | null;
  published: string | null;
  /** When the article was analysed (ISO 8601). */
  analysedAt: string;
  lang: string | null;
  sentences: number;
  attributedSentences: number;
  attributedShare: number;
  namedSources: number;
  anonymousSources: number;
  attributions: number;
  byKind: Record<Kind, number>;
  byType: Record<SourceType, number>;
  agencies: string[];
  agencyCopy: 'wholly' | 'partly' | null;
  authors: string[];
  truncated: string | null;
  sourcesBoxItems: number;
  /** False for a page that is no news article (kept only when asked for: `--include-nonarticles`); absent means true. */
  isArticle?: boolean;
}

/**
 * The longest text a row keeps in each kind of field: a page decides what its title, outlet and
 * credits say, and one page must not fill the history's storage (a 10 MB site name).
 */
export const ROW_LIMITS = { url: 2048, text: 300, short: 64, items: 20, item: 120 } as const;

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
const clipOrNull = (s: string | null, n: number) => (s === null ? null : clip(s, n));
const clipList = (xs: readonly string[]) => xs.slice(0, ROW_LIMITS.items).map((x) => clip(x, ROW_LIMITS.item));

/**
 * What a row is made of: the report's figures and credits without its text and attributions, small
 * enough for the content script to hand to the background and the popup, which make the row of it.
 */
export interface RowDraft {
  url: string;
  analysedAt: string;
  isArticle: boolean;
  lang: string | null;
  summary: Report['summary'];
  article: Omit<Report['article'], 'text'>;
  attributions: number;
  sourcesBoxItems: number;
}

/** The draft of a report's row. */
export function rowDraftOf(report: Report, url: string, analysedAt: string): RowDraft {
  const { text: _text, ...article } = report.article;
  return {
    url,
    analysedAt,
    isArticle: report.isArticle,
    lang: report.lang,
    summary: report.summary,
    article,
    attributions: report.attributions.length,
    sourcesBoxItems: report.sourcesBox.length,
  };
}

/** The row of a draft, its texts cut to ROW_LIMITS. */
export function rowFromDraft(d: RowDraft): ArticleRow {
  const s = d.summary;
  const byKind = Object.fromEntries(KINDS.map((k) => [k, s.byKind[k] ?? 0])) as ArticleRow['byKind'];
  const byType = Object.fromEntries(SOURCE_TYPES.map((t) => [t, s.byType[t] ?? 0])) as ArticleRow['byType'];
  return {
    url: clip(d.url, ROW_LIMITS.url),
    outlet: clipOrNull(d.article.outlet, ROW_LIMITS.text),
    title: clipOrNull(d.article.title, ROW_LIMITS.text),
    published: clipOrNull(d.article.published, ROW_LIMITS.short),
    analysedAt: d.analysedAt,
    lang: clipOrNull(d.lang, ROW_LIMITS.short),
    sentences: s.sentences,
    attributedSentences: s.attributedSentences,
    attributedShare: s.attributedShare,
    namedSources: s.namedSources,
    anonymousSources: s.anonymousSources,
    attributions: d.attributions,
    byKind,
    byType,
    agencies: clipList(d.article.agencies),
    agencyCopy: d.article.agencyCopy,
    authors: clipList(d.article.authors),
    truncated: d.article.truncated,
    sourcesBoxItems: d.sourcesBoxItems,
    ...(d.isArticle ? {} : { isArticle: false }),
  };
}

/** The row of a report, its texts cut to ROW_LIMITS. */
export function rowOf(report: Report, url: string, analysedAt: string): ArticleRow {
  return rowFromDraft(rowDraftOf(report, url, analysedAt));
}

/** The CSV columns, in order: the row's fields, with one column per kind and per source type. */
// (built by a call marked pure, so that a bundle that never writes CSV, the content script's, leaves it out)
export const CSV_COLUMNS: readonly string[] = /* @__PURE__ */ (() => [
  'url',
  'outlet',
  'title',
  'published',
  'analysedAt',
  'lang',
  'sentences',
  'attributedSentences',
  'attributedShare',
  'namedSources',
  'anonymousSources',
  'attributions',
  ...KINDS.map((k) => `kind_${k}`),
  ...SOURCE_TYPES.map((t) => `type_${t}`),
  'agencies',
  'agencyCopy',
  'authors',
  'truncated',
  'sourcesBoxItems',
  'isArticle',
])();

/** The value of one CSV column of a row; lists are joined with "; ". */
function cell(row: ArticleRow, column: string): string {
  if (column.startsWith('kind_')) return String(row.byKind[column.slice(5) as keyof ArticleRow['byKind']] ?? 0);
  if (column.startsWith('type_')) return String(row.byType[column.slice(5) as keyof ArticleRow['byType']] ?? 0);
  if (column === 'isArticle') return String(row.isArticle !== false);
  const v = (row as unknown as Record<string, unknown>)[column];
  if (Array.isArray(v)) return v.join('; ');
  return v === null || v === undefined ? '' : String(v);
}

/** A cell a spreadsheet would run as a formula: it starts with =, +, -, @, a tab or a carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number ("-3", "0.25"), which a spreadsheet may read as a number and nothing more. */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * A CSV field quoted as RFC 4180 asks (in double quotes when it holds a comma, quote or line break),
 * with a cell that a spreadsheet would run as a formula neutralised by a leading quote mark. The one
 * CSV writer of the CLI and the extension's export.
 */
export function csvField(s: string): string {
  const safe = FORMULA_START.test(s) && !PLAIN_NUMBER.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row as a CSV line, without its line end. */
export function csvLine(row: ArticleRow): string {
  return CSV_COLUMNS.map((c) => csvField(cell(row, c))).join(',');
}

/** Rows as CSV text with a header line (CRLF line ends, as RFC 4180 has them). */
export function toCsv(rows: readonly ArticleRow[]): string {
  return [CSV_COLUMNS.join(','), ...rows.map(csvLine)].join('\r\n') + '\r\n';
}
