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

/** Decodes file bytes: UTF-8 when valid, else the declared charset, else windows-1252. */
export function decode(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError('the file is empty');
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) throw new InputError('the file looks binary (it holds NUL bytes), not HTML or text');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const head = new TextDecoder('latin1').decode(probe);
    const charset = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1];
    try {
      return new TextDecoder(charset && !/utf-?8/i.test(charset) ? charset : 'windows-1252').decode(bytes);
    } catch {
      return new TextDecoder('windows-1252').decode(bytes);
    }
  }
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
  const text = decode(inflated(bytes));
  if (!text.trim()) throw new InputError('the file holds no text');
  name = name.replace(/\.gz$/i, '');
  // the report leaves the program here: validate it against the schema
  if (looksLikeHtml(text, name)) {
    return Report.parse(analyze(parseLight(text), url, { withBody, trace }));
  }
  return Report.parse(analyzePlainText(text, url, { withBody, trace }));
}
