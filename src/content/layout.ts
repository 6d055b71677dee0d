/**
 * Where the panel goes on this page: docked in the margin beside the article when the window
 * leaves room there (it never covers the article text), a bottom sheet on a narrow window, and
 * otherwise over the page, starting as a small tab. And the page's own colour scheme.
 */
import type { Layout } from '../ui/mount.js';

/** Below this window width the panel is a bottom sheet. */
const NARROW = 760;
/** The narrowest and widest docked panel (px), and the room kept free beside it. */
const MIN_DOCKED = 260;
const MAX_DOCKED = 380;
const MARGIN = 24;

/** The horizontal extent of the article's blocks in the window, or null when none is laid out. */
function articleExtent(elements: ReadonlyArray<Element | null>): { left: number; right: number } | null {
  let left = Infinity,
    right = -Infinity;
  for (const el of elements) {
    if (!el) continue;
    const r = el.getBoundingClientRect();
    if (!r.width) continue;
    left = Math.min(left, r.left);
    right = Math.max(right, r.right);
  }
  return Number.isFinite(left) ? { left, right } : null;
}

/** Relative luminance (0 dark … 1 light) of a CSS colour, or null when it is transparent or unreadable. */
function luminance(color: string): number | null {
  const m = /rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)(?:[,\s/]+([\d.]+))?/.exec(color);
  if (!m || (m[4] !== undefined && Number(m[4]) < 0.5)) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => {
    const c = Number(x) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The page's scheme from its background, else the browser's. */
export function pageScheme(doc: Document, win: Window): 'light' | 'dark' {
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const l = luminance(win.getComputedStyle(el).backgroundColor);
    if (l !== null) return l < 0.2 ? 'dark' : 'light';
  }
  return win.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function layoutFor(
  doc: Document,
  win: Window,
  elements: ReadonlyArray<Element | null>,
  side: 'right' | 'left',
): Layout {
  const scheme = pageScheme(doc, win);
  const width = win.innerWidth;
  if (width < NARROW) return { placement: 'sheet', side, width, scheme };
  const ext = articleExtent(elements);
  const room = ext ? (side === 'right' ? width - ext.right : ext.left) - MARGIN : 0;
  if (room >= MIN_DOCKED) return { placement: 'docked', side, width: Math.min(MAX_DOCKED, Math.floor(room)), scheme };
  return { placement: 'overlay', side, width: MIN_DOCKED + 80, scheme };
}
