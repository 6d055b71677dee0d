/**
 * Step: speech verbs with their subject ("sagte der Minister", "the report found"), passives with
 * their agent or, without one, as reportative ("wurde mitgeteilt"), a second subject joined by "and",
 * and an addressee that is a source of its own ("told Reuters").
 */
import { spanText, type Phrase } from '../phrase.js';
import { OUTLET_TYPES, type SourceType } from '../vocabulary.js';
import type { Token } from '../tokens.js';
import type { Grammar, VerbHit } from '../lang/types.js';
import { NO_SOURCE } from './no-source.js';
import { opensWithQuote, type Article, type Found, type SentenceState } from './context.js';

/**
 * The kinds of subject a verb's `needs` accept, and why another is rejected (the trace's words):
 * findings from a study or an expert ("the report found", "data show"); a forecast without a clause from
 * an expert, a study or a body ("Der Verband rechnet mit einem Rückgang", "Analysts expect a rise"; not
 * from people, "Die Fans erwarten ein Spiel"); what was said before a court ("The court heard that …"; not
 * "Neighbours heard that …"); a report with nothing reported from an outlet ("The Journal first reported
 * the talks"). `agent` and the needs the grammar settles are not here.
 */
const SUBJECTS_NEEDED: Partial<
  Record<NonNullable<VerbHit['needs']>, { types: ReadonlySet<SourceType>; reason: string }>
> = {
  forecaster: {
    types: new Set<SourceType>([
      'document',
      'expert',
      'government',
      'politician',
      'organization',
      'company',
      'agency',
      'security',
      'justice',
    ]),
    reason: 'a forecast counts from an expert, a study or a body, not a',
  },
  document: {
    types: new Set<SourceType>(['document', 'expert']),
    reason: 'this verb needs a document as subject, not a',
  },
  // (and an outlet or its inquiry: "A Talbury Herald investigation found …", "Reuters found that …")
  finder: {
    types: new Set<SourceType>([
      'document',
      'expert',
      'justice',
      'security',
      'government',
      'organization',
      ...OUTLET_TYPES,
    ]),
    reason: 'a finding counts from a study, an expert or a body, not a',
  },
  court: { types: new Set<SourceType>(['justice']), reason: 'this verb needs a court as subject, not a' },
  outlet: {
    types: OUTLET_TYPES,
    reason: 'without what was said this verb needs an outlet as subject, not a',
  },
};
/** Marks that end the clause of a passive before its agent could stand. */
const CLAUSE_ENDS = new Set([',', ';', '.', ':', '–', '—']);
/** How far after the cue the agent of a passive may stand. */
const AGENT_REACH = 10;

/** The agent word of a passive ("von", "by"): inside the verb group or after it in the same clause. */
function agentAfter(tokens: readonly Token[], anchor: number, cueEnd: number, g: Grammar): number {
  for (let k = anchor + 1; k < tokens.length && k <= cueEnd + AGENT_REACH; k++) {
    const t = tokens[k]!;
    if (t.quoted) continue;
    // (the clause ends at a comma, a semicolon, a dash or a colon: "werden auf … geschätzt – laut X durch …";
    // the verb's part at a second verb group: "has been informed | and is being supported by officers")
    if (k > cueEnd && (CLAUSE_ENDS.has(t.text) || g.joinsVerbGroup?.(tokens, k))) return -1;
    if (g.agentWords.has(t.lower)) return k;
  }
  return -1;
}

/**
 * Whether a passive of saying stands in a clause of time, which dates the act and passes on nobody's words
 * ("speaking before the decision was announced", "bevor die Entscheidung verkündet wurde"): its subject
 * right after the conjunction, its verb group right after the subject ending the clause or before a
 * preposition (not a preposition's phrase before a main clause's verb: "Während der Sitzung wird heftig
 * gestritten und …").
 */
function inClauseOfTime(art: Article, s: SentenceState, v: VerbHit): boolean {
  const { grammar: g, lex } = art;
  const { text, tokens } = s;
  const end = Math.max(v.anchor, v.cueEnd);
  const after = tokens[end + 1];
  if (after?.word && !lex.prepositions.has(after.lower)) return false;
  return tokens.some((t, k) => {
    if (k >= v.anchor || t.quoted || !lex.timeConjunctions.has(t.lower)) return false;
    const subject = g.phraseAt(text, tokens, k + 1, lex);
    return !!subject && subject.to >= end - 2 && subject.to <= v.anchor;
  });
}

