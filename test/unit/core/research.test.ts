// Article rows, CSV and the outlet comparison: the figures researchers export and compare.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readFileSync } from 'node:fs';
import { analyze } from '../../../src/page/analyze.js';
import { CSV_COLUMNS, rowOf, toCsv, type ArticleRow } from '../../../src/core/row.js';
import { ArticleRow as ArticleRowSchema } from '../../../src/core/row-schema.js';
import { compareOutlets, filterRows, formatTable, outletOf, statsCsv } from '../../../src/core/compare.js';

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/${name}`, import.meta.url), 'utf8');
const reportOf = (name: string) =>
  analyze(parseHTML(fixture(name)).document as unknown as Document, `http://127.0.0.1/${name}`);

function row(over: Partial<ArticleRow>): ArticleRow {
  const base = rowOf(reportOf('demo-article.html'), 'http://x.example/a', '2026-11-25T10:00:00Z');
  return { ...base, ...over };
}

describe('article rows', () => {
  it("hold a report's summary figures, every kind and every source type", () => {
    const report = reportOf('demo-article.html');
    const r = rowOf(report, report.url!, '2026-11-25T10:00:00Z');
    expect(ArticleRowSchema.safeParse(r).success).toBe(true);
    expect(r.attributions).toBe(report.attributions.length);
    expect(Object.values(r.byKind).reduce((a, b) => a + b, 0)).toBe(report.attributions.length);
    expect(Object.keys(r.byType)).toHaveLength(13);
    expect(r.agencies).toEqual(report.article.agencies);
  });
});

