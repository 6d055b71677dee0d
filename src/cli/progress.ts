/**
 * Progress of a batch on stderr: on a terminal a bar (cli-progress) with files done, pages, pages/s
 * and the time left; otherwise a plain line every few seconds, which a log file keeps readable.
 */
import { Presets, SingleBar } from 'cli-progress';

export interface Progress {
  /** After each page: pages so far and input files finished. */
  tick(pages: number, filesDone: number): void;
  stop(): void;
}

/** How often a plain progress line is written. */
const LINE_EVERY_MS = 5000;

function eta(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  return s >= 3600
    ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
    : s >= 60
      ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`
      : `${s}s`;
}

export function progress(totalFiles: number, stream: NodeJS.WriteStream, quiet: boolean): Progress {
  const t0 = performance.now();
  const rate = (pages: number) => pages / Math.max((performance.now() - t0) / 1000, 1e-3);
  if (quiet) return { tick() {}, stop() {} };
  if (stream.isTTY) {
    const bar = new SingleBar(
      {
        stream,
        format: 'files {bar} {value}/{total} | {pages} pages | {speed} pages/s | ETA {eta_formatted}',
        hideCursor: true,
        etaBuffer: 50,
        fps: 5,
      },
      Presets.shades_classic,
    );
    bar.start(totalFiles, 0, { pages: 0, speed: '0.0' });
    return {
      tick(pages, filesDone) {
        bar.update(filesDone, { pages, speed: rate(pages).toFixed(1) });
      },
      stop() {
        bar.stop();
      },
    };
  }
  let last = t0;
  return {
    tick(pages, filesDone) {
      const now = performance.now();
      if (now - last < LINE_EVERY_MS) return;
      last = now;
      const elapsed = (now - t0) / 1000;
      const left = filesDone ? (elapsed / filesDone) * (totalFiles - filesDone) : Infinity;
      stream.write(
        `quellenlage: ${pages} pages, ${filesDone}/${totalFiles} files, ${rate(pages).toFixed(1)} pages/s, ETA ${eta(left)}\n`,
      );
    },
    stop() {},
  };
}
