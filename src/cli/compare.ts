/**
 * `quellenlage compare`: reports in (files, directories, JSON Lines from `batch`), the per-outlet
 * table out, and with --html a self-contained HTML file with the charts (the script and Chart.js
 * inlined: it opens from disk, offline, and can be mailed or archived as one file).
 */
import { printable } from './printable.js';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareOutlets, filterRows, formatTable, statsCsv, type RowFilter } from '../core/compare.js';
import { rowOf, type ArticleRow } from '../core/row.js';
import { Report } from '../core/schema.js';
import { translator } from '../ui/i18n.js';
import { COMPARE_CSS } from '../compare/style.js';

/** The report files named by the inputs: .json and .jsonl files, directories searched recursively. */
function reportFiles(inputs: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    if (statSync(p).isDirectory()) for (const n of readdirSync(p).sort()) walk(join(p, n));
    else if (/\.jsonl?$/i.test(p)) out.push(p);
  };
  for (const i of inputs) {
    if (!existsSync(i)) throw new Error(`${i}: no such file`);
    if (statSync(i).isDirectory()) walk(i);
    else out.push(i);
  }
  return out;
}

/** Article rows from report files; what is no valid report is counted, not fatal. */
export function readRows(
  inputs: readonly string[],
  includeNonArticles = false,
): { rows: ArticleRow[]; skipped: number } {
  const rows: ArticleRow[] = [];
  let skipped = 0;
  const take = (raw: unknown, fallbackId: string) => {
    // a batch line {"id","report"} or a bare report
    const obj = raw as { id?: unknown; report?: unknown };
    const parsed = Report.safeParse(obj && typeof obj === 'object' && 'report' in obj ? obj.report : raw);
    if (!parsed.success) {
      skipped++;
      return;
    }
    if (!parsed.data.isArticle && !includeNonArticles) return;
    const id = typeof obj.id === 'string' ? obj.id : fallbackId;
    rows.push(rowOf(parsed.data, parsed.data.url ?? id, ''));
  };
  for (const file of reportFiles(inputs)) {
    const text = readFileSync(file, 'utf8');
    if (/\.jsonl$/i.test(file)) {
      text.split('\n').forEach((line, i) => {
        if (!line.trim()) return;
        try {
          take(JSON.parse(line), `${file}:${i + 1}`);
        } catch {
          skipped++;
        }
      });
    } else {
      try {
        take(JSON.parse(text), file);
      } catch {
        skipped++;
      }
    }
  }
  return { rows, skipped };
}

/** A self-contained HTML page that compares the outlets of `rows` (filters, charts, table, exports). */
export function comparisonHtml(rows: readonly ArticleRow[], script: string, lang: 'de' | 'en'): string {
  const t = translator(lang);
  // JSON inside <script>: "<" escaped, so no outlet name can close the element
  const data = JSON.stringify({ rows, lang }).replace(/</g, '\\u003c');
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(t('compareTitle'))}</title>
<style>${COMPARE_CSS}</style>
</head>
<body>
<h1>${esc(t('compareTitle'))}</h1>
<p class="note">${esc(t('compareNote'))}</p>
<main id="ql-compare"><noscript>${rows.length} articles</noscript></main>
<script type="application/json" id="ql-data">${data}</script>
<script>${script.replace(/<\/script/gi, '<\\/script')}</script>
</body>
</html>
`;
}

export interface CompareOptions {
  /** Write the charts and the table as one HTML file. */
  html?: string | null;
  /** Write the per-outlet table as CSV. */
  csv?: string | null;
  includeNonArticles?: boolean;
  /** Which articles to compare. */
  filter?: RowFilter;
}

/** Runs `compare`; returns the exit code. */
export function runCompare(
  inputs: readonly string[],
  opts: CompareOptions,
  out: (s: string) => void,
  err: (s: string) => void,
): number {
  let read: { rows: ArticleRow[]; skipped: number };
  try {
    read = readRows(inputs, !!opts.includeNonArticles);
  } catch (e) {
    err(`quellenlage: ${printable((e as Error).message)}`);
    return 1;
  }
  const rows = filterRows(read.rows, opts.filter ?? {});
  const html = opts.html ?? null;
  if (rows.length < read.rows.length) err(`quellenlage: ${rows.length} of ${read.rows.length} articles chosen`);
  const stats = compareOutlets(rows);
  if (opts.csv) writeFileSync(opts.csv, statsCsv(stats));
  // outlet names come from pages: no control character of theirs reaches the terminal
  out(formatTable(stats.map((st) => ({ ...st, outlet: printable(st.outlet) }))));
  if (read.skipped) err(`quellenlage: ${read.skipped} entries were no valid reports and were left out`);
  if (html) {
    const script = new URL('./compare-view.js', import.meta.url);
    if (!existsSync(script)) {
      err('quellenlage: the chart script (compare-view.js) is missing beside the CLI: run the build');
      return 1;
    }
    writeFileSync(html, comparisonHtml(rows, readFileSync(script, 'utf8'), 'en'));
    err(`quellenlage: wrote ${html}`);
  }
  return rows.length ? 0 : 1;
}
