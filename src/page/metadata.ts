/** What a publisher declares about a page: JSON-LD, Open Graph and meta tags. */

import { isoDate, MODIFIED_META, PUBLISHED_META } from './dates.js';
import type { DeclaredMeta } from '../core/schema.js';
import { attr, DocIndex } from './dom.js';
import { decodeCharRefs } from './char-refs.js';

/** Meta names that hold the article's authors by name (not a profile address). */
const AUTHOR_META = [
  'author',
  'article:author',
  'parsely-author',
  'sailthru.author',
  'dc.creator',
  'twitter:misc:written by',
  'cxenseparse:author',
] as const;

export interface Declared {
  /** Every title the page declares: JSON-LD headline, og:title, twitter:title. */
  titles: string[];
  /** Every `@type` found in the page's JSON-LD, flattened. */
  types: string[];
  /** The first JSON-LD object whose type is an article type, if any. */
  article: Record<string, unknown> | null;
  ogType: string | null;
  title: string | null;
  siteName: string | null;
  /** The document's own `<title>`. */
  documentTitle: string | null;
  /** The name of the article's JSON-LD publisher. */
  publisher: string | null;
  /** The page's canonical address: `<link rel=canonical>`, og:url or the JSON-LD article's url (absolute http(s) only). */
  canonical: string | null;
  published: string | null;
  modified: string | null;
  lang: string | null;
  description: string | null;
  /** Names of the JSON-LD authors, with whether each is a person or an organisation. */
  authors: Array<{ name: string; person: boolean }>;
  /** Names in every author meta tag (`author`, `article:author`, …), split at commas and 'and'. */
  metaAuthors: string[];
  /** The article object's metadata for the report, null without a declared article. */
  meta: DeclaredMeta | null;
  /**
   * CSS selectors of the parts the article declares as behind its paywall (`hasPart` with
   * `isAccessibleForFree: false`): article text, whatever the class words say ("pmc-paywall").
   */
  gatedParts: string[];
}

export const ARTICLE_TYPES = new Set([
  'NewsArticle',
  'Article',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'LiveBlogPosting',
  'BlogPosting',
  'Report',
  'ScholarlyArticle',
  'TechArticle',
]);

/** The page's <meta> values by property, name and itemprop (first one wins), read in one pass. */
function metaValues(index: DocIndex): Map<string, string> {
  const out = new Map<string, string>();
  for (const el of index.tags(['meta'])) {
    const v = attr(el, 'content')?.trim();
    if (!v) continue;
    for (const name of ['property', 'name', 'itemprop']) {
      const k = attr(el, name);
      // (names are matched in lower case: "DC.date" and "dc.date" are one name)
      if (k && !out.has(k.toLowerCase())) out.set(k.toLowerCase(), v);
    }
  }
  return out;
}

function typesOf(o: Record<string, unknown>): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** Every object in the page's JSON-LD blocks, `@graph` flattened; broken JSON is skipped. */
export function jsonLdObjects(doc: Document, index: DocIndex = new DocIndex(doc)): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  for (const s of index.tags(['script']).filter((el) => attr(el, 'type') === 'application/ld+json')) {
    let data: unknown;
    try {
      // (character references in its strings decoded: a script's text is raw, no parser decoded them)
      data = JSON.parse(s.textContent ?? '', (_k, v: unknown) => (typeof v === 'string' ? decodeCharRefs(v) : v));
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    for (let n = 0; queue.length && n < 500; n++) {
      const x = queue.shift();
      if (Array.isArray(x)) {
        queue.push(...x);
        continue;
      }
      if (x && typeof x === 'object') {
        const o = x as Record<string, unknown>;
        out.push(o);
        if (o['@graph']) queue.push(o['@graph']);
        if (o['mainEntity'] && typeof o['mainEntity'] === 'object') queue.push(o['mainEntity']);
      }
    }
  }
  return out;
}

