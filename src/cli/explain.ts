/** The trace of `report --explain` as lines for the terminal: which step took or rejected which cue, and why. */
import type { TraceEntry } from '../core/index.js';
import { printable } from './printable.js';

/** One line per decision, in sentence order: "#4 speech-verbs: added verb:sagen „sagte“ → der Minister". */
export function explained(trace: readonly TraceEntry[]): string[] {
  return [...trace]
    .sort((a, b) => a.sentence - b.sentence)
    .map((e) => {
      const source = e.source ? ` → ${printable(e.source)}` : '';
      const reason = e.reason ? ` (${e.reason})` : '';
      return `#${e.sentence} ${e.step}: ${e.decision} ${e.cueId} „${printable(e.cue)}“${source}${reason}`;
    });
}
