// Words and punctuation of a sentence (src/core/tokens.ts).
import { describe, expect, it } from 'vitest';
import { countWords, tokenize } from '../../../src/core/tokens.js';

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

  it('gives a possessive apostrophe after s to its word, not a closing quote', () => {
    expect(texts('the Talbury Farmers’ Union')).toEqual(['the', 'Talbury', 'Farmers’', 'Union']);
    expect(texts("Kahls' Plan")).toEqual(["Kahls'", 'Plan']);
    // (no word after it: a closing mark)
    expect(texts('‘the farmers’ ')).toEqual(['‘', 'the', 'farmers', '’']);
    expect(texts('the farmers’ 42')).toEqual(['the', 'farmers', '’', '42']);
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
});
