/** News agencies: finding and normalising agency credits ("Von afp", "dpa/lno", "(dpa)"). */
import data from './lexicon/agencies.json';
import { wordMatches } from './lexicon/index.js';

const ALIASES: Array<[RegExp, string]> = Object.entries(data.agencies as Record<string, string[]>).flatMap(
  ([short, names]) =>
    names.map((n): [RegExp, string] => [new RegExp('^' + n.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&') + '$', 'i'), short]),
);

const SPELLINGS = Object.values(data.agencies as Record<string, string[]>)
  .flat()
  .sort((a, b) => b.length - a.length);
/** Any agency's name as a whole word, sticky: tried where `ANY_SPELLING_AT` finds a spelling. */
const ANY_AGENCY_AT = new RegExp(
  '(?<![\\p{L}])(?:' + SPELLINGS.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') + ')(?![\\p{L}])',
  'iuy',
);

/** All spellings as one plain pattern (no look-arounds, no Unicode mode): a fast first search. */
const ANY_SPELLING = new RegExp(SPELLINGS.map((n) => n.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|'), 'i');
/** The same, global: where an agency's name may start (`ANY_AGENCY_AT` decides there). */
const ANY_SPELLING_AT = new RegExp(ANY_SPELLING.source, 'gi');

/**
 * Whether a text names any agency at all: a cheap test before reading credit lines exactly.
 * `loose`: also inside other words, for text glued together from several elements (plain substring
 * searches, far faster than a pattern over a whole page's text).
 */
export function mentionsAgency(text: string, loose = false): boolean {
  if (loose) return ANY_SPELLING.test(text);
  // (the look-arounds tried only where a spelling stands: a page's texts are long and agencies rare)
  for (const _ of wordMatches(text, null, ANY_SPELLING_AT, ANY_AGENCY_AT)) return true;
  return false;
}

/** The short name of an agency ("afp" → "AFP"), or null when the word names no agency. */
export function normaliseAgency(word: string): string | null {
  const w = word.trim().replace(/^[([]|[)\].,;:]$/g, '');
  for (const [re, short] of ALIASES) if (re.test(w)) return short;
  return null;
}

/**
 * The agencies credited in a credit line: "dpa/lno", "AFP, dpa", "Quelle: APA/sda/dpa",
 * "mit Material von Reuters". Only a line that consists of credits (agency codes, regional
 * desk codes, author initials) counts, so that running text naming an agency does not.
 */
export function agenciesInCredit(line: string): string[] {
  const cleaned = line
    .replace(
      /^\s*(?:\(?\s*(?:Quelle|Quellen|Mit Material von|mit Material von|Material|Von|von|Source|Sources|Foto|with)\s*:?\s*)/i,
      '',
    )
    .replace(/[()]/g, ' ');
  const parts = cleaned
    .split(/[/,;|&]|\s+und\s+|\s+and\s+|\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const out: string[] = [];
  for (const p of parts) {
    const a = normaliseAgency(p);
    if (a && !out.includes(a)) out.push(a);
  }
  return out;
}

/** The agency a sources-box item names ("Nachrichtenagentur AFP" → "AFP"), or null. */
export function agencyOfSourceItem(item: string): string | null {
  const m =
    /(?:nachrichtenagentur|agentur|news agency)\s+([\p{L}-]+)/iu.exec(item) ?? /^([\p{L}-]+)$/u.exec(item.trim());
  return m ? normaliseAgency(m[1]!) : null;
}

/** The agency an outlet is ("AP News", "Reuters", "APA"), or null: its articles are the agency's own reporting. */
export function agencyOfOutlet(outlet: string | null): string | null {
  if (!outlet) return null;
  const name = outlet.trim();
  return normaliseAgency(name) ?? normaliseAgency(name.replace(/\s+(?:News|Nachrichten)$/i, ''));
}
