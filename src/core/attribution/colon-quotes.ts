/**
 * Step: quotes without a speech verb, whose speaker stands before a colon ("Der Minister: „…“") or
 * after the quotation's tail word ("„…“, so X"). Then every quotation of the sentence is the
 * speaker's, for sentences that continue it.
 */
import { isQuoteMark } from '../quotes.js';
import { spanKey, type Article, type SentenceState } from './context.js';
import type { Classified } from '../entities.js';
import type { SourceType } from '../vocabulary.js';
import type { Phrase } from '../phrase.js';
import type { Token } from '../tokens.js';

export function colonQuotes(art: Article, s: SentenceState): void {
  if (!s.hasQuote || s.speaker) return;
  const { grammar: g, lex } = art;
  const { text, tokens } = s;
  const colon = firstColon(tokens);
  const next = tokens[colon + 1];
  // (not after a word in capitals that names the kind of text: "LIVE: '…'", "Liveticker: „…“")
  const before = tokens[colon - 1];
  const label = !!before?.cap && g.formatLabels.has(before.lower);
  if (colon > 0 && next && (next.quoted || isQuoteMark(next.text)) && !label) {
    const { p, topic } = speakerBeforeColon(art, text, tokens, colon);
    if (p && !topic) {
      // ("Sie werden dort begrüßt: …": a pronoun before a plural verb points to no one person)
      const verb = tokens[p.to];
      const plural = p.pronoun && !!verb && !!g.pluralPronoun?.(p.text, verb);
      s.speaker = art.describe(plural ? { ...p, plural } : p);
      s.add({ kind: 'quote', cue: ':', cueId: 'quote:colon', ...s.speaker });
    } else if (p) s.reject('quote:colon', ':', p.text, 'a topic, not a speaker, before the colon');
  }
  const tail = g.quoteTail;
  const so =
    tail && art.quoteTailId
      ? tokens.findIndex(
          (t, k) =>
            t.lower === tail &&
            !t.quoted &&
            tokens[k - 1]?.text === ',' &&
            k > 1 &&
            (tokens[k - 2]!.quoted || isQuoteMark(tokens[k - 2]!.text)),
        )
      : -1;
  if (!s.speaker && so > 0) {
    const p = g.phraseAt(text, tokens, so + 1, lex);
    if (p) {
      s.speaker = art.describe(p);
      s.add({ kind: 'quote', cue: tokens[so]!.lower, cueId: 'according:' + art.quoteTailId, ...s.speaker });
    }
  }
  // "„Wir sind am Limit“: Die Ministerin über die Krise", "'We will win': Tom Kahl on the campaign": a
  // quotation that opens the sentence, then a colon and who speaks, alone or before what they speak about
  const after = s.speaker ? null : speakerAfterColon(art, text, tokens, colon);
  if (after) {
    s.speaker = after;
    s.add({ kind: 'quote', cue: ':', cueId: 'quote:colon', ...s.speaker });
  }
}

/** Types of a source that does not speak a quotation of its own words (a document, a thing). */
const NOT_SPEAKERS = new Set<SourceType>(['document', 'other']);

/**
 * The speaker named right after the colon that follows a quotation opening the sentence, when the
 * mention ends the sentence or a preposition follows it (the topic: "über", "on"); else null.
 */
function speakerAfterColon(art: Article, text: string, tokens: readonly Token[], colon: number) {
  const { grammar: g, lex } = art;
  if (colon < 2 || !isQuoteMark(tokens[0]?.text ?? '') || !isQuoteMark(tokens[colon - 1]!.text)) return null;
  if (tokens.slice(1, colon - 1).some((t) => !t.quoted)) return null;
  const p = g.phraseAt(text, tokens, colon + 1, lex);
  const next = p ? tokens[p.to] : undefined;
  if (!p || p.pronoun || (next && next.word ? !lex.prepositions.has(next.lower) : !!next && next.text !== '.'))
    return null;
  // (a person, by a name of one, "Tom Kahl", or by a role of a gender, "die Bauministerin"; not a
  // judgement, "the verdict")
  const c = art.classify(p.text);
  const person = (!!c.name && (!c.guessed || !!c.gender)) || (!c.name && !!c.gender && art.holdsPersonRole(c));
  const d = person ? art.describe(p, false) : null;
  return d?.source && d.type && !NOT_SPEAKERS.has(d.type) ? art.describe(p) : null;
}

