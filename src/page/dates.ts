/**
 * Publishing dates: where a page declares them (JSON-LD, meta tags in their usual spellings,
 * microdata, `<time datetime>`), and every form found written as ISO 8601, so that the report, the
 * CSV and the comparison sort and filter dates alike.
 */
import { attr, tagOf, type DocIndex } from './dom.js';

/** Meta names of the publishing date, most specific first (Open Graph, Dublin Core, news CMSs), in lower case as metadata.ts reads them. */
export const PUBLISHED_META = [
  'article:published_time',
  'article:published:time',
  'datepublished',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'sailthru.date',
  'parsely-pub-date',
  'publish-date',
  'pubdate',
  'date',
] as const;
/** Meta names of the date of the last change. */
export const MODIFIED_META = [
  'article:modified_time',
  'article:modified:time',
  'og:updated_time',
  'datemodified',
  'dcterms.modified',
  'last-modified',
] as const;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Offsets of the zone abbreviations that dates written by `Date.toString` in Java or PHP carry. */
const ZONES: Record<string, string> = {
  UTC: 'Z',
  GMT: 'Z',
  Z: 'Z',
  CET: '+01:00',
  CEST: '+02:00',
  MEZ: '+01:00',
  MESZ: '+02:00',
  BST: '+01:00',
  EST: '-05:00',
  EDT: '-04:00',
  CST: '-06:00',
  CDT: '-05:00',
  MST: '-07:00',
  MDT: '-06:00',
  PST: '-08:00',
  PDT: '-07:00',
};

const pad = (n: number | string) => String(n).padStart(2, '0');
const offset = (z: string | undefined) =>
  !z ? '' : /^z$/i.test(z) ? 'Z' : z.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
const valid = (y: number, m: number, d: number) => y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31;

/** ISO 8601: "2024-04-30T16:38:37+02:00" from "2024-04-30 16:38:37 +02:00"; a date alone stays a date. */
const ISO_LIKE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
/** `Date.toString` of Java and PHP: "Fri Apr 28 19:20:36 CEST 2023". */
const JAVA_STYLE =
  /^(?:[a-z]{3},?\s+)?([a-z]{3})[a-z]*\s+(\d{1,2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s+([a-z]{1,4})\s+(\d{4})$/i;
/** German and other day-first dates: "28.04.2023", "28.04.2023, 19:20 Uhr". */
const DAY_FIRST = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?:,?\s+(\d{1,2})[:.](\d{2})(?:\s*Uhr)?)?$/i;

/** A date as ISO 8601 (with its time and offset where given), or null when it is no date. */
export function isoDate(raw: string | null | undefined): string | null {
  const s = (raw ?? '').trim();
  if (!s || s.length > 60) return null;
  let m = ISO_LIKE.exec(s);
  if (m) {
    const [, y, mo, d, h, mi, sec, frac, z] = m;
    if (!valid(+y!, +mo!, +d!)) return null;
    return h === undefined
      ? `${y}-${mo}-${d}`
      : `${y}-${mo}-${d}T${pad(h)}:${mi}:${sec ?? '00'}${frac ?? ''}${offset(z)}`;
  }
  m = JAVA_STYLE.exec(s);
  if (m) {
    const [, mon, d, h, mi, sec, zone, y] = m;
    const mo = MONTHS.indexOf(mon!.toLowerCase()) + 1;
    const z = ZONES[zone!.toUpperCase()];
    if (mo && z !== undefined && valid(+y!, mo, +d!))
      return `${y}-${pad(mo)}-${pad(d!)}T${pad(h!)}:${mi}:${sec ?? '00'}${z}`;
    return null;
  }
  m = DAY_FIRST.exec(s);
  if (m) {
    const [, d, mo, y, h, mi] = m;
    if (!valid(+y!, +mo!, +d!)) return null;
    return `${y}-${pad(mo!)}-${pad(d!)}${h !== undefined ? `T${pad(h)}:${mi}:00` : ''}`;
  }
  // anything else the platform reads ("April 28, 2023", RFC 2822), written in UTC
  const t = Date.parse(s);
  if (!Number.isFinite(t) || !/\d{4}/.test(s)) return null;
  const iso = new Date(t).toISOString();
  return /\d{1,2}:\d{2}/.test(s) ? iso.replace('.000Z', 'Z') : iso.slice(0, 10);
}

/** How many elements after the headline a `<time>` is looked for (the article's header, not the page's teasers far below). */
const AFTER_HEADLINE = 300;

/**
 * The publishing date from markup when no JSON-LD or meta tag gives one: an element marked
 * `itemprop="datePublished"`; the first `<time datetime>` inside the article (its own date stands
 * before the dates of teasers further down), or else the first after the headline.
 */
export function markupDate(index: DocIndex, scope: Element | null, headline: Element | null = null): string | null {
  for (const el of index.matching('[itemprop="datePublished" i]', (e) => attr(e, 'itemprop') === 'datePublished')) {
    const d = isoDate(attr(el, 'content') ?? attr(el, 'datetime') ?? el.textContent);
    if (d) return d;
  }
  if (scope)
    for (const el of index.tags(['time'], scope)) {
      const d = isoDate(attr(el, 'datetime'));
      if (d) return d;
    }
  const from = headline ? index.place(headline) : -1;
  if (from < 0) return null;
  const after = index.all.slice(from + 1, from + 1 + AFTER_HEADLINE);
  for (const el of after) {
    if (tagOf(el) !== 'time') continue;
    const d = isoDate(attr(el, 'datetime'));
    if (d) return d;
  }
  return null;
}

/** A day-first date in running text: "28.04.2023", "Mo 03.11.25 | 08:15 Uhr" (a two-digit year is this century). */
const DAY_FIRST_IN_TEXT =
  /(?:^|[^\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?![\d.])(?:,?\s+(?:\|\s*)?(\d{1,2})[:.](\d{2})(?:\s*Uhr)?)?/;
/** How far up from the byline the date line is looked for, and the longest texts read there. */
const NEAR_LEVELS = 2;
const NEAR_CHARS = 300;
const FIELD_CHARS = 80;

/** The ISO date of the first day-first date in a text, or null. */
function dayFirstIn(t: string): string | null {
  const m = DAY_FIRST_IN_TEXT.exec(t);
  if (!m) return null;
  const [, d, mo, y, h, mi] = m;
  return isoDate(`${d}.${mo}.${y!.length === 2 ? `20${y}` : y}${h !== undefined ? `, ${h}:${mi}` : ''}`);
}

/**
 * The date written beside the byline, for a page that declares none: in the byline's own line
 * ("Mo 03.11.25 | 08:15 Uhr | Von …") or in a short element beside it or beside the box it stands
 * in (a "Datum 28.04.2023" field above the "Autor" field, a date heading over the author line).
 * Only short texts are read, so that a teaser's date further away is not taken.
 */
export function dateNearByline(byline: Element | null, text: (el: Element) => string): string | null {
  let el: Element | null = byline;
  for (let level = 0; el && level <= NEAR_LEVELS; level++, el = el.parentElement) {
    const own = text(el);
    if (own.length <= NEAR_CHARS) {
      const d = dayFirstIn(own);
      if (d) return d;
    }
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const t = text(c);
      const d = t.length <= FIELD_CHARS ? dayFirstIn(t) : null;
      if (d) return d;
    }
    // a long text is the article or the page, no longer the byline's box: no further up
    if (own.length > NEAR_CHARS) return null;
  }
  return null;
}
