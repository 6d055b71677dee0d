/**
 * Attribution detection over the sentences of one article. A pipeline of named steps per sentence:
 * quotes → speech verbs → prepositional attributions → reportative markers → Konjunktiv I, with a
 * memory of named sources for surnames, pronouns and quotes that run over several sentences. The
 * pipeline is the same for every language; what differs (word order, noun phrases, classification)
 * comes from the language's grammar (grammar/de.ts, grammar/en.ts) and lexicon.
 */
import { wordMatches, type Lexicon } from './lexicon/index.js';
import type { Kind, SourceType } from './schema.js';
import type { Sentence } from './segment.js';
import { countWords, findQuotes, tokenize, type QuoteSpan, type Token } from './tokens.js';
import { spanText, type Phrase } from './np.js';
import { EntityMemory, roleKey as roleKeyOf, type Classified } from './classify.js';
import type { Grammar } from './grammar/types.js';
import { german } from './grammar/de.js';
import { english } from './grammar/en.js';

const GRAMMARS: Record<string, Grammar> = { de: german, en: english };

export interface Found {
  sentenceIndex: number;
  kind: Kind;
  cue: string;
  cueId: string;
  source: string | null;
  resolved: string | null;
  type: SourceType | null;
  named: boolean;
}

/** Nouns of findings and notices that are a source by themselves after "nach": "nach bisherigen Ermittlungen", "nach einer Mitteilung". */
const FINDINGS = /(?:Ermittlungen|Recherchen|Untersuchungen|Berechnungen|Schätzungen|Daten|Zahlen|Erkenntnissen|Mitteilung)$/i;
/** The first word of a clause after focus words ("auch", "nur"), from token `start`. */
function firstWordAt(tokens: readonly Token[], start: number, lex: Lexicon): number {
  let i = start;
  while (i < tokens.length && (!tokens[i]!.word || lex.focusWords.has(tokens[i]!.lower))) i++;
  return i;
}

/** Nouns of what somebody said or found, whose owner in the genitive is the source: "Recherchen der Zeitung". */
const SAID_NOUNS = new Set(['recherchen', 'angaben', 'informationen', 'aussagen', 'aussage', 'worten', 'darstellung', 'einschätzung', 'erkenntnissen', 'erinnerung', 'erinnerungen', 'ansicht', 'auffassung', 'meinung']);

/** The owner in a mention like "(die bittere) Erinnerung einer Kellnerin": the genitive after a noun of saying. */
function ownerIn(text: string, tokens: readonly Token[], p: Phrase): Phrase | null {
  let i = p.from;
  while (i < p.to && !tokens[i]!.cap) i++;
  if (i >= p.to - 1 || !SAID_NOUNS.has(tokens[i]!.lower)) return null;
  const g = i + 1;
  if (!/^(?:des|der|eines|einer)$/.test(tokens[g]?.lower ?? '') || g + 1 >= p.to) return null;
  return { from: g, to: p.to, text: spanText(text, tokens, g, p.to), pronoun: false };
}

/** Konjunktiv I forms that no indicative shares: far from any source they still mark reported speech. */
const UNAMBIGUOUS_KONJUNKTIV = new Set(['sei', 'seien', 'habe', 'könne', 'müsse', 'werde', 'dürfe', 'gebe', 'wolle', 'solle']);

