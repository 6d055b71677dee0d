/**
 * English grammar of attribution. English does not capitalise nouns, so a source mention is read as
 * determiner + modifiers + head with "of/for/at" complements ("a spokesperson for the Department of
 * Defense"), and a mention's type comes from its head, the rightmost known noun before a complement.
 * Word order: "X said" (subject before, across an apposition: "Reyes, the campaign's director,
 * said"), inverted after a quotation ("…,” said X"), ", saying …" with the sentence's subject.
 */
import {
  givenNameGender,
  isGivenName,
  multiWordNameType,
  perWord,
  type Lexicon,
  type VerbForm,
} from '../../lexicon/index.js';
import type { SourceType } from '../../schema.js';
import { BODY_TYPES, OUTLET_TYPES } from '../../vocabulary.js';
import { isAcronym, isAge, JOINED_NAME, lastPart, tokenize, wordsOf, type Token } from '../../tokens.js';
import {
  complementAfter,
  DASHES,
  dashesAsCommas,
  quotedTitleBefore,
  spanText,
  type CopulaWords,
  type Phrase,
} from '../../phrase.js';
import { besideQuotation, isQuoteMark, QUOTE_MARKS } from '../../quotes.js';
import { expertByTitle, type Classified } from '../../entities.js';
import type { Grammar, VerbHit, SpeechNoun } from '../types.js';
import { englishBaseForm } from './base-form.js';
import { endsWithHandle, webSiteName } from '../../handles.js';

const CLAUSE_BREAK = new Set([',', ';', ':', '–', '—', '(', ')', '[', ']', ...QUOTE_MARKS]);
/** Conjunctions after which a new clause (and its subject) starts. */
const CLAUSE_OPENERS = new Set([
  'that',
  'as',
  'while',
  'when',
  'because',
  'but',
  'although',
  'though',
  'whereas',
  'after',
  'before',
  'since',
  'if',
  'so',
  'where',
  'until',
  'unless',
]);
/** Capitalised modifiers of nationality or party ("Chinese trade policy", "Democratic strategist"): not names. */
const DEMONYM = /(?:ese|an|ian|ish|ic|i|ern)$/;
/** Sources too vague to be identified even with "the": "the officials", "the authorities". */
const VAGUE = new Set([
  'source',
  'sources',
  'official',
  'officials',
  'authorities',
  'people',
  'insiders',
  'reports',
  'some',
  'many',
  'others',
]);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "isn't", "wasn't", 'get', 'got']);
/** Forms of "have" as an auxiliary: "has spoken", "had said". */
const HAVE = new Set(['has', 'have', 'had', "hasn't", "haven't", "hadn't"]);
/**
 * Common irregular past forms that no verb lexicon lists (they are no verbs of saying): a finite verb
 * of a main clause as much as one in -ed ("Kahl quit on Monday, telling …", "lost the vote but said …").
 */
const IRREGULAR_PAST = new Set(
  (
    'quit left went came made took gave won lost held met ran rose fell stood sat kept led brought bought ' +
    'sent spent built began broke chose drove flew grew knew saw shook threw wore struck sought fought ' +
    'caught taught paid laid meant became forgot froze hid rode rang sang slept stole stuck swore tore ' +
    'woke withdrew overcame overtook undertook spoke wrote told said got put set cut hit let shut spread read'
  ).split(' '),
);
/** Irregular past forms that are nouns too, which may end a mention: "a pay cut", "the Left", "a record set". */
const PAST_NOUNS = new Set([
  'left',
  'rose',
  'fell',
  'saw',
  'set',
  'cut',
  'hit',
  'spread',
  'read',
  'put',
  'let',
  'shut',
  'quit',
  'won',
  'lost',
  'sat',
  'ran',
  'led',
  'held',
  'made',
  'built',
  'paid',
]);
/** Participles of leading, before the leader of a group: "a team led by", "researchers headed by". */
const LED = new Set(['led', 'headed', 'coordinated', 'chaired']);
/** Whether token `i` is such a participle with "by" after it. */
const ledBy = (tokens: readonly Token[], i: number) => LED.has(tokens[i]!.lower) && tokens[i + 1]?.lower === 'by';
/** Nouns of a group that someone leads: "team", "panel", a plural of people ("researchers"). */
const GROUP_NOUN = /^(?:team|group|panel|coalition|delegation|consortium|committee|commission|taskforce)$/;
/** Types of the people a group of them may be led by someone: "researchers", "officials", "residents". */
const PEOPLE_OR_EXPERTS = new Set<SourceType>(['person', 'expert', 'politician', 'security', 'justice', 'government']);
const isGroupHead = (t: Token, lex: Lexicon) =>
  !t.quoted &&
  (GROUP_NOUN.test(t.lower) || (/[^s]s$/.test(t.lower) && PEOPLE_OR_EXPERTS.has(nounType(t, lex) ?? 'other')));
/** Conjunctions that join a second verb group, and the auxiliaries that open one ("and | is being supported"). */
const JOINS = new Set(['and', 'or', 'but']);
const SECOND_AUXILIARY = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can']);
/** Forms of "be" before a progressive ("is warning", "were saying", "has been claiming"). */
const PROGRESSIVE_BE = new Set(['am', 'is', 'are', 'was', 'were', 'been']);

/**
 * The token where the auxiliary of a progressive before the gerund at `i` begins ("are | warning", "has
 * been | saying", "is still | insisting"), past adverbs between them; -1 when no form of "be" stands there.
 */
function progressiveAuxiliary(tokens: readonly Token[], i: number, lex: Lexicon): number {
  let a = i - 1;
  // (the adverbs and focus words between, which list the auxiliaries too: the first form of "be" ends them)
  while (
    a >= 0 &&
    !tokens[a]!.quoted &&
    !PROGRESSIVE_BE.has(tokens[a]!.lower) &&
    (lex.focusWords.has(tokens[a]!.lower) || /ly$/.test(tokens[a]!.lower))
  )
    a--;
  const be = tokens[a];
  if (!be || be.quoted || !PROGRESSIVE_BE.has(be.lower)) return -1;
  // ("has been | saying"; not after a contraction, "She’s been warning", whose subject is no word of its own)
  if (be.lower !== 'been') return a;
  return HAVE.has(tokens[a - 1]?.lower ?? '') ? a - 1 : -1;
}

/**
 * A relative clause without commas between a subject and its verb has at most this many words ("my
 * grandfather who moved here from Talbury with two brothers and a cart full of old tools said").
 */
const MAX_RELATIVE_SUBJECT = 20;
/** Words that end a relative clause's antecedent: "officials who spoke on condition of anonymity said". */
const RELATIVE = new Set(['who', 'which', 'that', 'whose']);
/** Complements a source mention may carry: "spokesperson for", "head of", "analyst at", "people familiar with". */
const COMPLEMENT = new Set(['of', 'for', 'at', 'from', 'by', 'across']);
const ADJ_COMPLEMENT: Record<string, string> = { familiar: 'with', close: 'to', briefed: 'on', knowledgeable: 'about' };
/** Personal pronouns in the object case, which may end a phrase's complement ("close to him"). */
const OBJECT_PERSONAL = new Set(['him', 'her', 'them', 'us', 'me']);
/** Possessive pronouns that stand alone ("a friend of his"). */
const INDEPENDENT_POSSESSIVES = new Set(['his', 'hers', 'theirs', 'ours', 'mine']);
const INDEFINITE = new Set([
  'a',
  'an',
  'some',
  'several',
  'many',
  'most',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'dozens',
  'hundreds',
  'thousands',
  'another',
  'one',
  'other',
  'few',
  'various',
  'numerous',
]);
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'both']);
/** Words that end a sports club's name after a capitalised word: "Talbury Rovers", "Talbex Athletic FC". */
const CLUB = /\p{Lu}\S*\s(?:FC|AFC|United|Rovers|Wanderers|Athletic|Albion|Hotspur)$/u;
/**
 * Roles that at a sports club are its team's coach, who speaks as a person as a coach does, not for the club:
 * "Talbury Rovers manager Tom Kahl", "the manager of Talbury United".
 */
const CLUB_COACHES = new Set(['manager', 'managers', 'boss']);
/** Whether a role held at a body of this name is a sports club's coach (see CLUB_COACHES). */
const clubCoach = (role: string, body: string): boolean => CLUB_COACHES.has(role) && CLUB.test(body);
/**
 * The end of a company's name: a legal form, or a word English firms end their names in and no person or
 * public body does ("Talbury Airways", "Brandik Pharmaceuticals", "Lakeside Capital", "Brandik Semiconductor",
 * "Talbex Systems"; the utilities' "Talbury Power", "Talbury Water", "Talbex Electric").
 */
const CORPORATE =
  /(?:^|\s)(?:Inc|Corp|Corporation|Ltd|LLC|plc|PLC|Co|AG|SE|GmbH|Group|Holdings|Airways|Motors|Industries|Enterprises|Ventures|Partners|Technologies|Pharmaceuticals|Logistics|Railways?|Rail|Labs|Capital|Brands|Foods|Pharma|Therapeutics|Analytics|Securities|Insurance|Energy|Utilities|Telecom|Airlines|Power|Electric|Water|Gas|Networks|Records|Semiconductors?|Software|Systems|Solutions|Mining|Steel|Chemicals|Automotive)\.?$/;
/**
 * A publication's or a station's name: a capitalised word before the word that names the kind of paper
 * or broadcaster ("Talbury Post", "Talbury Herald", "Talbury TV", "the Talbury Daily"), a broadcaster by its
 * trade, whatever its legal form ("Talbury Broadcasting Corporation"), two before "Radio" ("Talbury Public
 * Radio"; "Radio" is a surname too), or "Daily" before a name ("the Daily Talbury").
 */
const PUBLICATION =
  /\p{Lu}[\p{L}.'’-]*\s+(?:Times|Post|Journal|Herald|Tribune|Gazette|Chronicle|News|Telegraph|Observer|Courier|Dispatch|Beacon|Inquirer|Examiner|Magazine|Weekly|Daily|Echo|Star|Sun|Advertiser|Argus|Mercury|Sentinel|Standard|Bugle|Globe|Mirror|Express|Enquirer|Recorder|Messenger|Bulletin|Clarion|Guardian|Ledger|Advocate|Statesman|Today|Online|Live|Free\s+Press|TV|Television|Broadcasting(?:\s+(?:Corporation|Company|Service|System|Network))?)$|\p{Lu}[\p{L}.'’-]*\s+\p{Lu}[\p{L}.'’-]*\s+Radio$|^(?:the\s+)?Daily\s+\p{Lu}[\p{L}'’-]*$/u;
/** Words for the news media before or after what they published: "press reports", "reports in the local press". */
const NEWS_WORD = /^(?:media|press|news|newspapers?|tabloids?|television|tv|radio)$/;
/** What the news publishes: "media reports", "a story in the Talbury Times". */
const NEWS_ITEM = /^(?:reports?|articles?|stor(?:y|ies)|coverage)$/;
/** What a newsroom found out, the outlet's when an outlet's name goes with it: "an investigation by the Talbury Herald". */
const INQUIRY = /^(?:investigations?|analys[ie]s|revelations?)$/;
/**
 * "Media reports | said", "according to press reports,": "reports" after a word for the news media is
 * their noun when a verb, a punctuation mark or nothing follows it ("State media reports that …" is a verb).
 */
function isNewsReports(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const next = tokens[i + 1];
  return (
    tokens[i]!.lower === 'reports' &&
    NEWS_WORD.test(tokens[i - 1]?.lower ?? '') &&
    (!next || !next.word || lex.verbForms.has(next.lower))
  );
}
/** Verbs in -ed before "to" and an infinitive, never a passive's participle: "Reuters | appeared to show". */
const BEFORE_INFINITIVE = new Set([
  'appeared',
  'seemed',
  'tended',
  'failed',
  'managed',
  'tried',
  'decided',
  'agreed',
  'vowed',
  'pledged',
  'threatened',
  'declined',
  'refused',
  'hoped',
  'sought',
  'attempted',
  'continued',
  'chose',
  'wanted',
  'planned',
  'intended',
  'opted',
  'struggled',
]);
/** Types of where news is published or posted. */
const ONLINE = new Set<SourceType>(['media', 'social_media']);
/** Whether words name the news media or an outlet: "the local press", "the Talbury Times", "state TV". */
function namesOutlet(ts: readonly Token[], lex: Lexicon): boolean {
  const text = ts.map((t) => t.text).join(' ');
  return (
    ts.some(
      (t) =>
        NEWS_WORD.test(t.lower) ||
        ONLINE.has(nounType(t, lex) ?? 'other') ||
        ONLINE.has(lex.nameTypes.get(t.lower) ?? 'other'),
    ) ||
    PUBLICATION.test(text) ||
    multiWordNameType(text.toLowerCase(), lex) === 'media'
  );
}
/** Gatherings where one speaks, no body one speaks for: "the mayor at a press conference", "officials at the summit". */
const EVENT =
  /^(?:conferences?|briefings?|rall(?:y|ies)|meetings?|hearings?|summits?|ceremon(?:y|ies)|events?|vigils?|debates?|forums?|sessions?|gatherings?|protests?|funerals?|memorials?|launch|interviews?)$/;

/** Whether the words after "at" at `i` (an article, adjectives) name a gathering, not a body ("at a news conference"). */
function isEventAt(tokens: readonly Token[], i: number): boolean {
  for (let k = i; k < i + 4 && tokens[k]?.word && !tokens[k]!.quoted; k++)
    if (EVENT.test(tokens[k]!.lower)) return true;
  return false;
}

/** A common noun in the plural or of a group: "fans", "officials", "people", "the crowd". */
function isGroupNoun(tokens: readonly Token[], h: number, lex: Lexicon): boolean {
  const t = tokens[h]!;
  // (capitalised only as the sentence's first word: "Fans at the rally said")
  if (t.cap && h > 0) return false;
  return /s$/.test(t.lower) || PLURAL_PEOPLE.has(t.lower) || lex.anonymous.has(t.lower);
}
const PLURAL_PEOPLE = new Set(['people', 'crowd', 'staff', 'audience', 'police']);

/** What is posted on a platform or a site: "a post on X", "a video on TikTok", "a statement on its website". */
const POSTED_ITEM = /^(?:posts?|videos?|tweets?|messages?|updates?|pages?|statements?)$/;
/** Words before the outlet that published a story: "a report in the Talbury Times", "by the BBC". */
const BY_OUTLET = new Set(['in', 'by', 'from', 'on']);
/** The capitalised words of `words`, joined: the name of a body they may hold. */
const capitalised = (words: readonly Token[]) =>
  words
    .filter((t) => t.cap)
    .map((t) => t.text)
    .join(' ');
/** The type a club's or a company's name says of itself ("Talbury Rovers", "Talbex Airways"), if the words are one. */
function bodyNameType(words: readonly Token[]): SourceType | undefined {
  const name = capitalised(words);
  if (CLUB.test(name)) return 'organization';
  if (RESEARCH_FIRM.test(name)) return 'expert';
  return CORPORATE.test(name) && /\s/.test(name) ? 'company' : undefined;
}
/** Words that end the name of a firm of analysts or researchers: "Talbury Research", "Lakeside Economics". */
const RESEARCH_FIRM = /\p{Lu}\S*\s(?:Research|Economics|Insights)$/u;
/** Whether the tokens from `from` to `to` are a person's full name: a given name the lexicon knows, then capitalised words. */
function isFullName(tokens: readonly Token[], from: number, to: number, lex: Lexicon): boolean {
  const words = tokens.slice(from, to);
  return (
    words.length >= 2 && words.every((t) => t.cap && t.word && !t.quoted) && !!givenNameGender(words[0]!.text, lex)
  );
}
/** Lower-case words inside a name or a title: "Dana Reyes of Talbury Radio", "Secretary of the Interior". */
const NAME_LINKS = new Set(['of', 'the', 'for', 'and', 'de', 'von', 'van', 'al']);
/**
 * Verbs of the manner of speaking that tag a quotation ("“…,” fumed Tom Kahl", "“…,” she laughs"): they
 * take no person as their object either.
 */
const MANNER = [
  ...['fume', 'gush', 'rage', 'laugh', 'beam', 'sigh', 'smile', 'groan', 'chuckle', 'scoff', 'snap', 'hiss'],
  ...['whisper', 'shout', 'scream', 'exclaim', 'retort', 'muse', 'gasp', 'mutter', 'murmur', 'grumble'],
];
/** Inverting verbs that take no person as their object: a name right after them is who speaks. */
const SAY_LIKE = new Set([
  'say',
  'add',
  'insist',
  'reply',
  'quip',
  'joke',
  'continue',
  'conclude',
  'report',
  ...MANNER,
]);
/** Verbs whose subject may follow them after a quotation: "“…,” said X". */
const INVERTING = new Set([
  ...MANNER,
  'say',
  'report',
  'add',
  'write',
  'ask',
  'explain',
  'note',
  'insist',
  'reply',
  'recall',
  'warn',
  'argue',
  'admit',
  'conclude',
  'acknowledge',
  'observe',
  'tell',
  'quip',
  'joke',
  'continue',
  'caution',
  'remark',
  'comment',
  'predict',
  'declare',
  'claim',
  'tweet',
  'post',
  'respond',
  'concede',
  'stress',
  'urge',
  // ("“…,” read a statement from the club": a document's words, as its lexicon entry needs)
  'read',
]);
/** Verbs whose agentless passive passes on what somebody said: "was described as", "was quoted". */
const PASSIVE_SPEECH = new Set([
  'say',
  'report',
  'describe',
  'announce',
  'confirm',
  'claim',
  'allege',
  'reveal',
  'quote',
  'cite',
  'state',
  'write',
  'post',
  'tweet',
  'predict',
  'estimate',
  'forecast',
]);
/** A finite verb or modal that shows a clause follows: "suggested states like X might be in play". */
const FINITE = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'might',
  'may',
  'can',
  'should',
  'must',
  'does',
  'did',
  "isn't",
  "wasn't",
  "won't",
  "can't",
  "didn't",
  "doesn't",
  "aren't",
  "weren't",
  "hasn't",
  "haven't",
  "wouldn't",
  "couldn't",
  'remains',
  'remain',
  'needs',
  'need',
]);
/** Nouns of one who acts for another, of a legislature's members too: "a representative for …". */
const AGENT = /^representatives?$/;
/** Verbs of seeming in the present, which no noun spells: "appear to show", "seems to suggest". */
const SEEMING = new Set(['appear', 'appears', 'seem', 'seems']);
/** Whether the "to" at `to` follows a verb that leaves the speaker its subject (CATENATIVE, or "went on"). */
const afterCatenative = (tokens: readonly Token[], to: number) =>
  CATENATIVE.has(tokens[to - 1]?.lower ?? '') || (tokens[to - 1]?.lower === 'on' && tokens[to - 2]?.lower === 'went');
/**
 * Verbs before "to" that leave the speaker as their own subject: "continues to insist", "liked to say",
 * "sought to assure lenders that …" (not what somebody wants, is willing or refuses to say: nothing was said).
 */
const CATENATIVE = new Set([
  'continue',
  'continues',
  'continued',
  'refused',
  'seem',
  'seems',
  'seemed',
  'appear',
  'appears',
  'appeared',
  'wanted',
  'try',
  'tries',
  'tried',
  'sought',
  'like',
  'likes',
  'liked',
  'love',
  'loves',
  'loved',
  'began',
  'begin',
  'begins',
  'went',
  'moved',
  'rushed',
  'hastened',
  'used',
  'sure',
  'quick',
  'careful',
  'keen',
  'eager',
]);
/** Words before a headline's colon that label the text, no source: "Analysis: …", "Watch: …", "Update: …". */
const HEADLINE_LABELS: ReadonlySet<string> = new Set(
  (
    'analysis comment opinion interview explainer update updates live watch listen review exclusive breaking ' +
    'revealed pictured video videos audio photo photos picture pictures gallery source sources credit credits ' +
    'editor note verdict recap timeline profile obituary warning email e-mail contact phone tel website web follow ' +
    'image images pic pics illustration map chart graphic graphics'
  ).split(' '),
);
/** Participles of the reportative passive before "to have": "is said to have told", "was reported to have said". */
const REPORTATIVE_PASSIVES = new Set([
  'said',
  'reported',
  'alleged',
  'believed',
  'thought',
  'understood',
  'rumoured',
  'rumored',
]);
/** Verbs of aiming before "to": what they aim at has not happened ("wanted to find", "tried to show"). */
const AIMING = new Set(['want', 'wants', 'wanted', 'try', 'tries', 'tried', 'seek', 'seeks', 'sought', 'attempted']);
/** Days and months (and their abbreviations) are capitalised but name nobody. */
const CALENDAR =
  /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?$|^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$|^(?:january|february|march|april|june|july|august|september|october|november|december|wednesday|saturday|thursday|tuesday)$/;
/** Words that hedge a share or a count: "about 4 in 10", "nearly half", "some 46%". */
const ABOUT =
  '(?:(?:about|nearly|almost|roughly|around|some|just|only|over|under|close to|more than|fewer than|less than)\\s+)*';
/** A share of people, as polls report them: "about 4 in 10 tenants", "six in 10", "52% of voters". */
const SHARE_OF_RESPONDENTS = new RegExp(
  `^\\s*${ABOUT}(?:(?:\\d+|one|two|three|four|five|six|seven|eight|nine) (?:in|out of) (?:\\d+|two|three|four|five|six|seven|eight|nine|ten)\\b|\\d+(?:\\.\\d+)?\\s*(?:%|percent\\b|per cent\\b))`,
  'i',
);
/**
 * A share put in words before "of" ("nearly half of", "two thirds of", "a majority of"): of a bare
 * plural it is a population a poll counted ("half of voters"), of a group the text points to it is
 * part of that group ("half of the passengers").
 */
const SHARE_OF = new RegExp(
  `^\\s*${ABOUT}(?:(?:a|an|one|two|three|four|the)\\s+)?(?:half|thirds?|quarters?|fifths?|majority|minority)\\s+of\\s+`,
  'i',
);
/**
 * A singular office held by one person, as a mention's head: at its end ("the US President", "the
 * minister") or before the body it serves ("a spokesman for Talbury Rail", "the director of the museum").
 */
const OFFICE =
  /\b(?:president|prime minister|minister|secretary|chancellor|spokesman|spokeswoman|spokesperson|governor|mayor|senator|premier|king|queen|pope|judge|prosecutor|ambassador|commissioner|leader|chief|chairman|chairwoman|director|ceo)(?:$| (?:for|of|at|with) )/i;
const MAX_PHRASE_TOKENS = 14;
const MAX_SUBJECT_GAP = 12;

/** An abbreviation written with periods: "c.e.o.", "u.s.". */
const DOTTED = /^(?:\p{L}\.)+\p{L}\.?$/u;
/** Initials with periods, the last one split off by the tokenizer: "U.S", "U.K". */
const DOTTED_INITIALS = /^(?:\p{Lu}\.)+\p{Lu}$/u;
/** A word without its possessive ending: "Kahl’s" → "Kahl", "Reyes’" → "Reyes". */
const possessiveless = (word: string) => word.replace(/(?:['’‘]s|['’‘])$/, '');
/** Forms of words seen so far (the same few hundred words recur on every page). */
const formCache = new Map<string, string[]>();
/** A word's lexicon forms: itself, without a possessive, and singular forms of a plural. */
function forms(lower: string): string[] {
  let out = formCache.get(lower);
  if (!out) {
    if (formCache.size > 50_000) formCache.clear();
    formCache.set(lower, (out = computeForms(lower)));
  }
  return out;
}

function computeForms(lower: string): string[] {
  const w = possessiveless(lower);
  const out = [lower, w];
  // "the 36-year-old": a person by their age
  if (/^\d{1,3}-year-olds?$/.test(w)) out.push('year-old');
  // "C.E.O.", "U.N.": an abbreviation written with periods is the one without
  if (DOTTED.test(w)) out.push(w.replaceAll('.', ''));
  if (/ies$/.test(w)) out.push(w.slice(0, -3) + 'y');
  if (/(?:ses|xes|ches|shes)$/.test(w)) out.push(w.slice(0, -2));
  if (/[^s]s$/.test(w)) out.push(w.slice(0, -1));
  // "editor-in-chief", "commander-in-chief", "attorney-at-law": a compound with a preposition inside is of
  // the kind of its first part (its head), before any other
  const head = /^(\p{L}{3,})-(?:in|of|at)-\p{L}+$/u.exec(w)?.[1];
  if (head) return [...out, ...computeForms(head)];
  // "counter-protesters", "ex-minister": a compound with a hyphen is of the kind of its last part
  const last = w.lastIndexOf('-');
  if (last > 0 && w.length - last > 4 && !out.includes('year-old')) out.push(...computeForms(w.slice(last + 1)));
  return out;
}

/** The type a word names, by the lexicon (kept per word as written: capitals tell a name). */
const nounType = perWord(nounTypeOf, undefined, 'text');
function nounTypeOf(t: Token, lex: Lexicon): SourceType | null {
  // a name as written or with a possessive, not a plural ("Economists" is no "Economist")
  if (/\p{Lu}/u.test(t.text)) {
    const w = possessiveless(t.lower);
    const byName =
      lex.nameTypes.get(t.lower) ??
      lex.nameTypes.get(w) ??
      (DOTTED.test(w) ? lex.nameTypes.get(w.replaceAll('.', '')) : null);
    if (byName) return byName;
  }
  for (const f of forms(t.lower)) {
    const type = lex.nounMap.get(f);
    if (type) return type;
  }
  // "neurologist", "virologists", "psychiatrist", "pediatrician": a specialist of a science by the word's ending
  return SPECIALIST.test(t.lower) ? 'expert' : null;
}
/** The endings of specialists of a science or of medicine. */
const SPECIALIST = /^\p{Ll}{3,}(?:ologists?|iatrists?|iatricians?)$/u;

const isRelational = perWord((t, lex) => forms(t.lower).some((f) => lex.relational.has(f)));
const relationalFallback = perWord((t, lex): SourceType | null => {
  for (const f of forms(t.lower)) {
    const x = lex.relationalFallbacks.get(f);
    if (x) return x;
  }
  return null;
});
/** Whether a form of the word is a noun the lexicon types. */
const isLexiconNoun = perWord((t, lex) => forms(t.lower).some((f) => lex.nounMap.has(f)));

/** A word of a noun phrase: not a function word, not a verb of saying, not an adverb. */
function isPhraseWord(t: Token | undefined, lex: Lexicon): boolean {
  if (!t || !t.word || t.quoted) return false;
  // an acronym is a word of its own even when it spells a function word: "US", "WHO", "IT"
  if (lex.functionWords.has(t.lower) && !/^\p{Lu}{2,}$/u.test(t.text)) return false;
  if (lex.verbForms.has(t.lower) && !t.cap && !nounType(t, lex)) return false;
  if (lex.gerunds.has(t.lower)) return false;
  if (!t.cap && /ly$/.test(t.lower) && !nounType(t, lex) && t.lower.length > 4) return false;
  return true;
}

/**
 * A capitalised function word after a capitalised word is part of a name: "Talbex Together", "Stand Up
 * To Talbury" (running text writes them so only in names; headlines in title case are read apart).
 */
function isFunctionWordInName(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const t = tokens[i];
  return !!t && titleCasedAfterName(tokens, i) && lex.functionWords.has(t.lower) && !lex.pronouns.has(t.lower);
}

/**
 * A capitalised gerund of a verb of saying between two capitalised words is part of a name: "the Flood
 * Warning Centre", "the Talbury Forecasting Service" (not one that opens a clause: "Warning of floods, …").
 */
function isGerundInName(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  return (
    !!t &&
    titleCasedAfterName(tokens, i) &&
    lex.gerunds.has(t.lower) &&
    !lex.determiners.has(tokens[i - 1]!.lower) &&
    !!next?.cap &&
    next.word &&
    !next.quoted
  );
}

/** Whether the word at `i` is written in title case, outside quotation marks, after a capitalised word. */
function titleCasedAfterName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  return (
    !!t && !!prev && t.word && !t.quoted && /^\p{Lu}\p{Ll}+$/u.test(t.text) && prev.cap && prev.word && !prev.quoted
  );
}

/** A relational role in the singular ("spokesman", "manager"): what a word in -ing before it modifies. */
const isSingularRole = (t: Token, lex: Lexicon) => isRelational(t, lex) && !/s$/.test(t.lower);

