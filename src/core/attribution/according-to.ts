/**
 * Step: prepositional and adverbial attributions ("laut X", "X zufolge", "nach Angaben von X",
 * "according to X"). What each cue needs is data on its lexicon entry (see according.json): where the
 * mention stands, which words must close it, which types it accepts, and the special readings
 * (possessive, own, compound, findings, in the cue, tail).
 */
import { anyIn, wordMatches, type Lexicon } from '../lexicon/index.js';
import { spanText, type Phrase } from '../phrase.js';
import { firstTokenFrom, tokenStartingAt, type Token } from '../tokens.js';
import { NO_SOURCE } from './no-source.js';
import { isQuoteMark } from '../quotes.js';
import type { Article, SentenceState } from './context.js';
import type { SourceType } from '../vocabulary.js';

/** A mention after the cue may stand this many tokens before the cue at most ("Einem Bericht der „Zeitung“ zufolge"). */
const MENTION_BEFORE_REACH = 16;

/**
 * A personal pronoun in the object case at token `i` that stands for a source ("according to her, …",
 * "laut ihm", "Ihm zufolge"); not a possessive before its noun ("according to her lawyer", "laut ihr Sprecher").
 */
function objectPronounAt(art: Article, tokens: readonly Token[], i: number): Phrase | null {
  const { lex, grammar: g } = art;
  const t = tokens[i];
  if (!t || t.quoted || !lex.objectPronouns.has(t.lower)) return null;
  const next = tokens[i + 1];
  const beforeNoun =
    !!next?.word &&
    !next.quoted &&
    (g.opensMention ? g.opensMention(next) : !lex.functionWords.has(next.lower) && !lex.determiners.has(next.lower));
  if (lex.possessives.has(t.lower) && beforeNoun) return null;
  // (one of no gender and no kind is a plural: "according to them", "ihnen zufolge")
  const plural = !g.pronounExcludes?.(t.text) && g.pronounKind(t.text) === 'any';
  return { from: i, to: i + 1, text: t.text, pronoun: true, ...(plural ? { plural: true } : {}) };
}
/** What may follow a tail's mention: the sentence's end or a comma ("…, so Lang, schade …"). */
const ENDS_MENTION = /^[.,;–—-]$/;
/** How many prepositional phrases may follow a tail's mention before the sentence or its clause ends. */
const MAX_TAIL_PHRASES = 2;

/**
 * Whether the sentence or its clause ends at token `i` after a tail's mention, past focus words and a
 * prepositional phrase or two ("weiter", "am Montag", "gegenüber der Zeitung").
 */
function endsTail(art: Article, text: string, tokens: readonly Token[], i: number): boolean {
  const { grammar: g, lex } = art;
  for (let n = 0; n <= MAX_TAIL_PHRASES; n++) {
    while (tokens[i] && lex.focusWords.has(tokens[i]!.lower)) i++;
    const t = tokens[i];
    if (!t || ENDS_MENTION.test(t.text)) return true;
    if (n === MAX_TAIL_PHRASES || !lex.prepositions.has(t.lower)) return false;
    const pp = g.phraseAt(text, tokens, i + 1, lex);
    if (!pp) return false;
    i = pp.to;
  }
  return false;
}

/** A leading comma of a cue (", so"), not part of the cue shown. */
const LEADING_COMMA = /^,\s*/;

/** Whether `re` (sticky) matches exactly the text from `start` to `end`. */
function isWhole(re: RegExp, text: string, start: number, end: number): boolean {
  re.lastIndex = start;
  const m = re.exec(text);
  return !!m && m.index === start && start + m[0].length === end;
}

/** The phrase right before token `at` if a subject may stand there: no object of a preposition, no dative or accusative. */
function subjectRightBefore(art: Article, text: string, tokens: readonly Token[], at: number): Phrase | null {
  const { grammar: g, lex } = art;
  const p = at > 1 ? g.phraseEndingAt(text, tokens, g.clauseStartBefore(tokens, at), at, lex) : null;
  return p && !lex.prepositions.has(tokens[p.from - 1]?.lower ?? '') && !g.isOblique?.(tokens, p) ? p : null;
}