/** The first colon outside quotations, or -1. */
export function firstColon(tokens: readonly Token[]): number {
  return tokens.findIndex((t) => t.text === ':' && !t.quoted);
}

/**
 * Who speaks in what follows a colon: "Der Minister: …", the subject of the clause before it ("Der
 * Trainer freut sich: …"), the person whose view it is ("Für Trainer Kreuz ist das Duell noch fern: …"),
 * or a speaker after the verb; `topic` when the mention found is only what the words are about
 * ("Kritik an der Regierung: …").
 */
export function speakerBeforeColon(
  art: Article,
  text: string,
  tokens: readonly Token[],
  colon: number,
): { p: Phrase | null; topic: boolean } {
  const { grammar: g, lex } = art;
  // (a phrase that only ends the clause is an object: "X dankte den Helfern nach dem Brand: „…“")
  const clauseStart = g.clauseStartBefore(tokens, colon);
  const whole = g.phraseEndingAt(text, tokens, clauseStart, colon, lex);
  // (a first phrase whose case makes it an object leaves the subject to after the verb: "Den Hof
  // führt der Bauer Tom Kahl seit Jahren: „…“")
  const opening = art.subjectBefore(text, tokens, colon);
  const oblique = !!opening && !!g.isOblique?.(tokens, opening);
  const subject = oblique ? null : opening;
  // "Für Trainer Kreuz ist das Duell noch fern: „…“": the person whose view it is speaks
  const view = g.perspectiveBefore?.(text, tokens, colon, lex) ?? null;
  const viewClass = view ? art.classify(view.text) : null;
  // (a role, or a name the text gives as one: not a lone capitalised word taken for a name by default, "Sucht")
  const speaks = (c: Classified | null) =>
    !!c && c.type !== 'other' && (!!c.role || (!!c.name && (!c.guessed || c.name.includes(' '))));
  // (a phrase that may speak: a pronoun, a mention that speaks, or one the text named before)
  const speaking = (q: Phrase | null) =>
    !!q && (q.pronoun || speaks(art.classify(q.text)) || art.memory.knows(q.text)) ? q : null;
  // (the subject of the clause before the colon when another clause opens the sentence: "In response to
  // the eviction, Tom is said to have answered with eight words: „…“")
  const clauseFirst = art.firstWordAt(tokens, clauseStart);
  // (the subject after a prepositional phrase that opens the sentence and its comma: "On a March 3 investor
  // call, Dana Reyes, an analyst, voiced doubts: “…”")
  const afterOpening = subject ? null : subjectAfterOpening(art, text, tokens, colon);
  const clauseSubject = clauseStart > 0 && clauseFirst < colon ? g.phraseAt(text, tokens, clauseFirst, lex) : null;
  // (with no subject, a speaker after the verb before the phrase that ends at the colon, which may be
  // only the end of the speaker's mention: "Ähnlich sieht es Tom Kahl von der Brandik-Bank: „…“")
  const p =
    (view && speaks(viewClass) ? view : null) ??
    (whole && whole.from === clauseFirst ? whole : null) ??
    subject ??
    speaking(afterOpening) ??
    (clauseSubject && clauseSubject.to < colon ? speaking(clauseSubject) : null) ??
    afterVerb(art, text, tokens, oblique ? opening!.from : clauseStart, colon, speaks) ??
    // (the clause before the colon may be only what follows an apposition: "äußerte sich auch Tom Kahl,
    // Vorsitzender der Partei, bei seinem Auftritt: „…“")
    appositionBefore(art, text, tokens, clauseStart, colon, speaks) ??
    speaking(whole);
  const topic =
    !!p &&
    !p.pronoun &&
    (() => {
      const c = art.classify(p.text);
      return c.type === 'other' && !c.name;
    })();
  return { p, topic };
}

/**
 * The phrase right after the first comma when a prepositional phrase opens the sentence, before the colon,
 * in a language that sets such a phrase off by a comma before its subject (`Grammar.commaAfterOpening`).
 */
