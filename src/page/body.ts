/**
 * Where the article body is: paragraphs scored into their containers, then the steps of
 * Readability's candidate choice (several near-best candidates under one ancestor, a parent that
 * scores higher, siblings that continue the body past an interruption) and a second look without
 * class hints when the first finds little. The result is the body's container and the parts of it
 * that hold the body, in reading order.
 */
import {
  attr,
  DocIndex,
  ElementMemo,
  flatText,
  foldedLength,
  hasAncestor,
  hints,
  isInside,
  isMixedTextDiv,
  isSkipped,
  isTextDiv,
  pageBody,
  tagOf,
  textRuns,
} from './dom.js';
import type { SiteRule } from './site-rule.js';

/** A paragraph shorter than this is not counted when scoring containers. */
export const MIN_SCORED_PARAGRAPH = 40;
/** How many levels above a paragraph a negative hint ("teaser", "related") rules it out when scoring. */
const NEGATIVE_HINT_LEVELS = 3;
/** How many ancestors of a paragraph share its score. */
const SCORE_LEVELS = 5;
/** A block whose text is more than this share link text is navigation, not body. */
export const MAX_LINK_DENSITY = 0.5;
/** How many of the best-scored containers are compared with the best one. */
const TOP_CANDIDATES = 5;
/** A container scoring at least this share of the best is a near-best candidate. */
const NEAR_BEST = 0.75;
/** This many near-best candidates under one ancestor make that ancestor the body (one wrapper per paragraph). */
const MIN_NEAR_BEST = 3;
/** A parent scoring less than this share of its child ends the climb. */
const CLIMB_SHARE = 1 / 3;
/** A sibling of the body scoring at least this share of it continues the body (after an ad slot or a teaser). */
const SIBLING_SHARE = 0.2;
/** A sibling paragraph this long and with little link text continues the body. */
const SIBLING_PARAGRAPH = 80;
const SIBLING_LINK_DENSITY = 0.25;
/** How many levels above the body container chunks of the same make are looked for. */
const CHUNK_LEVELS = 4;

/** Class and id words of elements that are never article text: teasers, sharing, comments, ads, navigation … */
const NEGATIVE_HINTS =
  /(?:^|[\s_-])(?:teaser|related|recommend|empfehlung|newsletter|share|sharing|social|comments?|kommentare?|ads?|advert\w*|anzeige|promo|paywall|outbrain|taboola|caption|credit|copyright|breadcrumbs?|byline|author|autor|tags?|taglist|footer|nav|navigation|sidebar|widget|toolbar|subscribe|abo|consent|cookie|banner|gallery|player|read-?more|lesen-?sie|mehr-?zum|topics|themen|companion|sources|quellen|rating|survey|poll|embed|tweet|instagram-media|tiktok-embed|infobox|carousel|slider|swiper|rail|video|hidden|sr-only|visually-hidden|print-only)(?=$|[\s_-])/;
/**
 * A class word that says "this is the article's text" ("article-body", "story-text", "entry-content",
 * "bodycopy"). It outweighs a negative word of the same element, as Readability's "okMaybeItsACandidate"
 * does: "article-text js-advertorial-links" is the body.
 */
const BODY_HINT =
  /(?:^|[\s_-])(?:(?:article|story|entry|post|news|main)[-_]?(?:body|text|content|copy)|articlebody|bodytext|bodycopy|body-?copy|rich-?text)(?=$|[\s_-])/;
/** Tags that are never article text by themselves. */
const NEGATIVE_TAGS = new Set(['figure', 'figcaption', 'aside', 'nav', 'footer', 'form', 'header', 'dialog', 'menu']);
/** The page's outer containers: paragraph scores stop below them. */
export const PAGE_CONTAINERS = new Set(['html', 'body', 'main']);
/** Containers whose class names say nothing about one block. */
const NEVER_NEGATIVE = new Set([...PAGE_CONTAINERS, 'article']);
/** Utility classes (Tailwind and the like) describe looks, not content: "overflow-hidden", "md:hidden". */
const UTILITY_CLASS =
  /:|^(?:overflow|text|bg|border|flex|grid|items|justify|self|space|gap|[pm][xytrbl]?|w|h|min|max|top|left|right|bottom|z|rounded|shadow|font|leading|tracking|opacity|transition|duration|cursor|select|pointer|group|peer|inset|order|col|row|basis|grow|shrink|sr)-/;