/**
 * The phrase a verb that quotes someone takes as its object: right after its subject where that follows the
 * verb ("zitiert die Zeitung | einen Insider"), else right after the verb ("quoted | an aide"), when it names a
 * source; else null.
 */
function quotedObject(art: Article, s: SentenceState, v: VerbHit, subj: Phrase): Phrase | null {
  const { grammar: g, lex } = art;
  const at = subj.from > v.anchor ? subj.to : v.cueEnd + 1;
  const p = g.phraseAt(s.text, s.tokens, at, lex);
  if (!p || p.pronoun || p.from !== at) return null;
  const c = art.classify(p.text);
  // (a source by its type or its name, or one the lexicon calls anonymous: "einen Insider", "an aide")
  return c.type !== 'other' || !c.guessed || art.namesVague(s.tokens, p) ? p : null;
}

/**
 * The words of a subject that is reports nobody owns (the lexicon's `unownedReports`), read with the words
 * before it the grammar left out ("Unconfirmed | reports"; not "Zimbabwean intelligence | reports"); else null.
 */
function unownedReports(art: Article, s: SentenceState, subj: Phrase): string | null {
  const { lex } = art;
  const { text, tokens } = s;
  let from = subj.from;
  while (
    from > 0 &&
    tokens[from - 1]!.word &&
    !tokens[from - 1]!.quoted &&
    !lex.functionWords.has(tokens[from - 1]!.lower)
  )
    from--;
  const reports = spanText(text, tokens, from, subj.to);
  return lex.unownedReports?.test(reports) ? reports : null;
}

/**
 * A subject after its verb read as one unknown name of capitalised words whose first word is the surname of a
 * person the text named ("räumte Berger Fehler ein", "sagte Kahl Journalisten" after "Anna Berger", "Tom
 * Kahl"): that surname, the rest being the verb's object (German capitalises its nouns); else the phrase as it
 * is. (Not a double surname: "Ana Ruiz Talo" … "sagt Ruiz Talo", of whom "Talo" is the surname.)
 */
function knownNameOf(art: Article, s: SentenceState, p: Phrase, v: VerbHit): Phrase {
  const { tokens } = s;
  if (p.pronoun || p.to - p.from < 2 || p.from <= v.anchor || art.memory.knows(p.text)) return p;
  if (!tokens.slice(p.from, p.to).every((t) => t.word && t.cap && !t.quoted)) return p;
  const head = tokens[p.from]!;
  // (or a name the text knows alone, that no given name is: "Kahl kritisierte … Deshalb lehnt Kahl Berger ab")
  const known = art.isSurname(head.text) || (art.memory.knows(head.text) && !art.lex.givenNames.has(head.lower));
  return known ? { ...p, to: p.from + 1, text: head.text } : p;
}

/** A list of subjects set off by commas before the last two has at most this many more members. */
const MAX_LIST_MEMBERS = 5;

/**
 * The members of a list of subjects before `first`, set off by commas, when the list opens the sentence
 * ("Tom Kahl, | Max Berger und Lea Roth sagten"): its members before the two the conjunction joins; none
 * where a phrase before a comma is no member (a pronoun, no phrase, or one that does not open the sentence).
 */
function listBefore(art: Article, s: SentenceState, first: Phrase): Phrase[] {
  const { grammar: g, lex } = art;
  const { text, tokens } = s;
  const out: Phrase[] = [];
  let comma = first.from - 1;
  while (tokens[comma]?.text === ',' && out.length < MAX_LIST_MEMBERS) {
    const p = g.phraseEndingAt(text, tokens, 0, comma, lex);
    if (!p || p.pronoun) return [];
    out.unshift(p);
    comma = p.from - 1;
  }
  return out.length && out[0]!.from === 0 ? out : [];
}