function subjectAfterOpening(art: Article, text: string, tokens: readonly Token[], colon: number): Phrase | null {
  if (!art.grammar.commaAfterOpening) return null;
  const first = art.firstWordAt(tokens, 0);
  if (!art.lex.prepositions.has(tokens[first]?.lower ?? '')) return null;
  const comma = tokens.findIndex((t, k) => k > first && k < colon && t.text === ',' && !t.quoted);
  const p = comma > 0 ? art.grammar.phraseAt(text, tokens, comma + 1, art.lex) : null;
  return p && p.to < colon ? p : null;
}

/**
 * The speaker after the verb when the clause before a colon opens with something else ("Am Montag
 * wurde der Minister deutlich: „…“", "Auf die Kosten angesprochen, gibt sich die Sprecherin wortkarg:
 * „…“"): the first mention after a lower-case word that names a person, a role or a body.
 */
function afterVerb(
  art: Article,
  text: string,
  tokens: readonly Token[],
  from: number,
  colon: number,
  speaks: (c: Classified) => boolean,
): Phrase | null {
  // (not within the prepositional phrases that open the clause: "In der Erklärung zeigt sich die Ministerin
  // entschlossen: „…“", "In einem Brief an die Stadt wird der Vorsitzende deutlich: „…“" are the speaker's,
  // not the statement's or the town's)
  let start = from;
  while (start < colon && art.lex.prepositions.has(tokens[start]!.lower)) {
    const pp = art.grammar.phraseAt(text, tokens, start + 1, art.lex);
    if (!pp || pp.pronoun || pp.to >= colon) break;
    start = pp.to;
  }
  for (let k = start + 1; k < colon; k++) {
    const prev = tokens[k - 1]!;
    // (not after a preposition: "erzählt sie im Gespräch und fährt fort: „…“"; from its article: "Dazu der Minister: „…“")
    if (!prev.word || prev.quoted || art.lex.prepositions.has(prev.lower)) continue;
    if (prev.cap && !art.lex.articles.has(tokens[k]!.lower)) continue;
    const p = art.grammar.phraseAt(text, tokens, k, art.lex);
    if (p && !p.pronoun && p.to <= colon && speaks(art.classify(p.text))) return p;
  }
  return null;
}

/**
 * The speaker of a sentence when the clause before the colon is only what follows an apposition
 * ("äußerte sich auch Tom Kahl, Vorsitzender der Partei, bei seinem Auftritt: „…“"): the mention after the verb
 * whose apposition ends at the comma that opens that clause.
 */
function appositionBefore(
  art: Article,
  text: string,
  tokens: readonly Token[],
  clauseStart: number,
  colon: number,
  speaks: (c: Classified) => boolean,
): Phrase | null {
  if (clauseStart < 2 || tokens[clauseStart - 1]!.text !== ',') return null;
  const p = afterVerb(art, text, tokens, 0, colon, speaks);
  // (the apposition: a comma after the mention, the role's words, the comma that opens the clause)
  const appositionEnd = p?.role ? p.to + 1 + p.role.split(/\s+/).length : -1;
  return p && tokens[p.to]?.text === ',' && appositionEnd === clauseStart - 1 ? p : null;
}

/** Step: the quotations of a sentence whose speaker is known are that speaker's, for the sentences they run into. */
export function quoteSpeakers(art: Article, s: SentenceState): void {
  if (s.speaker && s.hasQuote) for (const q of s.info.spans) art.spanSpeaker.set(spanKey(s.info.s.block, q), s.speaker);
}

/** After the colon, at least this many words. */
const MIN_HEADLINE_CLAIM_WORDS = 2;
/** After the colon that follows a person's name, at least this many words: a claim, no title ("Kahl: Ein Porträt"). */
const MIN_NAME_CLAIM_WORDS = 3;
/** Sources whose headline says what they found or published: "according to" rather than a speech act. */
const PUBLISHED = new Set<SourceType>(['document', 'media', 'agency']);

