/**
 * The base form of an English source mention, for display: without a leading article ("the Interior
 * Ministry" → "Interior Ministry", "a spokesman" → "spokesman") and without a possessive ending on a name ("Smith's" →
 * "Smith"; "the agency's" stays), quotation marks around a bare name dropped.
 */
import type { Lexicon } from '../../lexicon/index.js';

export function englishBaseForm(mention: string, lex: Lexicon): string {
  let s = mention.trim().replace(/^(?:the|an?)\s+(?=\S)/iu, '');
  const owner = s.replace(/(?<=\p{L})[’‘']s$/u, '');
  // ("It's" is no possessive)
  if (/^\p{Lu}/u.test(s) && !lex.functionWords.has(owner.toLowerCase())) s = owner;
  const quoted = /^["“‘'](.+?)["”’']$/u.exec(s);
  return quoted && !/["“”]/u.test(quoted[1]!) ? quoted[1]! : s;
}
