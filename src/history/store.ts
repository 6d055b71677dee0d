/**
 * The local history of analysed articles: one row per article (core/row.ts) in `storage.local`,
 * bounded (the oldest analysis goes first), clearable, never sent anywhere. What is read back is
 * checked with zod: a damaged or older-format history is repaired, keeping every valid entry, and
 * the repair is reported. Imports are checked as a whole: a bad file changes nothing.
 */
import * as z from 'zod/mini';
import { ArticleRow as RowSchema } from '../core/row-schema.js';
import type { ArticleRow } from '../core/row.js';
import type { Area as SettingsArea } from '../options/settings.js';

export const HISTORY_KEY = 'history';
export const HISTORY_VERSION = 1;
/** The format name of an exported history file. */
export const EXPORT_FORMAT = 'quellenlage-history';

/** A storage area that can also remove a key (clearing the history). */
export interface Area extends SettingsArea {
  remove(key: string): Promise<void>;
}

/** What reading the history found: the valid entries, and what had to be repaired. */
export interface ReadResult {
  entries: ArticleRow[];
  dropped: number;
  problem: string | null;
}

const Stored = z.object({ version: z.literal(HISTORY_VERSION), entries: z.array(z.unknown()) });

/** The valid entries of anything read out of storage; `dropped` counts what was not valid. */
export function parseHistory(raw: unknown): ReadResult {
  if (raw === undefined || raw === null) return { entries: [], dropped: 0, problem: null };
  let list: unknown[];
  let problem: string | null = null;
  const stored = Stored.safeParse(raw);
  if (stored.success) list = stored.data.entries;
  else if (Array.isArray(raw)) {
    list = raw;
    problem = 'an older format (a bare list) was converted';
  } else return { entries: [], dropped: 1, problem: 'the stored history was not readable and was reset' };
  const entries: ArticleRow[] = [];
  let dropped = 0;
  for (const e of list) {
    const r = RowSchema.safeParse(e);
    if (r.success) entries.push(r.data);
    else dropped++;
  }
  if (dropped)
    problem = `${dropped} damaged ${dropped === 1 ? 'entry was' : 'entries were'} removed${problem ? `; ${problem}` : ''}`;
  return { entries, dropped, problem };
}

/** Reads the history; a repaired history is written back and the repair reported on the console. */
export async function readHistory(area: Area): Promise<ReadResult> {
  const got = await area.get(HISTORY_KEY).catch(() => ({}) as Record<string, unknown>);
  const result = parseHistory(got[HISTORY_KEY]);
  if (result.problem) {
    console.warn(`[Quellenlage] history repaired: ${result.problem}`);
    await writeEntries(area, result.entries);
  }
  return result;
}

async function writeEntries(area: Area, entries: ArticleRow[]): Promise<void> {
  await area.set({ [HISTORY_KEY]: { version: HISTORY_VERSION, entries } });
}

/**
 * Entries merged: one per URL (the later analysis wins), oldest first, at most `limit` (the oldest
 * dropped first).
 */
export function merge(entries: readonly ArticleRow[], added: readonly ArticleRow[], limit: number): ArticleRow[] {
  const byUrl = new Map<string, ArticleRow>();
  for (const e of [...entries, ...added]) {
    const old = byUrl.get(e.url);
    if (!old || old.analysedAt <= e.analysedAt) byUrl.set(e.url, e);
  }
  const all = [...byUrl.values()].sort((a, b) =>
    a.analysedAt < b.analysedAt ? -1 : a.analysedAt > b.analysedAt ? 1 : 0,
  );
  return all.slice(Math.max(0, all.length - limit));
}

/** Where the history notes that the storage was full and the oldest entries went (the options page shows it). */
export const NOTICE_KEY = 'historyNotice';
/** What the options page is told after a full storage: when, and how many entries went. */
export interface HistoryNotice {
  at: string;
  dropped: number;
}

/** Whether an error is the storage area's quota (Chromium: "QUOTA_BYTES quota exceeded", Firefox: a QuotaExceededError). */
const isQuotaError = (e: unknown) => /quota/i.test(`${(e as Error)?.name ?? ''} ${(e as Error)?.message ?? String(e)}`);

/** How much of the history goes at a time while the storage is full: a tenth. */
const QUOTA_DROP_SHARE = 0.1;

/**
 * Writes the entries; while the storage area is full, the oldest entries go a tenth at a time and a
 * notice for the options page is kept. Resolves to how many entries went.
 */
async function writeWithinQuota(area: Area, entries: ArticleRow[]): Promise<number> {
  let list = entries;
  while (true) {
    try {
      await writeEntries(area, list);
      break;
    } catch (e) {
      if (!isQuotaError(e) || !list.length) throw e;
      list = list.slice(Math.max(1, Math.ceil(list.length * QUOTA_DROP_SHARE)));
    }
  }
  const dropped = entries.length - list.length;
  if (dropped) {
    console.warn(`[Quellenlage] the storage was full: the ${dropped} oldest history entries were removed`);
    await area
      .set({ [NOTICE_KEY]: { at: new Date().toISOString(), dropped } satisfies HistoryNotice })
      .catch(() => undefined);
  }
  return dropped;
}

/** The notice of a full storage, if there is one; reading it clears it. */
export async function takeNotice(area: Area): Promise<HistoryNotice | null> {
  const got = await area.get(NOTICE_KEY).catch(() => ({}) as Record<string, unknown>);
  const n = got[NOTICE_KEY] as Partial<HistoryNotice> | undefined;
  if (!n) return null;
  await area.remove(NOTICE_KEY).catch(() => undefined);
  return typeof n.dropped === 'number' && typeof n.at === 'string' ? { at: n.at, dropped: n.dropped } : null;
}

/** Adds one analysed article; resolves to how many old entries a full storage cost. */
export async function addToHistory(area: Area, row: ArticleRow, limit: number): Promise<number> {
  const checked = RowSchema.safeParse(row);
  if (!checked.success) return 0;
  const { entries } = await readHistory(area);
  return writeWithinQuota(area, merge(entries, [checked.data], limit));
}

export async function clearHistory(area: Area): Promise<void> {
  await area.remove(HISTORY_KEY);
}

/** The history as an export file (JSON). */
export function exportJson(entries: readonly ArticleRow[], now = new Date()): string {
  return JSON.stringify(
    { format: EXPORT_FORMAT, version: HISTORY_VERSION, exportedAt: now.toISOString(), entries },
    null,
    2,
  );
}

const ExportFile = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(HISTORY_VERSION),
  entries: z.array(RowSchema),
});

export class ImportError extends Error {}

/** The entries of an export file; throws ImportError with a message a reader understands. */
export function parseImport(text: string): ArticleRow[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ImportError('The file is not JSON.');
  }
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== EXPORT_FORMAT)
    throw new ImportError('The file is not a Quellenlage history export.');
  const r = ExportFile.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new ImportError(
      `The file is damaged: ${issue ? `${issue.path.join('.') || 'the file'}: ${issue.message}` : 'invalid content'}.`,
    );
  }
  return r.data.entries;
}

/** Imports an export file into the history; returns how many entries it added or updated. Nothing changes when the file is bad. */
export async function importHistory(area: Area, text: string, limit: number): Promise<number> {
  const imported = parseImport(text);
  const { entries } = await readHistory(area);
  await writeWithinQuota(area, merge(entries, imported, limit));
  return imported.length;
}
