// The extension's history (src/history/store.ts, core/row.ts) against what a page can do to it:
// fill the storage with one huge field, or find the storage full.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readFileSync } from 'node:fs';
import { analyze } from '../../../src/page/analyze.js';
import { ROW_LIMITS, rowOf, type ArticleRow } from '../../../src/core/row.js';
import { ArticleRow as RowSchema } from '../../../src/core/row-schema.js';
import {
  addToHistory,
  HISTORY_KEY,
  parseImport,
  readHistory,
  takeNotice,
  type Area,
} from '../../../src/history/store.js';

const DEMO = readFileSync(new URL('../../../test/fixtures/demo-article.html', import.meta.url), 'utf8');
const reportOf = (html: string) => analyze(parseHTML(html).document as unknown as Document, 'http://127.0.0.1/a');

/** An in-memory storage area that refuses writes over `quota` bytes, as storage.local does. */
function area(quota = Infinity): Area & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    async get(key: string) {
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items: Record<string, unknown>) {
      const next = { ...data, ...items };
      if (JSON.stringify(next).length > quota) throw new Error('QUOTA_BYTES quota exceeded');
      Object.assign(data, structuredClone(items));
    },
    async remove(key: string) {
      delete data[key];
    },
  } as Area & { data: Record<string, unknown> };
}

const rowAt = (i: number): ArticleRow => ({
  ...rowOf(reportOf(DEMO), `http://127.0.0.1/a${i}`, new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString()),
});

describe('article rows', () => {
  it("cut a page's texts to their limits (a 10 MB site name does not fill the storage)", () => {
    const huge = 'x'.repeat(10 << 20);
    const html = DEMO.replace('<head>', `<head><meta property="og:site_name" content="${huge}">`);
    const row = rowOf(reportOf(html), 'http://127.0.0.1/a', '2026-01-01T00:00:00Z');
    expect(row.outlet!.length).toBeLessThanOrEqual(ROW_LIMITS.text);
    expect(JSON.stringify(row).length).toBeLessThan(10_000);
    expect(RowSchema.safeParse(row).success).toBe(true);
  });

  it('are refused on import when a field is longer than a row can be', () => {
    const row = { ...rowAt(1), title: 'x'.repeat(ROW_LIMITS.text + 1) };
    expect(() => parseImport(JSON.stringify({ format: 'quellenlage-history', version: 1, entries: [row] }))).toThrow(
      /damaged/,
    );
  });
});

describe('a full storage', () => {
  it('costs the oldest entries, keeps the new one, and leaves a notice that reading clears', async () => {
    const a = area();
    for (let i = 0; i < 30; i++) await addToHistory(a, rowAt(i), 1000);
    const size = JSON.stringify(a.data).length;
    // now the storage holds about 20 rows' worth
    const small = area(Math.round((size * 2) / 3));
    Object.assign(small.data, structuredClone(a.data));
    const dropped = await addToHistory(small, rowAt(99), 1000);
    expect(dropped).toBeGreaterThan(0);
    const { entries } = await readHistory(small);
    expect(entries.at(-1)!.url).toBe('http://127.0.0.1/a99');
    expect(entries[0]!.url).not.toBe('http://127.0.0.1/a0');
    expect(entries.length).toBe(31 - dropped);
    const notice = await takeNotice(small);
    expect(notice?.dropped).toBe(dropped);
    expect(await takeNotice(small)).toBeNull();
    expect(small.data[HISTORY_KEY]).toBeTruthy();
  });
});
