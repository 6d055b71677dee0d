/**
 * Step, last for each sentence: what later sentences need of this one. Its quotations, its subject
 * (a named person who opened it without speaking, for a quotation that follows), and its speaker;
 * then its attributions join the article's.
 */
import { spanKey, type Article, type SentenceState } from './context.js';
import type { Phrase } from '../phrase.js';
import type { Token } from '../tokens.js';
import { agenciesInCredit } from '../agencies.js';

/**
 * A place before a dash or bracket that opens a news text, no subject: in capitals ("TALBURY — …",
 * "TALBURY (dpa) –"), or in any case before an agency's credit in brackets ("Talberg (dpa) – …").
 */
function isDateline(text: string, tokens: readonly Token[], p: Phrase): boolean {
  const next = tokens[p.to];
  // (the place's words, before an agency in brackets that the phrase may hold)
  const bracket = tokens.findIndex((t, k) => k >= p.from && k < p.to && t.text === '(');
  const place = tokens.slice(p.from, bracket < 0 ? p.to : bracket);
  if (p.from !== 0 || !next || !/^[–—(-]$/.test(next.text) || !place.some((t) => t.word)) return false;
  if (place.every((t) => !t.word || (t.text.length > 1 && t.text === t.text.toUpperCase()))) return true;
  // (the credit in the phrase's brackets, or in those right after it)
  const open = bracket >= 0 ? bracket : next.text === '(' ? p.to : -1;
  const close = open < 0 ? -1 : tokens.findIndex((t, k) => k > open && t.text === ')');
  return (
    close > open + 1 &&
    /^[–—-]$/.test(tokens[close + 1]?.text ?? '') &&
    place.every((t) => !t.word || t.cap) &&
    agenciesInCredit(text.slice(tokens[open]!.start, tokens[close]!.end)).length > 0
  );
}

export function subjects(art: Article, s: SentenceState): void {
  const { grammar: g, lex } = art;
  const { text, tokens, index } = s;
  if (s.hasQuote)
    art.spanKeysOf.set(
      index,
      s.info.spans.map((q) => spanKey(s.info.s.block, q)),
    );
  // a sentence without a speaker still introduces its subject for a later "er"/"sie"
  if (!s.titleCase && !s.here.some((h) => h.source && !art.carried.has(h))) {
    const start = art.firstWordAt(tokens, 0);
    // (the phrase that opens the sentence was read already)
    let subject =
      start >= tokens.length
        ? null
        : s.opening && s.opening.from === start
          ? s.opening
          : g.phraseAt(text, tokens, start, lex);
    // (after a dateline, the sentence's own subject: "TALBURY — Dana Reyes won …")
    if (subject && isDateline(text, tokens, subject)) {
      const dash = tokens.findIndex((t, k) => k >= subject!.to && /^[–—-]$/.test(t.text));
      subject = dash > 0 && dash < subject.to + 5 ? g.phraseAt(text, tokens, dash + 1, lex) : null;
    }
    if (subject && !subject.pronoun) {
      const c = art.classify(subject.text);
      // (a label before a colon names a person only with a role or as one: "Hochwasser in Talberg: …" is a topic)
      const label = tokens[subject.to]?.text === ':';
      // (one capitalised word taken for a name only by its capital, with a determiner right after it, is a
      // verb, no subject: a heading's imperative, "Book a quiet hotel", is nobody a later "she" means)
      const lone =
        subject.to - subject.from === 1 && !!c.guessed && lex.determiners.has(tokens[subject.to]?.lower ?? '');
      if (c.name && c.named && !lone && (!label || !!c.role || c.type === 'person')) {
        const d = art.describe(subject, true, true, false);
        // (a lone capitalised first word may be an adverb, "Augenblicklich …": only a known or fuller name counts)
        art.lastSubject = d.resolved || subject.to - subject.from > 1 ? { ...d, at: index } : null;
      } else if (!c.name && c.role && c.gender && c.type !== 'other' && lex.speaksFor.has(c.role)) {
        // "Ein Bahnsprecher bedauerte den Ausstand. „…“, sagte er.": a spokesperson of one gender
        art.memory.noteBody(subject.text, c.type, {
          person: true,
          gender: c.gender,
          anonymous: !art.isIdentified(subject.text, c) || undefined,
        });
      }
    }
  }
  // a quote tail ("…, so X") speaks as a speech verb does
  const tail = art.quoteTailId ? 'according:' + art.quoteTailId : null;
  // (and so does a source a sentence names before the colon that ends it: "According to the filing:" is
  // whose words the quotation after it are)
  const sp =
    s.here.find((h) => (h.kind === 'quote' || h.kind === 'reported' || h.cueId === tail) && (h.source || h.resolved)) ??
    (/:\s*$/.test(s.text) ? s.here.find((h) => h.kind === 'according_to' && h.source) : undefined);
  if (sp)
    art.lastSpeaker = {
      source: sp.source ?? sp.resolved!,
      resolved: sp.resolved,
      type: sp.type ?? 'other',
      named: sp.named,
      at: index,
    };
  art.found.push(...s.here);
}
