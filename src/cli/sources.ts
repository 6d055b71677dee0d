/**
 * What a batch reads: page files, directories (searched recursively), glob patterns, and WARC files
 * (`.warc`, `.warc.gz`: each response record with HTML is one page, its id the record's target URI).
 * Pages come out one at a time, so that a WARC of any size is read in bounded memory; a file or
 * record that cannot be read becomes an error item and the reading goes on.
 */
import {
  closeSync,
  createReadStream,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  statSync,
} from 'node:fs';
import { basename, extname, join } from 'node:path';
import { WARCParser, type WARCRecord } from 'warcio';
import { globSync } from 'tinyglobby';
import { MAX_PAGE_BYTES, tooLarge } from './limits.js';

/** File endings the batch reads as pages: saved pages and copied page text. */
const PAGE_FILE = /\.(?:html?|xhtml|txt)(?:\.gz)?$/i;
const WARC_FILE = /\.warc(?:\.gz)?$/i;
const GLOB = /[*?[\]{}]/;

/** One page to analyse, or why an input gave none. */
export type Item =
  | { id: string; file: string; url: string | null; bytes: Uint8Array; name: string }
  | { id: string; file: string; error: string };

/** The id of a page file: its name without the ending ("spiegel-svb.html" → "spiegel-svb"). */
export const idOf = (file: string) => {
  const name = basename(file).replace(/\.gz$/i, '');
  return basename(name, extname(name));
};

/** The files named by the inputs, in order: files as they are, directories and globs expanded and sorted. */
export function listInputs(inputs: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (PAGE_FILE.test(name) || WARC_FILE.test(name)) out.push(p);
    }
  };
  for (const input of inputs) {
    if (!existsSync(input) && GLOB.test(input)) {
      out.push(...globSync(input, { onlyFiles: true, expandDirectories: false }).sort());
      continue;
    }
    if (!existsSync(input)) {
      out.push(input);
      continue;
    } // reported as a per-file error
    if (statSync(input).isDirectory()) walk(input);
    else out.push(input);
  }
  return out;
}

/** Whether a file is read as a WARC. */
export const isWarc = (file: string) => WARC_FILE.test(file);

function readError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT'
    ? 'no such file'
    : code === 'EISDIR'
      ? 'is a directory'
      : code
        ? `cannot read it (${code})`
        : (e as Error).message;
}

/** Whether a WARC record holds an HTML page: a 2xx response (or a resource) of type text/html. */
function isHtmlRecord(type: string, status: number | null, contentType: string): boolean {
  if (type !== 'response' && type !== 'resource') return false;
  if (type === 'response' && (status === null || status < 200 || status >= 300)) return false;
  return /text\/html|application\/xhtml/i.test(contentType);
}

/** Whether a file starts with the gzip magic bytes. */
function isGzip(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const b = Buffer.alloc(2);
    return readSync(fd, b, 0, 2, 0) === 2 && b[0] === 0x1f && b[1] === 0x8b;
  } finally {
    closeSync(fd);
  }
}

/** The two line breaks after each uncompressed WARC record. */
const RECORD_TRAILER = 4;

/**
 * The HTML pages of one WARC file, one record at a time. A file cut off inside a record (a crawl
 * that stopped, a partial download) is found by where the parser stopped against the file's size:
 * the cut record becomes an error item instead of a report of half a page, and so does a damaged
 * record header. The record before is held back until the next one has started, for that check.
 */
export async function* warcPages(file: string): AsyncGenerator<Item> {
  const size = statSync(file).size;
  const gz = isGzip(file);
  let n = 0;
  let end = 0;
  let pending: Item | null = null;
  try {
    const parser = new WARCParser(createReadStream(file));
    for await (const record of parser) {
      n++;
      if (pending) {
        yield pending;
        pending = null;
      }
      const type = record.warcType;
      if (!type) {
        yield { id: `${idOf(file)}#${n}`, file, error: `WARC record ${n} is damaged or cut off (no WARC-Type)` };
        return;
      }
      const status = record.httpHeaders ? Number(record.httpHeaders.statusCode) || null : null;
      const contentType =
        (type === 'response' ? record.httpHeaders?.headers.get('content-type') : record.warcHeader('Content-Type')) ??
        '';
      if (isHtmlRecord(type, status, contentType)) {
        const url = record.warcTargetURI ?? null;
        const id = url ?? `${idOf(file)}#${n}`;
        const bytes = await readCapped(record);
        pending = bytes
          ? { id, file, url, bytes, name: 'page.html' }
          : { id, file, error: tooLarge("the record's page, decompressed,") };
      } else {
        await record.skipFully();
      }
      end = parser.offset + parser.recordLength;
    }
  } catch (e) {
    yield { id: `${idOf(file)}#${n}`, file, error: `WARC record ${n} is damaged (${(e as Error).message})` };
    return;
  }
  // uncompressed, the cut record was read (it is the last one); gzipped, the parser drops it unseen
  const cut = gz ? end < size : size > 0 && end + RECORD_TRAILER > size;
  if (!cut) {
    if (pending) yield pending;
    return;
  }
  if (gz && pending) yield pending;
  const at = gz ? n + 1 : Math.max(n, 1);
  yield {
    id: (!gz && pending?.id) || `${idOf(file)}#${at}`,
    file,
    error: `the WARC file is cut off in record ${at}: it ends before the record does`,
  };
}

/**
 * The bytes of a record's content, read chunk by chunk while it inflates; null when they pass
 * MAX_PAGE_BYTES, and the rest of the record is skipped unread (its raw bytes, not their inflation),
 * so that memory and time stay bounded and the next record is found.
 */
async function readCapped(record: WARCRecord): Promise<Uint8Array | null> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of record) {
    size += chunk.length;
    if (size > MAX_PAGE_BYTES) break;
    parts.push(chunk);
  }
  if (size <= MAX_PAGE_BYTES) return Buffer.concat(parts);
  await record.skipFully();
  return null;
}

/** Every page of the inputs, in order, each with the index of its file. */
export async function* pagesOf(files: readonly string[]): AsyncGenerator<[Item, number]> {
  for (const [i, file] of files.entries()) {
    for await (const item of pagesOfFile(file)) yield [item, i];
  }
}

async function* pagesOfFile(file: string): AsyncGenerator<Item> {
  if (isWarc(file)) {
    if (!existsSync(file)) yield { id: idOf(file), file, error: 'no such file' };
    else yield* warcPages(file);
    return;
  }
  try {
    if (statSync(file).size > MAX_PAGE_BYTES) {
      yield { id: idOf(file), file, error: tooLarge('the file') };
      return;
    }
    yield { id: idOf(file), file, url: null, bytes: readFileSync(file), name: file };
  } catch (e) {
    yield { id: idOf(file), file, error: readError(e) };
  }
}
