// English attribution: sentences the team wrote and what the analysis must find in them (the
// one-line cases are in test/cases/en/*.tsv).
import { describe, expect, it } from 'vitest';
import { analyzeText, explainCue } from '../../../../src/core/index.js';
import { segment } from '../../../../src/core/segment.js';
import { grammarFor, lexiconFor } from '../../../../src/core/lang/index.js';
import { tokenize } from '../../../../src/core/tokens.js';
import { webSiteName } from '../../../../src/core/handles.js';

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
    // an initial ends a sentence before a capitalised function word, not before a name
    ['Dana Reyes flew to the U.S. She returned in May.', ['Dana Reyes flew to the U.S.', 'She returned in May.']],
    [
      'It was the U.S. Army that said so, not John F. Kennedy.',
      ['It was the U.S. Army that said so, not John F. Kennedy.'],
    ],
    // a word that is an abbreviation too ("No.", "Sun.", "Inc.") ends a sentence before a capitalised
    // function word, not before a name or a number
    [
      'Kahl just said no. It is the reverse. It rose with the sun. But No. 10 denied it, as did Talbex Inc. The firm said so.',
      [
        'Kahl just said no.',
        'It is the reverse.',
        'It rose with the sun.',
        'But No. 10 denied it, as did Talbex Inc.',
        'The firm said so.',
      ],
    ],
  ])('%s', (text, expected) => {
    expect(segment([text], lex).map((s) => s.text)).toEqual(expected);
  });
});

