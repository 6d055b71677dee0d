/**
 * DOM helpers shared by the live page and linkedom: visible text by a walk over text nodes (not
 * `innerText`, which linkedom fills with hidden text and script source), and element tests.
 */

/** Elements whose text is never article text. */
const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'canvas',
  'iframe',
  'object',
  'button',
  'select',
  'textarea',
  'input',
  'video',
  'audio',
  'math',
]);
/** Block-level elements: their text is set off from the text around it by a line break. */
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'br',
  'section',
  'article',
  'header',
  'footer',
  'blockquote',
  'figure',
  'figcaption',
  'table',
  'tr',
  'td',
  'th',
  'dl',
  'dt',
  'dd',
  'aside',
  'nav',
  'details',
  'summary',
  'pre',
  'address',
]);

/**
 * An element's tag name in lower case. `localName` rather than `tagName`: linkedom builds
 * `tagName` anew on every read (upper-casing it), and the page layer asks for tags of the same
 * elements over and over; browsers give both at once.
 */
export function tagOf(el: Element): string {
  return el.localName;
}

/**
 * A DIV used as a paragraph: no block-level element inside (line breaks aside) and at least
 * `minChars` of text. Some outlets write their whole body as such DIVs; like Readability, they count
 * as paragraphs.
 */
export function isTextDiv(el: Element, minChars: number): boolean {
  if (tagOf(el) !== 'div') return false;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const tag = tagOf(c);
    if (tag !== 'br' && BLOCK_TAGS.has(tag)) return false;
  }
  return foldedLength(el) >= minChars;
}

/**
 * An attribute's value, or null. `getAttributeNode` rather than `getAttribute`: linkedom answers
 * `getAttribute('class')` through its class-list machinery, several times slower; browsers answer
 * both alike.
 */
export function attr(el: Element, name: string): string | null {
  return el.getAttributeNode(name)?.value ?? null;
}

/** An element is hidden by markup (the `hidden` attribute, `aria-hidden`, an inline `display:none`). */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (attr(el, 'aria-hidden') === 'true') return true;
  const style = attr(el, 'style');
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Whether an element's text can never be article text. */
export function isSkipped(el: Element): boolean {
  return SKIP_TAGS.has(tagOf(el)) || isHidden(el);
}

/** What `fold` turns into a space: JavaScript's white space (`\s`, no-break space included) and U+200B. */
const FOLD_SPACE = /[\s\u200b]/;
const FOLD_SPACES = new RegExp(FOLD_SPACE.source + '+', 'g');

/** Folds white space to single spaces and trims. */
export function fold(s: string): string {
  return s.replace(FOLD_SPACES, ' ').trim();
}

/**
 * The visible text of an element; block children are set off by newlines. Iterative (no recursion),
 * so that a 10,000-level deep page does not overflow the stack.
 */
export function visibleText(root: Element, opts: { skip?: (el: Element) => boolean } = {}): string {
  return textParts(root, opts)
    .join('')
    .replace(/[ \t\u00a0\u200b]+/g, ' ')
    .replace(/ *\n[\n ]*/g, '\n')
    .trim();
}

/** Every `ElementMemo`, dropped when an extraction ends. */
const memos: Array<{ drop(): void }> = [];
/** Whether an extraction is running (see `withElementMemos`). */
let extracting = false;

/**
 * A value computed from an element and kept for the rest of one extraction: the page layer asks the
 * same element the same question many times (each reading of the body, each candidate container),
 * and the document cannot change while a synchronous extraction runs. Outside one, every call
 * computes afresh, so that a live page that changed is read as it is now. Each extraction gets a
 * new Map, dropped at its end: a long-lived table (or a WeakMap) that holds a page's short-lived
 * elements keeps them through collections and costs the collector more than the cache saves.
 */
export class ElementMemo<T> {
  private values: Map<Element, T> | null = null;
  constructor(private readonly compute: (el: Element) => T) {
    memos.push(this);
  }
  get(el: Element): T {
    if (!extracting) return this.compute(el);
    const values = (this.values ??= new Map());
    let v = values.get(el);
    if (v === undefined) values.set(el, (v = this.compute(el)));
    return v;
  }
  drop(): void {
    this.values = null;
  }
}

/** Runs an extraction `fn` with element memos kept until it returns (see `ElementMemo`). */
export function withElementMemos<T>(fn: () => T): T {
  if (extracting) return fn();
  extracting = true;
  try {
    return fn();
  } finally {
    extracting = false;
    for (const m of memos) m.drop();
  }
}

const flatTexts = new ElementMemo((root) => fold(textParts(root, {}).join('')));
const foldedLengths = new ElementMemo((el) => foldedLengthOf(el.textContent ?? ''));

const isFoldSpace = (c: number): boolean =>
  c < 128 ? c === 32 || (c >= 9 && c <= 13) : FOLD_SPACE.test(String.fromCharCode(c));

/**
 * `fold(s).length` without making the folded string: a count over `s` (the texts of large containers
 * are long, and each container's is asked for).
 */
