/**
 * The people and bodies an article has named so far, for resolving later surnames ("Lee" →
 * "Han Tal-bong"), roles ("die Bürgermeisterin"), heads ("the center") and pronouns. Language
 * neutral: what a language adds (its articles) is handed in.
 */
import { BODY_TYPES, type SourceType } from './vocabulary.js';

/** A classified source mention: its type, whether it is named, and the name and role it holds. */
export interface Classified {
  type: SourceType;
  named: boolean;
  /** The capitalised words of the mention that are no known noun: the name it holds, if any. */
  name: string | null;
  /** The role word the mention holds, as its lexicon stem ("Grünen-Vorsitzende" → "vorsitzende"), if any. */
  role?: string | null;
  /**
   * The office the role word names, where other words of the lexicon name it too ("Rathauschef" and
   * "Bürgermeister" are one): the text refers to a person by it rather than by the stem (`roleId`).
   */
  office?: string;
  /** A second role word of the same person, joined by "and" before the name ("Kardiologe und Sportmediziner Tom Kahl"). */
  alsoRole?: string;
  /** The whole mention, when it holds more than the name ("Die Deutsche Bahn" for the name "Deutsche"). */
  mention?: string;
  /** The type is the default (a name is a person, the rest "other"): nothing in the mention said it. */
  guessed?: true;
  /**
   * The type is the part the person plays in the story, set before the name ("One of the
   * protesters, Dana Reyes, a lecturer, said"): they speak in it, whatever job the text adds.
   */
  capacity?: true;
  /**
   * The name stands right before the mention's head, whose place or owner it says ("Talbury MP",
   * "Talbury police"): it is no first name of a person named before.
   */
  modifier?: true;
  /** The head is a person the name before it owns ("Kahl's barrister"): what they are says nothing of the owner. */
  ownedPerson?: true;
  /** The person's grammatical gender, where the mention's role word or form of address says it ("Präsidentin", "Herr"). */
  gender?: 'm' | 'f';
  /** The party the mention says the person belongs to ("der CDU-Politiker", "Tom Kahl (CDU)"), lower case. */
  party?: string;
  /** The type is the role's fallback ("chairman": a company's), the mention naming no body it speaks for. */
  fallback?: true;
  /** The type comes from a form of address alone ("Dr Lea Roth": an expert); what the text knows of the person says more. */
  byTitle?: true;
  /** A possessive before the role says whose it is ("Its chief executive, Jana Roth"), lower case. */
  owner?: string;
  /** The name is a body's, ending in a noun for bodies ("Talbury Police", "the Talbury Fire Service"): no "she" or "he". */
  institution?: true;
  /**
   * The name of the firm a company's officer is named with, written before the role ("Talbex CEO Tom
   * Kahl", "Talbex-Chef Tom Kahl"): the firm is a company wherever the article names it alone.
   */
  firm?: string;
}

/** Types of what is written or posted, which no person is. */
const WRITINGS_OF_NOBODY: ReadonlySet<SourceType> = new Set(['document', 'social_media']);

/**
 * Whether the classified complement of a copula, or of a verb of leading or working (`leading`), gives a
 * person named before it a role: a role, of a body it may name, or a body's kind ("Bürgermeister von
 * Talberg", "a start-up"); after a verb of leading a body of any name ("leitet die Polizei in Talberg") and
 * never a document ("führt die Tabelle an"). A type only guessed gives none.
 */
export function givesRole(c: Classified, leading: boolean): boolean {
  if (c.guessed) return false;
  // (no writing is a person's role: "Anna Berger war laut eigener Aussage …" reads no document into her)
  return leading
    ? BODY_TYPES.has(c.type)
    : (!!c.role || !c.name) && c.type !== 'person' && c.type !== 'other' && !WRITINGS_OF_NOBODY.has(c.type);
}

/**
 * A person named with an academic's or a physician's form of address (`title`, each language's pattern:
 * "Dr Lea Roth", "Prof. Dr. Anna Berger") and no role speaks as an expert. Only a default (`byTitle`): a
 * role set after the name, or the type the text gave the person before, says more.
 */
export function expertByTitle(c: Classified, mention: string, title: RegExp): Classified {
  if (c.type !== 'person' || !c.name || c.role || !title.test(mention)) return c;
  const { guessed: _, ...rest } = c;
  return { ...rest, type: 'expert', byTitle: true };
}

/**
 * Whether what a new mention says of a person replaces the type known so far: any role over none,
 * and an office over party membership (an office holder speaks in office: "der CDU-Politiker X",
 * later "der Drogenbeauftragte X", is government throughout).
 */
export function upgrades(known: SourceType, said: SourceType): boolean {
  if (known === 'person' || known === 'other') return said !== 'person' && said !== 'other';
  return known === 'politician' && said === 'government';
}

