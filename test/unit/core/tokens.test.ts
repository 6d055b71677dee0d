// Words and punctuation of a sentence (src/core/tokens.ts).
import { describe, expect, it } from 'vitest';
import { countWords, firstTokenFrom, isAcronym, tokenize, tokenStartingAt } from '../../../src/core/tokens.js';
import { mentionsAgency } from '../../../src/core/agencies.js';
import { complementAfter, pastFillers } from '../../../src/core/phrase.js';

const texts = (s: string) => tokenize(s).map((t) => t.text);

describe('tokens', () => {
  it('keeps joined words whole and sets punctuation apart', () => {
    expect(texts('„Das ist Müller-Lüdenscheidts Plan“, sagte Anna Berger.')).toEqual([
      '„',
      'Das',
      'ist',
      'Müller-Lüdenscheidts',
      'Plan',
      '“',
      ',',
      'sagte',
      'Anna',
      'Berger',
      '.',
    ]);
    expect(texts("It’s the U.S. plan, isn't it?")).toEqual([
      'It’s',
      'the',
      'U.S',
      '.',
      'plan',
      ',',
      "isn't",
      'it',
      '?',
    ]);
  });

  it('reads a hyphen between spaces as a dash, and one in a word or a cut compound as a hyphen', () => {
    expect(texts('Hafen gesperrt - Stadt dementiert')).toEqual(['Hafen', 'gesperrt', '–', 'Stadt', 'dementiert']);
    expect(texts('Staats- und Armeeführung')).toEqual(['Staats', '-', 'und', 'Armeeführung']);
  });

  it('keeps a plus or two that end a name in the word, not one between digits or letters', () => {
    expect(texts('the LGBTQ+ community')).toEqual(['the', 'LGBTQ+', 'community']);
    expect(texts('Disney+, C++ and Talbex+.')).toEqual(['Disney+', ',', 'C++', 'and', 'Talbex+', '.']);
    expect(texts('1+1')).toEqual(['1', '+', '1']);
    expect(texts('A+B')).toEqual(['A', '+', 'B']);
  });

  it('joins two capitalised parts of a name by an ampersand into one word, nothing else', () => {
    expect(texts('der Verband Haus & Grund teilte mit')).toEqual(['der', 'Verband', 'Haus & Grund', 'teilte', 'mit']);
    expect(texts('Talbex & Co. KG')).toEqual(['Talbex & Co', '.', 'KG']);
    expect(texts('Shares in AT&T fell')).toEqual(['Shares', 'in', 'AT&T', 'fell']);
    expect(texts('Kahl & Roth & Partner')).toEqual(['Kahl & Roth & Partner']);
    // (not a lower-case part, nor one set off by more than a space, nor a loose ampersand)
    expect(texts('Kahl & friends')).toEqual(['Kahl', '&', 'friends']);
    expect(texts('rock & Roll')).toEqual(['rock', '&', 'Roll']);
    expect(texts('Kahl  & Roth')).toEqual(['Kahl', '&', 'Roth']);
    expect(texts('Kahl &')).toEqual(['Kahl', '&']);
  });

  it('gives a possessive apostrophe after s to its word, not a closing quote', () => {
    expect(texts('the Talbury Farmers’ Union')).toEqual(['the', 'Talbury', 'Farmers’', 'Union']);
    expect(texts("Kahls' Plan")).toEqual(["Kahls'", 'Plan']);
    // (no word after it: a closing mark)
    expect(texts('‘the farmers’ ')).toEqual(['‘', 'the', 'farmers', '’']);
    expect(texts('the farmers’ 42')).toEqual(['the', 'farmers', '’', '42']);
  });

  it('reads a ‘ typed between two letters as an apostrophe, and a ‘ before or after a word as a quotation mark', () => {
    expect(texts('Tom Kahl‘s mom')).toEqual(['Tom', 'Kahl‘s', 'mom']);
    expect(tokenize('Kahl‘s')[0]!.lower).toBe('kahl’s');
    expect(texts('der ‚Plan‘ sei')).toEqual(['der', '‚', 'Plan', '‘', 'sei']);
    expect(texts('‘Hello‘')).toEqual(['‘', 'Hello', '‘']);
  });

  it('keeps a word in gender-inclusive spelling whole and looks it up without its mark', () => {
    expect(texts('Die Nutzer:innen, Expert*innen und Lehrer_innen')).toEqual([
      'Die',
      'Nutzer:innen',
      ',',
      'Expert*innen',
      'und',
      'Lehrer_innen',
    ]);
    expect(tokenize('Sprecher·in')[0]!.lower).toBe('sprecherin');
    // (a mark that does not stand between two lower-case letters stays apart, and so does what follows it;
    // a colon between digits is a time's, see "numbers")
    expect(texts('Nutzer: Innen 10:30 Nutzer:innen:')).toEqual(['Nutzer', ':', 'Innen', '10:30', 'Nutzer:innen', ':']);
    expect(tokenize('Nutzer:innen:')[1]!.lower).toBe(':');
  });

  it('reads a word with a soft hyphen or a zero-width joiner in it as the word, and one before it as a space', () => {
    const [t, dot] = tokenize('Sonnen\u00adblumen\u00ad.');
    expect(t!.text).toBe('Sonnenblumen');
    expect(t!.lower).toBe('sonnenblumen');
    // (the offsets stay those of the text: a highlight covers the characters on the page)
    expect([t!.start, t!.end]).toEqual([0, 13]);
    expect(dot!.text).toBe('.');
    expect(texts('meinte \u00adTalberg')).toEqual(['meinte', 'Talberg']);
    expect(tokenize('\ufeffDer Rat')[0]!.start).toBe(1);
    expect(texts('Lea\u200dRoth')).toEqual(['LeaRoth']);
  });

  it('keeps a word in decomposed form whole and looks it up composed', () => {
    const [t] = tokenize('erwa\u0308hnt');
    expect(t!.text).toBe('erwa\u0308hnt');
    expect(t!.lower).toBe('erwähnt');
  });

  it('reads characters beyond the basic plane: an emoji is punctuation, a mathematical letter a word', () => {
    expect(tokenize('gut 🙂 so').map((t) => [t.text, t.word])).toEqual([
      ['gut', true],
      ['🙂', false],
      ['so', true],
    ]);
    expect(texts('𝐀bc')).toEqual(['𝐀bc']);
    expect(texts('a\ud800b')).toEqual(['a', '\ud800', 'b']);
  });

  it('marks capitals, words, offsets and quoted tokens', () => {
    const tokens = tokenize('Er sagte: „Nein.“', (o) => o > 10 && o < 16);
    expect(tokens.map((t) => [t.text, t.start, t.end, t.cap, t.word, t.quoted])).toEqual([
      ['Er', 0, 2, true, true, false],
      ['sagte', 3, 8, false, true, false],
      [':', 8, 9, false, false, false],
      ['„', 10, 11, false, false, false],
      ['Nein', 11, 15, true, true, true],
      ['.', 15, 16, false, false, true],
      ['“', 16, 17, false, false, false],
    ]);
  });

  it('counts the words tokenize finds', () => {
    for (const s of ['', '   ', '„Das ist es“, sagte sie.', 'the Farmers’ Union 🙂 42 U.S.', 'erwa\u0308hnt — 3,5 %'])
      expect(countWords(s)).toBe(tokenize(s).filter((t) => t.word).length);
  });

  it('finds the token at an offset by a binary search', () => {
    const ts = tokenize('Laut Anna Berger, so hieß es, stieg der Pegel.');
    for (let o = 0; o <= 48; o++) {
      expect(firstTokenFrom(ts, o)).toBe(((k) => (k < 0 ? ts.length : k))(ts.findIndex((t) => t.start >= o)));
      expect(tokenStartingAt(ts, o)).toBe(ts.findIndex((t) => t.start === o));
    }
    expect(firstTokenFrom([], 3)).toBe(0);
  });
});

