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
 * How far V8 lets a heap grow past what the last full collection kept, in per cent. By default it
 * grows by up to four times: a worker that keeps ~28 MB alive between pages let its heap reach
 * ~120 MB before collecting, so that the memory of a long batch rose and fell by ~100 MB a worker
 * (a saw tooth, not a leak). At 1.5 times the peak is ~70 MB lower for the same speed within this
 * machine's noise (`npm run bench`).
 */
const HEAP_GROWING_PERCENT = 50;

/** A pool of `workers` threads (at least one) that stops a page after `timeoutMs`. */
export async function analyser(workers: number, timeoutMs: number): Promise<Analyser> {
  const { default: Piscina } = await import('piscina');
  // (V8's flags are the process's: set before the workers start, read at each collection)
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
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
      try {
        return await pool.run(task, { signal: stop.signal });
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