export function speechVerbs(art: Article, s: SentenceState): void {
  const { grammar: g, lex } = art;
  const { text, tokens } = s;
  const kind = s.hasQuote ? 'quote' : 'reported';
  // (a question the text asks reports nothing: "Was sagen die Anwohner?")
  if (s.asks) return;
  const verbs = g.speechVerbs(tokens, lex);
  /** The rows of verbs whose subject was a pronoun, by the verb's token and the pronoun. */
  const byPronoun: Array<{ row: Found; anchor: number; pronoun: string; plural: boolean }> = [];
  for (const v of verbs) {
    const cueId = 'verb:' + v.lemma;
    // "Tom Kahl, a firefighter who responded said: …": a verb of saying right before another that has a
    // subject has nothing said of its own (the second one has; not a noun read as a verb: "posts mention details")
    const next = v.passive ? undefined : verbs.find((w) => w !== v && !w.passive && w.anchor === v.cueEnd + 1);
    if (next && g.subjectAt(text, tokens, next, lex)) {
      s.reject(cueId, v.cue, null, 'another verb of saying follows at once: what was said is its');
      continue;
    }
    // ("declined to comment, citing legal reasons": a participle that gives the reason for a refusal states nothing)
    if (lex.refusal?.test(text.slice(0, tokens[v.anchor]!.end))) {
      s.reject(cueId, v.cue, null, 'the reason for a refusal to comment');
      continue;
    }
    let subj: Phrase | null;
    if (v.passive) {
      // "X was quoted as saying … by Interfax", "X wurde von der Zeitung zitiert": X is the speaker
      let quoted = false;
      if (lex.passiveSpeakers.has(v.lemma)) {
        const speakerOfQuote = g.subjectAt(text, tokens, v, lex);
        if (speakerOfQuote) {
          const d = art.describe(speakerOfQuote);
          s.speaker ??= d;
          s.add({ kind, cue: v.cue, cueId, ...d });
          quoted = true;
        }
      }
      // passive: the agent follows "von"/"durch"/"by"; without one the speech act is reportative
      const agentAt = agentAfter(tokens, v.anchor, v.cueEnd, g);
      subj = agentAt >= 0 ? g.phraseAt(text, tokens, agentAt + 1, lex) : null;
      // (the agent ends before the preposition the verb takes after its object: "was criticised by the union | for …")
      const prep = subj ? g.objectPreposition?.(v.lemma) : undefined;
      if (subj && prep) {
        const { from, to } = subj;
        const cut = tokens.findIndex((t, k) => k > from && k < to && t.lower === prep);
        if (cut > 0) subj = { ...subj, to: cut, text: spanText(text, tokens, from, cut) };
      }
      // (the agent of one quoted is the channel, as the subject of the active is: "was quoted by Interfax as
      // saying", "wurde von der Zeitung zitiert")
      if (quoted && subj) {
        s.add({ kind: 'according_to', cue: v.cue, cueId, ...art.describe(subj) });
        continue;
      }
      if (!subj) {
        // ("wurde am Montag gewürdigt": honoured, nobody's words; "Kahl wurde zitiert, …": Kahl's words)
        // (nor one inside what a source the sentence names said: "Ein Sprecher bestätigte, dass ermittelt
        // wird", "The police said the case was being investigated": the source's words, no second hand)
        const insideSaid = s.here.some(
          (h) => h.kind !== 'reportative' && !!h.source && verbs.some((w) => w.cue === h.cue && w.anchor < v.anchor),
        );
        if (!s.hasQuote && !quoted && !insideSaid && !inClauseOfTime(art, s, v) && !lex.activeOnly.has(v.lemma))
          s.add({
            kind: 'reportative',
            // (a cue that holds its auxiliary already: "was announced")
            cue: v.cue.startsWith(tokens[v.anchor]!.text) ? v.cue : `${tokens[v.anchor]!.text} … ${v.cue}`,
            cueId: 'reportative:' + lex.passiveCue,
            ...NO_SOURCE,
          });
        continue;
      }
    } else {
      subj = g.subjectAt(text, tokens, v, lex);
    }
    if (!subj) {
      s.reject(cueId, v.cue, null, 'no subject');
      continue;
    }
    // ("Im Interview räumte Berger Fehler ein" after "Anna Berger": the name the text knows, not its object)
    subj = knownNameOf(art, s, subj, v);
    // "Reports suggest …", "Berichte besagen …": reports nobody owns name no source; the content is second hand
    const reports = lex.unownedReports && !subj.pronoun ? unownedReports(art, s, subj) : null;
    if (reports) {
      s.unownedSaying ??= `${reports} ${v.cue}`;
      s.reject(cueId, v.cue, subj.text, 'reports nobody owns: reportative, no source');
      continue;
    }
    if ((v.needs === 'agent' || lex.agentOnly.has(v.lemma)) && !subj.pronoun) {
      const c = art.classify(subj.text);
      // (a role is a person's, whose body the text may tell later: "eine NDB-Sprecherin")
      if (c.type === 'other' && c.guessed && !c.role) {
        s.reject(cueId, v.cue, subj.text, 'this verb needs a speaker as subject, not a thing');
        continue;
      }
    }
    const and = g.conjunct?.(text, tokens, subj, lex) ?? null;
    if (and?.join) subj = { ...subj, to: and.phrase.to, text: spanText(text, tokens, subj.from, and.phrase.to) };
    // ("Sie fordern", "Die Forscher sagten": a plural verb's subject is no one person)
    const verb = tokens[v.anchor]!;
    if (subj.pronoun ? g.pluralPronoun?.(subj.text, verb) : g.pluralVerb?.(verb)) subj = { ...subj, plural: true };
    // "Kurden fordern …": one capitalised word nothing types, alone before a plural verb (no second
    // subject beside it), is a group of people named by what they are, not a person's name
    // (and so is a noun of people of a gender, alone: "Verbraucherschützer raten", "Bürgermeister fordern" are some
    // of them, not one office or body; and a noun of bodies of a kind: "Energieversorger warnten", "Unternehmen
    // klagen" are some of many)
    const group =
      !!subj.plural &&
      !and &&
      subj.to - subj.from === 1 &&
      (groupByName(art, subj.text) || groupByRole(art, subj.text) || groupByKind(art, subj.text));
    let d = art.describe(subj);
    if (group && !d.resolved) d = { ...d, named: false };
    // "The owner, who asked not to be named, said": a source who asks to stay unnamed is not named
    if (d.named && !subj.pronoun && lex.asksAnonymity?.test(text.slice(tokens[subj.to - 1]!.end)))
      d = { ...d, named: false };
    // a verb that counts only from some kinds of subject: a finding from a study, a forecast from a body,
    // a hearing before a court, a bare report from an outlet
    const needed = v.needs ? SUBJECTS_NEEDED[v.needs] : undefined;
    // (a post is a text too, when it shows what somebody thinks, not a picture: "Her posts showed how angry
    // she had become"; not "The post shows a man in a car")
    const post = v.needs === 'document' && d.type === 'social_media' && g.opensContent?.(tokens, v.cueEnd + 1);
    // (an outlet's item is a text too: "A BBC investigation shows …", not the outlet or its programme, "the
    // documentary shows", "the Talbury TV breakfast show")
    const item =
      v.needs === 'document' &&
      OUTLET_TYPES.has(d.type) &&
      tokens.slice(subj.from, subj.to).some((t) => !t.quoted && lex.nounMap.get(t.lower) === 'document');
    if (needed && !needed.types.has(d.type) && !post && !item) {
      s.reject(cueId, v.cue, d.source, `${needed.reason} ${d.type}`);
      continue;
    }
    // "X said …, adding that …": a participle clause goes on with what the speaker's own verb of saying
    // in the sentence already gave (one statement, not two)
    if (
      lex.gerunds.has(tokens[v.anchor]!.lower) &&
      s.here.some(
        (h) => h.cueId.startsWith('verb:') && (h.source === d.source || (!!d.resolved && h.resolved === d.resolved)),
      )
    ) {
      s.reject(cueId, v.cue, d.source, 'a participle clause of a speaker whose verb of saying the sentence has');
      continue;
    }
    // "„…“, zitiert die Zeitung einen Insider", "The paper quoted an aide as saying …": the one quoted, named
    // right after the subject or the verb, is the speaker; the subject is the channel
    const quoted = !v.passive && lex.objectSpeakers.has(v.lemma) ? quotedObject(art, s, v, subj) : null;
    if (quoted) {
      const q = art.describe(quoted);
      s.speaker ??= q;
      s.add({ kind, cue: v.cue, cueId, ...q });
      s.add({ kind: 'according_to', cue: v.cue, cueId, ...d });
      continue;
    }
    s.speaker ??= d;
    // "Er erwarte eine Einigung, sagte Kahl": what a tail's speaker said holds a verb whose subject is a pronoun
    // that may mean that speaker: one statement, the tail's
    // (not a speaker set in between, before the earlier verb's content: "Er glaubt, sagte Kahl, dass …")
    if (subj.from > v.anchor && tokens[v.anchor - 1]?.text === ',' && !g.opensContent?.(tokens, subj.to))
      for (const b of byPronoun)
        if (b.anchor < v.anchor && sameSpeaker(art, b, subj)) s.withdraw(b.row, 'inside what the later speaker said');
    // "Polizei und Staatsanwaltschaft teilten mit": each says it
    // ("Tom Kahl, Max Berger und Lea Roth sagten": each of a longer list too, in its order)
    const before = and && !and.join ? listBefore(art, s, subj).map((p) => art.describe(p)) : [];
    for (const b of before) s.add({ kind, cue: v.cue, cueId, ...b });
    s.add({ kind, cue: v.cue, cueId, ...d });
    if (subj.pronoun && subj.from < v.anchor && !and)
      byPronoun.push({ row: s.last(), anchor: v.anchor, pronoun: subj.text.toLowerCase(), plural: !!subj.plural });
    if (and && !and.join) s.add({ kind, cue: v.cue, cueId, ...art.describe(and.phrase) });
    // "Mehrere Minister, darunter Tom Kahl, kritisierten …": a person named in an insertion speaks too, one the
    // text types no further as one of the group
    if (subj.to < v.anchor && !subj.pronoun)
      for (const m of g.namedMembers?.(text, tokens, subj, v.anchor, lex) ?? []) {
        const member = art.describe(m);
        const asGroup = (member.type === 'person' || member.type === 'other') && d.type !== 'other';
        s.add({ kind, cue: v.cue, cueId, ...member, ...(asGroup ? { type: d.type } : {}) });
      }
    // "Die Anklage forderte vier Jahre, die Verteidigung einen Freispruch": the clause that leaves the verb out
    // has a speaker of its own (one the lexicon types)
    const gapped = g.gappedSubject?.(text, tokens, v, lex);
    const second = gapped ? art.describe(gapped) : null;
    if (second && second.type !== 'other') s.add({ kind, cue: v.cue, cueId, ...second });
    const to = g.addressee?.(text, tokens, v, lex);
    if (to) s.add({ kind: 'according_to', cue: `${v.cue} ${to.text}`, cueId, ...art.describe(to, false) });
  }
}