/**
 * What a mention tells about a person already known: the part they play in the story fixes their
 * type; otherwise a type that says more than the one known replaces it. A gender it gives is kept.
 */
function learn(known: { type: SourceType; capacity?: true; gender?: 'm' | 'f'; party?: string }, c: Classified): void {
  if (c.capacity) [known.type, known.capacity] = [c.type, true];
  else if (!known.capacity && upgrades(known.type, c.type)) known.type = c.type;
  if (c.gender) known.gender = c.gender;
  if (c.party) known.party ??= c.party;
}

/** What a mention's role refers to a person by: its office where it has one, else its stem. */
export function roleId(c: { role?: string | null; office?: string }): string | null {
  return c.office ?? c.role ?? null;
}

/** Whether two role stems name the same role: "führer" and "anführer", "vorsitzende" and "vorsitzende". */
export function sameRole(a: string, b: string): boolean {
  return a.endsWith(b) || b.endsWith(a);
}

/** A name's particle joined to the next part: "al-Assad", "ad-Din", "el-Sisi", "bin-Salman". */
export const NAME_PARTICLE = /^(?:al|el|ad|ar|as|asch|at|az|ibn|abu|bin)-(?=\p{Lu})/u;

/** The words of a name without joined particles, so that "Assad" finds "Baschar al-Assad". */
export function nameParts(name: string): string[] {
  let parts = namePartsCache.get(name);
  if (!parts) {
    if (namePartsCache.size > 10_000) namePartsCache.clear();
    namePartsCache.set(name, (parts = name.split(/\s+/).map((w) => w.replace(NAME_PARTICLE, ''))));
  }
  return parts;
}
/** Names recur within and across articles: their parts are split once. */
const namePartsCache = new Map<string, string[]>();

