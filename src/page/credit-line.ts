/** Credit lines: a short line that credits news agencies and nothing else. */
import { agenciesInCredit, normaliseAgency } from '../core/agencies.js';

/** A credit line is short. */
const MAX_CREDIT_LINE = 90;

/** A line that credits agencies and nothing else: "(dpa)", "dpa/lno", "Quelle: ntv.de, ino/dpa". */
export function isCreditLine(text: string): boolean {
  if (text.length > MAX_CREDIT_LINE) return false;
  const ag = agenciesInCredit(text);
  if (!ag.length) return false;
  const rest = text
    .replace(/^\(?\s*(?:quelle|quellen|mit material von|material von|von|source|sources|by)\s*:?/i, '')
    .split(/[/,;|&()\s]+/)
    .filter(Boolean)
    .filter((w) => !normaliseAgency(w));
  // what is left is desk codes, initials or the outlet's own domain
  return rest.every((w) => w.length <= 4 || /\.\w{2,3}$/.test(w) || /^(?:und|and|mit|with)$/i.test(w));
}