describe('English attributions', () => {
  // (the sentences with one attribution each, and those with none: test/cases/en/*.tsv)

  it('points “she” and “he” to the person named before whose given name or form of address fits', () => {
    const r = analyzeText(
      [
        'Anna Talbury, the mayor, said the bridge would open in May.',
        'Her deputy Tom Brandik said the works were late.',
        '“We will be ready,” she said.',
        '“I hope so,” he added.',
      ],
      'en',
    );
    expect(r.attributions.find((a) => a.cue === 'said' && a.source === 'she')).toMatchObject({
      resolved: 'Anna Talbury',
    });
    expect(r.attributions.find((a) => a.cue === 'added')).toMatchObject({ source: 'he', resolved: 'Tom Brandik' });
    // (a surname with a form of address of the other gender is another person: "Ms Brandik" is not Tom Brandik)
    const family = analyzeText(
      ['Tom Brandik sued the council on Monday.', 'Ms Brandik said the claims were false.', '“It is a lie,” she said.'],
      'en',
    );
    expect(family.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({ resolved: null });
    // (an unknown given name says nothing: “she” still points to the person named last)
    const unknown = analyzeText(['Dana Reyes, the coach, praised the team.', '“They fought hard,” she said.'], 'en');
    expect(unknown.attributions.find((a) => a.source === 'she')).toMatchObject({ resolved: 'Dana Reyes' });
  });

  it('gives a name the type of a shorter one only when that ends it, as a surname does', () => {
    const r = analyzeText(
      [
        'The Talbury MP said the town needed buses.',
        'In an update, Talbury Citibus explained that no buses would run.',
        'Labour MP Anna Berger said the town deserved better.',
        'Berger later said she was disappointed.',
      ],
      'en',
    );
    // ("Talbury" of "Talbury MP" is a place: the bus company is no politician)
    expect(r.attributions.find((a) => a.source === 'Talbury Citibus')?.type).not.toBe('politician');
    expect(r.attributions.find((a) => a.source === 'Berger')).toMatchObject({
      resolved: 'Anna Berger',
      type: 'politician',
    });
  });

  it('reads a capitalised noun for a body before a name as part of a name, no role of a person', () => {
    // ("Camp Talbex" is a festival, "the Council Chamber" a room: neither names a politician or an official)
    const camp = analyzeText(
      ['Fans met at Camp Talbex, the firm’s summer festival.', 'Talbex said ticket sales had doubled.'],
      'en',
    );
    expect(camp.attributions.map((a) => a.type)).not.toContain('politician');
    const room = analyzeText(
      ['Tom Brandik has spoken often about the bridge.', 'In the Council Chamber, he said the plans were ready.'],
      'en',
    );
    expect(room.attributions.find((a) => a.source === 'he')).toMatchObject({ resolved: 'Tom Brandik' });
    // (in lower case the noun names the body that follows)
    const paper = analyzeText(
      ['The newspaper Talbury Herald reported the fire first.', 'Talbury Herald said three homes burned.'],
      'en',
    );
    expect(paper.attributions.find((a) => a.sentenceIndex === 1)?.type).toBe('media');
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

  it('introduces a person named after their office and its body ("the Minister of Transport, Jan Brandik,"), not by the words after the name', () => {
    const r = analyzeText(
      [
        "Exampleland's Minister of Transport, Jan Brandik, will meet the rail unions on Tuesday.",
        '"The timetable is too thin," said Brandik.',
      ],
      'en',
    );
    expect(r.attributions).toContainEqual(
      expect.objectContaining({ source: 'Brandik', resolved: 'Jan Brandik', type: 'government' }),
    );
  });

  it('takes the party and state after a name as a US politician', () => {
    const r = analyzeText(
      ['The bill was led by chairman Ray Olsen, R-Iowa. Olsen said the vote would come in May.'],
      'en',
    );
    expect(r.attributions.map((a) => [a.resolved ?? a.source, a.type])).toContainEqual(['Ray Olsen', 'politician']);
  });

  it('gives a quoted speaker and the outlet that quoted them', () => {
    const found = one('A regional official was quoted as saying by the Tass news agency that the boat had sunk.');
    expect(found.map((a) => [a.kind, a.source, a.type])).toEqual(
      expect.arrayContaining([
        ['reported', 'A regional official', 'government'],
        ['according_to', 'the Tass news agency', 'agency'],
      ]),
    );
  });

  it('takes a place before an office or a force for no part of a name named before ("Talbury MP")', () => {
    const r = analyzeText(
      [
        'In an update, Talbury Citibus explained that no buses would run after 3pm.',
        'Talbury MP warns rioters they will be held to account',
        'Talbury police promise "robust" action',
      ],
      'en',
    );
    const later = r.attributions.filter((a) => a.sentenceIndex > 0);
    expect(later.length).toBe(2);
    for (const a of later) expect(a.resolved).toBeNull();
    // (nor for the last word of a name: "the Lakeside fan" is not the agency "Talbex Lakeside")
    const fan = analyzeText(
      ['Dana Reyes from the agency Talbex Lakeside shared her tips.', 'The Lakeside fan said: "Book early."'],
      'en',
    );
    expect(fan.attributions[0]).toMatchObject({ source: 'The Lakeside fan', resolved: null, type: 'person' });
  });

  it('files no quotation after a heading under the speaker of the section before', () => {
    const r = analyzeText(
      [
        'On Monday the Talbury Police said: ‘Some 35 more people have since come to the square.’',
        'The full text of the speech',
        '‘Members of the Assembly, my ministers will build new schools.',
        '‘They will serve the whole nation.’',
      ],
      'en',
    );
    const police = r.attributions.filter((a) => a.source === 'the Talbury Police');
    expect(police.map((a) => a.sentenceIndex)).toEqual([0]);
    expect(r.attributions.filter((a) => a.sentenceIndex >= 2 && a.kind === 'quote').length).toBeGreaterThan(0);
  });

  it('reads the answers of an interview transcript up to its credit line', () => {
    const blocks = [
      'The planner Dana Reyes talked to us about the new park.',
      'Talbury Herald: Why does the city need a park?',
      'Dana Reyes: There is too little green by the river.',
      'When will it open?',
      'Next summer.',
      'This interview has been edited for length and clarity.',
    ];
    const r = analyzeText(blocks, 'en');
    const quoted = r.attributions
      .filter((a) => a.kind === 'quote' && (a.resolved ?? a.source ?? '').endsWith('Dana Reyes'))
      .map((a) => r.sentences[a.sentenceIndex]!.text);
    expect(quoted).toEqual(['Dana Reyes: There is too little green by the river.', 'Next summer.']);
  });

  it('adds the agency an interviewee spoke to as a second source', () => {
    const found = one('A senior official told Reuters the talks had stalled.');
    expect(found.map((a) => [a.kind, a.source, a.type])).toContainEqual(['according_to', 'Reuters', 'agency']);
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

  it('types a person by the part they play, set before the name, over a job said after it', () => {
    const text = [
      'One of the demonstrators, Dana Reyes, 39, a lecturer from Talbury, said: “We stood there for hours.”',
      'Reyes added that she would return next week. A lecturer at Talbury University, Tom Kahl, said the data were clear.',
    ];
    const found = analyzeText(text, 'en').attributions;
    const rows = found.map((a) => [a.resolved ?? a.source, a.type]);
    expect(rows).toContainEqual(['Dana Reyes', 'person']);
    expect(rows.filter(([who]) => who === 'Dana Reyes').every(([, type]) => type === 'person')).toBe(true);
    // a job before the name is no part in the story: the lecturer speaks as an expert
    expect(found.find((a) => a.sentence.includes('Tom Kahl'))?.type).toBe('expert');
  });

  it('reads a pronoun with a contraction as the pronoun, and resolves it', () => {
    const r = analyzeText(['Dana Reyes arrived late. Later he’d remarked that the hall was cold.'], 'en');
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({
      source: 'he’d',
      resolved: 'Dana Reyes',
      type: 'person',
    });
  });

  it('takes no outlet named before a name for the person’s role', () => {
    const r = analyzeText(['After a call from the BBC Dana Reyes left the office. Reyes said it had been hard.'], 'en');
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({ source: 'Reyes', type: 'person' });
  });

  it('reads a publication named right before a person as no role of theirs', () => {
    const r = analyzeText(['After talking to the Talbury Post Dana Reyes said the bridge was unsafe.'], 'en');
    expect(r.attributions[0]?.type).toBe('person');
  });

  it('reads a body of several words right before a person as no role of theirs', () => {
    const r = analyzeText(['Speaking to the Daily Mail Dana Reyes claimed: “It was long.”'], 'en');
    expect(r.attributions[0]?.type).toBe('person');
  });

  it('reads the name of an office right before a person as their title ("Business Secretary Lea Roth")', () => {
    const r = analyzeText(['Business Secretary Lea Roth said she would meet the management.'], 'en');
    expect(r.attributions[0]).toMatchObject({ source: 'Business Secretary Lea Roth', type: 'government' });
  });

  it('takes the object of a participle for no speaker', () => {
    const r = analyzeText(
      ['He never took a job after leaving office, misses his work, thinks the economy is weak.'],
      'en',
    );
    expect(r.attributions.map((a) => a.source)).not.toContain('office');
  });

  it('takes the subject after a dateline, not the place in capitals', () => {
    const r = analyzeText(
      ['NORTH TALBURY — Dana Reyes won the final in three sets. “It was a long match,” she said.'],
      'en',
    );
    expect(r.attributions[0]).toMatchObject({ source: 'she', resolved: 'Dana Reyes' });
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

describe('a verb that quotes someone', () => {
  it('gives the words to the one quoted and the outlet the row of the channel', () => {
    const r = analyzeText(['The Talbury Herald quoted the mayor as saying the pier was unsafe.'], 'en');
    expect(r.attributions.map((a) => [a.kind, a.source])).toEqual([
      ['reported', 'the mayor'],
      ['according_to', 'The Talbury Herald'],
    ]);
  });
});

describe('a role that speaks for a body named by a name alone', () => {
  it('types the spokesperson and the head of a body by the kind the text gave the body', () => {
    const r = analyzeText(
      [
        'The software firm Talbex said it would close its Talbury office.',
        'Jan Brandik, a spokesman for Talbex, said staff would be offered other posts.',
        'A spokeswoman for Talbex later said the move was final.',
      ],
      'en',
    );
    expect(r.attributions.map((a) => [a.source, a.type])).toEqual([
      ['The software firm Talbex', 'company'],
      ['Jan Brandik', 'company'],
      ['A spokeswoman for Talbex', 'company'],
    ]);
  });
});

describe('a gerund after a tail that names the speaker', () => {
  it('gives ", citing …" after ", Reuters reported," to the agency, not to the subject of the clause before', () => {
    const r = analyzeText(['Prices at the pump fell, the Talbury Herald reported, citing two traders.'], 'en');
    expect(r.attributions.map((a) => [a.kind, a.source])).toEqual([
      ['reported', 'the Talbury Herald'],
      ['according_to', 'two traders'],
    ]);
  });
});

describe('a definite head noun', () => {
  it('resolves “he” to the person named before, not to a body named by its acronym since', () => {
    const r = analyzeText(
      [
        'Tom Kahl, then a shift leader, sent Reyes to the union. Now a retired TGX driver, Kahl joined it in 1991. For two years, he said, he sat on the regional board.',
      ],
      'en',
    );
    expect(r.attributions.find((a) => a.source === 'he')).toMatchObject({ resolved: 'Tom Kahl' });
  });

  it('resolves “he” to the person named before it, not to people its own sentence names after it', () => {
    const r = analyzeText(
      [
        'Tom Kahl ran a bold campaign in the state.',
        'He argued that both rivals, Governor Jan Talbex and former ambassador Dana Reyes, had no plan.',
      ],
      'en',
    );
    expect(r.attributions.find((a) => a.source === 'He')).toMatchObject({ resolved: 'Tom Kahl' });
  });

  it("reads a short quotation that opens a sentence as its subject for a title, not for the last speaker's words", () => {
    const r = analyzeText(
      ['"We are staying here," the protesters said.', '"Talbury Nights" wins the top prize', 'Tom Kahl was delighted.'],
      'en',
    );
    expect(r.attributions.map((a) => [a.sentenceIndex, a.kind])).toEqual([[0, 'quote']]);
  });

  it('resolves "the governor" to the person named with that office, or who opened the sentence before', () => {
    const named = analyzeText(
      ['Governor Tom Kahl signed the budget bill on Monday.', 'The governor said the plan would cut taxes.'],
      'en',
    );
    expect(named.attributions[0]).toMatchObject({ source: 'The governor', resolved: 'Tom Kahl', type: 'government' });
    const adopted = analyzeText(
      [
        'Tom Kahl signed the budget bill on Monday.',
        'The governor said the plan would cut taxes.',
        'Kahl added that it was fair.',
      ],
      'en',
    );
    expect(adopted.attributions.map((a) => [a.source, a.resolved, a.type])).toEqual([
      ['The governor', 'Tom Kahl', 'government'],
      ['Kahl', 'Tom Kahl', 'government'],
    ]);
    // (not a court's office: the person a court report names before the prosecutor is the defendant)
    const court = analyzeText(
      ['Tom Kahl, 37, admitted stealing a bicycle.', 'The prosecutor said the camera showed him at the station.'],
      'en',
    );
    expect(court.attributions.map((a) => [a.source, a.resolved, a.type])).toEqual([
      ['Tom Kahl', null, 'person'],
      ['The prosecutor', null, 'justice'],
    ]);
  });

  it('ends a name at a word in capitals after it, a label of the headline ("Dana Reyes LIVE")', () => {
    const r = analyzeText(
      [
        "Prince Tom and Dana Reyes LIVE: Couple 'will not recover' from snub",
        'Dana Reyes thought the move was cruel, a source said. She said the move was cruel.',
      ],
      'en',
    );
    expect(r.attributions.find((a) => a.source === 'She')).toMatchObject({ resolved: 'Dana Reyes' });
  });

  it('reads a possessive and a noun of judging before a colon as the view of the person named before', () => {
    const r = analyzeText(
      ['Dana Reyes, an analyst at Talbury Bank, studied the figures. Her verdict: the recovery is fragile.'],
      'en',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({
      kind: 'according_to',
      source: 'Her',
      resolved: 'Dana Reyes',
    });
  });

  it('gives a quoted answer after an unquoted question to the interviewee, across a heading', () => {
    const r = analyzeText(
      [
        'Tom Kahl, the former minister, met us in his office in Talbury.',
        '“We made mistakes,” he said. “Many of them.”',
        'Political dilemmas',
        'Why did so many voters leave the party in the last vote?',
        '“Because people thought we were chaotic. That was fair.”',
      ],
      'en',
    );
    const answers = r.attributions.filter((a) => a.sentence.includes('chaotic') || a.sentence.includes('fair'));
    expect(answers).toHaveLength(2);
    for (const a of answers) expect(a).toMatchObject({ kind: 'quote', resolved: 'Tom Kahl' });
    // without the question, the heading still ends the speaker's reach
    const noQuestion = analyzeText(
      [
        'Tom Kahl, the former minister, met us in his office in Talbury.',
        '“We made mistakes,” he said. “Many of them.”',
        'Political dilemmas',
        'The party lost the election in May after twelve years in power.',
        '“Because people thought we were chaotic. That was fair.”',
      ],
      'en',
    );
    expect(noQuestion.attributions.find((a) => a.sentence.includes('chaotic'))?.resolved ?? null).toBeNull();
  });

  it('reads "think tank" as a noun, not a verb of thinking', () => {
    const found = one(
      '“China has overperformed,” says Tom Kahl, co-founder of the Talbury Institute, a Talbury-based think tank.',
    );
    expect(found.map((a) => a.cue)).toEqual(['says']);
  });

  it('types a spokesperson named by name, with no body in the mention, by the institution named last', () => {
    const r = analyzeText(
      [
        'Talbury Goods Ltd said it would appeal the ruling. The plan was dropped, said spokeswoman Dana Reyes. Reyes added that talks would go on.',
      ],
      'en',
    );
    expect(r.attributions.find((a) => a.source === 'spokeswoman Dana Reyes')).toMatchObject({ type: 'company' });
    expect(r.attributions.find((a) => a.source === 'Reyes')).toMatchObject({ type: 'company', resolved: 'Dana Reyes' });
    const alone = analyzeText(['Spokesman Tom Kahl said the plan was dropped.'], 'en');
    expect(alone.attributions[0]).toMatchObject({ source: 'Spokesman Tom Kahl', type: 'person' });
  });

  it('reads an office with its place and the name set off after it as one person, remembered for later', () => {
    const r = analyzeText(
      [
        'The mayor of Talbury, Dana Reyes, defended the budget on Tuesday.',
        '"We had to make hard choices," she told councillors. His mother, Lea Roth, was not there.',
        'The GMB said staff were at breaking point.',
      ],
      'en',
    );
    expect(r.attributions.find((a) => a.source === 'she')).toMatchObject({
      resolved: 'Dana Reyes',
      type: 'government',
    });
    expect(r.attributions.find((a) => a.source === 'The GMB')).toMatchObject({ type: 'organization' });
    // (a relative set off in passing is nobody a later pronoun means)
    const later = analyzeText(
      ['The mayor, Dana Reyes, spoke first. Her brother, Tom Kahl, sat beside her.', '"It was hard," she said.'],
      'en',
    );
    expect(later.attributions.find((a) => a.source === 'she')).toMatchObject({ resolved: 'Dana Reyes' });
  });

  it('takes the name before a relative clause set off by commas as the speaker, however long the clause', () => {
    const r = analyzeText(
      [
        '“We will get there,” Tom Kahl, who coached the rowing club on the lake for twelve seasons and now runs a sailing school in Lakeside, told the Talbury Herald.',
      ],
      'en',
    );
    expect(r.attributions[0]).toMatchObject({ cue: 'told', source: 'Tom Kahl' });
  });

  it('takes a name as the speaker when the closing comma of its apposition is left out', () => {
    const r = analyzeText(['“The night felt endless,” Dana Reyes, a nurse at the Lakeside clinic said.'], 'en');
    expect(r.attributions[0]).toMatchObject({ cue: 'said', source: 'Dana Reyes', named: true });
    // (a phrase that is no name before the comma stays where it was: "… after a snub from a Talbury official, an expert said")
    const thing = analyzeText(['The two were upset after a snub from a Talbury official, an expert said.'], 'en');
    expect(thing.attributions[0]).toMatchObject({ source: 'an expert' });
  });

  it('gives the office a sentence opens with ("As …, Name") to the named subject, for a later pronoun', () => {
    const r = analyzeText(
      [
        'As spokeswoman for the Lakeside Union’s Talbury branch, Dana Reyes has spent months at the statehouse.',
        '“Nobody listens to us,” she said.',
      ],
      'en',
    );
    expect(r.attributions[0]).toMatchObject({ source: 'she', resolved: 'Dana Reyes' });
    // (a part that says no more than a person gives no type: "As a mother, …")
    const plain = analyzeText(
      ['As a mother, Dana Reyes has driven this road for years. She said it is too fast.'],
      'en',
    );
    expect(plain.attributions[0]?.type).toBe('person');
  });

  it('types a unit of a body ("office", "branch", "council") as its owner', () => {
    const r = analyzeText(
      [
        'The Lakeside Union’s Talbury office said the strike would go on.',
        'The prosecutor’s office said charges were being weighed.',
        'The mayor’s office said the road would reopen.',
        'The firm’s advisory council said the plant was safe.',
      ],
      'en',
    );
    expect(r.attributions.map((a) => a.type)).toEqual(['organization', 'justice', 'government', 'company']);
  });

  it('reads a verb of saying after a possessive as a noun ("in its annual report")', () => {
    const r = analyzeText(['The firm, in its annual report, said profits fell.'], 'en');
    expect(r.attributions.map((a) => [a.cue, a.source])).toEqual([['said', 'The firm']]);
  });

  it('resolves "the 58-year-old" to the person named before', () => {
    const r = analyzeText(
      ['Dana Reyes has run the bakery for 20 years.', '"I have never seen prices like this," the 58-year-old said.'],
      'en',
    );
    expect(r.attributions[0]).toMatchObject({ source: 'the 58-year-old', resolved: 'Dana Reyes', type: 'person' });
  });

  it('resolves "the agency" to the body named before whose name ends in it', () => {
    const r = analyzeText(
      ['The Talbury Flood Agency said the river would peak on Friday. The agency said levels were falling.'],
      'en',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({
      source: 'The agency',
      resolved: 'Talbury Flood Agency',
      type: 'government',
    });
  });
});

describe('a body named by a lone word', () => {
  it('takes the type of the definite noun that next points back to it ("the company")', () => {
    const r = analyzeText(
      ['Talbex on Monday announced new features for its running app.', 'The company said the runs would be checked.'],
      'en',
    );
    expect(r.attributions.map((a) => [a.source, a.resolved, a.type])).toEqual([
      ['Talbex', null, 'company'],
      ['The company', 'Talbex', 'company'],
    ]);
    // (a person named in full is no company)
    const person = analyzeText(
      ['Dana Reyes said the app was slow.', 'The company said the runs would be checked.'],
      'en',
    );
    expect(person.attributions[1]).toMatchObject({ resolved: null });
  });
});

describe('a request to stay unnamed', () => {
  it('is no statement of its own ("who asked not to be named")', () => {
    const r = analyzeText(['A councillor, who asked not to be named, said the vote was rigged.'], 'en');
    expect(r.attributions.map((a) => a.cue)).toEqual(['said']);
  });

  it('ends a full name before a verb in -s in a headline ("Tom Kahl discusses harbour-building")', () => {
    const r = analyzeText(['Sir Tom Kahl discusses harbour-building', '“Not this year,” he grins.'], 'en');
    expect(r.attributions[0]).toMatchObject({ source: 'Sir Tom Kahl' });
  });

  it("reads a participle clause after the speaker's own verb of saying as the same statement", () => {
    expect(one('Tom Kahl said the plan was fair, adding that the city would pay.').map((a) => a.cue)).toEqual(['said']);
    expect(one('"We are done," Lea Roth said, urging fans to stay calm.').map((a) => a.cue)).toEqual(['said']);
    // (alone, the participle clause carries the statement)
    expect(one('Dana Reyes resigned, saying it was time.').map((a) => a.cue)).toEqual(['saying']);
  });

  it('follows a person whose surname is a role noun by the surname alone', () => {
    const r = analyzeText(['Tom Judge said the field was wet.', 'Judge added that the harvest was good.'], 'en');
    expect(r.attributions[1]).toMatchObject({ source: 'Judge', resolved: 'Tom Judge', type: 'person' });
  });

  it('finds a body named with a noun for bodies again by that noun, with the type of its whole name', () => {
    const r = analyzeText(
      [
        'The Talbury Flood Forecast Center warned of high water on Tuesday.',
        '"The river will rise," the center wrote.',
      ],
      'en',
    );
    expect(r.attributions[1]).toMatchObject({ source: 'the center', resolved: 'Talbury Flood Forecast Center' });
    expect(r.attributions[1]!.type).toBe(r.attributions[0]!.type);
  });

  it("keeps a person's type when a head after their name says more of the head than of them", () => {
    const r = analyzeText(
      [
        'Sen. Tom Kahl, D-Ore., called the bill a disgrace.',
        "Kahl's office said the senator would vote no.",
        'Kahl said he would fight.',
      ],
      'en',
    );
    expect(r.attributions.find((a) => a.source === 'Kahl')).toMatchObject({ resolved: 'Tom Kahl', type: 'politician' });
    // (an owner nothing typed yet learns from the head: a campaign is a politician's)
    const t = analyzeText(["Dana Reyes's campaign said the race was close.", 'Reyes said she would win.'], 'en');
    expect(t.attributions[1]).toMatchObject({ type: 'politician' });
  });
});

describe('a person a name owns', () => {
  it('says nothing of the owner ("Kahl\'s barrister" is no lawyer Kahl), who stays known by name', () => {
    const r = analyzeText(
      ['Tom Kahl, 34, admitted arson.', "Kahl's barrister said his client was ashamed.", 'Kahl said he regretted it.'],
      'en',
    );
    expect(r.attributions[0]).toMatchObject({ source: 'Tom Kahl', type: 'person' });
    expect(r.attributions[1]).toMatchObject({ source: "Kahl's barrister", type: 'justice' });
    expect(r.attributions[2]).toMatchObject({ source: 'Kahl', resolved: 'Tom Kahl', type: 'person' });
  });
});

describe('what a name owns that is written or broadcast', () => {
  it('types the writing, not its owner ("Anna Berger\'s blog" makes no medium of her)', () => {
    const r = analyzeText(
      [
        'Anna Berger said she was tired.',
        "Anna Berger's blog gave an insight into her life.",
        'Later she said it was over.',
      ],
      'en',
    );
    expect(r.attributions.map((a) => [a.source, a.resolved ?? null, a.type])).toEqual([
      ['Anna Berger', null, 'person'],
      ['she', 'Anna Berger', 'person'],
    ]);
  });

  it('does so with words between the owner and the writing ("Kahl\'s now-defunct podcast")', () => {
    const r = analyzeText(
      [
        'Tom Kahl said he would run again.',
        "Kahl's now-defunct podcast had been off the air for months.",
        'He said the decision was final.',
      ],
      'en',
    );
    expect(r.attributions.map((a) => [a.source, a.resolved ?? null, a.type])).toEqual([
      ['Tom Kahl', null, 'person'],
      ['He', 'Tom Kahl', 'person'],
    ]);
  });
});

describe('a role a possessive owns', () => {
  it('speaks for the body "its" or "their" points to, and for the person "his" points to', () => {
    const r = analyzeText(
      ['The Talbury Nurses Association held a vote.', 'Its chair, Jana Roth, warned that it would get worse.'],
      'en',
    );
    expect(r.attributions[0]).toMatchObject({ source: 'Its chair, Jana Roth', type: 'organization' });
    const h = analyzeText(
      ['Senator Tom Kahl voted against the bill.', 'His spokesman said the senator was unwell.'],
      'en',
    );
    expect(h.attributions[0]).toMatchObject({ source: 'His spokesman', type: 'politician' });
  });
});

describe('a spokesperson of a person named by a possessive', () => {
  it('speaks with the type of that person, not for the body named last', () => {
    const r = analyzeText(
      [
        'Senator Tom Kahl voted against the bill, the Talbury Herald reported.',
        "Kahl's spokesperson, Lea Roth, said he was unwell.",
      ],
      'en',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({ type: 'politician' });
  });
});

describe('a spokesperson without a name', () => {
  it('is identified by a body the text named before, whose type they take', () => {
    const one = (...t: string[]) => analyzeText(t, 'en').attributions.find((a) => /spokes/.test(a.source ?? ''));
    expect(one('Talbex Motors recalled 2,000 cars on Monday.', 'A spokesperson said no one was hurt.')).toMatchObject({
      type: 'company',
      named: true,
    });
    expect(one('Talbex Motors recalled 2,000 cars.', 'A company spokeswoman said no one was hurt.')).toMatchObject({
      type: 'company',
      named: true,
    });
    expect(one('The council rejected the claims.', 'A spokesperson said the budget was balanced.')).toMatchObject({
      type: 'government',
      named: true,
    });
    // (and so is a statement: "a company statement")
    const st = analyzeText(
      ['Developer Talbex Homes welcomed the vote.', 'A company statement said work could begin in spring.'],
      'en',
    );
    expect(st.attributions[0]).toMatchObject({ source: 'A company statement', type: 'document', named: true });
    // (before any body is named, vague)
    expect(one('A spokesperson said no one was hurt.')).toMatchObject({ type: 'other', named: false });
    expect(one('A police spokeswoman said the road was closed.')).toMatchObject({ type: 'security', named: false });
  });

  it('is the one a later pronoun points to even when nobody is identified, and stays unnamed', () => {
    const r = analyzeText(
      ['The mayor spoke first.', 'A police spokeswoman later confirmed the arrest.', '“He is in custody,” she said.'],
      'en',
    );
    expect(r.attributions[1]).toMatchObject({ resolved: 'A police spokeswoman', type: 'security', named: false });
  });

  it('is the one a later “he” or “she” points to, with the body they speak for', () => {
    const r = analyzeText(
      [
        'Tom Kahl left the meeting early.',
        'A spokeswoman for the ministry said the talks had failed.',
        '“We tried everything,” she told reporters.',
      ],
      'en',
    );
    expect(r.attributions.find((a) => a.source === 'she')).toMatchObject({
      resolved: 'A spokeswoman for the ministry',
      type: 'government',
      named: true,
    });
  });

  it('is the one “she” points to after a place named before the role, not the place', () => {
    const r = analyzeText(
      ['Officers were called to the estate, a Talbury Police spokeswoman said.', 'Nobody was hurt, she added.'],
      'en',
    );
    expect(r.attributions[1]).toMatchObject({ resolved: 'a Talbury Police spokeswoman', type: 'security' });
  });

  it('speaks for the fire and ambulance services as for public services', () => {
    expect(one('The fire brigade said the blaze was under control.')[0]).toMatchObject({ type: 'government' });
    expect(one('Paramedics said two people were treated at the scene.')[0]).toMatchObject({ type: 'government' });
    expect(one('A spokesperson for the Talbury Ambulance Service said crews were stretched.')[0]).toMatchObject({
      type: 'government',
    });
  });

  it('types prison and state police officers as security, public defenders as justice', () => {
    expect(one('A state trooper said the driver had fled.')[0]).toMatchObject({ type: 'security' });
    expect(one('The prison warden said the inmates were calm.')[0]).toMatchObject({ type: 'security' });
    expect(one('The public defender said her client was innocent.')[0]).toMatchObject({ type: 'justice' });
    expect(one('The dentist said the clinic would close.')[0]).toMatchObject({ type: 'expert' });
  });

  it('speaks for a firm whose name ends as English company names do', () => {
    for (const firm of ['Talbury Rail', 'Brandik Pharmaceuticals', 'Lakeside Capital', 'Talbex Airways'])
      expect(one(`A spokesman for ${firm} said the plan was delayed.`)[0]).toMatchObject({ type: 'company' });
    // (a person's name is no firm's)
    expect(one('Tom Kahl said the plan was delayed.')[0]!.type).not.toBe('company');
  });
});

describe('two appositions after a name', () => {
  it('leave the name that opens them the speaker', () => {
    const r = one(
      'Tom Kahl, chief organiser of the Talbury Port Alliance, an association of harbours, told reporters that demand was rising.',
    );
    expect(r[0]).toMatchObject({ source: 'Tom Kahl', type: 'organization' });
    // (a name set off after a role is still the one that speaks)
    expect(one("The union's leader, Tom Kahl, a former driver, said it was over.")[0]).toMatchObject({
      source: 'Tom Kahl',
    });
  });
});

describe('local politics', () => {
  it('types the opposition and a party’s group in a council as politicians', () => {
    expect(one('Opposition councillors said the budget was a betrayal.')[0]).toMatchObject({ type: 'politician' });
    expect(one('The Labour group said it would vote against the budget.')[0]).toMatchObject({ type: 'politician' });
    // (a group with no party's name stays an organization)
    expect(one('A pressure group said the cuts would hurt.')[0]).toMatchObject({ type: 'organization' });
  });

  it('takes the kind of body a relative clause says the person leads', () => {
    expect(
      one('Tom Kahl, who leads the Liberal Democrat group, said the council had wasted millions.')[0],
    ).toMatchObject({ source: 'Tom Kahl', type: 'politician' });
  });

  it('reads a capitalised plural of agents alone as people of a group, not a name', () => {
    expect(one('Organisers said the march would go ahead.')[0]).toMatchObject({ type: 'person', named: false });
    // (a surname the text named its bearer with stays that person)
    const r = analyzeText(['Dana Summers chairs the board.', 'Summers said the board would meet.'], 'en');
    expect(r.attributions[0]).toMatchObject({ resolved: 'Dana Summers', named: true });
  });

  it('keeps all the capitalised words of a body’s name that ends in a noun for bodies', () => {
    const r = analyzeText(
      [
        'The Rural Councils Association has warned that councils face bankruptcy.',
        'In its latest figures, it said the gap was growing.',
      ],
      'en',
    );
    expect(r.attributions[1]).toMatchObject({ source: 'it', resolved: 'Rural Councils Association' });
  });
});

describe('two subjects joined by “and”', () => {
  it('are two sources, each typed', () => {
    const r = one('The mayor and the police chief said nobody was hurt.');
    expect(r.map((a) => [a.source, a.type])).toEqual([
      ['The mayor', 'government'],
      ['the police chief', 'security'],
    ]);
  });

  it('are one source when “and” joins the nouns of a body a role speaks for', () => {
    expect(one('A spokesperson for the county’s fire and rescue service said nobody was hurt.')).toMatchObject([
      { source: 'A spokesperson for the county’s fire and rescue service', type: 'government' },
    ]);
  });

  it('are no subjects of a clause joined by “and” after another', () => {
    const r = one('Tom Kahl said the roof was damaged but the house was fine and the council said it would help.');
    expect(r.map((a) => a.source)).toEqual(['Tom Kahl', 'the council']);
  });

  it('say nothing when they add to something', () => {
    expect(one('The storm added to the repair bill, which was “higher than ever”.')).toEqual([]);
  });
});

describe('a participle clause with its agent before the verb', () => {
  it('leaves the phrase before it the subject, a document with its publisher', () => {
    expect(one('Research published last year by the University of Talbury found a rise in gales.')[0]).toMatchObject({
      source: 'Research published last year by the University of Talbury',
      type: 'document',
      named: true,
    });
    expect(one('A man injured by the blast said he heard nothing.')[0]).toMatchObject({ source: 'A man' });
    // (an outlet that saw a document is a second source, not part of it)
    expect(one('Internal papers obtained by AFP suggest that the plan failed.').map((a) => a.type)).toEqual(
      expect.arrayContaining(['document', 'agency']),
    );
  });
});

describe('a body that opens a sentence without speaking', () => {
  it('is what a later “it” points to', () => {
    const r = analyzeText(
      [
        'Diplomats said the talks had stalled.',
        'The foreign ministry in Talbury summoned the ambassador.',
        'Later, it said the other side was to blame.',
      ],
      'en',
    );
    expect(r.attributions[1]).toMatchObject({ source: 'it', resolved: 'The foreign ministry', type: 'government' });
    // (not what "they" points to, nor a verb the phrase ran into)
    const t = analyzeText(['Tom Kahl spoke first.', 'The council met at noon.', 'They said the plan was dead.'], 'en');
    expect(t.attributions[0]!.resolved).not.toBe('The council');
  });
});

describe('a specialist', () => {
  it('is an expert by the ending of the word, whatever relative clause follows the role', () => {
    expect(
      one(
        '“This is new,” said Dr. Lea Roth, a neurologist at Talbury General Hospital who was not involved in the study.',
      )[0],
    ).toMatchObject({ source: 'Dr. Lea Roth', type: 'expert' });
    expect(one('Virologists say the strain is mild.')[0]).toMatchObject({ type: 'expert', named: false });
    expect(one('Talbex Therapeutics, which makes the drug, said it would apply for approval.')[0]).toMatchObject({
      type: 'company',
    });
  });
});

describe('an interview whose first question addresses the interviewee', () => {
  it('gives the answers to the person addressed', () => {
    const r = analyzeText(
      [
        'The chair of the Talbury food bank, Anna Berger, on full shelves and empty coffers.',
        'Ms Berger, how many people come to you?',
        'About 300 families a week. A year ago it was half that.',
        'What do you need most?',
        'Money for the rent of the hall. The food is donated.',
      ],
      'en',
    );
    expect(r.attributions.map((a) => a.resolved)).toEqual(Array(4).fill('Anna Berger'));
    // (a food bank is a charity, no bank)
    expect(r.attributions[0]!.type).toBe('organization');
  });
});

describe('a verb of saying joined by “and” to the verb before it', () => {
  it('has the subject of the first, after an adverbial that opens the sentence', () => {
    expect(
      one(
        'On its website, the club thanked Tom Kahl for eight years of service and said a successor would be named soon.',
      )[0],
    ).toMatchObject({ source: 'the club', type: 'organization' });
    // (not the subject of a that-clause's verbs)
    expect(
      one('In fact, Dana Reyes says that the mayor knew of the plan and said nothing.').map((a) => a.source),
    ).toEqual(['Dana Reyes']);
  });

  it('reads a given name spelt as a month’s short form as a name before a surname', () => {
    const r = analyzeText(
      ['Club captain Jan Brandik said the team had let the coach down.', '“We failed,” he told reporters.'],
      'en',
    );
    expect(r.attributions[1]).toMatchObject({ resolved: 'Jan Brandik' });
  });
});

describe('one private person nobody named', () => {
  it('is whom a later “she” or “he” points to, unnamed, not a woman or man named before', () => {
    const r = analyzeText(
      [
        'Lea Roth chairs the tenants’ association.',
        'One patient, a retired postman, said he had waited 18 months for a new knee.',
        '“Some days I cannot get down the stairs,” he said.',
      ],
      'en',
    );
    expect(r.attributions[1]).toMatchObject({ source: 'he', resolved: 'One patient', type: 'person', named: false });
    const w = analyzeText(
      ['Dana Reyes opened the hearing.', 'A witness said the van did not stop.', 'She added that it was dark.'],
      'en',
    );
    expect(w.attributions[1]).toMatchObject({ resolved: 'A witness', named: false });
  });

  it('is no one “they” points to, nor are several people', () => {
    const r = analyzeText(
      [
        'The posts on the forum drew hundreds of replies.',
        'A user asked whether others would sign up again.',
        '“Never,” they said.',
      ],
      'en',
    );
    const they = r.attributions.find((a) => a.source === 'they');
    expect(they).toBeDefined();
    expect(they!.resolved).not.toBe('A user');
    // (a plural: "neighbours close to the family" are no "she")
    const f = analyzeText(
      [
        'Lea Roth spoke first.',
        'Neighbours close to the family said the singer was tired.',
        '“It was hard,” she said.',
      ],
      'en',
    );
    expect(f.attributions.find((a) => a.source === 'she')).toMatchObject({ resolved: 'Lea Roth' });
  });
});

describe('people of everyday roles', () => {
  it('are private persons, of no institution', () => {
    for (const s of [
      'One patient said the ward was cold.',
      'Tenants said the lifts had been broken for weeks.',
      'Commuters said the trains were late again.',
      'A pensioner said she could no longer pay her bills.',
    ])
      expect(one(s)[0]).toMatchObject({ type: 'person', named: false });
  });

  it('taken into a hospital are no speakers; admitting to a wrong is saying', () => {
    expect(one('The mayor welcomed the fall in flu patients admitted to city hospitals.')).toEqual([]);
    expect(
      one('Two patients admitted to hospital with burns were released, police said.').map((a) => a.source),
    ).toEqual(['police']);
    expect(one('The firm admitted to mistakes in its accounts.')[0]).toMatchObject({
      source: 'The firm',
      cue: 'admitted',
    });
    expect(one('The driver admitted to speeding.')[0]).toMatchObject({ source: 'The driver' });
  });
});

describe('a verb of dismissing', () => {
  it('gives a quotation it frames to its subject, and says nothing without one', () => {
    expect(one('Critics dismissed the plan as “too little, too late”.')[0]).toMatchObject({
      kind: 'quote',
      cue: 'dismissed',
      source: 'Critics',
    });
    expect(one('The opposition dismissed the report as “a whitewash”.')[0]).toMatchObject({ source: 'The opposition' });
    expect(one('The board dismissed its chief executive on Friday.')).toEqual([]);
    expect(one('The court dismissed the appeal.')).toEqual([]);
  });
});

describe('a noun after a modal', () => {
  it('is the object of the verb before it, no subject of a verb of saying', () => {
    expect(one('Shares fell after the chain warned that profits would miss forecasts.').map((a) => a.cue)).toEqual([
      'warned',
    ]);
    expect(one('Analysts said the lender could beat forecasts.').map((a) => a.source)).toEqual(['Analysts']);
  });
});

describe('a portfolio before a title of government', () => {
  it('is the office’s, not a body of its kind', () => {
    const type = (s: string) => one(s)[0]?.type;
    expect(type('Culture, Media and Sport Secretary Jan Brandik said the plan was sound.')).toBe('government');
    expect(type('Justice Secretary Lea Roth said the plan was sound.')).toBe('government');
    // (a party's shadow office and a body's name stay)
    expect(type('Shadow Health Secretary Lea Roth said the plan was flawed.')).toBe('politician');
    expect(type('Police spokesperson Lea Roth said the road was closed.')).toBe('security');
  });
});

describe('a body with a participle clause', () => {
  it('is typed by the body, not the participle’s object', () => {
    expect(one('The union representing shop workers said it would seek talks.')[0]).toMatchObject({
      type: 'organization',
    });
    // (a participle before a noun of its own modifies it)
    expect(one('The ticket booking firm Talbex said sales rose.')[0]!.type).not.toBe('media');
  });
});

describe('an opening phrase with complements before a name in apposition', () => {
  it('speaks, not its last complement', () => {
    expect(one('The chair of a panel on crime, Tom Kahl, said arrests had fallen.')[0]).toMatchObject({
      source: 'The chair of a panel on crime, Tom Kahl',
    });
    expect(
      one('The lead author of a new study on rents, Lea Roth of Talbury University, said prices would rise.')[0],
    ).toMatchObject({ source: 'The lead author of a new study on rents', type: 'expert' });
  });
});

describe('the authors of a study', () => {
  it('are experts; an author of nothing said stays a person', () => {
    expect(one('The authors of the study said the link was weak.')[0]).toMatchObject({ type: 'expert' });
    expect(one('The report’s authors said the link was weak.')[0]).toMatchObject({ type: 'expert' });
    expect(one('The author said the novel took ten years.')[0]).toMatchObject({ type: 'person' });
  });
});

describe('one of a group', () => {
  it('speaks as the group’s kind, unnamed, also when a pronoun names the group', () => {
    const r = analyzeText(
      [
        'Two aides familiar with the talks said the aid had been cut.',
        'One of them, speaking on condition of anonymity, said the cut was made at the last minute.',
        'One of them said the vote was close.',
      ],
      'en',
    );
    expect(r.attributions.slice(1).map((a) => [a.source, a.type, a.named])).toEqual([
      ['One of them', 'politician', false],
      ['One of them', 'politician', false],
    ]);
    expect(one('One of the aides, who spoke on condition of anonymity, said the vote was close.')[0]).toMatchObject({
      source: 'One of the aides',
      type: 'politician',
      named: false,
    });
    // (a name given to the one meant is theirs)
    expect(one('One of the marchers, Dana Reyes, said the march was peaceful.')[0]).toMatchObject({ named: true });
  });

  it('a group of people with plural nouns is what a later “they” points to', () => {
    const r = analyzeText(
      [
        'Lea Roth chairs the board.',
        'Two farmers said the dam had failed.',
        'They told the council it rained for weeks.',
      ],
      'en',
    );
    expect(r.attributions[1]).toMatchObject({ source: 'They', resolved: 'Two farmers', named: false });
  });
});

describe('an adjective that opens a sentence', () => {
  it('is no name before a noun of people; the group stays unnamed and is what “they” points to', () => {
    expect(one('Local farmers said the dam had failed.')[0]).toMatchObject({ type: 'person', named: false });
    expect(one('Angry residents said nobody had warned them.')[0]).toMatchObject({ type: 'person', named: false });
    const r = analyzeText(['Rural voters said the bus had been cut.', 'They told the council it mattered.'], 'en');
    expect(r.attributions[1]!.resolved).toBe('Rural voters');
    // (a given name and a body's name stay: "Neal's lawyer", "Talbex workers"; a group of them is some of
    // many, unnamed)
    expect(one('Talbex workers said the plant would close.')[0]).toMatchObject({ type: 'person', named: false });
    expect(one("Neal's lawyer said he would appeal.")[0]).toMatchObject({ named: true });
  });
});

describe('an adverbial of place that opens the sentence', () => {
  it('is no name heading a chain of appositions', () => {
    const r = analyzeText(
      [
        'Outside court, the council’s current leader, Dana Reyes, said lessons had been learned.',
        '“Never again,” she said.',
      ],
      'en',
    );
    expect(r.attributions.map((a) => a.resolved ?? a.source)).toEqual([
      'the council’s current leader, Dana Reyes',
      'Dana Reyes',
    ]);
  });
});

describe('a role whose type is only its fallback', () => {
  it('speaks for the body the text named last, unless a name before it says whose', () => {
    const r = analyzeText(
      ['The club confirmed the decision on Sunday.', '“Results were not good enough,” chairman Jan Brandik said.'],
      'en',
    );
    expect(r.attributions.find((a) => a.source === 'chairman Jan Brandik')).toMatchObject({ type: 'organization' });
    const h = analyzeText(
      [
        'Senator Dana Reyes leads the race, the Talbury Herald reported.',
        'Reyes adviser Tom Kahl said the lead was real.',
      ],
      'en',
    );
    expect(h.attributions.find((a) => a.source === 'Reyes adviser Tom Kahl')!.type).toBe('politician');
    expect(one('One supporter said the decision was overdue.')[0]).toMatchObject({ type: 'person', named: false });
  });
});

describe('a person named in passing', () => {
  it('is known for a later surname, with the full name', () => {
    const r = analyzeText(
      [
        'Former assistant Lea Roth, now 37, testified in the case against Tom Kahl.',
        'Roth said Kahl told her: “Today is special.”',
        'She said he later added: “A friend will join us.”',
      ],
      'en',
    );
    expect(r.attributions.map((a) => `${a.source}=${a.resolved}`)).toEqual([
      'Former assistant Lea Roth=null',
      'Roth=Lea Roth',
      'Kahl=Tom Kahl',
      'She=Lea Roth',
      'he=Tom Kahl',
    ]);
  });

  it('takes a middle name into the name, and no noun after the surname', () => {
    const r = analyzeText(
      ['The talk was given by Mary Anne Kahl at the Kahl Agency.', 'Kahl said it went well.'],
      'en',
    );
    expect(r.attributions[0]).toMatchObject({ source: 'Kahl', resolved: 'Mary Anne Kahl' });
  });
});

describe('names of bodies', () => {
  it('a known body before a place is that body there; a name ending in a noun for bodies is no person', () => {
    expect(one('NHS England said waiting lists had grown.')[0]).toMatchObject({ type: 'government' });
    expect(one('Police Scotland said two men had been arrested.')[0]).toMatchObject({ type: 'security' });
    expect(one('The Met Service said the heat would last.')[0]!.type).not.toBe('person');
    // (a given name after the body's name is a person's)
    expect(one('Reuters reporter Anna Kahl said the port was closed.')[0]!.type).not.toBe('person');
  });

  it('reads "so far" as no subject', () => {
    expect(one('Water firms have so far ruled out bans, though one said it was “watching closely”.')[0]).toMatchObject({
      source: 'Water firms',
    });
  });
});

describe('a verb of reporting without what was said', () => {
  it('counts with an outlet as subject, not with anyone else', () => {
    expect(one('The Talberg Journal first reported the talks on Monday.')[0]).toMatchObject({
      cue: 'reported',
      type: 'media',
    });
    expect(one('Staff reported the fault to managers.')).toEqual([]);
    expect(one('The company reported a loss.')).toEqual([]);
  });

  it('a tail after a comma may have a longer subject', () => {
    expect(
      one('Regulators are likely to look closely, analysts at Brandik Bank wrote in a note to clients.')[0],
    ).toMatchObject({ source: 'analysts at Brandik Bank', type: 'expert' });
    expect(
      one('Data compiled by Talbex Analytics show a rise.').find((a) => a.source === 'Talbex Analytics'),
    ).toMatchObject({
      type: 'company',
    });
  });
});

describe('a role a possessive owns, opening a sentence', () => {
  it('is no body that a later “its” points to, and speaks for the body before', () => {
    const r = analyzeText(
      [
        'The Talbury Councils Association said councils faced similar pressures.',
        'Its chairman told MPs that councils could go bust.',
      ],
      'en',
    );
    expect(r.attributions[1]).toMatchObject({ source: 'Its chairman', type: 'organization' });
  });
});

describe('a share of respondents in words', () => {
  it('speaks through the poll, whole', () => {
    expect(one('Seven in ten shoppers said they had cut back.')[0]).toMatchObject({
      source: 'Seven in ten shoppers',
      type: 'document',
    });
    expect(one('Two in five voters say the economy matters most.')[0]).toMatchObject({ type: 'document' });
    expect(one('Grocers deny that.')[0]).toMatchObject({ type: 'company', named: false });
  });

  it('in figures with a per cent sign, or as a fraction of a population, is what the poll found', () => {
    expect(one('Some 46% of tenants said their rent had gone up.')[0]).toMatchObject({
      source: 'Some 46% of tenants',
      type: 'document',
      named: false,
    });
    for (const [s, source] of [
      ['Nearly half of commuters say the trains have got worse.', 'Nearly half of commuters'],
      ['Two thirds of younger readers said they skip the print edition.', 'Two thirds of younger readers'],
      ['A majority of residents said the bus service had declined.', 'A majority of residents'],
      ['Respondents said prices were their main worry.', 'Respondents'],
    ] as const)
      expect(one(s)[0], s).toMatchObject({ source, type: 'document', named: false });
  });

  it('of a group the text points to is part of that group, unnamed', () => {
    expect(one('Half of the passengers said the train had stopped twice.')[0]).toMatchObject({
      source: 'Half of the passengers',
      type: 'person',
      named: false,
    });
  });
});

describe('a capitalised plural of people alone', () => {
  it('is a group, unnamed, and a surname the text introduced stays that person', () => {
    for (const s of [
      'Midwives said the ward was short-staffed.',
      'Cyclists said the lane was unsafe.',
      'Miners said the pit was flooded.',
    ])
      expect(one(s)[0]).toMatchObject({ type: 'person', named: false });
    const r = analyzeText(['Tom Sanders runs the bakery.', 'Sanders said the rent had doubled.'], 'en');
    expect(r.attributions[0]).toMatchObject({ resolved: 'Tom Sanders', named: true });
  });
});

describe('an adviser in a field', () => {
  it('serves clients in it when no body is named: a financial adviser is an expert, a legal one justice', () => {
    expect(one('A financial adviser said savers should wait.')[0]).toMatchObject({ type: 'expert', named: false });
    expect(one('A legal adviser said the contract was void.')[0]).toMatchObject({ type: 'justice' });
    // (an adviser of nobody in particular stays political, one of a body is the body's)
    expect(one('A special adviser said the plan was dead.')[0]).toMatchObject({ type: 'politician' });
    expect(one('An adviser to the mayor said the plan was dead.')[0]).toMatchObject({ type: 'government' });
  });
});

describe('a relative clause after a role in apposition', () => {
  it('says what the person does, not what they are', () => {
    const r = analyzeText(
      [
        "Lea Roth, a financial adviser who sits on the council's audit panel, said the figures were worrying.",
        'She warned that reserves would run out.',
      ],
      'en',
    );
    expect(r.attributions.map((a) => a.type)).toEqual(['expert', 'expert']);
  });
});

describe('a role that "her" owns', () => {
  it('speaks for the woman the text named last, not for the man named after her', () => {
    const r = analyzeText(
      [
        'The mayor, Dana Reyes, defended the budget.',
        'A supplier, Tom Kahl, complained about late payments.',
        'Her spokesman said the mayor would not resign.',
      ],
      'en',
    );
    expect(r.attributions.find((a) => a.source === 'Her spokesman')).toMatchObject({ type: 'government' });
  });
});

describe('what a court heard', () => {
  it('is said before the court: the court is the source, before or after what it heard', () => {
    expect(one('The court heard that the payments began in 2019.')[0]).toMatchObject({
      kind: 'reported',
      cue: 'heard',
      source: 'The court',
      type: 'justice',
    });
    expect(one('A former treasurer stole money from a charity, a court has heard.')[0]).toMatchObject({
      source: 'a court',
      type: 'justice',
      named: false,
    });
  });

  it('is no statement when others hear it, or when nothing heard is told', () => {
    expect(one('Neighbours heard that the shop would close.')).toEqual([]);
    expect(one('The tribunal has heard evidence from six witnesses.')).toEqual([]);
    expect(one('He heard the news on the radio.')).toEqual([]);
  });
});

describe('a capitalised function word after a capitalised word', () => {
  it('is part of a name, so the group is the subject and its judgement is not carried to the speaker before', () => {
    const r = analyzeText(
      [
        'Chairman Mirek Talbex said the decision was the hardest of his life.',
        'Fans\u2019 group Talbex Together called the decision \u201coverdue\u201d.',
      ],
      'en',
    );
    expect(r.attributions[1]).toMatchObject({ cue: 'called', source: 'Fans\u2019 group Talbex Together' });
    // (the whole name is the group's: it points to no one named before by its first word)
    const s = analyzeText(
      ['Talbury Rovers have sacked their manager.', 'Fan group Rovers Together said the decision was overdue.'],
      'en',
    );
    expect(s.attributions[0]).toMatchObject({ source: 'Fan group Rovers Together', resolved: null });
    expect(one('The campaign Stand Up To Talbury said the plan was reckless.')[0]).toMatchObject({
      source: 'The campaign Stand Up To Talbury',
    });
  });
});

describe('a sports club and the role of its manager', () => {
  it('is a body by the words that end a club name, and its manager a coach, who speaks as a person', () => {
    const r = analyzeText(
      [
        'Talbury Rovers have sacked manager Tom Kahl after six defeats.',
        'Kahl posted on Instagram that he was proud of the squad.',
      ],
      'en',
    );
    expect(r.attributions[0]).toMatchObject({ source: 'Kahl', resolved: 'Tom Kahl', type: 'person' });
    // (a role typed only by its fallback after a club is the club's where it is no coach's)
    const c = analyzeText(
      ['Talbury Rovers have sacked chief executive Tom Kahl.', 'Kahl said the club would invest.'],
      'en',
    );
    expect(c.attributions[0]).toMatchObject({ source: 'Kahl', type: 'organization' });
    // (in a sentence no body opens the fallback stays: a manager is a company's)
    const s = analyzeText(['Last year manager Tom Kahl was hired.', 'Kahl said he was proud of the team.'], 'en');
    expect(s.attributions[0]).toMatchObject({ type: 'company' });
  });
});

describe('a word in -ing between a capitalised word and a role', () => {
  it('modifies the role, so the whole title and the name are the speaker a later “he” points to', () => {
    const r = analyzeText(
      [
        'Opposition housing spokesman Tom Kahl accused ministers of “giving up”.',
        '“This is a government that cannot make its mind up,” he said.',
      ],
      'en',
    );
    expect(r.attributions.map((a) => [a.source, a.resolved, a.type])).toEqual([
      ['Opposition housing spokesman Tom Kahl', null, 'politician'],
      ['he', 'Tom Kahl', 'politician'],
    ]);
    // (a participle clause with a plural object after a body stays one: "the union representing officials")
    expect(one('The union representing officials said the offer was too low.')[0]).toMatchObject({
      type: 'organization',
      named: true,
    });
  });
});

describe('a role a possessive owns, introduced with a name', () => {
  it('is of the body named last, named or not, here and when the name comes back', () => {
    const r = analyzeText(
      [
        'The ministry declined to comment.',
        'The Talbury Builders Federation said members were deeply disappointed.',
        'Its chief executive, Jana Roth, added: “Uncertainty is the enemy of investment.”',
        'Roth said the sector needed clarity.',
      ],
      'en',
    );
    expect(r.attributions.map((a) => a.type)).toEqual(['organization', 'organization', 'organization']);
  });
});

describe('a person named in passing with the body they are of', () => {
  it('is typed by the body when the surname comes back', () => {
    const r = analyzeText(
      [
        'The research, led by Dr Lea Roth of Talbury University, examined breath samples from 30 dolphins.',
        '“Every single sample contained particles,” Roth said.',
      ],
      'en',
    );
    expect(r.attributions[0]).toMatchObject({ source: 'Roth', resolved: 'Lea Roth', type: 'expert' });
    // (a place one is from types nobody)
    const s = analyzeText(['Anna Berger of Talbury won the race.', 'Berger said it was hard.'], 'en');
    expect(s.attributions[0]).toMatchObject({ type: 'person' });
  });
});

describe('a quotation a word before it names', () => {
  it('is no quote: “so-called”, “titled”', () => {
    const r = analyzeText(
      [
        'Tom Kahl said the plan was dead.',
        'The towns make up the so-called Northern “red belt” that the party lost.',
        'The council published a report titled “Talbury Tomorrow”.',
      ],
      'en',
    );
    expect(r.attributions.map((a) => a.sentenceIndex)).toEqual([0]);
    // (a judgement quoted after its verb stays a quote)
    expect(one('Tom Kahl called the plan “a reckless gamble”.')[0]).toMatchObject({ kind: 'quote' });
  });
});

describe('a verb of asking', () => {
  it('reports nothing before a question it asks, but does before what is asked for', () => {
    expect(one('A reader asked the council whether the pool would reopen.')).toEqual([]);
    expect(one('She asked why nobody had checked the books.')).toEqual([]);
    expect(one('The union asked for a meeting with the minister.')[0]).toMatchObject({
      cue: 'asked',
      source: 'The union',
    });
    // (a question quoted is a quote)
    expect(one('“Why now?” she asked.')[0]).toMatchObject({ kind: 'quote' });
  });
});

describe('the speaker of “, saying …”', () => {
  it('is the subject of the main clause, not of a clause a conjunction subordinates, and may be a pronoun', () => {
    const r = analyzeText(
      [
        'Tom Kahl met the host in May.',
        'When Dana Reyes asked if he would share the letter, he refused, saying “That stays between us.”',
      ],
      'en',
    );
    expect(r.attributions[0]).toMatchObject({ cue: 'saying', source: 'he', resolved: 'Tom Kahl' });
    expect(one('When reporters arrived, police closed the road, saying it was unsafe.')[0]).toMatchObject({
      source: 'police',
    });
  });
});

describe('“Another”, “Others” alone before a verb', () => {
  it('are more of the people just quoted, unnamed, as German “ein anderer”, “andere”', () => {
    const r = analyzeText(
      [
        'One neighbour said the sky was orange.',
        'Another told the Talbury Courier she had seen smoke from three miles away.',
        'Others said they had heard nothing.',
      ],
      'en',
    );
    expect(r.attributions.map((a) => [a.source, a.type, a.named])).toEqual([
      ['One neighbour', 'person', false],
      ['Another', 'person', false],
      ['Others', 'person', false],
    ]);
    expect(one('Another fire broke out later.')).toEqual([]);
  });
});

describe('what someone suspects', () => {
  it('is what they think, with content', () => {
    expect(one('Investigators suspect that the fire was started deliberately.')[0]).toMatchObject({
      cue: 'suspect',
      type: 'security',
    });
    expect(one('A man suspected of arson was arrested.')).toEqual([]);
  });
});

describe('a fire and rescue service', () => {
  it('is a public authority, its name whole', () => {
    expect(one('Talbury Fire and Rescue Service said six engines attended.')[0]).toMatchObject({
      type: 'government',
    });
  });
});

describe('the authors, after the text cited a study', () => {
  it('are its researchers; the author of a novel nobody cited stays a person', () => {
    const study = analyzeText(
      [
        'A study by researchers at Talbury University found that rents rose faster than wages.',
        'The authors said the trend was likely to continue.',
        'Its authors also said more data was needed.',
      ],
      'en',
    ).attributions;
    expect(study[1]).toMatchObject({ source: 'The authors', type: 'expert' });
    expect(study[2]).toMatchObject({ source: 'Its authors', type: 'expert' });
    const novel = analyzeText(
      ['Tom Kahl has written a novel about the flood.', 'The author said he wanted to remember his village.'],
      'en',
    ).attributions;
    expect(novel[0]).toMatchObject({ source: 'The author', type: 'person' });
  });
});

describe('a name a quotation gives', () => {
  it('after "known as", "nicknamed" is no quote of the speaker before', () => {
    const found = analyzeText(
      [
        '“We will not give up,” said Tom Kahl, who runs the farm.',
        'The barn came to be known as the “old fortress” among the villagers.',
        'Its barn, nicknamed “the Talbury Wall”, was torn down.',
      ],
      'en',
    ).attributions;
    expect(found.map((a) => a.sentenceIndex)).toEqual([0]);
  });
});

describe('one of a group named before', () => {
  it('"according to one of them" points to the group', () => {
    const r = analyzeText(
      ['Residents said the door was locked.', 'According to one of them, it had been for days.'],
      'en',
    );
    expect(r.attributions[1]).toMatchObject({ kind: 'according_to', source: 'one of them', resolved: 'Residents' });
  });
});

describe('a place named with a point of the compass or "New"', () => {
  it('speaks as its government and is no one a later "he" points to', () => {
    const r = analyzeText(['North Talbury has long let tenants sue their landlords.', 'He says the law works.'], 'en');
    expect(r.attributions[0]).toMatchObject({ source: 'He', resolved: null });
    expect(one('North Talbury said it would appeal.')[0]).toMatchObject({ type: 'government' });
  });
});

describe('a passive speech verb with its agent', () => {
  it('is one attribution, not a second one for "reported by" after it', () => {
    const r = one('The filing, which was first reported by the Talbury Herald, runs to 40 pages.');
    expect(r.map((a) => [a.kind, a.source])).toEqual([['reported', 'the Talbury Herald']]);
    // (a second source of its own stays: "told Reuters")
    expect(one('Kahl told Reuters the plan was dead.').map((a) => a.source)).toEqual(['Kahl', 'Reuters']);
  });
});

describe('a verb that needs content at the end of its sentence', () => {
  it('reports after what was said, not after a modal or "not"', () => {
    expect(one('Talbex said it would respond.').map((a) => a.cue)).toEqual(['said']);
    expect(one('The plan is dead, she responded.').map((a) => a.cue)).toEqual(['responded']);
  });
});

describe('"the company" after a firm typed by its description', () => {
  it('is that firm, as after one nothing typed', () => {
    const r = analyzeText(
      [
        "Talbex, the world's biggest toymaker, said on Monday it would cut 500 jobs. The company added that demand was weak.",
      ],
      'en',
    ).attributions;
    expect(r.find((a) => a.sentenceIndex === 1)).toMatchObject({ source: 'The company', resolved: 'Talbex' });
  });
});

describe('"May" as a name', () => {
  it('goes on with the name before it, and opens a sentence before a verb in the past', () => {
    const r = analyzeText(
      [
        'Transport Secretary Dana May visited the new depot in the north of the town on Monday.',
        'May said the visit was useful.',
      ],
      'en',
    ).attributions;
    expect(r[0]).toMatchObject({ source: 'May', resolved: 'Dana May', type: 'government' });
    expect(one('May we ask why the depot closed?')).toEqual([]);
  });
});

describe('a police rank before a name', () => {
  it('is a role of the police, no part of the name a pronoun then means', () => {
    const r = analyzeText(
      ['Detective Inspector Dana Reyes said the fire was started on purpose. She urged witnesses to come forward.'],
      'en',
    ).attributions;
    expect(r[0]).toMatchObject({ source: 'Detective Inspector Dana Reyes', type: 'security' });
    expect(r[1]).toMatchObject({ source: 'She', resolved: 'Dana Reyes', type: 'security' });
    expect(one('Chief Superintendent Lea Roth said the roads were clear.')[0]).toMatchObject({ type: 'security' });
  });
});

describe('a person a pronoun points to, beside one named in a prepositional phrase', () => {
  it('stays whom the next "he" means', () => {
    const r = analyzeText(
      [
        'Tom Kahl, the residents’ candidate, has collected signatures for weeks.',
        'He needs them to run against incumbent Jan Brandik in March.',
        'He said he already had enough.',
      ],
      'en',
    ).attributions;
    expect(r.find((a) => a.cue === 'said')).toMatchObject({ resolved: 'Tom Kahl' });
    // (a role in lower case before the name in the phrase too)
    const lower = analyzeText(
      [
        'Tom Kahl, the residents’ candidate, has collected signatures for weeks.',
        'He needs them to run against incumbent Max Berger in March.',
        'He said he already had enough.',
      ],
      'en',
    ).attributions;
    expect(lower.find((a) => a.cue === 'said')).toMatchObject({ resolved: 'Tom Kahl' });
    // (an incumbent holds an office)
    expect(one('The incumbent said he would run again.')[0]).toMatchObject({ type: 'government' });
  });
});

describe('two roles before a name', () => {
  it('are one person under one article, two with an article each', () => {
    expect(one('The writer and director Tom Kahl said the film was finished.').map((a) => a.source)).toEqual([
      'The writer and director Tom Kahl',
    ]);
    expect(one('The mayor and the police chief said the road was closed.').map((a) => a.source)).toEqual([
      'The mayor',
      'the police chief',
    ]);
  });
});

describe('a private person introduced by a role and "a"', () => {
  it('stays unnamed when "the" takes the role up again', () => {
    const r = analyzeText(
      ['A taxi driver at the station said business was bad.', '“It used to be better,” the taxi driver said.'],
      'en',
    ).attributions;
    expect(r.find((a) => a.sentenceIndex === 1)).toMatchObject({ source: 'the taxi driver', named: false });
  });
});

describe('two subjects joined by "and"', () => {
  it('are two sources when both are full names, the second opens with an article, or "both" opens them', () => {
    const sources = (s: string) => one(s).map((a) => a.source);
    expect(sources('Tom Kahl and Lea Roth said they would appeal.')).toEqual(['Tom Kahl', 'Lea Roth']);
    expect(sources('Talbex and the city council said the plant would stay open.')).toEqual([
      'Talbex',
      'the city council',
    ]);
    expect(sources('But both Talbex and Norvia said prices would rise.')).toEqual(['Talbex', 'Norvia']);
    expect(sources('Both the mayor and the police chief said the road was safe.')).toEqual([
      'the mayor',
      'the police chief',
    ]);
  });

  it('stay one group with a possessive or a noun after the names', () => {
    expect(one('Kahl and his family said they were relieved.').map((a) => a.source)).toEqual(['Kahl and his family']);
    expect(one('The Reyes and Kahl campaigns said the debate was fair.').map((a) => a.source)).toEqual([
      'The Reyes and Kahl campaigns',
    ]);
  });
});

describe('"Former" opening a sentence', () => {
  it('is no name a pronoun could point to', () => {
    const r = analyzeText(
      ['Former colleagues told the paper that the singer was unhappy.', 'She said she wanted to leave the band.'],
      'en',
    ).attributions;
    expect(r.find((a) => a.cue === 'said')).toMatchObject({ source: 'She' });
    expect(r.find((a) => a.cue === 'said')?.resolved).not.toBe('Former');
    // (a former office keeps its name: "Former Prime Minister Dana Reyes")
    expect(one('Former Prime Minister Dana Reyes said the talks had failed.')[0]).toMatchObject({
      display: 'Dana Reyes',
      type: 'politician',
    });
  });
});

describe('quotation marks around a title in a sentence not in title case', () => {
  it('make no quotation of the speaker before', () => {
    const r = analyzeText(
      [
        '“I loved every minute of it,” Lea Roth said.',
        'In 2006, she went to see the documentary “The Long Road Home.”',
        'Two of its songs, “The Long Road” and “Songs of the Sea,” topped the charts.',
      ],
      'en',
    ).attributions;
    expect(r.map((a) => a.sentenceIndex)).toEqual([0]);
  });
});

describe('a source named before the colon that ends a sentence', () => {
  it('is whose words the quotation after it are, not the speaker before', () => {
    const r = analyzeText(
      [
        'Tom Kahl says the camera was put up at night.',
        'According to the lawsuit the tenants filed in May:',
        '“Shortly after midnight on 4 May, a stranger climbed the fence and fixed a camera to a tree.”',
      ],
      'en',
    ).attributions;
    expect(r.filter((a) => a.sentenceIndex === 2)).toEqual([
      expect.objectContaining({ kind: 'quote', source: 'the lawsuit', type: 'document' }),
    ]);
    const de = analyzeText(
      [
        'Tom Kahl sagt, die Kamera sei nachts aufgestellt worden.',
        'In der Anklageschrift heißt es:',
        '„Gegen drei Uhr betrat eine unbekannte Person das Grundstück und brachte eine Kamera an.“',
      ],
      'de',
    ).attributions;
    expect(de.filter((a) => a.sentenceIndex === 2)).toEqual([
      expect.objectContaining({ kind: 'quote', source: 'der Anklageschrift' }),
    ]);
  });
});

describe('a body known by a name that ends in a noun for bodies', () => {
  it('is what "it" points to, not "she"', () => {
    const r = analyzeText(
      [
        'Talbury Police said six people were arrested.',
        'A woman was praised after she said the rioters were "thugs".',
        'It said the road was closed.',
      ],
      'en',
    ).attributions;
    expect(r.find((a) => a.sentenceIndex === 1)).toMatchObject({ source: 'she' });
    expect(r.find((a) => a.sentenceIndex === 1)?.resolved).not.toBe('Talbury Police');
    expect(r.find((a) => a.sentenceIndex === 2)).toMatchObject({ source: 'It', resolved: 'Talbury Police' });
  });
});

describe('one person nobody named who opens a sentence', () => {
  it('is whom a pronoun of that gender later in it means, unnamed', () => {
    const r = analyzeText(
      ['Talbury Police said six people were arrested.', 'A woman was praised after she said the rioters were "thugs".'],
      'en',
    ).attributions;
    expect(r.find((a) => a.sentenceIndex === 1)).toMatchObject({ source: 'she', resolved: 'A woman', named: false });
    // (a noun of people of one gender says it: "a woman", "her father"; a role of both says none)
    expect(one('A local man said the road had been closed for hours.')[0]).toMatchObject({ named: false });
  });
});

describe('"the" and a relational role alone', () => {
  it('points back to the person introduced with that role', () => {
    const r = analyzeText(
      [
        'President Tom Kahl announced on Monday that the port would be sold.',
        'Later the president told reporters the sale was final.',
      ],
      'en',
    ).attributions;
    expect(r.find((a) => a.sentenceIndex === 1)).toMatchObject({ source: 'the president', resolved: 'Tom Kahl' });
    // (with nobody introduced so, it stays the office)
    expect(one('The president said the talks had failed.')[0]).toMatchObject({ resolved: null, type: 'government' });
  });
});

describe('a heading in the imperative', () => {
  it('is nobody a later pronoun points to', () => {
    const r = analyzeText(
      [
        'Lea Roth, a travel agent, gave her advice for cheaper trips.',
        'Book your tickets early',
        'Lea said: "Tickets get dearer every month."',
        'Book a quiet hotel',
        'She noted: "Quiet hotels cost less in spring."',
      ],
      'en',
    ).attributions;
    expect(r.find((a) => a.cue === 'noted')).toMatchObject({ source: 'She', resolved: 'Lea Roth' });
  });
  it('leaves a name that opens a sentence a subject', () => {
    const r = analyzeText(['Lea won the vote on Monday.', 'She said: "That night felt endless."'], 'en').attributions;
    expect(r.find((a) => a.cue === 'said')?.resolved).toBe('Lea');
  });
});

describe('a role at a body with a name after it and no comma', () => {
  it('is the person named last', () => {
    expect(one('Sales Manager at Talbex Lea Roth said prices would rise.')[0]).toMatchObject({
      display: 'Lea Roth',
      type: 'company',
    });
  });
  it('leaves a role for a person with a lower-case word before the name', () => {
    expect(one('A spokesperson for Lea Roth said she would not attend.')[0]?.display).not.toBe('Lea Roth');
  });
});

describe('a pronoun of one gender', () => {
  it('tells the gender of a person whose given name says none, so that one of the other gender means somebody else', () => {
    const r = analyzeText(
      [
        'Talina Brandik says Talbote Kahl met her at the station.',
        'Brandik said Tom Reyes told her: "We will find the train."',
        'Later she said he announced: "The train has left," and a porter came in.',
      ],
      'en',
    ).attributions;
    expect(r.find((a) => a.cue === 'said' && a.sentenceIndex === 2)?.resolved).toBe('Talina Brandik');
    expect(r.find((a) => a.cue === 'announced')?.resolved).toBe('Tom Reyes');
  });
  it('of the other gender than the person named last points to no lone capitalised word', () => {
    const r = analyzeText(
      [
        'Glassine makes car parts lighter.',
        'Glassine also has the advantage of being cheap.',
        '“It is cheap,” Lea Roth told me.',
        '“Her idea works,” he told me.',
      ],
      'en',
    ).attributions;
    expect(r.find((a) => a.source === 'he')?.resolved ?? null).toBeNull();
  });
});

describe('a heading between a person introduced and a quotation', () => {
  it('leaves the quotation to nobody of the section before', () => {
    const r = analyzeText(
      [
        'Mayor Lea Roth visited the site on Monday.',
        'What the market costs',
        '“We are building faster than we thought.”',
      ],
      'en',
    ).attributions;
    expect(r.find((a) => a.sentenceIndex === 2)?.source ?? null).toBeNull();
  });
});

describe('a role after "is" or "was"', () => {
  it('is the role of the person who opens the sentence', () => {
    const r = analyzeText(
      ['Lea Roth is a professor of chemistry at Talbury University.', 'She said the method was safe.'],
      'en',
    ).attributions;
    expect(r[0]).toMatchObject({ resolved: 'Lea Roth', type: 'expert' });
    const s = analyzeText(['Talbex is a start-up in Talbury.', 'It said sales rose.'], 'en').attributions;
    expect(s[0]).toMatchObject({ resolved: 'Talbex', type: 'company' });
  });
  it('leaves a person described by no role a person', () => {
    const r = analyzeText(['Lea Roth is a mother of two.', 'She said the school was too far.'], 'en').attributions;
    expect(r[0]).toMatchObject({ resolved: 'Lea Roth', type: 'person' });
  });
});

describe('a verb of saying after "a"/"an" and one more word', () => {
  it('is a noun, no verb with the word before as its subject', () => {
    expect(one('Days later a written reply from a Talbex press officer arrived.')).toEqual([]);
  });
  it('stays a verb after a noun of people', () => {
    expect(one('A resident says the road is dangerous.')[0]).toMatchObject({ kind: 'reported', cue: 'says' });
    expect(one('A spokesperson said the road was closed.')[0]).toMatchObject({ kind: 'reported', cue: 'said' });
  });
});

describe('"boast"', () => {
  it('says something only before what is said: "boasts three pools" is "has"', () => {
    expect(one('The new hotel boasts three pools and a spa.')).toEqual([]);
    expect(one('Kahl boasted that sales had doubled.')[0]).toMatchObject({ cue: 'boasted', source: 'Kahl' });
    expect(one('“We doubled sales,” Kahl boasted.')[0]).toMatchObject({ cue: 'boasted', source: 'Kahl' });
  });
});

describe('"those" before an adjective or a participle', () => {
  it('is people it says who they are, nobody named', () => {
    for (const s of [
      'Those involved at the Talbury depot insist that training comes first.',
      'Those familiar with the talks said a deal was close.',
      'Those close to the Talbex board said a deal was close.',
    ])
      expect(one(s)[0]).toMatchObject({ type: 'person', named: false });
  });
  it('leaves "those" before a noun to the noun', () => {
    expect(one('Those documents show that a deal was close.')[0]).toMatchObject({ type: 'document' });
  });
});

describe('a bare verb form that ends a prepositional phrase opening the sentence', () => {
  it('is its noun, with no subject and nothing said', () => {
    const r = one('After a tense investor call, Dana Reyes of Talbex promised shareholders a “fair deal.”');
    expect(r.map((a) => [a.cue, a.source])).toEqual([['promised', 'Dana Reyes']]);
  });
  it('with names and numbers inside the phrase', () => {
    const r = one(
      'On a March 3 Talbex investor call, Dana Reyes, an analyst, voiced doubts: “The numbers do not add up.”',
    );
    expect(r.map((a) => a.source)).toEqual(['Dana Reyes']);
  });
  it('stays a verb after "as" or after a subject of its own', () => {
    expect(one('As the experts say, the plant is “safe.”')[0]).toMatchObject({ cue: 'say', source: 'the experts' });
    expect(one('In the end the experts say, the plant is “safe.”')[0]).toMatchObject({ cue: 'say' });
  });
});

describe('a verb of saying right before another one', () => {
  it('has nothing said of its own when the second has a subject', () => {
    const r = one('Tom Kahl, a retired firefighter who responded said: "The roof had gone."');
    expect(r.map((a) => a.cue)).toEqual(['said']);
    // (a noun of a document read as a verb before the document's verb: "report argued")
    const s = one('In May, a Talbury Council report argued the scheme needed more study.');
    expect(s.map((a) => [a.cue, a.source])).toEqual([['argued', 'a Talbury Council report']]);
  });
  it('keeps the first when the second is a noun with no subject', () => {
    expect(one('The forum posts mention places that fit his story.')[0]).toMatchObject({ cue: 'mention' });
  });
});

describe('a verb of saying in the infinitive after what somebody wants, is willing or refuses to do', () => {
  it('reports nothing said', () => {
    expect(one('Tom Kahl is seen as a centrist willing to criticize the wider party.')).toEqual([]);
    expect(one('The mayor refused to criticize the plan.')).toEqual([]);
    expect(one('The council wants to announce the plan in May.')).toEqual([]);
  });
  it('still reports after a verb that goes on with the speaker’s words', () => {
    expect(one('Lea Roth continued to insist that the plan had failed.')[0]).toMatchObject({ source: 'Lea Roth' });
    expect(one('Lea Roth went on to say that the plan had failed.')[0]).toMatchObject({
      cue: 'say',
      source: 'Lea Roth',
    });
    expect(one('The chief executive sought to assure lenders that the firm was sound.')[0]).toMatchObject({
      cue: 'assure',
    });
  });
});

describe('one capitalised word that speaks', () => {
  it('is whom a later pronoun may mean', () => {
    const r = analyzeText(['Kahl said the vote was close.', 'He added that a recount was likely.'], 'en').attributions;
    expect(r[1]).toMatchObject({ source: 'He', resolved: 'Kahl' });
  });
  it('only when it speaks: a word that opens a sentence and says nothing is not', () => {
    const r = analyzeText(
      ['Tom Reyes chairs the board.', 'Glassine makes parts lighter.', '“It is cheap,” he said.'],
      'en',
    ).attributions;
    expect(r[0]?.resolved).toBe('Tom Reyes');
  });
});

describe('"explain" with a thing as its subject', () => {
  it('is a cause, no statement', () => {
    expect(one('The high oil price explains the rise in inflation.')).toEqual([]);
  });
  it('stays a statement of people and bodies', () => {
    expect(one('Kahl explained that the price was to blame.')[0]).toMatchObject({ cue: 'explained' });
  });
});

describe('"emphasise" and "confirm" with a thing as subject', () => {
  it('report nothing said', () => {
    expect(one('The narrow cut emphasises the waist.')).toEqual([]);
    expect(one('The rise confirms the trend of recent years.')).toEqual([]);
  });
  it('still report a body or a person', () => {
    expect(one('The ministry confirmed the figures.')[0]).toMatchObject({ cue: 'confirmed', type: 'government' });
  });
});

describe('the name before a company officer’s role', () => {
  it('is a company wherever the article names it alone, before or after', () => {
    const r = analyzeText(
      [
        'Talbex recently announced new tools, which Talbex CEO Tom Kahl calls a "step change".',
        'Talbex said sales rose.',
      ],
      'en',
    ).attributions;
    expect(r.filter((a) => a.source === 'Talbex').map((a) => a.type)).toEqual(['company', 'company']);
  });
  it('is not a word of rank or time before the name', () => {
    const r = analyzeText(
      ['Former Talbex CEO Tom Kahl said the plan had failed.', 'Former staff said so too.'],
      'en',
    ).attributions;
    expect(r[0]).toMatchObject({ type: 'company' });
  });
});

describe('"what X calls Y" with no quotation after it', () => {
  it('names a thing and reports nothing', () => {
    expect(one('The lining is what Talbex calls Loftfiber padding, which comes from old bottles.')).toEqual([]);
    expect(one('These trials belong to what Talbex calls the Northstar scheme, which will run until May.')).toEqual([]);
  });
  it('with a quotation gives the words of whoever called it so', () => {
    expect(one('The bill will scrap what ministers called the “outworn and unfair” rules.')[0]).toMatchObject({
      kind: 'quote',
      source: 'ministers',
    });
  });
});

describe('one who heads a body or works as something', () => {
  it('takes its type or the role', () => {
    const r = analyzeText(
      ['Tom Kahl heads the Talbury police.', 'Kahl said the situation was serious.'],
      'en',
    ).attributions;
    expect(r[0]).toMatchObject({ resolved: 'Tom Kahl', type: 'security' });
    const s = analyzeText(
      ['Tom Kahl was from 2008 to 2020 chief executive of Talbex.', 'Kahl said the figures were good.'],
      'en',
    ).attributions;
    expect(s[0]).toMatchObject({ resolved: 'Tom Kahl', type: 'company' });
  });
});

describe('a relative clause with "runs" or a perfect of "be"', () => {
  it('gives the speaker the role', () => {
    for (const [s, type] of [
      ['Tom Kahl, who runs the Talbury police, said the town was calm.', 'security'],
      ['Tom Kahl, who has run the Talbury police since 2019, said the town was calm.', 'security'],
      ['Tom Kahl, who has been mayor of Talbury since 2019, said the town was calm.', 'government'],
      ['Tom Kahl, who has run three marathons, said the race was hard.', 'person'],
    ] as const)
      expect(one(s)[0]?.type).toBe(type);
  });
});

describe('a headline in title case with its function words in lower case', () => {
  it('names nobody by its capitals ("Kahl’s Exit Opens the Door …")', () => {
    const r = analyzeText(
      ['Tom Kahl’s Exit Opens the Door to a New Era for the Club', 'He said the club faced hard times.'],
      'en',
    );
    expect(r.attributions[0]).toMatchObject({ source: 'He' });
    expect(r.attributions[0]!.resolved).not.toBe('Exit Opens');
  });

  it('is no sentence with a verb in lower case, whose names are introduced', () => {
    const r = analyzeText(
      ['Tom Kahl of Talbex met Lea Roth in Talbury on Monday.', 'He said the talks went well.'],
      'en',
    );
    expect(r.attributions[0]).toMatchObject({ source: 'He', resolved: 'Tom Kahl' });
  });
});

describe('a colon quotation after a clause that opens the sentence', () => {
  it('is the speech of the subject of the clause before the colon, a surname the text named before', () => {
    const r = analyzeText(
      [
        'Tom Kahl left the house in May.',
        'In reply, Kahl is believed to have written to his sister in three words: “Come home soon.”',
      ],
      'en',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({ source: 'Kahl', resolved: 'Tom Kahl' });
  });
  it('is the speech of the subject after a prepositional phrase that opens the sentence and its comma', () => {
    const r = one(
      'At the hearing, Dana Reyes, counsel to the Talbury tenants, raised a further point: “Nobody was asked.”',
    );
    expect(r.map((a) => [a.cue, a.source])).toEqual([[':', 'Dana Reyes']]);
    // (only a mention that names someone: "the plan" is what the words are about)
    expect(one('In the end, the plan was simple: “Build first.”').filter((a) => a.source)).toEqual([]);
  });
});

describe('"General" after another office', () => {
  const later = (first: string, surname: string) =>
    analyzeText([first, `${surname} added that the work would go on.`], 'en').attributions[1]!;

  it('is no military rank: the office before it is the role, in the sentence and for a later surname', () => {
    expect(later('Attorney General Lea Roth said the case was closed.', 'Roth')).toMatchObject({ type: 'justice' });
    expect(later('Surgeon General Lea Roth said the vaccine was safe.', 'Roth')).toMatchObject({ type: 'government' });
    expect(one('Surgeon General Lea Roth said the vaccine was safe.')[0]).toMatchObject({ type: 'government' });
  });

  it('belongs to the office after it as its title, no body it speaks for ("General Secretary-Treasurer")', () => {
    const r = analyzeText(
      [
        'At a meeting in May, the members of the drivers’ union elected General Secretary-Treasurer Tom Kahl to a second term.',
        'Kahl said the strike would go on.',
      ],
      'en',
    );
    expect(r.attributions[0]).toMatchObject({ resolved: 'Tom Kahl' });
    expect(r.attributions[0]!.type).not.toBe('security');
  });

  it('stays a rank alone or after a rank', () => {
    expect(later('General Tom Kahl said the troops would stay.', 'Kahl')).toMatchObject({ type: 'security' });
    expect(later('Major General Tom Kahl said the troops would stay.', 'Kahl')).toMatchObject({ type: 'security' });
  });
});

describe('coroners, inquests and ombudsmen', () => {
  it('are a court and a public office', () => {
    expect(one('The inquest heard that the brakes had failed.')[0]).toMatchObject({ cue: 'heard', type: 'justice' });
    expect(one('The coroner said the death was accidental.')[0]).toMatchObject({ type: 'justice' });
    expect(one('The ombudsman said the complaint was upheld.')[0]).toMatchObject({ type: 'government' });
  });
});

describe('verbs of the manner of speaking ("fumed", "laughs", "snapped")', () => {
  it('tag the quotation beside them, with the speaker before or after them', () => {
    expect(one('“It’s a scandal,” fumed Tom Kahl.')[0]).toMatchObject({ kind: 'quote', source: 'Tom Kahl' });
    expect(one('“I love it,” she laughs.')[0]).toMatchObject({ kind: 'quote', cue: 'laughs', source: 'she' });
    expect(one('“We won,” beamed the coach.')[0]).toMatchObject({ source: 'the coach' });
  });
  it('say nothing away from a quotation', () => {
    expect(one('The crowd laughed when the band came on.')).toEqual([]);
    expect(one('Kahl smiled and waved at the cameras.')).toEqual([]);
    expect(one('The fire raged for hours.')).toEqual([]);
  });
});

describe('an irregular verb in the past after a noun', () => {
  it('ends the mention before it ("The singer | took to Instagram to write: …")', () => {
    const r = one('The singer took to Instagram to write: “I am heartbroken.”');
    expect(r.map((a) => a.source)).toEqual(['The singer']);
    const s = analyzeText(['The mayor spoke first.', 'A police spokeswoman later confirmed the arrest.'], 'en');
    expect(s.attributions[0]).toMatchObject({ source: 'A police spokeswoman', named: false });
  });
  it('leaves a form that is a noun too in the mention ("a pay cut")', () => {
    expect(one('A pay cut was agreed, the union said.')[0]).toMatchObject({ source: 'the union' });
  });
});

describe('"slam" and "hit out"', () => {
  it('are verbs of criticism with a speaker as subject', () => {
    expect(one('Fans slammed the decision as reckless.')[0]).toMatchObject({ cue: 'slammed', source: 'Fans' });
    expect(one('Tom Kahl hit out at the decision.')[0]).toMatchObject({ cue: 'hit out', source: 'Tom Kahl' });
  });
  it('say nothing of a thing or without "out"', () => {
    expect(one('The car slammed into a wall.')).toEqual([]);
    expect(one('The storm hit the coast.')).toEqual([]);
  });
});

describe('"citing X"', () => {
  it('names X as a source only when X is one: a person, a body, a document, or a vague source', () => {
    expect(one('The firm, citing a surge in demand, raised prices.')).toEqual([]);
    const r = one('The paper reported the plan, citing a leaked memo.');
    expect(r.find((a) => a.kind === 'according_to')).toMatchObject({ source: 'a leaked memo', type: 'document' });
    const s = one('Citing sources, the Talbury Times reported that the deal was off.');
    expect(s.find((a) => a.kind === 'according_to')).toMatchObject({ source: 'sources', named: false });
  });
});

describe('a noun that names a body by its kind alone ("the company", "the newspaper")', () => {
  it('points back to the one body of that type the text named, shown under its name', () => {
    const r = analyzeText(['Talbex Inc. said sales had fallen.', 'The company added that jobs were safe.'], 'en');
    expect(r.attributions[1]).toMatchObject({ source: 'The company', type: 'company', display: 'Talbex Inc.' });
    expect(new Set(r.attributions.map((a) => a.display)).size).toBe(1);
  });
});

describe('a verb of saying in the progressive ("are warning", "has been saying")', () => {
  it('is a finite verb whose subject stands before the auxiliary', () => {
    expect(one('Experts are warning that the drought could last.')[0]).toMatchObject({
      cue: 'warning',
      source: 'Experts',
      type: 'expert',
    });
    expect(one('Tom Kahl has been saying for months that the plan is dead.')[0]).toMatchObject({ source: 'Tom Kahl' });
    expect(one('The union is demanding a pay rise.')[0]).toMatchObject({ source: 'The union' });
  });
  it('is no statement denied, nor an adjective after "be"', () => {
    expect(one('Tom Kahl is not saying whether he will run.')).toEqual([]);
    expect(one('The figures were worrying.')).toEqual([]);
  });
});

describe('the main person of an article and a body that speaks twice', () => {
  it('keeps the person a person: "the government" is no office a person holds', () => {
    const r = analyzeText(
      [
        'Tom Kahl said the school had reopened.',
        'Kahl said pupils were back.',
        'The government said the school would get funds.',
        'Kahl said the roof still leaked.',
        'The council is again urging schools to reopen.',
      ],
      'en',
    );
    expect(r.attributions.filter((a) => a.display === 'Tom Kahl').map((a) => a.type)).toEqual([
      'person',
      'person',
      'person',
    ]);
  });
});

describe('a quotation over several paragraphs', () => {
  it('each left open and opened again, takes the speaker its last paragraph names', () => {
    const r = analyzeText(
      ['“We are pleased with the result. We worked hard for this.', '“Next year we will do better,” Kahl said.'],
      'en',
    );
    expect(r.attributions.map((a) => [a.sentenceIndex, a.source])).toEqual([
      [0, 'Kahl'],
      [1, 'Kahl'],
      [2, 'Kahl'],
    ]);
  });
  it('not a paragraph that opens a quotation of its own after one that closed', () => {
    const r = analyzeText(['“We are pleased,” said Dana Reyes.', '“Next year we will do better,” Kahl said.'], 'en');
    expect(r.attributions.map((a) => a.source)).toEqual(['Dana Reyes', 'Kahl']);
  });
});

describe('"said" as a determiner after a verb ("to destroy said files")', () => {
  it('says nothing and names no speaker', () => {
    expect(one('The court ordered the firm to destroy said files.')).toEqual([]);
    expect(one('Talbex plans to scan new uploads and quietly delete said uploads.')).toEqual([]);
  });
  it('stays a verb after a subject', () => {
    expect(one('Officials said reports were false.')[0]).toMatchObject({ cue: 'said', source: 'Officials' });
    expect(one('Tom Kahl later said officers had lied.')[0]).toMatchObject({ source: 'Tom Kahl' });
    expect(one('Residents who live nearby said noise was a problem.')[0]).toMatchObject({ source: 'Residents' });
  });
});

describe('a clause without "that" after a verb that needs what is said', () => {
  it('opens with a pronoun that can only be a subject, or a noun phrase and a verb in the past', () => {
    expect(one('Tom Kahl believes he acted correctly.')[0]).toMatchObject({ cue: 'believes', source: 'Tom Kahl' });
    expect(one('Lea Roth thinks they made a mistake.')[0]).toMatchObject({ source: 'Lea Roth' });
    expect(one('Police believe the man fled on foot.')[0]).toMatchObject({ source: 'Police', type: 'security' });
    expect(one('Investigators suspect the fire started in the kitchen.')[0]).toMatchObject({ cue: 'suspect' });
  });
  it('not an object alone, an adjective after its article, nor an object with a relative clause', () => {
    expect(one('Police suspect arson.')).toEqual([]);
    expect(one('The shop reported the damaged goods.')).toEqual([]);
    expect(one('Dana Reyes has described the abuse she suffered in detail.')).toEqual([]);
  });
});

describe('"in his view", "by her own account", "in the view of X", "in Kahl\'s view"', () => {
  it('are according to: the possessive points back, a name in the genitive or after "of" is the source', () => {
    const r = analyzeText(['Tom Kahl chairs the board. In his view, the merger is fair.'], 'en').attributions;
    expect(r[0]).toMatchObject({ kind: 'according_to', cue: 'In his view', resolved: 'Tom Kahl' });
    expect(one('By her own account, Lea Roth left the club in 2019.')[0]).toMatchObject({ cue: 'By her own account' });
    expect(one('In the view of the regulator, the merger harms consumers.')[0]).toMatchObject({
      source: 'the regulator',
    });
    expect(one("In Kahl's view, the plan is doomed.")[0]).toMatchObject({ kind: 'according_to', display: 'Kahl' });
  });
  it('not a view of something, nor a lower-case word before the genitive', () => {
    expect(one('In full view of the crowd, the tower fell.')).toEqual([]);
    expect(one("In last year's words, nothing changed.")).toEqual([]);
  });
});

describe('clergy, players, surgeons and fire chiefs', () => {
  it('are typed by their role', () => {
    expect(one('The bishop said the church would stay open.')[0]).toMatchObject({ type: 'person' });
    expect(one('The referee said the goal was offside.')[0]).toMatchObject({ type: 'person' });
    expect(one('A surgeon said the patient was stable.')[0]).toMatchObject({ type: 'expert' });
    expect(one('The fire chief said the blaze was under control.')[0]).toMatchObject({ type: 'government' });
  });
});

describe('two full names joined by "and" after a role in the plural', () => {
  it('both hold the role, for a later surname', () => {
    const r = analyzeText(
      ['We met two chemists, Tom Kahl and Dana Reyes, at the lake.', 'Reyes said the ice was thin.'],
      'en',
    );
    expect(r.attributions[0]).toMatchObject({ resolved: 'Dana Reyes', type: 'expert' });
  });
  it('not after a role in the singular, which the first name alone holds', () => {
    const r = analyzeText(['The spokesman Tom Kahl and Dana Reyes met.', 'Reyes said the talks went well.'], 'en');
    expect(r.attributions[0]!.type).toBe('person');
  });
});

describe('a finding aimed at ("wanted to find", "tried to show")', () => {
  it('is none yet', () => {
    expect(one('The researchers wanted to find a cure that already existed.')).toEqual([]);
    expect(one('The scientists tried to show that the ice lasts longer.')).toEqual([]);
  });
  it('unlike one made', () => {
    expect(one('The scientists managed to show that the ice lasts longer.')).toEqual([]);
    expect(one('The scientists showed that the ice lasts longer.')[0]).toMatchObject({ type: 'expert' });
  });
});

describe('"a researcher named Tom Kahl", "a man called Tom Kahl"', () => {
  it('introduce the name with the role, for a later surname', () => {
    const r = analyzeText(['She worked with a researcher named Tom Kahl.', 'Kahl said the ice was thin.'], 'en');
    expect(r.attributions[0]).toMatchObject({ resolved: 'Tom Kahl', type: 'expert' });
    const s = analyzeText(['She met a colleague named Lesley Fenwick.', 'Fenwick said the ice was thin.'], 'en');
    expect(s.attributions[0]).toMatchObject({ resolved: 'Lesley Fenwick' });
  });
});

describe('"the industry"', () => {
  it('speaks for the firms of a trade', () => {
    expect(one('According to the industry, sales will rise.')[0]).toMatchObject({ type: 'company' });
  });
});

describe('nouns of two words, campaign groups, the prosecution, stars', () => {
  it('are typed by what they are', () => {
    expect(one('The think tank said the cuts would hurt families.')[0]).toMatchObject({ type: 'expert' });
    expect(one('A government white paper says the cuts will hurt families.')[0]).toMatchObject({ type: 'document' });
    expect(one('The campaign group said the cuts would hurt families.')[0]).toMatchObject({ type: 'organization' });
    expect(one('The prosecution said the defendant lied.')[0]).toMatchObject({ type: 'justice' });
    expect(one('The star said she was thrilled.')[0]).toMatchObject({ type: 'person' });
  });
  it("a party group stays a party's", () => {
    expect(one('The party group said the cuts would hurt families.')[0]).toMatchObject({ type: 'politician' });
  });
});

describe('bankers and consuls', () => {
  it('are typed by their role', () => {
    expect(one('The banker said rates would rise.')[0]).toMatchObject({ type: 'company' });
    expect(one('The consul said the talks went well.')[0]).toMatchObject({ type: 'government' });
  });
});

describe('more roles of everyday news', () => {
  it('are typed as the German lexicon types them', () => {
    expect(one('The entrepreneur said sales had doubled.')[0]).toMatchObject({ type: 'company' });
    expect(one('An accountant said the books were clean.')[0]).toMatchObject({ type: 'expert' });
    expect(one('The investigator said the fire was arson.')[0]).toMatchObject({ type: 'security' });
    expect(one('The presenter said the show would go on.')[0]).toMatchObject({ type: 'media' });
    expect(one('The defendant said he was innocent.')[0]).toMatchObject({ type: 'person' });
    expect(one('The captain said the team was ready.')[0]).toMatchObject({ type: 'person' });
  });
});

describe('a relative clause after the object of a verb that needs content', () => {
  it('is no content of its own', () => {
    expect(one('Lea Roth called Tom Kahl, who confirmed that the deal was off.').map((a) => a.source)).toEqual([
      'Tom Kahl',
    ]);
  });
});

describe('a passive with its agent after a copula', () => {
  it('gives the subject no role of the agent', () => {
    const r = analyzeText(['Tom Kahl was arrested by police.', 'Kahl said he was innocent.'], 'en');
    expect(r.attributions[0]).toMatchObject({ resolved: 'Tom Kahl', type: 'person' });
  });
  it('while a role after the copula stays one', () => {
    const r = analyzeText(['Tom Kahl was elected mayor in May.', 'Kahl said the bridge would come.'], 'en');
    expect(r.attributions[0]).toMatchObject({ type: 'government' });
  });
  it('and the one quoted speaks, with no second reading as the passive of nobody', () => {
    expect(one('Tom Kahl was quoted as saying the bridge would come.').map((a) => a.kind)).toEqual(['reported']);
  });
});

describe('a verb in the progressive after a copula', () => {
  it('gives the subject no role of its object', () => {
    const r = analyzeText(['Tom Kahl is suing the council.', 'Kahl said the bridge would come.'], 'en');
    expect(r.attributions[0]).toMatchObject({ resolved: 'Tom Kahl', type: 'person' });
  });
});

describe('a relative clause that says what was done to a person', () => {
  it('gives no role', () => {
    expect(one('Tom Kahl, who was arrested by police, said he was innocent.')[0]).toMatchObject({ type: 'person' });
  });
  it('unlike one that says what the person does', () => {
    expect(one('Tom Kahl, who works for the council, said the road would reopen.')[0]).toMatchObject({
      type: 'government',
    });
  });
});

describe('a relation to someone after a copula', () => {
  it('is no role: "married to", "accused of"', () => {
    expect(one('Lea Roth, who is married to Mayor Tom Kahl, said she was proud.')[0]).toMatchObject({
      type: 'person',
    });
    const r = analyzeText(['Tom Kahl is accused of bribing the police.', 'Kahl said he was innocent.'], 'en');
    expect(r.attributions[0]).toMatchObject({ resolved: 'Tom Kahl', type: 'person' });
  });
});

describe('"is said to have told"', () => {
  it('names the speaker of the verb of saying in the perfect infinitive', () => {
    expect(one('Tom Kahl is said to have told staff the bridge would come.')).toMatchObject([
      { kind: 'reported', cue: 'told', source: 'Tom Kahl' },
    ]);
  });
  it('not of another act', () => {
    expect(one('Tom Kahl is said to have left the country.')).toMatchObject([{ kind: 'reportative' }]);
  });
});

describe('a verb in the past after a noun, before a name or an article', () => {
  it('is the verb of a clause, not part of a mention: the name is nobody of the role before it', () => {
    const r = analyzeText(['The minister sacked Tom Kahl.', 'Kahl said he was disappointed.'], 'en');
    expect(r.attributions[0]).toMatchObject({ resolved: 'Tom Kahl', type: 'person' });
  });
  it('while a name given and a day stay in the mention', () => {
    const r = analyzeText(['She worked with a researcher named Tom Kahl.', 'Kahl said the ice was thin.'], 'en');
    expect(r.attributions[0]).toMatchObject({ type: 'expert' });
    expect(one('Figures released Monday show a rise in complaints.')[0]).toMatchObject({
      source: 'Figures released Monday',
    });
  });
});

describe('a headline that opens with its source and a colon', () => {
  it('is what the source says or found, as in German', () => {
    expect(one('Study: Coffee protects the heart')[0]).toMatchObject({ kind: 'according_to', type: 'document' });
    expect(one('Police: Man arrested after crash on ring road')[0]).toMatchObject({
      kind: 'reported',
      type: 'security',
    });
    const r = analyzeText(['Mayor Tom Kahl wants the bridge.', 'Kahl: We will build it this year'], 'en');
    expect(r.attributions[0]).toMatchObject({ resolved: 'Tom Kahl' });
  });
  it('not after a label, a place or a contact line', () => {
    expect(one('Analysis: Why the bridge matters')).toEqual([]);
    expect(one('Talbury: Bridge closed until May')).toEqual([]);
    expect(one('Email: desk@talbury.example')).toEqual([]);
    expect(one('Pictured: The new bridge in Talbury')).toEqual([]);
  });
});

describe('a relative clause that says what was done to a speaker after an inverted verb', () => {
  it('gives no role, as before the verb', () => {
    expect(one('“I am innocent,” said Tom Kahl, who was arrested by police.')[0]).toMatchObject({ type: 'person' });
    expect(one('“We are ready,” said Tom Kahl, who is the mayor.')[0]).toMatchObject({ type: 'government' });
  });
});

describe('A body named with its kind, and its spokesperson', () => {
  it('takes one name after a body kind and an article for the body, of that kind', () => {
    const r = analyzeText(
      ['The carmaker Talbex recalled 5,000 vehicles last week.', 'A Talbex spokesperson said the fault was minor.'],
      'en',
    );
    expect(r.attributions.map((a) => [a.source, a.type])).toEqual([['A Talbex spokesperson', 'company']]);
    const club = analyzeText(
      ['The club Talbury Rovers sacked its coach.', 'A Talbury Rovers spokesman said the decision was final.'],
      'en',
    );
    expect(club.attributions.map((a) => a.type)).toEqual(['organization']);
  });

  it('does not take an unknown name before a spokesperson for a person', () => {
    expect(one('A Brandik spokesperson said the fault was minor.').map((a) => a.type)).not.toContain('person');
  });

  it('knows the kinds of firms news names them by', () => {
    for (const noun of ['carmaker', 'chipmaker', 'drugmaker', 'steelmaker', 'tech giant', 'oil major'])
      expect(one(`The ${noun} said profits had fallen.`).map((a) => a.type)).toEqual(['company']);
  });
});

describe('A verb in its base form after a comma', () => {
  it('is an imperative before one thing or one person, not an inverted verb of saying', () => {
    expect(one('The rails get hot enough to burn your hand, add a lid (sold apart) so the cat stays off.')).toEqual([]);
    expect(one('The figures look odd, ask Kahl.')).toEqual([]);
  });

  it('inverts before a plural, and in the past or the third person before anyone', () => {
    expect(one('“The rule will not hold,” say the researchers.').map((a) => a.source)).toEqual(['the researchers']);
    expect(one('“It is too early,” warn Tom Kahl and Dana Reyes.').map((a) => a.source)).toEqual([
      'Tom Kahl and Dana Reyes',
    ]);
    expect(one('“The rule will not hold,” says Kahl.').map((a) => a.source)).toEqual(['Kahl']);
    expect(one('“The rule will not hold,” added a spokeswoman.').map((a) => a.source)).toEqual(['a spokeswoman']);
  });
});

describe('Verbs of calling something something', () => {
  it('report what the speaker calls it, with "as", an article or "to"', () => {
    expect(one('Kahl labelled the plan a failure.').map((a) => a.cue)).toEqual(['labelled']);
    expect(one('Reyes branded the scheme as a waste of money.').map((a) => a.cue)).toEqual(['branded']);
    expect(one('Kahl likened the rota to a lottery.').map((a) => a.cue)).toEqual(['likened']);
    expect(one('The minister dismissed the claims as nonsense.').map((a) => a.source)).toEqual(['The minister']);
  });

  it('but not a thing labelled or branded, nor "as" opening a clause of its own', () => {
    expect(one('The firm labelled the bottles by hand.')).toEqual([]);
    expect(one('The farmer branded the cattle in spring.')).toEqual([]);
    expect(one('The court dismissed the case as the evidence was weak.')).toEqual([]);
    // (the noun is no verb: "the Talbury brand")
    expect(one('Sales fell as the Talbury brand lost ground.')).toEqual([]);
  });
});

describe('The subject of a verb of saying', () => {
  it('is no adjective with an infinitive after a copula, whose object is no role of theirs', () => {
    expect(one('Tom Kahl was quick to point out that the figures were old.').map((a) => a.type)).toEqual(['person']);
    expect(one('Dana Reyes was keen to stress that the data were incomplete.').map((a) => a.type)).toEqual(['person']);
  });

  it('is the phrase before a relative clause without commas, not the words that end it', () => {
    const src = (t: string) => one(t).map((a) => a.source);
    expect(src('A nurse at a clinic where two patients were hurt in a fire has said the cuts are a scandal.')).toEqual([
      'A nurse at a clinic',
    ]);
    expect(src('Residents of the street where the fire broke out said they heard a bang.')).toEqual([
      'Residents of the street',
    ]);
    expect(src('A nurse who works at a clinic where patients were hurt has said the cuts are a scandal.')).toEqual([
      'A nurse',
    ]);
    // (the clause a word opens right before the phrase is the phrase's own; a comma ends the relative clause)
    expect(src('The mood was grim, given that most economists think the talks have failed.')).toEqual([
      'most economists',
    ]);
    expect(src('The mill where Kahl grew up will become a museum, the town council said on Tuesday.')).toEqual([
      'the town council',
    ]);
  });
});

describe('Surnames that are nouns of a trade', () => {
  it('stay names after a given name, also for a later surname alone', () => {
    const r = analyzeText(['Anna Baker, a historian, said the site was unique.', 'Baker added that it was old.'], 'en');
    expect(r.attributions.map((a) => a.resolved ?? a.source)).toEqual(['Anna Baker', 'Anna Baker']);
    const b = analyzeText(
      ['Lea Brewer, a historian, said the site was unique.', 'Brewer added that it was old.'],
      'en',
    );
    expect(b.attributions.map((a) => a.resolved ?? a.source)).toEqual(['Lea Brewer', 'Lea Brewer']);
  });
});

describe('"has learned"', () => {
  it('reports only with an outlet as subject', () => {
    expect(one('Kahl learned that his father had died.')).toEqual([]);
    expect(one('Students learned about the war in school.')).toEqual([]);
  });
});

describe('A given name of either gender', () => {
  it('names the surname after it, also when the surname is a noun of a role', () => {
    const r = analyzeText(['Alex Judge said the school was full.', 'Judge added that classes were large.'], 'en');
    expect(r.attributions.map((a) => [a.resolved ?? a.source, a.type])).toEqual([
      ['Alex Judge', 'person'],
      ['Alex Judge', 'person'],
    ]);
    const f = analyzeText(['Robin Farmer said the school was full.', 'Farmer added that classes were large.'], 'en');
    expect(f.attributions.map((a) => a.resolved ?? a.source)).toEqual(['Robin Farmer', 'Robin Farmer']);
  });
});

describe('A forecast without "that"', () => {
  it('counts from a body too, but not from people, nor as the noun after a verb', () => {
    expect(one('Fans expect a close game on Sunday.')).toEqual([]);
    expect(one('Talbex sales beat forecasts in the spring.')).toEqual([]);
    expect(one('Talbury Airways raised estimates for the year.')).toEqual([]);
  });
});

describe('a pronoun in the object case after "according to"', () => {
  it('is the source, pointing back ("According to her, …"), not a possessive before its noun', () => {
    const r = analyzeText(
      [
        'Anna Berger has led the harbour institute in Talbury since 2019.',
        'According to her, the quay is no longer safe.',
        'According to her lawyer, the case is weak.',
      ],
      'en',
    );
    expect(r.attributions.map((a) => [a.source, a.resolved ?? null])).toEqual([
      ['her', 'Anna Berger'],
      ['her lawyer', null],
    ]);
    // (a plural one is nobody named alone)
    const them = analyzeText(
      ['Tom Kahl runs the harbour firm in Talbury.', 'According to them, the plan failed.'],
      'en',
    );
    expect(them.attributions.map((a) => [a.source, a.resolved ?? null])).toEqual([['them', null]]);
  });
});

describe('a past participle after a number', () => {
  it('is an adjective before its noun ("120 confirmed cases"), no verb of saying', () => {
    const r = analyzeText(['Figures published on Thursday show 120 confirmed cases since January.'], 'en');
    expect(r.attributions.map((a) => [a.cue, a.source])).toEqual([['show', 'Figures published on Thursday']]);
    expect(analyzeText(['Police said 40 reported incidents were under review.'], 'en').attributions).toHaveLength(1);
  });
});

describe('a specialist by the ending of the role ("cardiologist Anna Berger")', () => {
  it('introduces the person named after it, for a later surname', () => {
    const r = analyzeText(
      ['The team was led by cardiologist Anna Berger.', '“The effect was stronger than we expected,” said Berger.'],
      'en',
    );
    expect(r.attributions.map((a) => [a.source, a.resolved, a.type])).toEqual([['Berger', 'Anna Berger', 'expert']]);
  });
});

describe('a role with no body after an outlet that reported', () => {
  it('does not speak for the outlet ("The Talbury Herald reported … Spokesperson Dana Reyes said")', () => {
    const r = analyzeText(
      ['The Talbury Herald reported the talks had failed.', 'Spokesperson Dana Reyes said the deal was off.'],
      'en',
    );
    expect(r.attributions.map((a) => a.type)).toEqual(['media', 'person']);
  });
});

describe('a role that opens the sentence with a name ("Chairman Jan Brandik said")', () => {
  it('says no body, as after an article: it speaks for the body named before', () => {
    const r = analyzeText(
      ['The club announced the decision on Monday.', 'Chairman Jan Brandik said the decision was hard.'],
      'en',
    );
    expect(r.attributions.map((a) => a.type)).toEqual(['organization', 'organization']);
  });
});

describe('one word before a noun of a person ("the Talbury fan")', () => {
  it('is a place or a club, no person a later pronoun points to', () => {
    const r = analyzeText(
      [
        'Lea Roth said the park was busy.',
        'The Talbury fan explained: “Book early.”',
        'She added that prices rise in summer.',
      ],
      'en',
    );
    expect(r.attributions.map((a) => [a.source, a.resolved ?? null])).toEqual([
      ['Lea Roth', null],
      ['The Talbury fan', null],
      ['She', 'Lea Roth'],
    ]);
  });
});

describe('a verb in the past with its object after a name and a comma', () => {
  it('goes on with the sentence, no apposition that types the name ("…, led by Anna Berger, analysed the data")', () => {
    const r = analyzeText(
      [
        'The team, led by cardiologist Anna Berger, analysed the data.',
        '“The effect was stronger than we expected,” said Berger.',
      ],
      'en',
    );
    expect(r.attributions.map((a) => [a.resolved, a.type])).toEqual([['Anna Berger', 'expert']]);
    // (the people it introduces: the expert alone, no second reading of the verb's object as her role)
    const tokens = tokenize('The team, led by economist Anna Berger, analysed the data.');
    expect(
      grammarFor('en')!
        .rolesWithNames(tokens, lexiconFor('en')!)
        .map((c) => c.type),
    ).toEqual(['expert']);
  });
});

describe('a participle in -ing that opens a sentence before its noun ("Rising seas")', () => {
  it('is no name: nobody a later role takes up', () => {
    const r = analyzeText(['Rising seas threaten homes on the coast.', 'The minister said help would come.'], 'en');
    expect(r.attributions.map((a) => [a.source, a.resolved ?? null])).toEqual([['The minister', null]]);
    expect(grammarFor('en')!.classify('Falling prices', lexiconFor('en')!).name).toBeNull();
  });
});

describe('a thing before "from" ("weak demand from data centres")', () => {
  it('names no source: no row for what a firm cites as a reason, the sources it cites stay', () => {
    const r = analyzeText(
      [
        'The chipmaker cut its forecast on Tuesday, citing weak demand from data centres.',
        'Prices rose, the agency reported, citing people familiar with the matter.',
      ],
      'en',
    );
    expect(r.attributions.filter((a) => a.kind === 'according_to').map((a) => a.source)).toEqual([
      'people familiar with the matter',
    ]);
    const lex = lexiconFor('en')!;
    const classify = (m: string) => grammarFor('en')!.classify(m, lex).type;
    // (people and vague sources before "from" keep the body's type; a part or a copy "of" it keeps it too)
    expect(['pressure from investors', 'someone from the ministry', 'a copy of the letter'].map(classify)).toEqual([
      'other',
      'government',
      'document',
    ]);
  });
});

describe('a delegation', () => {
  it('speaks for the body it is of, else for a state', () => {
    const r = analyzeText(
      [
        'A delegation from the ministry said the talks would continue.',
        'The Talbury delegation said the talks would resume on Monday.',
      ],
      'en',
    );
    expect(r.attributions.map((a) => [a.source, a.type])).toEqual([
      ['A delegation from the ministry', 'government'],
      ['The Talbury delegation', 'government'],
    ]);
  });
});

describe('a body named after a noun of its kind and an article ("the airline Talbex")', () => {
  it('is introduced as that kind of body', () => {
    const lex = lexiconFor('en')!;
    for (const kind of ['airline', 'chipmaker', 'insurer', 'regulator']) {
      const tokens = tokenize(`The ${kind} Talbex cut its forecast.`);
      expect(
        grammarFor('en')!
          .rolesWithNames(tokens, lex)
          .map((c) => c.name),
      ).toEqual(['Talbex']);
    }
  });
});

describe('"May" after a preposition', () => {
  it('is the month: the mention goes on to it, and names nobody', () => {
    const r = analyzeText(
      ['A poll published in May showed that support had slipped.', 'Theresa Talbury May said the deal was done.'],
      'en',
    );
    expect(r.attributions.map((a) => [a.source, a.named])).toEqual([
      ['A poll published in May', false],
      ['Theresa Talbury May', true],
    ]);
  });
});

describe('a gerund of saying after ", with" and a phrase', () => {
  it('has that phrase for its subject ("…, with press secretary Dana Reyes telling reporters …")', () => {
    const r = analyzeText(
      [
        'The company cut 500 jobs, with chief executive Tom Kahl saying the cuts were painful.',
        'The match ended in a draw, with fans singing until midnight.',
      ],
      'en',
    );
    expect(r.attributions.map((a) => [a.cue, a.source])).toEqual([['saying', 'chief executive Tom Kahl']]);
  });
});

describe('a body named again by the last word of an earlier mention', () => {
  it('is that body only when a name comes before that word, no adjective ("the former government")', () => {
    const r = analyzeText(
      [
        'Plans were shelved last year, with the former government arguing that judges were overworked.',
        'The government said on Tuesday the plans would return.',
        'The Talbury Housing Association welcomed the plans.',
        'The association said it would help tenants.',
      ],
      'en',
    );
    expect(r.attributions.map((a) => [a.source, a.resolved ?? null])).toEqual([
      ['the former government', null],
      ['The government', null],
      ['The Talbury Housing Association', null],
      ['The association', 'Talbury Housing Association'],
    ]);
  });
});

describe("a newspaper's title", () => {
  it('is its whole name, so that two papers of one town stay two', () => {
    const r = analyzeText(
      ['The Talbury Herald reported the cuts on Monday.', 'The Talbury Times said the plan was dead.'],
      'en',
    );
    expect(r.attributions.map((a) => [a.source, a.resolved ?? null])).toEqual([
      ['The Talbury Herald', null],
      ['The Talbury Times', null],
    ]);
    expect(grammarFor('en')!.classify('the Talbury Post', lexiconFor('en')!).name).toBe('Talbury Post');
  });
});

describe('a relative set off by commas with a single name, opening the sentence as its subject', () => {
  it('is whom a later pronoun of their gender means ("Her husband, Tom, …. … he said")', () => {
    const r = analyzeText(
      [
        'Her husband, Tom, who does the books, is more relaxed about it.',
        '"We have earned a rest," he said with a laugh.',
      ],
      'en',
    );
    expect(r.attributions.map((a) => [a.source, a.resolved])).toEqual([['he', 'Tom']]);
    // (one set off in passing, not the subject, stays no one the story follows)
    const lex = lexiconFor('en')!;
    expect(grammarFor('en')!.rolesWithNames(tokenize('The shop, run by her husband, Tom, closed.'), lex)).toEqual([]);
  });
});

describe("an academic's form of address before a name with no role", () => {
  it('makes the person an expert, unless a role or what the text knows says more', () => {
    const r = analyzeText(
      [
        'Dr Tom Kahl, an adviser to the health ministry, told reporters the peak had passed.',
        'Later, Dr Kahl said the figures were encouraging.',
        'Dr Lea Roth said the sample was small.',
      ],
      'en',
    );
    expect(r.attributions.map((a) => a.type)).toEqual(['government', 'government', 'expert']);
  });
});

describe('a verb of saying inside an indirect question', () => {
  it('states nothing: no row of its own ("declined to say how many units the company expected")', () => {
    const cues = (s: string) => analyzeText([s], 'en').attributions.map((a) => a.cue);
    expect(cues('Brandik declined to say how many units the company expected to sell.')).toEqual([]);
    expect(cues('Asked whether he believed the plan would work, Kahl said he was confident.')).toEqual(['said']);
    expect(cues('She explained how the council had warned residents for years.')).toEqual(['explained']);
  });
});

describe('a name before a head noun, taken for a person alone before', () => {
  it('lends the head no person\'s type ("Talbex has unveiled a phone. A Talbex spokeswoman said")', () => {
    const r = analyzeText(
      ['Talbex has unveiled a phone.', 'A Talbex spokeswoman said it took the allegations seriously.'],
      'en',
    );
    expect(r.attributions.map((a) => [a.source, a.type])).toEqual([['A Talbex spokeswoman', 'other']]);
  });
});

describe('a name with shares', () => {
  it('is a listed company ("Talbex shares fell", "shares in Talbex Motors"), a market is not ("European shares")', () => {
    const lex = lexiconFor('en')!;
    const companies = (s: string) =>
      grammarFor('en')!
        .rolesWithNames(tokenize(s), lex)
        .filter((c) => c.type === 'company')
        .map((c) => c.name);
    expect(companies('Talbex shares fell 12% on Thursday.')).toEqual(['Talbex']);
    expect(companies('Shares in Talbex Motors rose.')).toEqual(['Talbex Motors']);
    expect(companies('European shares fell, and Chinese stock rose.')).toEqual([]);
    const r = analyzeText(['Talbex shares fell 12% on Thursday.', 'Talbex said it was cooperating fully.'], 'en');
    expect(r.attributions.map((a) => [a.source, a.type])).toEqual([['Talbex', 'company']]);
  });
});

describe('a given name and a surname set off by a comma after a role and its complement', () => {
  it('names the person the whole mention means ("Her counterpart at Brightline, Tom Kahl")', () => {
    const lex = lexiconFor('en')!;
    const name = (m: string) => grammarFor('en')!.classify(m, lex).name;
    expect([
      name('Her counterpart at Brightline, Tom Kahl'),
      name('The analyst at Talbex, Lea Roth'),
      name('the head of the union, Tom'),
    ]).toEqual(['Tom Kahl', 'Lea Roth', null]);
    const r = analyzeText(
      [
        'Talbex chief executive Anna Berger said the deal would create "a European champion".',
        'Her counterpart at Brightline, Tom Kahl, was more cautious.',
        '"Nothing is agreed until everything is agreed," the 58-year-old told analysts.',
      ],
      'en',
    );
    expect(r.attributions.map((a) => a.resolved ?? a.source)).toEqual([
      'Talbex chief executive Anna Berger',
      'Tom Kahl',
    ]);
  });
});

describe('"the paper" after a study the text cited', () => {
  const typeOfPaper = (blocks: string[]) =>
    analyzeText(blocks, 'en').attributions.find((a) => a.source === 'the paper')?.type;
  it('is the research paper when no newspaper was named, else the newspaper', () => {
    const study = 'The drug slowed memory loss by a quarter, according to a study of 1,800 patients.';
    const paper = 'About one in eight patients had side effects, the paper reported.';
    expect(typeOfPaper([study, paper])).toBe('document');
    expect(typeOfPaper([paper])).toBe('media');
    expect(typeOfPaper(['The Talbury Herald reported the leak first.', study, paper])).toBe('media');
  });
});

describe('a passive of saying in a clause of time', () => {
  it('dates an act and passes on nobody\'s words ("speaking before the decision was announced")', () => {
    const kinds = (s: string) => analyzeText([s], 'en').attributions.map((a) => a.kind);
    expect(
      kinds('Kahl, speaking before the decision was announced, insisted he had the backing of the players.'),
    ).toEqual(['reported']);
    expect(kinds('Before the vote the plan was announced.')).toEqual(['reportative']);
  });
});

describe('an interview\'s question under a label ("Q: …", "Frage: …")', () => {
  it('has no speaker and, being a question, reports nothing', () => {
    const r = analyzeText(
      [
        'Tom Kahl has led the Talbury orchestra for ten years.',
        'Q: What do the musicians say?',
        'Kahl: They are worried, and they have every right to be.',
      ],
      'en',
    );
    expect(r.attributions.map((a) => [a.sentenceIndex, a.source])).toEqual([[2, 'Kahl']]);
    expect(analyzeText(['Frage: Was sagen die Musiker dazu?'], 'de').attributions).toEqual([]);
  });
});

describe("a person named with an author's role after a cited study", () => {
  it('is one of its researchers, also where the surname comes back', () => {
    const r = analyzeText(
      [
        'A study published on Monday found that rents rose.',
        'Lead author Dana Reyes said the results were clear.',
        '"We were surprised," Reyes said.',
      ],
      'en',
    );
    expect(r.attributions.map((a) => [a.sentenceIndex, a.type])).toEqual([
      [0, 'document'],
      [1, 'expert'],
      [2, 'expert'],
    ]);
    const de = analyzeText(
      [
        'Eine Studie der Universität Talberg zeigt, dass die Mieten steigen.',
        'Hauptautorin Anna Berger sagte, die Ergebnisse seien eindeutig.',
      ],
      'de',
    );
    expect(de.attributions[1]).toMatchObject({ source: 'Hauptautorin Anna Berger', type: 'expert' });
    // (no study cited: an author is a writer)
    expect(analyzeText(['Author Dana Reyes said her new novel was about grief.'], 'en').attributions[0]?.type).toBe(
      'person',
    );
  });
});

describe('a pronoun and a phrase joined by "and" opening the sentence', () => {
  it('are two subjects, each a source', () => {
    const r = analyzeText(['She and her husband said they were happy.'], 'en');
    expect(r.attributions.map((a) => a.source)).toEqual(['She', 'her husband']);
  });
});

describe("a person's definite role opening a sentence before anyone is named", () => {
  it('is whom a later pronoun means', () => {
    const r = analyzeText(
      ['The manager was asked about the rumours after the match.', '"I don\'t comment on speculation," he replied.'],
      'en',
    );
    expect(r.attributions[0]).toMatchObject({ source: 'he', resolved: 'The manager', named: true });
    const de = analyzeText(
      ['Die Bürgermeisterin wurde nach der Sitzung gefragt.', '„Dazu sage ich nichts“, antwortete sie.'],
      'de',
    );
    expect(de.attributions[0]).toMatchObject({ source: 'sie', resolved: 'Die Bürgermeisterin', type: 'government' });
  });
});

describe('a name nothing types that opens the sentence, and a noun of a body later in it', () => {
  it("are one body of the noun's type, known so later", () => {
    const r = analyzeText(
      [
        'Talbex will cut 1,200 jobs worldwide, the company confirmed on Tuesday.',
        'A spokesperson for Talbex said affected employees would receive severance pay.',
      ],
      'en',
    );
    expect(r.attributions.map((a) => [a.resolved, a.type])).toEqual([
      ['Talbex', 'company'],
      [null, 'company'],
    ]);
    const de = analyzeText(
      [
        'Talbex streicht 800 Stellen, teilte das Unternehmen mit.',
        'Am Abend meldeten die Stromanbieter, die Lage sei stabil.',
      ],
      'de',
    );
    expect(de.attributions[0]).toMatchObject({ resolved: 'Talbex', type: 'company' });
    // (an adverb opening the sentence is no name; a plural noun of bodies is several, not the one named)
    expect(de.attributions[1]).toMatchObject({ source: 'die Stromanbieter', resolved: null });
  });
});

describe('"it" after a spokesperson', () => {
  it('points to the body named last, not to the person', () => {
    const r = analyzeText(
      [
        'The energy firm Brightline has announced 300 job cuts.',
        'A spokesperson for Brightline said staff had been told on Monday.',
        'It added that talks with unions would begin next week.',
      ],
      'en',
    );
    expect(r.attributions.find((a) => a.source === 'It')).toMatchObject({ resolved: 'Brightline', type: 'company' });
  });
});

describe('one of a group', () => {
  it('is the person a name set off after it gives, and never one person named before', () => {
    const r = analyzeText(
      [
        'Tom Kahl, the fund’s former manager, denies the charges.',
        'Savers who lost money waited outside the court.',
        'One of them, 71-year-old Lea May, said: "I want my money back."',
        'One of them, a retired nurse, said she had lost her home.',
      ],
      'en',
    );
    const [, named, unnamed] = r.attributions;
    expect(named).toMatchObject({ resolved: null, type: 'person', named: true, display: 'Lea May' });
    expect(unnamed).toMatchObject({ source: 'One of them', resolved: null, type: 'person', named: false });
  });
});

describe('a list of subjects', () => {
  it('gives each member set off by commas before the last two a row of its own, in its order', () => {
    const r = analyzeText(['The mayor, the police chief and the fire chief said the bridge was safe.'], 'en');
    expect(r.attributions.map((a) => a.source)).toEqual(['The mayor', 'the police chief', 'the fire chief']);
  });
});

describe('an office or staff after a possessive', () => {
  it('speaks for whom the possessive points to', () => {
    const r = analyzeText(
      ['Senator Dana Reyes has blocked the bill.', 'Her office said she would not back down.'],
      'en',
    );
    expect(r.attributions[0]).toMatchObject({ source: 'Her office', type: 'politician', named: true });
    const ceo = analyzeText(
      ['Brightline chief executive Tom Kahl resigned on Friday.', 'His office said he would not comment further.'],
      'en',
    );
    expect(ceo.attributions[0]).toMatchObject({ source: 'His office', type: 'company' });
  });
});

describe('a short name before a role', () => {
  it('is the body the text named by a fuller name, of the kind it gave it', () => {
    const r = analyzeText(
      ['Talbury Rovers have sacked their coach.', 'Rovers manager Tom Kahl said he was disappointed.'],
      'en',
    );
    expect(r.attributions[0]).toMatchObject({ source: 'Rovers manager Tom Kahl', type: 'organization' });
  });
});

describe('a quotation as a headline and the teaser "X on Y"', () => {
  it('gives the quotation to the person the teaser names', () => {
    const r = analyzeText(
      ['“Nobody listens to the villages”', 'Council leader Tom Kahl on buses, bins and budgets'],
      'en',
    );
    expect(r.attributions).toMatchObject([{ sentenceIndex: 0, kind: 'quote', source: 'Council leader Tom Kahl' }]);
  });
});

describe('a plural after "a"/"an"', () => {
  it('is the first part of a compound noun, and a verb form after it a noun: no verb of saying', () => {
    const r = analyzeText(['The chief executive told analysts on an earnings call that demand was weak.'], 'en');
    expect(r.attributions.map((a) => [a.cue, a.source])).toEqual([['told', 'The chief executive']]);
  });
});

describe('a definite noun of a country', () => {
  it('points back, as an age does, to the person named before', () => {
    const r = analyzeText(
      ['Max Berger won the final in straight sets.', '"This is the best day of my career," said the Spaniard.'],
      'en',
    );
    expect(r.attributions[0]).toMatchObject({ source: 'the Spaniard', resolved: 'Max Berger' });
  });
});

describe('a role typed by its fallback after a body named in the same mention', () => {
  it("is that body's, also for the surname later; a sports club's manager is a coach, a person", () => {
    const r = analyzeText(
      [
        'Talbury Rovers chairman Tom Kahl insists he still has the backing of the board.',
        '"The board has been fantastic," Kahl told reporters.',
      ],
      'en',
    );
    expect(r.attributions.map((a) => [a.source, a.type])).toEqual([
      ['Talbury Rovers chairman Tom Kahl', 'organization'],
      ['Kahl', 'organization'],
    ]);
    const m = analyzeText(
      [
        'Talbury Rovers manager Tom Kahl insists he still has the backing of the board.',
        '"The chairman has been fantastic," Kahl told reporters.',
      ],
      'en',
    );
    expect(m.attributions.map((a) => [a.source, a.type])).toEqual([
      ['Talbury Rovers manager Tom Kahl', 'person'],
      ['Kahl', 'person'],
    ]);
  });
});

describe('a web address', () => {
  it('is a site, typed by its name; an abbreviation is none', () => {
    const lex = lexiconFor('en')!;
    const g = grammarFor('en')!;
    expect(g.classify('Talbury.gov.uk', lex)).toMatchObject({ type: 'media', named: true });
    expect(g.classify('Talbex.io', lex)).toMatchObject({ type: 'media', named: true });
    expect(webSiteName('U.S')).toBeNull();
    expect(webSiteName('e.g')).toBeNull();
    expect(webSiteName('www.talbury.info')).toBe('Talbury');
  });
});

describe('a statement that speaks for a body', () => {
  it('is nobody "she" means later', () => {
    const r = analyzeText(
      [
        'Lea May spoke first.',
        'A statement from the council said the pool would close.',
        '"It is a sad day," she wrote on Instagram.',
      ],
      'en',
    );
    expect(r.attributions[1]).toMatchObject({ source: 'she', resolved: 'Lea May', type: 'person' });
  });
  it('is posted or written by someone: its participle after it is no verb of saying', () => {
    const r = analyzeText(['In a statement posted on Facebook, the family said they were "heartbroken".'], 'en');
    expect(r.attributions.map((a) => a.cue)).toEqual(['said']);
  });
});

describe('a role set off after a name', () => {
  it('is the one a later definite role means', () => {
    const r = analyzeText(
      [
        "Tom Kahl, the club's chairman, met the players on Monday.",
        'Later the chairman said: "There is nothing to them."',
      ],
      'en',
    );
    expect(r.attributions[0]).toMatchObject({ source: 'the chairman', resolved: 'Tom Kahl', type: 'organization' });
  });
  it("is not where the description names the body: a later role may be another's", () => {
    const r = analyzeText(
      [
        'Tom Kahl, president of the Talbury Farmers Union, met the minister.',
        'The president said: "We will fight on."',
      ],
      'en',
    );
    expect(r.attributions[0]?.resolved).not.toBe('Tom Kahl');
  });
});

describe('a full name set off after a role and its place', () => {
  it('is the one a later pronoun means, by name', () => {
    const r = analyzeText(
      ['The mayor of Talbury, Dana Reyes, said the budget was fair.', '"We had to make hard choices," she said.'],
      'en',
    );
    expect(r.attributions[1]).toMatchObject({ source: 'she', resolved: 'Dana Reyes', type: 'government' });
  });
});

describe('a passive joined to a second verb group', () => {
  it('takes no agent from the second verb', () => {
    const sources = analyzeText(
      ['The family has been informed and is being supported by specialist officers, the force added.'],
      'en',
    ).attributions.map((a) => a.source);
    expect(sources).toContain('the force');
    expect(sources).not.toContain('specialist officers');
  });
  it('still has its own agent', () => {
    const rows = analyzeText(['The plan was announced and was welcomed by unions.'], 'en').attributions;
    expect(rows).toContainEqual(expect.objectContaining({ cue: 'was welcomed', source: 'unions' }));
  });
});

describe('a surname two people share', () => {
  it('is the one the text named last', () => {
    const r = analyzeText(
      [
        'Health secretary Anna Berger defended the plan.',
        'Max Berger, a professor of economics at Talbury University, disagreed.',
        '"It will not work," Berger said.',
      ],
      'en',
    );
    expect(r.attributions.at(-1)).toMatchObject({ source: 'Berger', resolved: 'Max Berger', type: 'expert' });
  });
});

describe('a group that names some of its members in an insertion', () => {
  const rows = (sentence: string) => analyzeText([sentence], 'en').attributions.map((a) => [a.source, a.type, a.named]);
  it('has the named ones as sources too', () => {
    expect(rows('Several ministers, including Tom Kahl, criticised the plan.')).toEqual([
      ['Several ministers', 'government', false],
      ['Tom Kahl', 'government', true],
    ]);
    expect(rows('Senior Republicans, among them Senator Lea Roth, called for an inquiry.')).toContainEqual([
      'Senator Lea Roth',
      'politician',
      true,
    ]);
  });
  it('has no more without names', () => {
    expect(rows('Several residents, including two farmers, praised the volunteers.')).toHaveLength(1);
  });
});

describe('a name only the headline named before', () => {
  it('is the body "the company" points to in the sentence it opens', () => {
    const r = analyzeText(
      ['Talbex to cut 1,500 jobs', 'Talbex will lay off about 1,500 employees, the company said on Tuesday.'],
      'en',
    );
    expect(r.attributions[0]).toMatchObject({ source: 'the company', resolved: 'Talbex', type: 'company' });
  });
});

describe('a group with an example after "such as"', () => {
  it('has the example as a source too', () => {
    const rows = analyzeText(
      ['Several unions, such as the Talbury Teachers Union, criticised the cuts.'],
      'en',
    ).attributions;
    expect(rows.map((a) => [a.source, a.named])).toEqual([
      ['Several unions', false],
      ['the Talbury Teachers Union', true],
    ]);
  });
});

describe('a shadow minister named after a minister', () => {
  it('is a politician, whatever body the text named last', () => {
    const r = analyzeText(
      [
        'Health Secretary Anna Berger said the figures were unacceptable.',
        'But the shadow health secretary, Tom Kahl, accused the government of "broken promises".',
      ],
      'en',
    );
    expect(r.attributions[1]).toMatchObject({ source: 'the shadow health secretary, Tom Kahl', type: 'politician' });
  });
});

describe("a person's team", () => {
  it('speaks for them, of their type', () => {
    const r = analyzeText(
      ['Senator Dana Reyes trails in the polls.', "Reyes' team insists she can still win the seat."],
      'en',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({
      source: "Reyes' team",
      type: 'politician',
    });
  });
});

describe('the body a group is of, named at the end of its mention', () => {
  it('is what a later possessive points to', () => {
    const r = analyzeText(
      [
        "The minister's allies insisted that taxes would not rise.",
        'Economists at the Talbury Institute warned that a gap would have to be filled.',
        '“The sums do not add up,” its director, Tom Kahl, told reporters.',
      ],
      'en',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 2)).toMatchObject({ type: 'expert' });
  });
});

describe('an interview with labelled questions and answers ("Q: …", "A: …")', () => {
  const r = analyzeText(
    [
      'Dana Reyes, 34, is standing for mayor of Talbury. We asked her about her plans.',
      'Q: Why did you decide to stand?',
      'A: Because nobody else was listening to the people on the estate.',
      'Q: What will you do first?',
      'A: Fix the lifts. People have been stuck for months.',
    ],
    'en',
  );
  it('gives every answer to the person the text named before the first question', () => {
    expect(r.attributions.map((a) => [a.sentenceIndex, a.source])).toEqual([
      [3, 'Dana Reyes'],
      [5, 'Dana Reyes'],
      [6, 'Dana Reyes'],
    ]);
  });
  it('gives the questions to nobody', () => {
    expect(r.attributions.some((a) => a.sentenceIndex === 2 || a.sentenceIndex === 4)).toBe(false);
  });
});

describe('an echo: words the text quoted before', () => {
  it('are no new quotation of the speaker before', () => {
    const r = analyzeText(
      ['“We will not be moved,” the mayor said.', 'Her “not be moved” was aimed at the government.'],
      'en',
    );
    expect(r.attributions.map((a) => [a.sentenceIndex, a.source])).toEqual([[0, 'the mayor']]);
  });
  it('while new words in quotation marks go to the speaker before', () => {
    const r = analyzeText(
      ['“We will not be moved,” the mayor said.', 'Her “cry for help” was aimed at the government.'],
      'en',
    );
    expect(r.attributions.map((a) => [a.sentenceIndex, a.source])).toEqual([
      [0, 'the mayor'],
      [1, 'the mayor'],
    ]);
  });
});

describe('"the team" with no owner', () => {
  it('is the team of the body named last: researchers after a university', () => {
    const r = analyzeText(
      [
        'A study by researchers at Talbury University found that coffee drinkers slept less.',
        'The team also found that the effect was stronger in older adults.',
      ],
      'en',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({ source: 'The team', type: 'expert' });
  });
  it('a club after a club', () => {
    const r = analyzeText(
      ['Talbury Rovers have sacked their manager.', 'The team said it would appoint a successor soon.'],
      'en',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({
      source: 'The team',
      type: 'organization',
    });
  });
});

describe("a US politician's party and state after the name", () => {
  it('is no part of the name a later pronoun or surname resolves to', () => {
    const r = analyzeText(
      [
        'Senator Tom Kahl (R-Talbury) blasted the bill.',
        'Kahl, 67, is up for re-election.',
        'He has said he will run again.',
      ],
      'en',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 2)).toMatchObject({
      resolved: 'Tom Kahl',
      type: 'politician',
    });
  });
});

describe('a definite noun of a person that opens the text, no role', () => {
  it('is whom a later pronoun means before anyone is named', () => {
    const r = analyzeText(
      ['The singer shared the news on Instagram on Tuesday.', '“I’m so grateful for your support,” she wrote.'],
      'en',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({ source: 'she', resolved: 'The singer' });
  });
});

describe('one who speaks for a private person the text named', () => {
  const first = 'Singer Lea Roth said she would cancel her tour.';
  it.each([
    ['A spokesperson for Roth said she was resting.'],
    ['A representative for Roth said she was resting.'],
    ["Roth's publicist said she was resting."],
    ['Her spokesman said she was resting.'],
  ])('is of a person’s kind, no legislator and not the person: %s', (second) => {
    const r = analyzeText([first, second], 'en');
    const row = r.attributions.find((a) => a.sentenceIndex === 1);
    expect(row).toMatchObject({ type: 'person', named: true });
    expect(row?.resolved ?? null).toBeNull();
  });
  it.each([
    ['“We are refunding every ticket,” her label, Talbex Records, said.'],
    ['Roth’s label, Talbex Records, said every ticket would be refunded.'],
  ])('is no name of the person, whose type it does not change: %s', (second) => {
    const r = analyzeText([first, second], 'en');
    expect(r.attributions.find((a) => a.sentenceIndex === 0)).toMatchObject({ type: 'person' });
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({ type: 'company' });
    expect(r.attributions.find((a) => a.sentenceIndex === 1)?.resolved ?? null).toBeNull();
  });
});

describe('a denied verb of saying before a noun of what was said and its that-clause', () => {
  it.each([
    ['Talbex did not comment on reports that it is in talks to buy a rival.'],
    ['The ministry would not comment on claims that it had paid the firm.'],
  ])('says nothing; the clause is the unowned reports’ (%s)', (text) => {
    const rows = analyzeText([text], 'en').attributions;
    expect(rows.map((a) => a.kind)).toEqual(['reportative']);
  });
  it('still reports what a speaker did not say, with the that-clause after the verb', () => {
    const rows = analyzeText(['Kahl did not say that he would resign.'], 'en').attributions;
    expect(rows).toMatchObject([{ kind: 'reported', source: 'Kahl' }]);
  });
});

describe('the body a group that opens a sentence is of', () => {
  it('is whom a later bare "the team" speaks for', () => {
    const r = analyzeText(
      [
        'Researchers at Talbury University tracked 1,200 adults over five years.',
        'Those who drank juice every day had a lower risk of hypertension, the team found.',
      ],
      'en',
    );
    expect(r.attributions).toMatchObject([{ sentenceIndex: 1, source: 'the team', type: 'expert' }]);
  });
});

describe('a name the text says has shares, shareholders or a stake in it', () => {
  it.each([
    ['Brandik has bought a 20% stake in Talbex.'],
    ['Talbex’s share price has halved this year.'],
    ['Talbex shareholders will vote on the deal.'],
  ])('is a company when it later speaks (%s)', (first) => {
    const r = analyzeText([first, 'Talbex said demand was strong.'], 'en');
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({ source: 'Talbex', type: 'company' });
  });
  it('but not the holder of the stake, who may be a person', () => {
    const r = analyzeText(['Tom Kahl sold his stake in Talbury Rovers.', 'Kahl said he was sad to leave.'], 'en');
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({ type: 'person' });
  });
});

describe('a definite noun of a person’s trade alone, no one introduced with it', () => {
  it('points back to the person named last, as a German role does by its gender', () => {
    const r = analyzeText(
      ['Pop star Lea Roth has cancelled her tour.', 'The singer told fans she needed time to heal.'],
      'en',
    );
    expect(r.attributions).toMatchObject([{ sentenceIndex: 1, source: 'The singer', resolved: 'Lea Roth' }]);
  });
  it('not a noun of a part in the event, nor to a club', () => {
    const driver = analyzeText(
      ['Lea Roth was hit by a car on Main Street.', 'The driver said he had not seen her.'],
      'en',
    );
    expect(driver.attributions[0]?.resolved ?? null).toBeNull();
    const club = analyzeText(
      ['Talbury Rovers have signed Tom Kahl from Brandik City.', 'The striker said he was delighted.'],
      'en',
    );
    expect(club.attributions[0]?.resolved ?? null).not.toBe('Talbury Rovers');
  });
});

describe('a person the text calls by a definite noun alone', () => {
  it.each([
    [
      [
        'A truck driver who was stuck in the queue said the road had been shut for hours.',
        '“I have never seen anything like it,” the man said.',
      ],
    ],
    [['A neighbour said she called the fire brigade.', '“It all happened so fast,” the woman said.']],
  ])('is the unnamed person who spoke before, unnamed (%j)', (sentences) => {
    const r = analyzeText(sentences, 'en');
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({ type: 'person', named: false });
  });
  it('but is the person named before', () => {
    const r = analyzeText(['Lea Roth noticed the smoke.', '“I called at once,” the 45-year-old said.'], 'en');
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({ resolved: 'Lea Roth', named: true });
  });
});

describe('a name a relative clause with "which" takes up', () => {
  it('is the company it says trades, when it speaks again', () => {
    const r = analyzeText(
      ['Talbex, which also makes fitness apps, welcomed the ruling.', 'Talbex said it would appeal nonetheless.'],
      'en',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({ source: 'Talbex', type: 'company' });
  });
});

describe('a group of people a named person has', () => {
  it('is whom a later "they" means', () => {
    const r = analyzeText(
      [
        'Detective Inspector Dana Reyes said the inquiry was ongoing.',
        'Pieper’s family described him as “a kind boy.”',
        '“He had his whole life ahead of him,” they said.',
      ],
      'en',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 2)).toMatchObject({
      resolved: 'Pieper’s family',
      type: 'person',
    });
  });
  it('and stays unnamed where the group is', () => {
    const r = analyzeText(
      [
        'Lea Roth was charged on Monday.',
        'Roth’s lawyers said the charges were baseless.',
        'They said they would appeal.',
      ],
      'en',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 2)).toMatchObject({
      resolved: 'Roth’s lawyers',
      named: false,
    });
  });
});

describe('a body named inside a group that speaks', () => {
  it('leaves "they" to the group', () => {
    const r = analyzeText(
      [
        'Analysts at Talbury Capital wrote in a note that a merger would make sense.',
        '“Scale matters enormously in this industry,” they wrote.',
      ],
      'en',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({
      resolved: 'Analysts at Talbury Capital',
      type: 'expert',
      named: false,
    });
  });
  it('and is still what "its" points to', () => {
    const r = analyzeText(
      [
        'Economists at the Talbury Institute warned that growth would slow.',
        'Its director said the forecast was cautious.',
      ],
      'en',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({ type: 'expert', named: true });
  });
});

describe('a verb before "to" and an infinitive after the subject', () => {
  it('ends the subject, for a later "it"', () => {
    const r = analyzeText(['The ministry declined to comment.', 'It called the report “speculation”.'], 'en');
    expect(r.attributions[0]).toMatchObject({ source: 'It', resolved: 'The ministry', type: 'government' });
  });
});

describe('a named body that opens a sentence without speaking', () => {
  it('is what "it" later in the sentence points to, not the person named before', () => {
    const r = analyzeText(
      [
        'Earlier, Lea Roth said costs would rise.',
        'The Talbury Water Company declined to comment on what it called “speculation”.',
      ],
      'en',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({
      resolved: 'Talbury Water Company',
      type: 'company',
    });
  });
});

describe('a name that states results or whose revenue the text gives', () => {
  it.each([
    ['Talbex reported a net loss of $2 billion for the quarter.'],
    ['Talbex posted record profits.'],
    ["Talbex's revenue fell 12% last year."],
  ])('is a company when it speaks later (%s)', (first) => {
    const r = analyzeText([first, 'Talbex said demand would recover.'], 'en');
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({ source: 'Talbex', type: 'company' });
  });
  it('but a person who reports a loss of a thing, or whose profits the text gives, stays one', () => {
    const lost = analyzeText(['Lea Roth reported a loss of her luggage.', 'Roth said she was upset.'], 'en');
    expect(lost.attributions[0]).toMatchObject({ type: 'person' });
    const star = analyzeText(["Roth's profits from the tour were donated.", 'Roth said she was proud.'], 'en');
    expect(star.attributions[0]).toMatchObject({ type: 'person' });
  });
});

describe('a definite noun of a body that opens a sentence without speaking', () => {
  it('is the body it points back to, for a later “it”', () => {
    const r = analyzeText(
      [
        'Talbury Water said it would study the ruling.',
        'The company is understood to be considering an appeal.',
        'It said in a statement that it had invested £200m in its network since 2020.',
      ],
      'en',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 2)).toMatchObject({
      source: 'It',
      resolved: 'Talbury Water',
      type: 'company',
    });
  });
});

describe('one of a body’s staff nobody named', () => {
  it('is of the body the text named last', () => {
    const r = analyzeText(
      [
        'Talbex is laying off about 1,200 employees, the company confirmed on Tuesday.',
        'Two employees told the Talbury Post that entire teams had been cut.',
      ],
      'en',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({
      source: 'Two employees',
      type: 'company',
      named: false,
    });
    // (with no body named before, nothing types them)
    expect(analyzeText(['An employee said the cuts came without warning.'], 'en').attributions[0]).toMatchObject({
      type: 'other',
    });
  });
});

describe('a headline that is a quotation alone', () => {
  it('is the quote of whom the next sentence has speak, not of a pronoun', () => {
    const r = analyzeText(
      ['‘We need more staff’', 'Head nurse Lea Roth says the hospital is at breaking point.'],
      'en',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 0)).toMatchObject({
      kind: 'quote',
      source: 'Head nurse Lea Roth',
    });
    const p = analyzeText(['‘We need more staff’', 'She says the hospital is at breaking point.'], 'en');
    expect(p.attributions.some((a) => a.sentenceIndex === 0)).toBe(false);
  });
});

describe('a body known by its name alone', () => {
  it('is no "she" or "he": a pronoun of a person finds no one rather than the firm', () => {
    const r = analyzeText(['Talbury Water said it would review the case.', '“Nobody listened,” she said.'], 'en');
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({ resolved: null, named: false });
    // (a person named so is still whom "he" points to)
    const p = analyzeText(['Tom Kahl said he would review the case.', '“Nobody listened,” he said.'], 'en');
    expect(p.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({ resolved: 'Tom Kahl' });
  });
});

describe('two bodies of one place', () => {
  it('are two: "Talbury Ambulance Service" is not the "Talbury Weather Office" named before', () => {
    const r = analyzeText(
      [
        'The Talbury Weather Office said gusts reached 90mph on the coast.',
        'Talbury Ambulance Service said it had received twice the usual number of calls.',
      ],
      'en',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({
      source: 'Talbury Ambulance Service',
      resolved: null,
      display: 'Talbury Ambulance Service',
    });
  });
});

describe('a role of a body the text named before by its name', () => {
  it('is of that body’s kind: "a spokesperson for the group" after "Talbex Group"', () => {
    const r = analyzeText(
      ['Talbex Group said it would cut 300 jobs. A spokesperson for the group said talks were under way.'],
      'en',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({ type: 'company' });
    // (with no such body before, the noun's own kind)
    const c = analyzeText(['A spokesperson for the group said talks were under way.'], 'en');
    expect(c.attributions[0]).toMatchObject({ type: 'organization' });
  });
});

describe('one person nobody named, by a noun of a trade or role of any type', () => {
  it('is whom a later "she" or "he" means, unnamed: "A prison officer said … she said"', () => {
    const r = analyzeText(
      [
        'Lea Roth told MPs the prisons were full.',
        'A prison officer said staff were exhausted. "We cannot keep going like this," she said.',
      ],
      'en',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 2)).toMatchObject({
      resolved: 'A prison officer',
      type: 'security',
      named: false,
    });
    // (a noun of a body is no such person: "she" keeps pointing to the person named before)
    const b = analyzeText(
      ['Lea Roth told MPs the prisons were full.', 'A regulator said the rules were clear. "It is simple," she said.'],
      'en',
    );
    expect(b.attributions.find((a) => a.sentenceIndex === 2)).toMatchObject({ resolved: 'Lea Roth' });
  });
});