/** How strictly blocks are ruled out: `hints` reads class words, `tags` only tags and hidden markup. */
export type Strictness = 'hints' | 'tags';

/** Elements the page declares as article text (its paywalled parts, see `declareArticleText`). */
const declaredText = new WeakSet<Element>();

/**
 * Marks the elements that match the page's own selectors of its article text (the parts it declares
 * behind a paywall): no class word of theirs rules them out. A selector that does not parse is passed over.
 */
export function declareArticleText(doc: Document, selectors: readonly string[]): void {
  for (const sel of selectors) {
    try {
      for (const el of doc.querySelectorAll(sel)) declaredText.add(el);
    } catch {
      /* not a selector this DOM reads */
    }
  }
}

function hasNegativeHint(el: Element): boolean {
  if (NEVER_NEGATIVE.has(tagOf(el)) || declaredText.has(el)) return false;
  const h = hints(el);
  if (BODY_HINT.test(h)) return false;
  return h.split(/\s+/).some((token) => token && !UTILITY_CLASS.test(token) && NEGATIVE_HINTS.test(token));
}

/** Per element, whether its tag or markup rules it out, and whether its class words do: asked again and again as ancestors, so kept for the extraction. */
const byTag = new ElementMemo((el) => NEGATIVE_TAGS.has(tagOf(el)) || isSkipped(el));
const byHint = new ElementMemo(hasNegativeHint);
function negativeOwn(el: Element, strictness: Strictness): boolean {
  const t = byTag.get(el);
  if (t || strictness === 'tags') return t;
  return byHint.get(el);
}

/** Whether `el` or an ancestor below `stop` is never article text (tag, class words, hidden, the site rule's exclusions). */
export function isNegative(
  el: Element,
  stop: Element | null,
  rule: SiteRule | null,
  strictness: Strictness = 'hints',
  holdsBody?: (a: Element) => boolean,
): boolean {
  // an element that holds most of the body is no aside, whatever its class words say ("widget-area")
  const test = (a: Element) =>
    (holdsBody?.(a) ? negativeOwn(a, 'tags') : negativeOwn(a, strictness)) ||
    (!!rule && (rule.exclude ?? []).some((sel) => safeMatches(a, sel)));
  return test(el) || hasAncestor(el, stop, test);
}

function safeMatches(el: Element, sel: string): boolean {
  try {
    return el.matches(sel);
  } catch {
    return false;
  }
}

/** The share of an element's text that is link text. */
export function linkDensity(el: Element, textLength: number): number {
  if (!textLength) return 0;
  let links = 0;
  // getElementsByTagName, not a selector query: linkedom compiles a selector on every call
  for (const a of Array.from(el.getElementsByTagName('a'))) links += foldedLength(a);
  return links / textLength;
}

/** The page's paragraphs: P elements, and with `divs` also DIVs written as paragraphs (isTextDiv). */
export function paragraphs(index: DocIndex, scope: Element, divs = false): Element[] {
  if (!divs) return index.tags(['p'], scope);
  return index.tags(['p', 'div'], scope).filter((el) => tagOf(el) === 'p' || isTextDiv(el, MIN_SCORED_PARAGRAPH));
}

/** The body's container, and the elements inside it that hold the body in reading order (the container itself, or its children that continue one another). */
export interface BodyPlace {
  root: Element;
  parts: Element[];
  /** Whether an element holds most of the body's scored paragraph text (so it is no aside). */
  holdsBody: (el: Element) => boolean;
}

/** An element holding at least this share of the body's scored paragraph text is part of the body, not an aside in it. */
const BODY_HOLDER_SHARE = 0.5;

/** An element around one element and no text of its own: a wrapper, not a container of paragraphs. */
function isWrapper(el: Element): boolean {
  if (!el.firstElementChild || el.firstElementChild !== el.lastElementChild) return false;
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3 && (c.nodeValue ?? '').trim()) return false;
  return true;
}

/** Per container: its paragraph score, and the length of the scored paragraphs below it (at any depth). */
interface Scores {
  scores: Map<Element, number>;
  text: Map<Element, number>;
}

