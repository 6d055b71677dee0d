/**
 * Pages analysed in worker threads with a time limit each: a page that takes longer has its worker
 * terminated (the pool starts another) and becomes an error line, so that no page can stall a run.
 * Results are handed on in input order with a bounded number in flight.
 */
import type { Done, Task } from './worker.js';

/** Analyses pages; every page's result arrives, as a report or an error. */
export interface Analyser {
  run(task: Task): Promise<Done>;
  close(): Promise<void>;
}

/** How long one page may take, by default (seconds); `--timeout` sets it. */
export const DEFAULT_TIMEOUT_S = 30;

/** A pool of `workers` threads (at least one) that stops a page after `timeoutMs`. */
export async function analyser(workers: number, timeoutMs: number): Promise<Analyser> {
  const { default: Piscina } = await import('piscina');
  const threads = Math.max(1, workers);
  const pool = new Piscina<Task, Done>({
    filename: new URL('./worker.mjs', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
  });
  return {
    run: async (task) => {
      try {
        return await pool.run(task, { signal: AbortSignal.timeout(timeoutMs) });
      } catch (e) {
        const aborted = (e as Error).name === 'AbortError';
        return {
          error: aborted
            ? `analysis took longer than ${timeoutMs / 1000} s and was stopped`
            : `analysis failed: ${(e as Error).message}`,
        };
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