/** "own" after a possessive modifies the noun after it: "its own figures", "the company's own data". */
function isOwnAfterPossessive(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const prev = tokens[i - 1];
  return (
    tokens[i]?.lower === 'own' &&
    !!prev &&
    (lex.possessives.has(prev.lower) || /['’‘]s?$/.test(prev.text)) &&
    !!tokens[i + 1]?.word
  );
}

/**
 * A word in lower case that a determiner makes a noun, though alone it reads as a verb or an adverb
 * ("a claim", "the rally", "her family"; not "the said").
 */
function isNounAfterDeterminer(t: Token | undefined, lex: Lexicon): boolean {
  return (
    !!t &&
    t.word &&
    !t.quoted &&
    !t.cap &&
    ((lex.verbForms.has(t.lower) && !/(?:ed|said|told)$/.test(t.lower)) || /\p{L}{3}ly$/u.test(t.lower)) &&
    !lex.functionWords.has(t.lower)
  );
}

/** How many modifiers may stand between a determiner and a document's noun ("a new Talbury Council report"). */
const MAX_MODIFIERS = 3;

/**
 * Whether token `i` is a document's noun in the bare form ("report", "statement") after a determiner and
 * one to MAX_MODIFIERS modifiers, where no verb can stand: "its annual report", "a Talbury Nations report"
 * (not after a plural the determiner opens, whose verb it may be: "the residents report").
 */
function isModifiedDocument(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const t = tokens[i]!;
  if (/s$/.test(t.lower) || nounType(t, lex) !== 'document') return false;
  let k = i - 1;
  // (past "own" after a possessive too: "the council's own report")
  while (
    k >= i - MAX_MODIFIERS &&
    tokens[k]?.word &&
    !tokens[k]!.quoted &&
    (!lex.functionWords.has(tokens[k]!.lower) || isOwnAfterPossessive(tokens, k, lex))
  ) {
    if (lex.verbForms.has(tokens[k]!.lower)) return false;
    k--;
  }
  const det = tokens[k];
  // (not a verb before "that" after a subject's prepositional phrase: "Analysts at the Talbury Institute
  // estimate that …")
  if (tokens[i + 1]?.lower === 'that' && lex.prepositions.has(tokens[k - 1]?.lower ?? '') && tokens[k - 2]?.word)
    return false;
  return (
    k < i - 1 &&
    !!det &&
    lex.determiners.has(det.lower) &&
    // (not after a plural, "the analysts | report"; but after a possessive, "the council's report")
    (INDEFINITE_ARTICLES.has(det.lower) ||
      !/s$/.test(tokens[i - 1]!.lower) ||
      POSSESSIVE_NOUN.test(tokens[i - 1]!.text))
  );
}

/**
 * Reads a noun phrase from token `i`; `apposition`: take ", Name Surname" after a role; `toComplement`:
 * a noun may take "to" ("an adviser to the mayor", "a letter from X to Y"), which only a subject known
 * to end at its verb can tell from "said Dana Reyes | to reporters".
 */
function readPhrase(
  tokens: readonly Token[],
  i: number,
  lex: Lexicon,
  apposition = true,
  toComplement = false,
): Phrase | null {
  const start = i;
  const t0 = tokens[i];
  if (!t0 || t0.quoted || !t0.word) return null;
  if (lex.pronouns.has(t0.lower)) return { from: i, to: i + 1, text: '', pronoun: true };
  // "Those who knew him", "anyone who saw it": people a relative clause says who they are
  // (not after a preposition, but for a part of them: "Among those who came was X, who said"; "Many of those who …")
  if (
    WHO_ANTECEDENTS.has(t0.lower) &&
    WHO.has(tokens[i + 1]?.lower ?? '') &&
    (!lex.prepositions.has(tokens[i - 1]?.lower ?? '') ||
      (tokens[i - 1]!.lower === 'of' && PART_OF.has(tokens[i - 2]?.lower ?? '')))
  )
    return { from: i, to: i + 1, text: '', pronoun: false };
  // "one of the passengers", "some of them": a part of a group, read with the group (a pronoun stays one,
  // of a group: never one person)
  if (PART_OF.has(t0.lower) && tokens[i + 1]?.lower === 'of') {
    const group = OBJECT_PRONOUNS.has(tokens[i + 2]?.lower ?? '')
      ? { from: i + 2, to: i + 3, text: '', pronoun: true, plural: true }
      : readPhrase(tokens, i + 2, lex, apposition, toComplement);
    if (group) return { ...group, from: i };
  }
  // "Another said …", "Others told …", "one said": one more of those just quoted, with no noun after it
  // (not "No one said", "this one"; "one of the passengers" is a part of a group)
  const before = tokens[i - 1];
  if (
    ONE_MORE.has(t0.lower) &&
    !isPhraseWord(tokens[i + 1], lex) &&
    !(
      t0.lower === 'one' &&
      (tokens[i + 1]?.lower === 'of' ||
        (before?.word && !before.quoted && (lex.determiners.has(before.lower) || NOT_ONE.has(before.lower))))
    )
  )
    return { from: i, to: i + 1, text: '', pronoun: false };
  const head = () => {
    if (tokens[i] && lex.determiners.has(tokens[i]!.lower)) {
      i++;
      // a year or a number after the article: "The 2019 report", "the 40-page statement"
      if (NUMBER_MODIFIER.test(tokens[i]?.text ?? '') && isPhraseWord(tokens[i + 1], lex)) i++;
      // "seven in ten shoppers"
      else if (isCount(tokens[i - 1]) && tokens[i]?.lower === 'in' && isCount(tokens[i + 1])) i += 2;
    }
    // "more than 650,000 children", "at least 40 residents": a quantity before a number
    const quantity = QUANTITY.exec(wordsOf(tokens, i, i + 2).toLowerCase())?.[0].split(' ').length ?? 0;
    if (quantity && NUMBER.test(tokens[i + quantity]?.text ?? '')) i += quantity;
    // "next door neighbour Lea Roth": "next door" before a noun modifies it
    if (tokens[i]?.lower === 'next' && tokens[i + 1]?.lower === 'door' && isPhraseWord(tokens[i + 2], lex)) i += 2;
    // "about 3 in 10 voters", "most national polls"
    const from = i;
    // (a verb's form right after a determiner is a noun: "the rally", "a claim")
    const afterDeterminer = from > start;
    while (
      (isPhraseWord(tokens[i], lex) ||
        (afterDeterminer && i === from && isNounAfterDeterminer(tokens[i], lex)) ||
        opensMultiWordNoun(tokens, i, lex) ||
        isOwnAfterPossessive(tokens, i, lex) ||
        (i > from && isFunctionWordInName(tokens, i, lex)) ||
        (i > from && isGerundInName(tokens, i, lex)) ||
        // ("May said", "May told MPs": a name before a verb in the past, which no modal stands before; and the
        // month after a preposition, "a survey released in May found")
        (!!tokens[i] &&
          isCapitalMay(tokens[i]!) &&
          (PAST_AFTER_NAME.test(tokens[i + 1]?.lower ?? '') || isMonthMay(tokens, i, lex)))) &&
      i - start < MAX_PHRASE_TOKENS
    ) {
      const t = tokens[i]!;
      // "A team led by Dana Reyes", "researchers led by Tom Kahl at Talbury University": a group and
      // whom it is led by are one mention
      if (ledBy(tokens, i) && i > from && isGroupHead(tokens[i - 1]!, lex)) {
        const leader = readPhrase(tokens, i + 2, lex, false);
        if (leader && !leader.pronoun && leader.to > i + 2 && tokens[i + 2]!.cap) {
          i = leader.to;
          break;
        }
      }
      // "a ministry memo | seen by Reuters": a participle with an agent starts a cue of its own (and
      // opens no mention: "was | led by X, who said")
      if (!t.cap && /(?:ed|en|wn)$/.test(t.lower) && tokens[i + 1]?.lower === 'by' && (i > from || i === start)) break;
      // (and one after a name or a noun with when or where belongs to the mention, which ends after it: "a
      // survey by Talbury University released in March", "figures published last week | show")
      if (
        !t.cap &&
        i > from &&
        isNameOrNoun(tokens[i - 1]!, lex) &&
        PAST_PARTICIPLE.test(t.text) &&
        ((lex.prepositions.has(tokens[i + 1]?.lower ?? '') && !BEFORE_INFINITIVE.has(t.lower)) ||
          CALENDAR.test(tokens[i + 1]?.lower ?? '') ||
          WHEN_LEADS.has(tokens[i + 1]?.lower ?? ''))
      ) {
        i = participleClauseEnd(tokens, i + 1, lex);
        break;
      }
      // "Images seen by Reuters | appear to show …": a verb of seeming before its infinitive ends the phrase
      if (!t.cap && i > from && SEEMING.has(t.lower) && tokens[i + 1]?.lower === 'to') break;
      // "Data from the ONS | shows …": a verb of saying that is also a noun ("shows", "reports") ends a head it does not start
      // (not a document's noun after its determiner and modifiers: "its annual report")
      // (nor the first word of a noun of several: "the London-based think tank")
      if (
        !t.cap &&
        i > from &&
        lex.verbForms.has(t.lower) &&
        !isModifiedDocument(tokens, i, lex) &&
        !isNewsReports(tokens, i, lex) &&
        !opensMultiWordNoun(tokens, i, lex)
      )
        break;
      // a participle opens no mention and ends a name: "leaving office | thinks …", "Brandik | considering …"
      // (but one before a noun of documents modifies it: "tracking data", "ship-tracking data", "polling figures";
      // so does one after a capitalised word before a role: "Opposition housing spokesman", "Talbex training manager")
      const next = tokens[i + 1];
      if (
        !t.cap &&
        /ing$/.test(t.lower) &&
        // (after a capitalised word that is a name, not the article that opens the sentence: "The leading firm")
        (i === start || (tokens[i - 1]!.cap && !lex.determiners.has(tokens[i - 1]!.lower))) &&
        !nounType(t, lex) &&
        // (a time of day is a noun: "on Thursday evening")
        !TIME_WORDS.test(t.lower) &&
        !(next && !next.cap && nounType(next, lex) === 'document') &&
        !(i > start && next && !next.cap && isSingularRole(next, lex)) &&
        // (nor one that opens a noun before a name: "according to tracking site Jobcuts.fyi", "consulting firm Talbex")
        !(i === start && next?.word && !next.cap && tokens[i + 2]?.word && tokens[i + 2]!.cap && !tokens[i + 2]!.quoted)
      )
        break;
      // a verb in the past after a name: "Reuters | appeared to show", "Talbex | insisted" (a participle
      // with its phrase belongs to the mention: read above); an irregular one that is no noun too after any
      // noun: "The singer | took to Instagram"
      if (!t.cap && i > from && tokens[i - 1]!.cap && /\p{L}{3}ed$/u.test(t.lower) && !nounType(t, lex)) break;
      if (!t.cap && i > from && IRREGULAR_PAST.has(t.lower) && !PAST_NOUNS.has(t.lower)) break;
      // and one in -ed after a noun, before a name or an article, is the verb of a clause: "The minister |
      // sacked Tom Kahl", "The council | approved the plan" (not a name given, "a woman named Anna Berger",
      // nor a day, "figures released Monday")
      if (
        !t.cap &&
        i > from &&
        /\p{L}{2}ed$/u.test(t.lower) &&
        !NAMING_WORDS.has(t.lower) &&
        !nounType(t, lex) &&
        !!nounType(tokens[i - 1]!, lex) &&
        !!next &&
        ((next.cap && !CALENDAR.test(next.lower)) ||
          ARTICLES.has(next.lower) ||
          // (or before "to" and an infinitive, as only a finite verb stands: "The ministry | declined to comment")
          (next.lower === 'to' && BEFORE_INFINITIVE.has(t.lower)))
      )
        break;
      // a verb in -s after a name, an article or a particle after it: "Reyes | picks up the story",
      // "Reyes | wins the vote" (a plural noun after a name is followed by its verb: "Talbury residents say");
      // after a person's full name, whatever follows: "Tom Kahl | discusses harbour-building"
      if (
        !t.cap &&
        i > from &&
        tokens[i - 1]!.cap &&
        /[^s]s$/.test(t.lower) &&
        !nounType(t, lex) &&
        (ARTICLES.has(tokens[i + 1]?.lower ?? '') ||
          VERB_PARTICLES.has(tokens[i + 1]?.lower ?? '') ||
          (!!tokens[i - 2]?.cap && lex.givenNames.has(tokens[i - 2]!.lower)))
      )
        break;
      const comp = ADJ_COMPLEMENT[t.lower];
      i++;
      // "46% of voters": a per cent sign is part of its number
      if (tokens[i]?.text === '%' && tokens[i]!.start === t.end && /^\d/.test(t.text)) i++;
      // "people familiar with the talks"
      // (and "a person close to him", "sources close to her": the pronoun closes the phrase)
      if (comp && tokens[i]?.lower === comp) {
        i++;
        // ("her" before a noun is a possessive: "close to her family", "familiar with her planning")
        const after = tokens[i + 1];
        const possessive =
          !!after?.word &&
          !after.cap &&
          !after.quoted &&
          lex.determiners.has(tokens[i]?.lower ?? '') &&
          !lex.verbForms.has(after.lower) &&
          !lex.functionWords.has(after.lower);
        if (tokens[i] && OBJECT_PERSONAL.has(tokens[i]!.lower) && !tokens[i]!.quoted && !possessive) {
          i++;
          break;
        }
        if (tokens[i] && lex.determiners.has(tokens[i]!.lower)) {
          i++;
          // (a word after the determiner is its noun, whatever else it may be: "familiar with her planning";
          // after an owner's possessive, the word it owns: "close to the company's plans")
          if (tokens[i]?.word && !tokens[i]!.quoted && !isPhraseWord(tokens[i], lex)) {
            const owner = POSSESSIVE_END.test(tokens[i]!.text);
            i++;
            if (owner && tokens[i]?.word && !tokens[i]!.quoted && !isPhraseWord(tokens[i], lex)) i++;
          }
        }
      }
      // "Mr. Kahl", "Tom M. Talbot", "Sen. Dana Reyes"
      // (and "Acme Corp. said": an abbreviation keeps its period whatever follows)
      if (
        tokens[i]?.text === '.' &&
        tokens[i]!.start === t.end &&
        ((tokens[i + 1]?.cap && (lex.titles.has(t.lower) || /^\p{Lu}$/u.test(t.text))) ||
          (lex.abbreviations.has(lastPart(t.lower)) && tokens[i + 1]?.word) ||
          // ("the U.S. ambassador", "U.K. officials", "U.S. President Tom Kahl": a country's initials keep
          // their period before a lower-case word or a capitalised one before a name; "in the U.S. Officials
          // said" may end a sentence the segmenter kept)
          // (nor those that open the sentence, which cannot end it there: "The U.S. Army said")
          (DOTTED_INITIALS.test(t.text) &&
            !!tokens[i + 1]?.word &&
            (!tokens[i + 1]!.cap || !!tokens[i + 2]?.cap || (start === 0 && i <= 2))))
      )
        i++;
      // "about 3 in 10 voters"
      // ("seven in ten shoppers")
      if (isCount(t) && tokens[i]?.lower === 'in' && isCount(tokens[i + 1])) i += 2;
    }
    return i > from;
  };
  if (!head()) return null;
  const headNoun = i - 1;
  // "the Department of Defense", "a spokesperson for the ministry", "the chief at the time"
  // ("a report in the Talbury Times", "reports in the local press": what the news published, with where)
  for (let n = 0; n < 3; n++) {
    const w = tokens[i];
    // ("a post on the council's Facebook page", "a video on TikTok": a post with where it was posted)
    const inNews =
      (w?.lower === 'in' && NEWS_ITEM.test(tokens[headNoun]!.lower)) ||
      (w?.lower === 'on' && POSTED_ITEM.test(tokens[headNoun]!.lower));
    // ("sources in the police", "officials inside the club": a vague source with the body it is inside)
    const inside =
      !!w &&
      INSIDE.has(w.lower) &&
      INSIDERS.has(tokens[headNoun]!.lower) &&
      lex.determiners.has(tokens[i + 1]?.lower ?? '') &&
      !!tokens[i + 2] &&
      !!nounType(tokens[i + 2]!, lex);
    if (
      !w ||
      w.quoted ||
      !(
        COMPLEMENT.has(w.lower) ||
        inNews ||
        inside ||
        (toComplement && w.lower === 'to' && takesTo(tokens, headNoun, lex))
      ) ||
      // (where one spoke is no part of who: "said the mayor at a press conference"; for a group it says which:
      // "Fans at the rally said")
      (w.lower === 'at' && isEventAt(tokens, i + 1) && !isGroupNoun(tokens, headNoun, lex))
    )
      break;
    const save = i;
    i++;
    // ("a friend of his", "a colleague of hers": a possessive pronoun standing alone closes the phrase)
    if (w.lower === 'of' && INDEPENDENT_POSSESSIVES.has(tokens[i]?.lower ?? '') && !tokens[i]!.quoted) {
      i++;
      break;
    }
    // ("a mother of two", "a father of three": a number alone closes the phrase, the children it counts unsaid)
    if (w.lower === 'of' && isCount(tokens[i]) && !tokens[i]!.quoted && !isPhraseWord(tokens[i + 1], lex)) {
      i++;
      break;
    }
    if (!head() || (inNews && !namesOutlet(tokens.slice(save + 1, i), lex))) {
      i = save;
      break;
    }
  }
  // "charity the Talbury Trust", "think tank the Talbury Foundation", "regulator the Water Authority": a noun
  // with no article before the name it describes, which "the" opens
  if (
    tokens[i]?.lower === 'the' &&
    !!tokens[i + 1]?.cap &&
    !tokens[i + 1]!.quoted &&
    !lex.determiners.has(tokens[start]!.lower) &&
    tokens.slice(start, i).every((t, k) => t.word && (!t.cap || (k === 0 && start === 0))) &&
    describesName(tokens, start, i, lex)
  ) {
    const save = i;
    i++;
    if (!head() || !tokens[i - 1]!.cap) i = save;
  }
  // "Kahl and his family", "the Reyes and Kahl campaigns"
  // (not two sources: a name and a phrase an article opens, "Talbex and the city council", two full names,
  // "Tom Kahl and Lea Roth", or any two after "both", "both Talbex and Norvia")
  if (
    tokens[i]?.lower === 'and' &&
    tokens[i - 1]?.cap &&
    (tokens[i + 1]?.cap || lex.determiners.has(tokens[i + 1]?.lower ?? '')) &&
    !ARTICLES.has(tokens[i + 1]!.lower) &&
    tokens[start]?.lower !== 'both' &&
    tokens[start - 1]?.lower !== 'both' &&
    !(isFullName(tokens, i - 2, i, lex) && isFullName(tokens, i + 1, i + 3, lex))
  ) {
    const save = i;
    i++;
    if (!head()) i = save;
  }
  // an acronym in brackets: "the Talbury Port Authority (TPA)"; a party and state, "Sen. Tom Kahl (D-Tex.)"
  if (tokens[i]?.text === '(' && isPhraseWord(tokens[i + 1], lex)) {
    const close = tokens[i + 2]?.text === '.' ? i + 3 : i + 2;
    if (tokens[close]?.text === ')') i = close + 1;
  }
  // a name in apposition after a role: "The alliance's chief at the time, Dana Reyes", "The mayor of Talbury, Dana Reyes"
  // (not after a text or a body, which no person's name sets off: "According to a criminal complaint, Tom Kahl,
  // 52, used …", "According to the police, Tom Kahl …": the name is the next clause's subject)
  if (
    apposition &&
    tokens[i]?.text === ',' &&
    !hasOwnName(tokens, start, i, lex) &&
    !namesNoPerson(tokens, start, i, lex)
  ) {
    // (after a form of address too: "Its medical director, Dr Lea Roth")
    let first = i + 1;
    if (tokens[first] && lex.titles.has(tokens[first]!.lower)) first += tokens[first + 1]?.text === '.' ? 2 : 1;
    let j = first;
    while (j < tokens.length && isNameWord(tokens[j]!, lex) && j - first <= 3) j++;
    const after = tokens[j];
    if (
      j - first >= 2 &&
      (!after || CLAUSE_BREAK.has(after.text) || after.text === '.' || lex.verbForms.has(after.lower))
    )
      i = j;
  }
  return { from: start, to: i, text: '', pronoun: false };
}

/**
 * Whether the head of a phrase, the last noun of its first compound in lower case that owns nothing, is a
 * text's or a body's ("a criminal complaint", "the police"; not "the police chief", "a spokesman for the
 * council", "the alliance's chief").
 */
function namesNoPerson(tokens: readonly Token[], from: number, to: number, lex: Lexicon): boolean {
  const noun = (t: Token | undefined) =>
    !!t && t.word && !t.cap && !/['’]s?$/.test(t.text) && (isRelational(t, lex) || !!nounType(t, lex));
  let h = tokens.findIndex((t, k) => k >= from && k < to && noun(t));
  // (the compound's last noun: "the police chief")
  while (h >= 0 && h + 1 < to && noun(tokens[h + 1])) h++;
  const head = h >= 0 ? tokens[h] : undefined;
  return !!head && !isRelational(head, lex) && (nounType(head, lex) === 'document' || lex.bodyNouns.has(head.lower));
}

/**
 * Whether the head noun at `h` takes "to": a common noun (capitalised only as the sentence's first word)
 * of a role or after a determiner ("Advisers to the mayor", "a letter from X to Y").
 */
function takesTo(tokens: readonly Token[], h: number, lex: Lexicon): boolean {
  const noun = tokens[h];
  if (!noun || !noun.word || (noun.cap && h > 0)) return false;
  return !!nounType(noun, lex) || isRelational(noun, lex) || lex.determiners.has(tokens[h - 1]?.lower ?? '');
}

/**
 * The "(" of a bracket of one word that ends right before token `end`, its abbreviation's point inside
 * ("(TPA)", "(D-Calif.)"), or -1.
 */
function bracketBefore(tokens: readonly Token[], end: number): number {
  if (tokens[end - 1]?.text !== ')') return -1;
  const word = tokens[end - 2]?.text === '.' ? end - 3 : end - 2;
  return tokens[word]?.word && tokens[word - 1]?.text === '(' ? word - 1 : -1;
}

/** A phrase extended over the acronym in brackets after it, up to `to`: "the Talbury Police Council (TPC)". */
function withBracket(text: string, tokens: readonly Token[], p: Phrase | null, to: number): Phrase | null {
  return p ? withText(text, tokens, { ...p, to }) : null;
}

function withText(sentence: string, tokens: readonly Token[], p: Phrase | null): Phrase | null {
  if (p) p.text = spanText(sentence, tokens, p.from, p.to);
  return p;
}

const phraseAt: Grammar['phraseAt'] = (text, tokens, i, lex) =>
  withAffiliation(text, tokens, withText(text, tokens, readPhrase(tokens, i, lex)), lex);

/** Words that say where a person named before them comes from: "Tom Kahl of Talbex", "Lea Roth from the Talbury Trust". */
const AFFILIATION = new Set(['of', 'from']);

/**
 * A person's full name and the body or place they come from ("Tom Kahl of Talbex", "Senator Lea Roth from
 * Talbury"): the mention ends with the name, and what follows is its role, which types it, as a description
 * set off by a comma is (the name a given name the lexicon knows and capitalised words after it).
 */
function withAffiliation(text: string, tokens: readonly Token[], p: Phrase | null, lex: Lexicon): Phrase | null {
  if (!p || p.pronoun || p.role) return p;
  const given = (t: Token) => lex.givenNames.has(t.lower) || lex.eitherNames.has(t.lower);
  for (let k = p.from + 2; k < p.to - 1; k++) {
    if (!AFFILIATION.has(tokens[k]!.lower) || tokens[k]!.quoted) continue;
    // (the given name before a surname, which may be a given name too: "Dana Casey")
    let g = k - 2;
    while (g > p.from && tokens[g]!.cap && !given(tokens[g]!)) g--;
    const next = tokens[k + 1]!.lower === 'the' ? tokens[k + 2] : tokens[k + 1];
    if (!tokens[k - 1]!.cap || !given(tokens[g]!) || !tokens[g]!.cap || !next?.cap) return p;
    return {
      ...p,
      text: spanText(text, tokens, p.from, k),
      role: spanText(text, tokens, k + 1, p.to),
      affiliation: true,
    };
  }
  return p;
}

const phraseEndingAt: Grammar['phraseEndingAt'] = (text, tokens, from, end, lex) => {
  for (let i = Math.max(from, end - MAX_PHRASE_TOKENS); i < end; i++) {
    const p = readPhrase(tokens, i, lex, false);
    if (p && p.to === end) return withText(text, tokens, p);
  }
  return null;
};

function clauseStartBefore(tokens: readonly Token[], anchor: number): number {
  let i = anchor - 1;
  while (i >= 0 && !CLAUSE_BREAK.has(tokens[i]!.text) && !tokens[i]!.quoted && !CLAUSE_OPENERS.has(tokens[i]!.lower))
    i--;
  return i + 1;
}

/** Quantifiers floated after an auxiliary: "have both said", "were all told". */
const FLOATING = new Set(['both', 'all', 'each']);
/** Reflexives that stress the subject they follow ("Roth herself told MPs"). */
const INTENSIFIERS = new Set(['herself', 'himself', 'itself', 'themselves']);

/** Skips adverbs, auxiliaries and "on Tuesday" backwards from `i` (inclusive); returns the new index. */
function skipBackOverAdverbials(tokens: readonly Token[], i: number, lex: Lexicon): number {
  for (;;) {
    const t = tokens[i];
    if (!t || t.quoted) return i;
    // (a word in -ly after a determiner is a noun: "the rally", "her family"; "May" after a capitalised word
    // or before a verb in the past is a name, no modal: "Dana May said", "May told MPs")
    if (
      (lex.focusWords.has(t.lower) &&
        !(
          isCapitalMay(t) &&
          (tokens[i - 1]?.cap || PAST_AFTER_NAME.test(tokens[i + 1]?.lower ?? '') || isMonthMay(tokens, i, lex))
        )) ||
      (!t.cap &&
        /ly$/.test(t.lower) &&
        t.lower.length > 4 &&
        !nounType(t, lex) &&
        !lex.determiners.has(tokens[i - 1]?.lower ?? ''))
    ) {
      i--;
      continue;
    }
    // "have both said", "had all agreed": a quantifier floated after the auxiliary belongs to the subject before it
    if (FLOATING.has(t.lower) && (HAVE.has(tokens[i - 1]?.lower ?? '') || BE.has(tokens[i - 1]?.lower ?? ''))) {
      i--;
      continue;
    }
    // "Roth herself told MPs", "the minister himself said": a reflexive right after the subject stresses it
    if (INTENSIFIERS.has(t.lower) && tokens[i - 1]?.word && !tokens[i - 1]!.quoted) {
      i--;
      continue;
    }
    // "have so far ruled out", "has thus far declined"
    if (t.lower === 'far' && (tokens[i - 1]?.lower === 'so' || tokens[i - 1]?.lower === 'thus')) {
      i -= 2;
      continue;
    }
    // "continues to insist", "was quick to point out", "went on to say"
    if (t.lower === 'to' && afterCatenative(tokens, i)) {
      i -= CATENATIVE.has(tokens[i - 1]?.lower ?? '') ? 2 : 3;
      continue;
    }
    // "on Tuesday", "last week", "in a statement", "in an interview"
    // ("on Thursday evening": a time of day after the day)
    const day = TIME_WORDS.test(t.lower) && !!tokens[i - 1]?.cap ? i - 1 : i;
    if (
      tokens[day]!.cap &&
      WEEKDAY.test(tokens[day]!.lower) &&
      ['on', 'last', 'this', 'late', 'early'].includes(tokens[day - 1]?.lower ?? '')
    ) {
      i = day - 2;
      continue;
    }
    if (
      ['week', 'month', 'year', 'night', 'morning', 'evening', 'weekend'].includes(t.lower) &&
      ['last', 'this', 'that', 'the'].includes(tokens[i - 1]?.lower ?? '')
    ) {
      i -= 2;
      continue;
    }
    return i;
  }
}

/** Words a name of the lexicon may hold before the phrase read ("Save | the Children"). */
const MAX_NAME_REACH = 4;

/**
 * Where a name the lexicon knows begins when it ends at token `end` and begins before `from`: a name
 * with a function word inside ("Save the Children", "Reporters Without Borders") is read from its last
 * such word; else `from`.
 */
function knownNameStart(text: string, tokens: readonly Token[], from: number, end: number, lex: Lexicon): number {
  for (let s = Math.max(0, from - MAX_NAME_REACH); s < from; s++) {
    if (!tokens[s]!.cap) continue;
    const words = text.slice(tokens[s]!.start, tokens[end - 1]!.end).toLowerCase();
    if (lex.nameTypes.has(words.replace(/\s+/g, ' '))) return s;
  }
  return from;
}

/** A phrase that ends where the verb's subject must end, reading from the earliest start that fits. */
function phraseEndingBefore(text: string, tokens: readonly Token[], end: number, lex: Lexicon): Phrase | null {
  const from = clauseStartBefore(tokens, end);
  for (let i = from; i < end; i++) {
    // (a participle clause opening the sentence is no subject: "Speaking at the forum Dana Reyes said")
    if (i === from && opensParticipleClause(tokens, from, lex)) continue;
    const p = readPhrase(tokens, i, lex, false, true);
    if (!p) continue;
    if (p.to === end && i > from && participleObject(tokens, from, i, lex)) {
      // "Speaking to the Talbury Herald Reyes claimed": the participle's object runs on into the
      // subject without a comma; the subject is the name that ends it
      // (after a publication's name, "to the Talbury Herald Reyes", else after a common noun, "to reporters Tom Kahl")
      for (let s = i + 1; s < end; s++) {
        const object = wordsOf(tokens, i, s);
        if (PUBLICATION.test(object) || multiWordNameType(object.toLowerCase(), lex))
          return withText(text, tokens, { ...p, from: s });
      }
      let k = end;
      while (k > i + 1 && isNameAt(tokens, k - 1, lex)) k--;
      return k < end && !isNameAt(tokens, k - 1, lex) ? withText(text, tokens, { ...p, from: k }) : null;
    }
    if (p.to === end) return withText(text, tokens, { ...p, from: knownNameStart(text, tokens, p.from, end, lex) });
    // the reader ran on into a verb it cannot tell from a noun ("Mr. Kahl continues to insist"): the subject ends where the verb group starts
    if (p.to > end && i === from) return withText(text, tokens, { ...p, to: end });
    // "officials who spoke on condition of anonymity said"
    if (
      p.to < end &&
      RELATIVE.has(tokens[p.to]!.lower) &&
      end - p.to <= MAX_RELATIVE_SUBJECT &&
      !tokens.slice(p.to, end).some((t) => t.text === ',' || t.quoted)
    )
      return withText(text, tokens, p);
  }
  return null;
}

/**
 * Whether the phrase at `i` is the object of a participle clause that opens the clause at `from`:
 * "Speaking to | the Herald", "Writing in | the Times" (an adverbial, not the subject).
 */
function participleObject(tokens: readonly Token[], from: number, i: number, lex: Lexicon): boolean {
  return (
    opensParticipleClause(tokens, from, lex) &&
    i - from <= 3 &&
    lex.prepositions.has(tokens[i - 1]!.lower) &&
    tokens.slice(from + 1, i - 1).every((t) => t.word && !t.cap)
  );
}

/**
 * Whether a word in -ing opens the clause at `from`, a preposition after it: "Speaking to", "Writing in"; not a
 * noun in -ing the lexicon types ("Polling by …", "Modelling by …").
 */
function opensParticipleClause(tokens: readonly Token[], from: number, lex: Lexicon): boolean {
  const opener = tokens[from]!;
  return (
    /ing$/.test(opener.lower) &&
    (lex.gerunds.has(opener.lower) || opener.cap) &&
    !nounType(opener, lex) &&
    lex.prepositions.has(tokens[from + 1]?.lower ?? '')
  );
}

/** Words that open where a person is from, set off after the name: "…, from Talbury," "…, of Talbury,". */
const ORIGIN = new Set(['from', 'of']);
/** An origin set off by commas has at most this many words ("from Talbury, North Shire"). */
const MAX_ORIGIN = 6;

/**
 * The comma before an origin set off after a name when the part after the comma at `c` (up to
 * `end`) is its region ("…, from Talbury, North Shire, said": the comma before "from"); else -1.
 */
function originBefore(tokens: readonly Token[], c: number, end: number): number {
  const commaBefore = (k: number) => {
    for (let j = k - 1; j >= 0 && k - j <= MAX_ORIGIN + 1; j--) {
      if (tokens[j]!.quoted) return -1;
      if (tokens[j]!.text === ',') return j;
    }
    return -1;
  };
  const last = tokens.slice(c + 1, end);
  // a region after the origin: capitalised words only
  if (last.length && last.length <= 3 && last.every((t) => t.word && t.cap)) {
    const p = commaBefore(c);
    if (p >= 0 && ORIGIN.has(tokens[p + 1]!.lower) && c - p - 1 <= MAX_ORIGIN) return p;
  }
  // where the person described before lives or works, set off on its own: "…, a nurse, in Talbury, said",
  // "…, and a resident of Talbury Island, in North Shire, told …" (a preposition of place and a place's
  // capitalised words after a noun, with a comma before the description)
  if (
    last.length >= 2 &&
    last.length <= 4 &&
    SET_OFF_PLACE.has(last[0]!.lower) &&
    last.slice(1).every((t) => t.word && t.cap && !t.quoted) &&
    tokens[c - 1]?.word &&
    !tokens[c - 1]!.quoted
  ) {
    for (let j = c - 1; j >= 0 && c - j <= MAX_SUBJECT_GAP; j--) {
      if (tokens[j]!.quoted) return -1;
      if (tokens[j]!.text === ',') return j;
    }
  }
  return -1;
}
/** Prepositions that open a place set off after a description: "…, in Talbury,", "…, near the coast,". */
const SET_OFF_PLACE = new Set(['in', 'near']);

/** Prepositions of place: "Residents in Talbury", "officials at the ministry". */
const WHERE = new Set(['in', 'at', 'from', 'near', 'on']);
/** What a source "with" knows: "people with knowledge of the matter", "sources with direct knowledge". */
const KNOWING = /^(?:knowledge|direct|firsthand|first-hand|access|insight)$/;
/** Prepositions whose phrase says where or of what, never who: the phrase after them is no subject. */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'of', 'from', 'near', 'for', 'with', 'on']);

/**
 * The name that opens a chain of appositions ending before token `before` ("Tom Kahl, vice president
 * of Brandik, a firm in Talbury"), with the appositions as its role: the first phrase after the
 * quotation or the sentence's start, a comma after it, and no clause break up to `before`.
 */
function chainHead(text: string, tokens: readonly Token[], before: number, lex: Lexicon): Phrase | null {
  let s = before;
  while (s > 0 && !tokens[s - 1]!.quoted && !isQuoteMark(tokens[s - 1]!.text) && tokens[s - 1]!.text !== ';') s--;
  while (s < before && !tokens[s]!.word) s++;
  const p = readPhrase(tokens, s, lex, false);
  // (a full name: one capitalised word before a comma opens sentences too, "Plus, …", "Still, …"; and a name
  // ends in its name words, not in a lower-case noun: "Outside court, …")
  if (
    !p ||
    p.pronoun ||
    p.to - p.from < 2 ||
    tokens[p.to]?.text !== ',' ||
    !hasName(tokens, p.from, p.to, lex) ||
    !isNameWord(tokens[p.to - 1]!, lex)
  )
    return null;
  const head = withText(text, tokens, p);
  if (head) head.role = spanText(text, tokens, p.to + 1, before + 1);
  return head;
}

/**
 * The participle that governs phrase `p`, right before it or before its preposition ("representing | the
 * family", "speaking on | condition of anonymity", "living near | the plant"), or -1.
 */
function participleBefore(tokens: readonly Token[], p: Phrase, lex: Lexicon): number {
  let g = p.from - 1;
  const prep = lex.prepositions.has(tokens[g]?.lower ?? '') || PLACE_PREPOSITIONS.has(tokens[g]?.lower ?? '');
  if (prep) g--;
  const t = tokens[g];
  if (!t || t.quoted) return -1;
  // (a verb of saying's gerund too, right after its noun: "a statement confirming | the sale read")
  if (isParticiple(t, lex) && (!lex.gerunds.has(t.lower) || (!!tokens[g - 1]?.word && !tokens[g - 1]!.quoted)))
    return g;
  // (a past participle after its noun, before its preposition: "Police called to | the scene said")
  const noun = tokens[g - 1];
  return prep &&
    PAST_PARTICIPLE.test(t.text) &&
    !nounType(t, lex) &&
    !!noun &&
    !lex.determiners.has(noun.lower) &&
    isNameOrNoun(noun, lex)
    ? g
    : -1;
}

/** Words of a time of day or a day: "on Thursday evening", "at the weekend" (nouns, though some end in -ing). */
const TIME_WORDS = /^(?:morning|afternoon|evening|night|weekend|day)s?$/;
/** The days of the week. */
const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** Participles of an outlet that saw a document, no author of it: "seen by Reuters". */
const CHANNEL_PARTICIPLES = new Set(['seen', 'obtained', 'reviewed']);
/** The words a participle clause may hold between its participle and "by": "published | last year | by". */
const MAX_AGENT_GAP = 4;

/** At most this many words of when or where follow a participle in a mention ("taken in early June"). */
const MAX_PARTICIPLE_CLAUSE = 5;

/**
 * Where the when or where after a participle ends, from token `i` ("in late July", "on Monday", "last
 * week", "in the Talbury Medical Journal"): its lead and the words after it, up to a punctuation mark, a
 * verb or a function word other than an article.
 */
function participleClauseEnd(tokens: readonly Token[], i: number, lex: Lexicon): number {
  let k = i + 1;
  while (k < tokens.length && k - i <= MAX_PARTICIPLE_CLAUSE) {
    const t = tokens[k]!;
    if (!t.word || t.quoted || lex.verbForms.has(t.lower)) break;
    if (lex.functionWords.has(t.lower) && !lex.determiners.has(t.lower) && !isMonthMay(tokens, k, lex)) break;
    k++;
  }
  return k;
}

/** Words for one of those just named, or one more or others, standing alone ("One said", "Another said", "Others told"). */
const ONE_MORE = new Set(['another', 'others', 'one']);
/** Words that open a mention of nobody: "No official", "Nobody" ("Neither side believes" says what both believe). */
const NOBODY = new Set(['no', 'nobody', 'noone']);
/** Objects of "tell" that are a narrative: "tells the tale of", "told their stories". */
const STORY = /^(?:story|stories|tale|tales)$/;
/**
 * Whether "tell" at `i` tells a story: its object right after it, maybe after an article or a possessive
 * and an adjective or two ("tells the harrowing story of"; not "told reporters the story was false").
 */
function tellsStory(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  let k = i + 1;
  if (lex.determiners.has(tokens[k]?.lower ?? '') || POSSESSIVE_PRONOUNS.has(tokens[k]?.lower ?? '')) k++;
  else return STORY.test(tokens[k]?.lower ?? '');
  for (const end = k + 2; k <= end; k++) {
    const t = tokens[k];
    if (!t?.word || t.cap) return false;
    if (STORY.test(t.lower)) return true;
  }
  return false;
}
/** A place's name: a point of the compass or "New" before a capitalised word ("South Talbury", "New Talbury"). */
const PLACE_LEAD = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|New)\s+\p{Lu}\p{Ll}+$/u;
/** Words for people that a relative clause after them says who they are: "Those who knew him said". */
const WHO_ANTECEDENTS = new Set(['those', 'anyone', 'everyone', 'someone', 'somebody', 'anybody', 'everybody']);
/** Words before "one" that make it no one of a group: "no one", "every one", "this one". */
const NOT_ONE = new Set(['no', 'every', 'any', 'each', 'this', 'that', 'which', 'the', 'only']);
/** Conjunctions that open a subordinate clause before the main one ("When …, he declined"). */
const SUBORDINATING = new Set([
  'when',
  'after',
  'before',
  'while',
  'as',
  'if',
  'because',
  'although',
  'though',
  'since',
  'once',
  'until',
  'unless',
  'whereas',
]);
/** Words that open a time after a participle: "released | last week", "published | earlier this year". */
const WHEN_LEADS = new Set(['last', 'this', 'earlier', 'next', 'yesterday', 'today', 'overnight']);