describe('numbers', () => {
  it('keep a comma between digits inside them ("3,000", "3,5"), not one before a space', () => {
    expect(tokenize('About 3,000 jobs, or 3,5 Prozent, went in 2019, 300 of them here.').map((t) => t.text)).toEqual([
      'About',
      '3,000',
      'jobs',
      ',',
      'or',
      '3,5',
      'Prozent',
      ',',
      'went',
      'in',
      '2019',
      ',',
      '300',
      'of',
      'them',
      'here',
      '.',
    ]);
  });

  it('keep a colon between digits inside a score or a time ("2:1-Sieg", "14:30"), not a clause’s colon', () => {
    expect(tokenize('Nach dem 2:1-Sieg um 14:30 Uhr: Jubel.').map((t) => t.text)).toEqual([
      'Nach',
      'dem',
      '2:1-Sieg',
      'um',
      '14:30',
      'Uhr',
      ':',
      'Jubel',
      '.',
    ]);
  });
});

describe('agency mentions', () => {
  it('need a whole word in the strict test and any substring in the loose one', () => {
    expect(mentionsAgency('Berlin (dpa) - Der Pegel stieg.')).toBe(true);
    expect(mentionsAgency('Von AFP und dpa-AFX')).toBe(true);
    // "dpa-AFXy" is no agency, but the "dpa" before its hyphen is one
    expect(mentionsAgency('dpa-AFXy')).toBe(true);
    expect(mentionsAgency('Das Kapitel über Reutersfeld')).toBe(false);
    expect(mentionsAgency('Das Kapitel über Reutersfeld', true)).toBe(true);
    expect(mentionsAgency('Ein Text ohne jede Nennung')).toBe(false);
  });
});

