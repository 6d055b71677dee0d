// Quotation spans of a block (findQuotes): the marks of German and English, and straight single
// quotes told apart from apostrophes. Sentences the team wrote.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/core/tokens.js';
import { SENTENCE_END } from '../../../src/core/attribution/context.js';

const quoted = (text: string) => findQuotes(text).map((q) => text.slice(q.open + 1, q.close));

describe('findQuotes', () => {
  it.each([
    ['„Wir bauen“, sagte sie.', ['Wir bauen']],
    ['»Wir bauen«, sagte sie.', ['Wir bauen']],
    ['“We will build,” she said.', ['We will build,']],
    ["'We will build,' she said.", ['We will build,']],
    ["'It's a girl,' he said, and 'we are thrilled'.", ["It's a girl,", 'we are thrilled']],
    ["Die 'Grünen' kritisierten Kratz' Plan und Reyes' Rede.", ['Grünen']],
    ["Merz' Plan sei 'nicht neu', sagte sie.", ['nicht neu']],
    // (a space between an inner quotation's closing mark and the outer one's: both close there)
    ['“We always say ‘Do no harm,’ ” Tom Kahl told me. “Never,” he added.', ['We always say ‘Do no harm,’ ', 'Never,']],
    ['„Wir sagen immer ‚nein‘ “, sagte sie, „und bleiben dabei“.', ['Wir sagen immer ‚nein‘ ', 'und bleiben dabei']],
  ])('%s', (text, want) => {
    expect(quoted(text)).toEqual(want);
  });

  it.each([
    ["It's the Joneses' car, and it's red."],
    ["The band played rock 'n roll in the '90s."],
    ["Reyes' plan is 'not new."],
  ])('takes no apostrophe for a quotation: %s', (text) => {
    expect(findQuotes(text)).toEqual([]);
  });
});

describe('the end of a paragraph of sentences (SENTENCE_END), against a heading', () => {
  it.each([
    'Sie sagte: „Wir bleiben.“',
    'Sie sagte: »Wir bleiben.«',
    'Er sagte: „Wir bleiben.“ ',
    'She said: “We will stay.”',
    "She said: 'We will stay.'",
    'Der Rat tagt am Montag.',
  ])('ends a paragraph: %s', (block) => {
    expect(SENTENCE_END.test(block)).toBe(true);
  });

  it.each(['Wie es weitergeht', 'Bürgermeisterin: „Wir bleiben“', 'What happens next'])('a heading: %s', (block) => {
    expect(SENTENCE_END.test(block)).toBe(false);
  });
});

describe('an elision in quotation marks', () => {
  it('is one lower-case letter between two words, no quotation', () => {
    expect(quoted('Der Abend war ganz Rock ‘n’ Roll: „Blaue Nacht“ lief zuerst.')).toEqual(['Blaue Nacht']);
    expect(quoted("The stall sells fish 'n' chips and 'fresh' bread.")).toEqual(['fresh']);
  });

  it('leaves a quoted word of two letters, and one letter not between words', () => {
    expect(quoted('Er sagte ‘ja’ und ging.')).toEqual(['ja']);
    expect(quoted('Sie schrieb nur ‘x’.')).toEqual(['x']);
  });
});
