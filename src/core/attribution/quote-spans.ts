/** The quotations of each sentence, found once per block. */
import type { Sentence } from '../segment.js';
import { findQuotes, type QuoteSpan } from '../tokens.js';

/**
 * The quotation spans that overlap each sentence. Each span is handed to the sentences it covers,
 * found by a binary search over the sentences' starts, so the work grows with the text and not with
 * sentences times quotations.
 */
export function quoteSpansBySentence(blocks: readonly string[], sentences: readonly Sentence[]): QuoteSpan[][] {
  const out: QuoteSpan[][] = sentences.map(() => []);
  // the sentences of each block, in order (their indices)
  const byBlock = new Map<number, number[]>();
  sentences.forEach((s, i) => {
    const l = byBlock.get(s.block);
    if (l) l.push(i);
    else byBlock.set(s.block, [i]);
  });
  // a quotation over several paragraphs leaves each but the last open and opens the next again
  // (“… ¶ “… ,” Kahl said): the next paragraph's first quotation continues the one left open
  let open: string | null = null;
  blocks.forEach((b, block) => {
    const quotes = findQuotes(b);
    const first = quotes[0];
    if (open && first && first.open === b.length - b.trimStart().length) first.continues = open;
    const last = quotes[quotes.length - 1];
    open = last && last.close === b.length ? (last.continues ?? `${block}:${last.open}`) : null;
    const idx = byBlock.get(block);
    if (!idx) return;
    for (const q of quotes) {
      // the first sentence that ends after the quotation opens
      let lo = 0;
      let hi = idx.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sentences[idx[mid]!]!.end <= q.open) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < idx.length && sentences[idx[k]!]!.start < q.close; k++) out[idx[k]!]!.push(q);
    }
  });
  return out;
}