export function foldedLengthOf(s: string): number {
  let n = 0;
  let space = false;
  for (let i = 0; i < s.length; i++) {
    if (isFoldSpace(s.charCodeAt(i))) space = n > 0;
    else {
      n += space ? 2 : 1;
      space = false;
    }
  }
  return n;
}

/** The visible text of an element on one line: `fold(visibleText(el))` in one pass. */
export function flatText(root: Element): string {
  return flatTexts.get(root);
}

/** The length of an element's whole text (hidden parts too) folded to one line: `fold(el.textContent).length`. */
export function foldedLength(el: Element): number {
  return foldedLengths.get(el);
}

/** The pieces of an element's visible text, with a line break around each block element. */
function textParts(root: Element, opts: { skip?: (el: Element) => boolean }): string[] {
  const parts: string[] = [];
  const stack: Array<Node | '\n'> = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === '\n') {
      parts.push('\n');
      continue;
    }
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el !== root && (isSkipped(el) || opts.skip?.(el))) continue;
    const block = BLOCK_TAGS.has(tagOf(el));
    if (block) {
      parts.push('\n');
      stack.push('\n');
    }
    // sibling links, not childNodes: linkedom builds a new array for every childNodes read
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return parts;
}

/** A run of text written straight into a DIV between its block children: its folded text, where it starts in `flatText` of the DIV, and the element child after it (null at the end). */
export interface TextRun {
  text: string;
  start: number;
  before: Element | null;
}

/**
 * The runs of text that a DIV holds directly, between its block children and paragraph breaks
 * (two `<br>` in a row): "<div>Text<br><br>More text<h2>Heading</h2>Text</div>" has three. Older
 * pages write a whole body this way; Readability wraps such runs in paragraphs, this reads them in
 * place, without changing the page.
 */
export function textRuns(el: Element): TextRun[] {
  const runs: TextRun[] = [];
  const full = flatText(el);
  let cursor = 0;
  let parts: string[] = [];
  let brs = 0;
  const close = (before: Element | null) => {
    const text = fold(parts.join(''));
    parts = [];
    if (!text) return;
    const start = full.indexOf(text, cursor);
    if (start < 0) return;
    cursor = start + text.length;
    runs.push({ text, start, before });
  };
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) {
      if ((c.nodeValue ?? '').trim()) brs = 0;
      parts.push(c.nodeValue ?? '');
      continue;
    }
    if (c.nodeType !== 1) continue;
    const child = c as Element;
    const tag = tagOf(child);
    if (tag === 'br') {
      if (++brs >= 2) close(child.nextElementSibling);
      else parts.push(' ');
      continue;
    }
    if (isSkipped(child)) continue;
    if (BLOCK_TAGS.has(tag)) {
      close(child);
      brs = 0;
      continue;
    }
    brs = 0;
    parts.push(...textParts(child, {}));
  }
  close(null);
  return runs;
}

/** A DIV that holds text runs of at least `minChars` beside block children (see textRuns). */
export function isMixedTextDiv(el: Element, minChars: number): boolean {
  if (tagOf(el) !== 'div' || !el.firstElementChild) return false;
  let direct = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) direct += (c.nodeValue ?? '').trim().length;
  return direct >= minChars && !isTextDiv(el, minChars);
}

/** The element's class and id, lower case, for matching hints like "teaser" or "caption". */
export function hints(el: Element): string {
  return `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''} ${attr(el, 'data-testid') ?? ''} ${attr(el, 'role') ?? ''}`.toLowerCase();
}

/** All elements of a subtree in document order, without recursion; `prune` leaves out an element and all below it. */
export function* walkElements(root: Element, prune?: (el: Element) => boolean): Generator<Element> {
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    if (prune?.(el)) continue;
    yield el;
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
}

/** Whether `el` lies inside an element that `test` accepts, up to (not including) `stop`. */
export function hasAncestor(el: Element, stop: Element | null, test: (a: Element) => boolean): boolean {
  for (let a = el.parentElement; a && a !== stop; a = a.parentElement) if (test(a)) return true;
  return false;
}

/**
 * Every element of a document from one walk, by tag. linkedom compiles and runs a selector on
 * every query; extraction asks a dozen questions of each page, so it asks this index instead.
 */
export class DocIndex {
  readonly all: Element[];
  private readonly byTag = new Map<string, Element[]>();
  /** Each element's place in `all` (document order). */
  private readonly pos = new Map<Element, number>();
  /** The page's body once `pageBody` has found it. */
  pageBody: Element | null | undefined = undefined;

  /** Whether `querySelectorAll` is the browser's own (compiled, not script). */
  private readonly nativeQuery: boolean;

  constructor(private readonly doc: Document) {
    this.nativeQuery = /\[native code\]/.test(Function.prototype.toString.call(doc.querySelectorAll));
    // a walk by element links: in document order like querySelectorAll('*'), and faster in linkedom
    const all: Element[] = [];
    const stack: Element[] = doc.documentElement ? [doc.documentElement] : [];
    while (stack.length) {
      const el = stack.pop()!;
      all.push(el);
      for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
    }
    this.all = all;
    all.forEach((el, i) => {
      this.pos.set(el, i);
      const tag = tagOf(el);
      const list = this.byTag.get(tag);
      if (list) list.push(el);
      else this.byTag.set(tag, [el]);
    });
  }

