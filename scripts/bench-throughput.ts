// Throughput of `quellenlage batch` (the built CLI) over the corpus pages repeated to at least
// 2,000 pages, each configuration run three times and the median run reported with the range:
// pages/s with one worker and with all cores, the speed-up, peak memory (RSS of the
// process, all its threads), and whether memory stays flat: the mean RSS while the last thousand
// pages are analysed against the mean while the first thousand are (target: at most 10 % growth).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

export interface Throughput {
  workers: number;
  pages: number;
  seconds: number;
  pagesPerSecond: number;
  peakMB: number;
  firstMB: number;
  lastMB: number;
  /** Mean RSS while each stretch of 500 pages was analysed (MB): where memory grows, and whether it stops. */
  stretchesMB: number[];
}

/** Resident memory of a process in bytes, from /proc (Linux); null elsewhere. */
function rss(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** Pages in a stretch of the memory curve. */
const STRETCH = 500;

/** Runs one batch over `files` with `workers` threads, sampling memory against pages done. */
export function runBatch(bin: string, files: string[], workers: number): Promise<Throughput> {
  return new Promise((resolveRun, reject) => {
    const t0 = performance.now();
    const child = spawn('node', [bin, 'batch', '-', '-j', String(workers), '--quiet'], {
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    let pages = 0;
    const samples: Array<{ pages: number; rss: number }> = [];
    child.stdout.on('data', (chunk: Buffer) => {
      // (a native search for each line end: the counting must not take the cores the batch is measured on)
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) pages++;
    });
    const timer = setInterval(() => {
      const r = rss(child.pid!);
      if (r) samples.push({ pages, rss: r });
    }, 50);
    child.on('error', reject);
    child.on('close', () => {
      clearInterval(timer);
      const seconds = (performance.now() - t0) / 1000;
      const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
      const first = samples.filter((s) => s.pages < 1000).map((s) => s.rss);
      const last = samples.filter((s) => s.pages >= pages - 1000).map((s) => s.rss);
      resolveRun({
        workers,
        pages,
        seconds,
        pagesPerSecond: pages / seconds,
        peakMB: Math.max(0, ...samples.map((s) => s.rss)) / 1e6,
        firstMB: mean(first) / 1e6,
        lastMB: mean(last) / 1e6,
        stretchesMB: Array.from(
          { length: Math.floor(pages / STRETCH) },
          (_, k) =>
            mean(samples.filter((s) => s.pages >= k * STRETCH && s.pages < (k + 1) * STRETCH).map((s) => s.rss)) / 1e6,
        ),
      });
    });
    child.stdin.end(files.join('\n') + '\n');
  });
}

/**
 * The machine's own ceiling for `n` workers: `n` separate processes of one worker each, every one over
 * its share of the pages, all at once (pages/s of all of them together). Nothing is shared between them,
 * no main thread, no messages: what they lose against n × one process is the machine's (cores that share
 * caches, memory bandwidth and clock, and V8's helper threads of each process), not the pool's.
 */
function runIndependent(bin: string, files: string[], n: number): Promise<number> {
  const t0 = performance.now();
  const share = Math.ceil(files.length / n);
  const parts = Array.from({ length: n }, (_, k) => files.slice(k * share, (k + 1) * share));
  return Promise.all(
    parts.map(
      (part) =>
        new Promise<void>((done, reject) => {
          const child = spawn('node', [bin, 'batch', '-', '-j', '1', '--quiet'], {
            stdio: ['pipe', 'ignore', 'ignore'],
          });
          child.on('error', reject);
          child.on('close', () => done());
          child.stdin.end(part.join('\n') + '\n');
        }),
    ),
  ).then(() => files.length / ((performance.now() - t0) / 1000));
}

/** The ceiling of `runs` runs: the median speed. */
export async function independentBench(
  corpus: string,
  bin: string,
  n: number,
  minPages = 2000,
  runs = 3,
): Promise<number> {
  const all: number[] = [];
  for (let i = 0; i < runs; i++) all.push(await runIndependent(bin, corpusFiles(corpus, minPages), n));
  return all.sort((a, b) => a - b)[all.length >> 1]!;
}

/** The corpus pages repeated to at least `minPages` paths. */
function corpusFiles(corpus: string, minPages: number): string[] {
  const dir = join(corpus, 'pages');
  const pages = readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));
  const files: string[] = [];
  while (files.length < minPages) files.push(...pages);
  return files;
}

/** A batch run several times: the run of the median speed, with the range of the speeds. */
export interface Repeated extends Throughput {
  runs: number;
  slowest: number;
  fastest: number;
}

/** The run of median speed of `runs` runs (a shared machine's speed varies from run to run by a fifth and more). */
async function repeated(bin: string, files: string[], workers: number, runs: number): Promise<Repeated> {
  const all: Throughput[] = [];
  for (let i = 0; i < runs; i++) all.push(await runBatch(bin, files, workers));
  all.sort((a, b) => a.pagesPerSecond - b.pagesPerSecond);
  return {
    ...all[all.length >> 1]!,
    runs,
    slowest: all[0]!.pagesPerSecond,
    fastest: all[all.length - 1]!.pagesPerSecond,
  };
}

export async function throughputBench(corpus: string, bin: string, minPages = 2000, runs = 3): Promise<Repeated[]> {
  const files = corpusFiles(corpus, minPages);
  const cores = availableParallelism();
  const out = [await repeated(bin, files, 1, runs)];
  if (cores > 1) out.push(await repeated(bin, files, cores, runs));
  return out;
}
