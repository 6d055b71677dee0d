/**
 * Any `Document` (a live page or linkedom) → the article on it: whether there is one, its body
 * blocks with their elements, title, byline authors, credited agencies, photo credits and the
 * outlet's own source list. Where the body is comes from body.ts, the source list from
 * sources-box.ts. Generic heuristics first; a site rule (sites.ts) only adds selectors.
 */
import {
  agenciesInCredit,
  agencyOfOutlet,
  agencyOfSourceItem,
  mentionsAgency,
  normaliseAgency,
} from '../core/agencies.js';
import {
  attr,
  DocIndex,
  pageBody,
  elementsAboveText,
  flatText,
  foldedLength,
  withElementMemos,
  fold,
  hasAncestor,
  hints,
  isInside,
  isMixedTextDiv,
  isSkipped,
  isTextDiv,
  tagOf,
  textRuns,
  visibleText,
  walkElements,
} from './dom.js';
import {
  declareArticleText,
  findBody,
  isNegative,
  linkDensity,
  MAX_LINK_DENSITY,
  MIN_SCORED_PARAGRAPH,
  paragraphs,
  type Strictness,
} from './body.js';
import { readDeclared, type Declared } from './metadata.js';
import { findSourcesBox, isSourcesLabel } from './sources-box.js';
import { isCreditLine } from './credit-line.js';
import { dateNearByline, markupDate } from './dates.js';
import { siteRuleFor } from './sites.js';
import { hostOf, letters, outletName } from './outlet.js';
import type { SiteRule } from './site-rule.js';
import type { DeclaredMeta, TRUNCATION_REASONS } from '../core/schema.js';

type TruncationReason = (typeof TRUNCATION_REASONS)[number];

export interface ArticleDraft {
  isArticle: boolean;
  liveblog: boolean;
  title: string | null;
  outlet: string | null;
  /** The address the page declares as its own (canonical link, og:url), for a report without one. */
  canonical?: string | null;
  published: string | null;
  modified: string | null;
  declaredLang: string | null;
  /** The publisher's JSON-LD metadata of the article, as found. */
  declared: DeclaredMeta | null;
  /** Why the article looks cut off, or null. */
  truncated: TruncationReason | null;
  authors: string[];
  agencies: string[];
  imageCredits: string[];
  sourcesBox: string[];
  /** Body text blocks: headline first, then lead, sub-headings and paragraphs in reading order. */
  blocks: string[];
  /** The element of each block (null for blocks not taken from the DOM). */
  elements: Array<Element | null>;
  /** Where each block's text starts in its element's visible text, folded (0 but for text runs of a DIV). */
  starts: number[];
}

/** An article has at least this much body text. */
const MIN_ARTICLE_CHARS = 500;
/** A body shorter than this is read again less strictly (see READINGS). */
const THIN_BODY = 3 * MIN_ARTICLE_CHARS;
/** A page with this many `<article>` teasers and no article metadata is an index page. */
const INDEX_PAGE_ARTICLES = 6;
/** On an article page, the body holds at least this share of all paragraph text. */
const MIN_BODY_SHARE = 0.5;
/** Longest element text looked at for credit lines, datelines and "mit Material von". */
const MAX_SCANNED_LINE = 400;

/** Elements that hold one paragraph of an article body each (the blocks the analysis reads). */
const PARAGRAPH_TAGS = new Set(['p', 'h2', 'h3', 'h4', 'blockquote', 'li']);
const INLINE_ASIDE =
  /^(?:lesen sie (?:auch|mehr)|mehr zum thema|auch interessant|zum weiterlesen|weiterlesen|read more|related:|anzeige\b|werbung\b|dieses thema im programm|über dieses thema berichtete)/i;
/** A line about the page, not article text: a date stamp, a media item's length and availability. */
const META_LINE =
  /^(?:(?:stand|aktualisiert|veröffentlicht|erschienen|zuletzt aktualisiert|updated|published|last updated)(?: am| on)?\s*:?\s*\d[\d.:,\s/-]*(?:uhr|h|am|pm|gmt|utc|mez|mesz)?\.?|\d{1,2}:\d{2}(?::\d{2})?\s*(?:min|minuten|minutes|std)\.*(?:\s*verfügbar bis\b.*)?)$/i;
const PHOTO_CREDIT =
  /(?:\((?:Quelle|Foto|Fotos|Bild|Bildquelle|Credit|Photo|Image)\s*:\s*([^)]+)\)|(?:^|\s)(?:Foto|Fotos|Bild|Bildquelle|Photo|Image|Credit|Copyright)\s*:\s*(.+)$|©\s*(.+)$)/i;

/** A headline has at least this many characters (shorter headings are labels: "News", "Politik"). */
const MIN_HEADLINE_CHARS = 10;

/** What parts a page's title sets apart: "Headline | Section | Site", "Site - Headline", "Headline » Site". */
const TITLE_PARTS = /\s+[|–—»·-]\s+|\s+::\s+/;

/**
 * The article headline: the first visible h1 that is not the site's name (a logo set as the page's h1);
 * else a subheading that is one of the parts of the document's title (a page without an h1 of its own);
 * else the declared title, without the site's name set apart in it.
 */
function findHeadline(
  index: DocIndex,
  root: Element | null,
  declared: Declared,
): { text: string | null; el: Element | null } {
  const site = letters(declared.siteName ?? '');
  // the first visible heading of these tags, in the article's root first, whose text `fits`
  const first = (tags: string[], fits: (h: Element, t: string) => boolean) => {
    for (const h of [...(root ? index.tags(tags, root) : []), ...index.tags(tags)]) {
      if (isSkipped(h) || hasAncestor(h, null, isSkipped)) continue;
      const t = headlineText(h);
      if (t.length >= MIN_HEADLINE_CHARS && fits(h, t)) return { text: t, el: h };
    }
    return null;
  };
  const h1 = first(['h1'], (h, t) => !isSiteName(h, t, site));
  if (h1) return h1;
  const parts = [declared.documentTitle, ...declared.titles]
    .filter((t): t is string => !!t)
    .flatMap((t) => [t, ...t.split(TITLE_PARTS)])
    .map(letters)
    .filter((l) => l.length >= MIN_HEADLINE_CHARS && l !== site);
  return (
    first(['h2', 'h3'], (_, t) => parts.includes(letters(t))) ?? {
      text: declared.title && withoutSiteName(declared.title, site),
      el: null,
    }
  );
}