  /**
   * The places in `all` of the elements below `scope`: in document order a subtree is one run,
   * from the element after `scope` to its last descendant. Null when `scope` is not indexed.
   */
  private range(scope: Element): [number, number] | null {
    const start = this.pos.get(scope);
    if (start === undefined) return null;
    let last: Element = scope;
    while (last.lastElementChild) last = last.lastElementChild;
    return [start + 1, this.pos.get(last) ?? start];
  }

  /** An element's place in document order (-1 when it is not indexed). */
  place(el: Element): number {
    return this.pos.get(el) ?? -1;
  }

  /** Elements with one of `tags` (lower case), in document order, below `scope` when given (like `scope.querySelectorAll`). */
  tags(tags: readonly string[], scope?: Element | null): Element[] {
    const r = scope ? this.range(scope) : null;
    if (tags.length > 1) {
      // several tags: the run below the scope (or the whole page), filtered
      const set = new Set(tags);
      const run = r ? this.all.slice(r[0], r[1] + 1) : this.all;
      const out = run.filter((el) => set.has(tagOf(el)));
      return scope && !r ? out.filter((el) => el !== scope && isInside(el, scope)) : out;
    }
    const out = this.byTag.get(tags[0] ?? '') ?? [];
    if (!scope) return out;
    if (!r) return out.filter((el) => el !== scope && isInside(el, scope));
    return out.filter((el) => {
      const p = this.pos.get(el)!;
      return p >= r[0] && p <= r[1];
    });
  }

  /**
   * Elements that `test` accepts among those `selector` matches (a selector that matches at least
   * every element `test` accepts), in document order, below `scope` when given. For tests of
   * attributes that few elements carry: the DOM's own query passes over the rest, where reading
   * every element's attributes from script costs more than the test (a quarter of the extraction
   * in Chromium).
   */
  matching(selector: string, test: (el: Element) => boolean, scope?: Element | null): Element[] {
    if (this.nativeQuery) return Array.from((scope ?? this.doc).querySelectorAll(selector)).filter((el) => test(el));
    // a script DOM (linkedom, the CLI's light document) runs a selector in script too, reading the same
    // attributes as the test: the test alone over the indexed run is the cheaper of the two
    if (!scope) return this.all.filter((el) => test(el));
    const r = this.range(scope);
    const run = r ? this.all.slice(r[0], r[1] + 1) : this.all.filter((el) => el !== scope && isInside(el, scope));
    return run.filter((el) => test(el));
  }
}

/**
 * The page's body. A browser makes one; linkedom keeps every `<html>` and `<body>` of a page that
 * writes them more than once (old pages repeat `<html>` in conditional comments): the body element
 * that holds the most text is the page's.
 */
export function pageBody(doc: Document, index: DocIndex): Element | null {
  if (index.pageBody !== undefined) return index.pageBody;
  const bodies = index.tags(['body']);
  // (linkedom's doc.body looks only among the children of the outermost <html>, and makes an empty
  // body there when it finds none)
  if (!bodies.length) return (index.pageBody = doc.body ?? doc.documentElement);
  // (a page's whole text is long: each body's length is read once, and not at all when there is one)
  let best = bodies[0]!;
  if (bodies.length > 1) {
    let most = -1;
    for (const b of bodies) {
      const chars = (b.textContent ?? '').length;
      if (chars > most) [best, most] = [b, chars];
    }
  }
  return (index.pageBody = best);
}

/** Whether `el` is `scope` or lies below it. */
export function isInside(el: Element, scope: Element): boolean {
  for (let a: Element | null = el; a; a = a.parentElement) if (a === scope) return true;
  return false;
}

/**
 * The elements close above the text nodes that `wanted` accepts, in document order: for each such
 * text, up to `levels` ancestors (within `scope`) that `keep` accepts, outermost first. One walk over
 * the text instead of reading the text of every element; skipped and `prune`d subtrees are left out.
 */
export function elementsAboveText(
  scope: Element,
  wanted: (text: string) => boolean,
  opts: { levels: number; keep?: (el: Element) => boolean; prune?: (el: Element) => boolean },
): Element[] {
  const out: Element[] = [];
  const seen = new Set<Element>();
  const stack: Node[] = [scope];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      if (!wanted(node.nodeValue ?? '')) continue;
      const chain: Element[] = [];
      for (let a = node.parentElement, i = 0; a && i < opts.levels; a = a === scope ? null : a.parentElement, i++)
        if (!opts.keep || opts.keep(a)) chain.unshift(a);
      for (const a of chain)
        if (!seen.has(a)) {
          seen.add(a);
          out.push(a);
        }
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (isSkipped(el) || opts.prune?.(el)) continue;
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return out;
}
