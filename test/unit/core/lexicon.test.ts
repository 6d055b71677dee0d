import { describe, expect, it } from 'vitest';
import { anyIn, caseless, lowered, perWord, wordMatches, type Lexicon } from '../../../src/core/lexicon/index.js';
import { tokenize } from '../../../src/core/tokens.js';

describe('caseless prefilters', () => {
  it('lower the letters of a pattern and keep its escapes', () => {
    expect(caseless('Nach (?:Angaben|Worten)\\s+\\S')).toBe('nach (?:angaben|worten)\\s+\\S');
    // (a capital or small letter is any letter on lowered text; other classes stay)
    expect(caseless('aus \\p{Lu}[\\p{L}-]*s \\p{N}')).toBe('aus \\p{L}[\\p{L}-]*s \\p{N}');
  });
  it('find on the lowered sentence what the pattern finds without regard to case', () => {
    const quick = new RegExp(caseless('nach Angaben'), 'gu');
    const exact = new RegExp('(?<![\\p{L}])nach Angaben(?![\\p{L}])', 'iuy');
    const text = 'NACH ANGABEN der Stadt, sagte sie, und nach angaben des Landes.';
    const found = [...wordMatches(text, lowered(text), quick, exact)].map((m) => [m.index, m[0]]);
    expect(found).toEqual([
      [0, 'NACH ANGABEN'],
      [39, 'nach angaben'],
    ]);
    expect(anyIn(new RegExp(caseless('Zufolge'), 'u'), 'Berichten ZUFOLGE', lowered('Berichten ZUFOLGE'))).toBe(true);
  });
  it('fall back to the text as it stands where lowering moves characters', () => {
    // ("İ" lowers to two characters: the places would shift)
    const text = 'İstanbul: laut Polizei ruhig.';
    expect(lowered(text)).toBeNull();
    const quick = new RegExp(caseless('LAUT'), 'gu');
    const exact = new RegExp('laut(?![\\p{L}])', 'iuy');
    expect([...wordMatches(text, null, quick, exact)].map((m) => m.index)).toEqual([text.indexOf('laut')]);
    expect(anyIn(new RegExp(caseless('Polizei'), 'u'), text, null)).toBe(true);
  });
});

describe('perWord', () => {
  const lexA = {} as Lexicon;
  const lexB = {} as Lexicon;
  const word = (text: string) => tokenize(text)[0]!;
  it('computes a word once per lexicon, by its lower case', () => {
    let calls = 0;
    const f = perWord((t) => (calls++, t.text));
    expect(f(word('Hafen'), lexA)).toBe('Hafen');
    // (the same word in other capitals: the answer kept for its lower case)
    expect(f(word('hafen'), lexA)).toBe('Hafen');
    expect(calls).toBe(1);
    // (another lexicon: computed again)
    expect(f(word('hafen'), lexB)).toBe('hafen');
    expect(calls).toBe(2);
  });
  it('keeps answers apart by the word as written where capitals matter, a falsy answer too', () => {
    let calls = 0;
    const f = perWord((t) => (calls++, t.cap ? null : t.lower), undefined, 'text');
    expect(f(word('Rose'), lexA)).toBeNull();
    expect(f(word('Rose'), lexA)).toBeNull();
    expect(f(word('rose'), lexA)).toBe('rose');
    expect(calls).toBe(2);
  });
  it('starts afresh when full', () => {
    let calls = 0;
    const f = perWord((t) => (calls++, t.lower.length), 2);
    for (const w of ['eins', 'zwei', 'drei', 'vier', 'eins']) f(word(w), lexA);
    // (three kept at most before the cache is cleared: "eins" is computed twice)
    expect(calls).toBe(5);
  });
});