/** Whether a sentence opens with a quotation. */
function opensWithQuote(tokens: readonly Token[]): boolean {
  const t = tokens[0];
  return !!t && (t.quoted || /^["„“”»«‚‘]$/.test(t.text));
}

/** Words that open a sentence pointing back to the one before: "Das sagte …", "Dies erklärte …". */
const POINTS_BACK = new Set(['das', 'dies', 'this', 'that']);

/** Types of an office that one person holds and the text may call them by. */
const OFFICES = new Set<SourceType>(['government', 'politician', 'security', 'justice']);
/** A definite mention of one noun: "das Institut", "the center". */
const DEFINITE_HEAD = /^(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]es|[Dd]em|[Dd]en|[Tt]he)\s+(\p{Lu}?[\p{Ll}]{3,})$/u;
/** A definite role of a few words, with no body in the genitive after it: "die ehemalige Vorsitzende", "der Anwalt". */
const DEFINITE_ROLE = /^(?:der|die|das|des|dem|den)(?:\s+[\p{L}-]+){1,3}$/iu;
/** A possessive that stands for the source: "seiner Meinung nach", "nach ihren Angaben". */
const POSSESSIVE = /^(?:sein|ihr)(?:e|er|en|em|es)?$|^(?:deren|dessen)$/;

/** Whether the word after "nach Angaben" opens the source's mention: a genitive, a name, a genitive plural adjective. */
function sourceFollows(t: Token): boolean {
  return /^(?:des|der|eines|einer|seines|seiner|ihres|ihrer)$/.test(t.lower) || (t.cap && !t.quoted) || /^["„»]/.test(t.text) || /^\p{Ll}+er$/u.test(t.text);
}
/** Verbs whose passive subject is the speaker and whose agent the channel: "was quoted … by". */
const QUOTED = new Set(['quote', 'zitieren']);
/** Types of source that findings verbs ("the report found", "data show") accept as subject. */
const DOCUMENT_LIKE = new Set<SourceType>(['document', 'expert']);
/** A quote of fewer words counts only with a speech verb or "als" before it (scare quotes, titles). */
const MIN_QUOTE_WORDS = 3;
/** A quote without any speaker in reach still counts when it is this long. */
const MIN_BARE_QUOTE_WORDS = 5;
/** A quote without a speaker of its own belongs to the last speaker this many sentences back. */
const QUOTE_SPEAKER_REACH = 2;
/** Konjunktiv I marks reported speech when an attribution stands this many sentences before. */
const KONJUNKTIV_REACH = 3;

/** The agent word of a passive ("von", "by"): inside the verb group or after it in the same clause. */
function agentAfter(tokens: readonly Token[], anchor: number, cueEnd: number, agentWords: ReadonlySet<string>): number {
  for (let k = anchor + 1; k < tokens.length && k <= cueEnd + 10; k++) {
    const t = tokens[k]!;
    if (t.quoted) continue;
    if (k > cueEnd && (t.text === ',' || t.text === ';' || t.text === '.')) return -1;
    if (agentWords.has(t.lower)) return k;
  }
  return -1;
}

/** Most words capitalised, as in an English headline. */
function isTitleCase(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.word && !t.quoted && !/^\d/.test(t.text));
  return words.length >= 4 && words.filter((t) => t.cap).length >= words.length * 0.7;
}

interface SentenceInfo {
  index: number;
  s: Sentence;
  tokens: Token[];
  quotedWords: number;
  /** Quote spans of the block that overlap this sentence. */
  spans: QuoteSpan[];
}

/**
 * A sentence longer than this is not analysed for attributions: news prose does not come near it
 * (the longest of 2,320 labelled sentences has 482 characters), and the analysis of one sentence
 * does work that grows with its length squared. The report marks such sentences.
 */
export const MAX_ANALYSED_CHARS = 1000;

/** Whether a sentence is too long to be analysed (see MAX_ANALYSED_CHARS). */
export const tooLong = (s: { text: string }) => s.text.length > MAX_ANALYSED_CHARS;

/**
 * The quotation spans that overlap each sentence. Each span is handed to the sentences it covers,
 * found by a binary search over the sentences' starts, so the work grows with the text and not with
 * sentences times quotations.
 */
function quoteSpansBySentence(blocks: readonly string[], sentences: readonly Sentence[]): QuoteSpan[][] {
  const out: QuoteSpan[][] = sentences.map(() => []);
  // the sentences of each block, in order (their indices)
  const byBlock = new Map<number, number[]>();
  sentences.forEach((s, i) => { const l = byBlock.get(s.block); if (l) l.push(i); else byBlock.set(s.block, [i]); });
  blocks.forEach((b, block) => {
    const idx = byBlock.get(block);
    if (!idx) return;
    for (const q of findQuotes(b)) {
      // the first sentence that ends after the quotation opens
      let lo = 0, hi = idx.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (sentences[idx[mid]!]!.end <= q.open) lo = mid + 1; else hi = mid; }
      for (let k = lo; k < idx.length && sentences[idx[k]!]!.start < q.close; k++) out[idx[k]!]!.push(q);
    }
  });
  return out;
}

