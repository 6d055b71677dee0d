/**
 * German determiners, in one place: the articles by case, the words that open an indefinite or a
 * definite mention, and everything that may open a noun phrase. The noun phrases (np.ts), the
 * classification (classify.ts) and the grammar (grammar.ts) read them from here.
 */

/** Articles of the genitive: "des Ministeriums", "einer Sprecherin", "seines Ministeriums", "ihrer Partei". */
export const GENITIVE_ARTICLES: ReadonlySet<string> = new Set([
  'des',
  'der',
  'eines',
  'einer',
  'seines',
  'seiner',
  'ihres',
  'ihrer',
]);

/** Articles and determiners that cannot open a subject: dative and accusative forms. */
export const NON_NOMINATIVE: ReadonlySet<string> = new Set([
  'dem',
  'den',
  'einem',
  'einen',
  'des',
  'eines',
  // the -em and -en forms of the other determiners: "Diesen Plan nennt der Offizier …", "Seinem Team dankte er"
  ...['dies', 'jen', 'sein', 'ihr', 'unser', 'kein', 'welch', 'solch'].flatMap((d) => [d + 'em', d + 'en']),
]);

/** Words that open a phrase in the nominative, never in the dative: "ein Zeuge", "eine Sprecherin", "die Polizei". */
export const NOMINATIVE_OPENERS: ReadonlySet<string> = new Set([
  'ein',
  'eine',
  'die',
  'das',
  'kein',
  'keine',
  'mehrere',
  'zwei',
  'drei',
]);

/** Words that open a definite mention: the definite articles and the possessives of a third person. */
export const DEFINITE: ReadonlySet<string> = new Set([
  'der',
  'die',
  'das',
  'des',
  'dem',
  'den',
  'sein',
  'seine',
  'ihr',
  'ihre',
]);

/** The possessives of a third person and of "we", in every case: "ihrem Ministerium", "seiner Partei", "unserem Verband". */
export const POSSESSIVE_FORMS: ReadonlySet<string> = new Set(
  ['sein', 'ihr', 'unser'].flatMap((p) => [p, p + 'e', p + 'em', p + 'en', p + 'er', p + 'es']),
);

/** Demonstratives: "diese Regeln", "jener Mann". A name takes none, so the noun after one is a common noun. */
export const DEMONSTRATIVE: ReadonlySet<string> = new Set(
  ['dies', 'jen', 'solch'].flatMap((d) => [d + 'er', d + 'e', d + 'es', d + 'em', d + 'en']),
);

/** Words that deny what they open: "kein Thema", "keine Frage" refer to nobody. */
export const NEGATIVE: ReadonlySet<string> = new Set(['kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines']);

/** Words that open an indefinite mention: "ein Sprecher", "mehrere Zeugen", "Hunderte Menschen". */
export const INDEFINITE: ReadonlySet<string> = new Set(
  'ein eine einer eines einem einen mehrere einige etliche viele zahlreiche manche andere wenige zwei drei vier fünf hunderte tausende dutzende'.split(
    ' ',
  ),
);

/** The pronouns of a group one or some are of, after "von": "Einer von ihnen", "Viele von uns". */
export const GROUP_PRONOUNS: ReadonlySet<string> = new Set(['ihnen', 'uns', 'euch']);

/** "einer", "eine", "eines" … before "der" and a plural: one of a group ("einer der Demonstranten"). */
export const PARTITIVE_ONE: ReadonlySet<string> = new Set(['einer', 'eine', 'eines', 'einem', 'einen']);

/** Everything that may open a noun phrase before its adjectives and nouns. */
export const DETERMINERS: ReadonlySet<string> = new Set(
  (
    'der die das des dem den ein eine einer eines einem einen sein seine seiner seines seinem seinen ihr ihre ' +
    'ihrer ihres ihrem ihren dessen deren dieser diese dieses diesem diesen jener jene mehrere einige viele ' +
    'zahlreiche alle beide zwei drei vier fünf sechs sieben acht neun zehn zwölf hunderte tausende dutzende'
  ).split(' '),
);

/** Numbers of more than one before a noun, which make it plural: "zwei", "drei", "12". */
export const PLURAL_NUMBER = /^(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|\d*[02-9]|\d+\d)$/;

/**
 * Prepositions fused with a definite article ("im", "vom", "zur"), each with its article: the word after one is a
 * common noun, as after an article ("im Umfeld des Klubs"), never a person's name.
 */
export const FUSED_ARTICLES: ReadonlyMap<string, string> = new Map([
  ['im', 'dem'],
  ['am', 'dem'],
  ['beim', 'dem'],
  ['vom', 'dem'],
  ['zum', 'dem'],
  ['zur', 'der'],
  ['ins', 'das'],
  ['ans', 'das'],
]);

/** Words that join the words of an institution's name in English ("Department of Harbours"), as written: no German word. */
export const ENGLISH_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'and']);