/** A capitalised word or a noun the lexicon types: what a participle after it describes ("figures | published …"). */
const isNameOrNoun = (t: Token, lex: Lexicon): boolean => t.cap || !!nounType(t, lex);

/** A past participle in lower case, of a regular verb or a strong one: "involved", "trapped", "taken", "known". */
const PAST_PARTICIPLE = /^\p{Ll}{3,}(?:ed|en|wn)$/u;

/**
 * The past participle right after a noun, up to MAX_AGENT_GAP words before token `by` ("study | published
 * in March | by"), with only words between; or -1.
 */
function pastParticipleBefore(tokens: readonly Token[], by: number, lex: Lexicon): number {
  for (let g = by - 1; g > 0 && g >= by - MAX_AGENT_GAP; g--) {
    const t = tokens[g]!;
    if (!t.word || t.quoted) return -1;
    if (!t.cap && /(?:ed|en|wn)$/.test(t.lower) && !nounType(t, lex) && !!nounType(tokens[g - 1]!, lex)) return g;
  }
  return -1;
}

/**
 * Whether a phrase before a verb is the object of a participle, no subject: "… after leaving office,
 * … thinks X is tough" (not through a relative pronoun: "citing experts who estimate …").
 */
function isParticipleObject(tokens: readonly Token[], p: Phrase, anchor: number, lex: Lexicon): boolean {
  const governor = tokens[p.from - 1];
  if (!governor || governor.cap || !/(?:ing|ed)$/.test(governor.lower) || nounType(governor, lex)) return false;
  return !tokens.slice(p.to, anchor).some((t) => RELATIVE.has(t.lower));
}

/**
 * The first past form inside phrase `p` that the phrase reader took for part of a noun: after a source noun
 * ("The police | arrested …"), with `loose` also after a name or ending the phrase ("Dana Reyes | dodged
 * questions", "The mayor | resigned"); -1 if none.
 */
function pastFormIn(tokens: readonly Token[], p: Phrase, lex: Lexicon, loose: boolean): number {
  return tokens.findIndex(
    (t, k) =>
      k > p.from &&
      k < p.to &&
      !t.cap &&
      (/ed$/.test(t.lower) || IRREGULAR_PAST.has(t.lower)) &&
      // (no verb: the participle of a group's leader, "Researchers led by Tom Kahl")
      !ledBy(tokens, k) &&
      !nounType(t, lex) &&
      (!!nounType(tokens[k - 1]!, lex) || (loose && (tokens[k - 1]!.cap || k === p.to - 1))),
  );
}

/** A label before a colon that opens a sentence has at most this many words ("WARNING GRAPHIC DETAIL:"). */
const MAX_LABEL_WORDS = 4;

/**
 * The subject of the sentence's first verb when the verb at `and` + 1 is joined to it by "and": the phrase
 * that opens the sentence, a finite verb right after it ("She turns to the clerk and says").
 */
function coordinatedSubject(text: string, tokens: readonly Token[], and: number, lex: Lexicon): Phrase | null {
  // (after an adverbial that opens the sentence: "On its website, the club thanked him and said …")
  const comma = lex.prepositions.has(tokens[0]?.lower ?? '') ? tokens.findIndex((t) => t.text === ',') : -1;
  // (after a label of capitalised words and a colon: "Update: Lea Roth has described … and says …")
  const colon = tokens.findIndex((t) => t.text === ':');
  const label =
    colon > 0 &&
    colon <= MAX_LABEL_WORDS &&
    colon < and &&
    tokens.slice(0, colon).every((t) => t.word && t.cap && !t.quoted)
      ? colon + 1
      : 0;
  const start = comma > 0 && comma < and ? comma + 1 : label;
  // (no clause of its own between: "analysts say that the two will meet and point to …" joins the clause's verbs)
  if (tokens.slice(start, and).some((t) => t.quoted || CLAUSE_BREAK.has(t.text) || CLAUSE_OPENERS.has(t.lower)))
    return null;
  const p = readPhrase(tokens, start, lex);
  if (!p) return null;
  const isFinite = (t: Token) =>
    !t.cap &&
    (lex.verbForms.has(t.lower) || BE.has(t.lower) || IRREGULAR_PAST.has(t.lower) || /(?:ed|[^s]s)$/.test(t.lower));
  // (the reader takes a past form for a noun: "The police arrived | in Talbury and said", "the club | thanked
  // Kahl and said": the first one after a noun ends the subject)
  const past = pastFormIn(tokens, p, lex, false);
  if (past > 0) p.to = past;
  const last = tokens[p.to - 1]!;
  if (p.to - p.from >= 2 && !isFinite(tokens[p.to]!) && isFinite(last) && !nounType(last, lex)) p.to--;
  if (p.to >= and) return null;
  return isFinite(tokens[p.to]!) ? withText(text, tokens, p) : null;
}

/** The subject of a speech verb (see `findSubject`), or null for nobody: "No official said", "Nobody told". */
function subjectAt(text: string, tokens: readonly Token[], verb: VerbHit, lex: Lexicon): Phrase | null {
  const p = findSubject(text, tokens, verb, lex);
  if (!p) return null;
  // "She and her husband said …": a pronoun that opens the sentence and "and" before the phrase are the first
  // of two subjects (`conjunct` gives the second)
  if (p.from === 2 && tokens[1]?.lower === 'and' && lex.pronouns.has(tokens[0]!.lower) && !tokens[0]!.quoted)
    return { from: 0, to: 1, text: tokens[0]!.text, pronoun: true };
  const at = NOBODY.has(tokens[p.from]!.lower) ? p.from : NOBODY.has(tokens[p.from - 1]?.lower ?? '') ? p.from - 1 : -1;
  // (not "No 10", an office)
  return at >= 0 && !/^\d/.test(tokens[at + 1]?.text ?? '') ? null : p;
}

function findSubject(text: string, tokens: readonly Token[], verb: VerbHit, lex: Lexicon): Phrase | null {
  const anchor = verb.anchor;
  // "Asked about the cuts, she declined …": a participle that opens the sentence before a preposition and, after
  // a comma, the main clause is whom the clause was said to; it has no subject of its own
  if (
    anchor === 0 &&
    lex.prepositions.has(tokens[1]?.lower ?? '') &&
    tokens.some((t, k) => k > 1 && t.text === ',' && !t.quoted)
  )
    return null;
  // "“Talbury Today” reported, citing police, …": a title in quotation marks before the verb
  const title = quotedTitleBefore(text, tokens, anchor);
  if (title) return title;
  // ("Tom Kahl – ein früherer Berater – sagte", "Tom Kahl — a former adviser — said": dashes as commas)
  const commas = dashesAsCommas(tokens, anchor);
  if (commas) return findSubject(text, commas, verb, lex);
  // "Kahl is said to have told staff …": the subject of the reportative passive said it
  if (
    tokens[anchor - 1]?.lower === 'have' &&
    tokens[anchor - 2]?.lower === 'to' &&
    REPORTATIVE_PASSIVES.has(tokens[anchor - 3]?.lower ?? '') &&
    BE.has(tokens[anchor - 4]?.lower ?? '')
  )
    return findSubject(text, tokens, { ...verb, anchor: anchor - 4 }, lex);
  // ", saying …": the speaker is the subject of the sentence
  if (lex.gerunds.has(tokens[anchor]!.lower)) {
    // ", with Tom Kahl saying …": the phrase after "with" is the gerund's subject
    const own = subjectAfterWith(tokens, anchor, lex);
    if (own) return withText(text, tokens, own);
    // ("issued a statement saying …": after a noun of what is said, the subject of the clause that issued it)
    // (or after whom a letter was written to: "wrote to the firm demanding …")
    const afterNoun = isStatementBefore(tokens, anchor) || isWrittenToBefore(tokens, anchor);
    if (tokens[anchor - 1]?.text !== ',' && !DASHES.has(tokens[anchor - 1]?.text ?? '') && !afterNoun) return null;
    // "Costs rose, Reuters reported, citing two sources": after a tail that names a speaker, the gerund is the
    // speaker's
    const tail = tokens.slice(0, anchor - 1).findLastIndex((t) => t.text === ',' && !t.quoted);
    const speaker = tail > 0 ? readPhrase(tokens, tail + 1, lex) : null;
    if (speaker && speaker.to < anchor - 1 && lex.verbForms.has(tokens[speaker.to]!.lower))
      return withText(text, tokens, speaker);
    // the subject of the main clause: at the start, or after a leading adverbial ("On Monday, Sir Alan dodged …")
    // (not a clause a conjunction subordinates: "When Dana asked if …, he declined, saying …")
    const starts = [0, ...tokens.slice(0, anchor).flatMap((t, k) => (t.text === ',' && k < anchor - 1 ? [k + 1] : []))]
      .filter((k) => !SUBORDINATING.has(tokens[k]?.lower ?? ''))
      .slice(0, 2);
    for (let i of starts) {
      // (over quotation marks and particles that open the clause, not over its article or a possessive: "The mayor
      // left, adding …", "Her neighbour left, adding …")
      while (
        i < anchor &&
        (!tokens[i]!.word ||
          (lex.functionWords.has(tokens[i]!.lower) &&
            !ARTICLES.has(tokens[i]!.lower) &&
            !POSSESSIVE_PRONOUNS.has(tokens[i]!.lower) &&
            !lex.pronouns.has(tokens[i]!.lower)))
      )
        i++;
      const p = readPhrase(tokens, i, lex);
      if (!p || p.to >= anchor) continue;
      // a past form after a name or a source noun, or ending the phrase, is the main clause's verb, not part
      // of the name: "Dana Reyes | dodged questions", "The police | arrested two men", "The mayor | resigned, adding …"
      const past = pastFormIn(tokens, p, lex, true);
      if (past > 0) p.to = past;
      let k = p.to;
      // (past the comma that closes a name set off after a role: "The local MP, Dana Reyes, | has …")
      if (tokens[k]?.text === ',' && tokens.slice(p.from, p.to).some((t) => t.text === ',')) k++;
      while (k < anchor && lex.focusWords.has(tokens[k]!.lower)) k++;
      const verb = tokens[k]?.lower ?? '';
      // a finite verb follows: any past form, an auxiliary or a verb of the lexicon ("has spoken out …, saying")
      // (an auxiliary may be one of the focus words passed over: "has | spoken")
      if (
        lex.verbForms.has(verb) ||
        BE.has(verb) ||
        tokens.slice(p.to, k + 1).some((t) => HAVE.has(t.lower)) ||
        IRREGULAR_PAST.has(verb) ||
        (/ed$/.test(verb) && !tokens[k]!.cap)
      )
        return withText(text, tokens, p);
    }
    return null;
  }
  const end = skipBackOverAdverbials(tokens, anchor - 1, lex);
  const before = tokens[end];
  // "councillor Dana Reyes, who said …", "the mayor, who recently said …": the relative pronoun stands
  // for the phrase before its comma
  // ("the contract, which says …", "the ministry, which said …": "which" for a document or a body)
  if ((before?.lower === 'who' || before?.lower === 'which') && !before.quoted && tokens[end - 1]?.text === ',') {
    const head = phraseEndingBefore(text, tokens, skipBackOverAdverbials(tokens, end - 2, lex) + 1, lex);
    // (a thing's phrase, not a preposition's words read as a quantity: "complaints about | Article 40")
    const thing = (h: Phrase) => {
      const type = classify(h.text, lex).type;
      return type !== 'person' && type !== 'other' && !lex.prepositions.has(tokens[h.from]!.lower);
    };
    if (head && !head.pronoun && before.lower === 'who') return head;
    // (the thing is the last phrase a participle's preposition opens: "worries linked to | Section 9 …")
    let from = head?.from ?? -1;
    for (let k = from; head && k < head.to - 2; k++)
      if (!tokens[k]!.cap && /(?:ed|ing)$/.test(tokens[k]!.lower) && lex.prepositions.has(tokens[k + 1]!.lower))
        from = k + 2;
    const thingHead = head && from > head.from ? withText(text, tokens, { ...head, from }) : head;
    if (thingHead && !thingHead.pronoun && thing(thingHead)) return thingHead;
  }
  // "She turns to the clerk and says …", "… declined to comment but said …": the subject of the first verb speaks
  if ((before?.lower === 'and' || before?.lower === 'but') && !before.quoted) {
    const first = coordinatedSubject(text, tokens, end, lex);
    if (first) return first;
  }
  // "…, the Talbury Police Council (TPC) said": an acronym in brackets closes the subject
  // (also a party and state, with its abbreviation's point: "…, Sen. Tom Kahl (D-Tex.) said")
  const open = bracketBefore(tokens, end + 1);
  const bracketed = open > 0 && !!tokens[open - 1]!.word;
  if (before?.text === ',' && !before.quoted) {
    // "Reyes, the Talbex union's regional organiser, denies …", "Kahl, meanwhile, rejects …"
    let c = end - 1;
    while (c >= 0 && tokens[c]!.text !== ',' && !tokens[c]!.quoted && end - c <= MAX_SUBJECT_GAP + 4) c--;
    // "Dana Reyes, 42, a nurse from Talbury, said": an age set off by commas goes with the name before it,
    // and so does where the person is from ("Dana Reyes, 61, from Talbury, North Shire, said")
    for (;;) {
      if (c > 2 && isAge(tokens[c - 1]) && tokens[c - 2]!.text === ',') {
        c -= 2;
        continue;
      }
      const origin = originBefore(tokens, c, end);
      if (origin < 0) break;
      c = origin;
    }
    // "Talbex, a firm with clients including Brandik, Talbury and Talbote, said": the commas of a list
    // ending in "and" set off no apposition; the one before the list does
    c = beforeList(tokens, c, end);
    // "“…,” Tom Kahl, who ran the club for years and now coaches its juniors, told …": a relative clause
    // set off by commas goes with the name before it, however long it runs
    if (tokens[c]?.text !== ',') c = relativeClauseBefore(tokens, end) ?? c;
    // (and so does a US politician's party and state set off before it: "Sen. Dana Reyes, D-Ore., who …, said")
    c = partyStateBefore(tokens, c);
    if (c > 0 && tokens[c]!.text === ',') {
      // "…, with 12 tours each day, said X": an insertion that opens with a preposition describes no
      // subject before it when the verb's own subject follows it
      // (and after any insertion, a name after "said" that ends the clause: "As the verdict was read, Kahl
      // stood still, reported Dana Reyes of Talbury Radio"; verbs that take a person as object excepted)
      const prepositional = lex.prepositions.has(tokens[c + 1]?.lower ?? '');
      // "The ministry, in a statement, said …": a phrase that opens the sentence and ends at the insertion
      // is the verb's own subject (what follows the verb is what was said)
      const opener = prepositional ? readPhrase(tokens, 0, lex) : null;
      if (
        opener &&
        opener.to === c &&
        !tokens[0]!.quoted &&
        (opener.pronoun || classify(spanText(text, tokens, opener.from, opener.to), lex).type !== 'other')
      )
        return withText(text, tokens, opener);
      const after = prepositional || SAY_LIKE.has(verb.lemma) ? invertedSubject(text, tokens, verb, lex) : null;
      if (after && (prepositional || (tokens[after.from]!.cap && !CALENDAR.test(tokens[after.from]!.lower))))
        return after;
      // (over a bracket after the name: "Rep. Lea Roth (D-Calif.), who chairs the panel, said")
      const bracket = bracketBefore(tokens, c);
      const ends = bracket > 0 ? bracket : skipBackOverAdverbials(tokens, c - 1, lex) + 1;
      let head = partOf(
        text,
        tokens,
        openingOver(text, tokens, phraseEndingBefore(text, tokens, ends, lex) ?? groupPronoun(tokens, ends), lex),
      );
      if (head && bracket > 0 && head.to === bracket) head = withBracket(text, tokens, head, c);
      if (head && isParticipleObject(tokens, head, anchor, lex)) return null;
      // "Tom Kahl, director of the port alliance, a lobby group, told …": a role set off by commas that
      // names nobody of its own is the first of two appositions; the name that opens the chain speaks
      const chained =
        head && tokens[head.from - 1]?.text === ',' && !hasOwnName(tokens, head.from, head.to, lex)
          ? chainHead(text, tokens, c - 1, lex)
          : null;
      if (chained && chained.to < head!.from) return chained;
      if (head) {
        const appos = tokens.slice(c + 1, end);
        // (a name alone, "The mayor, Lea Roth, said"; or a role before the name, "The organiser, local teacher
        // Lea Roth, said": the person the role before the comma is)
        // (the name words that end the insertion, counted from its end)
        // (a surname that is a modal and a month too, after a given name: "Her lawyer, Lea May, said")
        const nameAt = (k: number) =>
          isNameAt(tokens, k, lex) || (isCapitalMay(tokens[k]!) && lex.givenNames.has(tokens[k - 1]?.lower ?? ''));
        let names = 0;
        while (names < appos.length && nameAt(end - 1 - names)) names++;
        // (and after a form of address: "Its medical director, Dr Lea Roth, said")
        const titled = names >= 2 && !!appos[0] && lex.titles.has(appos[0].lower);
        if (titled && appos.slice(1, appos.length - names).every((t) => t.text === '.')) names = appos.length;
        const roleThenName =
          names >= 2 &&
          names < appos.length &&
          appos.length <= MAX_ROLE_APPOSITION &&
          lex.determiners.has(tokens[head.from]!.lower) &&
          appos.slice(0, appos.length - names).every((t) => t.word && !lex.verbForms.has(t.lower)) &&
          appos.slice(0, appos.length - names).some((t) => isRelational(t, lex) || !!nounType(t, lex));
        if (
          ((appos.length >= 2 && appos.length <= 4 && names === appos.length) || roleThenName) &&
          !hasOwnName(tokens, head.from, head.to, lex)
        ) {
          head.to = end;
          head.text = spanText(text, tokens, head.from, end);
          // (a name set off after a pronoun of a group is whom it means: "One of them, Max Berger, said")
          if (head.pronoun) head.pronoun = false;
        } else if (
          appos.length &&
          !(appos.length === 1 && isAge(appos[0])) &&
          !isSettingClause(appos, lex) &&
          // ("Anna Berger, whose children attend a school in Talbury, said": what a person owns is no role)
          appos[0]!.lower !== 'whose'
        ) {
          // ("Tom Kahl, who founded the club and is now head of its youth section, said": the relative
          // clause says the role after its copula)
          // (one after the role says what the person does: "Lea Roth, a financial adviser who sits on a panel")
          const copula = WHO.has(appos[0]!.lower) ? roleAfterCopula(tokens, c + 1, end, lex) : null;
          const clause = appos.findIndex((t, k) => k > 1 && WHO.has(t.lower));
          // (none where the clause's copula says what was done to the person: "Tom Kahl, who was arrested by
          // police, said")
          if (copula !== 'none')
            head.role = copula
              ? spanText(text, tokens, copula.from, copula.to)
              : spanText(text, tokens, c + 1, clause > 0 ? c + 1 + clause : end);
          if (copula && copula !== 'none' && copula.former) head.roleFormer = true;
        }
        // "One of the marchers, Dana Reyes, 42, said": the part the person plays, set before the name at
        // the start of the sentence, belongs to the mention (as a title before a name does), and it is what
        // they speak as, whatever job the text adds after the name
        const part = partBefore(tokens, head, lex);
        if (part >= 0) {
          head.from = part;
          head.text = spanText(text, tokens, part, head.to);
          delete head.role;
        }
        return head;
      }
    }
  } else if (
    before &&
    !before.quoted &&
    (before.word || bracketed || (before.text === '.' && lex.abbreviations.has(lastPart(tokens[end - 1]?.lower ?? ''))))
  ) {
    let p = bracketed
      ? withBracket(text, tokens, phraseEndingBefore(text, tokens, open, lex), end + 1)
      : phraseEndingBefore(text, tokens, end + 1, lex);
    // "One of them said": a part of a group a pronoun points to
    if (!p) p = partOf(text, tokens, groupPronoun(tokens, end + 1));
    // "A nurse at a clinic where two patients were hurt has said": a relative clause with no commas between
    // the phrase that opens the clause and the verb goes with that phrase
    const restricted = phraseBeforeRelative(text, tokens, p ? p.from : end + 1, lex);
    if (restricted) return restricted;
    // "Data from Talbury Water published on Monday showed": a participle after a name or a noun takes its
    // when or where into the mention (which the reading back from the verb passed over)
    if (p && end < anchor - 1 && PAST_PARTICIPLE.test(before.text)) {
      const whole = readPhrase(tokens, p.from, lex, false, true);
      if (whole && whole.to > p.to && whole.to <= anchor) p = withText(text, tokens, { ...p, to: whole.to });
    }
    // "profits would miss forecasts": a word right after a modal is a verb, the noun after it its object,
    // and no verb of saying ("to" is a preposition too: "reduced to destitution")
    const modal = p ? (tokens[p.from - 1]?.lower ?? '') : '';
    if (p && !p.pronoun && modal !== 'to' && MODAL_OR_TO.has(modal)) return null;
    // "Residents evacuated from the area said": a phrase that opens with a past participle right after a
    // noun is that noun's complement; the noun's phrase speaks
    const opener = p ? tokens[p.from] : undefined;
    const nounBefore = p ? tokens[p.from - 1] : undefined;
    if (
      opener &&
      nounBefore &&
      PAST_PARTICIPLE.test(opener.text) &&
      !nounType(opener, lex) &&
      !lex.determiners.has(nounBefore.lower) &&
      isNameOrNoun(nounBefore, lex)
    )
      p = phraseEndingBefore(text, tokens, p!.from, lex) ?? p;
    // "The mayor and the police chief said": the first of two subjects (`conjunct` adds the second);
    // "a spokesperson for the fire and rescue service said": a bare noun after "and" in a complement joins it
    // (right before the verb, and the first opening its clause: not "… was safe and the army said")
    const and = p && !p.pronoun && p.to === end + 1 && tokens[p.from - 1]?.lower === 'and' ? p.from - 1 : -1;
    const read = and > 0 ? phraseEndingBefore(text, tokens, and, lex) : null;
    // (after "both": "Both the mayor and the police chief said", "both Talbex and the council said")
    const both = !!read && tokens[read.from]!.lower === 'both' && read.to > read.from + 1;
    const first = read && both ? withText(text, tokens, { ...read, from: read.from + 1 }) : read;
    const opens = and > 0 ? clauseStartBefore(tokens, and) : -1;
    const firstOpens =
      !!first && (first.from === opens || (first.from === opens + 1 && tokens[opens]!.lower === 'both'));
    if (p && first && !first.pronoun && firstOpens) {
      const inComplement = tokens.slice(first.from + 1, and).some((t) => COMPLEMENT.has(t.lower));
      if (inComplement && !lex.determiners.has(tokens[p.from]!.lower) && !tokens[p.from]!.cap)
        p = withText(text, tokens, { ...p, from: first.from });
      else if (!inComplement) return first;
    }
    // "The managing director said", "a visiting professor said": a word in -ing between a determiner and
    // the noun modifies the noun
    const modifier = p ? tokens[p.from - 1] : undefined;
    if (p && modifier && isParticiple(modifier, lex) && lex.determiners.has(tokens[p.from - 2]?.lower ?? ''))
      p = withText(text, tokens, { ...p, from: p.from - 2 });
    // "Research released in May by the University of Talbury found", "a man injured by the blast said": the
    // phrase before a past participle whose agent ends the clause is the subject (a document with it: its
    // publisher belongs to its mention)
    // (the agent may stand before the phrase read: "a study issued on Friday by the Talbury Centre on Housing finds")
    const clause = p ? clauseStartBefore(tokens, p.from) : 0;
    const by = p ? tokens.findIndex((t, k) => k >= Math.min(clause, p!.from - 1) && k < p!.to && t.lower === 'by') : -1;
    const agentOf = by > 0 ? pastParticipleBefore(tokens, by, lex) : -1;
    const led = agentOf > 0 ? phraseEndingBefore(text, tokens, agentOf, lex) : null;
    // (not the outlet that saw it: "papers obtained by AFP suggest" has the outlet as a second source)
    // (nor a group's leader: "Researchers led by Tom Kahl reported" are one mention)
    if (led && !led.pronoun)
      return (classify(led.text, lex).type === 'document' && !CHANNEL_PARTICIPLES.has(tokens[agentOf]!.lower)) ||
        (LED.has(tokens[agentOf]!.lower) && isGroupHead(tokens[agentOf - 1]!, lex))
        ? withText(text, tokens, { ...led, to: p!.to })
        : led;
    // "A lawyer representing the family said", "An official speaking on condition of anonymity said": the
    // phrase before a participle clause is the subject, not the participle's object
    const participle = p ? participleBefore(tokens, p, lex) : -1;
    if (participle > 0) {
      const head = phraseEndingBefore(text, tokens, participle, lex);
      if (head && !head.pronoun && !lex.prepositions.has(tokens[head.from - 1]?.lower ?? '')) return head;
    }
    if (p && isParticipleObject(tokens, p, anchor, lex)) return null;
    // "Tom Kahl, vice president of Brandik, a firm in Talbury told …" (no comma before the verb): a
    // phrase after a preposition is no subject; the name that opens the chain of appositions is
    if (p && PLACE_PREPOSITIONS.has(tokens[p.from - 1]?.lower ?? '')) {
      const head = chainHead(text, tokens, p.from - 1, lex);
      if (head) return head;
      // "Residents in Talbury said": the phrase before the place
      // (before a past participle, negated or not: "Experts not involved in the study said", "People
      // trapped in the building said")
      const where = WHERE.has(tokens[p.from - 1]!.lower);
      let at = p.from - 1;
      if (where && PAST_PARTICIPLE.test(tokens[at - 1]?.text ?? '') && !nounType(tokens[at - 1]!, lex))
        at -= tokens[at - 2]?.lower === 'not' ? 2 : 1;
      // (a demonstrative alone is no head: "Those involved at the depot say")
      const held =
        at < p.from - 1 && !lex.determiners.has(tokens[at - 1]?.lower ?? '')
          ? phraseEndingBefore(text, tokens, at, lex)
          : null;
      let owner = where ? (held ?? phraseEndingBefore(text, tokens, p.from - 1, lex)) : null;
      // (past a gathering where one spoke: "Tom Kahl at a rally in Talbury said")
      if (owner && tokens[owner.from - 1]?.lower === 'at' && isEventAt(tokens, owner.from))
        owner = phraseEndingBefore(text, tokens, owner.from - 1, lex) ?? owner;
      if (owner) return owner;
      // "Two people with knowledge of the matter told …", "Officials with the ministry said": people with
      // what they know or the body they work for, one mention
      const role = tokens[p.from - 2];
      const holder =
        tokens[p.from - 1]!.lower === 'with' &&
        (KNOWING.test(tokens[p.from]?.lower ?? '') ||
          (!!role && (!role.cap || p.from === 2) && isRelational(role, lex)))
          ? phraseEndingBefore(text, tokens, p.from - 1, lex)
          : null;
      if (holder && !holder.pronoun) return withText(text, tokens, { ...holder, to: p.to });
    }
    // "Dana Reyes, a nurse at the clinic said …" (the closing comma left out): a phrase with "a" after a
    // name's comma describes the name, which is the subject
    if (p && (tokens[p.from]!.lower === 'a' || tokens[p.from]!.lower === 'an') && tokens[p.from - 1]?.text === ',') {
      const head = chainHead(text, tokens, p.to - 1, lex);
      if (head && tokens.slice(head.from, head.to).every((t) => isNameWord(t, lex))) return head;
    }
    if (p) return partOf(text, tokens, p);
  }
  // inverted: "“…,” said Dana Whitfield", "…, says Roth, an elder"
  if (!before || before.quoted || CLAUSE_BREAK.has(before.text) || anchor === 0)
    return invertedSubject(text, tokens, verb, lex);
  return null;
}

/** How many words an item of a list may have: "Brandik", "the city council". */
const MAX_LIST_ITEM = 3;

/**
 * The comma before a list whose last items end a clause at `end` ("…, including Brandik, Talbury and
 * Talbote,"): from the comma at `c` before the last item, back over the commas between its items, to the
 * comma before the words that introduce the list; `c` itself where the words after it are no list's end, or
 * where the list opens the sentence ("Talbex, Brandik and Talbote said").
 */
function beforeList(tokens: readonly Token[], c: number, end: number): number {
  if (tokens[c]?.text !== ',') return c;
  const last = tokens.slice(c + 1, end);
  const and = last.findIndex((t) => t.lower === 'and' || t.lower === 'or');
  if (and < 1 || and > MAX_LIST_ITEM || last.length - and - 1 < 1 || last.length - and - 1 > MAX_LIST_ITEM) return c;
  if (!last.every((t, k) => k === and || (t.word && !t.quoted && t.lower !== 'and' && t.lower !== 'or'))) return c;
  // back over the earlier items, each a few words between two commas
  let k = c;
  for (;;) {
    let p = k - 1;
    while (p > k - 1 - MAX_LIST_ITEM && p >= 0 && tokens[p]!.word) p--;
    if (p >= 0 && p < k - 1 && tokens[p]!.text === ',') k = p;
    else break;
  }
  // the comma before the first item, past the words that open the list
  for (let p = k - 1; p >= 0 && k - p <= MAX_SUBJECT_GAP + 4; p--) {
    if (tokens[p]!.quoted) break;
    if (tokens[p]!.text === ',') return p;
  }
  return c;
}

/** How many words a role and a name set off by commas after a mention may have ("local teacher Lea Roth"). */
const MAX_ROLE_APPOSITION = 8;

/** Words of a part of a group before "of": "one of them", "two of the aides", "some of the residents". */
const PART_OF = new Set([...INDEFINITE, 'none', 'all', 'each', 'both', 'either', 'neither']);
/** Types of which a part is as identified as the whole: "some of the ministry's emails". */
const THING_PARTS = new Set<SourceType>(['document', 'social_media']);
/** Pronouns of a group after "of": "one of them", "some of us". */
const OBJECT_PRONOUNS = new Set(['them', 'us']);
/** A pronoun of a group that ends before token `end` ("one of | them"), as a phrase; or null. */
function groupPronoun(tokens: readonly Token[], end: number): Phrase | null {
  const t = tokens[end - 1];
  return t && OBJECT_PRONOUNS.has(t.lower) ? { from: end - 1, to: end, text: t.text, pronoun: true } : null;
}
/** The part and its "of" that open a mention: "One of | the aides". */
const OF = /^\s*\S+\s+of\s+/i;

/**
 * Phrase `p` widened to the share of it that opens the clause ("One of | them", "One of | the aides"):
 * the part speaks, a pronoun in it points back as the pronoun would, to a group, never to one person;
 * else `p` itself.
 */
function partOf(text: string, tokens: readonly Token[], p: Phrase | null): Phrase | null {
  if (!p || tokens[p.from - 1]?.lower !== 'of' || !PART_OF.has(tokens[p.from - 2]?.lower ?? '')) return p;
  return clauseFirstWord(tokens, p.from) === p.from - 2
    ? withText(text, tokens, { ...p, from: p.from - 2, ...(p.pronoun ? { plural: true } : {}) })
    : p;
}

/**
 * Phrase `p` widened to the clause's opening phrase when it is that phrase's last complement ("The chair
 * of a panel | on crime, Tom Kahl, said": the chair, not the crime); else `p` itself.
 */
function openingOver(text: string, tokens: readonly Token[], p: Phrase | null, lex: Lexicon): Phrase | null {
  if (!p || p.pronoun) return p;
  let from = p.from;
  for (let n = 0; n < MAX_COMPLEMENTS && lex.prepositions.has(tokens[from - 1]?.lower ?? ''); n++) {
    const q = phraseEndingBefore(text, tokens, from - 1, lex);
    if (!q || q.pronoun) return p;
    from = q.from;
  }
  return from < p.from && from === clauseFirstWord(tokens, p.from) ? withText(text, tokens, { ...p, from }) : p;
}

/** The first word of the clause that holds token `at`. */
function clauseFirstWord(tokens: readonly Token[], at: number): number {
  let start = clauseStartBefore(tokens, at);
  while (start < at && !tokens[start]!.word) start++;
  return start;
}
/** Complements between a subject's head and its apposition: "the chair | of a panel | on crime, Tom Kahl". */
const MAX_COMPLEMENTS = 3;

/** Prepositions after a participle that say where or to whom one spoke, not for whom: "speaking to reporters". */
const SETTING = new Set(['to', 'at', 'in', 'after', 'before', 'during', 'with', 'from', 'outside']);

/** A participle clause set off after a name that tells the setting, no role: "…, speaking to reporters, said". */
function isSettingClause(appos: readonly Token[], lex: Lexicon): boolean {
  const [first, second] = appos;
  return !!first && isParticiple(first, lex) && !!second && SETTING.has(second.lower);
}

/** Words a relative clause about a person or body opens with. */
const WHO = new Set(['who', 'whose']);
/**
 * Verbs that say what a person is: "who is now …", "who serves as …"; or which body they lead, whose
 * kind they speak as: "who leads the Labour group", "who heads the agency".
 */
