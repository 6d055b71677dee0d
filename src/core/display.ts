/**
 * Display names: the form under which the panel, the CLI and the history show a source, and how
 * its type was found (stated in the mention, inferred from the article, or a default). Each
 * attribution's resolved name or mention in its language's base form (nominative, no article);
 * a pronoun nobody could be found for marked unresolved; and one name per person or body in the
 * article: a shorter name that ends a longer one of the same article ("Brandt", "Helga Brandt",
 * "Frau Brandt" beside "Geschäftsführerin Helga Brandt") takes the longer one, when exactly one
 * longer one fits. Pure: no word of any language here, the grammar and lexicon supply them.
 */
import type { Lexicon } from './lexicon/index.js';
import type { Grammar } from './lang/types.js';
import type { Attribution } from './schema.js';

/** A name of capitalised words (particles like "von", "al-" allowed inside): a candidate to join. */
const NAME_WORD = /^(?:[\p{Lu}\d][\p{L}\d.'’-]*|von|van|al-[\p{L}-]+|el-[\p{L}-]+|bin|ibn)$/u;

/** The most words a person's or body's name with its role takes. */
const MAX_NAME_WORDS = 4;

function isName(words: readonly string[]): boolean {
  return words.length > 0 && /^\p{Lu}/u.test(words[0]!) && words.every((w) => NAME_WORD.test(w));
}

/** A name without the forms of address before it ("Frau", "Dr.", "Mr"). */
function core(words: readonly string[], lex: Lexicon): string[] {
  let i = 0;
  while (i < words.length - 1 && lex.titles.has(words[i]!.toLowerCase().replace(/\.$/, ''))) i++;
  return words.slice(i);
}

/** How an attribution's type was found: from its own mention, from the article, or by default. */
function typeFrom(
  a: Attribution,
  classify: (mention: string) => ReturnType<Grammar['classify']>,
): Attribution['typeFrom'] {
  const mention = a.source ?? a.resolved;
  if (!a.type || !mention) return undefined;
  const own = classify(mention);
  if (own.type !== a.type) {
    // (a surname read alone as a common noun, "Brandik", of a person named before whose name said
    // nothing more: typed by default as the full name is)
    const named = a.resolved && a.resolved !== mention && own.type === 'other' ? classify(a.resolved) : null;
    return named && named.guessed && named.type === a.type && a.resolved!.endsWith(` ${mention}`)
      ? 'default'
      : 'article';
  }
  return own.guessed ? 'default' : 'text';
}

/** At least this many words make a person's full name. */
const FULL_NAME_WORDS = 2;

/**
 * The full name of the person a display names and the display up to that name ("union chair Tom Kahl" →
 * "Tom Kahl", "Innenministerin Anna Berger (SPD)", "Ökonomin Lea Roth vom Institut …" → "Lea Roth", shown
 * as "Ökonomin Lea Roth"); null for any other ("Sprecher der Deutschen Bahn" names a body, not a person).
 */
function personNamed(
  display: string,
  classify: (m: string) => ReturnType<Grammar['classify']>,
  lex: Lexicon,
): { name: string; shown: string } | null {
  const name = classify(display).name;
  if (!name || name.split(/\s+/).length < FULL_NAME_WORDS) return null;
  const at = display.indexOf(name);
  if (at < 0 || (at > 0 && display[at - 1] !== ' ')) return null;
  const end = at + name.length;
  const rest = display.slice(end);
  // (the name ends the mention, but for a party or an age after it: "Tom Kahl (SPD)", "Tom Kahl, 42"; or a
  // preposition after it says whose the person is, shown without: "Tom Kahl vom Vermögensverwalter Talbex",
  // "Ökonomin Lea Roth vom Institut für Weltwirtschaft", "Tom Kahl from Talbex")
  const whose = rest.startsWith(' ') && lex.prepositions.has(rest.slice(1).split(/\s/, 1)[0]!.toLowerCase());
  if (!whose && !/^(?:\s*\([^)]*\)|,\s*\d{1,3})?\s*$/.test(rest)) return null;
  // (shown without a description set off by a comma before the name, "Her father, Tom Roth", nor a possessive
  // that opens it, whose owner the entry does not show: "Deren Sprecherin Lea Roth" is "Sprecherin Lea Roth")
  let shown = whose ? display.slice(0, end) : display;
  const first = shown.split(/\s+/, 1)[0]!;
  // (nor a form of address after that comma: "The mayor, Dr Lea Roth")
  const setOff = /,\s*(?:(\p{L}+)\.?\s+)?$/u.exec(display.slice(0, at));
  if (setOff && (!setOff[1] || lex.titles.has(setOff[1].toLowerCase()))) shown = name;
  else if (at > 0 && lex.possessives.has(first.toLowerCase())) shown = shown.slice(first.length).trimStart();
  return name === display || classify(name).type === 'person' ? { name, shown } : null;
}

/** Adds `display` (and `unresolved`, `typeFrom`) to each attribution, in place. */
export function addDisplayNames(
  attributions: Attribution[],
  lex: Lexicon,
  grammar: Grammar,
  // (the same mentions recur in an article: each is classified once, here and in the pipeline before)
  classified = new Map<string, ReturnType<Grammar['classify']>>(),
): void {
  const classify = (m: string) => {
    let c = classified.get(m);
    if (!c) classified.set(m, (c = grammar.classify(m, lex)));
    return c;
  };
  for (const a of attributions) {
    const name = a.resolved ?? a.source;
    a.display = name ? grammar.baseForm(name, lex) : null;
    if (name && lex.pronouns.has(name.toLowerCase())) a.unresolved = true;
    const from = typeFrom(a, classify);
    if (from) a.typeFrom = from;
  }
  // (a body named after a description set off by a comma is shown by its name: "Her management company, Talbex
  // Live" is "Talbex Live")
  for (const a of attributions) {
    const comma = a.display?.lastIndexOf(', ') ?? -1;
    if (comma > 0 && classify(a.display!).name === a.display!.slice(comma + 2)) a.display = a.display!.slice(comma + 2);
  }
  // (a common noun capitalised only as it opens a sentence or a headline, "Police" beside "police", is one entry:
  // the one in lower case, as it stands inside a sentence)
  const written = new Set(attributions.map((a) => a.display));
  for (const a of attributions) {
    const lower = a.display ? a.display[0]!.toLowerCase() + a.display.slice(1) : null;
    if (lower && lower !== a.display && written.has(lower)) a.display = lower;
  }
  // (a name written once with the point of its abbreviation and once without, "Talbex Inc." and "Talbex Inc",
  // is one name: the one with the point)
  const pointed = new Set(attributions.map((a) => a.display).filter((d): d is string => !!d && d.endsWith('.')));
  for (const a of attributions) if (a.display && pointed.has(`${a.display}.`)) a.display = `${a.display}.`;
  // one name per entity: each shorter name that ends exactly one longer (longest) name of the article
  const names = [...new Set(attributions.map((a) => a.display).filter((d): d is string => !!d))]
    .map((d) => ({ d, words: d.split(/\s+/) }))
    .filter((n) => isName(n.words));
  // (each name under each of its shorter endings, for a look-up instead of a comparison of every pair)
  const byEnding = new Map<string, typeof names>();
  for (const m of names)
    for (let k = 1; k < m.words.length; k++) {
      const ending = m.words.slice(-k).join(' ');
      const list = byEnding.get(ending);
      if (list) list.push(m);
      else byEnding.set(ending, [m]);
    }
  const fold = new Map<string, string>();
  for (const n of names) {
    const tail = core(n.words, lex);
    const longer = (byEnding.get(tail.join(' ')) ?? []).filter((m) => m.d !== n.d);
    if (!longer.length) continue;
    const longest = longer.reduce((x, y) => (y.words.length > x.words.length ? y : x));
    // a role and a name at most ("Stellvertretende Bürgermeisterin Jana Roth"): a longer run is two mentions run together
    if (longest.words.length > MAX_NAME_WORDS) continue;
    // every longer candidate must be part of the same longest name: else two people share the surname
    const endsLongest = (w: readonly string[]) => longest.words.slice(-w.length).join(' ') === w.join(' ');
    if (longer.every((m) => endsLongest(core(m.words, lex)))) fold.set(n.d, longest.d);
  }
  for (const a of attributions) if (a.display && fold.has(a.display)) a.display = fold.get(a.display)!;
  // one entry per person introduced in several ways ("union chair Tom Kahl", "the long-serving Talbury
  // Farmers Union chair Tom Kahl", "Tom Kahl"): every display that ends in the same full personal name
  // takes the fullest of them that is a role and a name at most, else the name alone
  const personOf = new Map<string, { name: string; shown: string } | null>();
  for (const d of new Set(attributions.map((a) => a.display))) if (d) personOf.set(d, personNamed(d, classify, lex));
  const byPerson = new Map<string, string>();
  const wordCount = (d: string) => d.split(/\s+/).length;
  for (const person of personOf.values()) {
    if (!person) continue;
    const { name, shown } = person;
    const best = byPerson.get(name) ?? name;
    // (words that say who the person is, a role, a party or a form of address; not a word the grammar
    // leaves out of the name and types nothing by: "Brave Lea Roth" is shown as "Lea Roth")
    const c = classify(shown);
    const says =
      !c.guessed || !!c.role || !/^\p{Lu}/u.test(shown) || core(shown.split(/\s+/), lex).length < wordCount(shown);
    const fuller = wordCount(shown) <= MAX_NAME_WORDS && wordCount(shown) > wordCount(best) && says;
    byPerson.set(name, fuller ? shown : best);
  }
  for (const a of attributions) {
    const person = a.display ? personOf.get(a.display) : null;
    if (person) a.display = byPerson.get(person.name)!;
  }
  // a role or a body's noun alone, as a headline writes it ("Bürgermeisterin: „…“", "Gewerkschaft: …"), beside
  // exactly one entry of that word with a name ("Bürgermeisterin Lea Roth (SPD)", "Gewerkschaft Talverdi") is that one
  const shown = [...new Set(attributions.map((a) => a.display))].filter((d): d is string => !!d);
  for (const d of shown) {
    const c = classify(d);
    if (!c.role || c.name || /\s/.test(d)) continue;
    const named = shown.filter((x) => x.startsWith(`${d} `) && !!classify(x).name);
    if (named.length !== 1) continue;
    for (const a of attributions) if (a.display === d) a.display = named[0]!;
  }
}
