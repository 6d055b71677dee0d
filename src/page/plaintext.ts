/**
 * A page's visible text as a browser copies it (kicker, headline, "Von afp", date line, caption,
 * body, "Verwendete Quellen" list, tags) → the same article draft the DOM path makes.
 */
import { agenciesInCredit, agencyOfSourceItem } from '../core/agencies.js';
import { parseByline, type ArticleDraft } from './extract.js';

const BYLINE = /^(?:von|by)\s+\S/i;
const DATE_LINE = /^\d{1,2}\.\d{1,2}\.\d{2,4}|^\d{4}-\d{2}-\d{2}|Lesedauer|Updated|Aktualisiert/i;
const CAPTION_CREDIT = /\((?:Quelle|Foto|Bild|Credit|Photo)\s*:\s*([^)]+)\)\s*$/i;
const IMAGE_WIDGET = /^\d*\s*(?:Vergrößern des Bildes|Bild vergrößern|Enlarge image)/i;
const SOURCES_HEADING = /^(?:verwendete quellen|quellen|sources?)\s*:?\s*$/i;
const BULLET = /^\s*[•\-*–·]\s+/;
/** A body line is a sentence: long enough or ending in sentence punctuation. */
const MIN_BODY_LINE = 40;

/** Reads an article from copied page text. */
export function extractFromText(text: string): ArticleDraft {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[\s\u00a0]+$/g, ''));
  const nonEmpty = lines.map((l, i) => [l.trim(), i] as const).filter(([l]) => l);
  // headline: the first line, or the second when the first is a short kicker right above it
  let headline: string | null = null;
  let headlineAt = -1;
  if (nonEmpty.length) {
    const [first, i0] = nonEmpty[0]!;
    const second = nonEmpty[1];
    if (second && second[1] === i0 + 1 && first.length < 60 && !/[.!?]$/.test(first)) {
      headline = second[0];
      headlineAt = second[1];
    } else {
      headline = first;
      headlineAt = i0;
    }
  }
  const authors: string[] = [];
  const agencies: string[] = [];
  const imageCredits: string[] = [];
  const sourcesBox: string[] = [];
  const blocks: string[] = headline ? [headline] : [];
  let inSources = false;
  let done = false;
  for (let i = headlineAt + 1; i < lines.length && !done; i++) {
    const line = lines[i]!.trim();
    if (!line) {
      if (inSources && sourcesBox.length) {
        inSources = false;
        done = true;
      }
      continue;
    }
    if (inSources) {
      if (BULLET.test(lines[i]!)) {
        sourcesBox.push(line.replace(BULLET, '').trim());
        continue;
      }
      break;
    }
    if (SOURCES_HEADING.test(line)) {
      inSources = true;
      continue;
    }
    if (BYLINE.test(line) && line.length < 100) {
      const b = parseByline(line);
      b.authors.forEach((a) => authors.includes(a) || authors.push(a));
      b.agencies.forEach((a) => agencies.includes(a) || agencies.push(a));
      continue;
    }
    if (DATE_LINE.test(line) || IMAGE_WIDGET.test(line)) continue;
    const cap = CAPTION_CREDIT.exec(line);
    if (cap) {
      if (!imageCredits.includes(cap[1]!.trim())) imageCredits.push(cap[1]!.trim());
      continue;
    }
    if (line.length < MIN_BODY_LINE && !/[.!?“"]$/.test(line)) {
      // a short line: a credit ("(dpa)"), a sub-heading, or tags
      const ag = /^\(?[\p{L}/ ,.-]{2,30}\)?$/u.test(line) ? agenciesInCredit(line) : [];
      if (ag.length) {
        ag.forEach((a) => agencies.includes(a) || agencies.push(a));
        continue;
      }
      if (/^\p{Lu}/u.test(line) && /\s/.test(line)) blocks.push(line);
      continue;
    }
    blocks.push(line);
  }
  for (const item of sourcesBox) {
    const a = agencyOfSourceItem(item);
    if (a && !agencies.includes(a)) agencies.push(a);
  }
  const bodyChars = blocks.slice(1).reduce((n, b) => n + b.length, 0);
  return {
    isArticle: bodyChars >= 300,
    liveblog: false,
    title: headline,
    outlet: null,
    published: null,
    modified: null,
    declaredLang: null,
    declared: null,
    truncated: null,
    authors,
    agencies,
    imageCredits,
    sourcesBox,
    blocks,
    elements: blocks.map(() => null),
    starts: blocks.map(() => 0),
  };
}
