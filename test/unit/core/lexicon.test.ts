import { describe, expect, it } from 'vitest';
import { anyIn, caseless, lowered, wordMatches } from '../../../src/core/lexicon/index.js';

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
