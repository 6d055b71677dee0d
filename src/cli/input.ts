/** Reading one input: bytes (gzipped or not) in any common encoding → text → the validated sourcing report. */
import { gunzipSync } from 'node:zlib';
import { MAX_PAGE_BYTES, tooLarge } from './limits.js';
import { analyze, analyzePlainText } from '../page/analyze.js';
import { Report } from '../core/schema.js';
import { parseLight } from './light-dom.js';
import type { TraceEntry } from '../core/index.js';

export class UsageError extends Error {}
export class InputError extends Error {}

/** A file's bytes inflated when they are gzip (a saved page.html.gz), stopping at MAX_PAGE_BYTES. */
export function inflated(bytes: Uint8Array): Uint8Array {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: MAX_PAGE_BYTES });
  } catch (e) {
    throw new InputError(
      (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE'
        ? tooLarge('the file once decompressed')
        : `the file looks gzipped but cannot be inflated (${(e as Error).message})`,
    );
  }
}

/**
 * Text is decoded this many bytes at a time. Strings of a few kilobytes cost the engine far less to
 * make than one of a whole page (`npm run bench` measured a page's decoding at a tenth of the time
 * it took in one piece), and the HTML parser takes text in pieces.
 */
const PIECE_BYTES = 16384;

/** Decodes file bytes in pieces: UTF-8 when valid, else the declared charset, else windows-1252. */
export function decodePieces(bytes: Uint8Array): string[] {
  if (bytes.length === 0) throw new InputError('the file is empty');
  // UTF-16 with its byte-order mark (a page saved so by some Windows programs): NUL bytes are its text
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return inPieces(new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be'), bytes);
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) throw new InputError('the file looks binary (it holds NUL bytes), not HTML or text');
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return inPieces(new TextDecoder('utf-8', { fatal: !bom }), bom ? bytes.subarray(3) : bytes);
  } catch {
    const head = new TextDecoder('latin1').decode(probe);
    const charset = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1];
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(charset && !/utf-?8/i.test(charset) ? charset : 'windows-1252');
    } catch {
      decoder = new TextDecoder('windows-1252');
    }
    return inPieces(decoder, bytes);
  }
}

/** The pieces of `bytes` as `decoder` reads them (a character cut at a piece's end goes on in the next). */
function inPieces(decoder: TextDecoder, bytes: Uint8Array): string[] {
  const pieces: string[] = [];
  for (let i = 0; i < bytes.length; i += PIECE_BYTES)
    pieces.push(decoder.decode(bytes.subarray(i, i + PIECE_BYTES), { stream: true }));
  pieces.push(decoder.decode());
  return pieces.filter((p) => p !== '');
}

/** Decodes file bytes into one text (see `decodePieces`). */
export function decode(bytes: Uint8Array): string {
  return decodePieces(bytes).join('');
}

/** The first `n` characters of a text in pieces (fewer when it is shorter). */
function headOf(pieces: readonly string[], n: number): string {
  let head = '';
  for (const p of pieces) {
    if (head.length >= n) break;
    head += p;
  }
  return head.slice(0, n);
}

/** Whether text is HTML rather than copied page text. */
export function looksLikeHtml(text: string, name: string): boolean {
  if (/\.txt$/i.test(name)) return false;
  if (/\.x?html?$/i.test(name)) return true;
  return (
    /^\s*(?:<!doctype html|<html|<head|<body|<meta|<!--)/i.test(text) ||
    /<(?:p|div|article)[\s>]/i.test(text.slice(0, 5000))
  );
}

/** Builds the report of one input (file contents and its name). */
export function reportOf(
  bytes: Uint8Array,
  name: string,
  url: string | null,
  withBody: boolean,
  trace?: TraceEntry[],
): Report {
  const pieces = decodePieces(inflated(bytes));
  if (pieces.every((p) => !p.trim())) throw new InputError('the file holds no text');
  name = name.replace(/\.gz$/i, '');
  // the report leaves the program here: validate it against the schema
  if (looksLikeHtml(headOf(pieces, 5000), name)) {
    return Report.parse(analyze(parseLight(pieces), url, { withBody, trace }));
  }
  return Report.parse(analyzePlainText(pieces.join(''), url, { withBody, trace }));
}
