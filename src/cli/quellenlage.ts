/**
 * The command-line tool: a thin shell over the same analysis the extension runs. JSON on stdout,
 * diagnostics on stderr, exit codes that mean something (0 ok, 1 a file could not be analysed,
 * 2 bad usage).
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

declare const __VERSION__: string;

const HELP = `quellenlage — where a news article's information comes from

Usage:
  quellenlage report FILE [--url URL] [--format json|text] [--with-body] [--compact] [--explain]
  quellenlage batch INPUT... [--jsonl FILE | --out DIR] [--csv FILE] [--resume]
                    [--workers N] [--timeout S] [--quiet] [--with-body]
  quellenlage pipe [--with-body] [--workers N] [--timeout S]
  quellenlage compare REPORTS... [--html FILE] [--csv FILE] [--since DATE] [--until DATE]
                    [--lang L] [--outlet NAME]...
  quellenlage --help | --version

Commands:
  report FILE   Print the sourcing report of one saved page as JSON on stdout.
                FILE is an HTML file (or .html.gz), or a .txt file holding a page's visible text
                as a browser copies it; "-" reads standard input.
  batch INPUT   Analyse many pages: files, directories (searched for .html, .htm,
                .txt, each also gzipped (.html.gz), .warc and .warc.gz files), glob patterns ("saves/**/*.html"),
                WARC files (each HTML response record is a page, its id the
                record's target URI), and "-" for a list of paths on standard input.
                One JSON line per page ({"id","file","report"} or {"id","file","error"})
                on stdout, or into --jsonl FILE, or one report file per page in
                --out DIR; --csv FILE adds one row per article. A page that fails
                (unreadable, larger than 32 MB decompressed, or slower than --timeout)
                is recorded and the batch goes on. Progress goes to stderr: a bar on
                a terminal, a line every few seconds otherwise.
  pipe          JSON Lines of {"id","url","html"} on standard input, JSON Lines of
                {"id","report"} or {"id","error"} on stdout, one line at a time:
                for Spark's RDD.pipe, Hadoop Streaming or GNU parallel.
  compare       Per-outlet figures from reports (report files, directories, or the
                JSON Lines of batch): articles and sources (the sample sizes), share
                of sentences with a source, named sources, agency copy (each with a
                bootstrap 95 % interval over the outlet's articles), source-type mix,
                as a table on stdout; --html FILE also writes a self-contained page
                with the charts, filters and exports; --csv FILE the table as CSV.

Options:
  --url URL     The page's address (for site rules and the report's url field).
  --with-body   Add the extracted article body as article.text.
  --compact     One line of JSON instead of indented output (report).
  --format F    report: json (default) or text, a summary to read on the terminal
                (title, figures, the outlet's source list, credits, each source with
                its attributions), in German when LANG says so, else in English.
  --explain     report: say on stderr, sentence by sentence, which step of the
                analysis took or rejected which cue, and why.
  --jsonl FILE  batch: write the JSON lines into FILE.
  --out DIR     batch: write DIR/<id>.json per page (the id URL-encoded; a long
                one cut and followed by a hash of the whole id).
  --csv FILE    batch: write one CSV row per article (columns: see the README);
                compare: write the per-outlet table as CSV.
  --resume      batch: skip pages already in --jsonl FILE, --out DIR or --csv FILE.
  -j, --workers N  batch, pipe: worker threads (default: batch the number of
                cores, pipe 1).
  --timeout S   batch, pipe: seconds one page may take before its worker is
                stopped and the page gets an error line (default: 30).
  -q, --quiet   batch: no progress output.
  --html FILE   compare: write the charts and the table as one HTML file.
  --since DATE, --until DATE  compare: only articles published (else analysed)
                from / until that day (YYYY-MM-DD, inclusive).
  --lang L      compare: only articles in language L (de, en).
  --outlet NAME compare: only this outlet (repeat for more).
  --include-nonarticles  batch --csv, compare: keep pages that are no news
                article (left out by default; their CSV column isArticle is false).
  -h, --help    Show this help.
  -v, --version Show the version.

Exit codes: 0 every report printed, 1 an input could not be read or analysed
(batch and pipe: at least one; compare: no article among the reports), 2 bad usage.
Nothing is sent anywhere: the analysis runs on this machine.`;

export { UsageError, InputError, decode, looksLikeHtml, reportOf } from './input.js';
import { UsageError, InputError, reportOf } from './input.js';
import { runBatch, runPipe } from './batch.js';
import { runCompare } from './compare.js';
import { DEFAULT_TIMEOUT_S } from './pool.js';
import { printable } from './printable.js';
import { explained } from './explain.js';
import { textReport } from './text-report.js';
import { pickUiLang, translator } from '../ui/i18n.js';
import type { TraceEntry } from '../core/index.js';

interface Args {
  cmd: string | null;
  files: string[];
  url: string | null;
  withBody: boolean;
  compact: boolean;
  explain: boolean;
  jsonl: string | null;
  outDir: string | null;
  csv: string | null;
  html: string | null;
  resume: boolean;
  workers: number | null;
  quiet: boolean;
  timeoutS: number;
  includeNonArticles: boolean;
  format: 'json' | 'text';
  since: string | null;
  until: string | null;
  lang: string | null;
  outlets: string[];
}

function parseArgs(argv: string[]): Args {
  const out: Args = {
    cmd: null,
    files: [],
    url: null,
    withBody: false,
    compact: false,
    explain: false,
    jsonl: null,
    outDir: null,
    csv: null,
    html: null,
    resume: false,
    workers: null,
    quiet: false,
    timeoutS: DEFAULT_TIMEOUT_S,
    includeNonArticles: false,
    format: 'json',
    since: null,
    until: null,
    lang: null,
    outlets: [],
  };
  const day = (v: string, name: string) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new UsageError(`${name} needs a date as YYYY-MM-DD`);
    return v;
  };
  const value = (i: number, name: string) => {
    const v = argv[i];
    if (!v) throw new UsageError(`${name} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--url') out.url = value(++i, '--url');
    else if (a.startsWith('--url=')) out.url = a.slice(6);
    else if (a === '--with-body') out.withBody = true;
    else if (a === '--compact') out.compact = true;
    else if (a === '--explain') out.explain = true;
    else if (a === '--jsonl') out.jsonl = value(++i, '--jsonl');
    else if (a === '--out') out.outDir = value(++i, '--out');
    else if (a === '--resume') out.resume = true;
    else if (a === '--csv') out.csv = value(++i, '--csv');
    else if (a === '--html') out.html = value(++i, '--html');
    else if (a === '--quiet' || a === '-q') out.quiet = true;
    else if (a === '--include-nonarticles') out.includeNonArticles = true;
    else if (a === '--since') out.since = day(value(++i, a), a);
    else if (a === '--until') out.until = day(value(++i, a), a);
    else if (a === '--lang') out.lang = value(++i, a).toLowerCase();
    else if (a === '--outlet') out.outlets.push(value(++i, a));
    else if (a === '--format' || a.startsWith('--format=')) {
      const f = a.includes('=') ? a.slice(9) : value(++i, '--format');
      if (f !== 'json' && f !== 'text') throw new UsageError('--format is json or text');
      out.format = f;
    } else if (a === '--workers' || a === '-j') {
      const n = Number(value(++i, a));
      if (!Number.isInteger(n) || n < 1) throw new UsageError(`${a} needs a whole number of at least 1`);
      out.workers = n;
    } else if (a === '--timeout') {
      const n = Number(value(++i, a));
      if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${a} needs a number of seconds above 0`);
      out.timeoutS = n;
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else if (!out.cmd) out.cmd = a;
    else out.files.push(a);
  }
  return out;
}

/**
 * Standard input, whole. Read from the stream, not with a synchronous read of descriptor 0: that
 * fails with EAGAIN when the descriptor is a pipe left non-blocking (a shell's process substitution,
 * a pipe shared with another Node process) whose writer has not written yet.
 */
async function readStdin(stdin: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  try {
    for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  } catch (e) {
    throw new InputError(`cannot read it (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  return Buffer.concat(chunks);
}

function readInput(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : `cannot read it (${code ?? String(e)})`,
    );
  }
}

