/**
 * Bulk commands for researchers: `batch` over files and directories, `pipe` over JSON Lines on stdin
 * (the shape Spark's RDD.pipe, Hadoop Streaming and GNU parallel expect). One report per page; a
 * page that fails gets an error record and the run goes on.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, appendFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { InputError, reportOf } from './input.js';

/** File endings the batch reads: saved pages and copied page text. */
const PAGE_FILE = /\.(?:html?|xhtml|txt)$/i;

/** The page files named by the inputs: files as they are, directories searched recursively, sorted. */
export function listInputs(inputs: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (PAGE_FILE.test(name)) out.push(p);
    }
  };
  for (const input of inputs) {
    if (!existsSync(input)) { out.push(input); continue; } // reported as a per-file error
    if (statSync(input).isDirectory()) walk(input);
    else out.push(input);
  }
  return out;
}

/** The id of a page file: its name without the ending ("spiegel-svb.html" → "spiegel-svb"). */
export const idOf = (file: string) => basename(file, extname(file));

export interface BatchOptions {
  jsonl: string | null;
  outDir: string | null;
  resume: boolean;
  withBody: boolean;
}

/** One line of output: the page's report, or why it has none. */
type Row = { id: string; file?: string; report: unknown } | { id: string; file?: string; error: string };

function errorText(e: unknown): string {
  return e instanceof InputError ? e.message : `analysis failed: ${(e as Error).message}`;
}

/** Ids already written by an earlier run, for --resume. */
function doneIds(opts: BatchOptions): Set<string> {
  const done = new Set<string>();
  if (opts.jsonl && existsSync(opts.jsonl)) {
    for (const line of readFileSync(opts.jsonl, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try { const r = JSON.parse(line) as Row; if ('report' in r) done.add(r.id); } catch { /* a torn last line from an interrupted run: done again */ }
    }
  }
  if (opts.outDir && existsSync(opts.outDir)) for (const f of readdirSync(opts.outDir)) if (f.endsWith('.json')) done.add(f.slice(0, -5));
  return done;
}

/** Runs `batch`; returns the exit code (1 when any page failed). */
export function runBatch(inputs: readonly string[], opts: BatchOptions, out: (s: string) => void, err: (s: string) => void): number {
  const files = listInputs(inputs);
  const done = opts.resume ? doneIds(opts) : new Set<string>();
  if (opts.outDir) mkdirSync(opts.outDir, { recursive: true });
  if (opts.jsonl && !opts.resume) writeFileSync(opts.jsonl, '');
  const emit = (row: Row) => {
    if (opts.outDir && 'report' in row) writeFileSync(join(opts.outDir, `${row.id}.json`), JSON.stringify(row.report, null, 2));
    else if (opts.jsonl) appendFileSync(opts.jsonl, JSON.stringify(row) + '\n');
    else if (!opts.outDir) out(JSON.stringify(row));
    if ('error' in row) err(`quellenlage: ${row.file ?? row.id}: ${row.error}`);
  };
  let failed = 0, analysed = 0, skipped = 0;
  const t0 = performance.now();
  files.forEach((file, i) => {
    const id = idOf(file);
    if (done.has(id)) { skipped++; return; }
    try {
      emit({ id, file, report: reportOf(readFileSync(file), file, null, opts.withBody) });
      analysed++;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      emit({ id, file, error: code === 'ENOENT' ? 'no such file' : code ? `cannot read it (${code})` : errorText(e) });
      failed++;
    }
    if ((i + 1) % 100 === 0) err(`quellenlage: ${i + 1}/${files.length} files, ${(analysed / ((performance.now() - t0) / 1000)).toFixed(1)} pages/s`);
  });
  err(`quellenlage: ${analysed} analysed, ${failed} failed, ${skipped} already done, ${files.length} files in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return failed ? 1 : 0;
}

/**
 * Runs `pipe`: JSON Lines of `{"id", "url"?, "html"}` in, JSON Lines of `{"id", "report"}` or
 * `{"id", "error"}` out, one line at a time (memory stays flat however long the stream).
 */
export async function runPipe(input: Readable, out: (s: string) => void, withBody: boolean): Promise<number> {
  let failed = 0;
  let n = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    n++;
    let rec: { id?: unknown; url?: unknown; html?: unknown };
    try { rec = JSON.parse(line) as typeof rec; } catch { out(JSON.stringify({ id: `line-${n}`, error: 'not a JSON object' })); failed++; continue; }
    const id = typeof rec.id === 'string' || typeof rec.id === 'number' ? String(rec.id) : `line-${n}`;
    if (typeof rec.html !== 'string') { out(JSON.stringify({ id, error: 'no "html" string in the record' })); failed++; continue; }
    try {
      const url = typeof rec.url === 'string' ? rec.url : null;
      out(JSON.stringify({ id, report: reportOf(new TextEncoder().encode(rec.html), 'page.html', url, withBody) }));
    } catch (e) {
      out(JSON.stringify({ id, error: errorText(e) }));
      failed++;
    }
  }
  return failed ? 1 : 0;
}