describe('pastFillers and complementAfter (phrase.ts)', () => {
  const words = {
    copulas: new Set(['ist', 'war']),
    leading: new Set(['leitet']),
    fillers: new Set(['seit', 'nun']),
    spans: new Set(['von', 'bis', 'im']),
    ends: new Set(['und']),
    durations: { counts: new Set(['zehn', 'über']), units: new Set(['jahre', 'jahren']), closing: new Set(['lang']) },
  };
  it('passes over adverbs, numbers and a time span before the complement', () => {
    const tokens = tokenize('Kahl war von 2011 bis 2019 Chef der Firma und Trainer.');
    expect(pastFillers(tokens, 2, tokens.length, words)).toBe(6);
    const c = complementAfter(tokens, 1, words)!;
    expect(tokens.slice(c.from, c.to).map((t) => t.text)).toEqual(['Chef', 'der', 'Firma']);
    expect(c.leading).toBe(false);
  });
  it('stops at the end it is given and reads nothing after a word that is no copula', () => {
    const tokens = tokenize('Roth ist seit 2019 nun Ärztin.');
    expect(pastFillers(tokens, 2, 4, words)).toBe(4);
    expect(complementAfter(tokens, 0, words)).toBeNull();
  });
  it('passes over a span of time: counting words, a unit and its closing word, or a unit alone', () => {
    const tokens = tokenize('Kahl war zehn Jahre lang Chef, seit Jahren Trainer und über zehn Kinder Vater.');
    expect(pastFillers(tokens, 2, tokens.length, words)).toBe(5);
    expect(pastFillers(tokens, 7, tokens.length, words)).toBe(9);
    // (counting words with no unit after them are the complement's)
    expect(pastFillers(tokens, 11, tokens.length, words)).toBe(11);
  });
});

describe('isAcronym', () => {
  it.each(['NDB', 'GMB', 'BfV', 'GdP', 'GSoA'])('takes %s for the short form of a name', (w) =>
    expect(isAcronym(w)).toBe(true),
  );
  it.each(['EU', 'McCarthy', 'DeSantis', 'Talbex', 'YouTube', 'iPhone', 'BaFin'])('not %s', (w) =>
    expect(isAcronym(w)).toBe(false),
  );
});