/** The fewest letters the first part of a compound has ("Handels|verband"). */
const MIN_COMPOUND_PART = 4;
/** A title in quotation marks ("„Talo-Kurier“", "“The Talbury Times”"). */
const QUOTED_TITLE = /^\p{Pi}|^[„"»«‚']/u;
/** A name in capitals alone, an acronym ("UPS", "BND", "AT&T"): a body's name, no person's. */
const ACRONYM_NAME = /^\p{Lu}[\p{Lu}\d&.-]+$/u;

/**
 * Types a name alone gives only to a body ("New York Times", "Brandik"; unlike BODY_TYPES of
 * vocabulary.ts, no office a person holds): no person unless a role or gender says so.
 */
const BODY_ONLY_TYPES = new Set<SourceType>(['organization', 'company', 'media', 'agency', 'document', 'social_media']);

/** A possessive "'s" in a mention ("Kahl's campaign"). */
const POSSESSIVE_S = /['’]s?(?:\s|$)/;

/**
 * Types of what a name owns that is written or broadcast ("Kahl's blog", "Talbex's report"); not posts,
 * which make their owner an account ("talbury99's posts").
 */
const OWNED_WRITINGS = new Set<SourceType>(['media', 'document']);

/**
 * Types of institutions a spokesperson can speak for, when the mention says no body. Not the media nor the
 * news agencies: an outlet or agency a text names is most often the channel of a report ("Wie die Zeitung
 * berichtet", "nach dpa-Informationen"), not whom the next spokesperson or director speaks for (an outlet's
 * own staff are named with it: "ein Sprecher des Senders").
 */
const INSTITUTION_TYPES = new Set<SourceType>([
  'government',
  'security',
  'justice',
  'organization',
  'company',
  'expert',
]);

/**
 * How many people and bodies the memory keeps; the one mentioned least recently goes first. An
 * article names far fewer; the bound keeps each look-up's work flat on a page of any length.
 */
const MAX_REMEMBERED = 200;

/** Drops the entry mentioned least recently while a list holds more than MAX_REMEMBERED. */
function bound(list: Array<{ at?: number }>): void {
  while (list.length > MAX_REMEMBERED) {
    let oldest = 0;
    list.forEach((e, i) => {
      if ((e.at ?? 0) < (list[oldest]!.at ?? 0)) oldest = i;
    });
    list.splice(oldest, 1);
  }
}

/** A person (or a body by name) the article named. */
interface PersonEntry {
  name: string;
  type: SourceType;
  roles?: string[];
  at?: number;
  mention?: string;
  /** The type is the person's part in the story (Classified.capacity): no role said later changes it. */
  capacity?: true;
  gender?: 'm' | 'f';
  /** Known only by lone capitalised words that nothing says are a person: no pronoun points to it. */
  weak?: true;
  /** The party the person was named with (Classified.party). */
  party?: string;
  /** A body's name (Classified.institution): what "it" may point to, no "she" or "he". */
  institution?: true;
  /** A body whose gender is its name's article or last noun's ("Die Firma Talbex"), no person's. */
  bodyGender?: true;
}

/** How `EntityMemory.noteBody` takes a mention. */
export interface NoteHow {
  person?: boolean;
  bodyOnly?: boolean;
  /** A group of people nobody named ("Zeugen", "Residents"): what a plural pronoun may point to, no other. */
  group?: boolean;
  gender?: 'm' | 'f';
  anonymous?: boolean;
  /**
   * One private person nobody named ("One patient", "eine Anwohnerin"): what a pronoun of a gender points
   * to ("she", "sie"), while one of no gender ("they") keeps pointing where it did before.
   */
  one?: boolean;
  /**
   * A person known by an office's role, not yet heard as a speaker ("The mayor spoke first"): no institution a
   * later spokesperson speaks for.
   */
  roleOnly?: boolean;
  /**
   * A body named inside another mention ("Analysts at Talbury Capital"): the body named last, but not what a
   * pronoun of any kind points to instead of the mention ("they" are the analysts).
   */
  inside?: boolean;
}

/** A source a pronoun may point to; `before`, for one private person, what it covers for "they". */
export interface Referent {
  readonly name: string;
  readonly type: SourceType;
  readonly gender?: 'm' | 'f';
  readonly anonymous?: true;
  readonly before?: Referent | null;
  /** A group of people nobody named (NoteHow.group): no singular pronoun points to it. */
  readonly group?: true;
}

/** What pronouns could point to at one moment of the reading (`EntityMemory.view`). */
export interface MemoryView {
  readonly last: Referent | null;
  readonly lastPerson: { name: string; type: SourceType; gender?: 'm' | 'f'; anonymous?: true } | null;
  readonly lastBody: { name: string; type: SourceType; gender?: 'm' | 'f'; anonymous?: true } | null;
  /** Mentions counted by then: a person mentioned after it is not yet there. */
  readonly clock: number;
}

/** Of the entries that pass `test`, the one mentioned last (mentioning none: see `EntityMemory.latest`). */
function newest<E extends { at?: number }>(entries: readonly E[], test: (e: E) => boolean): E | null {
  let best: E | null = null;
  for (const e of entries) if (test(e) && (!best || (e.at ?? 0) > (best.at ?? 0))) best = e;
  return best;
}

/** People and bodies named so far in an article, for resolving surnames and pronouns. */
export class EntityMemory {
  /**
   * `dropArticle` takes the language's article off a mention ("die Deutsche Bahn" → "Deutsche Bahn"),
   * `dropNominative` only an article of the nominative (a body named again as a subject); `feminine`
   * tells a mention opened by a feminine or plural article ("die Bahn").
   */
  constructor(
    private readonly dropArticle: (mention: string) => string,
    private readonly dropNominative: (mention: string) => string = dropArticle,
    private readonly feminine: (mention: string) => boolean = () => false,
    private readonly feminineName: (name: string) => boolean = () => false,
  ) {}

  private people: PersonEntry[] = [];
  /** Names of firms the article names before a company officer's role ("Talbex CEO …"): companies. */
  private firms = new Set<string>();
  /** Institutions named without a personal name ("the Talbury Flood Agency"), for "the agency". */
  private bodies: Array<{ name: string; type: SourceType; at?: number; mention?: string }> = [];
  /** Counts mentions, so that the person mentioned last can be told. */
  private clock = 0;
  private last: MemoryView['last'] = null;
  private lastPerson: MemoryView['lastPerson'] = null;
  private lastBody: MemoryView['lastBody'] = null;

  /** The last source named that is an institution of a kind (a company, an authority, …), not a person. */
  private lastInstitution: SourceType | null = null;
  /** The last body known by its name ("the Home Builders Federation"), and which body came last: it or `lastBody`. */
  private namedBody: { name: string; type: SourceType } | null = null;
  private namedBodyLast = false;

  /** Notes a mention of `e`; a `weak` one (see `remember`) is not what a later pronoun points to. */
  private mention(e: { name: string; type: SourceType; at?: number; weak?: true }, weak = false): void {
    e.at = ++this.clock;
    if (weak) return;
    delete e.weak;
    this.last = e;
    const p = e as PersonEntry;
    // (an acronym names a body: "he" and "she" do not point to "UPS"; nor to "Talbury Police", which "it" does)
    if (p.institution) this.lastBody = e;
    else if (!ACRONYM_NAME.test(e.name)) this.lastPerson = e;
    if (INSTITUTION_TYPES.has(e.type)) this.lastInstitution = e.type;
    if (BODY_ONLY_TYPES.has(e.type) && e.type !== 'document' && !p.gender) {
      this.namedBody = e;
      this.namedBodyLast = true;
    }
  }

  /**
   * Whose a possessive of a body speaks of ("Its chief executive"): the body named last, by its name
   * ("the Home Builders Federation") or without one ("the ministry").
   */
  possessorBody(): Referent | null {
    return this.namedBodyLast && this.namedBody ? this.namedBody : (this.lastBody ?? this.last);
  }

  /**
   * Notes a person named in passing by given name and surname ("Seit Jahren steht Anna Berger …"): known
   * for a later surname, not yet what a pronoun points to.
   */
  notePassing(name: string, gender: 'm' | 'f' | undefined): void {
    if (this.knows(name)) return;
    const entry: PersonEntry = { name, type: 'person', weak: true, ...(gender ? { gender } : {}) };
    this.people.push(entry);
    bound(this.people);
    this.mention(entry, true);
  }

  /** The kind of the institution the text named last, for a spokesperson who does not say whose. */
  institutionType(): SourceType | null {
    return this.lastInstitution;
  }

  /** Of `types`, the type of the source of one of them the text named last (people and bodies), or null. */
  latestOfTypes(types: ReadonlySet<SourceType>): SourceType | null {
    return newest([...this.people, ...this.bodies], (e) => types.has(e.type))?.type ?? null;
  }

  /**
   * Remembers a named source; returns the full name a partial mention ("Lee") points to. `speaks`: the
   * mention is a speaker's, so that even one capitalised word nothing types is someone a pronoun may mean.
   */
  remember(c: Classified, speaks = false): { resolved: string | null; type: SourceType } {
    if (c.firm) this.noteFirm(c.firm);
    if (!c.name) return { resolved: null, type: c.type };
    // (a firm the article named before an officer's role, named alone: "Talbex announced …")
    // (the mention is a copy of its classification: callers may change it)
    if (c.guessed && c.type === 'person' && this.firms.has(c.name)) {
      c.type = 'company';
      delete c.guessed;
      c.institution = true;
    }
    // a name before a head says whose ("Kahl's office", "Reyes' team"): the head may tell an owner
    // nothing typed yet what they are ("Kahl's campaign"), not change the type of one typed already (a
    // senator's office is no government of his), who lends a head nothing types their own type
    // "Kahl's barrister", "Reyes's wife": the owner is known by name, but what the person they own is says
    // nothing of them; a new owner is remembered for a later surname, not for a pronoun
    // "Anna Berger's blog", "Talbex's report": what a name's writing or programme is says as little of the
    // owner (no medium nor document of hers)
    if (c.ownedPerson || (c.modifier && OWNED_WRITINGS.has(c.type))) {
      if (!this.knows(c.name)) {
        const entry: PersonEntry = { name: c.name, type: 'person', weak: true };
        this.people.push(entry);
        bound(this.people);
        this.mention(entry, true);
      }
      return { resolved: null, type: c.type };
    }
    if (c.modifier) {
      const parts = nameParts(c.name);
      const owner = this.people.find((p) => parts.every((w) => nameParts(p.name).includes(w)));
      if (owner && owner.type !== 'person' && owner.type !== 'other')
        return { resolved: null, type: c.guessed ? owner.type : c.type };
    }
    const parts = nameParts(c.name);
    // (two bodies of one place are two, who share the place's name only: "die Polizei Talberg", "der
    // Tourismusverband Talberg"; a body by its noun has no gender but its article's, a person by a role has one)
    const otherBody = (p: PersonEntry) =>
      !!c.role &&
      !c.gender &&
      (!p.gender || !!p.bodyGender) &&
      !!p.roles?.length &&
      !p.roles.some((r) => sameRole(r, roleId(c)!));
    const same = this.people.find((p) => p.name === c.name && !otherBody(p));
    if (same) learn(same, c);
    // a fuller name known for the same person ("Lindqvist" → "Mara Lindqvist") wins, even over an earlier bare mention
    // (a lone word said before a lower-case head is a place or an owner, neither a first name nor a
    // surname: "Talbury MP", "Talbury police" are not "Talbury Citibus", "the Lakeside fan" not "Talbex Lakeside")
    // (a word alone, with no role or form of address, whose gender only its being a given name too can say)
    const bare = parts.length === 1 && !c.role && c.mention === c.name;
    // (of two, the one the text named last: "Anna Berger … Max Berger … so Berger" is Max Berger)
    const earlier = newest(this.people, (p) => {
      const xs = nameParts(p.name);
      if (p.name === c.name || !parts.every((w) => xs.includes(w))) return false;
      // (a surname of the other gender is another person of the family: "Ms Reyes" after "Tom Reyes";
      // not a surname that is a given name too: "Falk" after "Lea Falk")
      if (c.gender && p.gender && c.gender !== p.gender && !(bare && xs.at(-1) === c.name)) return false;
      return !(c.modifier && parts.length === 1 && xs.length > 1);
    });
    // ("Talbex has unveiled a phone. A Talbex spokeswoman said": a name before a head is no person's the
    // head is, whatever a lone word was taken for before)
    if (c.modifier && same && !earlier && same.type === 'person') {
      this.mention(same);
      return { resolved: null, type: c.type };
    }
    if (same && !earlier && (c.type === 'person' || c.type === 'other')) {
      this.mention(same);
      return { resolved: null, type: same.type };
    }
    if (earlier) {
      // what a short mention tells about the person counts for the full name too (not the gender of a
      // bare word: "Falk" says nothing of Lea Falk's)
      learn(earlier, bare && earlier.gender ? { ...c, gender: undefined } : c);
      this.mention(earlier);
      const type =
        earlier.capacity || c.type === 'person' || c.type === 'other' || c.byTitle || upgrades(c.type, earlier.type)
          ? earlier.type
          : c.type;
      return { resolved: earlier.name, type };
    }
    // a fuller name for a person known by the surname alone ("Kahl" … "Tom Kahl") keeps what was known
    const shorter = same ? null : this.people.find((p) => this.holdsSurname(parts, p, c.gender) && !otherBody(p));
    // (a body whose name ends in a feminine noun is no "er": "laut der Talberger Zeitung"; nor one a feminine
    // or plural article opens: "Die Gewerkschaft Unia", "Die Firma Talbex")
    const bodyGender =
      !c.gender &&
      c.type !== 'person' &&
      (this.feminineName(c.name) || (!!c.mention && BODY_TYPES.has(c.type) && this.feminine(c.mention)));
    const gender = c.gender ?? (bodyGender ? 'f' : undefined);
    const entry = same ?? {
      name: c.name,
      type: shorter && !c.capacity && upgrades(c.type, shorter.type) ? shorter.type : c.type,
      ...(c.capacity ? { capacity: true as const } : {}),
      ...(gender ? { gender } : {}),
      ...(bodyGender ? { bodyGender: true as const } : {}),
      ...(c.party ? { party: c.party } : {}),
    };
    if (!same) {
      this.people.push(entry);
      bound(this.people);
    }
    if (c.role) (entry.roles ??= []).push(roleId(c)!);
    if (c.alsoRole) (entry.roles ??= []).push(c.alsoRole);
    if (c.mention) entry.mention = c.mention;
    if (c.institution) entry.institution = true;
    // one capitalised word that nothing says is a person ("Debatten", "Umso" opening a sentence) is
    // kept for a later mention of the same word, but a pronoun does not point to it
    // (nor one word before a person's noun, a place's or a club's, not a possessive: "the Talbury fan
    // explained" is no person named Talbury)
    const weak =
      (!speaks && !c.role && !c.gender && !!c.guessed && parts.length === 1) ||
      (!!c.modifier && parts.length === 1 && c.type === 'person' && !POSSESSIVE_S.test(c.mention ?? ''));
    if (weak && !same) entry.weak = true;
    this.mention(entry, weak);
    return { resolved: null, type: entry.capacity || shorter ? entry.type : c.type };
  }

  /**
   * "Talbex CEO Tom Kahl": the name before a company officer's role is a firm's; an entry by that name
   * that nothing typed yet becomes the company (and rows that named it take the type in `lateRoles`).
   */
  private noteFirm(name: string): void {
    this.firms.add(name);
    const p = this.people.find((x) => x.name === name);
    if (p && (p.type === 'person' || p.type === 'other') && !p.roles?.length && !p.gender) {
      p.type = 'company';
      p.institution = true;
    }
  }

  /** Whether a known entry is a shorter name of the same person: its words are in `parts`, its last word last. */
  private holdsSurname(parts: readonly string[], p: PersonEntry, gender?: 'm' | 'f'): boolean {
    const xs = nameParts(p.name);
    return (
      xs.length < parts.length &&
      xs[xs.length - 1] === parts[parts.length - 1] &&
      xs.every((w) => parts.includes(w)) &&
      !(gender && p.gender && gender !== p.gender)
    );
  }

  /**
   * "Tom Kahl von der Talbex-Bank … erklärt der Experte": a person named with no role of their own (a firm
   * or a place at most), whom the text then calls by a role of `type`, speaks in that capacity (the firm
   * says where they work). True when the person is known and now of that type.
   */
  calledBy(name: string, type: SourceType): boolean {
    const p = this.people.find((x) => x.name === name);
    if (!p || p.roles?.length || p.capacity || (p.type !== 'person' && p.type !== 'company' && p.type !== 'other'))
      return false;
    p.type = type;
    return true;
  }

  /**
   * "Max Muster hat … Der Bundespräsident teilte …": the person named `name`, known with no role yet,
   * takes the office a following definite mention speaks of; false when there is no such person.
   */
  adoptRole(name: string, role: string, type: SourceType, gender?: 'm' | 'f'): boolean {
    const parts = nameParts(name);
    const p = this.people.find((x) => parts.every((w) => nameParts(x.name).includes(w)));
    if (!p || (p.type !== 'person' && p.type !== 'other') || p.roles?.length) return false;
    // (a role of the other gender is someone else's: "Tom Kahl … Die Ministerin sagte")
    if (gender && p.gender && gender !== p.gender) return false;
    p.type = type;
    p.roles = [role];
    this.mention(p);
    return true;
  }

  /**
   * "Strava announced … The company says": the body a definite noun of its kind points back to, when
   * the source mentioned last is a lone word that nothing typed and that `spoke` says was a source
   * (German capitalises every noun: a lone word alone is no name); it takes the noun's type. Null when
   * the last mention is anyone else.
   */
  adoptBody(type: SourceType, spoke: (name: string) => boolean): { name: string; type: SourceType } | null {
    // (the last mention of all: a body named since is what the noun means, if anything)
    const last = this.people.find((p) => p.at === this.clock);
    if (
      !last ||
      nameParts(last.name).length > 1 ||
      last.gender ||
      // (nothing typed it, or it was typed of that kind already: "Talbex, the world's biggest toymaker, said")
      (last.type !== 'person' && last.type !== 'other' && last.type !== type) ||
      !spoke(last.name)
    )
      return null;
    last.type = type;
    this.mention(last);
    return last;
  }

  /**
   * The source named last whose mention ends in `head` ("Die Deutsche Bahn" for "die Bahn",
   * "Talbury Flood Agency" for "the agency"), taken as mentioned again; null when none does. A
   * document's mention counts only when the noun is one (`document`: "die Studie", not "die Polizei").
   */
  byHead(head: string, document: boolean): { name: string; type: SourceType } | null {
    const found = this.latest([...this.people, ...this.bodies], (p) => {
      // (a body is not a document that ends in its name: "die Polizei" is not "einer Mitteilung der Polizei")
      if (p.type === 'document' && !document) return false;
      // (words of a name before it, not an adjective: "the previous Government" is no name of "the government")
      const words = (p.mention ?? p.name).split(/[\s-]+/);
      const last = words[words.length - 1]!.toLowerCase();
      // (or a compound that ends in it: "der Verband" after "Der Handelsverband", also the word before
      // a name's last, a place: "die Kammer" after "die Apothekerkammer Talberg")
      const endsIn = (w: string) => w.length >= head.length + MIN_COMPOUND_PART && w.endsWith(head);
      if (
        p.type !== 'person' &&
        (endsIn(last) || (words.length >= 2 && endsIn(words[words.length - 2]!.toLowerCase())))
      )
        return true;
      return words.length > 1 && last === head && /^[\p{Lu}\d]/u.test(words[words.length - 2]!);
    });
    // (named by the whole mention: "Deutsche Bahn", not the name part "Deutsche")
    return found && { name: this.dropNominative(found.mention ?? found.name), type: found.type };
  }

  /**
   * The one body of this type the text named by a name of its own ("die Talbex AG", "Talbex Inc."), for a
   * noun that names it by its kind alone ("der Konzern", "the company"), taken as mentioned again; null when
   * the text named none or more than one.
   */
  byKind(type: SourceType): { name: string; type: SourceType } | null {
    // (named by words of its own beside the noun of its kind: "Talbex AG", "FC Talberg", "Landratsamt Talberg")
    // (or a title in quotation marks, a name of its own whatever its words: "der „Talo-Kurier“")
    const named = (e: { name: string; type: SourceType; mention?: string }) => {
      const name = this.dropArticle(e.mention ?? e.name);
      return e.type === type && (nameParts(name).length > 1 || QUOTED_TITLE.test(name));
    };
    // (a body among the names: one known as a body, or one of no gender but a body's, which a person's role or
    // given name gives)
    const bodies = [...this.people.filter((p) => p.institution || !p.gender || p.bodyGender), ...this.bodies];
    // (only the one body of its type the text named: with two, "the company" may be either)
    if (bodies.filter(named).length !== 1) return null;
    const body = this.latest(bodies, named);
    // (named by the whole mention, as `byHead` names it: "Landratsamt Talberg", not "Talberg")
    return body && { name: this.dropNominative(body.mention ?? body.name), type: body.type };
  }

  /**
   * The person last mentioned who was introduced with this role ("Bürgermeisterin Anna Roth" …
   * "die Bürgermeisterin"), and of this party if one is given, taken as mentioned again; null when nobody was.
   */
  byRole(role: string, party?: string): PersonEntry | null {
    // (of the party the mention says, where both are known: "der SPD-Politiker" is not the CDU politician named last)
    return this.latest(
      this.people,
      (p) => !!p.roles?.some((r) => sameRole(r, role)) && !(party && p.party && p.party !== party),
    );
  }

  /** Of the entries that pass `test`, the one mentioned last, taken as mentioned again. */
  private latest<E extends { name: string; type: SourceType; at?: number; mention?: string; roles?: string[] }>(
    entries: readonly E[],
    test: (e: E) => boolean,
  ): E | null {
    const best = newest(entries, test);
    if (best) this.mention(best);
    return best;
  }

  /**
   * Whether the article named `name` as someone it says something of: by a type, a gender or a role (not
   * a capitalised word nothing typed, "Talbex" in a headline).
   */
  knowsAsSomeone(name: string): boolean {
    return this.knows(
      name,
      (x) => (x.type !== 'person' && x.type !== 'other') || !!x.gender || !!x.roles?.length || !!x.capacity,
    );
  }

  /** Whether the article named a private person of a known gender whose name holds every part of `name` ("Roth" for "Lea Roth"). */
  knowsPerson(name: string): boolean {
    return this.knows(name, (x) => x.type === 'person' && !!x.gender);
  }

  /**
   * Whether the article named a person whose name holds every part of `name` ("Roth" for "Eva Roth"), one
   * that passes `test` where it is given.
   */
  knows(name: string, test: (p: PersonEntry) => boolean = () => true): boolean {
    const parts = nameParts(name);
    return this.people.some((x) => parts.every((w) => nameParts(x.name).includes(w)) && test(x));
  }

  /**
   * Whether `word` is the surname of a person the article named by given name and surname ("Richter"
   * after "Anna Richter"): a lone word a language reads as a role or a body is that person.
   */
  isSurname(word: string, givenName: (name: string) => boolean = () => false): boolean {
    return this.people.some((x) => {
      const xs = nameParts(x.name);
      // (of a person named with a given name: one whose gender it tells, or `givenName` says it is one)
      return xs.length > 1 && xs[xs.length - 1] === word && (!!x.gender || givenName(x.name));
    });
  }

  /**
   * Whether `name` is one person's or one body's, by a full name or a gender ("Jana Roth", "Deutsche
   * Bahn"), not a group's noun taken for a name ("Familienmitglieder") nor a party ("die Grünen").
   */
  isOne(name: string): boolean {
    return this.people.some((x) => x.name === name && (!!x.gender || nameParts(x.name).length > 1));
  }

  /** The party the person named `name` was named with, if any. */
  partyOf(name: string): string | undefined {
    return this.people.find((p) => p.name === name)?.party;
  }

  /** The type known by the end for a person named `name` (or a fuller name holding it), if more than "person". */
  typeOf(name: string): SourceType | null {
    const parts = nameParts(name);
    // every entry for the same person: the name itself, fuller names holding it, shorter ones it holds
    // (a shorter name is the same person's when it ends the name, as a surname does: "Talbury" in
    // "Talbury MP" says nothing of "Talbury Live")
    const same = this.people.filter((x) => {
      const xs = nameParts(x.name);
      return (
        parts.every((w) => xs.includes(w)) ||
        (xs.every((w) => parts.includes(w)) && xs[xs.length - 1] === parts[parts.length - 1])
      );
    });
    let best: SourceType | null = null;
    for (const x of same) if (best ? upgrades(best, x.type) : x.type !== 'person' && x.type !== 'other') best = x.type;
    return best;
  }

  /** What a pronoun could point to now (see `pronoun`): kept for a pronoun that stands before mentions read later. */
  view(): MemoryView {
    return { last: this.last, lastPerson: this.lastPerson, lastBody: this.lastBody, clock: this.clock };
  }

  /**
   * Whom a pronoun most likely points to: the last named source ("er", "sie", "they"), the last
   * person ("he", "she") or the last body ("it"); with `view`, of the sources named by then.
   */
  pronoun(
    kind: 'any' | 'person' | 'body' = 'any',
    not?: 'm' | 'f',
    view: MemoryView = this.view(),
    singular = false,
  ): Referent | null {
    const { lastPerson, lastBody, clock } = view;
    // (a group of people is what a plural pronoun points to: not "er", "she", nor "sie" with a singular verb)
    const last: Referent | null = singular && view.last?.group ? lastPerson : view.last;
    // a pronoun of the other gender than the person named last ("erzählt sie" after "US-Präsident Tom
    // Kahl", "she" after "Harry Talbury"): the person named before whose gender fits
    // (known as a person: of a gender, with a role or by a full name; not a lone capitalised word)
    const fits = (p: PersonEntry) =>
      (p.at ?? 0) <= clock &&
      p.gender !== not &&
      !p.weak &&
      !p.institution &&
      !ACRONYM_NAME.test(p.name) &&
      (!!p.gender || !!p.roles?.length || (!BODY_ONLY_TYPES.has(p.type) && /\s/.test(p.name)));
    if (kind === 'person')
      return not && lastPerson?.gender === not ? this.latest(this.people, fits) : this.again(lastPerson);
    // ("A spokesperson for Talbex said … It added": a person is no "it"; the body named last is)
    if (kind === 'body')
      return (
        lastBody ??
        (last && last === lastPerson
          ? (this.latest(this.people, (p) => (p.at ?? 0) <= clock && !p.gender && BODY_ONLY_TYPES.has(p.type)) ?? last)
          : last)
      );
    if (not && last?.gender === not) return this.latest(this.people, fits);
    // ("Russland erklärte … Er sagte": a state known by a name of one word is no "er"; the person named before is)
    if (not === 'f' && last && this.isStateName(last))
      return this.latest(this.people, (p) => fits(p) && !this.isStateName(p));
    // ("One patient said …" … "they": no one private person)
    if (!not && last?.before !== undefined) return this.again(last.before);
    // ("Die Polizei sperrte die Straße. Sie teilte mit …": with nobody named, a pronoun of a body's gender
    // means the body that opened the sentence before)
    if (!last && not && lastBody?.gender && lastBody.gender !== not) return lastBody;
    return this.again(last);
  }

  /** Whether an entry is a state or a place known by a name of one word ("Russland"): of government, no gender, no role. */
  private isStateName(e: Referent): boolean {
    const p = e as PersonEntry;
    return p.type === 'government' && !p.gender && !p.roles?.length && !/\s/.test(p.name);
  }

  /**
   * A pronoun of a person's gender ("he", "she") pointed to a person of no known gender: the person is of
   * that gender, and a pronoun of the other no longer points to them ("She told us he announced …").
   */
  learnGender(e: Referent, gender: 'm' | 'f'): void {
    const p = this.people.find((x) => x === e);
    if (p && !p.gender && !p.institution && !BODY_ONLY_TYPES.has(p.type)) p.gender = gender;
  }

  /** Mentions a person a pronoun pointed to again, so that the next pronoun means them (see `pronoun`). */
  keep(e: Referent): void {
    this.again(e);
  }

  /** A person a pronoun points to is mentioned again (the subject of a sentence stays the one a later pronoun means). */
  private again<E extends { name: string; type: SourceType }>(e: E | null): E | null {
    if (e && this.people.includes(e as PersonEntry)) this.mention(e as PersonEntry);
    return e;
  }

  /**
   * Notes a source mentioned without a personal name: an institution ("it", "sie"), or as `person` one
   * person named by an office or role ("the US President" … "He", "Ein Bahnsprecher" … "er", of the
   * role's `gender`); `anonymous` when nobody is identified ("a police spokeswoman" … "she": the pronoun
   * stays unnamed); `bodyOnly`, a body that opened a sentence without speaking, for "it" alone.
   */
  noteBody(mention: string, type: SourceType, how: NoteHow = {}): void {
    // ("die Bahn" is no "er")
    const gender =
      how.gender ?? (this.feminine(mention) || (!how.person && this.feminineName(mention)) ? 'f' : undefined);
    const entry = {
      name: mention,
      type,
      ...(gender ? { gender } : {}),
      ...(how.anonymous ? { anonymous: true as const } : {}),
      ...(how.one ? { before: this.last } : {}),
      ...(how.group ? { group: true as const } : {}),
    };
    // (one unnamed person is no institution a later spokesperson speaks for)
    if (INSTITUTION_TYPES.has(type) && !how.anonymous && !how.roleOnly) this.lastInstitution = type;
    if (how.group) {
      this.last = entry;
      return;
    }
    // (a body that only opened a sentence is what "it" points to, not "er", "sie" or "they")
    if (how.bodyOnly) {
      this.lastBody = entry;
      this.namedBodyLast = false;
      return;
    }
    if (!how.inside) this.last = entry;
    if (!how.person) {
      const name = this.dropArticle(mention);
      // a body named again is one entry, mentioned anew
      const known = this.bodies.find((b) => b.name === name && b.type === type);
      if (known) known.at = ++this.clock;
      else this.bodies.push({ name, type, at: ++this.clock });
      bound(this.bodies);
    }
    if (how.person) this.lastPerson = entry;
    else {
      this.lastBody = entry;
      this.namedBodyLast = false;
    }
  }
}