describe('CSV', () => {
  it('has the documented columns and quotes what needs quoting', () => {
    const csv = toCsv([
      row({ title: 'Streit um "Wärmeplan", Teil 2\nneu', authors: ['A, B', 'C'], outlet: '=HYPERLINK("x")' }),
    ]);
    const [head, line] = csv.split('\r\n');
    expect(head!.split(',')).toEqual([...CSV_COLUMNS]);
    expect(line).toContain('"Streit um ""Wärmeplan"", Teil 2\nneu"');
    expect(line).toContain('"A, B; C"');
    // a cell a spreadsheet would run as a formula stays text
    expect(line).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

describe('outlet comparison', () => {
  it('counts per outlet: mean attributed share, named share over all sources, agency share, type mix', () => {
    const none = Object.fromEntries(Object.keys(row({}).byType).map((k) => [k, 0])) as ArticleRow['byType'];
    const rows = [
      row({
        outlet: 'A',
        attributedShare: 0.5,
        namedSources: 3,
        anonymousSources: 1,
        agencyCopy: 'wholly',
        byType: { ...none, government: 3, person: 1 },
      }),
      row({
        outlet: 'A',
        attributedShare: 0.3,
        namedSources: 1,
        anonymousSources: 3,
        agencyCopy: null,
        byType: { ...none, government: 1, person: 3 },
      }),
      row({
        outlet: null,
        url: 'https://www.b.example/x',
        attributedShare: 0.1,
        namedSources: 0,
        anonymousSources: 0,
        agencyCopy: null,
        byType: none,
      }),
    ];
    const [a, b] = compareOutlets(rows);
    expect(a).toMatchObject({ outlet: 'A', articles: 2, agencyShare: 0.5, namedShare: 0.5 });
    expect(a!.attributedShare).toBeCloseTo(0.4);
    expect(a!.typeMix.government).toBe(0.5);
    expect(a!.typeMix.person).toBe(0.5);
    expect(b).toMatchObject({ outlet: 'b.example', articles: 1, namedShare: null });
    expect(Object.values(b!.typeMix).every((v) => v === 0)).toBe(true);
    // sample sizes beside the shares
    expect(a).toMatchObject({ sources: 8 });
    expect(b).toMatchObject({ sources: 0 });
    // bootstrap intervals: within [0, 1], around the share, the same on every run
    expect(a!.intervals.attributed[0]).toBeGreaterThanOrEqual(0.3);
    expect(a!.intervals.attributed[1]).toBeLessThanOrEqual(0.5);
    expect(a!.intervals.agency).toEqual([0, 1]);
    expect(compareOutlets(rows)[0]!.intervals).toEqual(a!.intervals);
    expect(b!.intervals.named).toBe(null);
    const table = formatTable([a!, b!]).split('\n');
    expect(table[0]).toMatch(/^outlet\s+articles\s+sources\s+attributed\s+named\s+agency\s+top source types$/);
    expect(table[1]).toMatch(
      /^A\s+2\s+8\s+40 % \(30–50\)\s+50 % \(\d+–\d+\)\s+50 % \(0–100\)\s+government 50 %, person 50 %$/,
    );
    // one article: no interval, the share alone
    expect(table[2]).toMatch(/^b\.example\s+1\s+0\s+10 %\s+–\s+0 %\s+–$/);
  });

  it('filters rows by date, language and outlet, and writes the comparison as CSV', () => {
    const rows = [
      row({ outlet: 'A', published: '2026-01-10T08:00:00Z', lang: 'de' }),
      row({ outlet: 'A', published: '2026-03-10', lang: 'de' }),
      row({ outlet: 'B', published: '2026-02-01', lang: 'en-GB' }),
    ];
    expect(filterRows(rows, { from: '2026-02-01' }).length).toBe(2);
    expect(filterRows(rows, { until: '2026-02-01' }).length).toBe(2);
    expect(filterRows(rows, { lang: 'en' }).map((r) => r.outlet)).toEqual(['B']);
    expect(filterRows(rows, { outlets: ['a'] }).length).toBe(2);
    const csv = statsCsv(compareOutlets(rows)).split('\r\n');
    expect(csv[0]).toMatch(
      /^outlet,articles,sources,sentences,attributions,attributedShare,attributedLow,attributedHigh,/,
    );
    expect(csv[1]).toMatch(/^A,2,/);
    expect(csv.length).toBe(4);
  });

  it("counts one outlet's spellings together under the one most rows use", () => {
    const stats = compareOutlets([
      row({ outlet: 'Kreisblatt Online' }),
      row({ outlet: 'Kreisblatt online' }),
      row({ outlet: 'Kreisblatt Online' }),
      row({ outlet: null, url: 'https://www.talbote.example/a' }),
      row({ outlet: 'Talbote.example' }),
    ]);
    expect(stats.map((s) => [s.outlet, s.articles])).toEqual([
      ['Kreisblatt Online', 3],
      ['talbote.example', 2],
    ]);
  });

  it('writes a row for a page that is no article only when asked, and says so in its isArticle column', () => {
    const home = rowOf(reportOf('home-page.html'), 'http://127.0.0.1/home', '2026-11-25T10:00:00Z');
    expect(home.isArticle).toBe(false);
    expect(toCsv([home]).split('\r\n')[1]!.endsWith(',false')).toBe(true);
    expect(
      toCsv([row({})])
        .split('\r\n')[1]!
        .endsWith(',true'),
    ).toBe(true);
    expect(ArticleRowSchema.safeParse(home).success).toBe(true);
  });

  it('names an outlet by its host when it declares none, and "unknown" without a URL', () => {
    expect(outletOf({ outlet: null, url: 'not a url' })).toBe('unknown');
    expect(outletOf({ outlet: '  Beispielblatt ', url: '' })).toBe('Beispielblatt');
  });
});

describe('the stored history', async () => {
  const { merge, parseHistory, parseImport, exportJson, ImportError } = await import('../../../src/history/store.js');
  const a = row({ url: 'https://x.example/a', analysedAt: '2026-11-01T00:00:00Z' });
  const b = row({ url: 'https://x.example/b', analysedAt: '2026-11-02T00:00:00Z' });
  const c = row({ url: 'https://x.example/c', analysedAt: '2026-11-03T00:00:00Z' });

  it('keeps one entry per address (the later analysis) and drops the oldest beyond the limit', () => {
    const a2 = { ...a, analysedAt: '2026-11-04T00:00:00Z', attributions: 99 };
    expect(merge([a, b], [c, a2], 10)).toEqual([b, c, a2]);
    expect(merge([a, b], [c], 2)).toEqual([b, c]);
  });

  it('repairs what it reads: damaged entries out, an older bare list converted, garbage reset', () => {
    expect(parseHistory(undefined)).toEqual({ entries: [], dropped: 0, problem: null });
    expect(parseHistory({ version: 1, entries: [a, { url: 1 }, b] })).toMatchObject({
      entries: [a, b],
      dropped: 1,
      problem: '1 damaged entry was removed',
    });
    expect(parseHistory([a])).toMatchObject({ entries: [a], problem: 'an older format (a bare list) was converted' });
    expect(parseHistory('nonsense')).toMatchObject({
      entries: [],
      problem: 'the stored history was not readable and was reset',
    });
  });

  it('reads its own export back, and refuses anything else with a reason', () => {
    expect(parseImport(exportJson([a, b]))).toEqual([a, b]);
    expect(() => parseImport('[')).toThrow(ImportError);
    expect(() => parseImport('{"format":"x"}')).toThrow(/not a Quellenlage history export/);
    expect(() =>
      parseImport(JSON.stringify({ format: 'quellenlage-history', version: 1, entries: [{ ...a, sentences: -1 }] })),
    ).toThrow(/entries\.0\.sentences/);
  });
});

describe('declared against cited', async () => {
  const { declaredVsCited } = await import('../../../src/core/declared.js');
  const att = (source: string, named = true) => ({
    sentenceIndex: 0,
    sentence: '',
    kind: 'according_to' as const,
    cue: 'laut',
    cueId: 'x',
    source,
    resolved: null,
    type: null,
    named,
  });
  it('matches list items to cited sources by name, web address and agency, and lists the cited sources left out', () => {
    const r = declaredVsCited(
      [
        'nytimes.com: A headline (Englisch)',
        'Nachrichtenagentur AFP',
        'Eigene Recherchen',
        'Pentagon-Mitteilung vom Montag',
      ],
      [
        att('der "New York Times"'),
        att('das Pentagon'),
        att('Ministerpräsidentin Anna Beispiel'),
        att('Insider', false),
      ],
      ['AFP'],
    );
    expect(r.listed).toEqual([
      { item: 'nytimes.com: A headline (Englisch)', citedAs: ['der "New York Times"'] },
      { item: 'Nachrichtenagentur AFP', citedAs: ['AFP'] },
      { item: 'Eigene Recherchen', citedAs: [] },
      { item: 'Pentagon-Mitteilung vom Montag', citedAs: ['das Pentagon'] },
    ]);
    expect(r.unlisted).toEqual(['Ministerpräsidentin Anna Beispiel']);
  });
});
