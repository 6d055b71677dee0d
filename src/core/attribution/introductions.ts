/**
 * Step: who the sentence introduces. People named with a role anywhere in it ("Präsidentschafts-
 * kandidat Max Muster") are remembered for later surnames, and an office that opens the sentence
 * right after a person opened the one before is taken as that person's ("Max Muster hat … Der
 * Bundespräsident teilte …").
 */
import { roleKey } from '../lexicon/index.js';
import { BODY_TYPES, type SourceType } from '../vocabulary.js';
import { givesRole, roleId, type Classified } from '../entities.js';
import type { Token } from '../tokens.js';
import type { Lexicon } from '../lexicon/index.js';
import { spanText, type Phrase } from '../phrase.js';
import type { Article, SentenceState } from './context.js';

/**
 * Types of an office that one person holds and the text may call them by. (Not a court's: the person
 * a court report names before "the prosecutor" or "the judge" is most often the defendant.)
 */
const OFFICES = new Set<SourceType>(['government', 'politician', 'security']);
/**
 * Kinds of body (and documents) a sentence may open with, for a later "it" (not a party: "Both candidates"
 * is no "it"; nor an expert).
 */
const OPENING_BODIES = new Set<SourceType>(
  [...BODY_TYPES, 'document' as const].filter((t) => t !== 'politician' && t !== 'expert'),
);

/** Whether a phrase ends in a noun (a capitalised word, a number, a word the lexicon types), not in a verb it ran into. */
function endsInNoun(art: Article, tokens: readonly Token[], p: Phrase): boolean {
  const last = tokens[p.to - 1]!;
  return last.word && (last.cap || /^\d/.test(last.text) || !art.classify(last.text).guessed);
}
/** A headline has at least this many words… */
const TITLE_CASE_MIN_WORDS = 4;
/** …of which this share is capitalised. */
const TITLE_CASE_SHARE = 0.7;

/**
 * Most words capitalised, as in an English headline; or every word but the function words, which a
 * headline's style leaves in lower case ("Kahl’s Exit Opens the Door to a New Era for the Club").
 */
function isTitleCase(tokens: readonly Token[], lex: Lexicon): boolean {
  const words = tokens.filter((t) => t.word && !t.quoted && !/^\d/.test(t.text));
  if (words.length < TITLE_CASE_MIN_WORDS) return false;
  if (words.filter((t) => t.cap).length >= words.length * TITLE_CASE_SHARE) return true;
  const content = words.filter((t) => !lex.functionWords.has(t.lower));
  return content.length >= TITLE_CASE_MIN_WORDS && content.every((t) => t.cap);
}

/** At most this many words make a dateline. */
const DATELINE_MAX_WORDS = 3;

/** A dateline: a few capitalised words (a place, an agency) and no more, outside any quotation. */
function isDateline(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.word);
  return words.length > 0 && words.length <= DATELINE_MAX_WORDS && words.every((t) => t.cap && !t.quoted);
}

/**
 * People named by a given name the lexicon knows and a surname, outside quotations: "Anna Berger",
 * "Tom Kahl" (not a noun the lexicon types after the given name: "Tom Stiftung").
 */