/** A kicker set in an element of its own at a heading's start has at least this many letters (no drop cap). */
const MIN_KICKER_LETTERS = 3;

/**
 * A heading's text, with a space after a kicker that its markup glues to the headline: an element that
 * opens the heading, which the page's style sets on a line of its own ("<h1><span>Kicker</span>„Headline“</h1>"
 * reads "Kicker „Headline“"; not a drop cap, nor a word's end in lower case).
 */
function headlineText(h: Element): string {
  const text = flatText(h);
  const first = h.firstChild;
  if (!first || first.nodeType !== 1) return text;
  const kicker = flatText(first as Element);
  const rest = text.slice(kicker.length);
  return kicker.replace(/[^\p{L}]/gu, '').length >= MIN_KICKER_LETTERS &&
    text.startsWith(kicker) &&
    /\p{L}$/u.test(kicker) &&
    /^[\p{Lu}"'„“«»‚‘]/u.test(rest)
    ? `${kicker} ${rest}`
    : text;
}

/** Whether an h1 is the site's name, not a headline: the name the page declares, or a link to the site's root. */
function isSiteName(h: Element, text: string, site: string): boolean {
  if (site && letters(text) === site) return true;
  const links = h.getElementsByTagName('a');
  return links.length === 1 && /^(?:\/|https?:\/\/[^/]+\/?)$/.test(attr(links[0]!, 'href') ?? '');
}

/** A title without the part that is the site's name ("Headline | Talberger Bote"), when the page declares that name. */
function withoutSiteName(title: string, site: string): string {
  const parts = title.split(TITLE_PARTS);
  if (!site || parts.length < 2) return title;
  const rest = parts.filter((p) => letters(p) !== site);
  return rest.length && rest.length < parts.length ? rest.join(' – ') : title;
}

/** A kicker before the headline inside the same heading is at most this long. */
const MAX_KICKER = 80;

/**
 * The article's title: the visible headline, less a kicker set before it in the same heading
 * ("Wahl in Beispielland: Regierung tritt zurück" when the page declares "Regierung tritt zurück"),
 * without the soft hyphens a page sets in long words for its line breaks (a title is copied, searched
 * and exported, where they are no letters).
 */
function titleOf(headline: string | null, declaredTitles: readonly string[]): string | null {
  const unhyphened = (s: string) => s.replace(/\u00ad/g, '');
  if (!headline) return declaredTitles[0] ? unhyphened(declaredTitles[0]) : null;
  const plain = unhyphened(headline);
  for (const t of declaredTitles) {
    // the declared title may carry the site's name after a bar or dash
    const declared = unhyphened(fold(t)).replace(/\s+[|–—-]\s+[^|–—-]{1,40}$/, '');
    const at = plain.toLowerCase().lastIndexOf(declared.toLowerCase());
    if (declared.length >= MIN_HEADLINE_CHARS && at > 0 && at <= MAX_KICKER && at + declared.length === plain.length)
      return plain.slice(at).trim();
  }
  return plain;
}

/** A body block: its text, its element, and where the text starts in the element's flatText (a run of a DIV's text starts inside it). */
interface Block {
  text: string;
  el: Element;
  start?: number;
}

/** The body blocks inside `root`, in document order, without asides, captions and credit lines. */
export function collectBlocks(
  index: DocIndex,
  root: Element,
  rule: SiteRule | null,
  stopAt: Element | null,
  how: Reading = READINGS[0]!,
  holdsBody?: (el: Element) => boolean,
): Block[] {
  const out: Block[] = [];
  /** Text runs of DIVs stand between the block children of their DIV: each block's place in reading order. */
  const order = new Map<Block, number>();
  const { divs, strictness } = how;
  // the block elements below the root in document order, up to the heading of a sources box
  // (the root itself too: a paragraph that continues the body, a DIV holding text runs)
  const candidates = [root, ...index.tags([...PARAGRAPH_TAGS, 'div'], root)];
  const stop = stopAt ? index.place(stopAt) : Infinity;
  // (the root is the body's container: what lies above it says nothing about its blocks)
  const ruledOut = (el: Element) => el !== root && isNegative(el, root, rule, strictness, holdsBody);
  for (const el of candidates) {
    if (index.place(el) >= stop) break;
    // (outside the DIV reading a DIV counts only for the text between its paragraphs: see below)
    if (!divs && el !== root && tagOf(el) === 'div' && !hasParagraphChild(el)) continue;
    // a block inside a link is a teaser of another page ("<a href><h2>…</h2><p>…</p></a>"), not text of this one
    if (el !== root && el.closest('a[href]')) continue;
    // (and in any reading a container of paragraphs with text standing between them: a browser closes a
    // paragraph at a block inside it, "<p><aside>…</aside>Text</p>", and leaves the text in the container)
    if ((divs || hasParagraphChild(el)) && isMixedTextDiv(el, MIN_SCORED_PARAGRAPH) && !ruledOut(el)) {
      // the DIV's runs, each placed just before the element that follows it
      for (const run of textRuns(el)) {
        if (
          run.text.length < MIN_SCORED_PARAGRAPH ||
          INLINE_ASIDE.test(run.text) ||
          isSourcesLabel(run.text) ||
          isCreditLine(run.text)
        )
          continue;
        const b: Block = { text: run.text, el, start: run.start };
        out.push(b);
        order.set(b, run.before ? index.place(run.before) - 0.5 : lastPlace(index, el) + 0.5);
      }
      continue;
    }
    if (!PARAGRAPH_TAGS.has(tagOf(el)) && !(divs && isTextDiv(el, MIN_SCORED_PARAGRAPH))) continue;
    if (ruledOut(el)) continue;
    const tag = tagOf(el);
    // a block inside another block is read with its parent (see readsInner)
    if (el !== root && hasAncestor(el, root, readsInner)) continue;
    if ((tag === 'blockquote' || tag === 'li') && el.getElementsByTagName('p').length) continue;
    // a card of another article: a headline that is a link, with its teaser ("<li><h3><a>…</a></h3>…</li>")
    if (!HEADING.test(tag) && el !== root && hasLinkedHeading(index, el)) continue;
    // a kicker set above the headline inside the heading ("<h2><span>Kicker</span><div>Headline</div></h2>")
    // is a line of its own, not the start of the headline's sentence
    const lines = HEADING.test(tag) ? headingLines(el) : null;
    if (lines) {
      out.push(...lines);
      continue;
    }
    const text = flatText(el);
    if (!text) continue;
    if (tag === 'li' && text.length < MIN_SCORED_PARAGRAPH) continue;
    if (linkDensity(el, text.length) > MAX_LINK_DENSITY && !isLinkedSentence(el, text)) continue;
    if (INLINE_ASIDE.test(text) || isSourcesLabel(text)) continue;
    if (isCreditLine(text) || META_LINE.test(text)) continue;
    out.push({ text, el });
  }
  if (order.size) {
    const key = (b: Block) => order.get(b) ?? index.place(b.el);
    out.sort((a, b) => key(a) - key(b));
  }
  return out;
}

/**
 * Whether the blocks inside `el` are read as part of it: those of a paragraph, heading or list item
 * are; those of a quotation only when it holds no paragraphs (a quoted document set in paragraphs is
 * read paragraph by paragraph).
 */
function readsInner(el: Element): boolean {
  const tag = tagOf(el);
  if (tag === 'blockquote') return !el.getElementsByTagName('p').length;
  return tag === 'p' || tag === 'li' || tag === 'h2' || tag === 'h3' || tag === 'h4';
}

const SUBHEADINGS = ['h2', 'h3', 'h4', 'h5', 'h6'];
/** A heading whose text is at least this share link text is a link. */
const LINKED_HEADING = 0.9;

/** A paragraph of prose has at least this many words. */
const MIN_SENTENCE_WORDS = 6;

/**
 * A paragraph of prose whose words are mostly one link: "According to the agency, <a>every member met
 * the target</a>." — a sentence (it ends as one) with words of its own before or after the link, not a
 * list of links.
 */
function isLinkedSentence(el: Element, text: string): boolean {
  if (tagOf(el) !== 'p' || !/[.!?…]["”“»«’']?$/u.test(text) || text.split(/\s+/).length < MIN_SENTENCE_WORDS)
    return false;
  const links = Array.from(el.getElementsByTagName('a'));
  if (links.length !== 1) return false;
  const own = text.replace(flatText(links[0]!), '');
  return /\p{L}{2,}/u.test(own);
}

/** Whether an element has a paragraph among its children. */
function hasParagraphChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (tagOf(c) === 'p') return true;
  return false;
}

/** Whether a block holds a heading that is wholly a link: the headline of a teaser card. */
function hasLinkedHeading(index: DocIndex, el: Element): boolean {
  for (const h of index.tags(SUBHEADINGS, el)) {
    const text = flatText(h);
    if (!text) continue;
    const linked = Array.from(h.getElementsByTagName('a')).reduce((n, a) => n + flatText(a).length, 0);
    const inLink = !!h.closest('a[href]');
    if (inLink || linked >= text.length * LINKED_HEADING) return true;
  }
  return false;
}

/** The place in document order of an element's last descendant. */
function lastPlace(index: DocIndex, el: Element): number {
  let last = el;
  while (last.lastElementChild) last = last.lastElementChild;
  return index.place(last);
}

/** The lines of a heading whose parts are set as blocks (a kicker and the headline), or null for a plain heading. */
function headingLines(el: Element): Array<{ text: string; el: Element }> | null {
  const parts = [...el.children];
  if (parts.length < 2 || !parts.some((c) => c.tagName && ['div', 'p'].includes(tagOf(c)))) return null;
  const lines = parts.map((c) => ({ text: flatText(c), el: c })).filter((l) => l.text);
  return lines.length >= 2 ? lines : null;
}

/** More names than this in author meta tags are a list of the site's staff, not a byline. */
const MAX_META_AUTHORS = 5;

/** A name's letters and digits in lower case, for comparing names written differently. */

/** Bylines that name a desk, not a person: "Our Foreign Staff", "Redaktion", "Agencies". */
const NOT_A_PERSON =
  /\b(?:staff|reporters?|correspondents?|editors?|columnist|writer|desk|newsroom|agencies|redaktion|nachrichtenredaktion|agenturen|team|redakteur(?:in)?|korrespondent(?:in)?)\b/i;
/** Words of an outlet's name: an author meta tag that holds one names the outlet, not a person. */
const OUTLET_WORD =
  /\b(?:zeitung|nachrichten|magazin|verlag|online|news|media|medien|times|tribune|journal|rundschau|anzeiger|kurier|tagblatt)\b/i;

/** A byline naming a desk is short. */
const MAX_DESK_BYLINE = 60;

/** "AMELIA THOMSON-DEVEAUX" → "Amelia Thomson-Deveaux"; names in mixed case stay as written. */
export function nameCase(name: string): string {
  if (name !== name.toUpperCase() || !/\p{Lu}{2}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_m, pre: string, c: string) => pre + c.toUpperCase());
}

/**
 * A byline's label before the names: "Von", "By", "Text:", "Autor", "Autorin/Autor", "Autor*in",
 * "Autoren:", "Author(s)"; the piece's genre before "von"/"by" ("Ein Kommentar von", "Analysis by",
 * "Written by").
 */
const BYLINE_LABEL =
  /(?:(?:(?:ein|eine|an?)\s+)?(?:kommentar|gastkommentar|gastbeitrag|analyse|kolumne|essay|reportage|leitartikel|column|commentary|analysis|opinion|review|reporting|written|geschrieben)\s+(?:von|by)|von|by|text|autor(?:in|innen|en)?(?:\s*[/*]\s*(?:autor)?(?:in|innen|en)?)?|authors?)/i;
const BYLINE_LABEL_START = new RegExp(`^${BYLINE_LABEL.source}\\s*:?\\s+`, 'i');
/**
 * An element that is only the label of a labelled author field ("<strong>Autorin/Autor</strong>");
 * not "Von"/"By", which as an element of their own stand as often in teasers as in the byline.
 */
const BYLINE_LABEL_ONLY = /^(?:text|autor(?:in|innen|en)?(?:\s*[/*]\s*(?:autor)?(?:in|innen|en)?)?|authors?)\s*:?$/i;

const NAME = /^\p{Lu}[\p{L}'’.-]+(?:\s+(?:von|van|de|der|den|zu|del|da|di|bin|al|la|le)?\s*\p{Lu}[\p{L}'’.-]+){1,3}$/u;

/** The place an author writes from, after the name: "Dana Reyes in Talbury", "Anna Beispiel in Bad Talberg". */
const PLACE_AFTER_NAME = /\s+in\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?$/u;

/** Names from a byline: "Von Jakob Hartung", "By A and B", "Von afp" (an agency, not an author). */
export function parseByline(text: string): { authors: string[]; agencies: string[] } {
  const t = fold(text)
    .replace(BYLINE_LABEL_START, '')
    .replace(/\s*[|•·].*$/, '')
    .replace(/\s*\d{1,2}\.\d{1,2}\.\d{2,4}.*$/, '');
  const authors: string[] = [];
  const agencies: string[] = [];
  for (const part of t.split(/\s*,\s*|\s+und\s+|\s+and\s+|\s*&\s*|\s*\/\s*/)) {
    const p = part.trim().replace(PLACE_AFTER_NAME, '');
    if (!p) continue;
    const ag = normaliseAgency(p);
    if (ag) {
      if (!agencies.includes(ag)) agencies.push(ag);
      continue;
    }
    if (NAME.test(p) && !NOT_A_PERSON.test(p) && !authors.includes(p)) authors.push(p);
  }
  return { authors, agencies };
}

/**
 * Authors signed by initials at the end of the text, "(bsc)", with the full name in the title of a
 * mail link: `<a title="Ben Beispiel" href="mailto:…">bsc</a>`.
 */
function initialsAuthors(root: Element): string[] {
  const out: string[] = [];
  for (const a of Array.from(root.getElementsByTagName('a'))) {
    const title = fold(attr(a, 'title') ?? '');
    if (!(attr(a, 'href') ?? '').startsWith('mailto:') || foldedLength(a) > 5) continue;
    if (NAME.test(title) && !NOT_A_PERSON.test(title) && !out.includes(title)) out.push(title);
  }
  return out;
}

/** A link to an author's page: "/autor/anna-beispiel", "/authors/…", "/profile/…". */
const AUTHOR_LINK =
  /\/(?:autor(?:en|in)?|authors?|profile?s?|people|staff|journalist(?:en|s)?|redakteur(?:e|in)?|contributors?|mitarbeiter|team)\/[^/?#]+/i;
/** Class words of the parts of a byline that are no name: a job title, a social-media handle, a date. */
const BYLINE_EXTRA = /job|title|role|position|twitter|social|date|time|follow/i;

/**
 * The text of a byline element to read names from: the texts of its links to author pages when it
 * has them (a name and a job title are often set side by side without a space), else its visible
 * text without job titles and handles.
 */
function bylineText(el: Element): string {
  const links = Array.from(el.getElementsByTagName('a'))
    .filter((a) => AUTHOR_LINK.test(attr(a, 'href') ?? ''))
    .map((a) => flatText(a))
    .filter(Boolean);
  if (links.length) return links.join(', ');
  return visibleText(el, { skip: (e) => e !== el && e.hasAttributes() && BYLINE_EXTRA.test(attr(e, 'class') ?? '') });
}

/** Marks of a byline element, strongest first: rel, itemprop, then class and test-id hints. */
const BYLINE_MARKS: Array<(el: Element) => boolean> = [
  (el) => attr(el, 'rel') === 'author',
  (el) => attr(el, 'itemprop') === 'author',
  (el) => (attr(el, 'class') ?? '').includes('byline'),
  (el) => /author/i.test(attr(el, 'class') ?? ''),
  (el) => (attr(el, 'data-testid') ?? '').includes('uthor'),
];
/** Every element that one of BYLINE_MARKS accepts matches this selector. */
const BYLINE_MARKED =
  '[rel="author" i], [itemprop="author" i], [class*="byline" i], [class*="author" i], [data-testid*="uthor" i]';

function findByline(doc: Document, index: DocIndex, root: Element | null, rule: SiteRule | null): Element | null {
  const body = pageBody(doc, index);
  const scopes = [root?.closest('article') ?? root, body].filter((s): s is Element => !!s);
  const isByline = (el: Element) => {
    const t = flatText(el);
    if (!t || t.length > 120) return false;
    const b = parseByline(t);
    // a byline that names a desk ("Our Foreign Staff") is the byline, with no person in it
    return b.authors.length + b.agencies.length > 0 || (t.length <= MAX_DESK_BYLINE && NOT_A_PERSON.test(t));
  };
  // one query over the page; the article's own marks are tried first
  const marked = body ? index.matching(BYLINE_MARKED, (el) => BYLINE_MARKS.some((m) => m(el)), body) : [];
  for (const scope of scopes) {
    if (rule?.byline) {
      let els: Element[] = [];
      try {
        els = Array.from(scope.querySelectorAll(rule.byline));
      } catch {
        /* a broken selector in a rule: the generic marks still apply */
      }
      const el = els.find(isByline);
      if (el) return el;
    }
    // each element filed under its strongest mark; the strongest mark with a byline wins
    const byMark: Element[][] = BYLINE_MARKS.map(() => []);
    for (const el of scope === body ? marked : marked.filter((m) => m !== scope && isInside(m, scope))) {
      const k = BYLINE_MARKS.findIndex((m) => m(el));
      if (k >= 0) byMark[k]!.push(el);
    }
    for (const els of byMark) {
      const el = els.find(isByline);
      if (el) return el;
    }
  }
  // an unmarked line of the article that is nothing but a byline: "By Anna Beispiel and Ben Muster"
  const article = scopes[0] !== body ? scopes[0] : null;
  if (article)
    for (const el of index.tags(BYLINE_LINE_TAGS, article)) {
      // (cheap tests first: a byline line is a small element that starts with its label)
      if (el.childElementCount > 6 || !BYLINE_LABEL_AHEAD.test((el.textContent ?? '').slice(0, 40))) continue;
      const t = flatText(el);
      if (t.length > MAX_BYLINE_LINE || !BYLINE_LABEL_START.test(t)) continue;
      // (not one inside a link: a teaser of another story, its headline and its author)
      if (isWholeByline(t) && !el.closest('a')) return el;
    }
  // a labelled field without a mark: "<li><strong>Autor</strong> Anna Beispiel</li>",
  // "<dt>Text</dt><dd>Anna Beispiel</dd>" — the label's element and the names after it
  for (const scope of scopes) {
    for (const label of index.tags(LABEL_TAGS, scope)) {
      if (label.childElementCount > 0 || (label.textContent ?? '').length > 24) continue;
      if (!BYLINE_LABEL_ONLY.test(flatText(label))) continue;
      const field = tagOf(label) === 'dt' || tagOf(label) === 'th' ? label.nextElementSibling : label.parentElement;
      if (field && field !== scope && isByline(field)) return field;
    }
  }
  return null;
}

/** A text that may start with a byline's label (a quick test before the element's text is read). */
const BYLINE_LABEL_AHEAD = new RegExp(`^\\s*${BYLINE_LABEL.source}`, 'i');

/** Elements an unmarked byline line stands in, and its longest text. */
const BYLINE_LINE_TAGS = ['p', 'div', 'span', 'address', 'h5', 'h6', 'em', 'small'];
const MAX_BYLINE_LINE = 90;

/**
 * A date, perhaps with its time, that ends a byline after a comma, a bar or a dash: "30.11.2026",
 * "30. November 2026, 10:00 Uhr", "November 30, 2026", "Nov. 30, 2026 10:00 a.m." (updated or not).
 */
const DATE_AFTER_BYLINE = new RegExp(
  String.raw`\s*[,|•·–—-]\s*(?:(?:aktualisiert|updated|published|veröffentlicht)(?:\s+(?:am|on))?:?\s+|am\s+|on\s+)?` +
    String.raw`(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{1,2}\.?\s+\p{L}{3,}\.?\s+\d{4}|\p{L}{3,}\.?\s+\d{1,2},?\s+\d{4})` +
    String.raw`(?:,?\s*(?:um\s+|at\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:Uhr|[ap]\.?m\.?))?)?\s*$`,
  'iu',
);

/** Words of time, which a line like "By Sunday Evening" holds and no name does. */
const TIME_WORD =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|evening|night|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|abend|nacht|january|february|march|april|june|july|august|september|october|november|december|januar|februar|märz|juni|juli|oktober|dezember)\b/i;

/** Whether a text is a byline and nothing else: after its label, every part a name or an agency. */
function isWholeByline(text: string): boolean {
  // (a date and time after the names, set off by a comma or a bar, are the line's own: "Von Anna Beispiel,
  // 30.11.2026", "By Dana Reyes | November 30, 2026, 10:00 a.m.")
  const names = text.replace(DATE_AFTER_BYLINE, '');
  if (TIME_WORD.test(names)) return false;
  const rest = fold(names).replace(BYLINE_LABEL_START, '');
  const parts = rest.split(/\s*,\s*|\s+und\s+|\s+and\s+|\s*&\s*/).filter(Boolean);
  // (one capitalised word after the names and a comma is the place the author writes from: "Von Anna
  // Beispiel, Talberg")
  const place = parts.length > 1 && /,\s*\p{Lu}[\p{Ll}-]+$/u.test(rest) ? parts.length - 1 : -1;
  const each = parts.map((p) => p.trim().replace(PLACE_AFTER_NAME, ''));
  const named = (p: string) => !!normaliseAgency(p) || (NAME.test(p) && !NOT_A_PERSON.test(p));
  // (and a job title after a name: "By Dana Reyes, Political Editor")
  return (
    each.length > 0 &&
    named(each[0]!) &&
    each.every((p, k) => k === place || named(p) || (k > 0 && NOT_A_PERSON.test(p) && p.split(/\s+/).length <= 3))
  );
}

/** Elements that hold the label of a labelled field. */
const LABEL_TAGS = ['strong', 'b', 'dt', 'th', 'span', 'em', 'label'];

/** Elements a credit line may stand in. */
const CREDIT_TAGS = new Set(['p', 'span', 'div', 'small', 'footer', 'em', 'strong']);
/** How many levels above a text that names an agency a credit element may start. */
const CREDIT_TEXT_LEVELS = 3;

/** The elements that may hold a credit line, in document order: those close above a text node that names an agency. */
function creditCandidates(scope: Element): Element[] {
  return elementsAboveText(scope, (t) => mentionsAgency(t, true), {
    levels: CREDIT_TEXT_LEVELS,
    keep: (a) => CREDIT_TAGS.has(tagOf(a)),
  });
}

/** Every element that isCaption accepts matches this selector. */
const CAPTION_LIKE = 'figcaption, small, cite, [class*="caption" i], [class*="credit" i], [class*="copyright" i]';

/** Captions and credit elements: figcaption, a caption/credit/copyright class, small print in a figure. */
function isCaption(el: Element): boolean {
  const tag = tagOf(el);
  if (tag === 'figcaption') return true;
  if ((tag === 'small' || tag === 'cite') && el.closest('figure')) return true;
  const cls = el.hasAttributes() ? attr(el, 'class') : null;
  return !!cls && /caption|credit|copyright/i.test(cls);
}

/** Photo credits from captions and credit elements of the article: "Tass/dpa", "IMAGO/…". */
function findImageCredits(index: DocIndex, scope: Element): string[] {
  const out: string[] = [];
  const candidates = index.matching(CAPTION_LIKE, isCaption, scope);
  for (const el of candidates) {
    const text = flatText(el);
    if (!text || text.length > 400) continue;
    const m = PHOTO_CREDIT.exec(text);
    let credit = m ? (m[1] ?? m[2] ?? m[3] ?? '').trim() : '';
    if (!credit && /credit|copyright/i.test(hints(el)) && text.length < 80) credit = text;
    credit = credit
      .replace(/^(?:Foto|Bild|Photo|Image|Quelle|Credit)\s*:\s*/i, '')
      .replace(/[).]+$/, '')
      .trim();
    if (credit && credit.length < 120 && !out.includes(credit)) out.push(credit);
  }
  return out;
}

/** Agencies credited in short credit lines of the article and "mit Material von …". */
function findCreditAgencies(scope: Element, headingOfBox: Element | null): string[] {
  const out: string[] = [];
  // textContent glues the text of neighbouring elements together: a loose first test
  if (!mentionsAgency(scope.textContent ?? '', true)) return out;
  for (const el of creditCandidates(scope)) {
    if (el.children.length > 2) continue;
    // the raw text bounds the visible text: long paragraphs are no credit lines (a cheap test first)
    const raw = el.textContent ?? '';
    if (raw.length > 4 * MAX_SCANNED_LINE || !mentionsAgency(raw)) continue;
    // captions (their credits are photo credits) and hidden elements credit no text
    if (
      isSkipped(el) ||
      hasAncestor(el, null, (a) => tagOf(a) === 'figure' || tagOf(a) === 'figcaption' || isSkipped(a))
    )
      continue;
    if (headingOfBox && (el === headingOfBox || headingOfBox.contains(el))) continue;
    const text = flatText(el);
    if (!text || text.length > MAX_SCANNED_LINE) continue;
    let found: string[] = [];
    if (isCreditLine(text)) found = agenciesInCredit(text);
    const material = /mit Material (?:von|der|des)\s+([^.]+)/i.exec(text);
    if (material) found = found.concat(agenciesInCredit(material[1]!));
    // a dateline: "Berlin (dpa) - …"
    const dateline = /^[\p{Lu}][\p{L} ./-]{1,40}\s*\(([\p{L}/ ]{2,20})\)\s*[-–—]/u.exec(text);
    if (dateline) found = found.concat(agenciesInCredit(dateline[1]!));
    for (const a of found) if (!out.includes(a)) out.push(a);
  }
  return out;
}

/** The text length of all paragraphs of a page. */
function paragraphChars(index: DocIndex, withDivs = false): number {
  const els = withDivs && index.all[0] ? paragraphs(index, index.all[0], true) : index.tags(['p']);
  return els.reduce((n, p) => n + foldedLength(p), 0);
}

/** Whether the page holds one news article, and whether it is a live blog. */
function detectArticle(
  index: DocIndex,
  declared: Declared,
  bodyChars: number,
  pChars: number,
  dated: () => boolean,
  address: string | null | undefined,
  headed: () => boolean,
): { isArticle: boolean; liveblog: boolean } {
  const liveblog = declared.types.includes('LiveBlogPosting');
  const declaredArticle = !!declared.article;
  const ogArticle = declared.ogType?.toLowerCase() === 'article';
  const nonArticleOg = /^(?:product|video|music|book|profile|place|business)/i.test(declared.ogType ?? '');
  // a video declared on a page that says it is an article is a video embedded in the article
  const nonArticleTypes =
    nonArticleOg ||
    [
      'Product',
      'CollectionPage',
      'DiscussionForumPosting',
      'ItemList',
      'SearchResultsPage',
      ...(ogArticle ? [] : ['VideoObject']),
    ].some((t) => declared.types.includes(t));
  const teasers = index.tags(['article']).length;
  if (bodyChars < MIN_ARTICLE_CHARS) return { isArticle: false, liveblog: false };
  if (declaredArticle && !(nonArticleTypes && !ogArticle && bodyChars < 3 * MIN_ARTICLE_CHARS))
    return { isArticle: true, liveblog };
  if (nonArticleTypes) return { isArticle: false, liveblog: false };
  // an index page spreads its text over many teasers; an article's body holds most of it (or stands in
  // one <article> with the page's headline, the teasers of other stories around it)
  if (teasers >= INDEX_PAGE_ARTICLES && !ogArticle && bodyChars < MIN_BODY_SHARE * pChars && !headed())
    return { isArticle: false, liveblog: false };
  // a site's root is its front page, whatever text its teasers hold
  if (!ogArticle && isFrontPage(address)) return { isArticle: false, liveblog: false };
  // a page that declares nothing: a long body, or a short one under a headline with its date in the
  // markup (an agency brief on a site without metadata); a shop's or a forum's text has no such date
  return { isArticle: ogArticle || bodyChars >= 3 * MIN_ARTICLE_CHARS || dated(), liveblog };
}

/**
 * Whether the body stands in one `<article>` with a first-level headline before it: the page's story,
 * however many teasers of other stories surround it.
 */
function headedArticle(root: Element | null, headline: Element | null | undefined): boolean {
  const article = root?.closest('article');
  return (
    !!article &&
    !!headline &&
    tagOf(headline) === 'h1' &&
    article.contains(headline) &&
    // (the body after the headline, or the article itself holding both)
    (root === article || firstOf(article, headline, root!) === headline)
  );
}

/** Which of two elements inside `scope` comes first in document order (an element holding the other comes first). */
function firstOf(scope: Element, a: Element, b: Element): Element | null {
  for (const el of walkElements(scope)) if (el === a || el === b) return el;
  return null;
}

/** The path of a site's front page: its root, a language's root or an index file ("/", "/en/", "/index.html"). */
const FRONT_PAGE_PATH = /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/?)?(?:index\.\w+)?$/i;

/** Whether an address is a site's front page (an address that does not parse says nothing). */
export function isFrontPage(address: string | null | undefined): boolean {
  if (!address || !/^https?:\/\//i.test(address)) return false;
  try {
    const u = new URL(address);
    return FRONT_PAGE_PATH.test(u.pathname) && !u.search;
  } catch {
    return false;
  }
}

/** A lead is at least this long; shorter declared descriptions are not looked for. */
const MIN_LEAD_CHARS = 40;

/** Heading tags. */
const HEADING = /^h[1-6]$/;

/** The first body block that is no heading (the body may open with a second headline). */
function firstParagraph(blocks: ReadonlyArray<{ el: Element }>): number {
  const i = blocks.findIndex((b) => !HEADING.test(tagOf(b.el)));
  return i < 0 ? 0 : i;
}

/** A dateline before the lead ("Berlin.", "Washington (dpa) –") is at most this long. */
const MAX_DATELINE_CHARS = 40;

/**
 * The lead when it stands between the headline and the body, outside the body's container (in the
 * article header, often under a "teaser" or "summary" class): the element whose text is the page's
 * declared description. Looked for only between the headline and the first body block.
 */
function findLead(
  index: DocIndex,
  declared: Declared,
  headlineEl: Element | null,
  blocks: Array<{ text: string; el: Element }>,
): { text: string; el: Element } | null {
  const desc = fold(declared.description ?? '');
  if (!headlineEl || !blocks.length || desc.length < MIN_LEAD_CHARS) return null;
  const key = desc.slice(0, MIN_LEAD_CHARS);
  if (blocks.some((b) => b.text.includes(key))) return null;
  const from = index.place(headlineEl);
  // (the body may open with a second headline before the lead: up to the first paragraph)
  const to = index.place(blocks[firstParagraph(blocks)]!.el);
  if (from < 0 || to <= from) return null;
  // the lead's text starts in one of its text nodes: only the block around such a node is read
  const start = key.slice(0, MIN_LEAD_CHARS / 2);
  let best: { text: string; el: Element } | null = null;
  for (const holder of index.all.slice(from + 1, to)) {
    let starts = false;
    for (let c = holder.firstChild; c && !starts; c = c.nextSibling)
      starts = c.nodeType === 3 && fold(c.nodeValue ?? '').startsWith(start);
    if (!starts) continue;
    const el = ['p', 'div'].includes(tagOf(holder)) ? holder : holder.parentElement?.closest('p, div');
    if (!el || isSkipped(el) || hasAncestor(el, null, isSkipped)) continue;
    const text = flatText(el);
    // the description may be cut short with an ellipsis; the lead may run a little longer, and a
    // dateline may stand before it ("Berlin. Die …")
    const at = text.indexOf(key);
    if (at < 0 || at > MAX_DATELINE_CHARS || text.length > 2 * desc.length + MIN_LEAD_CHARS + at) continue;
    if (!best || text.length <= best.text.length) best = { text, el };
  }
  return best;
}

/** Class or id words of a paywall, registration wall or consent wall. */
const WALL_HINT = /(?:^|[\s_-])(?:paywall|plus-?wall|abo-?wall|regwall|consent-?wall|offer-?wall)(?=$|[\s_-])/;
/** Every element whose hints WALL_HINT finds matches this selector. */
const WALL_LIKE = ['class', 'id', 'data-testid', 'role'].map((a) => `[${a}*="wall" i]`).join(', ');
/** A wall that holds at least this much visible text is shown to the reader (an empty one is a placeholder). */
const MIN_WALL_TEXT = 20;
/** The body holds less than this share of the declared word count: cut off. */
const MIN_DECLARED_SHARE = 0.6;
/** A body of fewer words than this on a page declared as paid content is a teaser. */
const TEASER_WORDS = 250;

/** Whether the visible body looks cut off, and why (see TRUNCATION_REASONS). */
function truncation(declared: Declared, scope: Element | null, blocks: readonly string[]): TruncationReason | null {
  const words = blocks.reduce((n, b) => n + b.split(/\s+/).length, 0);
  const meta = declared.meta;
  if (meta?.wordCount && words < MIN_DECLARED_SHARE * meta.wordCount) return 'shorter_than_declared';
  if (meta?.isAccessibleForFree === true) return null;
  // a wall inside the article (not anywhere on the page) that is not itself hidden
  if (
    scope &&
    Array.from(scope.querySelectorAll(WALL_LIKE)).some(
      (el) =>
        WALL_HINT.test(hints(el)) &&
        !isSkipped(el) &&
        !hasAncestor(el, null, isSkipped) &&
        flatText(el).length >= MIN_WALL_TEXT,
    )
  )
    return 'paywall';
  if (meta?.isAccessibleForFree === false && words < TEASER_WORDS) return 'not_free';
  return null;
}

/** How a page's body is read: whether DIVs written as paragraphs count, and whether class words rule blocks out. */
interface Reading {
  divs: boolean;
  strictness: Strictness;
}
/**
 * The readings tried in turn while the body comes out thin, like Readability's retries: paragraphs
 * with class hints, then DIVs as paragraphs, then without class hints (a whole body under a
 * "teaser" class).
 */
const READINGS: readonly Reading[] = [
  { divs: false, strictness: 'hints' },
  { divs: true, strictness: 'hints' },
  { divs: true, strictness: 'tags' },
];

/** The body root, headline, sources box and body blocks of a page, read as `how` says. */
function readBody(doc: Document, rule: SiteRule | null, index: DocIndex, declared: Declared, how: Reading) {
  const place = findBody(doc, rule, index, how.divs, how.strictness);
  const root = place?.root ?? null;
  const headline = findHeadline(index, root, declared);
  const scope = root?.closest('article') ?? root?.parentElement ?? root ?? pageBody(doc, index);
  // the sources box is looked for in the article and, failing that, in its surroundings
  let box = root ? findSourcesBox(root) : { items: [] as string[], heading: null as Element | null };
  if (!box.items.length && root?.parentElement)
    box = findSourcesBox(root.parentElement.parentElement ?? root.parentElement, root);
  const stopAt = box.heading && root?.contains(box.heading) ? box.heading : null;
  const found = (place?.parts ?? []).flatMap((part) => collectBlocks(index, part, rule, stopAt, how, place!.holdsBody));
  // the headline again inside the body (a kicker glued to it, other spacing) is read once
  const headlineLetters = letters(headline.text);
  // (also with the site's name after a bar: "Headline | Site")
  const repeat = (t: string) =>
    letters(t) === headlineLetters ||
    (!!headlineLetters && letters(t.replace(/\s+[|–—-]\s+[^|–—-]{1,40}$/, '')) === headlineLetters);
  const blocks = found.filter(
    (b) => b.el !== headline.el && (b.text.length > 2 * (headline.text?.length ?? 0) || !repeat(b.text)),
  );
  const lead = findLead(index, declared, headline.el, blocks);
  if (lead) blocks.splice(firstParagraph(blocks), 0, lead);
  const bodyChars = blocks.reduce((n, b) => n + b.text.length, 0);
  return { root, headline, scope, box, blocks, bodyChars };
}

/**
 * The article text a page declares in its JSON-LD (`articleBody`), as paragraphs, when it is long enough
 * to be an article's: null otherwise.
 */
function declaredArticleText(declared: Declared): string[] | null {
  const body = declared.article?.articleBody;
  if (typeof body !== 'string' || body.length < MIN_ARTICLE_CHARS) return null;
  const paragraphs = body
    .split(/\n+/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return paragraphs.length ? paragraphs : null;
}

/** Extracts the article of a document. Never throws on odd markup; returns `isArticle: false` instead. */
export function extractArticle(doc: Document, url: string | null): ArticleDraft {
  return withElementMemos(() => extract(doc, url));
}

function extract(doc: Document, url: string | null): ArticleDraft {
  if (!doc.documentElement) return emptyDraft(null, null, null, null);
  const rule = siteRuleFor(url);
  const index = new DocIndex(doc);
  const declared = readDeclared(doc, index);
  declareArticleText(doc, declared.gatedParts);
  // the cheap check first: a page with little paragraph text and no declared article is done here
  // (a page that says it is an article, by JSON-LD or Open Graph, is read on: its body may be in DIVs)
  const saysArticle = !!declared.article || declared.ogType?.toLowerCase() === 'article';
  const pChars = paragraphChars(index);
  const outlet = outletName({
    siteName: declared.siteName,
    publisher: declared.publisher,
    url: url ?? declared.canonical,
    documentTitle: declared.documentTitle,
  });
  // (a body written in DIVs, no paragraph tag at all, is counted before the page is given up)
  if (!saysArticle && pChars < MIN_ARTICLE_CHARS && paragraphChars(index, true) < MIN_ARTICLE_CHARS)
    return { ...emptyDraft(declared.title, outlet, declared.published, declared.lang), canonical: declared.canonical };
  // paragraphs first; a page whose body comes out thin is read again, less strictly
  let read = readBody(doc, rule, index, declared, READINGS[0]!);
  for (const how of READINGS.slice(1)) {
    if (read.bodyChars >= THIN_BODY) break;
    // DIVs as paragraphs only where they hold much more text than the paragraphs gave
    if (how.divs && how.strictness === 'hints' && paragraphChars(index, true) - pChars <= 2 * read.bodyChars) continue;
    const again = readBody(doc, rule, index, declared, how);
    if (again.bodyChars > 2 * read.bodyChars) read = again;
  }
  const { root, headline, scope, box } = read;
  // a page that declares its article's text and shows almost none of it (a script would render it): the
  // declared text, as paragraphs
  const declaredText = read.bodyChars < MIN_ARTICLE_CHARS ? declaredArticleText(declared) : null;
  const bodyChars = declaredText ? declaredText.join('').length : read.bodyChars;
  const { isArticle, liveblog } = detectArticle(
    index,
    declared,
    bodyChars,
    pChars,
    () => !!headline.el && !!markupDate(index, scope, headline.el),
    url ?? declared.canonical,
    () => headedArticle(root, headline.el),
  );

  const byline = findByline(doc, index, root, rule);
  const fromByline = byline ? parseByline(bylineText(byline)) : { authors: [], agencies: [] };
  // (a byline set as a paragraph of its own is no paragraph of the body: "<p>Von Anna Beispiel</p>")
  const blocks = byline ? read.blocks.filter((b) => !(b.el && byline.contains(b.el))) : read.blocks;
  // a declared author may be a whole byline ("Anna Beispiel und Ben Muster, dpa"): read as one
  const declaredSplit = declared.authors
    .filter((a) => a.person)
    .map((a) => (/,|\s(?:und|and|&)\s/.test(a.name) ? parseByline(a.name) : { authors: [a.name], agencies: [] }));
  const outletLetters = [declared.siteName, declared.meta?.publisher, hostOf(url)].map(letters).filter(Boolean);
  const isOutlet = (n: string) => outletLetters.some((o) => o.includes(letters(n)) || letters(n).includes(o));
  const declaredNames = declaredSplit.flatMap((d) => d.authors).filter((n) => !normaliseAgency(n));
  // (the outlet's own name declared as a person names none: "Der Postillon" as the author of its articles)
  const declaredPeople = declaredNames.filter((n) => !NOT_A_PERSON.test(n) && !isOutlet(n));
  // a name declared in capitals is written as the byline writes it, or in name case
  const written = (n: string) => nameCase(fromByline.authors.find((b) => b.toLowerCase() === n.toLowerCase()) ?? n);
  // a page that declares a desk as its author ("Our Foreign Staff") names no person in its byline either
  const authors = (declaredPeople.length || declaredNames.length ? declaredPeople : fromByline.authors).map(written);
  if (!authors.length && !declaredNames.length && root) authors.push(...initialsAuthors(root));
  // the author meta tags last: they name a person less surely than the article's markup
  if (!authors.length && !declaredNames.length) {
    // (a tag that names the outlet names no person)
    authors.push(
      ...declared.metaAuthors
        .filter(
          (n) => NAME.test(n) && !NOT_A_PERSON.test(n) && !OUTLET_WORD.test(n) && !normaliseAgency(n) && !isOutlet(n),
        )
        .slice(0, MAX_META_AUTHORS),
    );
  }
  const agencies: string[] = [];
  const addAgency = (a: string | null) => {
    if (a && !agencies.includes(a)) agencies.push(a);
  };
  fromByline.agencies.forEach(addAgency);
  declared.authors.forEach((a) => addAgency(normaliseAgency(a.name)));
  declaredSplit.forEach((d) => d.agencies.forEach(addAgency));
  if (scope) findCreditAgencies(scope, box.heading).forEach(addAgency);
  box.items.forEach((item) => addAgency(agencyOfSourceItem(item)));

  // an agency's own site credits that agency for its articles
  addAgency(agencyOfOutlet(outlet));
  // (a page that is no article goes by the title it declares: a front page's, not its first teaser's headline)
  if (!isArticle)
    return {
      ...emptyDraft(declared.title ?? headline.text, outlet, declared.published, declared.lang),
      canonical: declared.canonical,
    };
  const texts = declaredText ?? blocks.map((b) => b.text);
  return {
    isArticle,
    liveblog,
    title: titleOf(headline.text, declared.titles),
    outlet,
    canonical: declared.canonical,
    published: declared.published ?? markupDate(index, scope, headline.el) ?? dateNearByline(byline, flatText),
    modified: declared.modified,
    declaredLang: declared.lang,
    declared: declared.meta,
    truncated: truncation(declared, scope, texts),
    authors,
    agencies,
    imageCredits: scope ? findImageCredits(index, scope) : [],
    sourcesBox: box.items,
    blocks: [...(headline.text ? [headline.text] : []), ...texts],
    elements: [...(headline.text ? [headline.el] : []), ...(declaredText?.map(() => null) ?? blocks.map((b) => b.el))],
    starts: [...(headline.text ? [0] : []), ...(declaredText?.map(() => 0) ?? blocks.map((b) => b.start ?? 0))],
  };
}

function emptyDraft(
  title: string | null,
  outlet: string | null,
  published: string | null,
  declaredLang: string | null,
): ArticleDraft {
  return {
    isArticle: false,
    liveblog: false,
    title,
    outlet,
    published,
    modified: null,
    declaredLang,
    declared: null,
    truncated: null,
    authors: [],
    agencies: [],
    imageCredits: [],
    sourcesBox: [],
    blocks: [],
    elements: [],
    starts: [],
  };
}
