// English attribution: one table of sentences the team wrote, each with the attribution it must
// yield, and sentences that must yield none.
import { describe, expect, it } from 'vitest';
import { analyzeText, explainCue } from '../../src/core/index.js';
import { segment } from '../../src/core/segment.js';
import { lexiconFor } from '../../src/core/lang/index.js';

const lex = lexiconFor('en')!;
const one = (text: string) => analyzeText([text], 'en').attributions;

describe('English segmentation', () => {
  it.each([
    ['Mr. Ortiz arrived at 9. Then he left.', ['Mr. Ortiz arrived at 9.', 'Then he left.']],
    [
      'Sen. Dana Miles of Ohio spoke first. Nobody objected.',
      ['Sen. Dana Miles of Ohio spoke first.', 'Nobody objected.'],
    ],
    ['“We are done.” That was all she said.', ['“We are done.”', 'That was all she said.']],
  ])('%s', (text, expected) => {
    expect(segment([text], lex).map((s) => s.text)).toEqual(expected);
  });
});

describe('English attributions', () => {
  it.each([
    // [sentence, kind, cue, source, type, named]
    ['The mayor said the bridge would reopen in May.', 'reported', 'said', 'The mayor', 'government', true],
    [
      '“We will not give up,” said Maria Lopez, a spokesperson for the hospital.',
      'quote',
      'said',
      'Maria Lopez',
      'organization',
      true,
    ],
    [
      '“Prices will keep rising,” Harbor Bank economist Tom Reed said on Monday.',
      'quote',
      'said',
      'Harbor Bank economist Tom Reed',
      'expert',
      true,
    ],
    ['Officials said the fire started in the kitchen.', 'reported', 'said', 'Officials', 'government', false],
    [
      'People familiar with the talks said a deal was close.',
      'reported',
      'said',
      'People familiar with the talks',
      'other',
      false,
    ],
    [
      'Kline, the club’s longtime treasurer, disputes that the money is missing.',
      'reported',
      'disputes',
      'Kline',
      'organization',
      true,
    ],
    ['The company confirmed that 200 jobs would go.', 'reported', 'confirmed', 'The company', 'company', true],
    [
      'A police spokesperson told Reuters that two men were arrested.',
      'reported',
      'told',
      'A police spokesperson',
      'security',
      false,
    ],
    [
      'Sales fell by a third, according to the industry association.',
      'according_to',
      'according to',
      'the industry association',
      'organization',
      true,
    ],
    [
      'The plan was drafted last year, according to a memo seen by Reuters.',
      'according_to',
      'according to',
      'a memo',
      'document',
      false,
    ],
    [
      'The mill reopened in March, citing local officials.',
      'according_to',
      'citing',
      'local officials',
      'government',
      false,
    ],
    ['The minister reportedly met the envoy twice.', 'reportative', 'reportedly', null, null, false],
    ['The suspect is said to have fled abroad.', 'reportative', 'is said to', null, null, false],
    [
      'The deal was described as “historic” by the governor.',
      'quote',
      'was described',
      'the governor',
      'government',
      true,
    ],
    ['A new study found that most rivers are warming.', 'reported', 'found', 'A new study', 'document', false],
    ['About 6 in 10 voters say the economy is weak.', 'reported', 'say', 'About 6 in 10 voters', 'document', false],
    ['The minister did not deny that she had met the envoy.', 'reported', 'deny', 'The minister', 'government', true],
    [
      '“We are reviewing the matter,” a spokesperson for Acme Corp. said.',
      'quote',
      'said',
      'a spokesperson for Acme Corp.',
      'company',
      true,
    ],
    ['“It’s over,” she wrote on Instagram.', 'quote', 'wrote', 'she', 'person', false],
    ['The BBC understands the plan was dropped last week.', 'reported', 'understands', 'The BBC', 'media', true],
    [
      'Data from the Office for National Statistics shows inflation rose.',
      'reported',
      'shows',
      'Data from the Office for National Statistics',
      'document',
      true,
    ],
    [
      'The move was criticised by opposition parties.',
      'reported',
      'was criticised',
      'opposition parties',
      'politician',
      false,
    ],
    ['Mr. Ortiz continues to insist his plan will work.', 'reported', 'insist', 'Mr. Ortiz', 'person', true],
    [
      'Rents will keep rising, economists think, as supply stays short.',
      'reported',
      'think',
      'economists',
      'expert',
      false,
    ],
  ])('%s', (sentence, kind, cue, source, type, named) => {
    const found = one(sentence).map((a) => [a.kind, a.cue, a.source, a.type, a.named]);
    expect(found).toContainEqual([kind, cue, source, type, named]);
  });

  it('resolves “he” to the office that spoke last, over a person merely mentioned', () => {
    const r = analyzeText(
      [
        'After a meeting with Secretary General Anna Berg, the US President said the alliance was strong. He also criticised the allies.',
      ],
      'en',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({
      source: 'He',
      resolved: 'the US President',
      type: 'government',
    });
  });

  it('takes the party and state after a name as a US politician', () => {
    const r = analyzeText(
      ['The bill was led by chairman Ray Olsen, R-Iowa. Olsen said the vote would come in May.'],
      'en',
    );
    expect(r.attributions.map((a) => [a.resolved ?? a.source, a.type])).toContainEqual(['Ray Olsen', 'politician']);
  });

  it('gives a quoted speaker and the outlet that quoted them', () => {
    const found = one(
      'A regional official was quoted as saying by the Interfax news agency that the craft had burned up.',
    );
    expect(found.map((a) => [a.kind, a.source, a.type])).toEqual(
      expect.arrayContaining([
        ['reported', 'A regional official', 'government'],
        ['reported', 'the Interfax news agency', 'agency'],
      ]),
    );
  });

  it('adds the agency an interviewee spoke to as a second source', () => {
    const found = one('A senior official told Reuters the talks had stalled.');
    expect(found.map((a) => [a.kind, a.source, a.type])).toContainEqual(['according_to', 'Reuters', 'agency']);
  });

  it.each([
    'The council added a bus stop on Elm Street.',
    'The storm is expected to reach the coast on Friday.',
    'Residents called the fire department at noon.',
    'The report is due next week.',
    'Voters in five swing states head to the polls.',
    'It can also be revealed that the house was sold.',
    'The White House did not say when the talks would resume.',
    'A spokesperson declined to comment on the report.',
    'The plan was criticised.',
  ])('no attribution: %s', (sentence) => {
    expect(one(sentence)).toEqual([]);
  });

  it('resolves a surname and “he” to the person named before, with the type of their role', () => {
    const r = analyzeText(
      [
        'Senator Ruth Adler of Maine said the vote would pass. Adler added that she expected support. She said the bill was fair.',
      ],
      'en',
    );
    const rows = r.attributions.map((a) => [a.sentenceIndex, a.source, a.resolved, a.type]);
    expect(rows).toContainEqual([1, 'Adler', 'Ruth Adler', 'politician']);
    expect(rows).toContainEqual([2, 'She', 'Ruth Adler', 'politician']);
  });

  it('gives every sentence of a quotation the speaker named at its end', () => {
    const r = analyzeText(
      ['“It was a long night. We did what we could. Nobody slept,” says Priya Nair, a nurse at the clinic.'],
      'en',
    );
    expect(
      r.attributions.filter((a) => a.kind === 'quote').map((a) => [a.sentenceIndex, a.resolved ?? a.source]),
    ).toEqual([
      [0, 'Priya Nair'],
      [1, 'Priya Nair'],
      [2, 'Priya Nair'],
    ]);
  });

  it('gives the main person the type of the office the text also calls them by', () => {
    const text = [
      'Dana Whitfield said the budget would pass. Whitfield added that taxes would not rise.',
      'The Prime Minister said the plan was fair. Whitfield told reporters she was confident.',
      'The Prime Minister also warned that the vote would be close.',
    ];
    const rows = analyzeText(text, 'en').attributions.map((a) => [a.resolved ?? a.source, a.type]);
    expect(rows).toContainEqual(['Dana Whitfield', 'government']);
    expect(
      rows
        .filter(([who]) => who === 'Dana Whitfield' || who === 'Whitfield')
        .every(([, type]) => type === 'government'),
    ).toBe(true);
    // with no office speaking, a person stays a person
    const plain = analyzeText(
      [
        'Dana Whitfield said the budget would pass. Whitfield added that taxes would not rise. Whitfield said she was confident.',
      ],
      'en',
    ).attributions;
    expect(plain.every((a) => a.type === 'person')).toBe(true);
  });

  it('explains every English cue in both UI languages', () => {
    const found = analyzeText(
      [
        '“We won,” she said. According to police, it was calm. The driver allegedly fled. It was reported that the road was closed.',
      ],
      'en',
    ).attributions;
    expect(found.length).toBeGreaterThanOrEqual(4);
    for (const a of found) {
      expect(explainCue(a.cueId, 'de', 'en')).toBeTruthy();
      expect(explainCue(a.cueId, 'en', 'en')).toBeTruthy();
    }
  });
});

describe('a definite head noun', () => {
  it('resolves "the center" to the body named before whose name ends in it', () => {
    const r = analyzeText(
      ['The Storm Prediction Center said storms are likely. The center said the threat is high.'],
      'en',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({
      source: 'The center',
      resolved: 'Storm Prediction Center',
      type: 'government',
    });
  });
});
