/**
 * From a sentence's offsets in its block's text back to the page: a DOM Range over the text nodes
 * that hold it. The block text was made by `flatText(el)` (= `fold(visibleText(el))`); this walk folds the same way.
 */
import { isSkipped } from './dom.js';

/** A Range covering [start, end) of the folded visible text of `el`, or null when it cannot be mapped. */
export function rangeForOffsets(doc: Document, el: Element, start: number, end: number): Range | null {
  const positions: Array<[Text, number]> = [];
  let lastSpace = true; // folding drops leading space
  const stack: Node[] = [el];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      const t = node as Text;
      const v = t.nodeValue ?? '';
      for (let i = 0; i < v.length; i++) {
        const space = /[\s\u00a0\u200b]/.test(v[i]!);
        if (space && lastSpace) continue;
        positions.push([t, i]);
        lastSpace = space;
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    const e = node as Element;
    if (e !== el && isSkipped(e)) continue;
    for (let i = e.childNodes.length - 1; i >= 0; i--) stack.push(e.childNodes[i]!);
  }
  const a = positions[start];
  const b = positions[Math.min(end, positions.length) - 1];
  if (!a || !b) return null;
  const r = doc.createRange();
  r.setStart(a[0], a[1]);
  r.setEnd(b[0], b[1] + 1);
  return r;
}