function plainNames(tokens: readonly Token[], lex: Lexicon): Array<{ name: string; gender: 'm' | 'f' }> {
  const out: Array<{ name: string; gender: 'm' | 'f' }> = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    const gender = t.word && t.cap && !t.quoted ? lex.givenNames.get(t.lower) : undefined;
    if (!gender) continue;
    // a surname, after a middle name if there is one ("Anna Maria Berger"; not "Lea Roth | Stiftung")
    const middle = !!tokens[i + 1]?.cap && lex.givenNames.has(tokens[i + 1]!.lower) ? 1 : 0;
    const j = i + 2 + middle;
    if (!tokens[j - 1] || !isSurname(tokens[j - 1]!, lex) || (middle && !isSurname(tokens[i + 1]!, lex))) continue;
    const name = tokens
      .slice(i, j)
      .map((x) => x.text)
      .join(' ')
      .replace(/['’‘]s?$/, '');
    out.push({ name, gender });
    i = j - 1;
  }
  return out;
}

const isSurname = (t: Token, lex: Lexicon) =>
  t.word && t.cap && !t.quoted && !lex.functionWords.has(t.lower) && !lex.nounMap.has(t.lower.replace(/['’‘]s?$/, ''));

/** The first token that begins one of the names of `introduced` (0, holding back nothing, if none is found). */
function firstNamed(tokens: readonly Token[], introduced: readonly Classified[]): number {
  const starts = new Set(introduced.map((c) => c.name?.split(' ')[0]));
  const at = tokens.findIndex((t) => !t.quoted && starts.has(t.text));
  return Math.max(at, 0);
}

/**
 * Whether the name at token `at` stands in a prepositional phrase, after its role and an article or
 * adjectives: "gegen Amtsinhaber Tom Kahl", "mit der Ministerin Anna Berger", "against incumbent Tom Kahl".
 */
function inPrepositionalPhrase(tokens: readonly Token[], at: number, lex: Lexicon): boolean {
  let i = at - 1;
  // (the role: one or two words before the name, capitalised or, in English, not: "incumbent")
  for (
    let n = 0;
    n < 2 &&
    i >= 0 &&
    tokens[i]!.word &&
    !tokens[i]!.quoted &&
    (tokens[i]!.cap || !lex.prepositions.has(tokens[i]!.lower));
    n++
  )
    i--;
  if (i === at - 1) return false;
  // (an article, adjectives)
  for (let n = 0; n < 3 && i >= 0 && tokens[i]!.word && !tokens[i]!.cap && !lex.prepositions.has(tokens[i]!.lower); n++)
    i--;
  return i >= 0 && lex.prepositions.has(tokens[i]!.lower);
}

/**
 * A pronoun of a gender ("er", "she") that stands before token `end`, where the sentence names the first
 * person it introduces, with the gender it cannot have; else null.
 */
function pronounBefore(art: Article, tokens: readonly Token[], end: number): { word: string; not: 'm' | 'f' } | null {
  const at = tokens.findIndex((t, i) => i < end && t.word && !t.quoted && art.lex.pronouns.has(t.lower));
  const not = at < 0 ? null : art.grammar.pronounExcludes?.(tokens[at]!.lower);
  return not ? { word: tokens[at]!.lower, not } : null;
}

export function introductions(art: Article, s: SentenceState): void {
  const { memory, grammar: g, lex } = art;
  const { tokens, text, index } = s;
  // a headline in title case ("Harbour Plan Leaves Talbury Waiting") names nobody by its capitals
  s.titleCase = g.titleCaseHeadlines && isTitleCase(tokens, lex);
  const introduced = s.titleCase ? [] : g.rolesWithNames(tokens, lex);
  art.demonstrated = lex.demonstratives.has(tokens[0]?.lower ?? '') ? lastBodyBefore(art, index) : null;
  // a pronoun before the first of them points to someone named before the sentence
  art.namedFrom = introduced.length ? { at: firstNamed(tokens, introduced), view: memory.view(), tokens } : null;
  // a sentence that opens with a role ("Die Bürgermeisterin …") speaks of the person introduced with it,
  // so that a later "sie" in the sentence points there
  const opening = art.subjectBefore(text, tokens, tokens.length);
  s.opening = opening;
  const openingClass = opening && !opening.pronoun ? art.classify(opening.text) : null;
  // (a name that opens the sentence, which nothing types and the text has not named as anyone, as the subject
  // of the verb right after it: "Talbex will cut …"; not "Gestern | nach der Sitzung", "Meanwhile | ,")
  // (a headline's mention of it before says nothing of it: "Talbex to cut jobs ¶ Talbex will cut …")
  const afterOpening = opening ? tokens[opening.to] : undefined;
  art.openingName =
    opening &&
    opening.from === 0 &&
    afterOpening?.word &&
    !afterOpening.cap &&
    !lex.prepositions.has(afterOpening.lower) &&
    openingClass?.guessed &&
    openingClass.name === opening.text &&
    !openingClass.role &&
    !openingClass.gender &&
    !memory.knowsAsSomeone(opening.text)
      ? opening
      : null;
  // a body or document that opens the sentence is what a later "it" points to, and whose a possessive
  // speaks of ("The ministry rejected the claims. Later it said …", "Die Gewerkschaft sieht das
  // anders: …, erklärte ihr Vorsitzender"), when the phrase ends in a noun, not in a verb it ran into
  const openedByBody =
    !!opening &&
    !!openingClass &&
    // (a body's own name too, with no role of a person, "Talbury Rovers have sacked …"; no person by a role
    // and a name, nor by a role alone: "The mayor spoke first" opens with no body)
    !(openingClass.role && (!!openingClass.name || art.holdsPersonRole(openingClass))) &&
    (openingClass.named || OPENING_BODIES.has(openingClass.type)) &&
    !openingClass.guessed &&
    // (a role typed only by its fallback is a person, no body: "Its chairman told MPs")
    !openingClass.fallback &&
    // (a party by its name is a body: "Die SPD verlor deutlich. Ihr Vorsitzender …")
    // (and a body of politicians by its noun: "Die Fraktion der Grünen stimmte dagegen. Ihr Sprecher …")
    (OPENING_BODIES.has(openingClass.type) ||
      (!!openingClass.party && !openingClass.role) ||
      (openingClass.type === 'politician' && !!openingClass.role && !art.holdsPersonRole(openingClass))) &&
    endsInNoun(art, tokens, opening);
  // (a named one is remembered by its name when it speaks)
  // (one nobody named stays unnamed in what points to it: "Eine Bürgerinitiative sammelte … Deren Sprecherin")
  // ("Talbury Water was fined … The company is understood to … It said": a definite noun of a body alone is the
  // body it points back to, as when it speaks)
  const head = openedByBody && !openingClass.name && openingClass.named ? art.definiteHead(opening.text) : null;
  const known = head && opening ? art.bodyByHead(opening, openingClass!, head, false) : null;
  if (known)
    memory.noteBody(known.name, known.type === 'person' || known.type === 'other' ? openingClass!.type : known.type, {
      bodyOnly: true,
    });
  else if (openedByBody && !openingClass.name)
    memory.noteBody(opening.text, openingClass.type, {
      bodyOnly: true,
      ...(openingClass.named ? {} : { anonymous: true }),
    });
  // (a named one too, by its name: for a later "it" in the sentence or after it, "The Treasury declined to comment
  // on what it called “speculation”", and as the institution a later bare role speaks for, "Das Stadttheater muss …
  // verschieben. Ein Sprecher des Hauses …")
  else if (openedByBody) memory.noteBody(openingClass.name!, openingClass.type, { bodyOnly: true });
  // "Researchers at Talbury University tracked … The team found": the body a group that opens the sentence is
  // of, named at its end, is one the text named, as it is of a group that speaks (see describe)
  // (in German the classifier names the place in the body's name: "Forscher der Universität Talberg" are no one named)
  if (opening && openingClass && (!openingClass.name || !openingClass.named) && !openingClass.guessed) {
    art.noteBodyAtEnd(opening.text);
    // (and the group, nobody named, is what a later plural pronoun points to, as when it speaks: "Forscher der
    // Universität Talberg haben … getestet. Sie fanden heraus …")
    const plural =
      opening.plural || !!g.pluralNoun?.(opening.text) || (!!afterOpening && !!g.pluralVerb?.(afterOpening));
    if (!openingClass.named && plural && openingClass.type !== 'other' && openingClass.type !== 'document')
      memory.noteBody(opening.text, openingClass.type, { group: true, anonymous: true });
  }
  // "A woman was praised after she said …": one person nobody named, of one gender, who opens the sentence
  // is whom a pronoun of that gender later in it means (unnamed)
  // ("Ein Taxifahrer wartet am Bahnhof": the role a later "der Taxifahrer" takes up, unnamed)
  if (opening && openingClass && !openingClass.name && !openingClass.named && openingClass.type === 'person') {
    art.noteAnonymousPerson(opening.text);
    const gender = openingClass.gender;
    const other = gender === 'm' ? 'f' : 'm';
    const later =
      !!gender &&
      tokens.some(
        (t, k) => k >= opening.to && !t.quoted && lex.pronouns.has(t.lower) && g.pronounExcludes?.(t.text) === other,
      );
    if (later) memory.noteBody(opening.text, openingClass.type, { person: true, gender, anonymous: true, one: true });
  }
  // "The manager was asked about the rumours. “…,” he replied": a person's definite role that opens the
  // sentence, before the text has named any person, is whom a later pronoun means
  if (
    opening &&
    openingClass &&
    !openingClass.name &&
    openingClass.named &&
    // (or a noun of a person that is no role: "The singer shared the news. “…,” she wrote")
    ((!!openingClass.role && art.holdsPersonRole(openingClass)) ||
      (openingClass.type === 'person' && !openingClass.guessed)) &&
    art.isDefiniteRole(opening.text) &&
    !memory.view().lastPerson
  )
    memory.noteBody(opening.text, openingClass.type, {
      person: true,
      roleOnly: true,
      ...(openingClass.gender ? { gender: openingClass.gender } : {}),
    });
  // a role typed only by its fallback, introduced in a sentence a body opens, is that body's ("Talbury
  // Rovers have sacked manager Tom Kahl": the club's manager, not a company's)
  // (one a possessive owns is of whom it points to: "Its chief executive, Jana Roth")
  // a person a pronoun of the sentence means, before a person of the same gender named in a prepositional
  // phrase, stays whom the next pronoun means ("Er sammelt Stimmen, um gegen Amtsinhaber Tom Kahl anzutreten.
  // Bisher hat er …": the one the story is about, not the one named beside him)
  const pronoun = art.namedFrom ? pronounBefore(art, tokens, art.namedFrom.at) : null;
  const not = pronoun?.not;
  const beside = introduced.filter((c) => c.gender && c.gender !== not);
  const pointed =
    pronoun &&
    beside.length &&
    beside.every((c) => {
      const at = firstNamed(tokens, [c]);
      return at > 0 && inPrepositionalPhrase(tokens, at, lex);
    })
      ? memory.pronoun(g.pronounKind(pronoun.word), pronoun.not)
      : null;
  for (const c of introduced) {
    // (a role typed by its fallback after a body's name is that body's: "Talbury Rovers manager Tom Kahl")
    const firm = c.fallback && c.firm ? art.firmType(c.firm, c.role) : null;
    const type = c.owner
      ? art.ownerType(c.owner)
      : firm
        ? firm
        : c.fallback && openedByBody
          ? // (not a club's coach, by the word of the role right before the name, who speaks as a person:
            // "Talbury Rovers have sacked manager Tom Kahl")
            openingClass!.name && g.clubCoach?.(tokens[firstNamed(tokens, [c]) - 1]?.lower ?? '', openingClass!.name)
            ? 'person'
            : openingClass!.type
          : art.namedAuthor(c)
            ? 'expert'
            : null;
    memory.remember(type ? { ...c, type } : c);
  }
  if (pointed && !pointed.anonymous && pointed.gender && pointed.gender !== not) memory.keep(pointed);
  // "Lea Roth ist Professorin für Chemie", "Roth is a professor at …": a person named with no role who
  // opens the sentence holds the role a copula's complement names
  const complement =
    opening && openingClass?.name && !openingClass.role && openingClass.type === 'person'
      ? g.predicative?.(tokens, opening.to, lex)
      : null;
  if (complement) {
    const role = art.classify(spanText(text, tokens, complement.from, complement.to));
    if (givesRole(role, complement.leading))
      memory.remember({
        ...openingClass!,
        type: role.type,
        ...(role.role ? { role: role.role, office: role.office } : {}),
      });
  }
  // "Seit 35 Jahren steht Anna Berger in der Backstube": a person named by a given name and a surname,
  // with no role, is known for a later surname ("sagte Berger")
  if (!s.titleCase) for (const { name, gender } of plainNames(tokens, lex)) memory.notePassing(name, gender);
  if (
    opening &&
    openingClass &&
    art.isDefiniteRole(opening.text) &&
    !openingClass.name &&
    openingClass.role &&
    !memory.byRole(roleId(openingClass)!) &&
    OFFICES.has(openingClass.type) &&
    // (a body is not the person before: "Tom Kahl fuhr … Die Polizei teilte mit …")
    (g.personRole?.(openingClass.role, lex) ?? true)
  ) {
    // "Max Muster hat … Der Bundespräsident teilte …": an office right after a person opened the sentence
    // before (and was not named there beside another holder of it) is that person's
    const role = roleId(openingClass)!;
    const opened = art.opened;
    if (opened && opened.at === index - 1 && !opened.roles.some((r) => r === role))
      memory.adoptRole(opened.name, role, openingClass.type, openingClass.gender);
  }
  // a dateline between the two ("Talberg." alone, a place and an agency) opens nothing and keeps the
  // person who opened the sentence before it
  if (art.opened?.at === index - 1 && isDateline(tokens)) {
    art.opened.at = index;
    return;
  }
  art.opened = openingClass?.name
    ? {
        name: openingClass.name,
        at: index,
        roles: tokens
          .filter((t) => t.cap && !t.quoted)
          .map((t) => (g.roleKey ?? roleKey)(t, lex))
          .filter((r): r is string => !!r),
      }
    : null;
}

/**
 * The body that the last noun phrase of the sentence before `index` names, if it names one ("Unterstützung
 * erhält die Gemeinde von einer Bürgerinitiative": the initiative, unnamed); what a demonstrative
 * possessive opening the next sentence points to.
 */
function lastBodyBefore(art: Article, index: number): { type: SourceType; anonymous?: boolean } | null {
  const prev = art.sentences[index - 1];
  if (!prev) return null;
  const { tokens } = prev;
  let end = tokens.length;
  while (end > 0 && !tokens[end - 1]!.word) end--;
  const p = end > 0 ? art.grammar.phraseEndingAt(prev.s.text, tokens, 0, end, art.lex) : null;
  if (!p || p.pronoun) return null;
  const c = art.classify(p.text);
  if (c.guessed || !BODY_TYPES.has(c.type) || (c.role && art.holdsPersonRole(c))) return null;
  return c.named ? { type: c.type } : { type: c.type, anonymous: true };
}
