/**
 * Outlets compared: per outlet, how much of its text is attributed, how many of its sources are
 * named, how much of it is agency copy, and the mix of source types — from article rows (row.ts).
 */
import { SOURCE_TYPES, type SourceType } from './vocabulary.js';
import { csvField, type ArticleRow } from './row.js';

/** A 95 % interval: the 2.5th and 97.5th percentile of the bootstrap distribution. */
export type Interval = [number, number];

export interface OutletStats {
  outlet: string;
  articles: number;
  /** Distinct sources over the outlet's articles (named and anonymous). */
  sources: number;
  /** Sentences over the outlet's articles. */
  sentences: number;
  /** Mean over the outlet's articles of the share of sentences with a source. */
  attributedShare: number;
  /** Named sources among all distinct sources of the outlet's articles (null without sources). */
  namedShare: number | null;
  /** Share of the outlet's articles credited (wholly or partly) to a news agency. */
  agencyShare: number;
  /** Share of each source type among the outlet's attributions with a type (0 when none). */
  typeMix: Record<SourceType, number>;
  attributions: number;
  /**
   * Bootstrap 95 % intervals of the three shares, from resampling the outlet's articles (1,000
   * resamples, a fixed seed per outlet so that a table is the same each run). With one article they
   * are a point: a sample that small says little.
   */
  intervals: { attributed: Interval; named: Interval | null; agency: Interval };
}

/** Which rows to compare: published (else analysed) from/until a date, of a language, of some outlets. */
export interface RowFilter {
  /** ISO dates (YYYY-MM-DD), inclusive. */
  from?: string | null;
  until?: string | null;
  lang?: string | null;
  /** Outlet names (as `outletOf` gives them; case and spacing do not matter). */
  outlets?: readonly string[] | null;
}

/** The rows a filter keeps. */
export function filterRows(rows: readonly ArticleRow[], f: RowFilter): ArticleRow[] {
  const wanted = f.outlets?.length ? new Set(f.outlets.map(outletKey)) : null;
  return rows.filter((r) => {
    const day = (r.published ?? r.analysedAt ?? '').slice(0, 10);
    if (f.from && (!day || day < f.from)) return false;
    if (f.until && (!day || day > f.until)) return false;
    if (f.lang && (r.lang ?? '').split(/[-_]/)[0]?.toLowerCase() !== f.lang.toLowerCase()) return false;
    return !wanted || wanted.has(outletKey(outletOf(r)));
  });
}

/** A small seeded generator (mulberry32): the same resamples for the same outlet on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const seedOf = (s: string) => [...s].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261);

const RESAMPLES = 1000;

/** The bootstrap interval of `stat` over rows resampled with replacement (null when `stat` has no value). */
function bootstrap(
  rows: readonly ArticleRow[],
  stat: (rs: ArticleRow[]) => number | null,
  seed: string,
): Interval | null {
  if (stat([...rows]) === null) return null;
  const next = random(seedOf(seed));
  const values: number[] = [];
  const sample: ArticleRow[] = new Array(rows.length);
  for (let b = 0; b < RESAMPLES; b++) {
    for (let i = 0; i < rows.length; i++) sample[i] = rows[Math.floor(next() * rows.length)]!;
    const v = stat(sample);
    if (v !== null) values.push(v);
  }
  values.sort((x, y) => x - y);
  const at = (q: number) => values[Math.min(values.length - 1, Math.max(0, Math.round(q * (values.length - 1))))]!;
  return [at(0.025), at(0.975)];
}

const meanShare = (rs: ArticleRow[]) => rs.reduce((n, r) => n + r.attributedShare, 0) / rs.length;
const namedShareOf = (rs: ArticleRow[]) => {
  const named = rs.reduce((n, r) => n + r.namedSources, 0);
  const all = named + rs.reduce((n, r) => n + r.anonymousSources, 0);
  return all ? named / all : null;
};
const agencyShareOf = (rs: ArticleRow[]) => rs.filter((r) => r.agencyCopy).length / rs.length;

/** The outlet a row belongs to: its declared outlet, else the host of its URL, else "unknown". */
export function outletOf(row: Pick<ArticleRow, 'outlet' | 'url'>): string {
  if (row.outlet?.trim()) return row.outlet.trim();
  try {
    return new URL(row.url).hostname.replace(/^www\./, '');
  } catch {
    return 'unknown';
  }
}

/** The key that one outlet's spellings share: "FOCUS online" and "FOCUS Online", "Golem.de" and "golem.de". */
const outletKey = (name: string) =>
  name
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^www\./, '');

