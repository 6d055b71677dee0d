// Throughput of `quellenlage batch` (the built CLI) over the corpus pages repeated to at least
// 2,000 pages: pages/s with one worker and with all cores, the speed-up, peak memory (RSS of the
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
      for (const b of chunk) if (b === 10) pages++;
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
      });
    });
    child.stdin.end(files.join('\n') + '\n');
  });
}

export async function throughputBench(corpus: string, bin: string, minPages = 2000): Promise<Throughput[]> {
  const dir = join(corpus, 'pages');
  const pages = readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));
  const files: string[] = [];
  while (files.length < minPages) files.push(...pages);
  const cores = availableParallelism();
  const out = [await runBatch(bin, files, 1)];
  if (cores > 1) out.push(await runBatch(bin, files, cores));
  return out;
}