/** Paragraph scores of the containers above each paragraph, like Readability's (the parent the length, ancestors further up a share). */
function scoreContainers(
  index: DocIndex,
  body: Element,
  rule: SiteRule | null,
  divs: boolean,
  strictness: Strictness,
): Scores {
  const scores = new Map<Element, number>();
  const text = new Map<Element, number>();
  // a hint far up ("teaser-body" around a whole page) says less than one close to the paragraph
  const ruledOut = (p: Element) => {
    let stop: Element | null = p;
    for (let i = 0; stop && i < NEGATIVE_HINT_LEVELS; i++) stop = stop.parentElement;
    return isNegative(p, stop, rule, strictness);
  };
  for (const p of paragraphs(index, body, divs)) {
    if (ruledOut(p)) continue;
    const len = foldedLength(p);
    if (len < MIN_SCORED_PARAGRAPH || linkDensity(p, len) > MAX_LINK_DENSITY) continue;
    credit(p.parentElement, len);
  }
  // text written straight into a DIV beside its headings counts as that DIV's paragraphs
  if (divs)
    for (const d of index.tags(['div'], body)) {
      if (!isMixedTextDiv(d, MIN_SCORED_PARAGRAPH) || ruledOut(d)) continue;
      const len = textRuns(d).reduce((n, r) => n + (r.text.length >= MIN_SCORED_PARAGRAPH ? r.text.length : 0), 0);
      if (len) credit(d, len);
    }
  return { scores, text };

  /** Gives a paragraph's length to the containers from `from` up. */
  function credit(from: Element | null, len: number): void {
    // so that a body split into one wrapper per paragraph still adds up in a common ancestor;
    // a wrapper around one element only is no level of its own (Readability unwraps such DIVs)
    // (paragraphs written straight into <main> or <body>, a bare page: that container holds them, and no
    // level above it counts)
    if (from && from.parentElement && PAGE_CONTAINERS.has(tagOf(from))) {
      scores.set(from, (scores.get(from) ?? 0) + len);
      text.set(from, (text.get(from) ?? 0) + len);
      return;
    }
    let a = from;
    for (let level = 0; a && level < SCORE_LEVELS; a = a.parentElement) {
      if (PAGE_CONTAINERS.has(tagOf(a))) break;
      if (isWrapper(a)) continue;
      scores.set(a, (scores.get(a) ?? 0) + len / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
      level++;
    }
    for (let b = from; b && !PAGE_CONTAINERS.has(tagOf(b)); b = b.parentElement) text.set(b, (text.get(b) ?? 0) + len);
  }
}

/** The best container, moved up to the ancestor that several near-best candidates share, or to a parent that scores higher. */
function chooseContainer(scores: Map<Element, number>): Element | null {
  const ranked = [...scores].sort((a, b) => b[1] - a[1]).slice(0, TOP_CANDIDATES);
  if (!ranked.length) return null;
  let [best, bestScore] = ranked[0]!;
  // the body written one wrapper per paragraph: the near-best candidates lie side by side
  const near = ranked
    .slice(1)
    .filter(([, s]) => s >= NEAR_BEST * bestScore)
    .map(([el]) => el);
  if (near.length >= MIN_NEAR_BEST) {
    for (let a = best.parentElement; a && !PAGE_CONTAINERS.has(tagOf(a)); a = a.parentElement) {
      if (near.filter((n) => isInside(n, a!)).length >= MIN_NEAR_BEST) {
        best = a;
        bestScore = scores.get(a) ?? bestScore;
        break;
      }
    }
  }
  // a parent scoring higher than the container holds more of the body
  let last = bestScore;
  for (let a = best.parentElement; a && !PAGE_CONTAINERS.has(tagOf(a)); a = a.parentElement) {
    const s = scores.get(a);
    if (s === undefined) continue;
    if (s < CLIMB_SHARE * last) break;
    if (s > bestScore) {
      best = a;
      bestScore = s;
      break;
    }
    last = s;
  }
  return best;
}

/**
 * The siblings of the container that continue the body after an interruption (an ad slot, a teaser
 * between two runs of text): those scoring a share of the container, and paragraphs long enough and
 * with little link text. Null when no sibling continues it.
 */
function siblingsContinuing(
  best: Element,
  { scores }: Scores,
  rule: SiteRule | null,
  strictness: Strictness,
): Element[] | null {
  const parent = best.parentElement;
  // (the page's <main> holds the body cut into sections of one tag, a subheading each; a sibling of another
  // tag there, or any sibling under <body>, is the page's own furniture)
  const inMain = !!parent && tagOf(parent) === 'main';
  if (!parent || (PAGE_CONTAINERS.has(tagOf(parent)) && !inMain)) return null;
  const threshold = SIBLING_SHARE * (scores.get(best) ?? 0);
  const parts: Element[] = [];
  let added = false;
  for (let sib = parent.firstElementChild; sib; sib = sib.nextElementSibling) {
    if (sib === best) {
      parts.push(sib);
      continue;
    }
    if (negativeOwn(sib, strictness) || (rule && isNegative(sib, parent, rule, strictness))) continue;
    if (inMain && tagOf(sib) !== tagOf(best)) continue;
    let take = (scores.get(sib) ?? 0) >= threshold && threshold > 0;
    // a wrapper around one element scores as what it wraps: a list of updates after the lead, but not
    // a list of teasers (headline links beside each summary)
    if (!take && !scores.has(sib) && wrappedScore(sib, scores) >= threshold && threshold > 0) {
      const len = flatText(sib).length;
      take = linkDensity(sib, len) < SIBLING_LINK_DENSITY;
    }
    if (!take && tagOf(sib) === 'p') {
      const len = flatText(sib).length;
      take = len >= SIBLING_PARAGRAPH && linkDensity(sib, len) < SIBLING_LINK_DENSITY;
    }
    if (take) {
      parts.push(sib);
      added = true;
    }
  }
  return added ? parts : null;
}

/** An element's score; a wrapper around one element has none of its own and scores as what it wraps. */
function wrappedScore(el: Element, scores: Map<Element, number>): number {
  let a: Element | null = el;
  while (a && !scores.has(a) && isWrapper(a)) a = a.firstElementChild;
  return (a && scores.get(a)) ?? 0;
}

/**
 * A body cut into chunks of the same make (one grid row per chunk, ad rows between them): the
 * ancestor of the container, a few levels up, and its siblings of the same tag and class that hold
 * scored paragraphs. Null when the container's ancestors have no such siblings.
 */
function chunksContinuing(best: Element, { text }: Scores, strictness: Strictness): Element[] | null {
  let a: Element = best;
  for (let level = 0; level < CHUNK_LEVELS; level++) {
    const parent = a.parentElement;
    if (!parent || PAGE_CONTAINERS.has(tagOf(parent))) return null;
    const cls = attr(a, 'class');
    if (cls) {
      const same = (x: Element) =>
        x === a ||
        (tagOf(x) === tagOf(a) && attr(x, 'class') === cls && (text.get(x) ?? 0) > 0 && !negativeOwn(x, strictness));
      const parts = [...parent.children].filter(same);
      if (parts.length > 1) return parts;
    }
    a = parent;
  }
  return null;
}

/**
 * The article body's place on a page: the site rule's body selector, an element marked
 * `itemprop=articleBody`, or the best paragraph container with what continues it. `divs` counts DIVs
 * written as paragraphs; `strictness` says whether class words rule blocks out.
 */
export function findBody(
  doc: Document,
  rule: SiteRule | null,
  index: DocIndex,
  divs: boolean,
  strictness: Strictness,
): BodyPlace | null {
  const body = pageBody(doc, index);
  if (!body) return null;
  if (rule?.body) {
    const el = doc.querySelector(rule.body);
    if (el) return { root: el, parts: [el], holdsBody: () => false };
  }
  const scores = scoreContainers(index, body, rule, divs, strictness);
  const place = (root: Element, parts: Element[]): BodyPlace => {
    const total = parts.reduce((n, p) => n + (scores.text.get(p) ?? 0), 0);
    return { root, parts, holdsBody: (el) => total > 0 && (scores.text.get(el) ?? 0) >= BODY_HOLDER_SHARE * total };
  };
  let best = chooseContainer(scores.scores);
  const itemprop =
    index.matching('[itemprop="articleBody" i]', (el) => attr(el, 'itemprop') === 'articleBody', body)[0] ?? null;
  if (itemprop && (!best || itemprop.contains(best) || best.contains(itemprop))) best = itemprop;
  if (!best) return null;
  // widen to the enclosing <article> (headline and lead) when it is not much more than the body
  const article = best.closest('article');
  // (the raw text bounds the visible text: when it is short enough, the article's visible text need not be read)
  if (article) {
    const limit = 4 * flatText(best).length;
    if ((article.textContent ?? '').length <= limit || flatText(article).length <= limit)
      return place(article, [article]);
  }
  if (best === itemprop) return place(best, [best]);
  const parts = siblingsContinuing(best, scores, rule, strictness) ?? chunksContinuing(best, scores, strictness);
  return parts ? place(parts[0]!.parentElement!, parts) : place(best, [best]);
}
