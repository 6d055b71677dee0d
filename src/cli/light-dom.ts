/**
 * A read-only document for the CLI: htmlparser2's tokens built into a plain tree of arrays, with
 * the part of the DOM interface that `src/page` reads (tree links, text, attributes, selectors by
 * css-select). The tree is the one linkedom builds from the same parser events (one node per
 * element, tag names in lower case, attribute names as written, no implied html, head or body),
 * except that a run of text is one node, as in a browser, where linkedom makes one of each piece
 * the parser hands on; a page gives the same report either way. It takes less than half linkedom's time to build (`npm run
 * bench` prints the ratio) and has no event targets, class lists or live node lists to pay for.
 * Browsers and tests that need a full DOM keep theirs: this serves `quellenlage` over saved pages.
 *
 * Not offered: anything that changes the tree, serialisation, ranges, styles, events.
 */
import { Parser, Tokenizer } from 'htmlparser2';
import { compile } from 'css-select';

type Parent = LightElement | LightDocument;

abstract class LightNode {
  abstract readonly nodeType: number;
  parentNode: Parent | null = null;
  /** Place among the parent's child nodes. */
  index = 0;

  get parentElement(): LightElement | null {
    return this.parentNode instanceof LightElement ? this.parentNode : null;
  }
  get previousSibling(): LightNode | null {
    return this.parentNode?.childNodes[this.index - 1] ?? null;
  }
  get nextSibling(): LightNode | null {
    return this.parentNode?.childNodes[this.index + 1] ?? null;
  }
  get previousElementSibling(): LightElement | null {
    const nodes = this.parentNode?.childNodes ?? [];
    for (let i = this.index - 1; i >= 0; i--) if (nodes[i] instanceof LightElement) return nodes[i] as LightElement;
    return null;
  }
  get nextElementSibling(): LightElement | null {
    const nodes = this.parentNode?.childNodes ?? [];
    for (let i = this.index + 1; i < nodes.length; i++)
      if (nodes[i] instanceof LightElement) return nodes[i] as LightElement;
    return null;
  }
  get firstChild(): LightNode | null {
    return null;
  }
  get lastChild(): LightNode | null {
    return null;
  }
  abstract get textContent(): string | null;
}

class LightText extends LightNode {
  readonly nodeType: number;
  constructor(
    public data: string,
    comment: boolean,
  ) {
    super();
    this.nodeType = comment ? 8 : 3;
  }
  get nodeValue(): string {
    return this.data;
  }
  get textContent(): string {
    return this.data;
  }
}

/** The child lists of a node without children: one list for all (most elements of a page have no element child). */
const NONE: never[] = Object.freeze([]) as unknown as never[];

/** Elements and the document: nodes with children. */
abstract class LightParentNode extends LightNode {
  childNodes: readonly LightNode[] = NONE;
  /** The element children, in order. */
  children: readonly LightElement[] = NONE;

  override get firstChild(): LightNode | null {
    return this.childNodes[0] ?? null;
  }
  override get lastChild(): LightNode | null {
    return this.childNodes[this.childNodes.length - 1] ?? null;
  }
  get firstElementChild(): LightElement | null {
    return this.children[0] ?? null;
  }
  get lastElementChild(): LightElement | null {
    return this.children[this.children.length - 1] ?? null;
  }
  get childElementCount(): number {
    return this.children.length;
  }
  hasChildNodes(): boolean {
    return this.childNodes.length > 0;
  }

  append(node: LightNode): void {
    node.parentNode = this as unknown as Parent;
    node.index = this.childNodes.length;
    if (this.childNodes === NONE) this.childNodes = [];
    (this.childNodes as LightNode[]).push(node);
    if (node instanceof LightElement) {
      if (this.children === NONE) this.children = [];
      (this.children as LightElement[]).push(node);
    }
  }

  /** Whether `other` is this node or lies below it. */
  contains(other: LightNode | null): boolean {
    for (let n: LightNode | null = other; n; n = n.parentNode) if (n === this) return true;
    return false;
  }

  /**
   * The elements below this node, in document order; `intoTemplates` false leaves out what a
   * <template> holds (a browser keeps it apart, as the template's content, and so do queries).
   */
  *descendants(intoTemplates = true): Generator<LightElement> {
    const stack: LightElement[] = [...this.children].reverse();
    while (stack.length) {
      const el = stack.pop()!;
      yield el;
      if (!intoTemplates && el.localName === 'template') continue;
      for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
    }
  }

  getElementsByTagName(name: string): LightElement[] {
    const tag = name.toLowerCase();
    const out: LightElement[] = [];
    for (const el of this.descendants()) if (tag === '*' || el.localName === tag) out.push(el);
    return out;
  }

  querySelectorAll(selector: string): LightElement[] {
    const test = matcher(selector);
    const out: LightElement[] = [];
    for (const el of this.descendants(false)) if (test(el)) out.push(el);
    return out;
  }

  querySelector(selector: string): LightElement | null {
    const test = matcher(selector);
    for (const el of this.descendants(false)) if (test(el)) return el;
    return null;
  }
}