function str(x: unknown): string | null {
  if (typeof x === 'string') return x.trim() || null;
  if (x && typeof x === 'object' && 'name' in x) return str((x as { name: unknown }).name);
  return personName(x);
}

/** A schema.org Person given by its parts only: `{"givenName": "Anna", "familyName": "Berger"}`. */
function personName(x: unknown): string | null {
  if (!x || typeof x !== 'object') return null;
  const o = x as Record<string, unknown>;
  const part = (k: string) => (typeof o[k] === 'string' ? (o[k] as string).trim() : '');
  const name = [part('givenName'), part('additionalName'), part('familyName')].filter(Boolean).join(' ');
  return part('familyName') ? name : null;
}

/** A name or URL of a JSON-LD value: a string, `{name}`, `{url}` or `{@id}`. */
function ref(x: unknown): string | null {
  if (typeof x === 'string') return x.trim() || null;
  if (x && typeof x === 'object') {
    const o = x as Record<string, unknown>;
    if (typeof o['name'] !== 'string') {
      const person = personName(o);
      if (person) return person;
    }
    for (const k of ['name', 'headline', 'url', '@id'])
      if (typeof o[k] === 'string' && (o[k] as string).trim()) return (o[k] as string).trim();
  }
  return null;
}

/** The names or URLs of a JSON-LD value that may be one item or a list (at most 50). */
function refs(x: unknown): string[] {
  const list = Array.isArray(x) ? x : x == null ? [] : [x];
  return list
    .slice(0, 50)
    .map(ref)
    .filter((r): r is string => !!r);
}

/** `isAccessibleForFree` written as a boolean or as the strings "False"/"True". */
function freeFlag(x: unknown): boolean | null {
  if (typeof x === 'boolean') return x;
  if (typeof x === 'string' && /^(?:true|false)$/i.test(x.trim())) return x.trim().toLowerCase() === 'true';
  return null;
}

/** The CSS selectors of the parts of `hasPart` that are declared not free to read (at most 10). */
function gatedParts(x: unknown): string[] {
  const parts = (Array.isArray(x) ? x : [x]).slice(0, 10);
  return parts.flatMap((part) => {
    if (!part || typeof part !== 'object') return [];
    const p = part as Record<string, unknown>;
    if (freeFlag(p['isAccessibleForFree']) !== false) return [];
    const sel = p['cssSelector'];
    return (Array.isArray(sel) ? sel : [sel])
      .filter((s): s is string => typeof s === 'string' && !!s.trim())
      .slice(0, 10);
  });
}

/** A JSON-LD node written as a bare `{"@id": …}` reference, replaced by the node it names. */
function dereference(x: unknown, byId: Map<string, Record<string, unknown>>): unknown {
  if (Array.isArray(x)) return x.map((y) => dereference(y, byId));
  if (!x || typeof x !== 'object') return x;
  const id = (x as Record<string, unknown>)['@id'];
  return typeof id === 'string' && Object.keys(x).length === 1 ? (byId.get(id) ?? x) : x;
}

function metaOf(raw: Record<string, unknown>, objs: Array<Record<string, unknown>>): DeclaredMeta {
  const byId = new Map<string, Record<string, unknown>>();
  for (const o of objs) if (typeof o['@id'] === 'string' && Object.keys(o).length > 1) byId.set(o['@id'], o);
  const get = (k: string) => dereference(raw[k], byId);
  const a = get('author');
  const words = Number(get('wordCount'));
  const pub = get('publisher');
  const publisher = pub && typeof pub === 'object' ? (pub as Record<string, unknown>) : {};
  // policies are declared on the article or on its publisher
  const policy = (k: string) => ref(get(k)) ?? ref(publisher[k]);
  return {
    authors: (Array.isArray(a) ? a : a ? [a] : []).slice(0, 50).flatMap((x) => {
      const name = ref(x);
      return name
        ? [{ name, type: x && typeof x === 'object' ? (typesOf(x as Record<string, unknown>)[0] ?? null) : null }]
        : [];
    }),
    publisher: ref(get('publisher')),
    isBasedOn: refs(get('isBasedOn')),
    citation: refs(get('citation')),
    publishingPrinciples: policy('publishingPrinciples'),
    correctionsPolicy: policy('correctionsPolicy'),
    wordCount: Number.isInteger(words) && words > 0 ? words : null,
    isAccessibleForFree: freeFlag(get('isAccessibleForFree')),
  };
}