/** Analyses the sentences of one article; `blocks` are the texts the sentences' offsets point into. */
export function findAttributions(blocks: readonly string[], sentences: readonly Sentence[], lex: Lexicon): Found[] {
  const g = GRAMMARS[lex.lang]!;
  const { phraseAt, phraseEndingAt, clauseStartBefore } = g;
  const spansOf = quoteSpansBySentence(blocks, sentences);
  const infos: SentenceInfo[] = sentences.map((s, index) => {
    // a sentence too long for language is not read (its work would grow with its length squared)
    if (tooLong(s)) return { index, s, tokens: [], spans: [], quotedWords: 0 };
    const spans = spansOf[index]!;
    const tokens = tokenize(s.text, (o) => spans.some((q) => s.start + o > q.open && s.start + o < q.close));
    return { index, s, tokens, spans, quotedWords: tokens.filter((t) => t.quoted && t.word).length };
  });
  const memory = new EntityMemory();
  /** Mentions classified in this article (the same mentions recur): a copy each time, callers may change it. */
  const classified = new Map<string, Classified>();
  const classify = (mention: string): Classified => {
    let c = classified.get(mention);
    if (!c) classified.set(mention, (c = g.classify(mention, lex)));
    return { ...c };
  };
  /** Words in a quotation, counted once per quotation (a long quote spans many sentences). */
  const wordCounts = new Map<string, number>();
  const quoteWords = (block: number, q: QuoteSpan) => {
    const key = `${block}:${q.open}`;
    let n = wordCounts.get(key);
    if (n === undefined) wordCounts.set(key, (n = countWords(blocks[block]!.slice(q.open + 1, q.close))));
    return n;
  };
  const found: Found[] = [];
  /** The speaker of each quote span, keyed by block and opening offset. */
  const spanSpeaker = new Map<string, { source: string; resolved: string | null; type: SourceType; named: boolean }>();
  const spanKey = (block: number, q: QuoteSpan) => `${block}:${q.open}`;
  const speakerOf = (keys: readonly string[]) => keys.map((k) => spanSpeaker.get(k)).find(Boolean);
  /** The quote spans of each sentence with a quote, to give a speaker found later to earlier sentences. */
  const spanKeysOf = new Map<number, string[]>();
  /** Quotes that took the previous speaker for want of their own. */
  const borrowed = new Set<Found>();
  /** Quotes whose mention stands in a neighbouring sentence of the same quotation. */
  const carried = new Set<Found>();
  let lastSpeaker: { source: string; resolved: string | null; type: SourceType; named: boolean; at: number } | null = null;
  /** The name that opened the sentence before, with the role words of that sentence. */
  let opened: { name: string; at: number; roles: string[] } | null = null;
  /** The last named person who opened a sentence without speaking in it: "Regisseurin Eva Roth hat dafür Interviews geführt." */
  let lastSubject: { source: string; resolved: string | null; type: SourceType; named: boolean; at: number } | null = null;

  /** The noun phrase that opens the sentence (after focus words), if it ends before token `end`. */
  const subjectBefore = (text: string, tokens: readonly Token[], end: number): Phrase | null => {
    const start = tokens.findIndex((t) => t.word && !t.quoted && !lex.focusWords.has(t.lower));
    const p = start >= 0 && start < end ? phraseAt(text, tokens, start, lex) : null;
    return p && p.to < end ? p : null;
  };
  const describe = (p: Phrase, remember = true) => {
    if (p.pronoun) {
      const ref = memory.pronoun(g.pronounKind(p.text));
      return { source: p.text, resolved: ref?.name ?? null, type: ref?.type ?? 'person', named: !!ref };
    }
    const c = classify(p.text);
    if (p.role && (c.type === 'person' || c.type === 'other')) {
      const r = classify(p.role).type;
      if (r !== 'person' && r !== 'other') c.type = r;
    }
    // "ein Sprecher", "des Sprechers": the spokesperson of the body the text last named
    if (c.type === 'other' && g.isBareRole?.(p.text, lex)) c.type = memory.institutionType() ?? c.type;
    if (!remember) return { source: p.text, resolved: null, type: c.type, named: c.named };
    // "die Bürgermeisterin", "der Drusenführer": the person introduced with that role
    if (!c.name && c.role && DEFINITE_ROLE.test(p.text)) {
      const ref = memory.byRole(c.role);
      // (the type the person was introduced with says more than the bare role: "Die Vorsitzende" of what?)
      if (ref) return { source: p.text, resolved: ref.name, type: ref.type === 'person' || ref.type === 'other' ? c.type : ref.type, named: true };
    }
    // "die Bahn", "the center": the body named before whose name ends in that word ("Die Deutsche Bahn", "Storm Prediction Center")
    const head = !c.name ? DEFINITE_HEAD.exec(p.text)?.[1] : undefined;
    const body = head ? memory.byHead(head.toLowerCase()) : null;
    if (body) return { source: p.text, resolved: body.name, type: c.type === 'person' || c.type === 'other' ? body.type : c.type, named: true };
    const r = memory.remember(c);
    if (!c.name && c.named) memory.noteBody(p.text, c.type, g.isOffice?.(p.text, lex) ?? false);
    return { source: p.text, resolved: r.resolved, type: r.type, named: c.named || !!r.resolved };
  };

  for (const info of infos) {
    const { index, s, tokens } = info;
    if (!tokens.length) continue;
    const text = s.text;
    const here: Found[] = [];
    // a headline in title case ("Trade War Keeps World Guessing") names nobody by its capitals
    const titleCase = g.titleCaseHeadlines && isTitleCase(tokens);
    if (!titleCase) for (const c of g.rolesWithNames(tokens, lex)) memory.remember(c);
    // a sentence that opens with a role ("Die Bürgermeisterin …") speaks of the person introduced with it,
    // so that a later "sie" in the sentence points there
    const opening = subjectBefore(text, tokens, tokens.length);
    const openingClass = opening && !opening.pronoun ? classify(opening.text) : null;
    if (opening && openingClass && DEFINITE_ROLE.test(opening.text) && !openingClass.name && openingClass.role
      && !memory.byRole(openingClass.role) && OFFICES.has(openingClass.type)) {
      // "Max Muster hat … Der Bundespräsident teilte …": an office right after a person opened the sentence
      // before (and was not named there beside another holder of it) is that person's
      const role = openingClass.role;
      if (opened && opened.at === index - 1 && !opened.roles.some((r) => r === role)) memory.adoptRole(opened.name, role, openingClass.type);
    }
    opened = openingClass?.name ? { name: openingClass.name, at: index, roles: tokens.filter((t) => t.cap && !t.quoted).map((t) => roleKeyOf(t, lex)).filter((r): r is string => !!r) } : null;
    const add = (f: Omit<Found, 'sentenceIndex'>) => {
      if (here.some((h) => h.kind === f.kind && h.source === f.source && h.cue === f.cue)) return;
      here.push({ sentenceIndex: index, ...f });
    };
    const longestQuote = Math.max(0, ...info.spans.map((q) => quoteWords(s.block, q)));
    const hasQuote = info.quotedWords > 0 && (longestQuote >= MIN_QUOTE_WORDS || info.spans.some((q) => {
      const before = blocks[s.block]!.slice(Math.max(0, q.open - 6), q.open).trim().toLowerCase();
      // a short quotation that opens the sentence is what somebody said: "“It’s over,” she wrote."
      return g.shortQuoteIntro.test(before) || /^\p{Ll}/u.test(blocks[s.block]![q.open + 1] ?? '') || q.open === s.start;
    }));

    // 1. speech verbs with their subject
    let speaker: ReturnType<typeof describe> | null = null;
    for (const v of g.speechVerbs(tokens, lex)) {
      let subj: Phrase | null;
      if (v.passive) {
        // "X was quoted as saying … by Interfax", "X wurde von der Zeitung zitiert": X is the speaker
        if (QUOTED.has(v.lemma)) {
          const speakerOfQuote = g.subjectAt(text, tokens, v, lex);
          if (speakerOfQuote) { const d = describe(speakerOfQuote); speaker ??= d; add({ kind: hasQuote ? 'quote' : 'reported', cue: v.cue, cueId: 'verb:' + v.lemma, ...d }); }
        }
        // passive: the agent follows "von"/"durch"/"by"; without one the speech act is reportative
        const agentAt = agentAfter(tokens, v.anchor, v.cueEnd, g.agentWords);
        subj = agentAt >= 0 ? phraseAt(text, tokens, agentAt + 1, lex) : null;
        if (!subj) {
          if (!hasQuote) add({ kind: 'reportative', cue: `${tokens[v.anchor]!.text} … ${v.cue}`, cueId: lex.lang === 'de' ? 'reportative:hiess-es' : 'reportative:passive', source: null, resolved: null, type: null, named: false });
          continue;
        }
      } else {
        subj = g.subjectAt(text, tokens, v, lex);
      }
      if (!subj) continue;
      const and = g.conjunct?.(text, tokens, subj, lex) ?? null;
      if (and?.join) subj = { ...subj, to: and.phrase.to, text: spanText(text, tokens, subj.from, and.phrase.to) };
      const d = describe(subj);
      if (v.needs === 'document' && !DOCUMENT_LIKE.has(d.type)) continue;
      speaker ??= d;
      add({ kind: hasQuote ? 'quote' : 'reported', cue: v.cue, cueId: 'verb:' + v.lemma, ...d });
      // "Polizei und Staatsanwaltschaft teilten mit": each says it
      if (and && !and.join) add({ kind: hasQuote ? 'quote' : 'reported', cue: v.cue, cueId: 'verb:' + v.lemma, ...describe(and.phrase) });
      const to = g.addressee?.(text, tokens, v, lex);
      if (to) add({ kind: 'according_to', cue: `${v.cue} ${to.text}`, cueId: 'verb:' + v.lemma, ...describe(to, false) });
    }

    // "„Wir geben nicht nach.“ Das erklärte der Gewerkschaftschef.": the quotation before is the speaker's
    const prevInfo = infos[index - 1];
    if (speaker && !hasQuote && prevInfo && prevInfo.s.block === s.block && POINTS_BACK.has(tokens[0]?.lower ?? '') && prevInfo.quotedWords > 0
      && opensWithQuote(prevInfo.tokens)) {
      const before = found.filter((f) => f.sentenceIndex === index - 1);
      const guess = before.find((f) => f.kind === 'quote' && (borrowed.has(f) || (!f.source && !f.resolved)));
      const said = { source: speaker.source, resolved: speaker.resolved, type: speaker.type, named: speaker.named };
      if (guess) { Object.assign(guess, said); borrowed.delete(guess); }
      else if (!before.length) found.push({ sentenceIndex: index - 1, kind: 'quote', cue: g.quoteCue, cueId: 'quote', ...said });
    }

    // 2. quotes without a speech verb: "X: „…“", "„…“, so X"
    if (hasQuote && !speaker) {
      const colon = tokens.findIndex((t) => t.text === ':' && !t.quoted);
      const next = tokens[colon + 1];
      if (colon > 0 && next && (next.quoted || /^["„“”»«‚‘]$/.test(next.text))) {
        // "Der Minister: „…“", else the subject of the sentence before the colon: "Der Trainer freut sich: „…“"
        // (a phrase that only ends the clause is an object: "X dankte den Helfern nach dem Brand: „…“")
        const clauseStart = clauseStartBefore(tokens, colon);
        const whole = phraseEndingAt(text, tokens, clauseStart, colon, lex);
        const p = (whole && (whole.from === firstWordAt(tokens, clauseStart, lex) || !subjectBefore(text, tokens, colon)) ? whole : null) ?? subjectBefore(text, tokens, colon);
        // a topic before the colon ("Kritik an der Regierung: „…“") is nobody: the quote's speaker stands elsewhere
        const topic = p && !p.pronoun && (() => { const c = classify(p.text); return c.type === 'other' && !c.name; })();
        if (p && !topic) { speaker = describe(p); add({ kind: 'quote', cue: ':', cueId: 'quote:colon', ...speaker }); }
      }
      const so = tokens.findIndex((t, k) => t.lower === g.quoteTail && !t.quoted && tokens[k - 1]?.text === ',' && k > 1 && (tokens[k - 2]!.quoted || /^["„“”»«]$/.test(tokens[k - 2]!.text)));
      if (!speaker && so > 0) {
        const p = phraseAt(text, tokens, so + 1, lex);
        if (p) { speaker = describe(p); add({ kind: 'quote', cue: 'so', cueId: 'according:so', ...speaker }); }
      }
    }
    if (speaker && hasQuote) for (const q of info.spans) spanSpeaker.set(spanKey(s.block, q), speaker);

    // 3. prepositional attributions: laut X, X zufolge, nach Angaben von X, unter Berufung auf X …
    for (const a of lex.according) {
      if (a.id === 'so' && hasQuote) continue;
      if (a.afterAnywhere && !a.afterAnywhere.test(text)) continue;
      // an "after"-only cue ("X zufolge") is found by its closing words
      for (const m of wordMatches(text, a.quick, a.before ?? a.afterSticky!)) {
        const at = tokens.findIndex((t) => t.start >= m.index! && !t.quoted);
        if (at < 0 || tokens[at]!.start !== m.index!) continue;
        let p: Phrase | null = null;
        let closing = '';
        if (a.before) {
          const after = tokens.findIndex((t) => t.start >= m.index! + m[0].length);
          if (after < 0) continue;
          // "nach eigenen Angaben": the source is the sentence's subject, never what follows the cue
          p = /eigenen/i.test(m[0]) ? null : phraseAt(text, tokens, after, lex);
          // "nach Angaben der Polizei", "nach Angaben Kiews", "nach Angaben russischer Behörden" name the source
          // after the cue; "nach bisherigen Erkenntnissen schallisolierenden Schaumstoff" does not
          if (a.id === 'nach-angaben' && p && !/(?:von|aus|durch)$/i.test(m[0]) && !sourceFollows(tokens[after]!)) p = null;
          if (a.after && p) {
            // the closing words must follow the mention directly: "wie aus X hervorgeht", "für X ist klar"
            a.after.lastIndex = 0;
            const rest = text.slice(tokens[p.to - 1]!.end);
            const am = a.after.exec(rest);
            if (am && !rest.slice(0, am.index).trim()) closing = am[0];
            else p = null;
          }
          // "…, so X." at the end, or set off by commas: "Mit Symboldebatten, so Lang, schade …"
          if (a.id === 'so' && p && tokens[p.to] && !/^[.,;–—-]$/.test(tokens[p.to]!.text) && !p.role) p = null;
          // "Seiner Meinung nach": the possessive is the source, pointing back like a pronoun
          // "nach ihren Angaben": the same, inside the cue
          if (a.self) {
            const own = tokens.findIndex((t, k) => k >= at && t.start < m.index! + m[0].length && POSSESSIVE.test(t.lower));
            p = own >= 0 ? { from: own, to: own + 1, text: tokens[own]!.text, pronoun: true } : null;
          }
          // "nach eigenen Angaben": the speaker is the sentence's subject
          // "Nach eigenen Angaben hat er …": the subject follows the finite verb
          if (!p && /eigenen/i.test(m[0])) p = phraseAt(text, tokens, 0, lex) ?? phraseAt(text, tokens, after + 1, lex);
          // "nach US-Angaben", "nach Polizeiangaben": the compound's first part is the source
          const compound = /^nach\s+(\p{L}[\p{L}-]*?)-?(?:angaben|informationen|erkenntnissen)$/iu.exec(m[0]);
          if (!p && compound) p = { from: at, to: at + 1, text: compound[1]!.replace(/^\p{Ll}/u, (c) => c.toUpperCase()), pronoun: false };
          if (!p && a.id === 'nach-angaben') {
            // "nach bisherigen Ermittlungen": findings are a source of their own; "nach damaligen Aussagen" names none
            if (FINDINGS.test(m[0])) p = { from: at, to: at + 1, text: m[0].replace(/^nach\s+/i, ''), pronoun: false };
            else { add({ kind: 'reportative', cue: m[0], cueId: 'according:' + a.id, source: null, resolved: null, type: null, named: false }); continue; }
          }
        } else {
          // (from a little before the cue, not the clause start: a quoted title may stand inside the mention,
          // "Einem Bericht der „Süddeutschen Zeitung“ zufolge")
          p = phraseEndingAt(text, tokens, Math.min(clauseStartBefore(tokens, at), Math.max(0, at - 16)), at, lex);
        }
        if (!p) continue;
        // "laut Recherchen der „New York Times“", "so die Erinnerung einer Kellnerin": the owner of what was said is the source
        const owner = p.pronoun ? null : ownerIn(text, tokens, p);
        const owned = owner ? spanText(text, tokens, p.from, owner.from) : '';
        if (owner) p = owner;
        const d = describe(p);
        if (a.types && !a.types.includes(d.type)) continue;
        if (a.id === 'zufolge' && /^(?:medien)?berichten$/i.test(p.text)) continue; // reportative below
        const lead = owned && a.before ? `${m[0].replace(/^,\s*/, '')} ${owned}` : m[0].replace(/^,\s*/, '');
        const cue = closing ? `${lead} … ${closing}` : lead;
        add({ kind: 'according_to', cue, cueId: 'according:' + a.id, ...d });
      }
    }

    // 4. a quote that runs over several sentences, or whose speaker stands in the next sentence
    if (hasQuote && !here.some((h) => h.kind === 'quote')) {
      const sp = speakerOf(info.spans.map((q) => spanKey(s.block, q)));
      // a quotation that opens the sentence, with no speaker in reach, is the person the text just introduced
      const from = sp ?? (lastSpeaker && index - lastSpeaker.at <= QUOTE_SPEAKER_REACH ? lastSpeaker : null)
        ?? (opensWithQuote(tokens) && lastSubject && index - lastSubject.at <= QUOTE_SPEAKER_REACH ? lastSubject : null);
      if (from) {
        // the mention of the sentence that introduces or closes the quotation, and whom it names
        add({ kind: 'quote', cue: g.quoteCue, cueId: 'quote', source: from.source, resolved: from.resolved, type: from.type, named: from.named });
        carried.add(here[here.length - 1]!);
        // the previous speaker is a guess: a speaker named later in this quotation wins
        if (!sp) borrowed.add(here[here.length - 1]!);
      }
      else if (longestQuote >= MIN_BARE_QUOTE_WORDS && here.length === 0) add({ kind: 'quote', cue: g.quoteCue, cueId: 'quote', source: null, resolved: null, type: null, named: false });
    }

    const sourced = here.some((h) => h.source !== null || h.resolved !== null);
    // 5. reportative markers: soll/sollen, angeblich, hieß es, demnach, Berichten zufolge
    // (one marker is enough: "Medienberichten zufolge soll es …" is second-hand once)
    if (!sourced && !here.some((h) => h.kind === 'reportative')) {
      markers: for (const r of lex.reportative) {
        for (const m of wordMatches(text, r.quick, r.pattern)) {
          const at = tokens.findIndex((t) => t.start === m.index!);
          if (at < 0 || tokens[at]!.quoted) continue;
          if (!g.isReportative(r.id, text, tokens, at)) continue;
          add({ kind: 'reportative', cue: m[0], cueId: 'reportative:' + r.id, source: null, resolved: null, type: null, named: false });
          break markers;
        }
      }
    }

    // 6. Konjunktiv I after an attributed sentence: indirect speech continued
    if (here.length === 0) {
      const prev = found.length ? found[found.length - 1]! : null;
      // a verb: lower case after the first word ("im Falle eines …" holds the noun "Falle")
      // ("es sei denn", "sei es … oder …" are set phrases, not reported speech)
      const isForm = (t: Token, n: number) => !t.quoted && lex.konjunktiv.has(t.lower) && (n === 0 || !t.cap) && tokens[n - 1]?.lower !== 'ich'
        && !(t.lower === 'sei' && (tokens[n + 1]?.lower === 'es' || tokens[n + 1]?.lower === 'denn'));
      let k = -1;
      if (prev && index - prev.sentenceIndex <= KONJUNKTIV_REACH && infos[prev.sentenceIndex]!.s.block >= s.block - 1) k = tokens.findIndex(isForm);
      else if (prev) {
        // further on, only a form that cannot be indicative, in the main clause: "Der Föhn sei in Flammen aufgegangen"
        const firstClause = tokens.findIndex((t) => t.text === ',' || t.text === ':');
        k = tokens.findIndex((t, n) => isForm(t, n) && UNAMBIGUOUS_KONJUNKTIV.has(t.lower) && (firstClause < 0 || n < firstClause));
      }
      if (k >= 0) add({ kind: 'reportative', cue: tokens[k]!.text, cueId: 'reportative:konjunktiv', source: null, resolved: null, type: null, named: false });
    }

    if (hasQuote) spanKeysOf.set(index, info.spans.map((q) => spanKey(s.block, q)));
    // a sentence without a speaker still introduces its subject for a later "er"/"sie"
    if (!titleCase && !here.some((h) => h.source && !carried.has(h))) {
      const start = firstWordAt(tokens, 0, lex);
      // (the phrase that opens the sentence was read above already)
      const subject = start >= tokens.length ? null : opening && opening.from === start ? opening : phraseAt(text, tokens, start, lex);
      if (subject && !subject.pronoun) {
        const c = classify(subject.text);
        if (c.name && c.named) {
          const d = describe(subject);
          // (a lone capitalised first word may be an adverb, "Augenblicklich …": only a known or fuller name counts)
          lastSubject = d.resolved || subject.to - subject.from > 1 ? { ...d, at: index } : null;
        }
      }
    }
    // "…, so X" speaks as a speech verb does
    const sp = here.find((h) => (h.kind === 'quote' || h.kind === 'reported' || h.cueId === 'according:so') && (h.source || h.resolved));
    if (sp) lastSpeaker = { source: sp.source ?? sp.resolved!, resolved: sp.resolved, type: sp.type ?? 'other', named: sp.named, at: index };
    found.push(...here);
  }
  // a quote whose speaker is named only in a later sentence of the same quotation
  for (const f of found) {
    if (f.kind !== 'quote' || ((f.source || f.resolved) && !borrowed.has(f))) continue;
    const sp = speakerOf(spanKeysOf.get(f.sentenceIndex) ?? []);
    if (sp) Object.assign(f, { source: sp.source, resolved: sp.resolved, type: sp.type, named: sp.named });
  }
  // a role named only later in the article ("… als Präsidentschaftskandidat") types the earlier mentions too
  for (const f of found) {
    const who = f.resolved ?? f.source;
    if (f.type === 'person' && who && f.named) f.type = memory.typeOf(who) ?? f.type;
  }
  typeMainPersonByOffice(found, carried, g, lex);
  return found;
}

/** How often the article's main person and an unnamed office ("the Prime Minister") must speak before one is taken for the other. */
const MAIN_PERSON_MIN = 3;
const OFFICE_MIN = 2;

/**
 * News text names its main person and then calls them by their office: "Sir Keir Starmer said …",
 * "The Prime Minister suggested …". When the most quoted person has no known role and one unique
 * office (a definite, unnamed government or party role) speaks repeatedly too, the person takes the
 * office's type. Only the type changes; mentions stay as written.
 * A quote that carries its mention over from a neighbouring sentence is no new mention of the office.
 */
function typeMainPersonByOffice(found: Found[], carried: ReadonlySet<Found>, g: Grammar, lex: Lexicon): void {
  const people = new Map<string, number>();
  const offices = new Map<SourceType, Set<number>>();
  for (const f of found) {
    const who = f.resolved ?? f.source;
    if (!who || !f.named) continue;
    if (f.type === 'person') people.set(who, (people.get(who) ?? 0) + 1);
    else if ((f.type === 'government' || f.type === 'politician') && f.source && !f.resolved && !carried.has(f) && isUnnamedOffice(f.source, g, lex)) {
      const set = offices.get(f.type) ?? new Set<number>();
      set.add(f.sentenceIndex);
      offices.set(f.type, set);
    }
  }
  const [main, n] = [...people].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  const ranked = [...offices].filter(([, s]) => s.size >= OFFICE_MIN);
  if (!main || n < MAIN_PERSON_MIN || ranked.length !== 1) return;
  const type = ranked[0]![0];
  for (const f of found) if ((f.resolved ?? f.source) === main && f.type === 'person') f.type = type;
}

/** "the Prime Minister", "der Kanzler": a definite singular office with no name in it. */
function isUnnamedOffice(mention: string, g: Grammar, lex: Lexicon): boolean {
  const c = g.classify(mention, lex);
  return !c.name && /^(?:the|der|die|das)\s/i.test(mention) && !/s$/i.test(mention.trim().split(/\s+/).pop() ?? '');
}