/** Runs the CLI; returns the exit code (a promise for `pipe` and `batch`, and for `report -`, which reads standard input). */
export function main(
  argv: string[],
  out: (s: string) => void,
  err: (s: string) => void,
  stdin: NodeJS.ReadableStream = process.stdin,
): number | Promise<number> {
  if (argv.includes('-h') || argv.includes('--help')) {
    out(HELP);
    return 0;
  }
  if (argv.includes('-v') || argv.includes('--version')) {
    out(typeof __VERSION__ === 'string' ? __VERSION__ : 'dev');
    return 0;
  }
  let args: Args;
  try {
    args = parseArgs(argv);
    if (!args.cmd) throw new UsageError('no command given');
    if (!['report', 'batch', 'pipe', 'compare'].includes(args.cmd)) throw new UsageError(`unknown command ${args.cmd}`);
    if (args.cmd === 'compare' && !args.files.length)
      throw new UsageError('compare needs report files, directories or JSON Lines files');
    if (args.cmd === 'report' && args.files.length !== 1)
      throw new UsageError(
        args.files.length ? `unexpected argument ${args.files[1]}` : 'report needs a FILE (or - for standard input)',
      );
    if (args.cmd === 'batch' && !args.files.length)
      throw new UsageError('batch needs files or directories (or - for a list on standard input)');
    if (args.cmd === 'batch' && args.jsonl && args.outDir) throw new UsageError('give --jsonl or --out, not both');
    if (args.cmd === 'pipe' && args.files.length) throw new UsageError('pipe reads standard input only');
  } catch (e) {
    err(`quellenlage: ${(e as Error).message}\nTry 'quellenlage --help'.`);
    return 2;
  }
  if (args.cmd === 'compare')
    return runCompare(
      args.files,
      {
        html: args.html,
        csv: args.csv,
        includeNonArticles: args.includeNonArticles,
        filter: { from: args.since, until: args.until, lang: args.lang, outlets: args.outlets },
      },
      out,
      err,
    );
  if (args.cmd === 'pipe')
    return runPipe(stdin as NodeJS.ReadableStream & import('node:stream').Readable, out, {
      withBody: args.withBody,
      workers: args.workers ?? 1,
      timeoutS: args.timeoutS,
    });
  if (args.cmd === 'batch') {
    const listed = args.files.includes('-') ? readStdin(stdin) : Promise.resolve(new Uint8Array());
    return listed.then((list) => {
      const lines = Buffer.from(list)
        .toString('utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      return runBatch(
        args.files.flatMap((f) => (f === '-' ? lines : [f])),
        {
          jsonl: args.jsonl,
          outDir: args.outDir,
          csv: args.csv,
          includeNonArticles: args.includeNonArticles,
          resume: args.resume,
          withBody: args.withBody,
          workers: args.workers ?? availableParallelism(),
          quiet: args.quiet,
          timeoutS: args.timeoutS,
        },
        out,
        err,
      );
    });
  }
  const file = args.files[0]!;
  const printReport = (bytes: Uint8Array): number => {
    const trace: TraceEntry[] | undefined = args.explain ? [] : undefined;
    const report = reportOf(bytes, file, args.url, args.withBody, trace);
    if (args.format === 'text') {
      const env = process.env;
      out(textReport(report, translator(pickUiLang(env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'], 'auto'))));
    } else out(JSON.stringify(report, null, args.compact ? undefined : 2));
    for (const line of explained(trace ?? [])) err(line);
    return 0;
  };
  const failed = (e: unknown): number => {
    err(
      `quellenlage: ${printable(file)}: ${e instanceof InputError ? e.message : `analysis failed: ${printable((e as Error).message)}`}`,
    );
    return 1;
  };
  if (file === '-') return readStdin(stdin).then(printReport).catch(failed);
  try {
    return printReport(readInput(file));
  } catch (e) {
    return failed(e);
  }
}
