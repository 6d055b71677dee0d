/**
 * An outlet's own reporting is no source of its article: "nach Talbote-Recherchen" in an article of the
 * Talbote, "The Talbury Herald found" in that paper, "told Reuters" in a Reuters story, "nach Recherchen
 * unserer Zeitung", "this newspaper has learned" in any (the annotation
 * guide counts another outlet's report as a source, and the outlet an interviewee spoke to as a channel).
 */
import { lexiconFor } from './lang/index.js';
import type { Attribution } from './schema.js';
import type { Lexicon } from './lexicon/index.js';

/** A name's letters and digits in lower case, for comparing names across spellings. */
export const letters = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** An outlet's name is no longer than this (a longer "name" is a page's junk, not compared). */
const MAX_OUTLET_CHARS = 100;

/** A name without the article that opens it ("The Talbury Herald" → "Talbury Herald"). */
function withoutArticle(name: string, articles: ReadonlySet<string>): string {
  const words = name.trim().split(/\s+/);
  return articles.has(words[0]!.toLowerCase()) && words.length > 1 ? words.slice(1).join(' ') : name.trim();
}

/** The name an outlet is known by: its name without an article, or a domain's name-giving label ("talbote.example"). */
function outletKeys(outlet: string, articles: ReadonlySet<string>): string[] {
  if (outlet.length > MAX_OUTLET_CHARS) return [];
  const bare = withoutArticle(outlet, articles);
  const domain = !/\s/.test(bare) && /\.[a-z]{2,}$/i.test(bare);
  const key = letters(domain ? bare.split('.').slice(-2, -1)[0]! : bare);
  return key.length >= 3 ? [key] : [];
}

/** Whether a mention names the outlet itself: as a whole, or as the first part of a compound ("Talbote-Recherchen"). */
function namesOutlet(mention: string, keys: readonly string[], articles: ReadonlySet<string>): boolean {
  const bare = withoutArticle(mention, articles);
  const whole = letters(bare);
  const first = letters(bare.split('-')[0]!);
  return keys.some((k) => whole === k || (bare.includes('-') && first === k));
}

/**
 * Whether a mention is the outlet speaking of itself: "unserer Redaktion", "this newspaper", "our reporter";
 * or a noun that with the definite article alone means the outlet's own ("der Redaktion liegt … vor": another
 * outlet's newsroom is named, "der Redaktion des „Talberger Boten“").
 */
export function ownNewsroom(mention: string, lex: Lexicon): boolean {
  const own = lex.ownNewsroom;
  const words = mention.trim().toLowerCase().split(/\s+/);
  return (
    words.length === 2 &&
    ((own.before.has(words[0]!) && own.nouns.has(words[1]!)) ||
      (lex.articles.has(words[0]!) && own.definite.has(words[1]!)))
  );
}

/**
 * The attributions whose source is not the outlet that published the article (in the article's language
 * `lang`): neither its name nor the outlet speaking of itself ("nach Recherchen unserer Zeitung").
 */
export function withoutOwnOutlet(
  attributions: readonly Attribution[],
  outlet: string | null,
  lang: string | null,
): Attribution[] {
  const lex = lexiconFor(lang);
  if (!lex) return [...attributions];
  const keys = outlet ? outletKeys(outlet, lex.articles) : [];
  return attributions.filter(
    (a) => !a.source || (!ownNewsroom(a.source, lex) && !namesOutlet(a.source, keys, lex.articles)),
  );
}
