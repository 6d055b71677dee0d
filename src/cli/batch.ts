/**
 * Bulk commands for researchers: `batch` over files and directories, `pipe` over JSON Lines on stdin
 * (the shape Spark's RDD.pipe, Hadoop Streaming and GNU parallel expect). One report per page; a
 * page that fails gets an error record and the run goes on.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { CSV_COLUMNS, csvLine, type ArticleRow } from '../core/row.js';
import { progress } from './progress.js';
import { analyser, InOrder } from './pool.js';
import { printable } from './printable.js';
import { idOf, listInputs, pagesOf } from './sources.js';
import { MAX_PAGE_BYTES, tooLarge } from './limits.js';
import type { Done, Task } from './worker.js';

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
  /** How long one page may take, in seconds. */
  timeoutS: number;
  /** CSV rows also for pages that are no news article. */
  includeNonArticles?: boolean;
}

/** One page's result: its serialised report (and CSV row), or why it has none. */
type Result = { id: string; file: string; fileIndex: number } & (
  { json: string; row: ArticleRow | null } | { error: string }
);

/** A file name's part from a page id is at most this long (file systems allow 255 bytes). */
const MAX_NAME = 150;

/**
 * A page id as a file name in --out DIR: URL-encoded (WARC ids are URLs), and when that is too long
 * for a file system, cut and followed by a hash of the whole id, so that the name stays valid and unique.
 */
export function fileNameOf(id: string): string {
  const name = encodeURIComponent(id).replace(/\*/g, '%2A');
  if (name.length <= MAX_NAME) return name;
  return `${name.slice(0, MAX_NAME - 41).replace(/%[0-9A-F]?$/i, '')}~${createHash('sha1').update(id).digest('hex')}`;
}

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
      try {
        const r = JSON.parse(line) as { id: string; report?: unknown };
        if (r.report) done.add(r.id);
      } catch {
        /* a torn last line from an interrupted run: done again */
      }
    }
  }
  // (--out DIR: the file names, against which each page's file name is looked up)
  if (opts.outDir && existsSync(opts.outDir))
    for (const f of readdirSync(opts.outDir)) if (f.endsWith('.json')) done.add(NAME_MARK + f.slice(0, -5));
  if (opts.csv && !opts.jsonl && !opts.outDir && existsSync(opts.csv))
    for (const line of readFileSync(opts.csv, 'utf8').split('\r\n').slice(1)) if (line) done.add(firstCsvField(line));
  return done;
}

/** Marks a file name of --out DIR among the ids done. */
const NAME_MARK = '\0file:';

/** Whether a page was done by an earlier run (by its id, or by its file name in --out DIR). */
const isDone = (done: Set<string>, id: string) => done.has(id) || done.has(NAME_MARK + fileNameOf(id));

/** Pages in flight per worker: enough to keep every worker busy, few enough to bound memory. */
const IN_FLIGHT_PER_WORKER = 4;

/** Runs `batch`; resolves to the exit code (1 when any page failed). */
export async function runBatch(
  inputs: readonly string[],
  opts: BatchOptions,
  out: (s: string) => void,
  err: (s: string) => void,
  progressStream: NodeJS.WriteStream = process.stderr,
): Promise<number> {
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
      err(
        `quellenlage: ${printable(r.file)}: ${printable(r.id === idOf(r.file) ? '' : `${r.id}: `)}${printable(r.error)}`,
      );
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
  let failed = 0,
    analysed = 0,
    skipped = 0;
  const t0 = performance.now();
  const bar = progress(files.length, progressStream, opts.quiet);
  const pool = await analyser(opts.workers, opts.timeoutS * 1000);
  // pages in flight, oldest first: the output keeps the input order and memory stays bounded
  const window = new InOrder<Result>(IN_FLIGHT_PER_WORKER * Math.max(1, opts.workers), (r) => {
    if ('error' in r) failed++;
    else analysed++;
    try {
      write(r);
    } catch (e) {
      // a result that cannot be written (a full disk, a name the file system refuses) is that page's error
      failed++;
      if ('json' in r) analysed--;
      err(`quellenlage: ${printable(r.id)}: cannot write the result (${printable((e as Error).message)})`);
    }
    bar.tick(analysed + failed, r.fileIndex);
  });
  try {
    for await (const [item, fileIndex] of pagesOf(files)) {
      if (isDone(done, item.id)) {
        skipped++;
        continue;
      }
      const at = { id: item.id, file: item.file, fileIndex };
      if ('error' in item) await window.add(Promise.resolve({ ...at, error: item.error }));
      else {
        const task: Task = {
          id: item.id,
          bytes: item.bytes,
          name: item.name,
          url: item.url,
          withBody: opts.withBody,
          csv: !!opts.csv,
          allPages: !!opts.includeNonArticles,
        };
        await window.add(pool.run(task).then((d): Result => ({ ...at, ...d })));
      }
    }
    await window.drain();
  } finally {
    bar.stop();
    await pool.close();
  }
  const pages = analysed + failed + skipped;
  err(
    `quellenlage: ${analysed} analysed, ${failed} failed, ${skipped} already done, ${pages} pages from ${files.length} files in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  return failed ? 1 : 0;
}

/**
 * Runs `pipe`: JSON Lines of `{"id", "url"?, "html"}` in, JSON Lines of `{"id", "report"}` or
 * `{"id", "error"}` out, in input order and one line at a time (memory stays flat however long the
 * stream). A line that is no such object, or a page that cannot be analysed in time, gets an error line.
 */
export async function runPipe(
  input: Readable,
  out: (s: string) => void,
  opts: { withBody: boolean; workers: number; timeoutS: number },
): Promise<number> {
  let failed = 0;
  let n = 0;
  const pool = await analyser(opts.workers, opts.timeoutS * 1000);
  const window = new InOrder<{ id: string; done: Done }>(
    IN_FLIGHT_PER_WORKER * Math.max(1, opts.workers),
    ({ id, done }) => {
      if ('error' in done) {
        failed++;
        out(JSON.stringify({ id, error: done.error }));
      } else out(`{"id":${JSON.stringify(id)},"report":${done.json}}`);
    },
  );
  const fail = (id: string, error: string) => window.add(Promise.resolve({ id, done: { error } }));
  try {
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      if (!line.trim()) continue;
      n++;
      let rec: unknown;
      try {
        rec = JSON.parse(line);
      } catch {
        await fail(`line-${n}`, 'not a JSON object');
        continue;
      }
      if (!rec || typeof rec !== 'object' || Array.isArray(rec)) {
        await fail(`line-${n}`, 'not a JSON object');
        continue;
      }
      const { id: rawId, url, html } = rec as { id?: unknown; url?: unknown; html?: unknown };
      const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : `line-${n}`;
      if (typeof html !== 'string') {
        await fail(id, 'no "html" string in the record');
        continue;
      }
      const bytes = new TextEncoder().encode(html);
      if (bytes.length > MAX_PAGE_BYTES) {
        await fail(id, tooLarge('the page'));
        continue;
      }
      const task: Task = {
        id,
        bytes,
        name: 'page.html',
        url: typeof url === 'string' ? url : null,
        withBody: opts.withBody,
        csv: false,
      };
      await window.add(pool.run(task).then((done) => ({ id, done })));
    }
    await window.drain();
  } finally {
    await pool.close();
  }
  return failed ? 1 : 0;
}