/** An attribute as `getAttributeNode` returns it. */
interface LightAttr {
  readonly name: string;
  readonly value: string;
}

class LightElement extends LightParentNode {
  readonly nodeType = 1;
  private text: string | null = null;
  constructor(
    readonly localName: string,
    private readonly attributes: Record<string, string>,
  ) {
    super();
  }
  get tagName(): string {
    return this.localName.toUpperCase();
  }
  get nodeName(): string {
    return this.tagName;
  }
  get nodeValue(): null {
    return null;
  }
  get id(): string {
    return this.attributes['id'] ?? '';
  }
  get className(): string {
    return this.attributes['class'] ?? '';
  }
  /** The text of every text node below, in order (computed once: the tree does not change). */
  get textContent(): string {
    if (this.text === null) {
      const parts: string[] = [];
      const stack: LightNode[] = [this];
      while (stack.length) {
        const n = stack.pop()!;
        if (n instanceof LightText) {
          if (n.nodeType === 3) parts.push(n.data);
        } else if (n instanceof LightElement)
          for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i]!);
      }
      this.text = parts.join('');
    }
    return this.text;
  }
  getAttribute(name: string): string | null {
    return Object.hasOwn(this.attributes, name) ? this.attributes[name]! : null;
  }
  getAttributeNode(name: string): LightAttr | null {
    return Object.hasOwn(this.attributes, name) ? { name, value: this.attributes[name]! } : null;
  }
  hasAttribute(name: string): boolean {
    return Object.hasOwn(this.attributes, name);
  }
  hasAttributes(): boolean {
    for (const _ in this.attributes) return true;
    return false;
  }
  getAttributeNames(): string[] {
    return Object.keys(this.attributes);
  }
  matches(selector: string): boolean {
    return matcher(selector)(this);
  }
  closest(selector: string): LightElement | null {
    const test = matcher(selector);
    if (test(this)) return this;
    for (let el = this.parentElement; el; el = el.parentElement) if (test(el)) return el;
    return null;
  }
}

class LightDocument extends LightParentNode {
  readonly nodeType = 9;
  get textContent(): null {
    return null;
  }
  get documentElement(): LightElement | null {
    return this.firstElementChild;
  }
  /** The first child of the root element when it is <head>. */
  get head(): LightElement | null {
    const first = this.documentElement?.firstElementChild;
    return first?.localName === 'head' ? first : null;
  }
  /** The element after <head> when it is <body> (null where a browser would have made one). */
  get body(): LightElement | null {
    const next = this.head?.nextElementSibling;
    return next?.localName === 'body' ? next : null;
  }
  get title(): string {
    return this.head?.getElementsByTagName('title')[0]?.textContent || '';
  }
}

/** css-select's view of the tree (its `Adapter` type is not exported, so it is read off `compile`). */
const adapter: NonNullable<NonNullable<Parameters<typeof compile<LightNode, LightElement>>[1]>['adapter']> = {
  isTag: (node): node is LightElement => node instanceof LightElement,
  getAttributeValue: (el, name) => el.getAttribute(name) ?? undefined,
  // (css-select reads the lists, never changes them)
  getChildren: (node) => (node instanceof LightParentNode ? (node.childNodes as LightNode[]) : []),
  getName: (el) => el.localName,
  getParent: (el) => el.parentNode,
  getSiblings: (node) => (node.parentNode?.childNodes as LightNode[] | undefined) ?? [node],
  prevElementSibling: (node) => node.previousElementSibling,
  getText: (node) => node.textContent ?? '',
  hasAttrib: (el, name) => el.hasAttribute(name),
  removeSubsets: (nodes) =>
    nodes.filter(
      (n, i) => nodes.indexOf(n) === i && !nodes.some((o) => o !== n && o instanceof LightParentNode && o.contains(n)),
    ),
};

/** Compiled selectors: site rules and the page layer ask the same few selectors of many elements. */
const compiled = new Map<string, (el: LightElement) => boolean>();
function matcher(selector: string): (el: LightElement) => boolean {
  let test = compiled.get(selector);
  if (!test) {
    test = compile<LightNode, LightElement>(selector, { adapter, xmlMode: false }) as (el: LightElement) => boolean;
    compiled.set(selector, test);
  }
  return test;
}

/** A class attribute as the DOM keeps it: each name once, single spaces (what linkedom gives too). */
function classList(cls: string): string {
  // (most are so already: single spaces between names, none at the ends, no name twice)
  if (!/^\s|\s$|\s\s|[^\S ]/.test(cls)) {
    if (!cls.includes(' ')) return cls;
    const names = cls.split(' ');
    if (!names.some((name, i) => names.indexOf(name) < i)) return cls;
  }
  return [...new Set(cls.split(/\s+/).filter(Boolean))].join(' ');
}

/**
 * htmlparser2's tokenizer, with its skips done by the engine's string search instead of a loop over
 * the characters: through a script's or a style sheet's text to the next "<", through a comment to
 * its "-->" (its own skip), and through text and quoted attribute values to the next character that
 * means something there ("<" or "&" in text, the closing quote or "&" in a value), where the
 * original steps through every character doing nothing. The same tokens in less time.
 */