/**
 * The subject of the clause a cue with "own" stands in: the phrase that opens the sentence and ends before
 * the cue, or the one that opens the clause after it, past its comma; else null.
 */
function ownSubject(art: Article, text: string, tokens: readonly Token[], at: number, cueEnd: number): Phrase | null {
  const { grammar: g, lex } = art;
  const first = at > 0 ? g.phraseAt(text, tokens, 0, lex) : null;
  if (first && first.to <= at) return first;
  if (at > 0) return null;
  const next = art.firstWordAt(tokens, firstTokenFrom(tokens, cueEnd));
  return next < tokens.length ? g.phraseAt(text, tokens, next, lex) : null;
}

/** The most words of the complement a document's mention may take before its closing words. */
const MAX_COMPLEMENT_GAP = 10;

/**
 * Whether what stands between a mention and its closing words lets them close it: nothing, or the
 * mention's own complement, a prepositional phrase within the clause ("aus einer Mitteilung | an die
 * Belegschaft | hervor", "aus der Antwort des Ministeriums | auf eine Anfrage | hervor").
 */
function isComplementGap(gap: string, lex: Lexicon): boolean {
  const words = gap.trim().split(/\s+/);
  if (!words[0]) return true;
  return lex.prepositions.has(words[0]) && words.length <= MAX_COMPLEMENT_GAP && !/[,.;:!?„“"«»]/.test(gap);
}

/** A quoted title after a cue has at most this many words ("laut „Talberger Bote“"). */
const MAX_TITLE_WORDS = 5;

/**
 * A quoted title that starts at token `i`, a few capitalised words between quotation marks ("laut
 * „Talberger Bote“", "according to “Talbury Today”"): the title of a paper or a programme; else null.
 */
function quotedTitleAt(text: string, tokens: readonly Token[], i: number): Phrase | null {
  if (!isQuoteMark(tokens[i]?.text) || !tokens[i + 1]?.quoted || !tokens[i + 1]!.cap) return null;
  let k = i + 1;
  while (tokens[k]?.quoted && tokens[k]!.word && k - i <= MAX_TITLE_WORDS) k++;
  return isQuoteMark(tokens[k]?.text) && k - i <= MAX_TITLE_WORDS
    ? { from: i, to: k + 1, text: spanText(text, tokens, i, k + 1), pronoun: false }
    : null;
}

/** A clause closes with at most this many verbs after its objects ("vorgelegt worden ist"). */
const MAX_CLOSING_VERBS = 3;

/** A word that may close a clause after its objects: a word in lower case outside quotation marks ("vor", "vorgelegt"). */
const isClosingVerb = (t: Token | undefined) => !!t && t.word && !t.cap && !t.quoted && !/^\d/.test(t.text);

/** Who finds things out: the types whose findings a sentence may cite without naming them. */
const INVESTIGATORS: ReadonlySet<SourceType> = new Set(['security', 'justice']);

export function accordingTo(art: Article, s: SentenceState): void {
  const { grammar: g, lex } = art;
  const { text, tokens } = s;
  const lower = s.lower;
  if (!anyIn(lex.anyAccording, text, lower)) return;
  for (const a of lex.according) {
    if (a.quoteTail && s.hasQuote) continue;
    if (a.afterAnywhere && !anyIn(a.afterAnywhere, text, lower)) continue;
    const cueId = 'according:' + a.id;
    /** Where the closing words of this cue's earlier matches stand. */
    const closedBy = new Set<number>();
    // an "after"-only cue ("X zufolge") is found by its closing words
    for (const m of wordMatches(text, lower, a.quick, a.before ?? a.afterSticky!)) {
      const at = tokenStartingAt(tokens, m.index);
      if (at < 0 || tokens[at]!.quoted) continue;
      // ("declined to comment, citing an ongoing investigation": the reason for a refusal, no source)
      if (lex.refusal?.test(text.slice(0, m.index + m[0].length))) {
        s.reject(cueId, m[0], null, 'the reason for a refusal to comment');
        continue;
      }
      let p: Phrase | null;
      let closing = '';
      /** The source is findings nobody owns ("nach bisherigen Ermittlungen"). */
      let unowned = false;
      /** The source is a country's side, by its adjective ("nach ukrainischen Angaben"). */
      let side = false;
      /** The cue as shown: the match, less words that would have opened a mention the cue does not take. */
      let cueText = m[0];
      if (a.before) {
        const after = firstTokenFrom(tokens, m.index + m[0].length);
        if (after >= tokens.length) continue;
        // "nach eigenen Angaben": the source is the sentence's subject, never what follows the cue
        const own = !!a.own?.test(m[0]);
        // "nach US-Angaben", "nach Polizeiangaben": the compound's first part is the source, also
        // where the cue reads on into a word that would open a mention ("nach TGX-Angaben von Pendlern genutzt")
        const bare = a.mentionAfter ? m[0].replace(a.mentionAfter, '').trimEnd() : m[0];
        const compound = a.compound?.exec(bare);
        // ("nach ukrainischen Angaben": a country's adjective; "nach politischen Angaben" names no side)
        if (compound && a.people && !g.isPeopleAdjective?.(compound[1]!, lex)) continue;
        side = !!compound && !!a.people;
        if (compound) cueText = bare;
        // "in the latest polls": the cue holds its source
        const inCue = a.inCue?.exec(m[0]);
        // (read on past the cue when the mention does: "bei einer Befragung | des Verkehrsverbunds")
        const inCuePhrase =
          inCue && (g.opensMention?.(tokens[after]!) ?? false)
            ? g.phraseAt(text, tokens, firstTokenFrom(tokens, m.index + m[0].length - inCue[1]!.length), lex)
            : null;
        p = inCue
          ? inCuePhrase && inCuePhrase.to > after
            ? inCuePhrase
            : { from: at, to: at + 1, text: inCue[1]!, pronoun: false }
          : own || compound
            ? null
            : (objectPronounAt(art, tokens, after) ??
              g.phraseAt(text, tokens, after, lex) ??
              quotedTitleAt(text, tokens, after));
        // "nach Angaben der Polizei", "nach Angaben Kiews", "nach Angaben russischer Behörden" name the source
        // after the cue; "nach bisherigen Erkenntnissen roten Lack" does not
        if (a.mentionAfter && p && !a.mentionAfter.test(m[0]) && !(g.opensMention?.(tokens[after]!) ?? true)) p = null;
        if (a.after && p) {
          // the closing words must follow the mention directly: "wie aus X hervorgeht", "für X ist klar"
          a.after.lastIndex = 0;
          const rest = text.slice(tokens[p.to - 1]!.end);
          const am = a.after.exec(rest);
          const last = p.to - 1;
          if (am && isComplementGap(rest.slice(0, am.index), lex)) {
            // (the closing words close one mention: "Aus Regierungskreisen in der Hauptstadt hieß es" has its
            // source in the first, the complement no second)
            const closedAt = tokens[p.to - 1]!.end + am.index;
            if (closedBy.has(closedAt)) continue;
            closedBy.add(closedAt);
            closing = am[0];
          } else if (last > p.from && isWhole(a.afterSticky!, text, tokens[last]!.start, tokens[last]!.end)) {
            // the phrase read the closing word as its head ("nach Bergers Angaben"): the mention is what stands before it
            closing = tokens[last]!.text;
            p = { from: p.from, to: last, text: spanText(text, tokens, p.from, last), pronoun: false };
          } else p = null;
        }
        // "…, so X." at the end, or set off by commas: "Mit Verboten, so Kahl, löse man nichts …"
        // (past words that set off nothing: "so der Sprecher weiter", "so Kahl am Montag", "so Kahl gegenüber der Zeitung")
        if (a.quoteTail && p && !p.role && !endsTail(art, text, tokens, p.to)) p = null;
        // "Seiner Meinung nach": the possessive is the source, pointing back like a pronoun
        // "nach ihren Angaben": the same, inside the cue
        if (a.self) {
          const mine = tokens.findIndex(
            (t, k) => k >= at && t.start < m.index + m[0].length && lex.possessives.has(t.lower),
          );
          p = mine >= 0 ? { from: mine, to: mine + 1, text: tokens[mine]!.text, pronoun: true } : null;
          // "By its own account, the company …", "The club, by its own admission, …": "own" binds the
          // possessive to its clause's subject, before the cue or right after it
          if (p && own) p = ownSubject(art, text, tokens, at, m.index + m[0].length) ?? p;
        }
        // "nach eigenen Angaben": the speaker is the sentence's subject
        // "Nach eigenen Angaben hat er …": the subject follows the finite verb
        // "Im vergangenen Jahr machte der Konzern nach eigenen Angaben …": the subject, inverted, right before the cue
        // (not the cue itself when it opens the sentence: "Eigenen Angaben nach hat er …")
        const first = own && !p && at > 0 ? g.phraseAt(text, tokens, 0, lex) : null;
        if (!p && own) p = (first && first.to <= at ? first : null) ?? subjectRightBefore(art, text, tokens, at);
        if (!p && own) p = g.phraseAt(text, tokens, after + 1, lex);
        // (a closed compound's part is written in capitals as a word of its own, "Polizei" of "Polizeiangaben";
        // one before a hyphen as it stands, "dpa" of "dpa-Informationen")
        // (an adjective stays as it stands: "ukrainischen")
        const hyphened = !!compound && (bare.includes(compound[1]! + '-') || !!a.people);
        if (!p && compound)
          p = {
            from: at,
            to: at + 1,
            text: hyphened ? compound[1]! : compound[1]!.replace(/^\p{Ll}/u, (c) => c.toUpperCase()),
            pronoun: false,
          };
        if (!p && a.unsourced) {
          // "nach bisherigen Ermittlungen": findings are a source of their own; "nach damaligen Aussagen" names none
          const finding = a.findings?.exec(m[0]);
          if (finding) {
            p = { from: at, to: at + 1, text: finding[1]!, pronoun: false };
            unowned = true;
          } else if (a.unsourcedNot?.test(`${m[0]} ${tokens[after]!.text}`)) {
            // "Nach der Aussage vor Gericht brach sie zusammen", "Nach Berichten über …": an event, a topic
            s.reject(cueId, m[0], null, 'a cue without a source that names an event or a topic');
            continue;
          } else {
            // (second-hand only where the sentence names no source: "…, wie das Amt nach einer ersten
            // Schätzung mitteilte" is the office's estimate)
            if (s.here.some((h) => h.source !== null || h.resolved !== null))
              s.reject(cueId, m[0], null, 'the sentence names a source');
            else s.add({ kind: 'reportative', cue: m[0], cueId, ...NO_SOURCE });
            continue;
          }
        }
      } else {
        // "Dem Sender liegt das Papier vor": the word that must close the cue's clause
        if (a.closedBy) {
          const cm = a.closedBy.exec(text.slice(m.index + m[0].length));
          if (!cm) continue;
          closing = cm[0].trim().split(/\s+/).pop()!;
        }
        // (from a little before the cue, not the clause start: a quoted title may stand inside the mention,
        // "Einem Bericht der „Süddeutschen Zeitung“ zufolge")
        const clauseStart = g.clauseStartBefore(tokens, at);
        // ("Ihm zufolge": a pronoun in the object case before the cue)
        const from = Math.min(clauseStart, Math.max(0, at - MENTION_BEFORE_REACH));
        p = objectPronounAt(art, tokens, at - 1) ?? g.phraseEndingAt(text, tokens, from, at, lex);
        // ("legte ein Gutachten vor, wonach …": a relative clause set after the verbs that close its
        // antecedent's clause)
        if (!p && a.extraposed) {
          let end = at;
          while (at - end < MAX_CLOSING_VERBS && end > from && isClosingVerb(tokens[end - 1])) end--;
          if (end < at) p = g.phraseEndingAt(text, tokens, from, end, lex);
        }
        // ("Dem Sender liegt das Papier vor": the mention opens its clause, no preposition's object: "Laut X lag … vor")
        if (a.closedBy && p && p.from !== clauseStart) continue;
      }
      // "Seinen Angaben zufolge": the possessive before a noun of saying is the source, pointing back like a
      // pronoun (as inside the cue: "nach seinen Angaben")
      if (p && !p.pronoun) p = g.possessiveOwner?.(tokens, p, lex) ?? p;
      if (!p) {
        s.reject(cueId, m[0], null, 'no mention where the cue needs one');
        continue;
      }
      // "per person", "per center": a bare singular noun after the cue counts out, it names no source
      if (a.determined && !p.pronoun && !isDetermined(p, tokens, lex)) {
        s.reject(cueId, m[0], p.text, 'a bare noun after this cue counts out, it names no source');
        continue;
      }
      // "laut Recherchen des „Talberger Boten“", "so die Erinnerung einer Kellnerin": the owner of what was said is the source
      const owner = p.pronoun ? null : (g.owner?.(text, tokens, p) ?? null);
      const owned = owner ? spanText(text, tokens, p.from, owner.from) : '';
      if (owner) p = owner;
      let d = art.describe(p, true, !owner);
      // (findings nobody owns are the investigators', the police or the prosecutors the text named last: "nach
      // ersten Erkenntnissen" after "Die Polizei teilte mit", unnamed)
      if (unowned && d.type === 'other') d = { ...d, type: art.memory.latestOfTypes(INVESTIGATORS) ?? d.type };
      // (one the lexicon knows as a vague source is one of any type: "citing sources", "unter Berufung auf Insider")
      const vague = d.type === 'other' && art.namesVague(tokens, p);
      // ("heißt es im aktuellen Wochenbericht": after a preposition fused with the definite article, a mention is
      // as identified as with the article: "dem aktuellen Wochenbericht"; not "im Umfeld des Vorstands")
      const fused = p.pronoun ? null : g.fusedArticle?.(tokens[p.from - 1]?.lower ?? '');
      if (fused && !d.named && !vague) d = { ...d, named: art.classify(`${fused} ${p.text}`).named };
      // (a mention nothing types is what the cue says it is: "wie aus einer Vorlage hervorgeht", a document)
      // ("nach kicker-Informationen": what the compound's name is, the cue's noun tells where nothing types it,
      // a medium's own information; a name before the hyphen is one named)
      if (
        a.guess &&
        // (a capitalised name nothing types reads as a person's; before "-Informationen" it is none)
        (d.type === 'other' || (!!a.guessIn && d.type === 'person')) &&
        !vague &&
        art.classify(p.text).guessed &&
        (!a.guessIn || a.guessIn.test(cueText))
      )
        d = { ...d, type: a.guess, ...(a.guessIn && cueText.includes('-') ? { named: true } : {}) };
      // (a country's side, by its adjective, is of the type the cue gives and named, as "nach US-Angaben" is)
      if (side) d = { ...d, type: a.people!, named: true };
      if (a.types && !a.types.includes(d.type) && !vague) {
        s.reject(cueId, m[0], d.source, `a source of type ${d.type} does not go with this cue`);
        continue;
      }
      // ("Medienberichten zufolge" is reportative: the reportative step reads it)
      if (a.notMention?.test(p.text)) continue;
      const shown = cueText.replace(LEADING_COMMA, '');
      const lead = owned && a.before ? `${shown} ${owned}` : shown;
      const cue = closing ? `${lead} … ${closing}` : lead;
      // ("was first reported by X": the passive's verb has X as its agent already, one attribution)
      const said = s.here.some(
        (h) => h.kind !== 'according_to' && h.source === d.source && cue.startsWith(h.cue.split(' ').pop()! + ' '),
      );
      if (said) {
        s.reject(cueId, cue, d.source, 'the speech verb before it gives the same source');
        continue;
      }
      // ("nach Einschätzung von X": a noun of saying the cue holds, read before as said by the same source,
      // gives way to the cue)
      const noun = s.here.find(
        (h) => h.cueId === 'speech-noun' && h.source === d.source && cue.includes(h.cue.split(' ')[0]!),
      );
      if (noun) s.withdraw(noun, 'a cue of according to holds the noun');
      s.add({ kind: 'according_to', cue, cueId, ...d });
    }
  }
}

/** Whether a mention opens with a determiner, a capital or a digit, or is a bare plural ("the contract", "Reuters", "sources"). */
function isDetermined(p: Phrase, tokens: readonly Token[], lex: Lexicon): boolean {
  const first = tokens[p.from];
  return (
    !!first && (first.cap || /^\d/.test(first.text) || lex.determiners.has(first.lower) || /[^s]s$/.test(first.lower))
  );
}
