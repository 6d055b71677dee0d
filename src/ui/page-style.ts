/**
 * What the content script puts into the page itself (kept apart from the panel's styles, which
 * load with the panel only).
 */
import { KIND_COLOURS } from './palette.js';

/**
 * Styles the page needs for the CSS Custom Highlight API (`::highlight()` must live in the page's
 * stylesheet): the focused sentence, and in educator mode one colour per kind (from the options).
 */
export function pageHighlightCss(colours: Record<string, string>): string {
  const safe = (c: string | undefined, d: string) => (c && /^#[0-9a-f]{6}$/i.test(c) ? c : d);
  return [
    '::highlight(quellenlage-focus) { background-color: #ffe08a; color: #111; }',
    ...Object.entries(KIND_COLOURS).map(
      ([k, c]) => `::highlight(quellenlage-kind-${k}) { background-color: ${safe(colours[k], c)}; color: #111; }`,
    ),
  ].join('\n');
}

/** The names of the page highlights of educator mode, one per kind. */
export const KIND_HIGHLIGHT_PREFIX = 'quellenlage-kind-';
