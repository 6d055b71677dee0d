/** What a publisher declares about a page: JSON-LD, Open Graph and meta tags. */

import { DocIndex } from './dom.js';

export interface Declared {
  /** Every `@type` found in the page's JSON-LD, flattened. */
  types: string[];
  /** The first JSON-LD object whose type is an article type, if any. */
  article: Record<string, unknown> | null;
  ogType: string | null;
  title: string | null;
  siteName: string | null;
  published: string | null;
  lang: string | null;
  description: string | null;
  /** Names of the JSON-LD authors, with whether each is a person or an organisation. */
  authors: Array<{ name: string; person: boolean }>;
}

export const ARTICLE_TYPES = new Set(['NewsArticle', 'Article', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BackgroundNewsArticle', 'ReviewNewsArticle', 'LiveBlogPosting', 'BlogPosting', 'Report', 'ScholarlyArticle', 'TechArticle']);

/** The page's <meta> values by property, name and itemprop (first one wins), read in one pass. */
function metaValues(index: DocIndex): Map<string, string> {
  const out = new Map<string, string>();
  for (const el of index.tags(['META'])) {
    const v = el.getAttribute('content')?.trim();
    if (!v) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const k = el.getAttribute(attr);
      if (k && !out.has(k)) out.set(k, v);
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
  for (const s of index.tags(['SCRIPT']).filter((el) => el.getAttribute('type') === 'application/ld+json')) {
    let data: unknown;
    try { data = JSON.parse(s.textContent ?? ''); } catch { continue; }
    const queue: unknown[] = [data];
    for (let n = 0; queue.length && n < 500; n++) {
      const x = queue.shift();
      if (Array.isArray(x)) { queue.push(...x); continue; }
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
  return null;
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
    const a = article['author'];
    for (const x of Array.isArray(a) ? a : a ? [a] : []) {
      const name = str(x);
      if (!name) continue;
      const person = !(x && typeof x === 'object' && typesOf(x as Record<string, unknown>).includes('Organization'));
      authors.push({ name, person });
    }
  }
  const publisher = article ? str(article['publisher']) : null;
  return {
    types,
    article,
    ogType: meta('og:type'),
    title: (article && str(article['headline'])) ?? meta('og:title') ?? (index.tags(['TITLE'])[0]?.textContent?.trim() || null),
    siteName: meta('og:site_name') ?? publisher,
    published: (article && str(article['datePublished'])) ?? meta('article:published_time', 'date', 'pubdate') ?? null,
    lang: doc.documentElement?.getAttribute('lang') ?? (article && str(article['inLanguage'])) ?? meta('og:locale'),
    description: meta('og:description', 'description'),
    authors,
  };
}
