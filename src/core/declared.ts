/**
 * Declared against cited: the outlet's own source list ("Verwendete Quellen") set against the
 * sources the text cites and the agencies it credits. Which listed sources the text cites, which
 * cited sources the list leaves out. Matching is by distinctive words: a shared name ("Reuters",
 * "Pentagon"), a web address against a name ("nytimes.com" ↔ "der New York Times": initials and last
 * word), an agency by its short name ("Nachrichtenagentur AFP" ↔ AFP).
 */
import { normaliseAgency } from './agencies.js';
import { lowerWords } from './tokens.js';
import type { Attribution } from './schema.js';

export interface DeclaredVsCited {
  /** Each item of the source list, and the cited sources (mentions) that match it. */
  listed: Array<{ item: string; citedAs: string[] }>;
  /** Named sources the text cites that no item of the list matches. */
  unlisted: string[];
}

/** Words that name no source by themselves. */
const GENERIC = new Set([
  'der',
  'die',
  'das',
  'des',
  'dem',
  'den',
  'ein',
  'eine',
  'einer',
  'eines',
  'und',
  'von',
  'vom',
  'für',
  'mit',
  'bei',
  'zum',
  'zur',
  'auf',
  'aus',
  'über',
  'the',
  'and',
  'for',
  'with',
  'from',
  'a',
  'an',
  'of',
  'on',
  'in',
  'at',
  'by',
  'to',
  'news',
  'nachrichten',
  'zeitung',
  'online',
  'agentur',
  'nachrichtenagentur',
  'agency',
  'bericht',
  'berichte',
  'report',
  'reports',
  'angaben',
  'recherche',
  'recherchen',
  'eigene',
  'eigener',
  'meldung',
  'meldungen',
  'stellungnahme',
  'stellungnahmen',
  'quelle',
  'quellen',
  'interviews',
  'post',
  'posts',
  'social',
  'englisch',
  'english',
  'sprecher',
  'sprecherin',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'pressemitteilung',
  'mitteilung',
  'statement',
  'interview',
  'website',
  'webseite',
  'com',
  'org',
  'net',
  'www',
  'http',
  'https',
  'html',
  'htm',
  'times',
]);

/** The keys a text is known by: its distinctive words, web-address stems, initials with last word, agencies. */
function keys(text: string): Set<string> {
  const out = new Set<string>();
  const ws = lowerWords(text);
  for (const w of ws) if (w.length >= 3 && !GENERIC.has(w)) out.add(w);
  // a web address: "nytimes.com", "www.reuters.com/…" → "nytimes", "reuters"
  for (const m of text
    .toLowerCase()
    .matchAll(/(?:^|[\s(/])(?:www\.)?([\p{L}\p{N}-]{2,})\.(?:com|de|org|net|at|ch|co\.uk|eu|info|io|gov|int)\b/gu))
    out.add(m[1]!.replace(/-/g, ''));
  // a name of capitalised words: "New York Times" → "nyt", "nytimes"
  const caps = text.match(/\p{Lu}[\p{L}]+/gu) ?? [];
  for (let i = 0; i + 1 < caps.length; i++) {
    const run = caps.slice(i, Math.min(caps.length, i + 4));
    for (let n = 2; n <= run.length; n++) {
      const part = run.slice(0, n);
      out.add(part.map((w) => w[0]!.toLowerCase()).join(''));
      out.add(
        part
          .slice(0, -1)
          .map((w) => w[0]!.toLowerCase())
          .join('') + part[part.length - 1]!.toLowerCase(),
      );
    }
  }
  for (const w of text.split(/[\s,;:/()]+/)) {
    const a = normaliseAgency(w);
    if (a) out.add(`agency:${a.toLowerCase()}`);
  }
  return out;
}

function shares(a: Set<string>, b: Set<string>): boolean {
  for (const k of a) if (k.length >= 3 && b.has(k)) return true;
  return false;
}

/** The outlet's source list against the sources the text cites and the agencies it credits. */
export function declaredVsCited(
  sourcesBox: readonly string[],
  attributions: readonly Attribution[],
  agencies: readonly string[],
): DeclaredVsCited {
  const cited = new Map<string, Set<string>>();
  for (const a of attributions) {
    if (!a.named || !a.source) continue;
    // (by the name the panel shows: one entry per source, in its base form)
    const mention = a.display ?? a.resolved ?? a.source;
    if (!cited.has(mention)) cited.set(mention, keys(mention));
  }
  for (const ag of agencies)
    if (!cited.has(ag)) cited.set(ag, new Set([`agency:${ag.toLowerCase()}`, ag.toLowerCase()]));
  const matched = new Set<string>();
  const listed = sourcesBox.map((item) => {
    const k = keys(item);
    const citedAs = [...cited].filter(([, ck]) => shares(k, ck)).map(([m]) => m);
    citedAs.forEach((m) => matched.add(m));
    return { item, citedAs };
  });
  const unlisted = sourcesBox.length ? [...cited.keys()].filter((m) => !matched.has(m) && !agencies.includes(m)) : [];
  return { listed, unlisted };
}