/** The first of the values that is a date, as ISO 8601. */
function firstDate(values: readonly unknown[]): string | null {
  for (const v of values) {
    const d = typeof v === 'string' ? isoDate(v) : null;
    if (d) return d;
  }
  return null;
}

/** An absolute http(s) address, or null. */
function absolute(u: unknown): string | null {
  if (typeof u !== 'string') return null;
  try {
    const url = new URL(u.trim());
    return /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

function canonicalOf(index: DocIndex, ogUrl: string | null, article: Record<string, unknown> | null): string | null {
  const link = index
    .tags(['link'])
    .find((l) => (attr(l, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'));
  return (
    absolute(link && attr(link, 'href')) ??
    absolute(ogUrl) ??
    absolute(article?.['url']) ??
    absolute(ref(article?.['mainEntityOfPage']))
  );
}

/** Reads the declared metadata of a document. */
export function readDeclared(doc: Document, index: DocIndex = new DocIndex(doc)): Declared {
  const metas = metaValues(index);
  const meta = (...names: string[]) => names.map((n) => metas.get(n)).find(Boolean) ?? null;
  const objs = jsonLdObjects(doc, index);
  const types = objs.flatMap(typesOf);
  const article = objs.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.has(t))) ?? null;
  const authors: Array<{ name: string; person: boolean }> = [];
  if (article) {
    // an author written as a bare {"@id"} reference is the node it names
    const byId = new Map<string, Record<string, unknown>>();
    for (const o of objs) if (typeof o['@id'] === 'string' && Object.keys(o).length > 1) byId.set(o['@id'], o);
    const a = dereference(article['author'], byId);
    for (const x of Array.isArray(a) ? a : a ? [a] : []) {
      const name = str(x);
      if (!name) continue;
      const types = x && typeof x === 'object' ? typesOf(x as Record<string, unknown>) : [];
      authors.push({ name, person: types.includes('Person') || !types.includes('Organization') });
    }
  }
  const publisher = article ? str(article['publisher']) : null;
  return {
    types,
    article,
    ogType: meta('og:type'),
    title:
      (article && str(article['headline'])) ??
      meta('og:title') ??
      (index.tags(['title'])[0]?.textContent?.trim() || null),
    titles: [article && str(article['headline']), meta('og:title'), meta('twitter:title')].filter(
      (t): t is string => !!t,
    ),
    siteName: meta('og:site_name') ?? publisher,
    publisher,
    documentTitle: doc.title?.trim() || null,
    canonical: canonicalOf(index, meta('og:url'), article),
    // the article's own date first, then any date the page's JSON-LD or meta tags declare
    published: firstDate([article?.['datePublished'], ...objs.map((o) => o['datePublished']), meta(...PUBLISHED_META)]),
    modified: firstDate([article?.['dateModified'], ...objs.map((o) => o['dateModified']), meta(...MODIFIED_META)]),
    lang: doc.documentElement?.getAttribute('lang') ?? (article && str(article['inLanguage'])) ?? meta('og:locale'),
    description: meta('og:description', 'description'),
    authors,
    metaAuthors: [
      ...new Set(
        AUTHOR_META.flatMap((n) => metas.get(n) ?? [])
          .filter((v) => !/^https?:|[@/]/.test(v))
          .flatMap((v) => v.split(/\s*[,;|]\s*|\s+(?:und|and|&)\s+/))
          .filter(Boolean),
      ),
    ],
    meta: article ? metaOf(article, objs) : null,
    gatedParts: article ? gatedParts(article['hasPart']) : [],
  };
}
