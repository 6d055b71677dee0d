/**
 * Steps over the whole article, once every sentence is read: speakers named only later in a
 * quotation, roles named only later in the article, and the main person called by an office.
 */
import { opensWithQuote, type Article } from './context.js';
import { upgrades } from '../entities.js';

/**
 * A headline that is a quotation alone and claimed by nobody ("„Wir lassen niemanden allein“") is the quote of
 * whom the sentence right after it names as speaking ("Bürgermeisterin Lea Roth sagte …", "Head nurse Lea Roth
 * says …"): the adjacent sentence names the speaker.
 */
export function headlineQuote(art: Article): void {
  const first = art.sentences[0];
  if (!first || first.s.block !== 0 || art.sentences[1]?.s.block === 0) return;
  const words = first.tokens.filter((t) => t.word).length;
  if (!words || first.quotedWords < words || !opensWithQuote(first.tokens)) return;
  if (art.found.some((f) => f.sentenceIndex === 0 && f.kind === 'quote')) return;
  const said = art.found.find(
    (f) =>
      f.sentenceIndex === 1 &&
      f.cueId.startsWith('verb:') &&
      !!f.source &&
      f.named &&
      !art.lex.pronouns.has(f.source.toLowerCase()),
  );
  if (!said) return;
  const at = art.found.findIndex((f) => f.sentenceIndex > 0);
  const quote = {
    sentenceIndex: 0,
    kind: 'quote' as const,
    cue: art.grammar.quoteCue,
    cueId: 'quote',
    source: said.source,
    resolved: said.resolved,
    type: said.type,
    named: said.named,
  };
  art.found.splice(at < 0 ? art.found.length : at, 0, quote);
  art.note({
    sentence: 0,
    step: 'headline-quote',
    decision: 'added',
    cueId: 'quote',
    cue: quote.cue,
    source: quote.source,
  });
}

/** A quote whose speaker is named only in a later sentence of the same quotation takes that speaker. */
export function laterSpeakers(art: Article): void {
  for (const f of art.found) {
    if (f.kind !== 'quote' || ((f.source || f.resolved) && !art.borrowed.has(f))) continue;
    const sp = art.speakerOf(art.spanKeysOf.get(f.sentenceIndex) ?? []);
    if (!sp) continue;
    Object.assign(f, { source: sp.source, resolved: sp.resolved, type: sp.type, named: sp.named });
    art.note({
      sentence: f.sentenceIndex,
      step: 'later-speakers',
      decision: 'changed',
      cueId: f.cueId,
      cue: f.cue,
      source: sp.source,
      reason: 'speaker named later in the quotation',
    });
  }
}

/**
 * A role named only later in the article ("… als Präsidentschaftskandidat") types the earlier mentions
 * too, and an office a party politician holds types them all ("Tom Kahl (CDU)" … "der Drogenbeauftragte
 * Kahl": an office holder speaks in office).
 */
export function lateRoles(art: Article): void {
  for (const f of art.found) {
    // (a person the text named with a firm only and later called its expert: "von der Talbex-Bank" … "der Experte")
    if (art.calledExpert.size && (f.type === 'company' || f.type === 'person')) {
      const named = f.resolved ?? (f.source ? (art.classify(f.source).name ?? f.source) : null);
      if (named && art.calledExpert.has(named)) f.type = 'expert';
    }
    if (!f.named || (f.type !== 'person' && f.type !== 'politician')) continue;
    // (a politician by the name the mention holds, past what it adds: "Tom Kahl (CDU)")
    const who = f.resolved ?? (f.type === 'politician' && f.source ? art.classify(f.source).name : f.source);
    if (!who) continue;
    const known = art.memory.typeOf(who);
    if (known && (f.type === 'person' || upgrades(f.type, known))) f.type = known;
  }
}

/** How often the article's main person and an unnamed office ("the Prime Minister") must speak before one is taken for the other. */
const MAIN_PERSON_MIN = 3;
const OFFICE_MIN = 2;
/** A final s marks a plural ("the officials"), which is no office of one person. */
const PLURAL = /s$/i;

/**
 * News text names its main person and then calls them by their office: "Sir Alan Frost said …",
 * "The Prime Minister suggested …". When the most quoted person has no known role and one unique
 * office (a definite, unnamed government or party role) speaks repeatedly too, the person takes the
 * office's type. Only the type changes; mentions stay as written.
 * A quote that carries its mention over from a neighbouring sentence is no new mention of the office.
 */
export function mainPersonByOffice(art: Article): void {
  const people = new Map<string, number>();
  const offices = new Map<string, Set<number>>();
  for (const f of art.found) {
    const who = f.resolved ?? f.source;
    if (!who || !f.named) continue;
    if (f.type === 'person') people.set(who, (people.get(who) ?? 0) + 1);
    else if (
      (f.type === 'government' || f.type === 'politician') &&
      f.source &&
      !f.resolved &&
      !art.carried.has(f) &&
      isUnnamedOffice(art, f.source)
    ) {
      const set = offices.get(f.type) ?? new Set<number>();
      set.add(f.sentenceIndex);
      offices.set(f.type, set);
    }
  }
  const [main, n] = [...people].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  const ranked = [...offices].filter(([, s]) => s.size >= OFFICE_MIN);
  if (!main || n < MAIN_PERSON_MIN || ranked.length !== 1) return;
  const type = ranked[0]![0] as 'government' | 'politician';
  for (const f of art.found) if ((f.resolved ?? f.source) === main && f.type === 'person') f.type = type;
}

/**
 * "the Prime Minister", "der Kanzler": a definite singular office with no name in it, a role a person holds
 * (not a body: "the government", "die Regierung").
 */
function isUnnamedOffice(art: Article, mention: string): boolean {
  const c = art.classify(mention);
  return (
    art.holdsPersonRole(c) &&
    !c.name &&
    art.isDefinite(mention) &&
    !PLURAL.test(mention.trim().split(/\s+/).pop() ?? '')
  );
}
