/**
 * Bulk commands for researchers: `batch` over files and directories, `pipe` over JSON Lines on stdin
 * (the shape Spark's RDD.pipe, Hadoop Streaming and GNU parallel expect). One report per page; a
 * page that fails gets an error record and the run goes on.
 */
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { CSV_COLUMNS, csvLine, type ArticleRow } from '../core/row.js';
import { InputError, reportOf } from './input.js';
import { progress } from './progress.js';
import { listInputs, pagesOf } from './sources.js';
import analysePage, { type Done, type Task } from './worker.js';


export interface BatchOptions {
  jsonl: string | null;
  outDir: string | null;
  csv: string | null;
  resume: boolean;
  withBody: boolean;
  /** Worker threads; 1 analyses in the main thread. */
  workers: number;
  /** No progress output (the summary line is still written). */
  quiet: boolean;
}

/** One page's result: its serialised report (and CSV row), or why it has none. */
type Result = { id: string; file: string; fileIndex: number } & ({ json: string; row: ArticleRow | null } | { error: string });

function errorText(e: unknown): string {
  return e instanceof InputError ? e.message : `analysis failed: ${(e as Error).message}`;
}

/** A page id as a file name in --out DIR (WARC ids are URLs), and back. */
const fileNameOf = (id: string) => encodeURIComponent(id).replace(/\*/g, '%2A');
const idOfFileName = (name: string) => { try { return decodeURIComponent(name); } catch { return name; } };

/** The first field of a CSV line (quoted or not). */
function firstCsvField(line: string): string {
  if (!line.startsWith('"')) return line.split(',')[0]!;
  const m = /^"((?:[^"]|"")*)"/.exec(line);
  return m ? m[1]!.replace(/""/g, '"') : '';
}

/** Ids already written by an earlier run, for --resume. */
function doneIds(opts: BatchOptions): Set<string> {
  const done = new Set<string>();
  if (opts.jsonl && existsSync(opts.jsonl)) {
    for (const line of readFileSync(opts.jsonl, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try { const r = JSON.parse(line) as { id: string; report?: unknown }; if (r.report) done.add(r.id); } catch { /* a torn last line from an interrupted run: done again */ }
    }
  }
  if (opts.outDir && existsSync(opts.outDir)) for (const f of readdirSync(opts.outDir)) if (f.endsWith('.json')) done.add(idOfFileName(f.slice(0, -5)));
  if (opts.csv && !opts.jsonl && !opts.outDir && existsSync(opts.csv)) for (const line of readFileSync(opts.csv, 'utf8').split('\r\n').slice(1)) if (line) done.add(firstCsvField(line));
  return done;
}

/** Analyses pages in the main thread (one worker) or in a pool of worker threads. */
interface Analyser { run(task: Task): Promise<Done>; close(): Promise<void> }

async function analyser(workers: number): Promise<Analyser> {
  if (workers <= 1) return { run: async (task) => analysePage(task), close: async () => {} };
  const { default: Piscina } = await import('piscina');
  const pool = new Piscina<Task, Done>({ filename: new URL('./worker.mjs', import.meta.url).href, minThreads: workers, maxThreads: workers });
  return { run: (task) => pool.run(task), close: () => pool.destroy() };
}

/** Runs `batch`; resolves to the exit code (1 when any page failed). */
export async function runBatch(inputs: readonly string[], opts: BatchOptions, out: (s: string) => void, err: (s: string) => void, progressStream: NodeJS.WriteStream = process.stderr): Promise<number> {
  const files = listInputs(inputs);
  const done = opts.resume ? doneIds(opts) : new Set<string>();
  if (opts.outDir) mkdirSync(opts.outDir, { recursive: true });
  if (opts.jsonl && !opts.resume) writeFileSync(opts.jsonl, '');
  if (opts.csv && (!opts.resume || !existsSync(opts.csv))) writeFileSync(opts.csv, CSV_COLUMNS.join(',') + '\r\n');
  /** Writes one page's result where the options say: its report (serialised JSON) or its error. */
  const write = (r: Result) => {
    if ('error' in r) {
      const line = JSON.stringify({ id: r.id, file: r.file, error: r.error });
      if (opts.jsonl) appendFileSync(opts.jsonl, line + '\n');
      else if (!opts.outDir && !opts.csv) out(line);
      err(`quellenlage: ${r.file}: ${r.error}`);
      return;
    }
    // the report is serialised in the worker; the line is put together around its text
    if (opts.outDir) writeFileSync(join(opts.outDir, `${fileNameOf(r.id)}.json`), r.json);
    else if (opts.jsonl || !opts.csv) {
      const line = `{"id":${JSON.stringify(r.id)},"file":${JSON.stringify(r.file)},"report":${r.json}}`;
      if (opts.jsonl) appendFileSync(opts.jsonl, line + '\n');
      else out(line);
    }
    if (opts.csv && r.row) appendFileSync(opts.csv, csvLine(r.row) + '\r\n');
  };
  let failed = 0, analysed = 0, skipped = 0;
  const t0 = performance.now();
  const bar = progress(files.length, progressStream, opts.quiet);
  const pool = await analyser(opts.workers);
  // pages in flight, oldest first: the output keeps the input order and memory stays bounded
  const window: Array<Promise<Result>> = [];
  const windowSize = Math.max(4, 4 * opts.workers);
  const finish = async () => {
    const r = await window.shift()!;
    if ('error' in r) failed++;
    else analysed++;
    write(r);
    bar.tick(analysed + failed, r.fileIndex);
  };
  try {
    for await (const [item, fileIndex] of pagesOf(files)) {
      if (done.has(item.id)) { skipped++; continue; }
      const at = { id: item.id, file: item.file, fileIndex };
      if ('error' in item) window.push(Promise.resolve({ ...at, error: item.error }));
      else {
        const task: Task = { id: item.id, bytes: item.bytes, name: item.name, url: item.url, withBody: opts.withBody, csv: !!opts.csv };
        window.push(pool.run(task).then((d): Result => ({ ...at, ...d }), (e: unknown): Result => ({ ...at, error: errorText(e) })));
      }
      if (window.length >= windowSize) await finish();
    }
    while (window.length) await finish();
  } finally {
    bar.stop();
    await pool.close();
  }
  const pages = analysed + failed + skipped;
  err(`quellenlage: ${analysed} analysed, ${failed} failed, ${skipped} already done, ${pages} pages from ${files.length} files in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
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
