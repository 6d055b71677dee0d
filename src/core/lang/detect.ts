/** Language of a text: the declared tag when it is plausible, else a count of function words. */
import { MARKERS } from './index.js';

/** How many marker words a text needs before its count decides. */
const MIN_MARKERS = 8;

/** The primary language tag ("de", "en") of a text, using `declared` (e.g. `<html lang>`) when the text agrees or is too short to tell. */
export function detectLang(text: string, declared: string | null): string | null {
  const tag = declared?.trim().toLowerCase().split(/[-_]/)[0] || null;
  // a few thousand characters hold hundreds of function words: enough to tell the languages apart
  const sample = text.slice(0, 8000);
  const words = sample.toLowerCase().split(/[^\p{L}]+/u);
  const counts = [...MARKERS]
    .map(([lang, set]) => [lang, words.reduce((n, w) => n + (set.has(w) ? 1 : 0), 0)] as const)
    .sort((a, b) => b[1] - a[1]);
  const [best, n] = counts[0]!;
  if (n < MIN_MARKERS) return tag;
  if (tag && MARKERS.has(tag) && counts.find((c) => c[0] === tag)![1] >= n * 0.5) return tag;
  return best;
}