const COPULAS = new Set([
  'is',
  'was',
  'serves',
  'served',
  'became',
  'remains',
  'leads',
  'led',
  'heads',
  'headed',
  'chairs',
  'chaired',
  'directs',
  'runs',
  'ran',
  // (a perfect: "who has been mayor since 2019", "who has run the police")
  'been',
  'run',
]);
/** Words between a copula and the role: "is now", "was formerly", "serves as". */
const COPULA_FILLERS = new Set(['now', 'also', 'currently', 'still', 'formerly', 'then', 'as']);

/**
 * The role a relative clause in tokens `from` to `to` gives with a copula ("who is now chief executive of
 * Talbex", "who serves as the club's treasurer"): the tokens after the copula up to a comma or "and", and
 * whether the role is one held before (`isFormer`); null for none.
 */
function roleAfterCopula(
  tokens: readonly Token[],
  from: number,
  to: number,
  lex: Lexicon,
): { from: number; to: number; former: boolean } | 'none' | null {
  for (let k = to - 1; k > from; k--) {
    if (!COPULAS.has(tokens[k]!.lower)) continue;
    let a = k + 1;
    while (a < to && COPULA_FILLERS.has(tokens[a]!.lower)) a++;
    let b = a;
    while (b < to && tokens[b]!.text !== ',' && tokens[b]!.lower !== 'and') b++;
    if (b <= a) return null;
    // (what was done to the person, no role: "who was arrested by police")
    if (isNoRole(tokens, a, b, lex)) return 'none';
    return { from: a, to: b, former: isFormer(tokens, k, a, b, lex) };
  }
  return null;
}
/**
 * Whether what follows a copula, tokens `from` to `to`, is no role of the subject: a passive with its agent
 * ("was arrested by police", "who was praised by the mayor": the agent's role is none of the subject's), a
 * verb in the progressive ("is suing the council") or an adjective with an infinitive ("was quick to …").
 */
function isNoRole(tokens: readonly Token[], from: number, to: number, lex: Lexicon): boolean {
  const first = tokens[from];
  if (tokens.slice(from, to).some((t) => t.lower === 'by')) return true;
  return (
    !!first &&
    !first.cap &&
    (/ing$/.test(first.lower) ||
      // ("was quick to point out", "is keen to stress", "was set to"): an adjective and an infinitive, no
      // role (but "was adviser to the president")
      (tokens[from + 1]?.lower === 'to' && !isRelational(first, lex) && !isLexiconNoun(first, lex)) ||
      // ("is married to Mayor Tom Kahl", "was accused of fraud": a relation to someone, no role; but "was
      // elected to parliament")
      (/ed$/.test(first.lower) && !APPOINTED.has(first.lower) && lex.prepositions.has(tokens[from + 1]?.lower ?? '')))
  );
}
/** Participles that give a role: "was elected mayor", "was appointed to the board". */
const APPOINTED = new Set(['elected', 're-elected', 'appointed', 'named', 'nominated', 'promoted', 'hired']);

/** The longest relative clause between a subject and its verb, in tokens. */
const MAX_RELATIVE_CLAUSE = 30;

/**
 * The comma that opens a relative clause ending at the comma `end` ("Tom Kahl, who … , told"), or
 * null: no quotation between, and the clause closes no earlier than at `end` (its own commas aside).
 */
function relativeClauseBefore(tokens: readonly Token[], end: number): number | null {
  for (let k = end - 2; k > 0 && end - k <= MAX_RELATIVE_CLAUSE; k--) {
    const t = tokens[k]!;
    if (t.quoted || isQuoteMark(t.text) || t.text === ';' || t.text === ':') return null;
    if (t.text === ',' && WHO.has(tokens[k + 1]?.lower ?? '')) return tokens[k - 1]!.word ? k : null;
  }
  return null;
}

/** A US politician's party ("R", "D", "I") and the state's abbreviation after it ("-Tal.", "-Ore."). */
const PARTY = '[RDI]';
const STATE = '-[A-Z][a-zA-Z.]*';
/** A US politician's party and state ("R-Tal.", "D-Ore."). */
const PARTY_STATE = new RegExp(`^${PARTY}${STATE}$`);

/**
 * The comma before a party and state set off by commas that ends at the comma `c` ("…, D-Ore., who …"),
 * or `c` where none does.
 */
function partyStateBefore(tokens: readonly Token[], c: number): number {
  if (tokens[c]?.text !== ',') return c;
  const tag = tokens[c - 1]?.text === '.' ? c - 2 : c - 1;
  return PARTY_STATE.test(tokens[tag]?.text ?? '') && tokens[tag - 1]?.text === ',' && tokens[tag - 2]?.word
    ? tag - 1
    : c;
}

/** A phrase of one thing or person: opened by "a"/"an"/"one"/"each"/"every", or names alone with no "and". */
function isSingularPhrase(tokens: readonly Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to);
  if (!words.length) return false;
  if (SINGULAR_LEADS.has(words[0]!.lower)) return true;
  return words.every((t) => t.cap && t.word) && !words.some((t) => t.lower === 'and');
}
const SINGULAR_LEADS = new Set(['a', 'an', 'one', 'each', 'every']);
/** Verbs of saying whose past is their base form. */
const PAST_AS_BASE = new Set(['read', 'put', 'forecast', 'broadcast', 'cast', 'set', 'spread', 'bet']);

/** Words that open a relative clause with no comma before it: "the clinic where …", "a man whose …" ("that" opens content too). */
const RELATIVE_WORDS = new Set(['where', 'whose', 'who', 'which']);

/**
 * The phrase that opens the clause when a relative clause stands between it and token `at` ("A nurse at
 * a clinic | where two patients were hurt | has said"), or null.
 */
function phraseBeforeRelative(text: string, tokens: readonly Token[], at: number, lex: Lexicon): Phrase | null {
  // (the first of nested clauses: "A nurse | who works at a clinic where patients were hurt | has said")
  // (not a word right before the phrase, which is the subject of the clause it opens: "…, given that most
  // economists think")
  for (let rel = at - 1; rel > 0 && tokens[rel]!.word && !tokens[rel]!.quoted; rel--) {
    if (rel === at - 1 || !RELATIVE_WORDS.has(tokens[rel]!.lower)) continue;
    const clause = clauseStartBefore(tokens, rel);
    const head = readPhrase(tokens, clause, lex, false, true);
    if (head && !head.pronoun && head.to === rel && !tokens.slice(clause, rel).some((t) => !t.word))
      return withText(text, tokens, head);
  }
  return null;
}

/** The subject after a verb of saying that inverts: "“…,” said Dana Whitfield", "…, says Roth, an elder". */
function invertedSubject(text: string, tokens: readonly Token[], verb: VerbHit, lex: Lexicon): Phrase | null {
  const anchor = verb.anchor;
  if (INVERTING.has(verb.lemma)) {
    let j = anchor + 1;
    while (j < tokens.length && lex.focusWords.has(tokens[j]!.lower)) j++;
    const p = readPhrase(tokens, j, lex);
    if (!p) return null;
    // (a verb in its base form inverts only before a plural: "…, say the researchers"; before one thing or
    // one person it is an imperative: "…, add a lid and …", "…, ask Kahl")
    // (not a verb whose past is its base form: "“…,” read a statement from the club")
    if (tokens[anchor]!.lower === verb.lemma && !PAST_AS_BASE.has(verb.lemma) && isSingularPhrase(tokens, p.from, p.to))
      return null;
    const after = tokens[p.to];
    // "said Dana Whitfield, the campaign's political director."
    if (after?.text === ',' && !p.pronoun) {
      let e = p.to + 1;
      while (e < tokens.length && !CLAUSE_BREAK.has(tokens[e]!.text) && tokens[e]!.text !== '.' && !tokens[e]!.quoted)
        e++;
      const copula = WHO.has(tokens[p.to + 1]?.lower ?? '') ? roleAfterCopula(tokens, p.to + 1, e, lex) : null;
      // (a role ends where a relative clause about the person starts: "a neurologist at X | who was not
      // involved in the study")
      const who = tokens.findIndex((t, k) => k > p.to + 1 && k < e && WHO.has(t.lower));
      if (copula && copula !== 'none') {
        p.role = spanText(text, tokens, copula.from, copula.to);
        if (copula.former) p.roleFormer = true;
        // (none where the clause says what was done to the person: "said Tom Kahl, who was arrested by police")
      } else if (copula !== 'none' && e > p.to + 1) p.role = spanText(text, tokens, p.to + 1, who > 0 ? who : e);
    }
    if (
      !after ||
      CLAUSE_BREAK.has(after.text) ||
      after.text === '.' ||
      [
        'in',
        'on',
        'at',
        'during',
        'after',
        'who',
        'when',
        'as',
        'last',
        'this',
        'earlier',
        'told',
        'adding',
        'while',
      ].includes(after.lower)
    )
      return withText(text, tokens, p);
  }
  return null;
}

/** Possessive pronouns that own a noun of saying: "his vow that …". */
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);
/** A figure written in digits: "12", "3,000", "2.5". */
const NUMBER = /^\d[\d,.]*$/;

/** A year or a number that modifies the noun after it: "2019", "40-page" (not "37-year-old", a noun itself). */
const NUMBER_MODIFIER = /^\d+(?:-\p{L}+)?$/u;
/** Adjectives by their shape: "annual", "latest", "initial", "preliminary", "official", "new". */
const ADJECTIVE_SHAPE = /^(?:\p{Ll}+(?:al|est|ary|ive|ous|ic)|new|last|first|own|full|final)$/u;
/** A noun in the possessive: "council's", "Kahl’s", "the Reyeses'". */
const POSSESSIVE_NOUN = /^\p{L}[\p{L}.-]*(?:['’]s|s['’])$/u;
/** Adjectives by their ending, or common ones of age, rank and mood, that may open a sentence before a noun. */
const ADJECTIVE_LEAD =
  /^(?:\p{Ll}{2,}(?:al|ary|ive|ous|ic|ful|less|ish|ant|ent|ated|ened)|young|old|older|elderly|senior|junior|angry|worried|furious|frustrated|concerned|other|some|fellow)$/u;
/** Words between a noun of saying and its "that": "his pledge on Friday that", "the claim last week that". */
const MAX_NOUN_THAT_GAP = 3;
/** Words between the owner and the noun: "Kahl's May 3 announcement", "her repeated claims". */
const MAX_OWNER_GAP = 3;
/** Words of the owner's name: "the Town Hall", "Mr. Kahl". */
const MAX_OWNER_WORDS = 5;

/**
 * Nouns of saying with their owner and a that-clause: "Mr. Kahl’s May 3 announcement that …",
 * "Reyes’s declaration that …", "his pledge on Friday that …".
 */
function speechNouns(text: string, tokens: readonly Token[], lex: Lexicon): SpeechNoun[] {
  const out: SpeechNoun[] = [];
  tokens.forEach((t, i) => {
    // "The plan drew criticism from opposition councillors", "Praise from the union was swift": a judgement
    // and whom it came from (a source the lexicon types, not "criticism from all sides")
    // ("Criticism came from the union", "Praise has also come from …": with a verb of coming between)
    let from = i + 1;
    while (COMING_WORDS.has(tokens[from]?.lower ?? '') && from - i <= COMING_WORDS.size) from++;
    if (tokens[from]?.lower !== 'from' || !tokens.slice(i + 1, from).some((x) => COMING.has(x.lower))) from = i + 1;
    if (!t.quoted && (!t.cap || i === 0) && JUDGED_FROM.has(t.lower) && tokens[from]?.lower === 'from') {
      const owner = withText(text, tokens, readPhrase(tokens, from + 1, lex));
      const c = owner && !owner.pronoun ? classify(owner.text, lex) : null;
      if (owner && c && !c.guessed && c.type !== 'other' && c.type !== 'document')
        out.push({ at: i, that: from, owner });
      return;
    }
    if (t.quoted || t.cap || !lex.speechNouns.has(t.lower)) return;
    const that = tokens.findIndex((x, k) => k > i && k <= i + 1 + MAX_NOUN_THAT_GAP && x.lower === 'that');
    if (that < 0 || tokens.slice(i + 1, that).some((x) => !x.word && x.text !== '.')) return;
    for (let o = i - 1; o >= 0 && i - o <= MAX_OWNER_GAP + 1; o--) {
      const w = tokens[o]!;
      if (w.quoted || (!w.word && w.text !== '.')) return;
      // "The union issued a warning that …", "The firm made claims that …": the subject of a verb that
      // makes the statement owns it
      if (STATEMENT_MAKERS.has(w.lower) && o > 0) {
        // (read up to the verb: a past form may have been read into the noun, "The union issued warnings")
        const start = clauseStartBefore(tokens, o);
        const read = start < o ? readPhrase(tokens, start, lex) : null;
        const subject = read && read.to >= o ? withText(text, tokens, { ...read, to: o }) : null;
        const c = subject && !subject.pronoun ? classify(subject.text, lex) : null;
        if (subject && (subject.pronoun || (c && c.type !== 'other' && c.type !== 'document')))
          out.push({ at: i, that, owner: subject });
        return;
      }
      if (POSSESSIVE_PRONOUNS.has(w.lower)) {
        out.push({ at: i, that, owner: { from: o, to: o + 1, text: w.text, pronoun: true } });
        return;
      }
      if (/['’‘]s?$/.test(w.text) && w.cap) {
        // the owner's name back to its title or article: "Mr. Kahl’s", "the Town Hall’s"
        let from = o;
        while (from > 0 && o - from < MAX_OWNER_WORDS) {
          const b = tokens[from - 1]!;
          const part = (b.word && b.cap && !lex.functionWords.has(b.lower)) || (b.text === '.' && from - 2 >= 0);
          if (!part && !lex.determiners.has(b.lower)) break;
          from--;
          if (!part) break;
        }
        const owner = withText(text, tokens, { from, to: o + 1, text: '', pronoun: false })!;
        owner.text = owner.text.replace(/['’‘]s?$/, '');
        out.push({ at: i, that, owner });
        return;
      }
    }
  });
  return out;
}

/** Verbs that make a statement a noun of saying names: "issued a warning that", "made claims that". */
const STATEMENT_MAKERS = new Set(['issued', 'issues', 'issue', 'made', 'makes', 'make', 'gave', 'gives', 'give']);
/** Forms of "come" between a noun of judgement and "from": "Criticism came from …", "Praise has also come from …". */
const COMING = new Set(['came', 'comes', 'come']);
/** The words such a verb group may hold. */
const COMING_WORDS = new Set([...COMING, 'has', 'have', 'had', 'also', 'swiftly', 'quickly']);
/** Nouns of a judgement whose source "from" names: "criticism from residents". */
const JUDGED_FROM = new Set([
  'criticism',
  'praise',
  'condemnation',
  'warnings',
  'complaints',
  'objections',
  'rebuke',
  'rebukes',
  'backlash',
  'outrage',
  'ridicule',
]);

/** Where a statement was made, after a verb that ends a sentence ("…, they wrote | in the journal Science."), at most this many words. */
const MAX_TAIL_PLACE = 7;

/** Whether a verb with several senses is used as a verb of saying here. */
/** The fewest words of what a tail after a comma tags. */
const MIN_TAGGED_WORDS = 4;
/** The most words of a tail's subject: "he", "Brandik", "the union's chair". */
const MAX_TAG_SUBJECT = 4;

/**
 * Whether a verb of the manner of saying at `i` (to `cueEnd`) tags what was said: beside a quotation, or
 * as a tail that ends the sentence after a comma and its subject ("Families have been fobbed off for
 * years, he went on."; not "The crowd laughed", "…, and the meeting went on").
 */
function besideTag(tokens: readonly Token[], i: number, cueEnd: number): boolean {
  if (besideQuotation(tokens, i)) return true;
  const end = tokens[cueEnd + 1];
  if (end && end.text !== '.' && end.text !== '!') return false;
  let comma = i - 1;
  while (comma >= 0 && i - comma <= MAX_TAG_SUBJECT + 1 && tokens[comma]!.text !== ',') comma--;
  if (comma < 0 || tokens[comma]!.text !== ',' || comma === i - 1) return false;
  const subject = tokens.slice(comma + 1, i);
  if (!subject.every((t) => t.word) || subject.some((t) => TAIL_NO_SUBJECT.has(t.lower))) return false;
  return tokens.slice(0, comma).filter((t) => t.word).length >= MIN_TAGGED_WORDS;
}
/** Words that open no tail's subject but a clause of their own: "…, and the meeting went on". */
const TAIL_NO_SUBJECT = new Set(['and', 'but', 'or', 'which', 'who', 'while', 'as', 'when', 'where', 'so', 'then']);

/** The words between the comma and the verb of such a tail: its subject ("…, analysts at Brandik Bank | wrote"). */
const MAX_TAIL_SUBJECT = 7;

function hasContent(tokens: readonly Token[], i: number, lemma: string, lex: Lexicon): boolean {
  // "added to the pressure", "adds to their problems": what increases something says nothing
  if (lemma === 'add' && tokens[i + 1]?.lower === 'to') return false;
  if (tokens.some((t) => t.quoted && t.word)) return true;
  const prev = tokens[i - 1];
  if (!prev || prev.quoted || isQuoteMark(prev.text)) return true; // inverted: "…,” noted X"
  const next = tokens[i + 1];
  // (at the end, after what was said: "…, she responded."; not a verb to come or denied: "it would respond.")
  if ((!next || next.text === '.') && (MODAL_OR_TO.has(prev.lower) || prev.lower === 'not')) return false;
  if (!next || next.text === '.' || next.text === ':') return true;
  // inverted after what was said and a comma, a name that ends the clause: "…, reported Dana Reyes of Talbury Radio."
  const named = next.lower === 'the' ? tokens[i + 2] : next;
  if (prev.text === ',' && named?.cap && !CALENDAR.test(named.lower)) {
    let k = i + 1;
    while (tokens[k]?.word && (tokens[k]!.cap || NAME_LINKS.has(tokens[k]!.lower))) k++;
    if (!tokens[k] || tokens[k]!.text === '.' || tokens[k]!.text === ',') return true;
  }
  // a noun or an adjective in a list, not a verb: "heat, stress, noise", "rusty, badly maintained, or shut"
  if (next.text === ',' && (prev.text === ',' || (/ly$/.test(prev.lower) && tokens[i - 2]?.text === ','))) return false;
  // a parenthetical: "The drought is to blame, scientists think, with …"
  if (next.text === ',' && tokens.slice(Math.max(0, i - 5), i).some((t) => t.text === ',')) return true;
  // "…, they wrote in the journal Science.": what was said stands before the comma (a clause, not an
  // adverbial: "After the vote, she wrote on the board"); where it was said ends the sentence after the verb
  // (a sentence that opens with a preposition has a clause before the comma where a finite verb stands there:
  // "At least three people were killed, the governor wrote on Telegram")
  const comma = tokens.slice(0, i).findLastIndex((t) => t.text === ',');
  if (
    PLACE_OR_ADDRESSEE.has(next.lower) &&
    comma >= i - MAX_TAIL_SUBJECT &&
    comma >= 0 &&
    (!lex.prepositions.has(tokens.find((t) => t.word)?.lower ?? '') ||
      tokens.slice(0, comma).some((t) => FINITE.has(t.lower) && !t.quoted))
  ) {
    const end = tokens.findIndex((t, k) => k > i && !t.word);
    if (end > i && end - i <= MAX_TAIL_PLACE && /^[.!?]$/.test(tokens[end]!.text)) return true;
  }
  if (['for', 'on'].includes(next.lower) && ['call', 'ask', 'urge'].includes(lemma)) return true;
  // "promised to cut taxes": what was promised, as an infinitive (not "promised to the voters")
  const verb = tokens[i + 2];
  if (
    next.lower === 'to' &&
    INFINITIVE_CONTENT.has(lemma) &&
    verb?.word &&
    !verb.cap &&
    !ARTICLES.has(verb.lower) &&
    !POSSESSIVE_PRONOUNS.has(verb.lower)
  )
    return true;
  // "suggests playing games", "advised staying indoors", "described hearing a bang": content as a gerund
  if (GERUND_CONTENT.has(lemma) && /ing$/.test(next.lower) && !next.cap) return true;
  // "expect it to be wetter", "believe the plan to have failed": an object and its infinitive
  if (EXPECTING.has(lemma)) {
    const to = tokens.findIndex((t, k) => k > i + 1 && k <= i + 4 && t.lower === 'to');
    if (to > 0 && tokens[to + 1]?.word && !tokens.slice(i + 1, to).some((t) => !t.word)) return true;
  }
  // "described the plan as a failure", "characterized the talks as open": what the speaker calls something
  if (CALLING_AS.has(lemma) && callsAs(tokens, i, lemma, lex)) return true;
  // "wrote on X that …", "said in a statement that …", "wrote to the board that …": where or to whom, then the content
  if (PLACE_OR_ADDRESSEE.has(next.lower)) {
    const that = tokens.findIndex((t, k) => k > i + 2 && k <= i + 7 && (t.lower === 'that' || t.text === ':'));
    if (that > 0 && tokens.slice(i + 1, that).every((t) => t.word && !t.quoted && !FINITE.has(t.lower))) return true;
  }
  // ("claim it will boost growth", "said it was safe": "it" before a finite verb opens a clause without "that";
  // not after a participle of a reason, "fearing it would …", nor a modal's hypothesis, "anyone would say it …")
  if (
    next.lower === 'it' &&
    FINITE.has(tokens[i + 2]?.lower ?? '') &&
    !/ing$/.test(tokens[i]!.lower) &&
    !MODAL_OR_TO.has(prev.lower)
  )
    return true;
  if (
    [
      'in',
      'about',
      'of',
      'so',
      'it',
      'to',
      'for',
      'on',
      'at',
      'with',
      'up',
      'off',
      'out',
      'over',
      'into',
      'by',
    ].includes(next.lower)
  )
    return false;
  if (zeroThatClause(tokens, i, lex)) return true;
  // "that", a colon, or a clause with a finite verb of its own: "suggested states like X might be"
  for (let k = i + 1; k <= i + 12 && k < tokens.length; k++) {
    const w = tokens[k]!;
    if (w.lower === 'that') {
      if (k <= i + 4) return true;
      // (a "that" further on opens a clause of another word, whose verbs are its own: "declared the shares in
      // March only after first assuming that he had sold them")
      break;
    }
    // ("in May": the month, no modal; "to have", "to need": an infinitive, not a finite verb)
    if (w.text === ':' || (FINITE.has(w.lower) && !isCapitalMay(w) && tokens[k - 1]!.lower !== 'to'))
      return k > i + 1 || w.text === ':';
    if (w.text === '.' || w.text === ';' || w.quoted) break;
    // (a relative clause of the object is none: "called Tom Kahl, who confirmed that the deal was off")
    if (w.text === ',' && RELATIVE_OPENERS.has(tokens[k + 1]?.lower ?? '')) break;
    // (after a verb of calling, "as" before a clause is one of cause: "dismissed the case as the evidence was weak")
    if (w.lower === 'as' && CALLING_AS.has(lemma)) break;
  }
  return false;
}

/** Relative pronouns that open a clause about a noun after a comma: "…, who confirmed …", "…, which was …". */
const RELATIVE_OPENERS = new Set(['who', 'whom', 'whose', 'which']);

/** Pronouns that can only be a subject: a clause starts with them ("believes he acted", "thinks they made"). */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
/** The words of a noun phrase before the verb of a clause without "that" ("believe the injured man | fled"). */
const MAX_ZERO_THAT_SUBJECT = 4;

/**
 * Whether a clause without "that" follows the verb at `i`: a pronoun that can only be a subject ("Kahl
 * believes he acted correctly"), or a noun phrase of an article or a possessive and a verb in the past
 * after its noun ("Police believe the man fled", "Officials suspect the fire started in the kitchen"; not
 * an adjective right after the article, "the stolen goods").
 */
function zeroThatClause(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const next = tokens[i + 1];
  if (!next || next.quoted) return false;
  if (SUBJECT_PRONOUNS.has(next.lower)) return !!tokens[i + 2]?.word;
  if (!ARTICLES.has(next.lower) && !POSSESSIVE_PRONOUNS.has(next.lower)) return false;
  for (let k = i + 3; k <= i + 1 + MAX_ZERO_THAT_SUBJECT; k++) {
    const t = tokens[k];
    const prev = tokens[k - 1]!;
    // (a pronoun inside opens a relative clause of an object: "described the abuse | she suffered")
    if (!t?.word || t.quoted || !prev.word || SUBJECT_PRONOUNS.has(t.lower)) return false;
    if (
      !t.cap &&
      (/\p{L}{2}ed$/u.test(t.lower) || (IRREGULAR_PAST.has(t.lower) && !PAST_NOUNS.has(t.lower))) &&
      !nounType(t, lex)
    )
      return true;
    if (presentBeforeObject(tokens, k, lex)) return true;
  }
  return false;
}

/** What opens a verb's object or follows it as an adverb: an article, a possessive, a pronoun in the object case. */
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'him', 'them', 'us', 'me']);

/**
 * Whether token `k` is a verb in the present's third person after a singular noun, before its object or an
 * adverb ("claims the company owes him money", "suggests the vaccine protects older people"); not a plural
 * noun ("welcomed the price rises.", "the job cuts announced on Monday": what follows opens no object).
 */
function presentBeforeObject(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1]!;
  const next = tokens[k + 1];
  return (
    !t.cap &&
    /^\p{Ll}{2,}[^su'’]s$/u.test(t.lower) &&
    !/s$/.test(prev.lower) &&
    !lex.functionWords.has(prev.lower) &&
    !nounType(t, lex) &&
    !!next?.word &&
    !next.quoted &&
    (OBJECT_OPENERS.has(next.lower) ||
      // (an adverb or a bare object, not a participle that ends a noun phrase: "the job cuts announced on …")
      (!next.cap &&
        !lex.functionWords.has(next.lower) &&
        !lex.prepositions.has(next.lower) &&
        !/(?:ed|ing)$/.test(next.lower)))
  );
}

/**
 * Whether what the verb of calling at `i` calls something follows it: "described the plan as a failure",
 * "branded the plan a failure", "likened the scheme to a lottery".
 */
function callsAs(tokens: readonly Token[], i: number, lemma: string, lex: Lexicon): boolean {
  // ("branded the plan a failure", "likened the scheme to a lottery": what some verbs of calling take
  // instead of "as")
  const words = CALLING_WORDS[lemma] ?? CALLING_WORDS_AS;
  const as = tokens.findIndex((t, k) => k > i + 1 && k <= i + MAX_AS_GAP && words.has(t.lower) && !t.quoted);
  // (not "as" that opens a clause of its own: "dismissed the case as the evidence was weak")
  const end = as > 0 ? tokens.findIndex((t, k) => k > as && !t.word && t.text !== '-') : -1;
  const clause =
    as > 0 &&
    (tokens.slice(as + 1, end < 0 ? undefined : end).some((t) => FINITE.has(t.lower)) ||
      SUBJECT_PRONOUNS.has(tokens[as + 1]?.lower ?? ''));
  // (nor "as" of an idiom: "viewed the paintings as part of the tour", "saw sales fall as a result")
  if (as > 0 && AS_IDIOMS.test(wordsOf(tokens, as, as + 3).toLowerCase())) return false;
  return (
    as > 0 &&
    tokens.slice(i + 1, as).every((t) => t.word || t.text === '–' || t.text === ',') &&
    !!tokens[as + 1]?.word &&
    !clause &&
    (lemma !== 'call' || callsSomething(tokens, i, as, lex))
  );
}

/** Verbs that say what a speaker calls something, with "as": "described the plan as a failure". */
const CALLING_AS = new Set(['describe', 'characterize', 'dismiss', 'brand', 'label', 'liken', 'call']);
/** "as" in idioms that say nothing of what something is called: "as part of", "as well as", "as a result". */
const AS_IDIOMS = /^as (?:part|well|soon|long|much|many|far|usual|such|though|if|follows|expected|planned|a result)\b/;

const CALLING_WORDS_AS: ReadonlySet<string> = new Set(['as']);
/** What stands before what the speaker calls something, where it is not only "as". */
const CALLING_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  brand: new Set(['as', 'a', 'an']),
  label: new Set(['as', 'a', 'an']),
  liken: new Set(['to']),
  call: new Set(['a', 'an']),
};
/** At most this many words make the object that "call" calls something ("called the new harbour plan a mistake"). */
const MAX_CALLED_WORDS = 5;
/** Nouns of "call it a day" and its kind: no judgement. */
const CALL_IT_IDIOMS = new Set(['day', 'night']);

/**
 * "called the plan a mistake", "called him a liar": the object right after "call" and what it is called,
 * with no preposition between (not "called the police after a man broke in") and no idiom ("called it a day").
 */
function callsSomething(tokens: readonly Token[], i: number, as: number, lex: Lexicon): boolean {
  const object = tokens.slice(i + 1, as);
  return (
    object.length <= MAX_CALLED_WORDS &&
    object.every((t) => t.word && !lex.prepositions.has(t.lower) && !FINITE.has(t.lower)) &&
    !CALL_IT_IDIOMS.has(tokens[as + 1]!.lower)
  );
}
/** Words between such a verb and its "as": "described the plan for the new bridge – and its cost – as". */
const MAX_AS_GAP = 12;

/** Prepositions of where or to whom a speech act went: "wrote on X that", "said in a statement that". */
const PLACE_OR_ADDRESSEE = new Set(['on', 'in', 'to']);

/**
 * Verbs whose content may be a gerund: advice ("suggests playing games"), a defence ("defended closing the
 * library"), an experience told ("described hearing a bang", "reported seeing smoke").
 */
const GERUND_CONTENT = new Set(['suggest', 'recommend', 'advise', 'propose', 'defend', 'describe', 'recall', 'report']);

/** Verbs of committing whose infinitive says what was committed to: "promised to cut taxes". */
const INFINITIVE_CONTENT = new Set(['promise']);
/** Verbs of belief that take an object and an infinitive as their content ("expect it to be wetter"). */
const EXPECTING = new Set(['expect', 'believe', 'consider', 'estimate', 'assume', 'judge']);

/**
 * The words of a verb's particle right after token `i` ("out", "made it+clear": a particle of several words is
 * written with "+"), or undefined when none of the particles follows.
 */
function particleAfter(tokens: readonly Token[], i: number, particle: string): string[] | undefined {
  return particleOptions(particle).find((ws) => ws.every((w, k) => tokens[i + 1 + k]?.lower === w));
}

/** A verb's particles as the lexicon writes them, each as its words ("clear it+clear" → [["clear"], ["it", "clear"]]). */
const particleOptions = (particle: string): string[][] => particle.split(' ').map((p) => p.split('+'));

/**
 * Whether a word of a verb's particle that is its object stands as the subject a few words before the
 * auxiliary at `a`: "Concerns were raised by …", "Doubt was cast on … by …" (not its article or preposition).
 */
function particleBefore(tokens: readonly Token[], a: number, particle: string, lex: Lexicon): boolean {
  const words = particleOptions(particle)
    .flat()
    .filter((w) => w !== 'it' && !lex.articles.has(w) && !lex.prepositions.has(w));
  return tokens.slice(Math.max(0, a - 3), a).some((x) => words.includes(x.lower));
}

/** Words of a verb's object before the preposition it needs after it: "put | the number of displaced people | at". */
const MAX_PREP_OBJECT_WORDS = 8;

/** Whether one of `prep` follows the verb at `i` past its object, within its clause (no punctuation between). */
const prepAfterObject = (tokens: readonly Token[], i: number, prep: readonly string[]) =>
  oneOfWords(tokens, i + 2, i + 1 + MAX_PREP_OBJECT_WORDS, prep);

/** Whether one of `words` stands among the words from token `from` to token `to`, before any punctuation or quotation. */
function oneOfWords(tokens: readonly Token[], from: number, to: number, words: readonly string[]): boolean {
  for (let k = from; k <= to && tokens[k]?.word && !tokens[k]!.quoted; k++)
    if (words.includes(tokens[k]!.lower)) return true;
  return false;
}

/** Words that deny a speech act: "did not say when …", "declined to comment", "would never confirm", and any "…n't". */
const NEGATION = new Set(['not', 'never', 'declined', 'refused', 'cannot']);
const isNegation = (lower: string) => NEGATION.has(lower) || /n['’‘]t$/.test(lower);

/** A denied speech act says nothing unless content follows anyway: "did not deny that …". */
function isDenied(tokens: readonly Token[], i: number): boolean {
  const before = tokens.slice(Math.max(0, i - 3), i);
  if (!before.some((t) => isNegation(t.lower) && !t.quoted)) return false;
  // (a "that" after a noun of what was said is the noun's, not the verb's: "did not comment on reports that …")
  return !tokens
    .slice(i + 1, i + 5)
    .some((t, k) => (t.lower === 'that' && !CLAIM_NOUN.test(tokens[i + k]!.lower)) || t.text === ':' || t.quoted);
}
/** Nouns of what was said or rumoured, which a that-clause after them completes: "reports that …", "claims that …". */
const CLAIM_NOUN = /^(?:reports?|claims?|allegations?|suggestions?|rumou?rs?|speculation|accusations?|assertions?)$/;

function speechVerbs(tokens: readonly Token[], lex: Lexicon): VerbHit[] {
  return findSpeechVerbs(tokens, lex).filter(
    // (a passive is denied before its participle: "was not criticised by", "have not yet been announced")
    (h) => lex.saidWhenDenied.has(h.lemma) || !isDenied(tokens, h.passive ? h.cueEnd : h.anchor),
  );
}

/** Prepositions after a participle that describes a noun: "policies announced in the speech". */
const AFTER_PARTICIPLE = new Set(['in', 'for', 'at', 'on', 'during', 'since', 'under', 'to']);
/**
 * The preposition that follows the object of a verb: "accused X of", "blamed X for", "credited X with",
 * "admitted X to" (a hospital, see toBody: "admitted to mistakes" confesses).
 */
const OBJECT_PREPOSITION: Readonly<Record<string, string>> = {
  accuse: 'of',
  admit: 'to',
  blame: 'for',
  criticize: 'for',
  criticise: 'for',
  praise: 'for',
  thank: 'for',
  credit: 'with',
  charge: 'with',
};
/** Words after "to" in which the place of "admitted to" is named: "to | the city's two hospitals". */
const MAX_DESTINATION = 4;

/** Whether the words from `i` name a body or place one is taken into ("to hospital"), no matter confessed ("to mistakes"). */
function toBody(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  for (const t of tokens.slice(i, i + MAX_DESTINATION)) {
    // (the phrase right after "to": "to mistakes | in its accounts")
    if (!t.word || t.quoted || (lex.functionWords.has(t.lower) && !lex.determiners.has(t.lower))) return false;
    const type = nounType(t, lex);
    if (type && type !== 'person' && type !== 'document') return true;
  }
  return false;
}
/** When, right after such a participle: "the plan announced Tuesday by the council". */
const WHEN_AFTER_PARTICIPLE =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|earlier|last)$/;