const LT = 0x3c;
const AMP = 0x26;
const DQ = 0x22;
const SQ = 0x27;

/** Where a character was last searched for in a piece, and found (-1: not found). */
class Found {
  buffer = '';
  from = 0;
  at = -1;
}
class FastTokenizer extends Tokenizer {
  // (fields set in the constructor, so that the tokenizer's shape does not change while it runs)
  readonly found: Record<number, Found> = {
    [LT]: new Found(),
    [AMP]: new Found(),
    [DQ]: new Found(),
    [SQ]: new Found(),
  };
}
interface TokenizerState {
  /** Position in the whole input; the current piece starts at `offset`. */
  index: number;
  offset: number;
  buffer: string;
  /** Where the characters of text and values were last found in `buffer` (see `nextIn`). */
  found: Record<number, Found>;
}
type Step = (this: TokenizerState, c: number) => void;
const original = Tokenizer.prototype as unknown as {
  stateText: Step;
  stateInAttributeValueDoubleQuotes: Step;
  stateInAttributeValueSingleQuotes: Step;
};
const fast = FastTokenizer.prototype as unknown as typeof original & {
  fastForwardTo(this: TokenizerState, c: number): boolean;
};

/**
 * Where character `c` next stands in the current piece from position `from` (of the piece), or -1.
 * The last answer is kept per character: a search between where it started and what it found has the
 * same answer (a rare "&" would otherwise be searched for to the piece's end from every text run).
 */
function nextIn(t: TokenizerState, c: number, from: number): number {
  const last = t.found[c];
  if (!last) return t.buffer.indexOf(String.fromCharCode(c), from);
  if (last.buffer === t.buffer && last.from <= from && (last.at < 0 || from <= last.at)) return last.at;
  last.buffer = t.buffer;
  last.from = from;
  return (last.at = t.buffer.indexOf(String.fromCharCode(c), from));
}

/**
 * Moves `index` onto the next `a` or `b` of the piece and returns it, or onto the piece's last
 * character and returns -1 (the contract of htmlparser2's own skip).
 */
function skipTo(t: TokenizerState, a: number, b: number): number {
  const from = t.index + 1 - t.offset;
  const i = nextIn(t, a, from);
  const j = nextIn(t, b, from);
  const k = i < 0 ? j : j < 0 ? i : Math.min(i, j);
  if (k < 0) {
    t.index = t.buffer.length + t.offset - 1;
    return -1;
  }
  t.index = k + t.offset;
  return t.buffer.charCodeAt(k);
}

// (methods htmlparser2 declares private; the contract of fastForwardTo: move `index` onto the next
// `c` and say true, or onto the last character of the piece and say false)
fast.fastForwardTo = function (c) {
  return skipTo(this, c, c) >= 0;
};
fast.stateText = function (c) {
  if (c !== LT && c !== AMP && (c = skipTo(this, LT, AMP)) < 0) return;
  original.stateText.call(this, c);
};
fast.stateInAttributeValueDoubleQuotes = function (c) {
  if (c !== DQ && c !== AMP && (c = skipTo(this, DQ, AMP)) < 0) return;
  original.stateInAttributeValueDoubleQuotes.call(this, c);
};
fast.stateInAttributeValueSingleQuotes = function (c) {
  if (c !== SQ && c !== AMP && (c = skipTo(this, SQ, AMP)) < 0) return;
  original.stateInAttributeValueSingleQuotes.call(this, c);
};

/**
 * Builds the light tree from the parser's events. A class, not an object of closures made for each
 * page: the engine keeps one compiled copy of its methods for all pages (closures made anew lost
 * theirs at each full collection and were compiled again).
 */
class TreeBuilder {
  private node: Parent;
  constructor(private readonly doc: LightDocument) {
    this.node = doc;
  }
  onopentag(name: string, attributes: Record<string, string>): void {
    const cls = attributes['class'];
    if (cls !== undefined) attributes['class'] = classList(cls);
    const el = new LightElement(name, attributes);
    this.node.append(el);
    this.node = el;
  }
  ontext(text: string): void {
    // (the parser hands on a run of text in parts: at a piece's end and around each entity)
    const node = this.node;
    const last = node.childNodes[node.childNodes.length - 1];
    if (last instanceof LightText && last.nodeType === 3) last.data += text;
    else node.append(new LightText(text, false));
  }
  oncomment(data: string): void {
    this.node.append(new LightText(data, true));
  }
  onclosetag(): void {
    this.node = this.node.parentNode ?? this.doc;
  }
}

/**
 * Parses HTML into a light document (see the module comment); typed as a `Document` for `src/page`.
 * The text may come in pieces (as `decodePieces` gives it); a run of text is one text node however
 * it is cut, as in a browser's document.
 */
export function parseLight(html: string | readonly string[]): Document {
  const doc = new LightDocument();
  const parser = new Parser(new TreeBuilder(doc), {
    lowerCaseAttributeNames: false,
    decodeEntities: true,
    Tokenizer: FastTokenizer,
  });
  for (const piece of typeof html === 'string' ? [html] : html) parser.write(piece);
  parser.end();
  return doc as unknown as Document;
}