/** The spelling of an outlet most of its rows use (the first of equals). */
function mostUsed(names: readonly string[]): string {
  const n = new Map<string, number>();
  for (const x of names) n.set(x, (n.get(x) ?? 0) + 1);
  return [...n].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

/** Per-outlet figures, outlets with the most articles first (then by name); one outlet's spellings counted together. */
export function compareOutlets(rows: readonly ArticleRow[]): OutletStats[] {
  const groups = new Map<string, ArticleRow[]>();
  for (const r of rows) {
    const k = outletKey(outletOf(r));
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  const out: OutletStats[] = [];
  for (const rs of groups.values()) {
    const outlet = mostUsed(rs.map(outletOf));
    const named = rs.reduce((n, r) => n + r.namedSources, 0);
    const anonymous = rs.reduce((n, r) => n + r.anonymousSources, 0);
    const seed = outletKey(outlet);
    const types = Object.fromEntries(
      SOURCE_TYPES.map((t) => [t, rs.reduce((n, r) => n + (r.byType[t] ?? 0), 0)]),
    ) as Record<SourceType, number>;
    const typed = Object.values(types).reduce((a, b) => a + b, 0);
    out.push({
      outlet,
      articles: rs.length,
      sources: named + anonymous,
      sentences: rs.reduce((n, r) => n + r.sentences, 0),
      attributedShare: meanShare(rs),
      namedShare: namedShareOf(rs),
      agencyShare: agencyShareOf(rs),
      typeMix: Object.fromEntries(SOURCE_TYPES.map((t) => [t, typed ? types[t] / typed : 0])) as Record<
        SourceType,
        number
      >,
      attributions: rs.reduce((n, r) => n + r.attributions, 0),
      intervals: {
        attributed: bootstrap(rs, meanShare, seed + ':a')!,
        named: bootstrap(rs, namedShareOf, seed + ':n'),
        agency: bootstrap(rs, agencyShareOf, seed + ':g')!,
      },
    });
  }
  return out.sort((a, b) => b.articles - a.articles || a.outlet.localeCompare(b.outlet));
}

const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)} %`);

/** A share with its interval: "64 % (58–70)"; just the share for a single article. */
export function withInterval(x: number | null, i: Interval | null, articles: number): string {
  if (x === null) return '–';
  if (!i || articles < 2) return pct(x);
  return `${pct(x)} (${Math.round(i[0] * 100)}–${Math.round(i[1] * 100)})`;
}

/** The comparison as a plain-text table (the CLI prints it); intervals are bootstrap 95 % intervals. */
export function formatTable(stats: readonly OutletStats[]): string {
  const head = ['outlet', 'articles', 'sources', 'attributed', 'named', 'agency', 'top source types'];
  const rows = stats.map((s) => [
    s.outlet,
    String(s.articles),
    String(s.sources),
    withInterval(s.attributedShare, s.intervals.attributed, s.articles),
    withInterval(s.namedShare, s.intervals.named, s.articles),
    withInterval(s.agencyShare, s.intervals.agency, s.articles),
    (Object.entries(s.typeMix) as Array<[string, number]>)
      .filter(([, v]) => v > 0)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([t, v]) => `${t} ${pct(v)}`)
      .join(', ') || '–',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(head), ...rows.map(line)].join('\n');
}

/** The comparison as CSV (one row per outlet: sample sizes, shares with their intervals, the type mix). */
export function statsCsv(stats: readonly OutletStats[]): string {
  const head = [
    'outlet',
    'articles',
    'sources',
    'sentences',
    'attributions',
    'attributedShare',
    'attributedLow',
    'attributedHigh',
    'namedShare',
    'namedLow',
    'namedHigh',
    'agencyShare',
    'agencyLow',
    'agencyHigh',
    ...SOURCE_TYPES.map((t) => `type_${t}`),
  ];
  const num = (x: number | null | undefined) =>
    x === null || x === undefined ? '' : String(Math.round(x * 1e4) / 1e4);
  const lines = stats.map((s) =>
    [
      csvField(s.outlet),
      s.articles,
      s.sources,
      s.sentences,
      s.attributions,
      num(s.attributedShare),
      num(s.intervals.attributed[0]),
      num(s.intervals.attributed[1]),
      num(s.namedShare),
      num(s.intervals.named?.[0]),
      num(s.intervals.named?.[1]),
      num(s.agencyShare),
      num(s.intervals.agency[0]),
      num(s.intervals.agency[1]),
      ...SOURCE_TYPES.map((t) => num(s.typeMix[t])),
    ].join(','),
  );
  return [head.join(','), ...lines].join('\r\n') + '\r\n';
}