/**
 * Step: a headline that opens with its source and a colon (or has it after a kicker: "Nach dem
 * Sturm: Bericht: …"), and no quotation ("Studie: Kaffee schützt
 * das Herz", "Gewerkschaft: Mehr Personal nötig"): what follows is the source's. The source is one
 * role or body noun, or the surname of a person the text introduced before; a label ("Fazit: …"), a
 * topic, a place or another name alone is none.
 */
export function sourceHeadlines(art: Article, s: SentenceState): void {
  const { grammar: g, lex } = art;
  const { text, tokens } = s;
  const labels = g.headlineLabels;
  const end = tokens[tokens.length - 1];
  // (a headline does not end with a period)
  if (!labels || s.hasQuote || !end?.word) return;
  const colons = tokens.flatMap((t, k) => (t.text === ':' ? [k] : []));
  // (after a kicker the source may come second: "Nach dem Sturm: Studie: …"; any other second colon
  // makes a line of credits, "Text: … Fotos: …")
  const colon =
    colons.length === 1 && colons[0] === 1 ? 1 : colons.length === 2 && colons[1] === colons[0]! + 2 ? colons[1]! : -1;
  if (colon < 1) return;
  if (tokens.slice(colon + 1).filter((t) => t.word).length < MIN_HEADLINE_CLAIM_WORDS) return;
  // one word, no compound with a hyphen: "Studie: …", "Gewerkschaft: …", not a dossier's "Talberg-Akte: …"
  const word = tokens[colon - 1]!;
  // (nor a label of the format: "Liveblog: …", "Update: …")
  if (!word.word || word.text.includes('-') || labels.has(word.lower) || g.formatLabels.has(word.lower)) return;
  const p = g.phraseAt(text, tokens, colon - 1, lex);
  if (!p || p.pronoun || p.to !== colon) return;
  const c = art.classify(p.text);
  // (a name only of someone the text introduced before: a subheading "Kahl: Die Brücke muss kommen")
  const known = !!c.name && !c.role && c.type === 'person';
  // (a role or a body noun of the lexicon: "Studie", "Gewerkschaft"; English gives no role to a body's noun)
  const noun = !!c.role || lex.nounMap.has(word.lower) || lex.nounMap.has(word.lower.replace(/s$/, ''));
  // (or a vague source the lexicon knows: "Kreise: …", "Sources: …", nobody named)
  const vague = lex.anonymous.has(word.lower) && p.to - p.from === 1;
  if (!known && !vague && (c.type === 'other' || c.guessed || !noun || c.name)) return;
  const d = art.describe(p);
  // (and more than a title after it: "Kahl: Ein Porträt")
  if (known && (!d.resolved || tokens.slice(colon + 1).filter((t) => t.word).length < MIN_NAME_CLAIM_WORDS)) return;
  // (nor when another person the text named opens the claim before a verb of saying: "Kahl: Roth fordert mehr
  // Geld" is a subheading on Roth's demand; "Kahl: Roth muss gehen" stays Kahl's)
  if (known && opensWithOtherPerson(art, text, tokens, colon + 1, d.resolved!)) return;
  // ("Bericht: …" in a headline is what the press reports)
  if (g.headlinePress?.has(word.lower)) d.type = 'media';
  s.add({
    kind: PUBLISHED.has(d.type) ? 'according_to' : 'reported',
    cue: `${tokens[colon - 1]!.text}:`,
    cueId: 'source:colon',
    ...d,
  });
}

/**
 * Whether a person the text named, other than `speaker`, opens the words at `from` by the name alone before a
 * verb of saying: "Roth fordert …" after "Kahl:".
 */
function opensWithOtherPerson(
  art: Article,
  text: string,
  tokens: readonly Token[],
  from: number,
  speaker: string,
): boolean {
  const p = art.grammar.phraseAt(text, tokens, from, art.lex);
  const after = p ? tokens[p.to] : undefined;
  if (!p || p.pronoun || !after?.word || after.cap) return false;
  const c = art.classify(p.text);
  if (!c.name || c.role || speaker.includes(c.name) || !art.memory.knows(c.name)) return false;
  // (a verb of saying, or any verb of one the text has heard as a source: "Roth plant weitere Treffen")
  return art.lex.verbForms.has(after.lower) || art.heardAs(c.name);
}
