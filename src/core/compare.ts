/**
 * Outlets compared: per outlet, how much of its text is attributed, how many of its sources are
 * named, how much of it is agency copy, and the mix of source types — from article rows (row.ts).
 */
import { SOURCE_TYPES, type SourceType } from './vocabulary.js';
import type { ArticleRow } from './row.js';

export interface OutletStats {
  outlet: string;
  articles: number;
  /** Mean over the outlet's articles of the share of sentences with a source. */
  attributedShare: number;
  /** Named sources among all distinct sources of the outlet's articles (null without sources). */
  namedShare: number | null;
  /** Share of the outlet's articles credited (wholly or partly) to a news agency. */
  agencyShare: number;
  /** Share of each source type among the outlet's attributions with a type (0 when none). */
  typeMix: Record<SourceType, number>;
  attributions: number;
}

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
    const types = Object.fromEntries(
      SOURCE_TYPES.map((t) => [t, rs.reduce((n, r) => n + (r.byType[t] ?? 0), 0)]),
    ) as Record<SourceType, number>;
    const typed = Object.values(types).reduce((a, b) => a + b, 0);
    out.push({
      outlet,
      articles: rs.length,
      attributedShare: rs.reduce((n, r) => n + r.attributedShare, 0) / rs.length,
      namedShare: named + anonymous ? named / (named + anonymous) : null,
      agencyShare: rs.filter((r) => r.agencyCopy).length / rs.length,
      typeMix: Object.fromEntries(SOURCE_TYPES.map((t) => [t, typed ? types[t] / typed : 0])) as Record<
        SourceType,
        number
      >,
      attributions: rs.reduce((n, r) => n + r.attributions, 0),
    });
  }
  return out.sort((a, b) => b.articles - a.articles || a.outlet.localeCompare(b.outlet));
}

const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)} %`);

/** The comparison as a plain-text table (the CLI prints it). */
export function formatTable(stats: readonly OutletStats[]): string {
  const head = ['outlet', 'articles', 'attributed', 'named', 'agency', 'top source types'];
  const rows = stats.map((s) => [
    s.outlet,
    String(s.articles),
    pct(s.attributedShare),
    pct(s.namedShare),
    pct(s.agencyShare),
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
