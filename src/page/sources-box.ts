/**
 * The outlet's own source list, verbatim: a heading ("Verwendete Quellen", "Unsere Quellen",
 * "Quellen", "Sources") followed by a list, by paragraphs or by lines, or an inline label
 * ("Quellen: A, B, C", "Sources: example.org example.com"). Photo credits ("Quelle: dpa" in a caption)
 * are not source lists.
 */
import { isCreditLine } from './credit-line.js';
import { elementsAboveText, flatText, fold, hasAncestor, tagOf, visibleText, walkElements } from './dom.js';

/** Words that open a sources label: "Verwendete Quellen", "Unsere Quellen", "Quellenangaben", "Sources used". */
const LABEL = String.raw`(?:(?:verwendete|unsere|weitere|genutzte|benutzte|alle)\s+)?quellen(?:angaben?|verzeichnis)?|quellenangabe|quelle|(?:our\s+)?sources?(?:\s+used)?|mit material von`;
/** A heading that is a sources label and nothing else. */
const SOURCES_HEADING = new RegExp(`^(?:${LABEL})\\s*:?\\s*$`, 'i');
/** An inline list behind a sources label and a colon. */
const SOURCES_INLINE = new RegExp(`^(?:${LABEL})\\s*:\\s*(.+)$`, 'is');
/** The singular label: alone it is often a photo or chart credit ("Quelle: dpa"), so its inline form needs a list. */
const SINGULAR = /^(?:quelle|source)\s*:/i;
/** A word every sources heading and inline source list holds (no word bounds: textContent glues the words of neighbouring elements). */
const SOURCES_WORD = /quelle|source|material von/i;
/** A web address written bare: "example.org", "www.example.co.uk/path". */
const DOMAIN = /^(?:https?:\/\/)?(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?:\/\S*)?$/u;

/** How many levels above a text that names sources a heading or inline list may start. */
const SOURCES_TEXT_LEVELS = 3;
/** How far up from a sources heading the list that belongs to it is looked for. */
const SOURCES_LIST_LEVELS = 3;
/** A sources heading is short. */
const MAX_HEADING = 40;
/** Items given as paragraphs after a heading: at most this many, each at most this long. */
const MAX_PARAGRAPH_ITEMS = 20;
const MAX_ITEM = 300;

/** Whether a block's text is a sources label or inline list (it is not article text). */
export function isSourcesLabel(text: string): boolean {
  return SOURCES_HEADING.test(text) || (SOURCES_INLINE.test(text) && !SINGULAR.test(text));
}

/**
 * The first element after `after` in document order inside `container` that `test` accepts. A walk
 * of the container instead of `compareDocumentPosition`, which linkedom does not implement reliably.
 */
function firstAfter(container: Element, after: Element, test: (el: Element) => boolean): Element | null {
  let passed = false;
  for (const el of walkElements(container)) {
    if (passed && test(el)) return el;
    if (el === after) passed = true;
  }
  return null;
}

/** Splits "A, B (x, y), C" at commas, semicolons and line breaks outside brackets; bare domains split at spaces too. */
export function splitItems(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of s) {
    if (c === '(' || c === '[') depth++;
    if (c === ')' || c === ']') depth = Math.max(0, depth - 1);
    if ((c === ',' || c === ';' || c === '\n') && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  out.push(cur.trim());
  const items = out.map((x) => fold(x).replace(/^[-–•·*]\s*/, '')).filter(Boolean);
  // "Sources: example.org example.com": addresses set apart by spaces only
  return items.flatMap((x) => {
    const words = x.split(' ');
    return words.length > 1 && words.every((w) => DOMAIN.test(w)) ? words : [x];
  });
}

/** The items of the lists right after a heading, within a few levels up, and the lists beside them (further items folded into a `<details>`). */
function listItems(heading: Element): string[] {
  let container: Element | null = heading;
  for (let level = 0; container && level <= SOURCES_LIST_LEVELS; level++, container = container.parentElement) {
    const first = firstAfter(container, heading, (l) => tagOf(l) === 'ul' || tagOf(l) === 'ol');
    if (!first) continue;
    const lists = [first];
    for (let sib = first.nextElementSibling; sib; sib = sib.nextElementSibling) {
      const inner = sib.matches('ul, ol')
        ? [sib]
        : tagOf(sib) === 'details'
          ? Array.from(sib.querySelectorAll('ul, ol'))
          : [];
      if (!inner.length) break;
      lists.push(...inner);
    }
    const items = lists
      .flatMap((l) =>
        Array.from(l.children)
          .filter((c) => tagOf(c) === 'li')
          .map((li) => fold(li.textContent ?? '')),
      )
      .filter(Boolean);
    if (items.length) return items;
  }
  return [];
}

/** Items written as the paragraphs (or the lines of one paragraph) that follow a heading, up to the next heading or list. */
function paragraphItems(heading: Element): string[] {
  const items: string[] = [];
  for (let sib = heading.nextElementSibling; sib && items.length < MAX_PARAGRAPH_ITEMS; sib = sib.nextElementSibling) {
    const tag = tagOf(sib);
    if (tag !== 'p' && tag !== 'div') break;
    const text = visibleText(sib);
    if (!text || text.length > MAX_ITEM * MAX_PARAGRAPH_ITEMS) break;
    const lines = splitItems(text);
    if (lines.some((l) => l.length > MAX_ITEM)) break;
    items.push(...lines);
  }
  return items.slice(0, MAX_PARAGRAPH_ITEMS);
}

/** The outlet's own source list: items under a sources heading or behind an inline label, verbatim. */
export function findSourcesBox(
  scope: Element,
  searched: Element | null = null,
): { items: string[]; heading: Element | null } {
  const none = { items: [] as string[], heading: null as Element | null };
  const isFigure = (a: Element) => tagOf(a) === 'figure' || tagOf(a) === 'figcaption';
  if (isFigure(scope) || hasAncestor(scope, null, isFigure)) return none;
  // a part of the scope searched before (the body inside its surroundings) is not walked again
  const candidates = elementsAboveText(scope, (t) => SOURCES_WORD.test(t), {
    levels: SOURCES_TEXT_LEVELS,
    prune: (a) => isFigure(a) || a === searched,
  });
  for (const el of candidates) {
    const tag = tagOf(el);
    // an inline list is a paragraph without blocks inside; a heading has few children
    const leaf =
      (tag === 'p' || tag === 'div') && !['ul', 'ol', 'p', 'div'].some((t) => el.getElementsByTagName(t).length);
    const small = el.children.length <= 3;
    if (!leaf && !small) continue;
    const own = flatText(el);
    // inline: "Verwendete Quellen: Instagram, Good on You (Kritik und Rating), McKinsey", one item a line
    const inline = leaf ? SOURCES_INLINE.exec(visibleText(el)) : null;
    if (inline) {
      const items = splitItems(inline[1]!);
      // "Quelle: …" alone is a credit unless it lists several sources
      if (items.length && (!SINGULAR.test(own) || items.length > 1) && !isCreditLine(own))
        return { items, heading: el };
      continue;
    }
    if (!small || own.length > MAX_HEADING || !SOURCES_HEADING.test(own)) continue;
    const items = listItems(el);
    if (items.length) return { items, heading: el };
    const paras = paragraphItems(el);
    if (paras.length) return { items: paras, heading: el };
  }
  return none;
}