/**
 * Step: "„Wir geben nicht nach.“ Das erklärte der Gewerkschaftschef." A sentence that opens with a
 * word pointing back gives its speaker to the quotation in the sentence before.
 */
export function pointsBack(art: Article, s: SentenceState): void {
  const { lex } = art;
  const speaker = s.speaker;
  const prev = art.sentences[s.index - 1];
  // (the sentence before in the same paragraph, or a paragraph before that is a quotation and nothing else:
  // "„Wir sind bereit.“ ¶ Das sagte Tom Kahl am Montag.")
  const quoteParagraph =
    !!prev &&
    prev.s.block === s.info.s.block - 1 &&
    art.sentences[s.index - 2]?.s.block !== prev.s.block &&
    prev.tokens.every((t) => t.quoted || !t.word);
  if (
    !speaker ||
    s.hasQuote ||
    !prev ||
    (prev.s.block !== s.info.s.block && !quoteParagraph) ||
    !lex.pointsBack.has(s.tokens[0]?.lower ?? '')
  )
    return;
  if (prev.quotedWords === 0 || !opensWithQuote(prev.tokens)) return;
  const target = art.quoteBefore(s.index);
  if (target) art.giveQuoteBefore(s, target, speaker);
}

/**
 * Whether a pronoun that was a verb's subject may mean the subject of a later verb: the same pronoun, or one of
 * the same number whose gender the later subject does not exclude ("er" … "sagte Kahl"; not "sie" … "sagte
 * Kahl" when the text calls Kahl a man, nor a plural's "sie" … "sagte Kahl").
 */