/**
 * A participle that describes the lower-case noun before it, no speech act: "Five policies announced
 * in the speech", "the main changes planned?", "one litre enough for four cups" (nothing said
 * follows: no "that", colon or quotation).
 */
function isReducedRelative(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  // (the word's own tests first: this runs on every word of every sentence)
  const t = tokens[i]!;
  const lemma = lex.participles.get(t.lower);
  if (!lemma || !lex.verbForms.has(t.lower) || lemma === 'say' || lemma === 'tell' || lemma === 'ask') return false;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  // "a man accused of arson", "the firm blamed for the delay": a verb's object preposition right after
  // its participle leaves no room for the object, so the noun before is its object (a passive), even a
  // noun that can speak ("the minister accused of lying")
  if (
    next &&
    OBJECT_PREPOSITION[lemma] === next.lower &&
    (next.lower !== 'to' || toBody(tokens, i + 2, lex)) &&
    // (set off by a comma too: "a local builder, accused of bribing …")
    ((prev?.word && !lex.functionWords.has(prev.lower) && !lex.pronouns.has(prev.lower)) ||
      (prev?.text === ',' && !!tokens[i - 2]?.word)) &&
    !tokens.slice(Math.max(0, i - 3), i).some((x) => FINITE.has(x.lower) || BE.has(x.lower))
  )
    return true;
  if (next && next.text !== '?' && !AFTER_PARTICIPLE.has(next.lower) && !WHEN_AFTER_PARTICIPLE.test(next.lower))
    return false;
  if (!prev || !prev.word || prev.cap || lex.functionWords.has(prev.lower) || lex.pronouns.has(prev.lower))
    return false;
  // ("X also often wrote on …", "critics have always blamed on him": a finite verb)
  if (/ly$/.test(prev.lower) || tokens.slice(Math.max(0, i - 3), i).some((x) => FINITE.has(x.lower))) return false;
  // (a text is what someone posts or writes, never who: "a statement posted on Facebook", "a letter written in May")
  if (ISSUED.has(lemma) && nounType(prev, lex) === 'document') return true;
  // (a noun that can speak is the subject: "the minister said on Monday", "the group called for")
  if (nounType(prev, lex) || isRelational(prev, lex) || forms(prev.lower).some((f) => lex.anonymous.has(f)))
    return false;
  return !tokens.slice(i + 1, i + 12).some((x) => x.lower === 'that' || x.text === ':' || x.quoted);
}

/** Verbs of putting out a text, whose participle after the text's noun describes it ("a statement posted on …"). */
const ISSUED = new Set(['post', 'write', 'tweet']);

/** Modals and "to" before "be": a passive after them is an act to come ("could be announced"). */
const MODAL_OR_TO = new Set(['can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must', 'to']);

/** Whether a form of "have" stands right before token `i`, past adverbs ("have repeatedly shown", "has long written"). */
function perfectBefore(tokens: readonly Token[], i: number): boolean {
  let a = i - 1;
  while (
    a >= 0 &&
    !tokens[a]!.quoted &&
    tokens[a]!.word &&
    (/ly$/.test(tokens[a]!.lower) || ADVERBS_IN_PERFECT.has(tokens[a]!.lower))
  )
    a--;
  return a >= 0 && !tokens[a]!.quoted && HAVE.has(tokens[a]!.lower);
}
/** Adverbs that stand between "have" and its participle: "has long shown", "have also written", "had not yet shown". */
const ADVERBS_IN_PERFECT = new Set([
  'long',
  'also',
  'already',
  'not',
  'never',
  'yet',
  'since',
  'now',
  'often',
  'even',
  'consistently',
]);

/** What follows "asked" when a source asks to stay unnamed ("not to be named", "for anonymity"). */
const ANONYMITY =
  /^(?:not to be (?:named|identified|quoted)|to remain anonymous|for anonymity|that (?:his|her|their) name)/;

/**
 * Whether the base form at `i`, after a preposition, an article and one word, is the verb of the plural
 * noun before the preposition, a clause's subject after it: "Critics of the plan | say it would …",
 * "Residents of the area | say the noise …" (not "on a similar note", "with a final warning the …").
 */
function pluralSaysClause(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const plural = tokens[i - 4];
  const next = tokens[i + 1];
  return (
    !!plural?.word &&
    !plural.quoted &&
    /[^su']s$/.test(plural.lower) &&
    !lex.functionWords.has(plural.lower) &&
    !/s$/.test(tokens[i]!.lower) &&
    !!next?.word &&
    !next.quoted &&
    (SUBJECT_PRONOUNS.has(next.lower) || next.lower === 'it' || ARTICLES.has(next.lower))
  );
}

function findSpeechVerbs(tokens: readonly Token[], lex: Lexicon): VerbHit[] {
  const out: VerbHit[] = [];
  tokens.forEach((t, i) => {
    if (t.quoted || !t.word) return;
    // (only a participle, a gerund or a verb form can be a verb of saying: this runs on every word)
    const lemma = lex.participles.get(t.lower);
    const gerund = lex.gerunds.get(t.lower);
    // ("Studies have shown that …", "has long written that …": a participle that is no finite form is the
    // perfect's verb after "have", read as its finite forms are)
    const verbForms =
      lex.verbForms.get(t.lower) ?? (lemma && perfectBefore(tokens, i) ? lex.verbForms.get(lemma) : undefined);
    if (!lemma && !gerund && !verbForms) return;
    // (a verb inside an indirect question states nothing: "declined to say how many units the company
    // expected to sell", "asked whether the minister had promised …")
    if (inIndirectQuestion(tokens, i, lex)) return;
    const prev = tokens[i - 1];
    // (a base form right after a form of "be" is no verb but an adjective or a noun: "the plan was welcome";
    // not a participle that is the base form too: "the statement was read")
    if (
      prev &&
      BE.has(prev.lower) &&
      !prev.quoted &&
      !!verbForms?.some((f) => f.lemma === t.lower) &&
      !PAST_AS_BASE.has(t.lower)
    )
      return;
    // a base form after a determiner is a noun: "the report", "a claim", "her post"; so after an
    // article and a word in -ing: "a rallying call", "the following notes"; and after a preposition, an
    // article and one word: "on a similar note", "with a final warning" (the noun a preposition governs)
    // (not after a noun the phrase ends with, which the verb follows: "sources close to the council say",
    // "people familiar with the talks say")
    const afterArticle = ARTICLES.has(tokens[i - 2]?.lower ?? '') && !!prev?.word && !prev.cap;
    // (a phrase after its head, not one that opens the sentence: "In the news report …")
    const afterNoun =
      i > 3 && !!prev && (/[^s]s$/.test(prev.lower) || !!nounType(prev, lex) || isRelational(prev, lex));
    // (after a verb in -s that follows its subject, the object: "The move follows | claims that …", "The firm
    // faces | claims that …"; not a noun in -ss, -is, -us: "the press claims", "the crisis shows")
    const afterVerbS =
      /s$/.test(t.lower) &&
      !!prev?.word &&
      !prev.cap &&
      !prev.quoted &&
      /[^siu']s$/.test(prev.lower) &&
      !lex.functionWords.has(prev.lower) &&
      !nounType(prev, lex) &&
      !isRelational(prev, lex) &&
      !!tokens[i - 2]?.word &&
      (tokens[i - 2]!.cap || !!nounType(tokens[i - 2]!, lex) || lex.determiners.has(tokens[i - 3]?.lower ?? ''));
    const nounPosition =
      !!prev &&
      (afterVerbS ||
        lex.determiners.has(prev.lower) ||
        // (and after a number: "in 12 reports that …"; not a share of people, "nearly 6 in 10 say")
        (NUMBER.test(prev.text) && tokens[i - 2]?.lower !== 'in') ||
        isModifiedDocument(tokens, i, lex) ||
        /['’‘]s$/.test(prev.lower) ||
        // (not after a noun in -ing the lexicon knows: "the filing | shows", "the ruling | says")
        (afterArticle && /ing$/.test(prev.lower) && !nounType(prev, lex)) ||
        // ("no immediate comment", "no official statement": "no" and an adjective before a noun)
        (tokens[i - 2]?.lower === 'no' &&
          !!prev?.word &&
          !prev.cap &&
          /(?:ate|al|ic|ous|ive|ful|ent|ant)$/.test(prev.lower)) ||
        (afterArticle &&
          !afterNoun &&
          lex.prepositions.has(tokens[i - 3]?.lower ?? '') &&
          // (a finite verb before "that" is none: "Workers at the depot say that …")
          !(tokens[i + 1]?.lower === 'that' && !/ing$/.test(t.lower)) &&
          // (nor a plural's verb before the subject of what they say: "Critics of the plan say it would …",
          // "Residents of the area say the noise …")
          !pluralSaysClause(tokens, i, lex)));
    // "who asked not to be named", "asked for anonymity": a request to stay unnamed is no statement
    if (/^ask(?:s|ed)?$/.test(t.lower) && ANONYMITY.test(wordsOf(tokens, i + 1, i + 5).toLowerCase())) return;
    // a passive: "was described as … by", "has been told"
    if (lemma) {
      let a = i - 1;
      while (
        a >= 0 &&
        !tokens[a]!.quoted &&
        (lex.focusWords.has(tokens[a]!.lower) || /ly$/.test(tokens[a]!.lower) || FLOATING.has(tokens[a]!.lower)) &&
        !BE.has(tokens[a]!.lower)
      )
        a--;
      if (a >= 0 && BE.has(tokens[a]!.lower) && !tokens[a]!.quoted) {
        // "could be announced next week", "is to be reported": an act to come, nothing reported yet
        if (tokens[a]!.lower === 'be' && MODAL_OR_TO.has(tokens[a - 1]?.lower ?? '')) return;
        // "is said to" and "it was reported" are the reportative lexicon's
        if (tokens[i + 1]?.lower === 'to' && ['say', 'report', 'allege', 'claim'].includes(lemma)) return;
        if (tokens.slice(Math.max(0, a - 3), a).some((x) => x.lower === 'it')) return;
        // "was criticised by the opposition": the agent speaks; without one only verbs that pass on speech count
        const agent = tokens.slice(i + 1, i + 8).findIndex((x) => x.lower === 'by') >= 0;
        // (a particle verb's passive counts with its particle: "was made clear by", "was ruled out by", "Concerns
        // were raised by"; not "The decision was made by the president")
        const particle = lex.participleParticles.get(t.lower);
        const after = particle ? (particleAfter(tokens, i, particle)?.length ?? 0) : 0;
        if (particle && !after && !particleBefore(tokens, a, particle, lex)) return;
        if (PASSIVE_SPEECH.has(lemma) || agent)
          out.push({
            anchor: a,
            cue: wordsOf(tokens, a, i + 1 + after),
            lemma,
            passive: true,
            cueEnd: i + after,
          });
        return;
      }
    }
    // (a particle verb's gerund counts with its particle only: ", hitting out at …", not ", hitting the post";
    // "is pushing back against …", not "is pushing universities to …")
    const ing = gerund && (!gerund.particle || particleAfter(tokens, i, gerund.particle)) ? gerund : undefined;
    if (
      ing &&
      (prev?.text === ',' ||
        DASHES.has(prev?.text ?? '') ||
        !!subjectAfterWith(tokens, i, lex) ||
        isStatementBefore(tokens, i) ||
        isWrittenToBefore(tokens, i)) &&
      (!ing.needs || ing.needs === 'agent' || (ing.needs === 'content' && hasContent(tokens, i, ing.lemma, lex)))
    ) {
      // (a participle clause of a thing says nothing: "the frost lifted at dawn, revealing a path")
      out.push({ anchor: i, cue: t.text, lemma: ing.lemma, passive: false, cueEnd: i, needs: 'agent' });
      return;
    }
    // a progressive: "Experts are warning that …", "Kahl has been saying for months that …", "The union is
    // demanding a pay rise"; its subject stands before the auxiliary, as a finite verb's does
    const aux = ing && !nounPosition ? progressiveAuxiliary(tokens, i, lex) : -1;
    if (ing && aux >= 0) {
      const bare = ing.needs === 'content' && !hasContent(tokens, i, ing.lemma, lex);
      if (bare && !ing.forecast) return;
      // (with no word after it and no quotation in the sentence, a form in -ing after "be" is an adjective:
      // "the figures were worrying", "the figures were worrying, …")
      if (!tokens[i + 1]?.word && !tokens.some((x) => x.quoted)) return;
      if (ing.tag && !besideQuotation(tokens, i)) return;
      if (ing.question && asksQuestion(tokens, i, lex)) return;
      // ("is not saying whether …": the negation stands between the auxiliary and the gerund)
      if (isDenied(tokens, i)) return;
      out.push({
        anchor: aux,
        cue: t.text,
        lemma: ing.lemma,
        passive: false,
        cueEnd: i,
        ...subjectNeeds(ing, bare),
      });
      return;
    }
    if (isReducedRelative(tokens, i, lex) || isNounUse(tokens, i, lex)) return;
    // an infinitive says something was said only after a verb that leaves the speaker its subject
    // ("continues to insist", "went on to say", "liked to say"), not after another word ("the right to
    // criticize", "a plan to announce") nor after "used" in the passive ("is often used to explain")
    if (
      prev?.lower === 'to' &&
      (!afterCatenative(tokens, i - 1) ||
        (tokens[i - 2]!.lower === 'used' && tokens.slice(Math.max(0, i - 5), i - 2).some((x) => BE.has(x.lower))))
    )
      return;
    for (const form of verbForms ?? []) {
      if (nounPosition && !/(?:ed|told|said|wrote|thought|found|says)$/.test(t.lower)) continue;
      // (a finding aimed at is none yet: "researchers wanted to find a cure", "tried to show that …")
      if (form.needs === 'document' && prev?.lower === 'to' && AIMING.has(tokens[i - 2]?.lower ?? '')) continue;
      if (NAMING.has(form.lemma) && namesWhatFollows(tokens, i)) continue;
      if (form.lowerCase && t.cap) continue;
      // (a preposition after the object: "put the death toll at 40", not "put the cost on residents")
      if (form.prep && !prepAfterObject(tokens, i, form.prep)) continue;
      if (form.particle) {
        const words = particleAfter(tokens, i, form.particle);
        if (!words) continue;
        const cueEnd = i + words.length;
        // ("as she put it, “…”" says something; "put it on the table" does not)
        if (form.needs === 'content' && !hasContent(tokens, cueEnd, form.lemma, lex)) continue;
        // ("“…,” Kahl went on" tags a quotation; "went on to win", "went on to say" leave it to the verb after)
        if (form.tag && (!besideTag(tokens, i, cueEnd) || tokens[cueEnd + 1]?.lower === 'to')) continue;
        out.push({
          anchor: i,
          cue: wordsOf(tokens, i, cueEnd + 1),
          lemma: form.lemma,
          passive: false,
          cueEnd,
          ...(form.needs === 'agent' ? { needs: 'agent' as const } : {}),
        });
        return;
      }
      // ("asked whether …", "asked him why …": a question asked reports nothing)
      if (form.question && asksQuestion(tokens, i, lex)) continue;
      // ("tells the tale of two brothers", "told her story": a narrative, no statement reported)
      if (form.lemma === 'tell' && tellsStory(tokens, i, lex)) continue;
      // (a forecast without "that" still counts from an expert or a study: "Analysts expect a rise"; a
      // report from an outlet: "The Journal first reported the talks")
      const bare =
        form.needs === 'content' &&
        !hasContent(tokens, i, form.lemma, lex) &&
        !objectIsContent(tokens, i, form.contentWords);
      if (bare && !form.forecast && !form.outlet) continue;
      // ("sales beat forecasts", "raised estimates": a forecast's noun after a verb is its object)
      const before = tokens[i - 1];
      if (
        bare &&
        form.forecast &&
        before &&
        !before.cap &&
        (IRREGULAR_PAST.has(before.lower) || /\p{L}ed$/u.test(before.lower) || MEETING.has(before.lower))
      )
        continue;
      // ("The crowd laughed when …": a verb of the manner of speaking counts only beside its quotation)
      if (form.tag && !besideTag(tokens, i, i)) continue;
      out.push({
        anchor: i,
        cue: t.text,
        lemma: form.lemma,
        passive: false,
        cueEnd: i,
        ...subjectNeeds(form, bare, findsThat(tokens, i)),
      });
      return;
    }
  });
  return out;
}

/** "May" capitalised: inside a sentence the month or a name, not the modal. */
const isCapitalMay = (t: Token) => t.text === 'May';
/** A body's own site on the web: "on the club's website", "on its homepage". */
const OWN_SITE = /^(?:website|site|homepage)$/;
/** A company's stock: "Talbex shares", "shares in Talbex". */
const SHARES = /^(?:shares|stock|shareholders)$/;
/** What one holds in a company: "a 20% stake in Talbex". */
const STAKE = /^stakes?$/;
/** A firm's results after its possessive name: "Talbex's revenue", "Talbex's turnover" (a star's profits are no firm's). */
const RESULTS = /^(?:revenues?|turnover)$/;
/** Verbs that state a firm's results ("Talbex reported a loss", "Talbex posted record profits"). */
const RESULT_VERBS = new Set(['reported', 'posted', 'booked']);
/** What such a verb states, after at most three words ("a net loss", "record first-quarter profits"). */
const RESULT_NOUNS = /^(?:loss|losses|profit|profits|revenue|revenues|earnings|turnover)$/;
/**
 * Words before "shares" that name a market, not a company: places and their adjectives ("European",
 * "Chinese", "British", "French", "Asian", "Israeli", "Nordic"), the short names of states and unions.
 */
const MARKET_WORDS = /^(?:US|UK|EU|[\p{Lu}][\p{Ll}]*(?:an|ese|ish|ch|i|ic))$/u;
/** Nouns of what is issued and says something: "a statement saying …", "a letter warning …". */
const STATEMENTS = /^(?:statement|letter|message|post|note|memo|email|e-mail|tweet|notice|release|video)s?$/;

/**
 * Whether the gerund at `at` follows a noun of what is issued, after an article and at most two
 * adjectives: "issued a statement saying", "released a joint statement warning", "posted a video urging".
 */
function isStatementBefore(tokens: readonly Token[], at: number): boolean {
  const noun = tokens[at - 1];
  if (!noun || noun.quoted || !STATEMENTS.test(noun.lower)) return false;
  let k = at - 2;
  while (k >= 0 && k >= at - 4 && tokens[k]!.word && !tokens[k]!.cap && !ARTICLES.has(tokens[k]!.lower)) k--;
  return k >= 0 && ARTICLES.has(tokens[k]!.lower);
}

/** Forms of "write", after which "to" names whom a letter went to: "wrote to the council urging …". */
const WRITE_FORMS = new Set(['write', 'writes', 'wrote', 'written', 'writing']);
/** The words between "to" and the gerund: whom it was written to ("the chief executive of Talbex"). */
const MAX_ADDRESSEE_WORDS = 6;

/**
 * Whether the gerund at `at` follows whom a letter was written to, "to" and a phrase of words after a form
 * of "write" (or "letter"): "has written to the firm demanding compensation", "a letter to ministers urging".
 */
function isWrittenToBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 2; k >= 1 && at - k <= MAX_ADDRESSEE_WORDS + 1; k--) {
    const t = tokens[k]!;
    if (!t.word || t.quoted) return false;
    if (t.lower === 'to') return WRITE_FORMS.has(tokens[k - 1]!.lower) || /^letters?$/.test(tokens[k - 1]!.lower);
  }
  return false;
}

/**
 * The subject of a gerund that "with" and a phrase open after a comma, the phrase ending right before it:
 * ", with press secretary Dana Reyes telling reporters …", ", with both sides saying …"; else null.
 */
function subjectAfterWith(tokens: readonly Token[], at: number, lex: Lexicon): Phrase | null {
  for (let w = at - 2; w >= 1 && at - w <= MAX_PHRASE_TOKENS; w--) {
    const t = tokens[w]!;
    if (!t.word || t.quoted) return null;
    if (t.lower !== 'with') continue;
    if (tokens[w - 1]!.text !== ',' && !DASHES.has(tokens[w - 1]!.text)) return null;
    const p = readPhrase(tokens, w + 1, lex);
    return p && !p.pronoun && p.to === at ? p : null;
  }
  return null;
}

/** "May" after a preposition is the month, no modal: "released in May", "since May". */
const isMonthMay = (tokens: readonly Token[], i: number, lex: Lexicon) =>
  isCapitalMay(tokens[i]!) && lex.prepositions.has(tokens[i - 1]?.lower ?? '');
/** A verb in the past or third person, which no modal stands before: "May said", "May tells". */
const PAST_AFTER_NAME = /^(?:\p{L}+ed|said|told|wrote|says|tells|writes)$/u;

/** How many words after a verb its object's noun may stand ("welcomed the council's long-awaited decision"). */
const MAX_OBJECT_WORDS = 5;

/**
 * Whether the object right after the verb at `i`, up to a clause break, holds one of the verb's content
 * words: "welcomed the decision" is a statement, "welcomed the guests" a greeting.
 */
function objectIsContent(tokens: readonly Token[], i: number, words: readonly string[] | undefined): boolean {
  return !!words && oneOfWords(tokens, i + 1, i + MAX_OBJECT_WORDS, words);
}

/** Verbs of a finding ("The court found that …"; not "The police showed that they could act"). */
const FINDING = new Set(['find']);

/** Whether "that" opens the clause right after the verb at `i`: what a finding found. */
const findsThat = (tokens: readonly Token[], i: number) => tokens[i + 1]?.lower === 'that' && !tokens[i + 1]!.quoted;

/** Verbs whose object a forecast's noun is, in the present or a past like the base: "beat forecasts", "meets estimates". */
const MEETING = new Set([
  'beat',
  'beats',
  'meet',
  'meets',
  'miss',
  'misses',
  'top',
  'tops',
  'exceed',
  'exceeds',
  'raise',
  'raises',
  'cut',
  'cuts',
  'lower',
  'lowers',
]);

/** How far after a verb of asking the word that opens an indirect question may stand ("asked the minister whether"). */
const MAX_QUESTION_GAP = 6;
/** Words that open what is asked for, no question: "asked for talks", "asked the council to …", "asked that …". */
const ASKED_FOR = new Set(['for', 'to', 'that']);

/** Whether the verb of asking at `i` asks a question ("asked whether …", "asks who …"), unquoted. */
/** Verbs whose object may be an indirect question: "say how …", "asked whether …", "would not disclose what …". */
const QUESTION_TAKERS = new Set([
  'say',
  'said',
  'says',
  'tell',
  'told',
  'ask',
  'asked',
  'asks',
  'disclose',
  'disclosed',
  'reveal',
  'revealed',
  'explain',
  'explained',
  'know',
  'knew',
  'wonder',
  'wondered',
  'clear',
  'unclear',
  'confirm',
  'confirmed',
]);
/** How far back from a verb the interrogative of its indirect question may stand. */
const MAX_QUESTION_REACH = 10;

/**
 * Whether the word at `i` stands in an indirect question: after "whether", "if" or an interrogative that
 * follows a verb taking a question, in the same clause ("declined to say how many units the company
 * expected …").
 */
function inIndirectQuestion(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  for (let k = i - 1; k >= 1 && i - k <= MAX_QUESTION_REACH; k--) {
    const t = tokens[k]!;
    if (t.quoted || !t.word) return false;
    if (t.lower === 'whether' || t.lower === 'if' || lex.interrogatives.has(t.lower))
      return QUESTION_TAKERS.has(tokens[k - 1]!.lower);
  }
  return false;
}

function asksQuestion(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + MAX_QUESTION_GAP; k++) {
    const t = tokens[k]!;
    if (t.quoted || CLAUSE_BREAK.has(t.text) || t.text === '.' || ASKED_FOR.has(t.lower)) return false;
    if (t.lower === 'whether' || t.lower === 'if' || lex.interrogatives.has(t.lower)) return true;
  }
  return false;
}

/** A count in figures or words up to ten: "3 in 10", "seven in ten". */
const isCount = (t: Token | undefined) =>
  !!t && (/^\d+$/.test(t.text) || /^(?:one|two|three|four|five|six|seven|eight|nine|ten)$/.test(t.lower));

/** The articles. */
const ARTICLES = new Set(['a', 'an', 'the']);
/** The indefinite articles. */
const INDEFINITE_ARTICLES = new Set(['a', 'an']);
/** Particles of phrasal verbs that follow no noun: "picks up", "sets out". */
const VERB_PARTICLES = new Set(['up', 'out', 'off', 'down', 'back', 'away']);

/** Verbs that also give a thing its name: "a feature called “Pulse”", "an idea called the “curve”". */
const NAMING = new Set(['call']);

/**
 * Whether the verb at `i` names what follows rather than reports words: a quotation follows it at
 * once or after an article ("routes called “segments”"; not "called the plan “reckless”"), and no
 * "what" opens its clause ("what ministers called the “old rules”" gives their words); or "what"
 * opens it and no quotation follows ("what the firm calls its family plan").
 */
