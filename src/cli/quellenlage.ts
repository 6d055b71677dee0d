/**
 * The command-line tool: a thin shell over the same analysis the extension runs. JSON on stdout,
 * diagnostics on stderr, exit codes that mean something (0 ok, 1 a file could not be analysed,
 * 2 bad usage).
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { analyze, analyzePlainText } from '../page/analyze.js';
import { Report } from '../core/schema.js';

declare const __VERSION__: string;

const HELP = `quellenlage — where a news article's information comes from

Usage:
  quellenlage report FILE [--url URL] [--with-body] [--compact]
  quellenlage --help | --version

Commands:
  report FILE   Print the sourcing report of one saved page as JSON on stdout.
                FILE is an HTML file, or a .txt file holding a page's visible text
                as a browser copies it; "-" reads standard input.

Options:
  --url URL     The page's address (for site rules and the report's url field).
  --with-body   Add the extracted article body as article.text.
  --compact     One line of JSON instead of indented output.
  -h, --help    Show this help.
  -v, --version Show the version.

Exit codes: 0 report printed, 1 the input could not be read or analysed, 2 bad usage.
Nothing is sent anywhere: the analysis runs on this machine.`;

export class UsageError extends Error {}
export class InputError extends Error {}

/** Decodes file bytes: UTF-8 when valid, else the declared charset, else windows-1252. */
export function decode(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError('the file is empty');
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) throw new InputError('the file looks binary (it holds NUL bytes), not HTML or text');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const head = new TextDecoder('latin1').decode(probe);
    const charset = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1];
    try { return new TextDecoder(charset && !/utf-?8/i.test(charset) ? charset : 'windows-1252').decode(bytes); } catch { return new TextDecoder('windows-1252').decode(bytes); }
  }
}

/** Whether text is HTML rather than copied page text. */
export function looksLikeHtml(text: string, name: string): boolean {
  if (/\.txt$/i.test(name)) return false;
  if (/\.x?html?$/i.test(name)) return true;
  return /^\s*(?:<!doctype html|<html|<head|<body|<meta|<!--)/i.test(text) || /<(?:p|div|article)[\s>]/i.test(text.slice(0, 5000));
}

/** Builds the report of one input (file contents and its name). */
export function reportOf(bytes: Uint8Array, name: string, url: string | null, withBody: boolean): Report {
  const text = decode(bytes);
  if (!text.trim()) throw new InputError('the file holds no text');
  // the report leaves the program here: validate it against the schema
  if (looksLikeHtml(text, name)) {
    const { document } = parseHTML(text);
    return Report.parse(analyze(document as unknown as Document, url, { withBody }));
  }
  return Report.parse(analyzePlainText(text, url, { withBody }));
}

function parseArgs(argv: string[]): { cmd: string | null; file: string | null; url: string | null; withBody: boolean; compact: boolean } {
  const out = { cmd: null as string | null, file: null as string | null, url: null as string | null, withBody: false, compact: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--url') { out.url = argv[++i] ?? null; if (!out.url) throw new UsageError('--url needs an address'); }
    else if (a.startsWith('--url=')) out.url = a.slice(6);
    else if (a === '--with-body') out.withBody = true;
    else if (a === '--compact') out.compact = true;
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else if (!out.cmd) out.cmd = a;
    else if (!out.file) out.file = a;
    else throw new UsageError(`unexpected argument ${a}`);
  }
  return out;
}

function readInput(file: string): Uint8Array {
  try {
    return file === '-' ? readFileSync(0) : readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read it (${code ?? String(e)})`);
  }
}

/** Runs the CLI; returns the exit code. */
export function main(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  if (argv.includes('-h') || argv.includes('--help')) { out(HELP); return 0; }
  if (argv.includes('-v') || argv.includes('--version')) { out(typeof __VERSION__ === 'string' ? __VERSION__ : 'dev'); return 0; }
  let args;
  try {
    args = parseArgs(argv);
    if (!args.cmd) throw new UsageError('no command given');
    if (args.cmd !== 'report') throw new UsageError(`unknown command ${args.cmd}`);
    if (!args.file) throw new UsageError('report needs a FILE (or - for standard input)');
  } catch (e) {
    err(`quellenlage: ${(e as Error).message}\nTry 'quellenlage --help'.`);
    return 2;
  }
  try {
    const report = reportOf(readInput(args.file), args.file, args.url, args.withBody);
    out(JSON.stringify(report, null, args.compact ? undefined : 2));
    return 0;
  } catch (e) {
    err(`quellenlage: ${args.file}: ${e instanceof InputError ? e.message : `analysis failed: ${(e as Error).message}`}`);
    return 1;
  }
}
