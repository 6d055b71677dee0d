/**
 * Pages analysed in worker threads with a time limit each: a page that takes longer has its worker
 * terminated (the pool starts another) and becomes an error line, so that no page can stall a run.
 * Results are handed on in input order with a bounded number in flight.
 */
import { setFlagsFromString } from 'node:v8';
import type { Done, Task } from './worker.js';

/** Analyses pages; every page's result arrives, as a report or an error. */
export interface Analyser {
  run(task: Task): Promise<Done>;
  close(): Promise<void>;
}

/** How long one page may take, by default (seconds); `--timeout` sets it. */
export const DEFAULT_TIMEOUT_S = 30;

/**
 * V8's flags for the workers of a long batch (V8's flags are the process's: set before the workers
 * start, read as the heaps run). Both measured over the corpus pages repeated (`npm run bench`, and
 * runs with `--trace-gc --trace-opt`):
 * - A heap grows by half past what the last full collection kept (by default up to four times: a
 *   worker keeping ~28 MB alive between pages let its heap reach ~120 MB before collecting, so that
 *   a long batch's memory rose and fell by ~100 MB a worker, a saw tooth, not a leak).
 * - No pretenuring by allocation site: each page builds a tree that lives for that page only, and
 *   V8 at times judged its allocation sites long-lived and allocated them straight into the old
 *   generation. A worker in that state ran a full collection every ~0.35 s instead of every ~4 s,
 *   and each one dropped the compiled code of the functions a page creates, so that a third to a
 *   half of the runs recompiled ~6,000 times over 4,032 pages instead of ~1,400 (runs of one worker
 *   and of two, before: 3 of 8 and 2 of 2 in that state; after: none of 12).
 */
const V8_FLAGS = ['--heap-growing-percent=50', '--no-allocation-site-pretenuring'];

/** A pool of `workers` threads (at least one) that stops a page after `timeoutMs`. */
export async function analyser(workers: number, timeoutMs: number): Promise<Analyser> {
  const { default: Piscina } = await import('piscina');
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
  const threads = Math.max(1, workers);
  const pool = new Piscina<Task, Done>({
    filename: new URL('./worker.mjs', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
  });
  return {
    run: async (task) => {
      // a timer of our own, cleared when the page is done: a timeout signal would hold the task (and
      // its page's bytes) until the limit passed, thousands of pages later in a fast batch
      const stop = new AbortController();
      const timer = setTimeout(() => stop.abort(), timeoutMs);
      // the page's bytes are moved to the worker, not copied, when they own their whole buffer (a file
      // read whole; not a record cut out of an archive's buffer, which the archive's other pages share)
      const { buffer, byteOffset, byteLength } = task.bytes;
      const own = buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength;
      try {
        return await pool.run(task, { signal: stop.signal, ...(own ? { transferList: [buffer] } : {}) });
      } catch (e) {
        const aborted = (e as Error).name === 'AbortError';
        return {
          error: aborted
            ? `analysis took longer than ${timeoutMs / 1000} s and was stopped`
            : `analysis failed: ${(e as Error).message}`,
        };
      } finally {
        clearTimeout(timer);
      }
    },
    close: () => pool.destroy(),
  };
}

/**
 * Keeps at most `size` results in flight and hands each to `done` in the order they were added,
 * whatever the order they finish in.
 */
export class InOrder<R> {
  private readonly window: Array<Promise<R>> = [];
  constructor(
    private readonly size: number,
    private readonly done: (r: R) => void,
  ) {}

  /** Adds a result to come; waits for the oldest while the window is full. */
  async add(result: Promise<R>): Promise<void> {
    this.window.push(result);
    if (this.window.length >= this.size) this.done(await this.window.shift()!);
  }

  /** Hands on every result still in flight. */
  async drain(): Promise<void> {
    while (this.window.length) this.done(await this.window.shift()!);
  }
}