function namesWhatFollows(tokens: readonly Token[], i: number): boolean {
  const what = tokens.slice(Math.max(0, i - 5), i).some((t) => t.lower === 'what');
  // ("what it calls Loftfiber padding", "what it called a quiet spot": with no quotation after it,
  // "what … calls" names a thing, and gives nobody's words)
  if (what) return !tokens.slice(i + 1).some((t) => t.quoted);
  const j = ARTICLES.has(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
  return isQuoteMark(tokens[j]?.text) && !!tokens[j + 1]?.quoted;
}

/**
 * What a verb of saying needs of its subject, by its form and whether it stands without what was said
 * (`bare`): a court for a verb of hearing, an outlet for a verb of reporting with nothing reported, a document
 * or an expert for a finding or a bare forecast, an agent where the lexicon says so.
 */
function subjectNeeds(form: VerbForm, bare: boolean, finding = false): Pick<VerbHit, 'needs'> {
  if (form.hearing) return { needs: 'court' };
  // ("The court found that …", "Investigators found that …": a finding with its content, from a body too)
  if (form.needs === 'document' && finding && FINDING.has(form.lemma)) return { needs: 'finder' };
  // ("The Herald has learned that …": a verb of finding out that reports only with an outlet as subject)
  if (form.needs === 'outlet' || (bare && form.outlet)) return { needs: 'outlet' };
  if (bare && form.forecast) return { needs: 'forecaster' };
  if (form.needs === 'document' || bare) return { needs: 'document' };
  return form.needs === 'agent' ? { needs: 'agent' } : {};
}

/** Verb forms that are the first part of a compound noun before these words: "think tank". */
const NOUN_COMPOUND_PARTS = new Map([['think', /^tanks?$/]]);

/** Words before a verb's base form: "to", a modal, "and", "or", an adverb in -ly ("to delete", "and quietly delete"). */
const BEFORE_BASE_FORM = /^(?:to|will|would|can|could|should|must|may|might|and|or|\p{L}+ly)$/u;

/** Prepositions that also open a clause of comparison: "As experts say, …", "Like his rivals claim, …". */
const COMPARING = new Set(['as', 'like']);

/** Forms of "be" and "have" that follow a subject. */
const BE_OR_HAVE = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have']);

/** Nouns of a quantity of people after "a", whose verb is plural: "a few say", "a majority believe". */
const QUANTITIES = new Set([
  'few',
  'lot',
  'majority',
  'minority',
  'handful',
  'dozen',
  'number',
  'couple',
  'third',
  'quarter',
  'half',
]);

/**
 * Whether the speech verb form at `i` is used as a noun or an adjective: a participle between an
 * article (or "the X's") and its noun ("the reported deal", "the firm's confirmed losses"), a form
 * in -s right after a verb in -ed ("widely shared claims that"), or a base or -s form right
 * before "was"/"is" ("hail was common").
 */
function isNounUse(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // a bare form right after a verb of saying in the third person is its object, in a headline's title case
  // too: "Talbex Denies Report …", "minister rejects claim" (no finite verb agrees there; not after a plural
  // noun that is a verb's form too, "Reports say"); so after a verb's bare form after a plural subject,
  // "Doctors Urge Caution"
  const bare = (x: Token | undefined) => !!x && !!lex.verbForms.get(x.lower)?.some((f) => f.lemma === x.lower);
  const pluralSubject = tokens[i - 2];
  if (
    prev?.word &&
    !prev.quoted &&
    lex.verbForms.has(prev.lower) &&
    !nounType(prev, lex) &&
    bare(t) &&
    (/[^s]s$/.test(prev.lower) ||
      (bare(prev) &&
        !!pluralSubject?.word &&
        /[^s]s$/.test(pluralSubject.lower) &&
        !lex.verbForms.has(pluralSubject.lower) &&
        !lex.functionWords.has(pluralSubject.lower)))
  )
    return true;
  if (!prev || t.cap) return false;
  const lower = (x: Token | undefined) => x?.lower ?? '';
  if (isNewsReports(tokens, i, lex)) return true;
  if (/ed$/.test(t.lower) && next?.word && !next.cap && !lex.functionWords.has(next.lower)) {
    // (or after a name's: "Talbex's alleged payments")
    const possessed = /['’‘]s$/.test(prev.lower) && (lex.determiners.has(lower(tokens[i - 2])) || prev.cap);
    if (possessed || (lex.determiners.has(prev.lower) && !lex.pronouns.has(prev.lower))) return true;
    // after a number: "120 confirmed cases", "40 reported deaths"
    if (NUMBER.test(prev.text)) return true;
    // after a superlative: "the world’s largest confirmed reserves", "the most cited study"
    const before = lower(tokens[i - 2]);
    if (/.{3}est$|^most$/.test(prev.lower) && (lex.determiners.has(before) || /['’‘]s$/.test(before))) return true;
  }
  if (/[^s]s$/.test(t.lower) && prev.word && !prev.cap && /ed$/.test(prev.lower) && !lex.verbForms.has(prev.lower))
    return true;
  // after an article and a year or number, a noun: "The 2019 report", "a 40-page statement"
  // ("The 42-year-old said", "The 12 told reporters": a verb in the past or third person follows its subject)
  if (
    NUMBER_MODIFIER.test(prev.text) &&
    lex.determiners.has(lower(tokens[i - 2])) &&
    !/(?:ed|s)$/.test(t.lower) &&
    !IRREGULAR_PAST.has(t.lower)
  )
    return true;
  // after a possessive, perhaps with an adjective between, a noun: "its annual report", "their latest claim"
  // ("her" may be an object too: "let her report")
  // (not one standing alone after "of": "a friend of his | said")
  const owner = ADJECTIVE_SHAPE.test(prev.lower) ? tokens[i - 2] : prev;
  const alone = owner === prev && lower(tokens[i - 2]) === 'of';
  if (owner && owner.lower !== 'her' && !alone && POSSESSIVE_PRONOUNS.has(owner.lower) && !/(?:ed|s)$/.test(t.lower))
    return true;
  // the first part of a compound noun: "a think tank"
  if (NOUN_COMPOUND_PARTS.get(t.lower)?.test(lower(next))) return true;
  // after "a"/"an" and one word, a noun: "an email reply", "a written statement", also after a plural the
  // article cannot determine, a compound's first part: "an earnings call", "a sales pitch" (one of a group, "a
  // team", says no plural verb; a quantity does: "a few say")
  if (
    INDEFINITE_ARTICLES.has(lower(tokens[i - 2])) &&
    prev.word &&
    !prev.cap &&
    !QUANTITIES.has(prev.lower) &&
    // (the bare form of the verb, after no noun of people: "a spokesperson said", "a resident read")
    bare(t) &&
    !/(?:ed|s)$/.test(t.lower) &&
    !isRelational(prev, lex) &&
    (nounType(prev, lex) ?? 'document') === 'document'
  )
    return true;
  // "said" as a determiner after a verb's base form, before a noun: "to delete said uploads", "and destroy
  // said files" (the word before it a verb after "to", a modal, "and" or an adverb, no noun that could speak)
  if (
    t.lower === 'said' &&
    !!next?.word &&
    !next.cap &&
    !lex.functionWords.has(next.lower) &&
    prev.word &&
    !prev.cap &&
    !/s$/.test(prev.lower) &&
    !lex.functionWords.has(prev.lower) &&
    !lex.focusWords.has(prev.lower) &&
    !nounType(prev, lex) &&
    BEFORE_BASE_FORM.test(lower(tokens[i - 2]))
  )
    return true;
  // the bare form that ends a prepositional phrase opening the sentence, before its comma, is its noun:
  // "After a tense investor call, …", "During a brief phone call, …" (not after "as", "like": "As experts say, …")
  const opener = tokens[0]!.lower;
  if (
    next?.text === ',' &&
    lex.prepositions.has(opener) &&
    !COMPARING.has(opener) &&
    lex.determiners.has(lower(tokens[1])) &&
    // (names and numbers may stand inside, the noun before the head is a common noun: "On a March 3 Talbex
    // investor call, …"; not "In the end Kahl says, …")
    tokens.slice(2, i).every((x) => x.word && !x.quoted && !lex.determiners.has(x.lower)) &&
    !prev.cap &&
    !/(?:ed|s)$/.test(t.lower)
  )
    return true;
  // "amid mounting warnings", "despite rising demands" (not "the filing says": a noun in -ing after its article)
  if (
    /[^s]s$/.test(t.lower) &&
    prev.word &&
    !prev.cap &&
    /ing$/.test(prev.lower) &&
    !nounType(prev, lex) &&
    !lex.determiners.has(lower(tokens[i - 2])) &&
    !/['’‘]s$/.test(lower(tokens[i - 2]))
  )
    return true;
  return !/(?:ed|said|told|wrote|thought)$/.test(t.lower) && BE_OR_HAVE.has(lower(next));
}

/** A capitalised word that is no known role, institution or function word: part of a name. */
function isNameWord(t: Token, lex: Lexicon): boolean {
  if (!t.word || !t.cap || t.quoted || lex.determiners.has(t.lower) || lex.titles.has(t.lower)) return false;
  if (lex.functionWords.has(t.lower) && !/^\p{Lu}{2,}$/u.test(t.text)) return false;
  if (nounType(t, lex) || isRelational(t, lex)) return false;
  if (forms(t.lower).some((f) => lex.anonymous.has(f))) return false;
  // "Former colleagues said": a word of a role no longer held, no name
  if (FORMER.test(t.lower)) return false;
  // a verb that opens a sentence: "Asked on Monday whether …"
  if (lex.verbForms.has(t.lower) || lex.participles.has(t.lower) || lex.gerunds.has(t.lower)) return false;
  if (/^\d/.test(t.text) || CALENDAR.test(t.lower)) return false;
  return true;
}

/**
 * A capitalised role noun right after a known given name (of either gender too: "Lee"), with no name after
 * it, is a surname: "Tom Judge", "Lea Sheriff" (a title stands before the name: "Judge Dana Reyes").
 */
function isSurnameAfterGivenName(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return (
    !!prev &&
    t.cap &&
    !t.quoted &&
    !/^\p{Lu}{2,}/u.test(t.text) &&
    prev.cap &&
    (lex.givenNames.has(prev.lower) || lex.eitherNames.has(prev.lower)) &&
    // (a common noun, not a body's name, which a family name may also be: "Dana Talbex" of the Talbex firm)
    !lex.nameTypes.has(t.lower) &&
    (isRelational(t, lex) || !!nounType(t, lex)) &&
    !(next && isNameWord(next, lex))
  );
}

/** A name word that is not a capitalised modifier of a lower-case noun ("Chinese trade policy"). */
function isNameAt(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const t = tokens[i]!;
  if (isSurnameAfterGivenName(tokens, i, lex)) return true;
  // a given name spelt as a month's short form before a surname: "Jan Brandik" (not "Jan 5")
  if (lex.givenNames.has(t.lower) && CALENDAR.test(t.lower) && tokens[i + 1]?.cap && isNameWord(tokens[i + 1]!, lex))
    return true;
  if (!isNameWord(t, lex)) return false;
  const next = tokens[i + 1];
  if (next && next.word && !next.cap && DEMONYM.test(t.lower) && !isNameWord(tokens[i - 1] ?? next, lex)) return false;
  // an adverb opening the sentence ("Finally", "Separately"), not a name in -ly: one with a capital
  // inside ("McTalbot"), a whole mention ("Kelly" as a speaker) or one a verb of saying follows ("Kelly added")
  return !(
    i === 0 &&
    /ly$/.test(t.lower) &&
    !/^\p{Lu}\p{Ll}+\p{Lu}/u.test(t.text) &&
    !!next &&
    !(next.word && lex.verbForms.has(next.lower))
  );
}

function hasName(tokens: readonly Token[], from: number, to: number, lex: Lexicon): boolean {
  for (let i = from; i < to; i++) if (isNameAt(tokens, i, lex)) return true;
  return false;
}

/**
 * Whether a phrase names its own person or body: a name before any complement ("of Talbury", "at the
 * ministry") and other than an owner's ("Talbury's mayor", "the Talbury council leader"), which say whose
 * the role is.
 */
function hasOwnName(tokens: readonly Token[], from: number, to: number, lex: Lexicon): boolean {
  let end = tokens.slice(from, to).findIndex((t) => COMPLEMENT.has(t.lower));
  end = end < 0 ? to : from + end;
  // (a name before a role in lower case is whose the role is: "The White House press secretary")
  const roleAfter = (i: number) =>
    tokens.slice(i + 1, end).some((t) => !t.cap && (isRelational(t, lex) || !!nounType(t, lex)));
  for (let i = from; i < end; i++) {
    const owner = /['’]s?$/.test(tokens[i]!.text) || /^['’]s?$/.test(tokens[i + 1]?.text ?? '');
    if (isNameAt(tokens, i, lex) && !owner && !roleAfter(i)) return true;
  }
  return false;
}

/** The last run of consecutive name words (at most four): "campaign senior adviser Jordan Miller" → "Jordan Miller". */
function nameOf(tokens: readonly Token[], lex: Lexicon): string | null {
  let best: string[] = [];
  let run: string[] = [];
  tokens.forEach((t, i) => {
    // (a word in capitals after a person's name is a label, not the name's: "Lea Roth LIVE")
    if (run.length && /^\p{Lu}{3,}$/u.test(t.text) && /\p{Ll}/u.test(run[run.length - 1]!)) run = [];
    else if (isNameAt(tokens, i, lex) && !/['’‘]s?$/.test(tokens[i - 1]?.text ?? '')) run.push(possessiveless(t.text));
    else if (isNameAt(tokens, i, lex))
      run = [possessiveless(t.text)]; // "Kahl’s | Oct"
    else if (run.length && isFunctionWordInName(tokens, i, lex))
      run.push(t.text); // "Talbex Together"
    else if (!(t.text === '.' && run.length)) run = [];
    if (run.length) best = run.slice(0, 4);
  });
  // "Brave Lea Roth", "Heartbroken Tom Kahl": a word of praise or feeling before a name of two words or
  // more is no part of it
  if (best.length >= 3 && EPITHET.test(best[0]!.toLowerCase())) best = best.slice(1);
  return best.length ? best.join(' ') : null;
}
/** Adjectives set before a name in a tabloid's style: "Brave …", "Tragic …", "Heartbroken …". */
const EPITHET =
  /^(?:brave|tragic|heartbroken|tearful|proud|grieving|devastated|distraught|disgraced|troubled|jailed|doting|defiant|bereaved|furious|tireless)$/;

/** A given name the lexicon knows and a capitalised surname that end `tokens` ("… Talbex Lea Roth"), else null. */
function trailingPersonName(tokens: readonly Token[], lex: Lexicon, apposed = false): string | null {
  const n = tokens.length;
  const given = tokens[n - 2];
  const surname = tokens[n - 1];
  if (n < 3 || !given?.cap || !surname?.cap || !lex.givenNames.has(given.lower)) return null;
  if (!(tokens[n - 3]!.cap || apposed) || nounType(surname, lex) || isRelational(surname, lex)) return null;
  return `${given.text} ${possessiveless(surname.text)}`;
}

/** At most this many words in lower case stand between an owner's name and the head it owns ("Kahl's longtime private barrister"). */
const MAX_WORDS_AFTER_OWNER = 3;

/**
 * The token before the head at `headAt` that a name modifies it with: the capitalised word right before
 * it, or a possessive name before a few words in lower case ("Anna Berger's now-defunct blog"); -1 if none.
 */
function modifierAt(pre: readonly Token[], headAt: number): number {
  let at = headAt - 1;
  while (at > 0 && headAt - at <= MAX_WORDS_AFTER_OWNER && pre[at]!.word && !pre[at]!.cap) at--;
  if (at < headAt - 1 && !(pre[at]?.cap && POSSESSIVE_END.test(pre[at]!.text))) return -1;
  return at >= 0 && pre[at]!.cap ? at : -1;
}
const POSSESSIVE_END = /['’‘]s?$/;

/**
 * Whether the word before a head at `at` is surely a name, not a capitalised word opening the sentence ("New
 * data showed"): one after another word ("new Talbex data"), or initials ("LSEG data").
 */
function namesModifier(pre: readonly Token[], at: number): boolean {
  return at > 0 || (at === 0 && /^\p{Lu}{2,}/u.test(pre[0]!.text));
}

/**
 * Where the name stands that modifies the head at `headAt` (`modifierAt`), when the head is a common noun or a
 * role's acronym with no capitalised word after it; -1 otherwise.
 */
function headModifier(pre: readonly Token[], headAt: number): number {
  const head = pre[headAt];
  if (!head || headAt === 0) return -1;
  if (head.cap && !/^\p{Lu}{2,4}s?$/u.test(head.text)) return -1;
  return pre.slice(headAt + 1).every((t) => !t.cap) ? modifierAt(pre, headAt) : -1;
}

/** A role no longer held: "former", "ex-", "onetime". */
const FORMER = /^(?:former|onetime|one-time)$|^ex-/;
/** Offices that politicians hold: the one who held them speaks as a politician still. */
const POLITICAL_OFFICE =
  /\b(?:president|prime minister|minister|chancellor|mayor|governor|senator|secretary of state)\b/;

/**
 * The type of an office at token `i` of `type`: held before ("former President X", "a former
 * diplomat", up to three words before it), a political office's holder speaks as a politician,
 * anyone else's as a person, no longer in office.
 */
function formerOffice(tokens: readonly Token[], i: number, type: SourceType | null): SourceType | null {
  if (type !== 'government') return type;
  // "the shadow chancellor", "shadow home secretary": the opposition's spokesperson for an office, a
  // politician; so are "opposition councillors", "an opposition lawmaker" (the opposition holds no office)
  if (tokens.slice(Math.max(0, i - 2), i).some((t) => t.lower === 'shadow' || t.lower === 'opposition'))
    return 'politician';
  const from = Math.max(0, i - 3);
  if (!tokens.slice(from, i + 1).some((t) => FORMER.test(t.lower))) return type;
  return formerType(type, wordsOf(tokens, from, i + 2));
}

/** "chief executive officer", "the chief product officer": an officer with "chief" up to three words before is an executive. */
function isChiefOfficer(tokens: readonly Token[], i: number): boolean {
  return /^officers?$/.test(tokens[i]!.lower) && tokens.slice(Math.max(0, i - 3), i).some((t) => t.lower === 'chief');
}

/** Words of a quantity before a number: "more than 650,000 children", "at least 40 residents". */
const QUANTITY = /^(?:more than|fewer than|less than|at least|up to|nearly|almost|over|some)\b/;
/** Words that end the head of a mention: its complements, "in" before a place ("a manager in Talbury"), and "with". */
/** Vague sources that a body they are inside says more of: "sources in the police", "officials within the ministry". */
const INSIDERS = new Set(['source', 'sources', 'insider', 'insiders', 'official', 'officials', 'person', 'people']);
/** The field of defence before an official or a source ("a defence official"), written either way. */
const DEFENCE = /^defen[cs]e$/;
/** Prepositions of being inside a body: "sources in the police", "officials within the ministry". */
const INSIDE = new Set(['in', 'within', 'inside']);
const HEAD_END = new Set([...COMPLEMENT, ...INSIDE, 'with']);
/** A present participle in lower case: "representing", "running". */
const PARTICIPLE = /^\p{Ll}{3,}ing$/u;
/** A present participle that is no noun of the lexicon ("representing"; not "briefing", "building"). */
const isParticiple = (t: Token, lex: Lexicon) =>
  PARTICIPLE.test(t.text) && !nounType(t, lex) && !TIME_WORDS.test(t.lower);
/** Verbs of research and teaching: a relative clause with one says the person is an expert. */
const RESEARCHES = /^(?:researche[sd]|stud(?:ies|ied)|teach(?:es)?|taught|lectures|lectured)$/;
/** Verbs that make a relative clause a role: "who is a lecturer", "who then became the C.E.O. at Brandik". */
const COPULA = new Set(['is', 'was', 'became', 'becomes', 'serves', 'served', 'works', 'worked', 'acts', 'acted']);
const COPULA_AS = new Set(['as']);
/** Copulas in the past: the role they give was held before ("who was a policy adviser", "who served as mayor"). */
const PAST_COPULA = new Set(['was', 'served', 'worked', 'acted']);
/** Words that put a role held before in the days the story tells of: "who was mayor at the time", "then". */
const AT_THE_TIME = /\b(?:at the time|then|back then)\b/;

/**
 * Whether the copula at `k` gives the role in tokens `from` to `to` as one held before ("Tom Kahl, who was a
 * transport adviser at the ministry, said", "who served as mayor"): a copula in the past, not "at the time"
 * or "then" (a role held when the story took place), nor a passive ("who was elected mayor").
 */
function isFormer(tokens: readonly Token[], k: number, from: number, to: number, lex: Lexicon): boolean {
  const first = tokens[from];
  if (!PAST_COPULA.has(tokens[k]?.lower ?? '') || !first || lex.participles.has(first.lower) || /ed$/.test(first.lower))
    return false;
  return !AT_THE_TIME.test(wordsOf(tokens, from, to).toLowerCase()) && !AT_THE_TIME.test(tokens[k + 1]?.lower ?? '');
}

/**
 * The type the holder of a role held before speaks as now: a government office's as a politician where
 * the office is political, else as a person (as with "former"); other types stay.
 */
function formerType(type: SourceType, role: string): SourceType {
  if (type !== 'government') return type;
  return POLITICAL_OFFICE.test(role.toLowerCase()) ? 'politician' : 'person';
}
/** Prepositions before the body a person works at or for. */
const BODY_AFTER = new Set(['at', 'for', 'with']);

/**
 * A description set off as a relative clause ("who researches tides at Talbury University"): with a
 * copula what follows is the role; with another verb the body the person works at or for, if any.
 */
function relativeRole(tokens: readonly Token[], lex: Lexicon): Classified | null {
  if (tokens[0]?.lower !== 'who' || !tokens[1]) return null;
  // "who researches coastal erosion at …", "who teaches law": a researcher, wherever they work
  if (RESEARCHES.test(tokens[1].lower)) return { type: 'expert', named: false, name: null };
  let k = 2;
  if (COPULA.has(tokens[1].lower)) {
    if (COPULA_AS.has(tokens[k]?.lower ?? '')) k++;
    // "who works at the ministry", "who is with the union": a preposition opens the body
    if (!BODY_AFTER.has(tokens[k]?.lower ?? '')) {
      const role = classify(wordsOf(tokens, k), lex);
      return isFormer(tokens, 1, k, tokens.length, lex)
        ? { ...role, type: formerType(role.type, wordsOf(tokens, k)) }
        : role;
    }
  }
  // the last body after "at", "for" or "with" that is one ("… at the Centre for Coastal Studies at Talbury University")
  let type: SourceType | null = null;
  let end = tokens.length;
  for (let i = tokens.length - 1; i >= k - 1; i--) {
    if (!BODY_AFTER.has(tokens[i]!.lower)) continue;
    const t = classify(wordsOf(tokens, i + 1, end), lex).type;
    if (BODY_TYPES.has(t)) {
      type = t;
      break;
    }
    end = i;
  }
  return { type: type ?? 'other', named: false, name: null, ...(type ? {} : { guessed: true as const }) };
}

/** Lower-case particles that open a surname ("de Blasio", "van der Leyen"). */
const NAME_PARTICLES = new Set([
  'de',
  'da',
  'di',
  'del',
  'della',
  'van',
  'von',
  'der',
  'den',
  'le',
  'la',
  'du',
  'dos',
  'bin',
  'al',
]);

/** Types of things, not of people: a word of these before a name is no role ("Bill Talbex", "Rose Kahl"). */
const THING_TYPES = new Set<SourceType>(['document', 'social_media']);

/**
 * Whether the capitalised word at `i` stands before a person's name without being their role: a
 * first name that is also a noun of things ("Bill Talbex"), or a body's name ("the Daily Mail Dana
 * Reyes", no possessive).
 */
function namesNext(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!t.cap || !next || /['’‘]s?$/.test(t.text)) return false;
  // (a first name before a particle of the surname too: "Mayor Bill de Blasio")
  const type = nounType(t, lex);
  if (type && THING_TYPES.has(type) && (isNameWord(next, lex) || NAME_PARTICLES.has(next.text))) return true;
  if (!isNameWord(next, lex)) return false;
  // (the name runs to the end: not "Talbex Search lead Lea Roth")
  return !isLexiconNoun(t, lex) && !isRelational(t, lex) && tokens.slice(i + 1).every((x) => isNameWord(x, lex));
}

/**
 * Whether a body's name of several words stands right before a person's name: "the Daily Mail Dana
 * Reyes" (not an office's name, which is the person's title: "Business Secretary Dana Reyes").
 */
function bodyBeforeName(mention: string, lex: Lexicon): boolean {
  const m = lex.multiWordNames?.exec(mention.toLowerCase());
  if (!m || lex.relational.has(m[0].split(' ').pop()!)) return false;
  const rest = tokenize(mention.slice(m.index + m[0].length));
  // (a noun for bodies ends the body's own name: "Talbury Fire and Rescue Service")
  return (
    rest.length > 0 &&
    rest.length <= 3 &&
    !/^['’‘]/.test(rest[0]!.text) &&
    rest.every((t) => isNameWord(t, lex)) &&
    !lex.bodyNouns.has(rest[rest.length - 1]!.lower)
  );
}

/** A first name that is also a noun of things, before the rest of a name: "Bill Talbex", "Mayor Bill Kahl". */
function isThingFirstName(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const type = nounType(tokens[i]!, lex);
  return !!type && THING_TYPES.has(type) && namesNext(tokens, i, lex);
}

/** The words of a noun the lexicon lists with a space as one token: "a think tank", "the white paper". */
/** The lexicon's nouns of several words by their first word, in the lexicon's order, made once per lexicon. */
const multiWordNounsByFirst = new WeakMap<Lexicon, Map<string, readonly string[][]>>();

/**
 * The lexicon's noun of several words that opens at token `i` ("think tank"; its last word may take a
 * possessive: "the think tank's director"), the first in the lexicon's order; else undefined.
 */
function multiWordNounAt(tokens: readonly Token[], i: number, lex: Lexicon): readonly string[] | undefined {
  let byFirst = multiWordNounsByFirst.get(lex);
  if (!byFirst) {
    const index = new Map<string, string[][]>();
    for (const ws of lex.multiWordNouns) index.set(ws[0]!, [...(index.get(ws[0]!) ?? []), [...ws]]);
    multiWordNounsByFirst.set(lex, (byFirst = index));
  }
  const first = tokens[i]?.lower;
  if (!first) return undefined;
  const bare = possessiveless(first);
  const candidates = [...(byFirst.get(first) ?? []), ...(bare !== first ? (byFirst.get(bare) ?? []) : [])];
  return candidates.find((ws) =>
    ws.every((w, k) => {
      const t = tokens[i + k]?.lower;
      return t === w || (k === ws.length - 1 && !!t && possessiveless(t) === w);
    }),
  );
}

/** Whether a noun of several words the lexicon knows opens at token `i` ("think tank", "think-tank"). */
const opensMultiWordNoun = (tokens: readonly Token[], i: number, lex: Lexicon) => !!multiWordNounAt(tokens, i, lex);

function joinMultiWordNouns(tokens: Token[], mention: string, lex: Lexicon): Token[] {
  if (!lex.multiWordNouns.length) return tokens;
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const words = multiWordNounAt(tokens, i, lex);
    if (!words) {
      out.push(tokens[i]!);
      continue;
    }
    const last = tokens[i + words.length - 1]!;
    const lower = tokens
      .slice(i, i + words.length)
      .map((t) => t.lower)
      .join(' ');
    out.push({ ...tokens[i]!, text: mention.slice(tokens[i]!.start, last.end), lower, end: last.end });
    i += words.length - 1;
  }
  return out;
}

/**
 * "general" joined to another title is no military rank: "the general secretary", "the attorney general",
 * "the UN secretary-general", "the general manager" (the other title speaks); "General Dana Reyes", "the
 * general" keep it.
 */
function withoutTitleGeneral(tokens: readonly Token[], lex: Lexicon): Token[] {
  const isTitle = (t: Token | undefined) =>
    !!t && t.lower !== 'general' && !isNameWord(t, lex) && isOfficeTitle(t, lex);
  return tokens
    .map((t) => {
      // (as written: "Secretary-General", "secretary-general")
      const m = /^(\p{L}+)-general$/u.exec(t.lower);
      return m ? { ...t, text: t.text.slice(0, m[1]!.length), lower: m[1]!, end: t.start + m[1]!.length } : t;
    })
    .filter((t, i, ts) => t.lower !== 'general' || !(isTitle(ts[i - 1]) || isTitle(ts[i + 1])))
    .flatMap((t, i, ts) => {
      // ("the attorney general's office": the possessive goes to the title before it)
      const possessive = /^general(['’‘]s?)$/.exec(t.lower);
      if (possessive && isTitle(ts[i - 1])) return [];
      const next = /^general(['’‘]s?)$/.exec(ts[i + 1]?.lower ?? '');
      return next && isTitle(t)
        ? [{ ...t, text: t.text + next[1], lower: t.lower + next[1], end: ts[i + 1]!.end }]
        : [t];
    });
}

/**
 * Whether the capitalised words before a capitalised title of government name its portfolio ("Media and
 * Sport | Secretary"): common nouns, no body's name ("Pentagon spokesperson").
 */
function isPortfolio(pre: readonly Token[], headAt: number, lex: Lexicon): boolean {
  const head = pre[headAt]!;
  const words = pre.slice(0, headAt).filter((t) => t.word && t.lower !== 'and' && !lex.determiners.has(t.lower));
  return (
    head.cap &&
    relationalFallback(head, lex) === 'government' &&
    words.length > 0 &&
    words.every((t) => t.cap && !lex.nameTypes.has(t.lower))
  );
}

/** Types of an office that one person holds, whom the text may call by it later ("the governor"). */
const OFFICE_TYPES = new Set<SourceType>(['government', 'politician', 'security', 'justice']);

/**
 * Whether a word is an office's title that "General" may follow as part of it: a relational role or a noun
 * of an office ("Secretary General", "Attorney General"; not "Surgeon", an expert, whose "General" is the state's).
 */
const isOfficeTitle = (t: Token, lex: Lexicon): boolean =>
  isRelational(t, lex) || OFFICE_TYPES.has(nounType(t, lex) as SourceType);

/** A singular noun for an office one person holds: "governor", "senator", "prosecutor" (not "police", "officials"). */
function isOfficeRole(t: Token, lex: Lexicon): boolean {
  const type = isRelational(t, lex) ? null : nounType(t, lex);
  return !!type && OFFICE_TYPES.has(type) && !/s$/.test(t.lower) && !lex.bodyNouns.has(t.lower);
}

/**
 * The role a description set off after a name gives, its last word of an office or a relational role ("the
 * club's chairman", "the city's mayor"), for a later "the chairman"; null where it has none or names the body.
 */
function roleIn(description: readonly Token[], lex: Lexicon): { role: string } | null {
  // (not one of a body the description names: "president of the Talbury Farmers' Union" is no later "the president")
  if (description.some((t) => t.word && t.cap)) return null;
  const word = [...description]
    .reverse()
    .find((t) => t.word && !t.cap && !/s$/.test(t.lower) && (isRelational(t, lex) || isOfficeRole(t, lex)));
  return word ? { role: possessiveless(word.lower) } : null;
}

/** Nouns for a party's members in a council or parliament, after the party's name ("the Labour group"). */
const PARTY_GROUPS = new Set(['group', 'bloc', 'faction', 'wing', 'benches']);

/** Types of nouns of people (a barrister, a wife, a doctor), no body. */
const PEOPLE_TYPES = new Set<SourceType>(['person', 'justice', 'expert']);

/** Nouns for a unit of a body, of whatever kind the body is ("office", "branch", "council"). */
const UNITS = new Set([
  'office',
  'centre',
  'center',
  'department',
  'division',
  'unit',
  'branch',
  'bureau',
  'chapter',
  'council',
  'committee',
  'subcommittee',
  'panel',
  'board',
]);

/**
 * The type of the body whose possessive owns the unit at `i`: by its noun ("the council's | budget office") or by
 * the name it ends ("the Talbury Weather Service's | flood centre"); null if no body owns it.
 */
function ownerType(ts: readonly Token[], i: number, lex: Lexicon): SourceType | null {
  let k = i - 1;
  while (k >= 0 && !POSSESSIVE_END.test(ts[k]!.text)) k--;
  if (k < 0) return null;
  const byNoun = nounType(ts[k]!, lex);
  if (byNoun || !ts[k]!.cap) return byNoun;
  let from = k;
  while (from > 0 && ts[from - 1]!.cap && !lex.determiners.has(ts[from - 1]!.lower)) from--;
  const c = classifyParts(
    ts
      .slice(from, k + 1)
      .map((t) => possessiveless(t.text))
      .join(' '),
    lex,
  );
  return !c.guessed && BODY_TYPES.has(c.type) ? c.type : null;
}

/**
 * Nouns whose capitalised form ending a name names something else than the noun: "the Talbury Housing
 * Programme" is the body that runs it, not a broadcast ("the programme", "a BBC programme"); "Talbury
 * City", "Lakeside Town" are clubs, no city's government ("the city", "the city of Talbury").
 */
const IN_NAMES: ReadonlyArray<[RegExp, SourceType | null]> = [
  [/^program(?:me)?s?$/, 'organization'],
  [/^(?:city|town)$/, null],
];
/** The type of the noun at `i` by `IN_NAMES`, `undefined` where it is no such noun ending a name. */
function typeInName(ts: readonly Token[], i: number): SourceType | null | undefined {
  const t = ts[i]!;
  if (!t.cap || !ts[i - 1]?.cap || (ts[i + 1]?.cap && !HEAD_END.has(ts[i + 1]!.lower))) return undefined;
  // "the County Councils Network", "the Talbury Climate Network": a body named a network is a broadcaster
  // only when its name says so ("Talbury Broadcasting Network", "Cable News Network")
  if (t.lower === 'network') {
    let k = i;
    while (k > 0 && ts[k - 1]!.cap) k--;
    return ts.slice(k, i).some((x) => NEWS_WORD.test(x.lower) || /^broadcast/.test(x.lower))
      ? undefined
      : 'organization';
  }
  return IN_NAMES.find(([re]) => re.test(t.lower))?.[1];
}

/** Ranks before "General" that make it the army's: "Major General", "Lieutenant General", "Brig. Gen.". */
const MILITARY_RANKS = /^(?:major|lieutenant|brigadier|lt\.?|maj\.?|brig\.?)$/;

/**
 * Whether "General" at `i` follows another office and is no rank of its own: "Attorney General", "Surgeon
 * General" (a capitalised word before it, no rank, "Major General", and no given name).
 */
function generalAfterOffice(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const prev = tokens[i - 1];
  return (
    tokens[i]?.lower === 'general' &&
    !!prev?.cap &&
    prev.word &&
    !prev.quoted &&
    !MILITARY_RANKS.test(prev.lower) &&
    !lex.givenNames.has(prev.lower)
  );
}

/** Words that give the name of one an indefinite noun introduces: "a colleague named …", "a man called …". */
const NAMING_WORDS = new Set(['named', 'called']);
/** A role in the plural, which two people joined by "and" may hold: "scientists", "officials", "spokesmen". */
const PLURAL_ROLE = /(?:[^s']s|men|people)$/;

/** What opens a definite body after a role's preposition: "for the ministry", "from the governor's office". */
const DEFINITE_BODY_LEAD = new Set(['the']);

/** Prepositions that name the body a role is held at after its field ("head of sales at …", "director of research for …"). */
const AT_BODY = new Set(['at', 'for']);

/** A capitalised plural of a noun of agents: "Organisers", "Campaigners", "Investors". */
const AGENT_PLURAL = /^\p{Lu}\p{Ll}{2,}(?:ers|ors|ists|ians|men|wives)$/u;

/** "the paper published in the journal Talbury Medicine", "a paper in a peer-reviewed journal": a research paper, a document, no newspaper. */
const RESEARCH_PAPER = /\bpapers?\b.*\b(?:journal|published|peer-reviewed|preprint)\b/i;

/** Classifies an English source mention. */
/** Nouns and quantifiers of people that no ending shows: "staff from the hospital", "many from the party". */
const PEOPLE_WORDS = new Set([
  'people',
  'staff',
  'crew',
  'fans',
  'pupils',
  'children',
  'victims',
  'relatives',
  'families',
  'friends',
  'colleagues',
  'many',
  'some',
  'most',
  'few',
  'all',
  'several',
  'both',
]);
/** Endings of English nouns of people: "workers", "investors", "scientists", "residents", "volunteers". */
const PEOPLE_ENDING = /(?:er|or|ist|ian|ant|ent|eer|man|men|woman|women|ee)s?$/;
/**
 * Whether a mention's part before its complement ends in a lower-case noun of a thing that the lexicon
 * types no way (no head was found): "weak demand | from data centres", "pressure | from investors". Not
 * people, nor a word of people or of vague sources: "someone | from the ministry", "workers | from the plant".
 * (Asked only before "from": before "of" the complement is what a part or a copy is of, "a lot of
 * voters", "a copy of the letter".)
 */
function thingBefore(pre: readonly Token[], headAt: number, lex: Lexicon): boolean {
  const last = pre[pre.length - 1];
  return (
    headAt < 0 &&
    !!last &&
    !last.cap &&
    /^\p{Ll}{3,}$/u.test(last.text) &&
    !lex.determiners.has(last.lower) &&
    !lex.pronouns.has(last.lower) &&
    !WHO_ANTECEDENTS.has(last.lower) &&
    !ONE_MORE.has(last.lower) &&
    !lex.anonymous.has(last.lower) &&
    !PEOPLE_WORDS.has(last.lower) &&
    !PEOPLE_ENDING.test(last.lower)
  );
}

/** An academic's or a physician's form of address before a name: "Dr Lea Roth", "Prof. Tom Kahl". */
const ACADEMIC_TITLE = /(?:^|\s)(?:Dr|Prof|Professor)\.?\s+\p{Lu}/u;

/** Words that open an insertion naming some of a group: "Several ministers, including Tom Kahl, …". */
const INCLUDING_OPENERS: ReadonlyArray<readonly string[]> = [
  ['including'],
  ['among', 'them'],
  ['notably'],
  ['such', 'as'],
];

/**
 * "Several ministers, including Tom Kahl, criticised …": the people named in an insertion after the group
 * that speaks, up to the comma before the verb (one, or two joined by "and"); not "including two farmers".
 */
function namedMembers(text: string, tokens: readonly Token[], subj: Phrase, anchor: number, lex: Lexicon): Phrase[] {
  if (tokens[subj.to]?.text !== ',' || tokens[anchor - 1]?.text !== ',') return [];
  const opener = INCLUDING_OPENERS.find((ws) => ws.every((w, n) => tokens[subj.to + 1 + n]?.lower === w));
  if (!opener || tokens.slice(subj.to, anchor).some((t) => t.quoted)) return [];
  const out: Phrase[] = [];
  let k = subj.to + 1 + opener.length;
  while (k < anchor - 1) {
    const p = phraseAt(text, tokens, k, lex);
    if (!p || p.pronoun || !classify(p.text, lex).name) return [];
    out.push(p);
    k = p.to;
    if (tokens[k]?.lower === 'and') k++;
    else break;
  }
  return k === anchor - 1 ? out : [];
}

/** A full name set off by a comma at the end of a mention: "The mayor of Talbury, Dana Reyes". */
const APPOSED_NAME = /,\s*((?:\p{Lu}[\p{L}'’.-]*\s+){1,2}\p{Lu}[\p{L}'’-]*)\s*$/u;

/** Kinds of noun that describe no name after them: "in its report | the Talbury Trust says". */
const NO_DESCRIBER = new Set<SourceType>(['social_media', 'document']);

/** Whether the words from `start` to `end` are a noun of a body or a role that may describe the name after it. */
function describesName(tokens: readonly Token[], start: number, end: number, lex: Lexicon): boolean {
  const last = tokens[end - 1]!;
  // (nor a vague word: "Via social media | the police told drivers")
  if (lex.anonymous.has(last.lower)) return false;
  const kind = lex.nounMap.get(wordsOf(tokens, start, end).toLowerCase()) ?? nounType(last, lex);
  return kind ? !NO_DESCRIBER.has(kind) : isRelational(last, lex) || lex.bodyNouns.has(last.lower);
}

/** A noun with no article before the name it describes: "think tank | the Talbury Foundation", "charity | the …". */
const DESCRIBED_NAME = /^((?:\p{L}[\p{Ll}-]*)(?: \p{Ll}[\p{Ll}-]*)?) (the \p{Lu}.*)$/u;

/** A name and a US politician's party, with or without the state, in brackets or set off by commas: "Lea Roth (D-Calif.)". */
const PARTY_TAGGED = new RegExp(`^(.*\\S)\\s*(?:\\(\\s*${PARTY}(?:${STATE})?\\s*\\)|,\\s*${PARTY}${STATE},?)$`, 'u');

function classify(mention: string, lex: Lexicon): Classified {
  // "Lea Roth (D-Calif.)", "Sen. Tom Kahl, R-Tex.": the party says who the named person is, and is no part of the name
  const tagged = PARTY_TAGGED.exec(mention.trim());
  if (tagged) {
    const c = classify(tagged[1]!, lex);
    if (c.name) {
      if (c.type !== 'person' && c.type !== 'other') return c;
      const { guessed: _, ...rest } = c;
      return { ...rest, type: 'politician' };
    }
  }
  // (the noun says what the name is: "think tank the Talbury Foundation" is an expert body, whatever its name's
  // last word says)
  const described = DESCRIBED_NAME.exec(mention.trim());
  const kind = described ? lex.nounMap.get(described[1]!.toLowerCase()) : undefined;
  const describer = described?.[1]!.toLowerCase().split(' ') ?? [];
  if (
    described &&
    kind &&
    !NO_DESCRIBER.has(kind) &&
    !lex.determiners.has(describer[0]!) &&
    !lex.anonymous.has(describer[describer.length - 1]!)
  )
    return { ...classifyParts(described[2]!, lex), type: kind, mention };
  const c = classifyParts(mention, lex);
  // (the role's holder is the name set off after it, when it opens with a given name: whom a later "she" means)
  const apposed = c.name ? null : APPOSED_NAME.exec(mention)?.[1];
  if (apposed && isGivenName(apposed, lex) && c.type !== 'other') c.name = apposed;
  if (c.type === 'media' && RESEARCH_PAPER.test(mention)) return { ...c, type: 'document' };
  // ("Dr Lea Roth, who was not involved in the research, said"; not "Health Minister Dr. Dana Reyes", nor a
  // name before a head noun, "Dr Lea Roth's clinic")
  return c.modifier ? c : expertByTitle(c, mention, ACADEMIC_TITLE);
}

/** Prepositions that say where one who holds a role works: "Chief Economist | at Talbex". */
const WORKS_AT = new Set(['at', 'of', 'for', 'with']);

/**
 * A publication's name that is a noun of a role too, capitalised as a sentence opens or as a title is, is the
 * role before a given name, or after a capitalised word of the title before where the person works: "Economist
 * Lea Roth", "Chief Economist Lea Roth", "Chief Economist at Talbex", "Observer Tom Kahl" (not "The
 * Economist's Lea Roth", "The Economist of 12 May").
 */
function roleBeforeGivenName(tokens: readonly Token[], lex: Lexicon): readonly Token[] {
  const at = tokens.findIndex(
    (t, k) =>
      t.cap &&
      !!tokens[k + 1] &&
      (lex.givenNames.has(tokens[k + 1]!.lower) ||
        (WORKS_AT.has(tokens[k + 1]!.lower) && !!tokens[k - 1]?.cap && !lex.determiners.has(tokens[k - 1]!.lower))) &&
      lex.nameTypes.has(t.lower) &&
      lex.nounMap.has(t.lower),
  );
  if (at < 0) return tokens;
  return tokens.map((t, k) => (k === at ? { ...t, text: t.lower, cap: false } : t));
}

function classifyParts(mention: string, lex: Lexicon): Classified {
  const tokens = joinMultiWordNouns(
    withoutTitleGeneral(
      roleBeforeGivenName(
        tokenize(mention).filter((t) => t.word),
        lex,
      ),
      lex,
    ),
    mention,
    lex,
  );
  const relative = relativeRole(tokens, lex);
  if (relative) return relative;
  // "One of the aides", "some of the residents": a part of a group is of the group's kind, and vague
  // (a share of a population is what a poll found: "nearly half of voters", "two thirds of respondents")
  const share = SHARE_OF.exec(mention);
  if (share && !lex.determiners.has(tokens.find((t) => t.start >= share[0].length)?.lower ?? ''))
    return { type: 'document', named: false, name: null };
  const part =
    share ??
    (tokens.length > 2 && tokens[1]!.lower === 'of' && PART_OF.has(tokens[0]!.lower) ? OF.exec(mention) : null);
  const group = part ? classify(mention.slice(part[0].length), lex) : null;
  // (a name given to the one meant is theirs: "One of the marchers, Dana Reyes"; some of a named
  // person's writings are theirs: "several of Kahl's posts")
  if (group && !group.name) return { ...group, named: group.named && THING_PARTS.has(group.type) };
  // (the name set off by a comma after the group, with the role or age it comes with: "One of them, 71-year-old
  // Max Berger", "One of the marchers, retired teacher Max Berger")
  if (group?.name && mention.slice(part![0].length).includes(',')) return group;
  // "Another", "Others": one more, or more, of the people just quoted, nobody named
  // ("Those who knew him": people a relative clause says who they are; "somebody" stays vague, of no type)
  if (tokens.length === 1 && (ONE_MORE.has(tokens[0]!.lower) || tokens[0]!.lower === 'those'))
    return { type: 'person', named: false, name: null };
  // "Those involved at the Talbury depot", "those familiar with the talks", "those close to the board":
  // "those" before no noun, but an adjective or a participle, is people it says who they are, nobody named
  const described = tokens[1];
  if (
    tokens[0]?.lower === 'those' &&
    described &&
    !described.cap &&
    !nounType(described, lex) &&
    !isRelational(described, lex)
  )
    return { type: 'person', named: false, name: null };
  // "Organisers said", "Campaigners warned": a capitalised plural of a noun of agents alone is a group of
  // people, no name (a surname the text named its bearer with is found by the article's memory)
  const [only] = tokens;
  if (
    tokens.length === 1 &&
    AGENT_PLURAL.test(only!.text) &&
    isNameWord(only!, lex) &&
    !lex.nameTypes.has(only!.lower) &&
    !lex.givenNames.has(only!.lower)
  )
    return { type: 'person', named: false, name: null };
  // (not a body's name right before a person's: "the Daily Mail Dana Reyes")
  let type: SourceType | null = bodyBeforeName(mention, lex) ? null : multiWordNameType(mention.toLowerCase(), lex);
  // a company's name: the mention itself ("Brandik Inc."), or the body a role works for ("an analyst at Brandik Inc.")
  const trimmed = mention.trim();
  // (or two names joined by an ampersand: "Kahl & Roth")
  const corporate = CORPORATE.test(trimmed) || JOINED_NAME.test(trimmed);
  // (a publication's title and a research firm's name, read once: they type the mention and name it)
  const publication = PUBLICATION.exec(trimmed);
  const researchFirm = RESEARCH_FIRM.exec(trimmed);
  // (not a name that a noun of a body's kind, set off before it by a comma, says is another kind: "her
  // management company, Talbex Live")
  const comma = trimmed.indexOf(',');
  const apposed =
    comma > 0
      ? tokenize(trimmed.slice(0, comma))
          .filter((t) => t.word)
          .pop()
      : undefined;
  const apposedType = apposed && lex.kindNouns.has(apposed.lower) ? nounType(apposed, lex) : null;
  if (!type && publication && !(apposedType && apposedType !== 'media' && BODY_TYPES.has(apposedType))) type = 'media';
  // a title in quotation marks alone stands for its publisher: "according to “Talbury Today”"
  if (!type && /^(?:the\s+)?[“"‘'][^“”"]+[”"’']$/u.test(mention.trim())) type = 'media';
  // a firm of analysts or researchers: "Talbury Research", "Lakeside Economics"
  if (!type && researchFirm) type = 'expert';
  // the head part: before the first complement ("spokesperson | for the ministry")
  // (and before "to" of a noun: "adviser | to the mayor", but not "close to the talks")
  // (or before a participle clause that takes an object: "a lawyer | representing the family", "the union
  // | representing shop workers")
  // (or before an adjective with its complement: "sources | close to the club")
  // (or before a past participle with when or where: "figures | published in May")
  let split = tokens.findIndex(
    (t, i) =>
      i > 0 &&
      (HEAD_END.has(t.lower) ||
        // ("a statement | on the club's website", "a post | on X")
        (t.lower === 'on' && POSTED_ITEM.test(tokens[i - 1]!.lower)) ||
        (!!ADJ_COMPLEMENT[t.lower] && tokens[i + 1]?.lower === ADJ_COMPLEMENT[t.lower]) ||
        (t.lower === 'to' && !ADJ_COMPLEMENT[tokens[i - 1]!.lower]) ||
        (isParticiple(t, lex) &&
          (lex.determiners.has(tokens[i + 1]?.lower ?? '') ||
            // ("the union | representing shop workers": after a noun of a source, its object needs no article)
            // (not before a noun of its own: "the ticket | booking firm", "Opposition housing spokesman"; a
            // noun there before another is the object's modifier: "representing | shop workers")
            (/ing$/.test(t.lower) &&
              !!tokens[i + 1]?.word &&
              !!nounType(tokens[i - 1]!, lex) &&
              (!nounType(tokens[i + 1]!, lex) || modifiesNoun(tokens, i + 1, lex)) &&
              !isSingularRole(tokens[i + 1]!, lex)))) ||
        (!t.cap &&
          PAST_PARTICIPLE.test(t.text) &&
          !nounType(t, lex) &&
          (lex.prepositions.has(tokens[i + 1]?.lower ?? '') || WHEN_LEADS.has(tokens[i + 1]?.lower ?? '')))),
  );
  if (split < 0) split = tokens.length;
  const pre = tokens.slice(0, split);
  const post = tokens.slice(split);
  const known = (ts: Token[]) =>
    ts
      .map((t, i) => {
        if (isRelational(t, lex)) return null;
        // (a unit after its owner is of the owner's kind: "the union's Talbury office")
        const owner = UNITS.has(t.lower) ? ownerType(ts, i, lex) : null;
        if (owner) return owner;
        const inName = typeInName(ts, i);
        return inName === undefined ? nounType(t, lex) : inName;
      })
      .filter((x): x is SourceType => !!x);
  // "a financial planner and co-founder of Brandik": a profession, then "and" and a role at a body named
  // after it: the profession is what the person speaks as, the body is where they work
  const lastRole = pre[pre.length - 1];
  const roleAtBody =
    COMPLEMENT.has(post[0]?.lower ?? '') && !!lastRole && (isRelational(lastRole, lex) || !!nounType(lastRole, lex));
  const and = roleAtBody
    ? pre.findIndex(
        (t, i) =>
          t.lower === 'and' &&
          i > 0 &&
          !pre[i - 1]!.cap &&
          !isRelational(pre[i - 1]!, lex) &&
          !!nounType(pre[i - 1]!, lex),
      )
    : -1;
  let headAt = -1;
  for (let i = (and > 0 ? and : pre.length) - 1; i >= 0; i--)
    if (
      (isRelational(pre[i]!, lex) || nounType(pre[i]!, lex)) &&
      !isThingFirstName(pre, i, lex) &&
      !isSurnameAfterGivenName(pre, i, lex)
    ) {
      headAt = i;
      break;
    }
  // "Surgeon General", "Attorney General", "Secretary General": "General" after another role is no rank of
  // its own, the role before it is the head (not after a rank: "Major General", "Lieutenant General")
  // (an office the lexicon does not know as one, "Surgeon General", "Inspector General", is the state's: a
  // surgeon is an expert, the Surgeon General an official)
  let postGeneral = false;
  if (headAt > 0 && generalAfterOffice(pre, headAt, lex)) {
    const before = pre[headAt - 1]!;
    if (isOfficeTitle(before, lex)) headAt--;
    else postGeneral = true;
  }
  const head = headAt >= 0 ? pre[headAt]! : null;
  if (!type && corporate && (!head || !post.length)) type = 'company';
  // a sports club's name: "Talbury Rovers", "Talbex Athletic", "Talbury FC" (not people of it or from it:
  // "fans of Talbury United", "striker Tom Kahl from Brandik Athletic" are what their noun says)
  if (!type && CLUB.test(trimmed) && (!head || !post.length)) type = 'organization';
  // (the body a role speaks for follows "of", "for", "at" …, not "in": "a manager in Talbury")
  // ("with" too, after a role: "a spokesperson with the union", "officials with the ministry")
  const body =
    post[0] &&
    (COMPLEMENT.has(post[0].lower) ||
      post[0].lower === 'to' ||
      // ("a spokesperson within the ministry"; not "a manager in Talbury", a place)
      (post[0].lower !== 'in' && INSIDE.has(post[0].lower)) ||
      (post[0].lower === 'with' && !!head && isRelational(head, lex)))
      ? firstComplement(post)
      : [];
  let fallback = false;
  if (!type && head && isChiefOfficer(pre, headAt)) {
    // "the chief product officer of Brandik": an executive of the body named, else of a company
    const chief = pre.findIndex((t) => t.lower === 'chief');
    type = known(pre.slice(0, chief)).pop() ?? known(body).pop() ?? 'company';
  }
  if (!type && head) {
    if (isRelational(head, lex)) {
      // "Pentagon spokesperson", "a spokesperson for the Department of Defense", "US President"
      // (or a body before it that is itself relational, by what it falls back to: "committee members")
      const bodyBefore = [...pre.slice(0, headAt)].reverse().find((t) => isRelational(t, lex));
      const whose =
        known(pre.slice(0, headAt)).pop() ??
        known(body).pop() ??
        // ("head of outreach at the Talbury Union": a field first, then the body at "at")
        (AT_BODY.has(post[body.length]?.lower ?? '')
          ? known(firstComplement(post.slice(body.length))).pop()
          : undefined) ??
        (corporate ? 'company' : undefined) ??
        // ("Talbury Rovers manager", "Talbex Airways spokesperson": a club's or a firm's name before the role;
        // "the manager of Talbury United": after it)
        bodyNameType(pre.slice(0, headAt)) ??
        bodyNameType(body) ??
        (bodyBefore ? (relationalFallback(bodyBefore, lex) ?? undefined) : undefined);
      // (a person whose office is research, a study or data is a researcher: "research director")
      // ("a financial adviser", "a legal adviser": a field before the role, no body, says whom it serves)
      const field = whose ? undefined : lex.relationalFields.get(pre[headAt - 1]?.lower ?? '');
      // ("a representative for the actor", "a representative for Roth": one who speaks for whom "for" names, no
      // member of a legislature, "Representative Dana Reyes")
      const agent = !head.cap && AGENT.test(head.lower) && post[0]?.lower === 'for';
      // (a sports club's manager speaks as a coach does, for themself)
      const coach =
        clubCoach(head.lower, capitalised(pre.slice(0, headAt))) || clubCoach(head.lower, capitalised(body));
      type =
        (coach ? 'person' : whose === 'document' ? 'expert' : whose) ??
        field ??
        (agent ? null : (relationalFallback(head, lex) ?? nounType(head, lex)));
      fallback = !whose && !field;
      // (one who no longer holds a role nothing says whose speaks for themself: "a former employee")
      if (!type && pre.slice(Math.max(0, headAt - 2), headAt).some((t) => FORMER.test(t.lower))) type = 'person';
      // "Culture, Media and Sport Secretary", "Justice Secretary": capitalised nouns before a title of
      // government are its portfolio, not a body of their kind (a party's stays: "Shadow Health Secretary")
      if (whose && whose !== 'politician' && isPortfolio(pre, headAt, lex)) type = 'government';
    } else if (!namesNext(pre, headAt, lex)) {
      const inName = typeInName(pre, headAt);
      type = inName === undefined ? nounType(head, lex) : inName;
      // "co-founder of the Talbury Institute", "chief executive of a charity": an executive speaks for the
      // body named, when the text says what it is
      const last = body[body.length - 1];
      // (a kind said in lower case before the name says it: "founder of the charity Talbex Aid", "of the
      // startup Talbex Labs")
      const of =
        type === 'company' && last && !isRelational(last, lex)
          ? (known(body.filter((t) => !t.cap)).pop() ?? nounType(last, lex))
          : null;
      if (of && of !== 'company' && of !== 'person' && of !== 'document') type = of;
    }
  }
  // (not a thing's: "weak demand from data centres", "pressure from investors" are no people of the body)
  if (!type && !(post[0]?.lower === 'from' && thingBefore(pre, headAt, lex)))
    type = bodyNameType(body) ?? known(body).pop() ?? (corporate ? 'company' : null);
  // "sources in the police", "a source inside the company": a vague source inside a body is of the body's
  // kind, still nobody named, as "Sicherheitskreise" are security (not one close to it or familiar with it,
  // who may be anyone: "sources close to the club" stay of no type)
  const vague = pre.filter((t) => !lex.determiners.has(t.lower));
  if (!type && vague.length === 1 && lex.anonymous.has(vague[0]!.lower) && INSIDE.has(post[0]?.lower ?? '')) {
    type = known(post.slice(1)).pop() ?? null;
    if (type) fallback = false;
  }
  if (postGeneral && type === 'security') type = 'government';
  // "a defence official", "defense sources": officials and sources of defence are security's, as the military's
  // are (not an office of it: "the defence secretary" holds one of government)
  if (head && INSIDERS.has(head.lower) && DEFENCE.test(pre[headAt - 1]?.lower ?? '')) type = 'security';
  // "the union's Talbury office", "the prosecutor's office": a unit of a body is of the body's kind
  // (of the body whose possessive owns it: "the Treasury's budget office", "the Talbury Weather Service's flood centre")
  if (head && UNITS.has(head.lower)) type = ownerType(pre, headAt, lex) ?? type;
  // "the Labour group", "the Liberal Democrat bloc": a party's group in a council or parliament
  // (a party by its name or as "party", not a campaign: "the campaign group" is a group of campaigners)
  if (
    head &&
    PARTY_GROUPS.has(head.lower) &&
    known(pre.slice(0, headAt).filter((t) => t.cap || t.lower === 'party')).includes('politician')
  )
    type = 'politician';
  // "Data from the Met Office", "a report by the World Bank": what a body published is a document, whatever
  // the body's own type (the name after the complement typed the whole mention above)
  // (but a report of a medium is the medium's: "a report by the Talbury Herald")
  // (and what a body named before the noun published: "a Talbury Council report", "the White House statement")
  if (
    head &&
    (post.length || (headAt > 0 && headAt === pre.length - 1)) &&
    !isRelational(head, lex) &&
    nounType(head, lex) === 'document' &&
    !researchFirm &&
    // (a firm's name that ends in such a noun is the firm's: "Talbex Records")
    !(corporate && head.cap)
  )
    type = type === 'media' && /^report(?:s|ing)?$/.test(head.lower) ? 'media' : 'document';
  // "a post on the club's website": what a body posts on its own website is a statement of its own (a
  // document), not a post on a platform ("a post on X", "on the council's Facebook page")
  if (
    head &&
    /^posts?$/.test(head.lower) &&
    post.some((t) => OWN_SITE.test(t.lower)) &&
    !post.some((t) => lex.nameTypes.get(t.lower) === 'social_media')
  )
    type = 'document';
  // "the company's website", "its website": a body's own site is a statement of its own too (an outlet's stays
  // the outlet's: "the Talbury Herald's website")
  const siteOwner =
    head && OWN_SITE.test(head.lower) && headAt > 0
      ? lex.possessives.has(pre[headAt - 1]!.lower)
        ? 'other'
        : ownerType(pre, headAt, lex)
      : null;
  if (siteOwner && siteOwner !== 'media') type = 'document';
  // "media reports", "press reports", "reports in the local press", "a report by the BBC": what the news
  // reported is the outlet's (an agency's, "a report by Reuters"); so is what it found out, "an investigation
  // by the Talbury Herald", and an outlet's item with its name before it, "a BBC investigation", "a Talbury
  // Herald report" (not "an investigation by the police")
  if (head && (NEWS_ITEM.test(head.lower) || INQUIRY.test(head.lower))) {
    // (an outlet the lexicon knows, or a publication by its name's form)
    const outletIn = (ts: Token[]): SourceType | undefined => {
      const name = ts.filter((t) => t.cap);
      return (
        known(ts).find((t) => OUTLET_TYPES.has(t)) ??
        (name.length && PUBLICATION.test(name.map((t) => t.text).join(' ')) ? 'media' : undefined)
      );
    };
    const outlet = BY_OUTLET.has(post[0]?.lower ?? '')
      ? (outletIn(post) ?? (post.some((t) => NEWS_WORD.test(t.lower)) ? 'media' : undefined))
      : outletIn(pre.slice(0, headAt));
    if (outlet) type = outlet;
    else if (NEWS_WORD.test(pre[headAt - 1]?.lower ?? '')) type = 'media';
  }
  if (headAt >= 0) {
    const office = type;
    type = formerOffice(pre, headAt, type);
    // (the words before the office said what it is, no fallback: "the shadow health secretary")
    if (type !== office) fallback = false;
  }
  // "a TikTok creator", "Instagram users", "a YouTube spokesperson": a platform's name before a noun of
  // people says where they work or post; they speak as people (a spokesperson for the platform as a
  // company), not as a post ("a LinkedIn page", "a TikTok video" stay posts and accounts)
  if (type === 'social_media') {
    const at = pre.findIndex((t) => lex.nameTypes.get(t.lower) === 'social_media');
    const after = pre[at + 1];
    const ofPeople =
      !!after &&
      !after.cap &&
      (isRelational(after, lex) ||
        nounType(after, lex) === 'person' ||
        /(?:er|or|ist|ian|star)s?$/.test(possessiveless(after.lower)));
    if (at >= 0 && ofPeople) type = head && isRelational(head, lex) ? 'company' : 'person';
  }
  let name = nameOf(pre.length ? pre : tokens, lex);
  // a newspaper's title is its whole name, the word it ends in too, whatever else that word is ("the
  // Talbury Post", "the Talbury Times" are not "Talbury"), and so is a research firm's ("Talbury Research")
  const title = publication ?? researchFirm;
  if (title && /^(?:the\s+)?$/i.test(trimmed.slice(0, title.index))) name = title[0].replace(/^the\s+/i, '');
  // "Sales Manager at Talbex Lea Roth": a role at a body, then a given name and a surname with no comma
  // between: the person is the one named last, not the field before the role
  if (head && post.length && isRelational(head, lex)) name = trailingPersonName(post, lex) ?? name;
  // "The chair of the panel, Tom Kahl", "Her counterpart at Brightline, Tom Kahl": a given name and a surname
  // set off by a comma after the complement are the person the whole mention names
  const given = post[post.length - 2];
  if (given && post.length >= 3 && /,\s*$/.test(mention.slice(post[post.length - 3]!.end, given.start)))
    name = trailingPersonName(post, lex, true) ?? name;
  // "Local farmers", "Angry residents": an adjective capitalised as the sentence's first word before a
  // noun of people (no body: "Recent governments") is no name (a given name is: "Neal's lawyers"); they
  // are people of a kind, as a name before the noun would have made them
  const adjectiveLead =
    name === tokens[0]?.text &&
    headAt === 1 &&
    !tokens[1]!.cap &&
    ADJECTIVE_LEAD.test(tokens[0]!.lower) &&
    !lex.givenNames.has(tokens[0]!.lower) &&
    !lex.nameTypes.has(tokens[0]!.lower) &&
    !forms(tokens[1]!.lower).some((f) => lex.bodyNouns.has(f));
  // (so is a participle in -ing before a lower-case noun, the two alone: "Rising seas", "Falling prices";
  // not a surname before its verb, "Manning said")
  const participleLead =
    name === tokens[0]?.text &&
    tokens.length === 2 &&
    !!tokens[1] &&
    tokens[1].word &&
    !tokens[1].cap &&
    PARTICIPLE.test(tokens[0]!.lower) &&
    !lex.givenNames.has(tokens[0]!.lower) &&
    !lex.nameTypes.has(tokens[0]!.lower) &&
    !lex.verbForms.has(tokens[1].lower);
  // "Roth's publicist", "Lea Roth's label": a name in the possessive before a lower-case noun the lexicon does
  // not know names the owner, not the one or the thing the mention means
  const last = pre[pre.length - 1];
  const ownerOnly =
    !head &&
    pre.length >= 2 &&
    !!last &&
    last.word &&
    !last.cap &&
    pre[pre.length - 2]!.cap &&
    POSSESSIVE_END.test(pre[pre.length - 2]!.text);
  if (adjectiveLead || participleLead || ownerOnly) name = null;
  // "The Rural Councils Association": a body's name that ends in a noun for bodies is all its capitalised
  // words, the nouns the lexicon knows among them (the name a later "it" or "the association" takes up)
  // (a firm's name too: "Talbex Records")
  if (name && !post.length && (corporate || endsInBodyNoun(tokens, lex))) {
    let i = tokens.length;
    while (i > 0 && tokens[i - 1]!.cap && !lex.determiners.has(tokens[i - 1]!.lower)) i--;
    const run = tokens.slice(i).map((t) => t.text);
    if (run.length <= MAX_BODY_NAME && run.join(' ').startsWith(name)) name = run.join(' ');
  }
  // a name that is an acronym the lexicon does not know is a body's: "the GMB", "TUC" (not a title's
  // before its complement: "SVP of sales")
  if (!type && name && !post.length && isAcronym(name)) type = 'organization';
  // "NHS England", "Police Scotland": a body's name the lexicon knows before a place (no given name) is
  // that body's there
  if (!type && name) {
    const words = tokens.filter((t) => !lex.determiners.has(t.lower));
    const body = words.length >= 2 ? lex.nameTypes.get(words[0]!.lower) : undefined;
    if (body && BODY_TYPES.has(body) && words.slice(1).every((t) => t.cap) && !lex.givenNames.has(words[1]!.lower)) {
      type = body;
      name = words.map((t) => t.text).join(' ');
    }
  }
  // "the Talbury Prison Service", "the Coastal Forecast Service": a service by a name of its own is a public one
  const [lastWord, beforeLast] = [tokens[tokens.length - 1], tokens[tokens.length - 2]];
  if (
    !type &&
    name &&
    !post.length &&
    lastWord?.text === 'Service' &&
    !!beforeLast?.cap &&
    !lex.determiners.has(beforeLast.lower)
  )
    type = 'government';
  const guessed = !type;
  // (a name right before a lower-case head or a role's acronym says whose or where: "Talbury police", "Talbury MP")
  const modifierIndex = name ? headModifier(pre, headAt) : -1;
  const modifier = modifierIndex >= 0;
  // ("Kahl's barrister", "Reyes's wife": a person the name owns, no unit of theirs: "Kahl's office")
  const ownedPerson =
    modifier &&
    POSSESSIVE_END.test(pre[modifierIndex]!.text) &&
    !UNITS.has(head!.lower) &&
    !lex.ownedUnits.has(head!.lower) &&
    !lex.bodyNouns.has(head!.lower) &&
    (isRelational(head!, lex) || PEOPLE_TYPES.has(nounType(head!, lex) ?? 'other'));
  // (a name that ends in a noun for bodies names a body, no person: "the Met Service")
  // (a place's name is no person's: "North Talbury", "South Talbury", "New Talbex" speak as their
  // government, a body a later "he" does not point to)
  if (!type && name && PLACE_LEAD.test(name)) {
    type = 'government';
    name = null;
  }
  // (a name before a spokesperson is the body they speak for, of a kind the text may say later: "a Talbex
  // spokesperson" is no person's name)
  const speaksForName = !!name && modifier && !!head && lex.speaksFor.has(head.lower);
  if (!type)
    type =
      name && endsInBodyNoun(tokens, lex)
        ? 'organization'
        : (name && !speaksForName) || adjectiveLead
          ? 'person'
          : 'other';

  // "about 3 in 10 voters", "52 percent of Americans": the respondents of a poll speak through it
  if (SHARE_OF_RESPONDENTS.test(mention)) return { type: 'document', named: false, name: null };
  // "talbury99", "user @harbor_watch": an account on a platform
  if (endsWithHandle(mention)) return { type: 'social_media', named: true, name: mention.trim().split(/\s+/).pop()! };
  // "Jobcuts.fyi", "the tracking site Talbex.com": a web address is the site it names, typed by its name, else a medium
  const address = mention.trim().split(/\s+/).pop()!;
  const siteName = webSiteName(address);
  if (siteName) {
    const byName = classifyParts(siteName, lex).type;
    return { type: byName === 'person' || byName === 'other' ? 'media' : byName, named: true, name: address };
  }
  const first = tokens[0]?.lower ?? '';
  const headWord = head ?? tokens[tokens.length - 1];
  // (not the last word of a firm's name: "Talbex Records")
  const anonymousHead =
    !!headWord && !(corporate && headWord.cap) && forms(headWord.lower).some((f) => lex.anonymous.has(f));
  const knownName = tokens.some(
    (t) => forms(t.lower).some((f) => lex.nameTypes.has(f)) && (t.cap || /\p{Lu}/u.test(t.text)),
  );
  // a body with "the" after a document's preposition or participle: "figures from the charity", "data
  // compiled by the ministry" (its own texts, as the German genitive: "Zahlen des Ministeriums")
  const lead = post.findIndex((t) => DEFINITE_BODY_LEAD.has(t.lower));
  const ofDefiniteBody = lead >= 1 && lead <= 2 && known(post.slice(lead)).some((x) => BODY_TYPES.has(x));
  // (a capitalised word after the head that is no date: "a survey by Talbex", not "figures published in May")
  const nameInPost = post.some((t, k) => t.cap && !CALENDAR.test(t.lower) && !isMonthMay(post, k, lex));
  // (so are the reports of a named outlet: "reports by the Talbury Times")
  const ownedDocument =
    (type === 'document' || (type === 'media' && !!headWord && NEWS_ITEM.test(headWord.lower))) &&
    (nameInPost || ofDefiniteBody);
  let named: boolean;
  // a group led by a named person is identified by them: "Researchers led by Tom Kahl"
  if (LED.has(pre[pre.length - 1]?.lower ?? '') && post[0]?.lower === 'by' && !!post[1]?.cap && !post[1]!.quoted)
    named = true;
  else if (oneOfMany(pre, headAt, post, lex)) named = false;
  // (not a group a name only qualifies, with no article: "Talbex engineers", "Kahl's advisers" are some of many;
  // so are bodies, "Talbury hospitals", "Power companies", but for offices of government, each one of its time
  // and place: "Successive governments", "Talbury councils")
  else if (name && !anonymousHead)
    named = !(
      modifier &&
      !DEFINITE.has(first) &&
      !!head &&
      !head.cap &&
      PEOPLE_PLURAL.test(head.lower) &&
      (isRelational(head, lex) || !!nounType(head, lex)) &&
      !THINGS_NAMED.has(type) &&
      !(type === 'government' && forms(head.lower).some((f) => lex.bodyNouns.has(f)))
    );
  // "data from the Office for National Statistics": figures of a named body are identifiable; "officials at the ministry" are not
  // (so are a named body's figures with its name before them: "new Talbex data", "LSEG data", "ONS figures";
  // not "Talbex workers")
  else if (anonymousHead)
    named =
      ownedDocument ||
      (type === 'document' && (knownName || namesModifier(pre, modifierIndex))) ||
      (first === 'the' && !VAGUE.has(possessiveless(headWord!.lower)));
  // "a spokesperson for the ministry", "a Talbex analysis", "a ministry memo"
  // (or a definite body or office after it: "a spokesperson for the ministry", "a statement from the governor's office")
  else if (INDEFINITE.has(first))
    named =
      nameInPost ||
      (knownName && !!head && !isRelational(head, lex)) ||
      // (of one who speaks for it or a text of it: "a cook at the school", "a taxi driver at the station"
      // are anybody there)
      (DEFINITE_BODY_LEAD.has(post[1]?.lower ?? '') &&
        !!head &&
        (isRelational(head, lex) || nounType(head, lex) === 'document' || type === 'document') &&
        known(post.slice(1)).some((x) => BODY_TYPES.has(x)));
  // ("projections from the Talbury Budget Office": documents of a named body are identifiable)
  else
    named =
      knownName ||
      DEFINITE.has(first) ||
      // (a bare noun in the singular names a body, "Police said"; a text only by its number, "Article 12 says", not
      // "Video footage shows")
      (!/s$/.test(headWord?.lower ?? '') && (type !== 'document' || tokens.some((t) => /^\d/.test(t.text)))) ||
      ownedDocument;
  // "Talbex CEO Tom Kahl", "Talbex chief executive Lea Roth": the capitalised words that open the mention
  // before a company officer's role name the firm
  const firm = type === 'company' && name && head && !modifier ? firmBefore(pre, headAt, name, lex) : null;
  return {
    type,
    named,
    name,
    ...(firm ? { firm } : {}),
    // the relational role a person is named with ("spokeswoman Dana Reyes"; not its owner: "Talbury spokesperson")
    // (and an office held by one person, with a name or without: "Governor Tom Kahl", "the governor")
    // (and a relational role after "the" alone, which points back to the person introduced with it: "the
    // president" after "President Tom Kahl")
    ...(head &&
    !modifier &&
    ((name && isRelational(head, lex)) ||
      isOfficeRole(head, lex) ||
      (!name && first === 'the' && tokens.length === 2 && isRelational(head, lex)))
      ? { role: possessiveless(head.lower) }
      : {}),
    ...(guessed ? { guessed: true as const } : {}),
    ...(fallback && !guessed ? { fallback: true as const } : {}),
    ...(modifier ? { modifier: true as const } : {}),
    ...(ownedPerson ? { ownedPerson: true as const } : {}),
    // (with no name, the head's gender: "a woman", "her father")
    ...(name ? genderOf(tokens, name, lex) : nounGender(headWord, lex)),
    // a body known by its name alone, which its own words type ("Talbury Water", "NHS England"): what "it" points
    // to, no "she" or "he"
    ...(name && !head && !guessed && !fallback && BODY_NAME_TYPES.has(type) ? { institution: true as const } : {}),
    // a body's name that ends in a noun for bodies, which a later "the center" takes up ("the Talbury
    // Flood Forecast Center": the name holds the capitalised words before it)
    ...(name && endsInBodyNoun(tokens, lex) ? { mention: mention.trim(), institution: true as const } : {}),
  };
}

/**
 * The firm named by the capitalised words that open `pre` before a role at `headAt` (words of rank in lower
 * case between: "Talbex chief executive"), when they are no noun of the lexicon and not the person's `name`.
 */
function firmBefore(pre: readonly Token[], headAt: number, name: string, lex: Lexicon): string | null {
  let i = 0;
  while (i < headAt && (lex.determiners.has(pre[i]!.lower) || FORMER.test(pre[i]!.lower))) i++;
  const from = i;
  while (i < headAt && pre[i]!.cap) i++;
  if (i === from || i - from > 3 || pre.slice(i, headAt).some((t) => t.cap || !t.word)) return null;
  const words = pre.slice(from, i);
  if (
    words.some(
      (t) =>
        !!nounType(t, lex) || isRelational(t, lex) || lex.givenNames.has(t.lower) || lex.functionWords.has(t.lower),
    )
  )
    return null;
  const firm = words.map((t) => possessiveless(t.text)).join(' ');
  return name.includes(firm) ? null : firm;
}

/** The gender a noun of people of one gender gives: "a woman", "her father"; none for the rest. */
function nounGender(t: Token | undefined, lex: Lexicon): { gender?: 'm' | 'f' } {
  const gender = t ? lex.genderedNouns.get(t.lower) : undefined;
  return gender ? { gender } : {};
}

/** Types of nouns for what is written or posted, no person ("a Talbex report", "a Talbex video"). */
const WRITTEN = new Set<SourceType>(['document', 'social_media']);

/**
 * "a Talbex engineer", "A Kahl aide", "a Talbury College lecturer": one person of many, whom the name or body
 * capitalised before the noun only qualifies, is not identified by it. Not a spokesperson, who speaks as
 * the body ("a Talbex spokesperson"); not an office one person holds ("a Talburian prime minister"); not a
 * body or what is written ("a Talbury firm", "a Talbex report").
 */
function oneOfMany(pre: readonly Token[], headAt: number, post: readonly Token[], lex: Lexicon): boolean {
  const head = pre[headAt];
  const before = pre[headAt - 1];
  if (!head || !before || post.length || head.cap || !before.cap || headAt !== pre.length - 1) return false;
  if (!INDEFINITE_ARTICLES.has(pre[0]!.lower)) return false;
  if (lex.speaksFor.has(head.lower) || isOfficeRole(head, lex)) return false;
  if (forms(head.lower).some((f) => lex.bodyNouns.has(f) || lex.kindNouns.has(f))) return false;
  const type = nounType(head, lex);
  return isRelational(head, lex) || (!!type && !WRITTEN.has(type));
}

/** A plural noun's ending ("engineers", "advisers"; not "analysis", "press"). */
const PEOPLE_PLURAL = /[^siu]s$/;
/** Types of what a name's posts, papers or reports are: named with the name ("talbury99's posts"). */
const THINGS_NAMED = new Set<SourceType>(['document', 'social_media', 'media', 'agency']);
/** The most words a body's name ending in a noun for bodies is read as: "Talbury Harbour Board Flood Forecast Center". */
const MAX_BODY_NAME = 6;
/** Types of a body that its name alone may give (a firm, an outlet, a public office, the police …), no person's. */
const BODY_NAME_TYPES: ReadonlySet<SourceType> = new Set([
  'company',
  'organization',
  'media',
  'agency',
  'government',
  'security',
  'justice',
]);
/**
 * Whether a mention ends in a capitalised noun for bodies after a capitalised word: "… Forecast Center", also as
 * the last word of a noun of several words the lexicon knows: "Talbury Ambulance Service".
 */
function endsInBodyNoun(tokens: readonly Token[], lex: Lexicon): boolean {
  const last = tokens[tokens.length - 1];
  const head = last?.lower.slice(last.lower.lastIndexOf(' ') + 1);
  return !!last && last.cap && lex.bodyNouns.has(head!) && !!tokens[tokens.length - 2]?.cap;
}

/** Forms of address of one gender. */
const ADDRESS_GENDER: Readonly<Record<string, 'm' | 'f'>> = {
  mr: 'm',
  sir: 'm',
  lord: 'm',
  mrs: 'f',
  ms: 'f',
  miss: 'f',
  dame: 'f',
  lady: 'f',
};

/** A person's gender where the form of address or the given name says it: "Mrs Reyes", "Harry Talbury". */
function genderOf(tokens: readonly Token[], name: string, lex: Lexicon): { gender?: 'm' | 'f' } {
  const address = tokens.map((t) => ADDRESS_GENDER[t.lower]).find(Boolean);
  const gender = address ?? givenNameGender(name, lex);
  return gender ? { gender } : {};
}

/**
 * The first complement of a mention's head: "of the Department of Defense" → "of the Department";
 * a second description joined with "and" is no part of it ("of Brandik and a former ambassador").
 */
const firstComplement = (post: Token[]) => {
  const next = post.findIndex(
    (t, i) =>
      i > 0 && (COMPLEMENT.has(t.lower) || (t.lower === 'and' && INDEFINITE_ARTICLES.has(post[i + 1]?.lower ?? ''))),
  );
  return next < 0 ? post : post.slice(0, next);
};

/** A part in the story set before a name ("One of the marchers, …") has at most this many words. */
const MAX_CAPACITY = 5;

/**
 * Whether the words open a part in the story: a person's noun and no name ("One of the marchers", "A neighbour");
 * not an owner in the possessive before another role ("The suspect's lawyer": a lawyer).
 */
function isCapacity(words: readonly Token[], lex: Lexicon): boolean {
  if (!words.length || words.some((t) => t.quoted || !t.word || isNameWord(t, lex))) return false;
  return (
    words.some((t) => nounType(t, lex) === 'person' && !t.cap && !/['’]s?$/.test(t.text)) ||
    nounType(words[0]!, lex) === 'person'
  );
}

/**
 * Where a subject with a name starts when a part in the story opens the sentence before it ("One of the
 * protesters, Dana Reyes", "Fellow protester, engineer Tom Kahl"), also when the phrase found before
 * the verb left out the partitive ("the marchers, Dana Reyes" of "One of the marchers, Dana Reyes");
 * -1 when none does.
 */
function partBefore(tokens: readonly Token[], head: Phrase, lex: Lexicon): number {
  if (!hasName(tokens, head.from, head.to, lex)) return -1;
  if (head.from === 2 && tokens[1]!.lower === 'of' && (tokens[0]!.lower === 'one' || INDEFINITE.has(tokens[0]!.lower)))
    return 0;
  const comma = head.from - 1;
  if (comma > MAX_CAPACITY + 1 || tokens[comma]?.text !== ',' || !isCapacity(tokens.slice(0, comma), lex)) return -1;
  return 0;
}

/** The name words from token `from` on, at most four, without a possessive ending ("Dana Reyes’s" → "Dana", "Reyes"). */
function nameRun(tokens: readonly Token[], from: number, lex: Lexicon): string[] {
  const names: string[] = [];
  // (a given name spelt as a month's short form opens one too: "Jan Brandik", see isNameAt; "May" after a
  // name word goes on with it: "Dana May")
  for (
    let j = from;
    j < tokens.length &&
    names.length < 4 &&
    (isNameWord(tokens[j]!, lex) || (j === from && isNameAt(tokens, j, lex)) || (j > from && isCapitalMay(tokens[j]!)));
    j++
  )
    names.push(possessiveless(tokens[j]!.text));
  return names;
}

function rolesWithNames(sentence: readonly Token[], lex: Lexicon): Classified[] {
  const out: Classified[] = [];
  // ("Economist Lea Roth said": a role that opens the sentence, no publication)
  const tokens = roleBeforeGivenName(sentence, lex);
  tokens.forEach((t, i) => {
    if (t.quoted || !t.word) return;
    const rel = isRelational(t, lex);
    // (a body's name before a person's is no role of theirs: "Speaking to the Talbury Herald Dana Reyes said")
    // (or a specialist by the word's ending: "cardiologist Anna Berger")
    if (!rel && !isLexiconNoun(t, lex) && !SPECIALIST.test(t.lower)) return;
    // (nor a noun for a body written as part of a name: "Camp Talbex", "the Council Chamber"; in lower case
    // it names the body that follows, "the newspaper Talbury Herald")
    if (t.cap && lex.bodyNouns.has(t.lower)) return;
    const chief = isChiefOfficer(tokens, i);
    // (not "General" before another office, part of its title: "General Secretary", "General Counsel")
    // (the word before the role, if any: a role that opens the sentence says no body, "Chairman Jan Brandik said")
    const own = rel && !chief && i > 0 && tokens[i - 1]!.lower !== 'general' ? nounType(tokens[i - 1]!, lex) : null;
    const office = chief
      ? 'company'
      : rel
        ? (own ?? relationalFallback(t, lex))
        : // (with the word before it, a name of its own kind: "the food bank")
          (multiWordNameType(`${tokens[i - 1]?.lower} ${t.lower}`, lex) ?? nounType(t, lex));
    let type = formerOffice(tokens, i, office);
    // "Attorney General Lea Roth", "Surgeon General …": "General" after another office is no rank, that
    // office is the role (the state's where the lexicon does not know it); not after a rank: "Major General"
    const prev = tokens[i - 1]!;
    if (generalAfterOffice(tokens, i, lex))
      type =
        (isRelational(prev, lex) ? relationalFallback(prev, lex) : null) ??
        (OFFICE_TYPES.has(nounType(prev, lex) as SourceType) ? nounType(prev, lex) : null) ??
        'government';
    if (!type || THING_TYPES.has(type) || isNameWord(t, lex)) return;
    // "Its chief executive, Jana Roth": a possessive before the role (and a word of rank) says whose it is
    const before = tokens[i - 1]?.cap ? tokens[i - 1] : (tokens[i - 2] ?? tokens[i - 1]);
    // (a role that speaks for its owner: not "Her colleague Jan Brandik")
    const owner = rel && before && lex.possessives.has(before.lower) ? before.lower : undefined;
    let j = i + 1;
    if (tokens[j]?.text === '.') j++; // "Sen. Dana Reyes"
    // "a researcher named Tom Kahl", "a man called Tom Kahl" (not a verb: "the minister named Tom Kahl as …")
    if (
      NAMING_WORDS.has(tokens[j]?.lower ?? '') &&
      (INDEFINITE_ARTICLES.has(tokens[i - 1]?.lower ?? '') || INDEFINITE_ARTICLES.has(tokens[i - 2]?.lower ?? ''))
    )
      j++;
    while (tokens[j] && lex.titles.has(tokens[j]!.lower)) j += tokens[j + 1]?.text === '.' ? 2 : 1; // "Prime Minister Sir Alan Frost"
    // "the Minister of Transport, Lea Roth,", "the mayor of Talbury, Dana Reyes,": the role's body, then the
    // name set off by commas (in lower case only a full name closed by a comma: "the mayor, Dana Reyes,")
    let apposed = false;
    if (COMPLEMENT.has(tokens[j]?.lower ?? '')) {
      let k = j + 1;
      while (k < tokens.length && k - j <= 5 && (tokens[k]!.cap || lex.determiners.has(tokens[k]!.lower))) k++;
      if (tokens[k]?.text === ',' && k > j + 1) {
        j = k + 1;
        apposed = !t.cap;
      }
    } else if (tokens[j]?.text === ',' && !t.cap) {
      j++;
      apposed = true;
    }
    const names = nameRun(tokens, j, lex);
    j += names.length;
    // "two materials scientists, Tom Kahl and Lea Roth,", "officials Tom Kahl and Lea Roth": two full names
    // joined by "and" after a role in the plural both hold it
    const joined =
      names.length >= 2 && tokens[j]?.lower === 'and' && PLURAL_ROLE.test(t.lower) ? nameRun(tokens, j + 1, lex) : [];
    if (joined.length >= 2) j += 1 + joined.length;
    // (only a role that says more than "a person": "his mother, Dana Reyes," types nobody, and a relative
    // set off in passing is no one the story follows)
    // (but one who opens the sentence as its subject is followed: "Her husband, Tom, who does the books, is …")
    const opensSentence = i === 0 || (i === 1 && lex.possessives.has(tokens[0]!.lower));
    const closed = /^[,(]$/.test(tokens[j]?.text ?? '');
    if (apposed && !(opensSentence && closed) && (type === 'person' || names.length < 2 || !closed)) return;
    // ("Talbex CEO Tom Kahl": the capitalised words right before a company officer's role name the firm)
    let k = i;
    while (k > 0 && tokens[k - 1]!.cap && tokens[k - 1]!.word && !tokens[k - 1]!.quoted) k--;
    const firmName = type === 'company' && k < i ? firmBefore(tokens.slice(k, i), i - k, names.join(' '), lex) : null;
    // (a sports club's manager speaks as a coach does, for themself: "Talbury Rovers manager Tom Kahl")
    const coach = !!firmName && clubCoach(t.lower, firmName);
    const firm = coach ? null : firmName;
    // (one name after a body's kind and an article is the body's: "the carmaker Talbex", "a charity Talbex")
    const kindNamed =
      names.length === 1 &&
      !t.cap &&
      lex.kindNouns.has(t.lower) &&
      !!tokens[i - 1] &&
      lex.determiners.has(tokens[i - 1]!.lower);
    if (names.length >= 2 || (names.length === 1 && (t.cap || (apposed && opensSentence))) || kindNamed)
      for (const name of joined.length >= 2 ? [names, joined] : [names])
        out.push({
          type: coach ? 'person' : type,
          named: true,
          name: name.join(' '),
          ...(firm ? { firm } : {}),
          // (a role's fallback type, no body said whose: "manager Tom Kahl")
          ...(rel && !own && type === office && !chief && !coach ? { fallback: true as const } : {}),
          ...(owner ? { owner } : {}),
          ...(isOfficeRole(t, lex) ? { role: possessiveless(t.lower) } : {}),
          ...genderOf([], name.join(' '), lex),
        });
  });
  // "Talbex shares fell", "shares in Talbex", "shares of Talbex Motors": what has shares is a listed company
  // (and what has shareholders or a share price, "Talbex's share price"; what one holds a stake in, "a 20%
  // stake in Talbex", the name nothing else types: not the holder, who may be anyone, "Kahl's stake in …")
  for (let i = 0; i < tokens.length; i++) {
    const lower = tokens[i]!.lower;
    const stake = STAKE.test(lower);
    // (or a share price or results after its possessive name: "Talbex's share price", "Talbex's revenue")
    const price =
      (lower === 'share' && tokens[i + 1]?.lower === 'price') ||
      (RESULTS.test(lower) && /['’]s?$/.test(tokens[i - 1]?.text ?? ''));
    if (!(SHARES.test(lower) || stake || price) || tokens[i]!.quoted) continue;
    let b = i;
    while (!stake && b > 0 && isNameWord(tokens[b - 1]!, lex) && !tokens[b - 1]!.quoted && i - b < 3) b--;
    const before = tokens.slice(b, i).map((t) => possessiveless(t.text));
    const of = !price && (tokens[i + 1]?.lower === 'in' || tokens[i + 1]?.lower === 'of');
    let e = i + 2;
    while (of && e < tokens.length && isNameWord(tokens[e]!, lex) && !tokens[e]!.quoted && e - i < 5) e++;
    const after = of ? tokens.slice(i + 2, e).map((t) => t.text) : [];
    for (const name of [before, after])
      if (
        name.length &&
        !name.some((w) => MARKET_WORDS.test(w)) &&
        !lex.nameTypes.has(name.join(' ').toLowerCase()) &&
        (!stake || classify(name.join(' '), lex).guessed)
      )
        out.push({ type: 'company', named: true, name: name.join(' '), institution: true });
  }
  // "Talbex reported a net loss", "Talbex posted record profits": a name that opens the sentence and states results
  // is a company (the name nothing else types)
  let n = 0;
  while (n < tokens.length && isNameWord(tokens[n]!, lex) && !tokens[n]!.quoted && n < 3) n++;
  const verb = tokens[n];
  if (n > 0 && verb && RESULT_VERBS.has(verb.lower) && !lex.givenNames.has(tokens[0]!.lower)) {
    const k = tokens.findIndex((t, j) => j > n && j <= n + 4 && RESULT_NOUNS.test(t.lower));
    // (a sum after "of", not a thing: "a loss of $2 billion", not "a loss of her luggage")
    const of = tokens[k + 1]?.lower === 'of';
    const sum = !of || /^(?:[$€£¥]|\d|about$|nearly$|almost$|more$|around$)/.test(tokens[k + 2]?.lower ?? '');
    const name = tokens
      .slice(0, n)
      .map((t) => possessiveless(t.text))
      .join(' ');
    if (k > 0 && sum && classify(name, lex).guessed)
      out.push({ type: 'company', named: true, name, institution: true });
  }
  // "Tom Kahl, R-Wis.", "Sen. Ann Roe (D-Calif.)": a party and state after a name mark a US politician
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!PARTY_STATE.test(t.text) || !(tokens[i - 1]!.text === ',' || tokens[i - 1]!.text === '(')) continue;
    let b = i - 1;
    const names: string[] = [];
    while (b > 0 && isNameWord(tokens[b - 1]!, lex) && names.length < 4)
      names.unshift(possessiveless(tokens[--b]!.text));
    if (names.length)
      out.push({ type: 'politician', named: true, name: names.join(' '), ...genderOf([], names.join(' '), lex) });
  }
  // "One of the marchers, Dana Reyes, a lecturer, said": the part the person plays, set before the
  // name at the start of the clause, is what they speak as (a job added after the name does not change it)
  for (let c = 1; c < tokens.length && c <= MAX_CAPACITY + 1; c++) {
    if (tokens[c]!.text !== ',') continue;
    if (!isCapacity(tokens.slice(0, c), lex)) break;
    let j = c + 1;
    // (past a job before the name: "Fellow resident, retired plumber Tom Kahl")
    while (j < c + 4 && tokens[j]?.word && !tokens[j]!.cap && !isNameWord(tokens[j]!, lex)) j++;
    const names = nameRun(tokens, j, lex);
    j += names.length;
    if (names.length >= 2 && (tokens[j]?.text === ',' || tokens[j]?.text === '('))
      out.push({ type: 'person', named: true, name: names.join(' '), capacity: true });
    break;
  }
  // "Dana Miller, an economics professor at Exampleton, …": the description gives the person's type
  for (let i = 0; i < tokens.length; i++) {
    if (
      tokens[i]!.text !== ',' ||
      !isNameWord(tokens[i - 1] ?? tokens[i]!, lex) ||
      !isNameWord(tokens[i - 2] ?? tokens[i]!, lex)
    )
      continue;
    const next = tokens[i + 1];
    if (!next || !(lex.determiners.has(next.lower) || isRelational(next, lex) || nounType(next, lex) || !next.cap))
      continue;
    // (a verb after the comma goes on with the sentence: "Lea Roth, will meet the police …"; a
    // participle clause of the setting says no role: "Tom Kahl, speaking to reporters, …")
    if (!lex.determiners.has(next.lower) && (lex.functionWords.has(next.lower) || lex.verbForms.has(next.lower)))
      continue;
    // (so does a verb in the past with its object: "led by Anna Berger, analysed the data"; not an adjective of
    // the role, "Tom Kahl, retired police officer,")
    if (
      !next.cap &&
      (/\p{L}{2}ed$/u.test(next.lower) || IRREGULAR_PAST.has(next.lower)) &&
      (lex.determiners.has(tokens[i + 2]?.lower ?? '') || POSSESSIVE_PRONOUNS.has(tokens[i + 2]?.lower ?? ''))
    )
      continue;
    if (isSettingClause(tokens.slice(i + 1, i + 3), lex)) continue;
    // (a relative clause after the role says what the person does, not what they are: "Lea Roth, a
    // financial adviser who sits on the council's audit panel")
    let e = i + 1;
    while (
      e < tokens.length &&
      e - i <= 12 &&
      !CLAUSE_BREAK.has(tokens[e]!.text) &&
      tokens[e]!.text !== '.' &&
      !(e > i + 2 && WHO.has(tokens[e]!.lower))
    )
      e++;
    let b = i - 1;
    while (b > 0 && isNameWord(tokens[b - 1]!, lex) && i - b < 4) b--;
    let type = classify(wordsOf(tokens, i + 1, e), lex).type;
    // "Tom Kahl, vice president of Brandik, a paper company in Talbury": the next apposition says what
    // the body is when the text names it only ("of Brandik")
    const body = tokens[e - 1];
    if (
      tokens[e]?.text === ',' &&
      INDEFINITE_ARTICLES.has(tokens[e + 1]?.lower ?? '') &&
      body &&
      isNameWord(body, lex) &&
      COMPLEMENT.has(tokens[e - 2]?.lower ?? '')
    ) {
      let e2 = e + 1;
      while (e2 < tokens.length && e2 - e <= 12 && !CLAUSE_BREAK.has(tokens[e2]!.text) && tokens[e2]!.text !== '.')
        e2++;
      const what = classify(wordsOf(tokens, e + 1, e2), lex).type;
      if (BODY_TYPES.has(what)) type = what;
    }
    // (with the role, for a later "the chairman": "Tom Kahl, the club's chairman, …")
    if (type !== 'person' && type !== 'other')
      out.push({
        type,
        named: true,
        name: tokens
          .slice(b, i)
          .map((t) => possessiveless(t.text))
          .join(' '),
        ...(roleIn(tokens.slice(i + 1, e), lex) ?? {}),
      });
  }
  // "led by Dr Lea Roth of Talbury University": a full name with the body the person is of, in passing
  out.push(...namesOfBodies(tokens, lex));
  const as = asRole(tokens, lex);
  if (as) out.push(as);
  return out;
}

/** How far after a name the body it is "of" may end ("of the University of Talbury Medical School"). */
const MAX_BODY_AFTER_NAME = 8;

/**
 * People named with the body they are of, at or from, and no role ("Dr Lea Roth of Talbury
 * University", "Tom Kahl, of the Talbury Institute"): typed by the body, as a later surname is.
 */
function namesOfBodies(tokens: readonly Token[], lex: Lexicon): Classified[] {
  const out: Classified[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // (a name starts here: a capitalised word after none)
    if (!tokens[i]!.cap || !tokens[i + 1]?.cap || (i > 0 && isNameWord(tokens[i - 1]!, lex))) continue;
    // (a role of its own kind before the name says what the person is, the body only where they come from:
    // "striker Tom Kahl from Brandik Athletic"; a role that speaks for a body is the body's, "spokesman Tom
    // Kahl from Talbex")
    const role = tokens[i - 1];
    if (role?.word && !role.cap && !isRelational(role, lex) && nounType(role, lex)) continue;
    const names = nameRun(tokens, i, lex);
    if (names.length < 2) continue;
    let j = i + names.length;
    if (tokens[j]?.text === ',') j++;
    if (!['of', 'at', 'from'].includes(tokens[j]?.lower ?? '') || !tokens[j + 1]) continue;
    let e = j + 1;
    while (
      e < tokens.length &&
      e - j <= MAX_BODY_AFTER_NAME &&
      (tokens[e]!.cap || ((tokens[e]!.lower === 'of' || lex.determiners.has(tokens[e]!.lower)) && !!tokens[e + 1]?.cap))
    )
      e++;
    if (e === j + 1) continue;
    const c = classify(wordsOf(tokens, i, e), lex);
    if (!c.guessed && c.type !== 'person' && c.type !== 'other' && c.name === names.join(' '))
      out.push({ type: c.type, named: true, name: c.name, ...(c.gender ? { gender: c.gender } : {}) });
    i = e - 1;
  }
  return out;
}

/** The longest role opening a sentence with "As" ("As head of the Talbury branch, …"), in tokens. */
const MAX_AS_ROLE = 14;

/**
 * "As spokeswoman for the Talbury branch, Dana Reyes has …": the office the sentence opens with is the
 * named subject's (a full name right after its comma); null when it says no more than "a person".
 */
function asRole(tokens: readonly Token[], lex: Lexicon): Classified | null {
  if (tokens[0]?.lower !== 'as' || tokens[0].quoted) return null;
  const comma = tokens.findIndex((t, k) => k > 1 && k <= MAX_AS_ROLE && (t.text === ',' || t.quoted));
  if (comma < 0 || tokens[comma]!.text !== ',' || !tokens.slice(1, comma).every((t) => t.word || t.text === '.'))
    return null;
  const names = nameRun(tokens, comma + 1, lex);
  const j = comma + 1 + names.length;
  if (names.length < 2 || !tokens[j]?.word || tokens[j]!.cap) return null;
  const role = classify(wordsOf(tokens, 1, comma), lex);
  if (role.type === 'person' || role.type === 'other') return null;
  return { type: role.type, named: true, name: names.join(' '), ...genderOf([], names.join(' '), lex) };
}

/** "told Reuters", "told The Associated Press": a news agency as addressee is a source of its own. */
function addressee(text: string, tokens: readonly Token[], verb: VerbHit, lex: Lexicon): Phrase | null {
  if (verb.lemma !== 'tell' || verb.passive) return null;
  const p = phraseAt(text, tokens, verb.cueEnd + 1, lex);
  return p && !p.pronoun && classify(p.text, lex).type === 'agency' ? p : null;
}

/**
 * "the 58-year-old", "the Spaniard", "the Frenchwoman": a person by age or country, who points back to the person
 * named before (a country's noun the lexicon knows, of the gender its form tells).
 */
function ageReference(mention: string, lex: Lexicon): 'm' | 'f' | null | undefined {
  const m = mention.trim();
  if (/^the\s+\d{1,3}-year-old$/i.test(m)) return null;
  const noun = /^the\s+(\p{Lu}[\p{L}-]*)$/u.exec(m)?.[1];
  const gender = noun ? lex.demonyms.get(noun.toLowerCase()) : undefined;
  return gender === undefined ? undefined : gender === null ? null : gender === 'm' ? 'f' : 'm';
}

/** A plural head: a final s after no other s, u or i ("patients", not "witness", "census", "analysis"), or a plural of its own. */
const PLURAL_HEAD = /(?:[^siu]s|\b(?:\p{L}*men|people|children|police|staff))$/iu;

/**
 * "Teachers said", "neighbours close to the family": an English verb of the past does not say its subject's
 * number, the nouns do. Any plural word before a comma, save a capitalised one after the first (a name:
 * "a lawyer for Tom Jones"), makes the mention plural.
 */
const pluralNoun = (mention: string): boolean =>
  mention
    .split(',')[0]!
    .trim()
    .split(/\s+/)
    .some((w, i) => (i === 0 || !/^\p{Lu}/u.test(w)) && PLURAL_HEAD.test(w));

/** Whether the noun at `k` stands before another noun in lower case that it modifies: "shop | workers". */
const modifiesNoun = (tokens: readonly Token[], k: number, lex: Lexicon): boolean => {
  const next = tokens[k + 1];
  return !!next?.word && !next.cap && !next.quoted && !!nounType(next, lex);
};

/** Words of a relative clause before its verb of trade: "which | now | sells", "which | also | makes". */
const TRADE_VERB_AT = 3;

/** "Talbex, which sells wristbands": a name "which" takes up is a body, a company where the clause says what it trades. */
const relativeBody = (role: string, lex: Lexicon): SourceType | null => {
  const words = role.trim().toLowerCase().split(/\s+/);
  if (words[0] !== 'which') return null;
  return words.slice(1, 1 + TRADE_VERB_AT).some((w) => lex.tradeVerbs.has(w)) ? 'company' : 'organization';
};

/** Endings of English nouns of agents: "officer", "doctor", "scientist", "analyst", "historian", "paramedic", "surgeon", "judge". */
const AGENT_ENDING = /(?:er|or|ist|yst|ian|man|woman|person|ic|eon|dge|nt)$/;
/** Types of what is written or of firms, whose nouns in -er name no person ("newsletter", "supplier"). */
const NO_AGENT_TYPES = new Set<SourceType>(['document', 'social_media', 'company', 'other']);

/**
 * "a prison officer", "a doctor", "a firefighter": a noun of one person's trade or role, by the lexicon's type
 * and an agent's ending, or a relational role; not a body's noun ("a ministry", "the regulator") nor a firm's.
 */
function personNoun(noun: string, lex: Lexicon): boolean {
  if (lex.bodyNouns.has(noun) || lex.kindNouns.has(noun) || /ment$/.test(noun)) return false;
  const t = tokenize(noun)[0];
  if (!t?.word) return false;
  if (isRelational(t, lex)) return true;
  const type = nounType(t, lex);
  return type === 'person' || (!!type && !NO_AGENT_TYPES.has(type) && AGENT_ENDING.test(noun));
}

/** "a spokesperson", "the spokeswoman": one who speaks for a body and nothing more (whose, the text said before). */
const isBareRole = (mention: string, lex: Lexicon): boolean => {
  const words = mention.trim().toLowerCase().split(/\s+/);
  return words.length === 2 && /^(?:a|an|the)$/.test(words[0]!) && lex.speaksFor.has(words[1]!);
};

/**
 * The second of two subjects joined by "and" right before their verb ("The mayor and the police chief
 * said"): a source of its own (`subjectAt` gave the first).
 */
function conjunct(
  text: string,
  tokens: readonly Token[],
  subject: Phrase,
  lex: Lexicon,
): { phrase: Phrase; join: boolean } | null {
  // (a pronoun only where it opens the sentence: "She and her husband said")
  if ((subject.pronoun && subject.from > 0) || tokens[subject.to]?.lower !== 'and') return null;
  const q = readPhrase(tokens, subject.to + 1, lex);
  let k = q?.to ?? tokens.length;
  // (over focus words and auxiliaries: "and the police chief also said", "and her deputy have warned")
  while (tokens[k] && (lex.focusWords.has(tokens[k]!.lower) || BE_OR_HAVE.has(tokens[k]!.lower))) k++;
  const verb = tokens[k];
  if (!q || q.pronoun || !verb || !(lex.verbForms.has(verb.lower) || BE.has(verb.lower))) return null;
  const phrase = withText(text, tokens, q);
  return phrase && { phrase, join: twoRolesOfOne(tokens, subject, q, lex) };
}

/**
 * An article and a role, "and", and a second role before a name with no article of its own: one
 * person with two roles ("the writer and director Tom Kahl"), not two ("the mayor and the police chief").
 */
function twoRolesOfOne(tokens: readonly Token[], subject: Phrase, q: Phrase, lex: Lexicon): boolean {
  const [article, role] = tokens.slice(subject.from, subject.to);
  if (subject.to - subject.from !== 2 || !lex.articles.has(article!.lower) || role!.cap) return false;
  const second = tokens.slice(q.from, q.to);
  // (the second: lower-case role words, then a name)
  const nameAt = second.findIndex((t) => t.cap);
  return nameAt > 0 && second.slice(0, nameAt).every((t) => t.word && !lex.articles.has(t.lower));
}

/** A copula of a main clause, the adverbs before its complement, and what ends it: "Roth is now a professor at …". */
const MAIN_COPULA: CopulaWords = {
  copulas: new Set(['is', 'was', 'becomes', 'became', 'remains', 'serves', 'served']),
  // (and the verbs of leading a body or working as something: "heads the agency", "works as a nurse")
  leading: new Set(['heads', 'headed', 'leads', 'led', 'chairs', 'chaired', 'runs', 'ran', 'works', 'worked']),
  fillers: new Set(['now', 'also', 'currently', 'still', 'formerly', 'then', 'since', 'as']),
  spans: new Set(['from', 'to', 'in', 'since', 'until', 'between', 'and']),
  ends: new Set(['and', 'but', 'who', 'which', 'whose', 'where', 'when', 'since', 'until']),
};

/** Words that open what was said after a verb: "showed that …", "shows how …". */
const CONTENT_OPENERS = new Set(['that', 'how', 'what', 'why', 'where', 'whether']);

export const grammar: Grammar = {
  predicative: (tokens, at, lex) => {
    const c = complementAfter(tokens, at, MAIN_COPULA);
    return c && !isNoRole(tokens, c.from, c.to, lex) ? c : null;
  },
  formerType,
  definiteRoles: true,
  indefiniteArticles: new Set(['a', 'an']),
  opensContent: (tokens, i) => tokens[i]?.text === ':' || CONTENT_OPENERS.has(tokens[i]?.lower ?? ''),
  ageReference,
  pluralNoun,
  relativeBody,
  clubCoach,
  isBareRole,
  personNoun,
  baseForm: englishBaseForm,
  phraseAt,
  phraseEndingAt,
  subjectAt: (text, tokens, verb, lex) => withAffiliation(text, tokens, subjectAt(text, tokens, verb, lex), lex),
  speechVerbs,
  classify,
  rolesWithNames,
  clauseStartBefore,
  agentWords: new Set(['by']),
  joinsVerbGroup: (tokens, k) => JOINS.has(tokens[k]!.lower) && SECOND_AUXILIARY.has(tokens[k + 1]?.lower ?? ''),
  // (not "of", which a noun takes as often: "accused by the head | of the union")
  objectPreposition: (lemma) => (OBJECT_PREPOSITION[lemma] === 'of' ? undefined : OBJECT_PREPOSITION[lemma]),
  // (not a verb of calling: "a person called “…”" names, "Dubbed “…”" opens an epithet; "called the plan “…”" is
  // read by the verb of saying)
  shortQuoteIntro: /(?:^|\s)as$/,
  // (a capitalised word may stand between: "the so-called Northern “red belt”")
  quoteNameIntro:
    /(?:^|\s)(?:[Ss]o-called|titled|entitled|nicknamed|known as)(?:\s+(?:the|a|an))?(?:\s+\p{Lu}[\p{L}-]*)?$/u,
  titleCaseHeadlines: true,
  commaAfterOpening: true,
  headlineLabels: HEADLINE_LABELS,
  formatLabels: new Set([
    'live',
    'watch',
    'video',
    'listen',
    'pictured',
    'breaking',
    'exclusive',
    'update',
    'updates',
    'latest',
    'interview',
    // (an interview's question: "Q: …")
    'q',
    'question',
  ]),
  answerLabels: new Set(['a', 'answer']),
  headlinePress: new Set(['report', 'reports', 'media']),
  quoteCue: '“…”',
  isOffice: (mention) => OFFICE.test(mention.trim()),
  // (with a contraction too: "he’d remarked", "they’ll tell you")
  pronounKind: (p) =>
    /^(?:he|she|his|him|her)(?:['’‘]\p{L}+)?$/iu.test(p) ? 'person' : /^(?:it|its)$/i.test(p) ? 'body' : 'any',
  pronounExcludes: (p) =>
    /^(?:he|his|him)(?:['’‘]\p{L}+)?$/iu.test(p) ? 'f' : /^(?:she|her)(?:['’‘]\p{L}+)?$/iu.test(p) ? 'm' : null,
  speechNouns,
  quoteTail: null,
  isReportative: () => true,
  addressee,
  conjunct,
  namedMembers,
};