function sameSpeaker(art: Article, inner: { pronoun: string; plural: boolean }, subj: Phrase): boolean {
  if (subj.pronoun) return inner.pronoun === subj.text.toLowerCase() && inner.plural === !!subj.plural;
  if (inner.plural !== !!subj.plural) return false;
  const excluded = art.grammar.pronounExcludes?.(inner.pronoun);
  const gender = art.classify(subj.text).gender;
  return !excluded || !gender || gender !== excluded;
}

/** One capitalised word that nothing types and no person of the text is called by: read as a name by its capital alone. */
function groupByName(art: Article, word: string): boolean {
  const c = art.classify(word);
  return !!c.guessed && c.name === word && !art.memory.knows(word);
}

/**
 * Whether a lone word is a noun of bodies of a kind that may be many, firms, clubs or outlets, no name
 * ("Energieversorger", "Unternehmen"; not an office of government or the police, one of its place).
 */
function groupByKind(art: Article, word: string): boolean {
  const c = art.classify(word);
  return !c.name && !!c.role && !c.gender && MANY_OF_A_KIND.has(c.type);
}
/** Types of bodies of which there are many of a kind. */
const MANY_OF_A_KIND = new Set<SourceType>(['company', 'organization', 'media']);

/** Whether a lone word is a noun of people of one gender, no name ("Verbraucherschützer", "Bürgermeister", "Manager"). */
function groupByRole(art: Article, word: string): boolean {
  const c = art.classify(word);
  return !c.name && !!c.role && !!c.gender;
}
