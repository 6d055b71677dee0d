import { describe, expect, it } from 'vitest';
import { analyzeText, explainCue, Report, type TraceEntry } from '../../../../src/core/index.js';
import { allExplanations } from '../../../../src/core/lang/index.js';
import { segment } from '../../../../src/core/segment.js';
import { grammarFor, lexiconFor } from '../../../../src/core/lang/index.js';
import { stemType } from '../../../../src/core/lexicon/index.js';
import { tokenize } from '../../../../src/core/tokens.js';

/** The sentences of a German text quoted from the person resolved as `name`. */
function quotedSentences(blocks: string[], name: string): string[] {
  const r = analyzeText(blocks, 'de');
  return r.attributions
    .filter((a) => a.kind === 'quote' && (a.resolved ?? a.source)?.endsWith(name))
    .map((a) => r.sentences[a.sentenceIndex]!.text);
}

const lex = lexiconFor('de')!;
const one = (text: string) => analyzeText([text], 'de').attributions;

describe('segment', () => {
  it.each([
    ['Dr. Müller kam um 8 Uhr. Dann ging er.', ['Dr. Müller kam um 8 Uhr.', 'Dann ging er.']],
    ['Das gilt z. B. für Nr. 5 der Liste. Mehr nicht.', ['Das gilt z. B. für Nr. 5 der Liste.', 'Mehr nicht.']],
    [
      'Rund 2.000 Menschen kamen am 02.09.2025 zusammen. Es regnete.',
      ['Rund 2.000 Menschen kamen am 02.09.2025 zusammen.', 'Es regnete.'],
    ],
    [
      'Am 3. Oktober feiert das Land. Im Jahr 2024. Danach nicht.',
      ['Am 3. Oktober feiert das Land.', 'Im Jahr 2024.', 'Danach nicht.'],
    ],
    ['„Wir kommen wieder.“ Das sagte sie.', ['„Wir kommen wieder.“', 'Das sagte sie.']],
    ['„Warum?“, fragte er. Niemand antwortete.', ['„Warum?“, fragte er.', 'Niemand antwortete.']],
    // an initial ends a sentence before a capitalised function word, not before a name or a name particle
    [
      'Das sagte sie dem Talberger W.B. Neben dem Stadtrat will auch Anna M. Berger klagen.',
      ['Das sagte sie dem Talberger W.B.', 'Neben dem Stadtrat will auch Anna M. Berger klagen.'],
    ],
    [
      'Die Mannschaft spielt in Gruppe D. Diese Gegner sind stark.',
      ['Die Mannschaft spielt in Gruppe D.', 'Diese Gegner sind stark.'],
    ],
    [
      'Sie zitiert Hans A. Von Talberg und S. 12 der Studie.',
      ['Sie zitiert Hans A. Von Talberg und S. 12 der Studie.'],
    ],
    // a word that is an abbreviation too ends a sentence before a capitalised function word: "so" (Sonntag),
    // "mag." (Magister), not "Dr." before a name
    [
      'Das ist in Talberg eben so. Dagegen kam Tom Kahl zu spät. Er sagte, er mag. Doch keiner lachte.',
      ['Das ist in Talberg eben so.', 'Dagegen kam Tom Kahl zu spät.', 'Er sagte, er mag.', 'Doch keiner lachte.'],
    ],
  ])('%s', (text, expected) => {
    expect(segment([text], lex).map((s) => s.text)).toEqual(expected);
  });
});

describe('attributions', () => {
  // (the sentences with one attribution each, and those with none: test/cases/de/*.tsv)

  it('types and named flags come from role lexicons and morphology', () => {
    const [a] = one('Das erklärte der südkoreanische Abgeordnete Lee am Dienstag.');
    expect(a).toMatchObject({ type: 'politician', named: true });
    const [b] = one('Nach Einschätzung westlicher Geheimdienste hat das Land Soldaten entsandt.');
    expect(b).toMatchObject({ source: 'westlicher Geheimdienste', type: 'security', named: false });
    const [c] = one('Ein Polizeisprecher sagte, die Lage sei ruhig.');
    expect(c).toMatchObject({ type: 'security', named: false });
    const [d] = one('Insidern zufolge prüft die Stadt eine Ausschreibung.');
    expect(d).toMatchObject({ kind: 'according_to', named: false });
  });

  it.each([
    ['Das sagte der Forscher am Montag.', 'der Forscher', true],
    [
      'Nach Angaben von Vertretern britischer Nachrichtendienste sank die Zahl.',
      'Vertretern britischer Nachrichtendienste',
      false,
    ],
    ['Das erzählte eine Dame aus dem Ort.', 'eine Dame', false],
    ['Laut Kreisen des Nachrichtendienstes ist das bekannt.', 'Kreisen des Nachrichtendienstes', false],
    ['Nach Einschätzung von Branchenkennern steht die Firma nicht allein.', 'Branchenkennern', false],
    ['Nach Zählung von Menschenrechtlern gab es 40 Verstöße.', 'Menschenrechtlern', false],
    ['Oppositionspolitiker verlangen Aufklärung über den Vorfall.', 'Oppositionspolitiker', false],
    ['Laut MeteoTalberg könnten die Temperaturen steigen.', 'MeteoTalberg', true],
    ['Naturschützer sehen den Standort kritisch.', 'Naturschützer', false],
    ['Laut CDU-Chef ist das falsch.', 'CDU-Chef', true],
    ['Familienmitglieder widersprachen der Darstellung der Behörden.', 'Familienmitglieder', false],
    ['Die westlichen Dienste warnten, dass die Raketen bereitstehen.', 'Die westlichen Dienste', false],
    ['Laut Umweltbundesamt.de ist das so.', 'Umweltbundesamt.de', true],
  ])('named or not: %s', (sentence, source, named) => {
    expect(one(sentence).find((a) => a.source === source)).toMatchObject({ named });
  });

  it('resolves a surname and a pronoun to the full name named before', () => {
    const r = analyzeText(
      [
        'Das erklärte Oberbürgermeister Jonas Keller am Montag. Keller sagte zudem, die Stadt helfe. Er betonte, man bleibe dran.',
      ],
      'de',
    );
    const bySentence = r.attributions.map((a) => [a.sentenceIndex, a.source, a.resolved]);
    expect(bySentence).toContainEqual([1, 'Keller', 'Jonas Keller']);
    expect(bySentence).toContainEqual([2, 'Er', 'Jonas Keller']);
  });

  it('resolves a definite role to the person introduced with it, and a pronoun after it', () => {
    const r = analyzeText(
      [
        'Die Ex-SPD-Vorsitzende Eva Brandt kritisiert den Plan. Der Stadtrat Tim Roth schweigt.' +
          ' Die frühere Vorsitzende findet deutliche Worte: Im Radio nannte sie den Plan „einen Fehler“. Die Vorsitzende sagte, man müsse reden.',
      ],
      'de',
    );
    const of = (i: number) => r.attributions.filter((a) => a.sentenceIndex === i);
    // ("findet deutliche Worte: …" says something too)
    expect(of(2)).toContainEqual(
      expect.objectContaining({ source: 'Die frühere Vorsitzende', resolved: 'Eva Brandt', type: 'politician' }),
    );
    expect(of(2)).toContainEqual(
      expect.objectContaining({ source: 'sie', resolved: 'Eva Brandt', type: 'politician' }),
    );
    expect(of(3)).toContainEqual(
      expect.objectContaining({ source: 'Die Vorsitzende', resolved: 'Eva Brandt', type: 'politician', named: true }),
    );
  });

  it.each([
    ['Der Minister, der am Montag in Berlin war, sagte, die Lage sei ernst.', 'Der Minister'],
    ['Befragte Busfahrer, die anonym bleiben wollten, hätten von Überstunden berichtet.', 'Befragte Busfahrer'],
    ['Die Ärztin, die seit Jahren in der Klinik arbeitet, warnte vor den Folgen.', 'Die Ärztin'],
  ])('finds the subject before a relative clause: %s', (sentence, source) => {
    expect(one(sentence)).toMatchObject([{ kind: 'reported', source }]);
  });

  it.each([
    [
      'Die Landrätin Eva Roth dankte den Helfern nach dem Sturm: „Ohne sie wäre alles schlimmer gekommen.“',
      'Die Landrätin Eva Roth',
    ],
    ['Das Fazit zu dem Gerät: „Es hält nicht, was es verspricht.“', 'Das Fazit'],
    ['Von der Firma heißt es zu der Kritik: „Wir prüfen jeden Hinweis sorgfältig.“', 'der Firma'],
  ])('takes the subject before a colon quote, not an object at the clause end: %s', (sentence, source) => {
    expect(one(sentence).map((a) => a.source)).toContain(source);
  });

  it('takes no topic before a colon for the speaker ("Kritik an …: „…“")', () => {
    const r = analyzeText(
      [
        'Die Abgeordnete Lea Sommer sagte, sie sei enttäuscht.',
        'Kritik an der Regierung: „Zu teuer, zu wenig und zu spät“',
      ],
      'de',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({
      kind: 'quote',
      source: 'Die Abgeordnete Lea Sommer',
    });
  });

  it.each([
    ['Beistand bekommt sie von Generalsekretär Max Roth, der ihre Haltung lobte.', 'Generalsekretär Max Roth'],
    ['Unterstützung kam vom Sozialverband, der betonte, die Pläne seien richtig.', 'Sozialverband'],
  ])("gives a relative clause's speech to the noun before it: %s", (sentence, source) => {
    expect(one(sentence)).toMatchObject([{ kind: 'reported', source }]);
  });

  it('takes no relative pronoun for the speaker when a pronoun after it is the subject', () => {
    expect(one('Das ist der Plan, den er kritisierte.').filter((a) => a.source === 'der Plan')).toEqual([]);
  });

  it.each([
    [
      'Hessens Ministerpräsident Jan Roth (CDU) nannte den Vorschlag „absurd“.',
      'Hessens Ministerpräsident Jan Roth (CDU)',
    ],
    ['Die Frau (34) erzählte, sie habe nichts gesehen.', 'Die Frau'],
  ])('reads a short bracket after the subject as part of its clause: %s', (sentence, source) => {
    expect(one(sentence)).toMatchObject([{ source }]);
  });

  it('reads "zeigte sich zuversichtlich" as a statement, "zeigten" of figures not', () => {
    expect(one('Die Bürgermeisterin zeigte sich zuversichtlich, dass die Brücke hält.')).toMatchObject([
      { kind: 'reported', source: 'Die Bürgermeisterin' },
    ]);
    expect(one('Die Kosten zeigten sich zuletzt stabil.')).toEqual([]);
  });

  it.each([
    ['Die Studie kommt zu dem Ergebnis, dass Kinder zu wenig schlafen.', [['reported', 'Die Studie']]],
    ['Die Prüferin sei zum Schluss gekommen, dass die Brücke sicher sei.', [['reported', 'Die Prüferin']]],
    ['Das geht aus einem Bericht des Ministeriums hervor.', [['according_to', 'einem Bericht des Ministeriums']]],
    ['Er ist gestern nach Hause gekommen.', []],
    ['Er hat gestern lange gesprochen.', []],
    ['Medienberichten zufolge soll es Verletzte gegeben haben.', [['reportative', null]]],
  ])('verbs that need a word in their clause, and one reportative marker a sentence: %s', (sentence, want) => {
    expect(one(sentence).map((a) => [a.kind, a.source])).toEqual(want);
  });

  it.each([
    ['Ein Sprecher von Volkswagen sagte, man prüfe die Vorwürfe.', 'Ein Sprecher von Volkswagen', 'company', true],
    ['Das Ordnungsamt sperrte die Straße und teilte mit, es werde gebaut.', 'Das Ordnungsamt', 'government', true],
    ['Der Deutsche Wetterdienst warnte vor Glätte.', 'Der Deutsche Wetterdienst', 'government', true],
    ['Er lachte und die Ministerin sagte, es sei alles ruhig.', 'die Ministerin', 'government', true],
    [
      'Hingegen wirft die Opposition, vor allem die Linke, dem Senat Untätigkeit vor.',
      'die Opposition',
      'politician',
      true,
    ],
  ])('a role with "von" and whose it is, a subject shared by two verbs: %s', (sentence, source, type, named) => {
    expect(one(sentence)).toMatchObject([{ source, type, named }]);
  });

  it.each([
    ['Am Ende muss noch angemerkt werden, dass es keine neuen Gleise sind.', []],
    ['Es kann nicht sicher gesagt werden, dass die Rohre dicht sind.', []],
    ['Begründet wurde dies mit Sicherheitsbedenken.', ['reportative']],
    ['Der Sänger postet erneut ein Bild mit seinem Hund.', []],
    ['Der Sänger postete, er sei unschuldig.', ['reported']],
    ['„Ich bin unschuldig“, postete der Sänger.', ['quote']],
    ['„Wir bedauern das“, hielt die Sprecherin am Dienstag fest.', ['quote']],
    ['Die Firma hält an ihrem Plan fest.', []],
  ])("the writer's own remarks and posts that say nothing are no attributions: %s", (sentence, kinds) => {
    expect(one(sentence).map((a) => a.kind)).toEqual(kinds);
  });

  it.each([
    ['Laut Recherchen der „Tageszeitung“ fehlen zwei Millionen Euro.', 'Laut Recherchen', 'der „Tageszeitung“'],
    ['Laut Angaben der Polizei gab es zwei Verletzte.', 'Laut Angaben', 'der Polizei'],
    ['Laut einer Umfrage des Instituts Forsa sind 60 Prozent dagegen.', 'Laut', 'einer Umfrage des Instituts Forsa'],
  ])('takes the owner of what was said or found for the source: %s', (sentence, cue, source) => {
    expect(one(sentence)).toMatchObject([{ kind: 'according_to', cue, source }]);
  });

  it.each([
    ['Polizei und Staatsanwaltschaft teilten mit, der Täter sei gefasst.', ['Polizei', 'Staatsanwaltschaft']],
    ['Das sei ernst, wie Polizei und Verfassungsschutz immer wieder warnen.', ['Polizei', 'Verfassungsschutz']],
    [
      'Im Dorf seien viele Häuser gefährdet, äußerten ein Statiker und die Gemeindepräsidentin.',
      ['ein Statiker', 'die Gemeindepräsidentin'],
    ],
    [
      'Die Arbeit sei hart, argumentieren die Gewerkschaften Talverdi und Kombex.',
      ['die Gewerkschaften Talverdi und Kombex'],
    ],
  ])('gives each of two subjects joined by "und" an attribution, names under one head one: %s', (sentence, sources) => {
    expect(one(sentence).map((a) => a.source)).toEqual(sources);
  });

  it('reads an unambiguous Konjunktiv I in the main clause as reported speech even far from the source', () => {
    const r = analyzeText(
      [
        'Die Prüfer bestellten zehn Geräte.',
        'Sie testeten jedes Gerät.',
        'Danach blockierten sie die Luftzufuhr.',
        'Im Labor war es warm.',
        'Der Toaster habe danach zu brennen begonnen.',
        'Es regnet, es sei denn, der Wind dreht.',
      ],
      'de',
    );
    // (with no source before, a form no indicative shares is reported speech too: the text reports what
    // somebody said without naming them)
    expect(r.attributions.filter((a) => a.kind === 'reportative').map((a) => a.sentenceIndex)).toEqual([4]);
    const r2 = analyzeText(
      [
        'Die Prüfer teilten mit, sie hätten zehn Geräte bestellt.',
        'Sie testeten jedes Gerät.',
        'Danach blockierten sie die Luftzufuhr.',
        'Im Labor war es warm.',
        'Der Toaster habe danach zu brennen begonnen.',
        'Es regnet, es sei denn, der Wind dreht.',
      ],
      'de',
    );
    expect(r2.attributions.filter((a) => a.kind === 'reportative').map((a) => a.sentenceIndex)).toEqual([4]);
  });

  it('takes no place or topic for a person: a country named in the genitive is no role, a label before a colon no subject', () => {
    // ("Frankreichs Wasserwerk" is no person "Wasserwerk"; "Hochwasser Berlin:" is a topic, not a body named "Hochwasser")
    for (const opening of ['Wie gut ist Frankreichs Wasserwerk gerüstet?', 'Hochwasser Berlin: Keller laufen voll.']) {
      const r = analyzeText([opening, '„Das Wasser kam in der Nacht“, sagt er.'], 'de');
      expect(r.attributions.find((a) => a.cue === 'sagt')).toMatchObject({
        source: 'er',
        resolved: null,
        type: 'person',
      });
    }
    // (a person before a colon stays one)
    const r = analyzeText(['Tom Kahl: Die Keller laufen voll.', '„Das Wasser kam in der Nacht“, sagt er.'], 'de');
    expect(r.attributions.find((a) => a.cue === 'sagt')).toMatchObject({ resolved: 'Tom Kahl' });
  });

  it('points "er" to no woman named by a common given name, also without a role', () => {
    const r = analyzeText(
      [
        'Tom Kahl leitet das Labor seit Jahren.',
        'Anna Berger sagte, die Werte seien hoch.',
        '„Wir messen jeden Tag“, sagt er.',
      ],
      'de',
    );
    expect(r.attributions.find((a) => a.cue === 'sagt')).toMatchObject({ source: 'er', resolved: 'Tom Kahl' });
  });

  it('resolves "die Bahn" to the body named before whose mention ends in that word', () => {
    const r = analyzeText(['Die Deutsche Bahn meldete Verspätungen. Die Bahn teilte mit, man arbeite daran.'], 'de');
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({
      source: 'Die Bahn',
      resolved: 'Deutsche Bahn',
      type: 'company',
    });
  });

  it.each([
    ['Mehrere Zeugen wollen einen Knall gehört haben.', [['reported', 'Mehrere Zeugen']]],
    ['Der Bürgermeister will nichts von den Plänen gewusst haben.', [['reported', 'Der Bürgermeister']]],
    ['Er will ein neues Haus haben.', []],
    [
      'Aus Sicherheitskreisen verlautete, es gebe Hinweise auf einen Anschlag.',
      [['according_to', 'Sicherheitskreisen']],
    ],
  ])('claims with "wollen … haben" and word that "verlautete": %s', (sentence, want) => {
    expect(one(sentence).map((a) => [a.kind, a.source])).toEqual(want);
  });

  it('gives a quotation to the speaker of the next sentence that points back to it ("Das erklärte X")', () => {
    const r = analyzeText(['„Wir werden nicht nachgeben.“ Das erklärte der Gewerkschaftschef am Abend.'], 'de');
    expect(r.attributions.map((a) => [a.sentenceIndex, a.kind, a.source])).toEqual([
      [0, 'quote', 'der Gewerkschaftschef'],
      [1, 'reported', 'der Gewerkschaftschef'],
    ]);
  });

  it('gives a person the office a definite mention right after them speaks of', () => {
    const r = analyzeText(
      [
        'Anna Roth hat den Haushalt vorgelegt. Die Ministerpräsidentin sagte, er sei solide. Roth betonte, man spare nicht.',
      ],
      'de',
    );
    const of = (i: number) => r.attributions.find((a) => a.sentenceIndex === i);
    expect(of(1)).toMatchObject({ source: 'Die Ministerpräsidentin', resolved: 'Anna Roth', type: 'government' });
    expect(of(2)).toMatchObject({ source: 'Roth', resolved: 'Anna Roth', type: 'government' });
  });

  it('takes a body right after a person for the body, not for the person: only an office a person holds goes to them', () => {
    const r = analyzeText(
      [
        'Tom Kahl fuhr am Montag zu schnell durch Talberg. Die Polizei teilte mit, er sei betrunken gewesen.',
        'Anna Berger eröffnete die Ausstellung. Das Ministerium verwies auf die Kosten.',
        'Tom Kahl eröffnete die Sitzung. Der Landrat verwies auf die Kosten.',
      ],
      'de',
    );
    expect(r.attributions.map((a) => [a.source, a.resolved])).toEqual([
      ['Die Polizei', null],
      ['Das Ministerium', null],
      ['Der Landrat', 'Tom Kahl'],
    ]);
  });

  it('keeps an office apart from a person the sentence before named beside it', () => {
    const r = analyzeText(
      [
        'Anna Roth traf den Minister am Morgen. Der Minister sagte, das Gespräch sei gut gewesen. Roth betonte, man rede weiter.',
      ],
      'de',
    );
    const of = (i: number) => r.attributions.find((a) => a.sentenceIndex === i);
    expect(of(1)).toMatchObject({ source: 'Der Minister', resolved: null, type: 'government' });
    expect(of(2)).toMatchObject({ source: 'Roth', type: 'person' });
  });

  it('finds a surname in a name with a joined particle', () => {
    const r = analyzeText(
      ['Der Oppositionsführer Samir al-Hadi sagte, die Wahl sei offen. Hadi betonte, man werde antreten.'],
      'de',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({
      source: 'Hadi',
      resolved: 'Samir al-Hadi',
      type: 'politician',
    });
  });

  it('carries a quote over several sentences to its speaker', () => {
    const r = analyzeText(
      ['„Wir haben viel gelernt. Wir machen weiter. Das ist sicher“, sagte die Trainerin Ana Ruiz.'],
      'de',
    );
    expect(r.sentences).toHaveLength(3);
    expect(r.attributions.filter((a) => a.kind === 'quote').map((a) => a.sentenceIndex)).toEqual([0, 1, 2]);
    expect(r.attributions.every((a) => (a.resolved ?? a.source)?.includes('Ana Ruiz'))).toBe(true);
  });

  it('gives a quotation that opens a paragraph to the person the sentence before introduced', () => {
    const r = analyzeText(
      [
        'Die Kuratorin Lea Brandt hat die Briefe zwei Jahre lang gesammelt.',
        '„Jeder Brief erzählt eine eigene Geschichte. Manche haben mich zu Tränen gerührt.“',
      ],
      'de',
    );
    expect(r.attributions.filter((a) => a.kind === 'quote').map((a) => [a.sentenceIndex, a.source, a.type])).toEqual([
      [1, 'Die Kuratorin Lea Brandt', 'expert'],
      [2, 'Die Kuratorin Lea Brandt', 'expert'],
    ]);
  });

  it('gives a quotation to the person its paragraph introduces, not to the speaker of the paragraph before', () => {
    const r = analyzeText(
      [
        '„Die Arbeit im Verein hat mir viel Freude gemacht“, ließ sich Anna Berger zitieren.',
        'Der Vorsitzende Tom Kahl war zehn Jahre an ihrer Seite. „Sie hat den Verein durch schwere Zeiten geführt.“',
      ],
      'de',
    );
    expect(r.attributions.filter((a) => a.kind === 'quote').map((a) => [a.sentenceIndex, a.source])).toEqual([
      [0, 'Anna Berger'],
      [2, 'Der Vorsitzende Tom Kahl'],
    ]);
  });

  it('takes "…, so X –" with a dash after the mention, and gives the quotes that follow to X', () => {
    const r = analyzeText(
      [
        'Der Lohn war niedrig, so die Erinnerung eines früheren Kochs – gespielt von Tim Hahn.',
        '„Wir haben trotzdem gern dort gearbeitet. Es war eine gute Zeit.“',
      ],
      'de',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 0)).toMatchObject({
      kind: 'according_to',
      cue: 'so die Erinnerung',
      source: 'eines früheren Kochs',
    });
    expect(r.attributions.filter((a) => a.kind === 'quote').map((a) => a.sentenceIndex)).toEqual([1, 2]);
  });

  it.each([
    ['Das gelte nach ihren Angaben auch für die Nachbarn.', 'ihren'],
    ['Die Kunden kämen nach ihren Zählungen meist zu Fuß.', 'ihren'],
    ['Der Zoo untersucht nach einer Mitteilung, ob die Gehege sicher sind.', 'einer Mitteilung'],
    ['Der Brand brach nach bisherigen Erkenntnissen gegen Mitternacht im Keller aus.', 'bisherigen Erkenntnissen'],
    ['Das Ministerium hat nach eigenen Angaben Briefe an 40 Schulen verschickt.', 'Das Ministerium'],
    ['Die Front ist nach Angaben russischer Behörden ruhig.', 'russischer Behörden'],
  ])('"nach …" names the source only when one follows: %s', (sentence, source) => {
    expect(one(sentence).map((a) => [a.kind, a.source])).toEqual([['according_to', source]]);
  });

  it('gives every sentence of a quotation the mention of the sentence that names its speaker', () => {
    const r = analyzeText(
      [
        'Der Geologe Paul Sander war vor Ort. „Der Hang ist instabil. Wir raten ab“, sagte Sander. „Niemand sollte dort wandern.' +
          ' Die Wege bleiben gesperrt.“',
      ],
      'de',
    );
    const quotes = r.attributions.filter((a) => a.kind === 'quote').map((a) => [a.sentenceIndex, a.source, a.resolved]);
    expect(quotes).toEqual([
      [1, 'Sander', 'Paul Sander'],
      [2, 'Sander', 'Paul Sander'],
      [3, 'Sander', 'Paul Sander'],
      [4, 'Sander', 'Paul Sander'],
    ]);
  });

  it.each([
    ['Chinas Führung droht mit Konsequenzen.', 'Chinas Führung', 'government'],
    ['Der Kanton wies darauf hin, dass die Brücken geprüft werden müssen.', 'Der Kanton', 'government'],
    [
      'Die Ex-Grünen-Vorsitzende Eva Brandt kritisierte den Plan.',
      'Die Ex-Grünen-Vorsitzende Eva Brandt',
      'politician',
    ],
    ['Der frühere Vizekanzler sagte, der Plan sei falsch.', 'Der frühere Vizekanzler', 'politician'],
    ['Der Vizekanzler sagte, der Plan sei falsch.', 'Der Vizekanzler', 'government'],
    ['Das frühere Innenministerium teilte mit, der Plan sei falsch.', 'Das frühere Innenministerium', 'government'],
    ['Der Rebellenführer sagte, der Plan sei falsch.', 'Der Rebellenführer', 'organization'],
    ['Parteiführer Max Roth sagte, der Plan sei falsch.', 'Parteiführer Max Roth', 'politician'],
  ])('types a country in the genitive and Swiss offices: %s', (sentence, source, type) => {
    expect(one(sentence).find((a) => a.source === source)).toMatchObject({ type });
  });

  it('does not take a common noun after an article for a name, and does not resolve "er" to it', () => {
    const r = analyzeText(
      [
        'Der Schauspieler Tom Weber betritt die Bühne. Im nächsten Bild sitzt er in der Küche. Er erklärt: „Hier wurde gekocht.“',
      ],
      'de',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 2)).toMatchObject({ source: 'Er', resolved: 'Tom Weber' });
    expect(one('Das berichtete eine Dame aus dem Ort.').find((a) => a.source === 'eine Dame')).toMatchObject({
      type: 'person',
      named: false,
    });
    expect(one('Das ECCHR kritisierte das Urteil.').find((a) => a.source === 'Das ECCHR')).toMatchObject({
      type: 'organization',
    });
  });

  it.each([
    ['Laut Umweltbundesamt.de steigen die Werte.', 'Umweltbundesamt.de', 'government'],
    ['Laut Pollenportal.de beginnt die Saison früher.', 'Pollenportal.de', 'media'],
    ['Die Agenten gehen planvoll vor, wie es in Kreisen der Polizei heißt.', 'Kreisen der Polizei', 'security'],
    ['Laut Grundbuchauszug gehört das Haus der Gemeinde.', 'Grundbuchauszug', 'document'],
    ['Das Feuer entstand nach bisherigen Ermittlungen in einer Garage.', 'bisherigen Ermittlungen', 'justice'],
  ])('types web addresses by the site they name, and more nouns: %s', (sentence, source, type) => {
    expect(one(sentence).find((a) => a.source === source)).toMatchObject({ type });
  });

  it('types a spokesperson who does not say whose by the institution named last', () => {
    const r = analyzeText(
      ['Der Versandhändler Beispielversand wies die Vorwürfe zurück. Ein Sprecher sagte, man prüfe den Fall.'],
      'de',
    );
    // (and is identified by it: "ein Sprecher" is vague only with no organisation)
    expect(r.attributions.find((a) => a.source === 'Ein Sprecher')).toMatchObject({ type: 'company', named: true });
  });

  it('gives a chair a possessive owns the type of the body named before, not of a paper', () => {
    const r = analyzeText(
      [
        'Das geht aus einem internen Papier der Verwaltung hervor.',
        'Die Elternvertretung reagierte empört.',
        'Deren Vorsitzende Lea Roth: „Hier wird über die Köpfe der Familien hinweg entschieden.“',
      ],
      'de',
    );
    expect(r.attributions.find((a) => a.source === 'Deren Vorsitzende Lea Roth')).toMatchObject({
      type: 'organization',
    });
  });

  it('types a relational role by name, the mention saying no body, by the institution named last', () => {
    const r = analyzeText(['Die Talbex AG baut Stellen ab. Direktorin Anna Berger sagte, das sei nötig.'], 'de');
    expect(r.attributions[0]).toMatchObject({ source: 'Direktorin Anna Berger', type: 'company' });
    const e = analyzeText(
      ['Talbex Motors recalled 2,000 cars on Monday. Director Jan Brandik said the recall was voluntary.'],
      'en',
    );
    expect(e.attributions[0]).toMatchObject({ source: 'Director Jan Brandik', type: 'company' });
  });

  it('identifies a spokesperson by a body the text named before, or by a name the compound opens with', () => {
    const r = analyzeText(['Die Stadt plant neue Radwege. Ein Sprecher sagte, das sei nötig.'], 'de');
    expect(r.attributions[0]).toMatchObject({ source: 'Ein Sprecher', type: 'government', named: true });
    // (a spokesperson before any body is named stays vague)
    const alone = analyzeText(['Ein Sprecher sagte, das sei nötig. Die Stadt plant neue Radwege.'], 'de');
    expect(alone.attributions[0]).toMatchObject({ source: 'Ein Sprecher', named: false });
    const c = analyzeText(
      ['Die Talbex AG baut 300 Stellen ab. Eine Talbex-Sprecherin sagte, der Schritt sei nötig.'],
      'de',
    );
    expect(c.attributions[0]).toMatchObject({ source: 'Eine Talbex-Sprecherin', type: 'company', named: true });
    expect(one('Eine Talbex-Sprecherin sagte, der Schritt sei nötig.')[0]).toMatchObject({ named: true });
    // (a common noun is no name: "ein Polizei-Sprecher" alone is vague)
    expect(one('Ein Polizei-Sprecher sagte, die Lage sei ruhig.')[0]).toMatchObject({ named: false });
  });

  it('keeps a document of a body introduced by its short form a document ("einer Befragung des TVV")', () => {
    const r = analyzeText(
      [
        'Der Talberger Verkehrsverbund (TVV) hat die Preise erhöht. Bei einer Befragung des TVV hat sich gezeigt, dass viele Kunden zufrieden sind. Laut TVV sind die Busse voll.',
      ],
      'de',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({
      source: 'einer Befragung des TVV',
      type: 'document',
      named: true,
    });
    // (the body itself by its short form, of the type its full name gives: a transport association runs a firm's business)
    expect(r.attributions.find((a) => a.source === 'TVV')).toMatchObject({ type: 'company' });
  });

  it('gives a verb right after "und" no object for a subject, and none when the sentence opens otherwise', () => {
    const one = (t: string) => analyzeText([t], 'de').attributions;
    expect(
      one('Talberg gab an, seine Grenzposten seien angegriffen worden, und meldete drei Verletzte.'),
    ).not.toContainEqual(expect.objectContaining({ source: 'zwei Verletzte' }));
    expect(one('Am Montag gab die Regierung an, sie prüfe den Fall, und kündigte Hilfe an.')).not.toContainEqual(
      expect.objectContaining({ source: 'Hilfe' }),
    );
  });

  it('reads a possessive and a noun of judging before a colon as the view of the person named before', () => {
    const r = analyzeText(
      ['Der Verkehrsforscher Tom Kahl hat Pendler befragt. Seine Hypothese: Der Umweg ist zu lang.'],
      'de',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({
      kind: 'according_to',
      source: 'Seine',
      resolved: 'Tom Kahl',
    });
    expect(analyzeText(['Ihre Wohnung: drei Zimmer, Küche, Bad.'], 'de').attributions).toEqual([]);
  });

  it('resolves "er" and "sie" past a person whose role word says the other gender', () => {
    const r = analyzeText(
      [
        'Anna Berger hat sich im Rathaus mit Bürgermeister Tom Kahl getroffen. Als sie ankam, rief er ihre Schwester an. Vom Land kam nicht einmal ein Brief, erzählt sie.',
      ],
      'de',
    );
    expect(r.attributions.find((a) => a.cue === 'erzählt')).toMatchObject({ source: 'sie', resolved: 'Anna Berger' });
    const two = analyzeText(
      [
        'Tom Kahl traf Vizepräsidentin Anna Berger. Die Präsidentin Lea Roth kam später. Er sagte, das Treffen sei gut gewesen.',
      ],
      'de',
    );
    expect(two.attributions.find((a) => a.source === 'Er')).toMatchObject({ resolved: 'Tom Kahl' });
  });

  it('types a spokesperson named by name, with no body in the mention, by the institution named last', () => {
    const r = analyzeText(
      [
        'Der Versandhändler Beispielversand wies die Vorwürfe zurück. Das sei nicht geplant, sagte Pressesprecherin Anna Berger. Berger sagte, man prüfe den Fall.',
      ],
      'de',
    );
    expect(r.attributions.find((a) => a.source === 'Pressesprecherin Anna Berger')).toMatchObject({ type: 'company' });
    expect(r.attributions.find((a) => a.source === 'Berger')).toMatchObject({
      type: 'company',
      resolved: 'Anna Berger',
    });
    // with no institution named before, the role says no more than a person
    const alone = analyzeText(['Das sei nicht geplant, sagte Sprecher Tom Kahl.'], 'de');
    expect(alone.attributions[0]).toMatchObject({ source: 'Sprecher Tom Kahl', type: 'person' });
  });

  it('remembers a person by the first run of name words, not the place of their institution', () => {
    const r = analyzeText(
      ['Das sagte Arbeitswissenschaftler Tom Lang von der Hochschule Talberg. Er betonte, die Last sei hoch.'],
      'de',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({ source: 'Er', resolved: 'Tom Lang' });
  });

  it('types a person by the party in brackets after the name', () => {
    const r = analyzeText(
      ['Maria Kern (SPD) war am Abend nicht erreichbar. Kern sagte später, sie habe gewarnt.'],
      'de',
    );
    expect(r.attributions.find((a) => a.source === 'Kern')).toMatchObject({ type: 'politician' });
  });

  it('types earlier mentions of a person by a role named only later ("als Kandidat")', () => {
    const r = analyzeText(
      [
        '„Wir sammeln weiter“, sagte Mira Olsen. Olsen betonte, alles laufe nach Plan. Erst im März kann Olsen als Kandidatin antreten.',
      ],
      'de',
    );
    const olsen = r.attributions.filter((a) => (a.resolved ?? a.source)?.includes('Olsen'));
    expect(olsen.length).toBeGreaterThanOrEqual(2);
    expect(olsen.every((a) => a.type === 'politician')).toBe(true);
  });

  it('takes a possessive before "Meinung nach" as a pointer to the person named before', () => {
    const r = analyzeText(['Der Forscher Jan Brink sagte, das Lesen leide. Seiner Meinung nach fehlt die Ruhe.'], 'de');
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({
      kind: 'according_to',
      source: 'Seiner',
      resolved: 'Jan Brink',
    });
  });

  it('marks Konjunktiv I after an attributed sentence as reportative', () => {
    const r = analyzeText(
      ['Der Sprecher des Ministeriums sagte, die Lage sei ernst. Man habe alle Kräfte mobilisiert.'],
      'de',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({ kind: 'reportative', cue: 'habe' });
  });

  it('reads the Konjunktiv I of a verb no lexicon lists where reported speech runs on, and nothing like it elsewhere', () => {
    const said = 'Die Bürgermeisterin sagte, der Plan sei zu teuer.';
    const r = analyzeText(
      [
        `${said} Das zeichne ein falsches Bild. Zwar vereinfache der Plan die Wege. Neben dem Bau erfolge kein Ausgleich.`,
      ],
      'de',
    );
    expect(r.attributions.filter((a) => a.kind === 'reportative').map((a) => a.cue)).toEqual([
      'zeichne',
      'vereinfache',
      'erfolge',
    ]);
    // past tense in -te, adverbs and quantifiers in -e, an adjective before its noun
    const none = analyzeText(
      [
        `${said} Sie machte die Tür zu. Er ging gerade die Straße entlang. Sie sind beispielsweise die ersten. Er kaufte alle vier Bände. Die neue Halle steht.`,
      ],
      'de',
    );
    expect(none.attributions.filter((a) => a.kind === 'reportative')).toEqual([]);
    // far from any attribution, such a form is not read as reported speech
    const far = analyzeText(['Das zeichne ein falsches Bild.'], 'de');
    expect(far.attributions).toEqual([]);
  });

  it('reads a Konjunktiv I in -e in second place as reported speech further on too, not after "ich" or in the hypothetical mood', () => {
    const said = 'Die Bürgermeisterin sagte, der Plan sei zu teuer.';
    const filler = ['Der Tag war ruhig.', 'Es regnete.', 'Niemand kam.', 'Alles blieb still.'];
    const cues = (last: string) =>
      analyzeText([said, ...filler, last], 'de')
        .attributions.filter((a) => a.sentenceIndex === 5)
        .map((a) => a.cue);
    expect(cues('Zwar vereinfache der Plan die Wege.')).toEqual(['vereinfache']);
    expect(cues('So bleibe das Wissen erhalten.')).toEqual(['bleibe']);
    expect(cues('Neben dem Bau erfolge kein Ausgleich.')).toEqual(['erfolge']);
    expect(cues('Ich plane eine neue Brücke.')).toEqual([]);
    expect(cues('So wäre es besser gewesen.')).toEqual([]);
    expect(cues('Das Thema war lange ein Problem.')).toEqual([]);
  });

  it('reads the Konjunktiv I of a verb whose stem ends in -t ("koste", "biete"), which the rule of the second place cannot tell from a past tense', () => {
    const said = 'Die Bürgermeisterin sagte, der Plan sei zu teuer.';
    const cues = (last: string) =>
      analyzeText([said, last], 'de')
        .attributions.filter((a) => a.sentenceIndex === 1)
        .map((a) => a.cue);
    expect(cues('Das Amt koste viel Kraft.')).toEqual(['koste']);
    expect(cues('Die Stadt biete keine Hilfe an.')).toEqual(['biete']);
    expect(cues('Das Amt kostete viel Kraft.')).toEqual([]);
    expect(analyzeText(['Das Amt koste viel Kraft.'], 'de').attributions).toEqual([]);
  });

  it('reads "dürften … werden/sein/haben" as what is likely, other uses of the mood as reported', () => {
    const after = (last: string) =>
      analyzeText(['Die Bürgermeisterin sagte, der Plan sei zu teuer.', last], 'de').attributions.filter(
        (a) => a.sentenceIndex === 1,
      );
    expect(after('Die Mieten dürften bald höher sein.')).toEqual([]);
    expect(after('Die Gäste dürften schon Hunger haben.')).toEqual([]);
    expect(after('Die Kosten dürften den Plan nicht gefährden.').map((a) => a.cue)).toEqual(['dürften']);
  });

  it('types a person by the part they play, set before the name, over a job said after it', () => {
    const r = analyzeText(
      [
        'Einer der Demonstranten, Tom Kahl, Ingenieur aus Talberg, sagte: „Wir kommen wieder.“',
        'Kahl fügte hinzu, man werde nicht aufgeben. Der Ingenieur Paul Brandik, Professor in Talberg, sagte, die Lage sei ernst.',
      ],
      'de',
    );
    const rows = r.attributions.map((a) => [a.resolved ?? a.source, a.type]);
    expect(rows).toContainEqual(['Tom Kahl', 'person']);
    expect(rows.filter(([who]) => who === 'Tom Kahl').every(([, type]) => type === 'person')).toBe(true);
    // a job before the name is no part in the story
    expect(r.attributions.find((a) => a.sentence.includes('Brandik'))?.type).toBe('expert');
  });

  it('takes no adjective that opens a sentence for a name a pronoun could point to ("Erfreut zeigte sich …")', () => {
    const r = analyzeText(
      ['Erfreut zeigte sich auch Trainerin Eva Roth über den Sieg. „Das war stark“, sagte sie.'],
      'de',
    );
    expect(r.attributions).toContainEqual(expect.objectContaining({ source: 'sie', resolved: 'Eva Roth' }));
  });

  it('reads an interview transcript: "Name:" opens the answer of a person named before, every sentence of it', () => {
    const r = analyzeText(
      [
        'Die Trainerin Eva Roth spricht im Interview über die Saison.',
        'Frage: Wie lief das Jahr?',
        'Roth: Das Jahr war schwer. Wir haben viel verloren.',
        'Fazit: Es bleibt spannend.',
      ],
      'de',
    );
    const quotes = r.attributions.filter((a) => a.kind === 'quote');
    expect(quotes.map((a) => [a.sentenceIndex, a.resolved])).toEqual([
      [2, 'Eva Roth'],
      [3, 'Eva Roth'],
    ]);
  });

  it('identifies a spokesperson by the person a possessive points to', () => {
    const r = analyzeText(['Tom Kahl ist erkrankt. Laut seiner Sprecherin muss er eine Woche pausieren.'], 'de');
    expect(r.attributions[0]).toMatchObject({ source: 'seiner Sprecherin', named: true });
  });

  it('reads a noun for people named in both genders as one group, two nouns as two', () => {
    expect(one('Die Ärztinnen und Ärzte der Klinik fordern mehr Personal.').map((a) => a.source)).toEqual([
      'Die Ärztinnen und Ärzte der Klinik',
    ]);
    expect(one('Die Ärztinnen und Pfleger fordern mehr Personal.').map((a) => a.source)).toEqual([
      'Die Ärztinnen',
      'Pfleger',
    ]);
  });

  it('reads a challenger and an election winner as roles, no part of the name', () => {
    const r = analyzeText(
      ['Seine Herausforderin Anna Berger gibt sich zuversichtlich. „Die Stimmung dreht sich“, sagte sie am Samstag.'],
      'de',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({ resolved: 'Anna Berger' });
    expect(one('Wahlsieger Tom Kahl sagte, er sei dankbar.')[0]).toMatchObject({ type: 'politician' });
  });

  it("keeps the answer of a labelled line its speaker's when it reports what somebody else said", () => {
    const r = analyzeText(
      [
        'Die Trainerin Eva Roth spricht im Interview über die Saison.',
        'Frage: Wie lief das Jahr?',
        'Roth: Der Verband sagte mir, das Geld sei knapp.',
      ],
      'de',
    );
    const at2 = r.attributions.filter((a) => a.sentenceIndex === 2);
    expect(at2).toContainEqual(expect.objectContaining({ kind: 'quote', resolved: 'Eva Roth' }));
    expect(at2).toContainEqual(expect.objectContaining({ kind: 'reported', source: 'Der Verband' }));
  });

  it("keeps every sentence of an answer its speaker's beside the source it reports", () => {
    const r = analyzeText(
      [
        'Die Trainerin Eva Roth spricht im Interview über die Saison.',
        'Frage: Wie lief das Jahr?',
        'Roth: Das Jahr war schwer. Der Verband hat uns gesagt, das Geld sei knapp. Wir sparen jetzt.',
      ],
      'de',
    );
    const at3 = r.attributions.filter((a) => a.sentenceIndex === 3);
    expect(at3).toContainEqual(expect.objectContaining({ kind: 'quote', resolved: 'Eva Roth' }));
    expect(at3).toContainEqual(expect.objectContaining({ kind: 'reported', source: 'Der Verband' }));
  });

  it('keeps a private person introduced by a role and "ein" unnamed when "der" takes the role up again', () => {
    const r = analyzeText(
      ['Ein Talberger Taxifahrer wartet am Bahnhof auf Kunden.', '„Das Geschäft läuft schlecht“, sagt der Taxifahrer.'],
      'de',
    );
    expect(r.attributions[0]).toMatchObject({ source: 'der Taxifahrer', named: false });
    // (one introduced with a name stays named: "Der Taxifahrer Tom Kahl")
    const named = analyzeText(
      ['Der Taxifahrer Tom Kahl wartet am Bahnhof.', '„Das Geschäft läuft schlecht“, sagt der Taxifahrer.'],
      'de',
    );
    expect(named.attributions[0]).toMatchObject({ named: true });
  });

  it('knows the gender of a relative named by a noun of one gender, so that "sie" passes him by', () => {
    const r = analyzeText(
      [
        'Lea Roth lebt mit ihren Kindern in Talberg.',
        'Ihr Mann Talo kam bei dem Unglück ums Leben.',
        'Talo sagte damals, er kenne seine Kinder kaum.',
        'Von der Stadt kam nicht einmal ein Brief, erzählt sie.',
      ],
      'de',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 3)).toMatchObject({ source: 'sie', resolved: 'Lea Roth' });
    // (and a compound that ends in such a noun: "Feuerwehrmann", "Kauffrau")
    const g = grammarFor('de')!;
    expect(g.rolesWithNames(tokenize('Feuerwehrmann Talo half.'), lex)[0]).toMatchObject({ gender: 'm' });
    expect(g.rolesWithNames(tokenize('Kauffrau Talo half.'), lex)[0]).toMatchObject({ gender: 'f' });
    // (not a word that only ends in the letters of one: "Europa")
    expect(g.rolesWithNames(tokenize('Ihre Tochter Talo lebt in Europa.'), lex)[0]).toMatchObject({ gender: 'f' });
  });

  it('gives no "er" a body named after a feminine noun and "die" ("Die Gewerkschaft Unia", "Die Firma Talbex")', () => {
    const er = analyzeText(
      [
        'Die Gewerkschaft Talbex kritisiert den Entscheid scharf.',
        'Er weist darauf hin, dass die Zahlen gesunken seien.',
      ],
      'de',
    );
    expect(er.attributions[1]).toMatchObject({ source: 'Er' });
    expect(er.attributions[1]!.resolved ?? null).toBeNull();
    const sie = analyzeText(
      ['Die Firma Talbex kritisiert den Entscheid scharf.', 'Sie weist darauf hin, dass die Zahlen gesunken seien.'],
      'de',
    );
    expect(sie.attributions[1]).toMatchObject({ source: 'Sie', resolved: 'Talbex', type: 'company' });
  });

  it('takes "die Bahn" after "ein Sprecher der Bahn" for the body, and "er" for the spokesperson', () => {
    const r = analyzeText(
      [
        'Ein Sprecher der Stadt sagte, die Straße bleibe gesperrt.',
        'Er fügte hinzu, man prüfe Alternativen.',
        'Die Stadt kündigte an, die Brücke zu sanieren.',
      ],
      'de',
    );
    expect(r.attributions[1]).toMatchObject({ source: 'Er', resolved: 'Ein Sprecher der Stadt' });
    expect(r.attributions[2]).toMatchObject({ source: 'Die Stadt', type: 'government' });
    expect(r.attributions[2]!.resolved ?? null).toBeNull();
  });

  it('resolves "die Polizei", "das Gericht" to the whole name of the body named with its noun and a place', () => {
    const polizei = analyzeText(
      ['Die Kantonspolizei Talberg meldete einen Unfall.', 'Die Polizei sagte, niemand sei verletzt worden.'],
      'de',
    );
    expect(polizei.attributions[1]).toMatchObject({ source: 'Die Polizei', resolved: 'Kantonspolizei Talberg' });
    const gericht = analyzeText(
      ['Das Landgericht Talberg hat die Klage abgewiesen.', 'Das Gericht erklärte, die Frist sei versäumt worden.'],
      'de',
    );
    expect(gericht.attributions[0]).toMatchObject({ source: 'Das Gericht', resolved: 'Landgericht Talberg' });
    // (a person's role is their name: "Der Bürgermeister" after "Bürgermeister Tom Kahl")
    const person = analyzeText(
      ['Bürgermeister Tom Kahl eröffnete die Sitzung.', 'Der Bürgermeister sagte, die Stadt spare.'],
      'de',
    );
    expect(person.attributions[0]).toMatchObject({ resolved: 'Tom Kahl' });
  });

  it('reads "war … gezogen" as the perfect, no role: the office in the next sentence is the person\'s', () => {
    const r = analyzeText(
      ['Anna Berger war im Sommer in die Landesregierung gewechselt.', 'Die Ministerin teilte mit, sie freue sich.'],
      'de',
    );
    expect(r.attributions[0]).toMatchObject({ source: 'Die Ministerin', resolved: 'Anna Berger' });
  });

  it('types findings nobody owns as the investigators\' the text named last ("nach ersten Erkenntnissen")', () => {
    const r = analyzeText(
      [
        'Am Morgen meldete die Polizei einen Großeinsatz.',
        'Die Stadt sperrte die Straße.',
        'Verletzt wurde nach ersten Erkenntnissen niemand.',
      ],
      'de',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 2)).toMatchObject({
      source: 'ersten Erkenntnissen',
      type: 'security',
      named: false,
    });
    // (with no police or court named, of no type)
    expect(analyzeText(['Verletzt wurde nach ersten Erkenntnissen niemand.'], 'de').attributions[0]).toMatchObject({
      type: 'other',
    });
  });

  it('reads the unlabelled answers of an interview: after each question, up to the next question or a heading', () => {
    const blocks = [
      'Die Stadt plant einen Park am Fluss. Die Planerin Jana Roth spricht im Interview über den Entwurf.',
      'Kreisblatt: Frau Roth, warum braucht die Stadt einen neuen Park?',
      'Jana Roth: Weil es am Fluss zu wenig Grün gibt. Die Kinder brauchen Platz zum Spielen.',
      'Die ersten Bäume werden schon im Herbst gepflanzt.',
      'Wann wird der Park fertig sein?',
      'Im nächsten Sommer. Vorher muss der Boden saniert werden.',
      'Weitere Themen aus der Stadt',
      'Der Stadtrat tagt am Montag im Rathaus.',
    ];
    expect(quotedSentences(blocks, 'Jana Roth')).toEqual([
      'Jana Roth: Weil es am Fluss zu wenig Grün gibt.',
      'Die Kinder brauchen Platz zum Spielen.',
      'Die ersten Bäume werden schon im Herbst gepflanzt.',
      'Im nächsten Sommer.',
      'Vorher muss der Boden saniert werden.',
    ]);
  });

  it('ends a name at a second role that introduces a second person ("Reporterin Jana Roth Milliardärin Anna Berger")', () => {
    const r = analyzeText(
      [
        'In ihrem Newsletter warf Reporterin Jana Roth Milliardärin Anna Berger vor, die Krise auszunutzen.',
        'Zudem führe Berger ein teures Leben, so Roth.',
      ],
      'de',
    );
    expect(r.attributions).toContainEqual(
      expect.objectContaining({ cue: 'so', source: 'Roth', resolved: 'Jana Roth' }),
    );
  });

  it('reads a list of lone quotations that nobody says (sayings) as no quotes, and a lone quotation as one', () => {
    const sayings = analyzeText(
      [
        'Viele Gärtner halten sich an alte Regeln.',
        '„Vor Mai kein Sommer, nach dem Mai kein Frost.“',
        '„Wenn es im Mai friert, ist der Garten ganz ruiniert.“',
      ],
      'de',
    );
    expect(sayings.attributions).toEqual([]);
    const one = analyzeText(
      ['Viele Gärtner halten sich an alte Regeln.', '„Wer im Mai pflanzt, muss mit einem späten Frost rechnen.“'],
      'de',
    );
    expect(one.attributions.map((a) => a.kind)).toEqual(['quote']);
  });

  it('takes an unknown feminine noun in -e for a thing, one that ends as an adjective used as a noun for a person', () => {
    const classify = (m: string) => grammarFor('de')!.classify(m, lexiconFor('de')!);
    // (a thing or a body the lexicon does not know is no person)
    expect(classify('die Kasse').type).toBe('other');
    expect(classify('eine Schleuse').type).toBe('other');
    expect(classify('die Bühne').type).toBe('other');
    // (after "einer" too, where an adjective used as a noun ends in -en)
    expect(classify('einer Zulage').type).toBe('other');
    expect(classify('einer Angestellten').type).toBe('person');
    // (adjectives and participles as nouns, and masculine nouns in -e, are people)
    expect(classify('die Reisende').type).toBe('person');
    expect(classify('eine Gefangene').type).toBe('person');
    expect(classify('die Freiwillige').type).toBe('person');
    expect(classify('der Bote').type).toBe('person');
    // (after a number a noun in -e is a plural thing; a noun's own "-nde" or "-che" is none of an adjective)
    expect(classify('Zwei Dinge').type).toBe('other');
    expect(classify('drei Gründe').type).toBe('other');
    expect(classify('die Sache').type).toBe('other');
    expect(classify('zwei Verdächtige').type).toBe('person');
    expect(classify('die Deutsche').type).toBe('person');
  });

  it('takes the name after a spokesperson\'s "von" for the body they speak for, no person', () => {
    expect(one('Ein Sprecher von Talbex sagte, der Fehler sei gering.').map((a) => a.type)).toEqual(['other']);
    // (the kind the text gave the body before)
    const r = analyzeText(
      ['Der Autobauer Talbex ruft 5000 Fahrzeuge zurück.', 'Ein Sprecher von Talbex sagte, der Fehler sei gering.'],
      'de',
    );
    expect(r.attributions.map((a) => a.type)).toEqual(['company']);
    // (the name right after the role is the spokesperson's own)
    const classify = (m: string) => grammarFor('de')!.classify(m, lexiconFor('de')!);
    expect(classify('Sprecherin Anna Berger').type).toBe('person');
  });

  it('gives a relative clause whose verb is plural the noun a singular attribute depends on', () => {
    const src = (t: string) => one(t).map((a) => a.source);
    expect(src('Es gibt Gruppen der Belegschaft, die den Abbau kritisieren.')).toEqual(['Gruppen der Belegschaft']);
    expect(src('Viele Händler im Viertel, die den Umbau kritisieren, wehren sich.')).toEqual([
      'Viele Händler im Viertel',
    ]);
    // (a verb in the singular keeps the nearest phrase; a main clause after the comma keeps its subject)
    expect(src('Er traf die Sprecherin der Ministerin, die den Plan verteidigte.')).toEqual([
      'die Sprecherin der Ministerin',
    ]);
    expect(src('Das Gesetz wurde beschlossen, die neue Regierung kritisierte den Plan.')).toEqual([
      'die neue Regierung',
    ]);
  });

  it('reads no subject after a relative pronoun whose clause ends in its verb', () => {
    expect(one('Sie wollte einen Verband gründen, der regionale Händler verteidigt.')).toEqual([]);
  });

  it("reads no speaker before a colon in an elision's marks", () => {
    expect(
      one('Die Musik an dem Abend war ganz Rock ‘n’ Roll: „Blaue Nacht“ von den Talbex Boys lief zuerst.'),
    ).toEqual([]);
    // (nor a list in English, whose "-list" is no person's "-ist")
    expect(one('Die Setlist war ganz Rock ‘n’ Roll: „Blaue Nacht“ von den Talbex Boys lief zuerst.')).toEqual([]);
  });

  it('takes a surname that is a role after a given name of either gender for the person', () => {
    const r = analyzeText(
      ['Kai Richter sagte, die Schule sei voll.', 'Richter fügte hinzu, die Klassen seien groß.'],
      'de',
    );
    expect(r.attributions.map((a) => [a.resolved ?? a.source, a.type])).toEqual([
      ['Kai Richter', 'person'],
      ['Kai Richter', 'person'],
    ]);
  });

  it('types every row of a person named with a firm only as an expert when the text calls them the expert', () => {
    const r = analyzeText(
      [
        '„Die Zinsen bleiben hoch“, sagt Tom Kahl von der Talbex-Bank.',
        '„Der Markt rechnet mit einer Pause“, erklärt der Experte.',
        'Kahl fügte hinzu, die Lage sei stabil.',
      ],
      'de',
    );
    expect(r.attributions.map((a) => [a.resolved ?? 'Tom Kahl', a.type])).toEqual([
      ['Tom Kahl', 'expert'],
      ['Tom Kahl', 'expert'],
      ['Tom Kahl', 'expert'],
    ]);
    // (not one the text gave a firm's role: the chief stays the firm's)
    const chief = analyzeText(
      [
        '„Die Zinsen bleiben hoch“, sagt Talbex-Chef Tom Kahl.',
        '„Der Markt rechnet mit einer Pause“, erklärt der Experte.',
      ],
      'de',
    );
    expect(chief.attributions[0]!.type).toBe('company');
  });

  it('counts a forecast without a clause from a body, not from people', () => {
    expect(one('Die Fans rechnen mit einem Sieg am Samstag.')).toEqual([]);
    expect(one('Viele Urlauber erwarten volle Strände.')).toEqual([]);
    expect(one('Der Konzern rechnet mit einem Verlust.').map((a) => a.type)).toEqual(['company']);
  });

  it('takes a noun before a genitive, and one word after the genitive article, for no name', () => {
    const classify = (m: string) => grammarFor('de')!.classify(m, lexiconFor('de')!);
    expect(classify('Die Geschichte der Gäste')).toMatchObject({ name: null });
    expect(classify('das Ende des Streits')).toMatchObject({ name: null });
    expect(classify('der Chef der Firma Brandik')).toMatchObject({ type: 'company' });
    // (also without an article: no name is followed by a genitive)
    expect(classify('Zweck der Satzung')).toMatchObject({ name: null });
    expect(classify('Ende des Jahres')).toMatchObject({ name: null });
    const club = analyzeText(
      ['Zweck des Vereins ist die Pflege des Parks.', 'Er fordert, dass die Stadt mehr Bäume pflanzt.'],
      'de',
    );
    expect(club.attributions.find((a) => a.sentenceIndex === 1)?.resolved ?? null).not.toBe('Zweck');
    const r = analyzeText(
      ['Die Geschichte der Gäste beginnt im Sommer.', '„Wir kamen spät an und blieben lange.“'],
      'de',
    );
    expect(r.attributions.filter((a) => a.source)).toEqual([]);
  });

  it('reads a rank before a compound role as no body ("Generaldirektorin" is no general), and a ministry as government', () => {
    const classify = (m: string) => grammarFor('de')!.classify(m, lexiconFor('de')!);
    expect(classify('die Generaldirektorin des Instituts').type).not.toBe('security');
    expect(classify('der Vizesprecher der Regierung')).toMatchObject({ type: 'government' });
    expect(classify('der General')).toMatchObject({ type: 'security' });
    expect(classify('ein Sprecher des Justizministeriums')).toMatchObject({ type: 'government' });
    expect(classify('die Generalstaatsanwaltschaft')).toMatchObject({ type: 'justice' });
  });

  it('names the person of a mention: a surname before a party in brackets, the full name in apposition', () => {
    const classify = (m: string) => grammarFor('de')!.classify(m, lexiconFor('de')!);
    expect(classify('Landrätin Jana Berger (SPD)')).toMatchObject({ name: 'Jana Berger', type: 'government' });
    expect(classify('Der Präsident des Verbands, Tom Kahl')).toMatchObject({ name: 'Tom Kahl' });
    expect(classify('Die Bürgermeisterin von Talberg, Anna Berger (SPD)')).toMatchObject({
      name: 'Anna Berger',
      type: 'government',
    });
    expect(classify('Der Kämmerer')).toMatchObject({ type: 'government' });
    const r = analyzeText(
      [
        'Die Bürgermeisterin von Talberg, Anna Berger (SPD), verteidigte den Haushalt.',
        'Berger sagte, man müsse sparen.',
      ],
      'de',
    );
    expect(r.attributions.map((a) => a.resolved ?? a.source)).toEqual([
      'Die Bürgermeisterin von Talberg, Anna Berger (SPD)',
      'Anna Berger',
    ]);
  });

  it('resolves "die 58-Jährige", "der 60-Jährige" to the person of that gender named before', () => {
    const r = analyzeText(
      [
        'Anna Berger führt die Bäckerei seit zwanzig Jahren. Ihr Nachbar Tom Kahl hilft manchmal aus.',
        '„So hohe Preise habe ich nie erlebt“, sagte die 58-Jährige.',
        '„Es wird jeden Monat schwerer“, sagte der 60-Jährige.',
      ],
      'de',
    );
    expect(r.attributions.map((a) => [a.source, a.resolved, a.type])).toEqual([
      ['die 58-Jährige', 'Anna Berger', 'person'],
      ['der 60-Jährige', 'Tom Kahl', 'person'],
    ]);
    const alone = analyzeText(['„Es wird schwerer“, sagte die 58-Jährige.'], 'de');
    expect(alone.attributions[0]).toMatchObject({ source: 'die 58-Jährige', type: 'person' });
  });

  it('resolves "Der 54-Jährige" first in the sentence too', () => {
    const r = analyzeText(
      ['Tom Kahl ist seit 2019 Bürgermeister von Talberg.', 'Der 54-Jährige sagte, die Stadt spare.'],
      'de',
    );
    expect(r.attributions[0]).toMatchObject({ source: 'Der 54-Jährige', resolved: 'Tom Kahl', type: 'government' });
  });

  it('resolves a pronoun to the person named before it, not to a body its sentence names after it', () => {
    const r = analyzeText(
      [
        'Tom Kahl beobachtet den Milchmarkt seit Jahren.',
        'So erzählte er, dass die Preise nach dem Einstieg bei der Firma Talbex Dairy stiegen.',
        'Er sagte auch, dass der Vorstand der Firma Talbury Holz davon nichts wusste.',
      ],
      'de',
    );
    // (and the person the pronoun meant stays the one the next pronoun means)
    expect(r.attributions.map((a) => [a.source, a.resolved, a.type])).toEqual([
      ['er', 'Tom Kahl', 'person'],
      ['Er', 'Tom Kahl', 'person'],
    ]);
  });

  it("reads a short quotation that opens a sentence as its subject for a title, not for the last speaker's words", () => {
    const r = analyzeText(
      [
        'Die Demonstranten riefen: „Wir bleiben hier.“',
        '„Talbury Nights“ sucht nach den Gründen',
        'Tom Kahl war wütend.',
      ],
      'de',
    );
    expect(r.attributions.map((a) => [a.sentenceIndex, a.kind])).toEqual([[0, 'quote']]);
    // (a heading that quotes somebody stays a quote, and so does a short answer without a comma)
    const heading = analyzeText(
      ['„Wir sind eine Familie“, sagt Anna Berger über die Wache.', '„Ein starker Zusammenhalt“ bei der Wache'],
      'de',
    );
    expect(heading.attributions.map((a) => [a.sentenceIndex, a.kind, a.resolved ?? a.source])).toEqual([
      [0, 'quote', 'Anna Berger'],
      [1, 'quote', 'Anna Berger'],
    ]);
    const answer = analyzeText(['Tom Kahl war wütend. „Niemals“ sagte er dann.'], 'de');
    expect(answer.attributions).toMatchObject([{ kind: 'quote', source: 'er', resolved: 'Tom Kahl' }]);
  });

  it('gives no court office to the person named before it: in a court report that is the defendant', () => {
    const r = analyzeText(
      ['Tom Kahl gab den Diebstahl zu.', 'Der Staatsanwalt sagte, die Kamera habe ihn am Bahnhof gezeigt.'],
      'de',
    );
    expect(r.attributions.map((a) => [a.source, a.resolved, a.type])).toEqual([
      ['Tom Kahl', null, 'person'],
      ['Der Staatsanwalt', null, 'justice'],
    ]);
  });

  it('types a party politician who holds an office as government throughout, past a dateline and a fuller name', () => {
    const r = analyzeText(
      [
        'Kahl warnt vor neuen Drogen',
        'Talberg.',
        'Der Drogenbeauftragte erklärt, warum ihn die Zahlen besorgen.',
        'Tom Kahl (CDU) hat am Montag neue Zahlen vorgestellt. „Das ist ein Alarmsignal“, sagte Kahl.',
      ],
      'de',
    );
    expect(r.attributions.map((a) => [a.source, a.resolved, a.type])).toEqual([
      ['Kahl', null, 'government'],
      ['Der Drogenbeauftragte', 'Kahl', 'government'],
      ['Kahl', 'Tom Kahl', 'government'],
    ]);
    // the office said after the party: the earlier mentions take it too
    const later = analyzeText(
      ['Anna Berger (SPD) sagte, die Lage sei ernst.', 'Die Landrätin Berger kündigte Hilfen an.'],
      'de',
    );
    expect(later.attributions.map((a) => a.type)).toEqual(['government', 'government']);
    // a former office is none: the party politician stays one
    const former = analyzeText(
      ['Anna Berger (SPD) sagte, die Lage sei ernst.', 'Die frühere Landrätin Berger forderte Hilfen.'],
      'de',
    );
    expect(former.attributions.map((a) => a.type)).toEqual(['politician', 'politician']);
  });

  it('resolves "der CDU-Politiker" to the person named with that party, not to another party\'s', () => {
    const r = analyzeText(
      [
        'Tom Kahl (CDU) sagte, er sei besorgt. Jan Talbex (SPD) widersprach.',
        '„Das ist falsch“, sagte der CDU-Politiker.',
        'Der SPD-Politiker entgegnete, man müsse handeln.',
        'Anna Berger (Grüne) warnte. Die Grünen-Politikerin sagte, es reiche nicht.',
      ],
      'de',
    );
    expect(r.attributions.slice(2).map((a) => [a.source, a.resolved])).toEqual([
      ['der CDU-Politiker', 'Tom Kahl'],
      ['Der SPD-Politiker', 'Jan Talbex'],
      ['Anna Berger (Grüne)', null],
      ['Die Grünen-Politikerin', 'Anna Berger'],
    ]);
  });

  it('takes the noun after a demonstrative for no name: the sayings after "Diese Regeln …:" are nobody\'s words', () => {
    const classify = (m: string) => grammarFor('de')!.classify(m, lexiconFor('de')!);
    expect(classify('Diese Regeln')).toMatchObject({ name: null, type: 'other' });
    expect(classify('Jene Zeugin')).toMatchObject({ name: null });
    const r = analyzeText(
      ['Viele Gärtner halten sich daran. Diese alten Regeln sollen daran erinnern:', '„Vor Mai kein Sommer.“'],
      'de',
    );
    expect(r.attributions.filter((a) => a.kind === 'quote' && a.source)).toEqual([]);
  });

  it('reads no answer in a paragraph that names the interviewee, nor in the credit line after the interview', () => {
    const blocks = [
      'Die Planerin Jana Roth spricht im Interview über den Park.',
      'Kreisblatt: Frau Roth, warum braucht die Stadt einen Park?',
      'Jana Roth: Weil es am Fluss zu wenig Grün gibt.',
      'Was kostet der Park?',
      'Der Stadtrat hat lange über den Park gestritten. „Das Geld ist da“, sagt Planerin Roth.',
      'Die Bäume kommen im Herbst.',
      'Wann ist er fertig?',
      'Im nächsten Sommer.',
      'Das Gespräch führte Tom Kahl.',
    ];
    expect(quotedSentences(blocks, 'Jana Roth')).toEqual([
      'Jana Roth: Weil es am Fluss zu wenig Grün gibt.',
      '„Das Geld ist da“, sagt Planerin Roth.',
      'Im nächsten Sommer.',
    ]);
  });

  it('takes "Name: words" without closing punctuation for a heading, and reads no answer after it', () => {
    const r = analyzeText(
      [
        'Die Planerin Jana Roth stellte am Montag den Entwurf für den Park vor.',
        'Roth: Der Park kommt zu spät',
        'Die ersten Bäume werden erst im Herbst gepflanzt.',
        'Wie geht es weiter?',
        'Der Stadtrat entscheidet im Mai über das Geld.',
      ],
      'de',
    );
    expect(r.attributions.filter((a) => a.kind === 'quote')).toEqual([]);
  });

  it('follows a person by a surname that ends like a common noun, and reads no verb into a mention', () => {
    const r = analyzeText(
      [
        'So berichtete die Talberger Bürgermeisterin Elisabeth Brandik, dass im Kindergarten nur wenige Kinder waren.',
        '„Die Älteren schlafen lieber aus“, schmunzelte Brandik, die von einem stillen Morgen erzählte.',
      ],
      'de',
    );
    const second = r.attributions.filter((a) => a.sentenceIndex === 1);
    expect(second.length).toBeGreaterThan(0);
    for (const a of second)
      expect(a).toMatchObject({ source: 'Brandik', resolved: 'Elisabeth Brandik', type: 'government', named: true });
  });

  it.each([
    ['Anna Berger von der Universität Talberg hat die Proben untersucht.', 'Berger', 'expert'],
    ['Tom Kahl vom Bauernverband war bei der Sitzung dabei.', 'Kahl', 'organization'],
    ['Lea Hahn vom Forschungszentrum Talberg hat die Daten ausgewertet.', 'Hahn', 'expert'],
    ['Jana Roth vom örtlichen Ordnungsamt kam zu spät.', 'Roth', 'government'],
    ['Udo Lenz von der Talbank hat den Kredit geprüft.', 'Lenz', 'company'],
  ])('types a person by the body a sentence that quotes nobody ties them to: %s', (intro, surname, type) => {
    const r = analyzeText([intro, `„Das sehen wir anders“, sagte ${surname}.`], 'de');
    expect(r.attributions).toContainEqual(
      expect.objectContaining({ sentenceIndex: 1, source: surname, type, typeFrom: 'article' }),
    );
  });

  it('keeps a surname that ends like a common noun after a known given name: "Jan Brandik" is not "Jan Kahl"', () => {
    const r = analyzeText(
      [
        '„Der Hafen bleibt offen“, sagte Jan Kahl am Morgen.',
        '„Die Fähren fahren nicht“, erklärte Jan Brandik später.',
      ],
      'de',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({
      source: 'Jan Brandik',
      resolved: null,
      named: true,
    });
    const classify = (m: string) => grammarFor('de')!.classify(m, lexiconFor('de')!);
    expect(classify('Anna Brandik')).toMatchObject({ name: 'Anna Brandik' });
    // (an abstract noun after a given name stays no part of the name)
    expect(classify('Maria Freiheit')).toMatchObject({ name: 'Maria' });
  });

  it('remembers both roles of a person introduced with two joined by "und"', () => {
    for (const role of ['Kardiologe', 'Sportmediziner']) {
      const r = analyzeText(
        [
          '„Bewegung hilft“, erklärt Kardiologe und Sportmediziner Tom Kahl.',
          `„Die Kassen zahlen nicht“, so der ${role}.`,
        ],
        'de',
      );
      expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({ resolved: 'Tom Kahl', type: 'expert' });
    }
  });

  it('follows a person with a double surname by it alone, and reads a double given name as a name', () => {
    const r = analyzeText(
      ['Die Abgeordnete Marie-Luise Strack-Kahl kritisierte den Plan.', '„Das ist falsch“, sagte Strack-Kahl.'],
      'de',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({
      resolved: 'Marie-Luise Strack-Kahl',
      named: true,
    });
    const classify = (m: string) => grammarFor('de')!.classify(m, lexiconFor('de')!);
    expect(classify('Karl-Heinz Brandik')).toMatchObject({ name: 'Karl-Heinz Brandik', gender: 'm' });
    expect(classify('Corona-Pandemie')).toMatchObject({ name: null });
  });

  it('points a role nobody was introduced with back to the person named last, as a pronoun of its gender', () => {
    const r = analyzeText(
      [
        'Das Lied stammt von der Sängerin Lea Kahl aus Talberg.',
        '„Die Stadt ist mir zu eng“, so die Musikerin.',
        'Nach Schätzungen der Forscher ist der See zu warm.',
      ],
      'de',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({
      source: 'die Musikerin',
      resolved: 'Lea Kahl',
      type: 'person',
    });
    // (a masculine role in the genitive after a noun is a plural: "der Forscher" are several)
    expect(r.attributions.find((a) => a.sentenceIndex === 2)).toMatchObject({ resolved: null, type: 'expert' });
    // (and the role keeps its own type: "die Expertin" is an expert, whatever the person was typed)
    const classify = (m: string) => grammarFor('de')!.classify(m, lexiconFor('de')!);
    expect(classify('die Expertin')).toMatchObject({ gender: 'f' });
    expect(classify('der Kardiologe')).toMatchObject({ gender: 'm' });
  });

  it('reads a surname that is a role noun as the surname, and follows the person by it alone', () => {
    const r = analyzeText(['Anna Richter sagte, das Feld sei nass.', 'Richter betonte, die Ernte sei gut.'], 'de');
    expect(r.attributions[0]).toMatchObject({ source: 'Anna Richter', type: 'person' });
    expect(r.attributions[1]).toMatchObject({ source: 'Richter', resolved: 'Anna Richter', named: true });
    // (a role after a name set off by a comma is the person's role)
    const classify = (m: string) => grammarFor('de')!.classify(m, lexiconFor('de')!);
    expect(classify('Lea Roth, Richterin')).toMatchObject({ name: 'Lea Roth', type: 'justice' });
  });

  it('points "sie" with a plural verb to a group or a party, never to one person named before', () => {
    const one = analyzeText(
      ['Die Landesvorsitzende Jana Roth sagte, die Strecke komme zu spät.', 'Sie fordern seit Langem einen Ausbau.'],
      'de',
    );
    expect(one.attributions[1]).toMatchObject({ source: 'Sie', resolved: null });
    const party = analyzeText(['Die Grünen kritisierten den Plan.', 'Sie fordern seit Langem einen Ausbau.'], 'de');
    expect(party.attributions[1]).toMatchObject({ source: 'Sie', resolved: 'Die Grünen' });
    // (a singular verb keeps the person; "er und viele" is a coordination of a singular pronoun)
    const she = analyzeText(['Die Ministerin Lea Roth war in Talberg.', 'Sie sagte, die Strecke werde gebaut.'], 'de');
    expect(she.attributions[0]).toMatchObject({ source: 'Sie', resolved: 'Lea Roth' });
  });

  it('reads a Konjunktiv II that stands in for a Konjunktiv I as reported speech continued ("lägen", "kämen")', () => {
    const r = analyzeText(
      ['Das kündigte die Vorstandschefin am Mittwoch an.', 'Die Kosten lägen bei rund zwei Milliarden Euro.'],
      'de',
    );
    expect(r.attributions[1]).toMatchObject({ kind: 'reportative', cue: 'lägen' });
  });

  it('takes no body from a name with "von" or from a date after "vom"', () => {
    const r = analyzeText(['Max Brandik vom Montag an bleibt im Amt.', '„Gut so“, sagte Brandik.'], 'de');
    expect(r.attributions.find((a) => a.sentenceIndex === 1)?.typeFrom).not.toBe('article');
  });

  it('resolves a possessive name to the person the article named ("aus Roths Sicht")', () => {
    const r = analyzeText(
      ['Die Verkehrsforscherin Jana Roth hat die Pläne untersucht.', 'Aus Roths Sicht kommt die Brücke zu spät.'],
      'de',
    );
    expect(r.attributions).toContainEqual(
      expect.objectContaining({ sentenceIndex: 1, kind: 'according_to', source: 'Roths', type: 'expert', named: true }),
    );
  });

  it('traces which step added or rejected which cue, and why', () => {
    const trace: TraceEntry[] = [];
    analyzeText(
      ['Die Ministerin sagte, die Schule werde gebaut. Die Schulen sollen bis 2027 saniert werden.'],
      'de',
      trace,
    );
    expect(trace).toContainEqual(
      expect.objectContaining({
        sentence: 0,
        step: 'speech-verbs',
        decision: 'added',
        cueId: 'verb:sagen',
        source: 'Die Ministerin',
      }),
    );
    expect(trace).toContainEqual(
      expect.objectContaining({ sentence: 1, step: 'reportative', decision: 'rejected', cueId: 'reportative:soll' }),
    );
  });

  it('says when a language is not supported instead of guessing', () => {
    const r = analyzeText(['Le ministre a déclaré que tout allait bien.'], 'fr');
    expect(r.notAnalysed).toMatch(/not supported/);
    expect(r.attributions).toEqual([]);
  });

  it('explains each kind of cue in German and English', () => {
    const found = analyzeText(
      ['„Wir kommen wieder“, sagte sie. Laut Polizei war es ruhig. Der Täter soll geflohen sein.'],
      'de',
    ).attributions;
    for (const a of found) {
      expect(explainCue(a.cueId, 'de')).toBeTruthy();
      expect(explainCue(a.cueId, 'en')).toBeTruthy();
    }
  });
});

describe('a verb that quotes someone', () => {
  it('gives the quotation to the one quoted and the outlet the row of the channel', () => {
    const r = analyzeText(['„Die Fusion ist beschlossen“, zitiert die Zeitung einen Insider.'], 'de');
    expect(r.attributions.map((a) => [a.kind, a.source, a.type])).toEqual([
      ['quote', 'einen Insider', 'other'],
      ['according_to', 'die Zeitung', 'media'],
    ]);
    // (a document quoted from is no speaker: the outlet stays the source)
    const from = analyzeText(['Die Zeitung zitiert aus einem Brief, der Plan sei gescheitert.'], 'de');
    expect(from.attributions.map((a) => a.source)).toEqual(['Die Zeitung']);
  });
});

describe('a speaker named after a quotation of a paragraph of its own', () => {
  it('gives the quotation to the one "Das sagte …" names at the start of the next paragraph', () => {
    const r = analyzeText(['„Wir sind bereit.“', 'Das sagte Bürgermeister Tom Kahl am Montag.'], 'de');
    expect(r.attributions.map((a) => [a.sentenceIndex, a.kind, a.source])).toEqual([
      [0, 'quote', 'Bürgermeister Tom Kahl'],
      [1, 'reported', 'Bürgermeister Tom Kahl'],
    ]);
    // (not a paragraph that says more than its quotation)
    const more = analyzeText(['Er lachte. „Wir sind bereit.“', 'Das sagte auch Anna Berger.'], 'de');
    expect(more.attributions.filter((a) => a.sentenceIndex === 1 && a.kind === 'quote')).toEqual([]);
  });
});

describe('a role that speaks for a body named by a name alone', () => {
  it('types "Tom Kahl, Sprecher von Talbex" by the kind the text gave the body', () => {
    const r = analyzeText(
      [
        'Der Softwarekonzern Talbex schließt sein Büro in Talberg.',
        'Tom Kahl, Sprecher von Talbex, sagte, niemand werde entlassen.',
      ],
      'de',
    );
    expect(r.attributions.map((a) => [a.source, a.type])).toEqual([['Tom Kahl', 'company']]);
  });
});

describe('according to, after its noun', () => {
  it('gives "Eigenen Angaben nach" to the subject and "Seinen Angaben nach" to whom the possessive points', () => {
    expect(analyzeText(['Eigenen Angaben nach hat der Verein keine Schulden.'], 'de').attributions).toMatchObject([
      { kind: 'according_to', source: 'der Verein' },
    ]);
    const r = analyzeText(['Tom Kahl leitet das Amt. Seinen Angaben nach fehlen Fachkräfte.'], 'de');
    expect(r.attributions).toMatchObject([{ kind: 'according_to', source: 'Seinen', resolved: 'Tom Kahl' }]);
  });
});

describe('colon quotes and times', () => {
  it('reads an adjective that opens the sentence before a copula as no speaker of what follows its colon', () => {
    for (const text of [
      'Entscheidend ist die Frage der Kosten: Es gebe kaum Spielraum.',
      'Fest steht: Es gebe keinen Plan B.',
    ])
      // (the Konjunktiv after the colon still marks what follows as second-hand, from nobody named)
      expect(analyzeText([text], 'de').attributions.map((a) => [a.kind, a.source])).toEqual([['reportative', null]]);
    // (a name before the copula still speaks)
    expect(analyzeText(['Kahl ist sicher: Es gebe keinen Plan B.'], 'de').attributions.map((a) => a.source)).toEqual([
      'Kahl',
    ]);
  });

  it('takes the speaker of a colon quote from the clause, not from a phrase after a preposition', () => {
    const r = analyzeText(
      [
        'Anna Berger lächelt. „Als wir das sahen, war alles klar“, erzählt sie im Gespräch und fährt fort: „Die Farbe passt.“',
      ],
      'de',
    );
    expect(r.attributions.map((a) => a.source)).not.toContain('Interview');
    expect(r.attributions[0]).toMatchObject({ source: 'sie', resolved: 'Anna Berger' });
  });

  it('takes the speaker of a colon quote from before an apposition, not from the phrase after it', () => {
    const r = analyzeText(
      [
        'Der Gipfel TALKO begann am Montag.',
        'Zur Lage im Norden äußerte sich auch Tom Kahl, Vorsitzender der Talbex-Partei, bei seinem Auftritt am TALKO: »Wir stehen an der Seite der Bauern.«',
      ],
      'de',
    );
    expect(r.attributions).toMatchObject([{ kind: 'quote', source: 'Tom Kahl', type: 'politician' }]);
  });

  it('reads text in decomposed Unicode (a letter and its combining mark) as the same words', () => {
    const text = 'Der Bürgermeister erklärte, dass alles gut sei.'.normalize('NFD');
    expect(analyzeText([text], 'de').attributions[0]).toMatchObject({
      cue: 'erklärte'.normalize('NFD'),
      source: 'Der Bürgermeister'.normalize('NFD'),
      type: 'government',
    });
  });

  it('reads a place’s adjective before a role as no name: the name after the role is the person', () => {
    const r = analyzeText(
      ['Das sei nicht möglich, sagte der Talberger Nationalrat Tom Kahl. Nach seiner Einschätzung fehlt das Geld.'],
      'de',
    );
    expect(r.attributions[1]).toMatchObject({ source: 'seiner', resolved: 'Tom Kahl', type: 'politician' });
  });

  it('reads a participle with a separable prefix opening a sentence as no name', () => {
    const r = analyzeText(
      ['Abgesehen von den Kindern kamen alle. Das Innenministerium hat nach eigenen Angaben Briefe verschickt.'],
      'de',
    );
    expect(r.attributions[0]).toMatchObject({ source: 'Das Innenministerium', type: 'government' });
    expect(r.attributions[0]!.resolved ?? '').not.toMatch(/Abgesehen/);
  });

  it('reads a capitalised adjective before an abstract noun as no name', () => {
    const r = analyzeText(['Kreative Erleuchtungen gibt es selten. „Wir streiten gern.“'], 'de');
    expect(r.attributions.map((a) => a.source)).not.toContain('Kreative Erleuchtungen');
  });

  it('gives a quotation the source the sentence names for it, over the speaker before', () => {
    const r = analyzeText(
      ['„Wir warten ab“, sagte Tom Kahl. Von der Firma Brandik heißt es dazu: „Wir prüfen alles. Das dauert.“'],
      'de',
    );
    const quotes = r.attributions.filter((a) => a.kind === 'quote' && a.sentenceIndex >= 1);
    expect(quotes.length).toBeGreaterThanOrEqual(2);
    for (const q of quotes) expect(q.source).toBe('der Firma Brandik');
  });

  it('reads a time at the start of a sentence as no subject for a later pronoun', () => {
    const r = analyzeText(['Anfang Juli traf sich der Verein. „Das war gut“, sagte sie.'], 'de');
    expect(r.attributions[0]).toBeDefined();
    expect(String(r.attributions[0]!.resolved)).not.toMatch(/Juli/);
  });
});

describe('noun stems at the end of a word', () => {
  const stem = (w: string) => stemType(w, lexiconFor('de')!, 3);
  it('reads a short stem only after a first part of four letters or more', () => {
    expect(stem('fußballfan')).toBe('person');
    expect(stem('zollamt')).toBe('government');
    expect(stem('stefan')).toBeNull();
  });
});

describe('report schema', () => {
  it('rejects a report without the contract fields', () => {
    expect(Report.safeParse({ isArticle: true }).success).toBe(false);
  });
});

describe('a body named by a lone word', () => {
  it('is what a later definite noun of its kind points back to, once it has spoken', () => {
    const r = analyzeText(
      ['Talbex kündigte am Montag neue Funktionen an.', 'Das Unternehmen teilte mit, es prüfe verdächtige Läufe.'],
      'de',
    );
    expect(r.attributions.map((a) => [a.source, a.resolved, a.type])).toEqual([
      ['Talbex', null, 'company'],
      ['Das Unternehmen', 'Talbex', 'company'],
    ]);
    // (a capitalised noun that never spoke is no body's name: every German noun is capitalised)
    const noun = analyzeText(
      ['Zweifel gibt es an der Zahl.', 'Die Verbraucherschützer stellten fest, dass die Ware mangelhaft sei.'],
      'de',
    );
    expect(noun.attributions[0]).toMatchObject({ source: 'Die Verbraucherschützer', resolved: null });
  });
});

describe('an office after the person who opened the sentence before', () => {
  it('is not theirs when its gender is the other one', () => {
    const man = analyzeText(
      ['Tom Kahl besuchte am Montag das Werk.', 'Die Ministerin sagte, die Stellen seien sicher.'],
      'de',
    );
    expect(man.attributions[0]).toMatchObject({ source: 'Die Ministerin', resolved: null });
    const woman = analyzeText(
      ['Anna Berger besuchte am Montag das Werk.', 'Die Ministerin sagte, die Stellen seien sicher.'],
      'de',
    );
    expect(woman.attributions[0]).toMatchObject({
      source: 'Die Ministerin',
      resolved: 'Anna Berger',
      type: 'government',
    });
  });
});

describe('a definite body noun', () => {
  it('points back to the body, not to a document that ends in its name', () => {
    const r = analyzeText(
      [
        'Laut einem Schreiben der Polizei war die Straße gesperrt.',
        'Der Vorfall habe sich gegen 22 Uhr ereignet, so die Polizei.',
      ],
      'de',
    );
    expect(r.attributions.find((a) => a.source === 'die Polizei')).toMatchObject({ resolved: null, type: 'security' });
  });
});

describe('a separable verb', () => {
  it('that closes a relative clause takes no particle from a later clause', () => {
    const r = analyzeText(['Tom Kahl, der seit 2019 den Verein führt, sagte, das Fest falle aus.'], 'de');
    expect(r.attributions.map((a) => a.cue)).toEqual(['sagte']);
  });
});

describe('a headquarters', () => {
  it('is of the kind of body its compound or genitive names', () => {
    const type = (text: string) => one(text)[0]?.type;
    expect(type('Aus der Gewerkschaftszentrale hieß es, man sei zu Gesprächen bereit.')).toBe('organization');
    expect(type('Aus der Konzernzentrale hieß es, die Werke blieben offen.')).toBe('company');
    expect(type('Aus der Parteizentrale hieß es, der Kandidat stehe fest.')).toBe('politician');
    // (a consumer advice centre stays what the lexicon knows it as)
    expect(type('Die Verbraucherzentrale warnte vor den Anrufen.')).toBe('organization');
  });
});

describe('indirect speech continued', () => {
  it('reads "solle" as the subjunctive of reported speech', () => {
    const r = analyzeText(
      ['Der Bürgermeister kündigte eine Prüfung an.', 'Eine Entscheidung solle bis März fallen.'],
      'de',
    );
    expect(r.attributions[1]).toMatchObject({ kind: 'reportative', cue: 'solle' });
  });
});

describe('a hospital', () => {
  it('is typed by its name ("Klinikum") as a clinic is, in the genitive too', () => {
    expect(one('Das bestätigte eine Sprecherin des Klinikums.')[0]).toMatchObject({ type: 'expert', named: true });
    expect(one('Das Universitätsklinikum Talberg teilte mit, die Station bleibe offen.')[0]!.type).toBe(
      one('Die Klinik teilte mit, die Station bleibe offen.')[0]!.type,
    );
  });
});

describe('a mention of marks alone', () => {
  it('is nobody, not an error', () => {
    expect(grammarFor('de')!.classify('“', lex)).toMatchObject({ type: 'other', named: false });
  });
});

describe('a body named with a feminine article', () => {
  it('is not what "er" points to, and is what "sie" may', () => {
    const r = analyzeText(['Die Bahn teilte mit, der Verkehr rolle wieder.', '„Wir arbeiten daran“, sagte er.'], 'de');
    expect(r.attributions[1]).toMatchObject({ source: 'er', resolved: null });
    const s = analyzeText(['Die Bahn teilte mit, der Verkehr rolle wieder.', 'Sie kündigte Ersatzbusse an.'], 'de');
    expect(s.attributions[1]).toMatchObject({ source: 'Sie', resolved: 'Die Bahn', type: 'company' });
  });
});

describe('a spokesperson nobody named', () => {
  it('is whom a later "er" or "sie" points to, with the type of the body, unnamed until a body is named', () => {
    const r = analyzeText(
      ['Ein Polizeisprecher sagte, der Mann sei festgenommen worden.', 'Er fügte hinzu, niemand sei verletzt worden.'],
      'de',
    );
    expect(r.attributions[1]).toMatchObject({ resolved: 'Ein Polizeisprecher', type: 'security', named: false });
    // (also when the spokesperson only opened a sentence)
    const s = analyzeText(
      [
        'Die Bahn teilte mit, der Verkehr rolle wieder.',
        'Eine Bahnsprecherin war am Abend vor Ort.',
        '„Wir arbeiten daran“, sagte sie.',
      ],
      'de',
    );
    expect(s.attributions[1]).toMatchObject({ resolved: 'Eine Bahnsprecherin', type: 'company', named: true });
  });
});

describe('a group nobody named', () => {
  it('is what a later plural "sie" points to, unnamed, and no singular "sie"', () => {
    const r = analyzeText(
      [
        'Die Polizei sprach von einem Unfall.',
        'Angehörige widersprachen der Darstellung.',
        'Sie machten den Betreiber verantwortlich.',
      ],
      'de',
    );
    expect(r.attributions[2]).toMatchObject({ source: 'Sie', resolved: 'Angehörige', type: 'person', named: false });
    const one = analyzeText(
      [
        'Zeugen berichteten von einem Knall.',
        'Die Bürgermeisterin Anna Berger war vor Ort.',
        'Sie sagte, niemand sei verletzt.',
      ],
      'de',
    );
    expect(one.attributions[1]).toMatchObject({ source: 'Sie', resolved: 'Anna Berger' });
  });
});

describe('a politician named by party alone', () => {
  it('is the person of that gender named before, of no other party known, with the office they hold', () => {
    const r = analyzeText(
      [
        'Auch Bundesaußenministerin Anna Berger äußerte sich besorgt.',
        'Man stehe bereit zu vermitteln, sagte die Grünen-Politikerin.',
      ],
      'de',
    );
    expect(r.attributions[1]).toMatchObject({ resolved: 'Anna Berger', type: 'government' });
    const other = analyzeText(
      ['Die Abgeordnete Anna Berger (SPD) kritisierte den Plan.', 'Das sei falsch, sagte die Grünen-Politikerin.'],
      'de',
    );
    expect(other.attributions[1]).toMatchObject({ resolved: null, type: 'politician' });
  });
});

describe('a role with a plural verb', () => {
  it('points back to no one person named before', () => {
    const r = analyzeText(['Tom Kahl leitet das Projekt.', 'Die Forscher sagten, das Mittel wirke.'], 'de');
    expect(r.attributions[0]).toMatchObject({ source: 'Die Forscher', resolved: null, named: false });
    const one = analyzeText(['Tom Kahl leitet das Projekt.', 'Der Forscher sagte, das Mittel wirke.'], 'de');
    expect(one.attributions[0]).toMatchObject({ resolved: 'Tom Kahl' });
  });
});

describe('an interview whose first question addresses the interviewee', () => {
  it('gives the answers to the person addressed, up to the credit line', () => {
    const r = analyzeText(
      [
        'Die Leiterin der Talberger Tafel, Anna Berger, über volle Regale und leere Kassen.',
        'Frau Berger, wie viele Menschen kommen zu Ihnen?',
        'Jede Woche sind es gut 300 Familien. Vor einem Jahr waren es halb so viele.',
        'Woran fehlt es am meisten?',
        'An Geld für die Miete der Halle. Die Lebensmittel bekommen wir gespendet.',
        'Das Gespräch führte Tom Kahl.',
      ],
      'de',
    );
    expect(r.attributions.map((a) => [a.sentenceIndex, a.resolved])).toEqual([
      [2, 'Anna Berger'],
      [3, 'Anna Berger'],
      [5, 'Anna Berger'],
      [6, 'Anna Berger'],
    ]);
  });
});

describe('a role that a possessive owns', () => {
  it('speaks for the body the sentence or the text before it named', () => {
    const r = analyzeText(
      [
        'Die Bahn teilte mit, der Verkehr rolle wieder.',
        'Die Gewerkschaft sieht das anders: Das Angebot sei „eine Provokation“, erklärte ihr Vorsitzender Tom Kahl.',
      ],
      'de',
    );
    expect(r.attributions.find((a) => a.source?.startsWith('ihr'))).toMatchObject({ type: 'organization' });
    const s = analyzeText(['Minister Tom Kahl reiste ab.', 'Sein Sprecher sagte, es gehe ihm gut.'], 'de');
    expect(s.attributions[0]).toMatchObject({ type: 'government' });
  });
});

describe('eine Privatperson, die niemand beim Namen nennt', () => {
  it('ist, auf wen ein späteres „sie“ oder „er“ zeigt, ungenannt, nicht eine zuvor genannte Frau', () => {
    const r = analyzeText(
      [
        'Anna Berger leitet den Mieterverein.',
        'Eine Anwohnerin sagte, der Lärm der Baustelle sei unerträglich.',
        'Sie fügte hinzu, sie wolle im Frühjahr umziehen.',
      ],
      'de',
    );
    expect(r.attributions[1]).toMatchObject({ resolved: 'Eine Anwohnerin', type: 'person', named: false });
  });

  it('ist nicht, worauf ein „Sie“ mit Verb im Plural zeigt', () => {
    const r = analyzeText(
      [
        'Eine Kellnerin erzählte, das Haus sei immer voll gewesen.',
        'Danach führt der Rundgang in den alten Keller.',
        'Sie werden dort von einem Wirt begrüßt: „Schuhe aus, bitte!“',
      ],
      'de',
    );
    // (the greeting's agent says the quotation: "von einem Wirt begrüßt: „…“")
    const q = r.attributions.find((a) => a.sentenceIndex === 2);
    expect(q).toMatchObject({ source: 'einem Wirt' });
    expect(q!.resolved).not.toBe('Eine Kellnerin');
  });
});

describe('die Chefin eines Rathauses', () => {
  it('spricht für die Stadt: das s eines Worts des Lexikons ist kein Fugen-s', () => {
    const r = analyzeText(['Rathauschefin Jana Roth sagte, die Brücke bleibe gesperrt.'], 'de');
    expect(r.attributions[0]).toMatchObject({ type: 'government' });
  });
});

describe('eine Person, auf die ihr Alter zurückzeigt', () => {
  it('bleibt ungenannt, wenn niemand sie beim Namen nannte', () => {
    const r = analyzeText(
      [
        'Ein Nachbar bemerkte, dass Rauch aus der Halle drang.',
        'Er habe an ein Gewitter gedacht, erzählte der 63-Jährige.',
      ],
      'de',
    );
    expect(r.attributions[1]).toMatchObject({ source: 'der 63-Jährige', resolved: 'Ein Nachbar', named: false });
    const n = analyzeText(['Tom Kahl bemerkte den Rauch.', 'Er habe gezögert, erzählte der 63-Jährige.'], 'de');
    expect(n.attributions.find((a) => a.source === 'der 63-Jährige')).toMatchObject({
      resolved: 'Tom Kahl',
      named: true,
    });
  });
});

describe('ein Possessiv vor einem Nomen des Sagens', () => {
  it('ist die Quelle und zeigt zurück wie ein Pronomen, auch vor „zufolge“', () => {
    const r = analyzeText(
      ['Ortsvorsteher Tom Kahl will vermitteln.', 'Seinen Angaben zufolge sind im Januar zwei Versammlungen geplant.'],
      'de',
    );
    expect(r.attributions.find((a) => a.kind === 'according_to')).toMatchObject({
      source: 'Seinen',
      resolved: 'Tom Kahl',
      type: 'government',
      named: true,
    });
    // (ein Dokument bleibt eins: "Ihrem Bericht zufolge")
    const d = analyzeText(['Die Prüferin Lea Roth legte nach.', 'Ihrem Bericht zufolge fehlen Belege.'], 'de');
    expect(d.attributions.find((a) => a.kind === 'according_to')).toMatchObject({ type: 'document' });
  });
});

describe('eine Person, die nebenbei genannt wird', () => {
  it('ist für einen späteren Nachnamen bekannt', () => {
    const r = analyzeText(
      [
        'Seit Jahren streitet der Verein mit Anna Berger um das Grundstück.',
        'Berger sagte, sie werde nicht nachgeben.',
      ],
      'de',
    );
    expect(r.attributions[0]).toMatchObject({ source: 'Berger', resolved: 'Anna Berger' });
  });
});

describe('ein Anteil einer Gruppe', () => {
  it('in Zahlen ist, was eine Umfrage ergab, auch mit einem Wort davor, das ihn abschwächt', () => {
    for (const [s, source] of [
      ['Rund 46 Prozent der Mieter sagten, die Miete sei gestiegen.', 'Rund 46 Prozent der Mieter'],
      ['Drei von zehn Pendlern gaben an, sie führen seltener Bahn.', 'Drei von zehn Pendlern'],
      ['Jeder dritte Leser erklärte, er lese keine gedruckte Zeitung mehr.', 'Jeder dritte Leser'],
      [
        'Mehr als ein Drittel der Befragten sagte, die Preise machten ihnen Sorgen.',
        'Mehr als ein Drittel der Befragten',
      ],
      ['Die Befragten sagten, die Preise machten ihnen Sorgen.', 'Die Befragten'],
    ] as const)
      expect(one(s)[0], s).toMatchObject({ source, type: 'document', named: false });
  });

  it('in Worten ist Teil der Gruppe, von ihrer Art und ungenannt', () => {
    expect(one('Fast die Hälfte der Fahrgäste gab an, der Zug habe zweimal gehalten.')[0]).toMatchObject({
      source: 'Fast die Hälfte der Fahrgäste',
      type: 'person',
      named: false,
    });
    expect(one('Die Mehrheit der Abgeordneten sagte, der Plan sei zu teuer.')[0]).toMatchObject({
      type: 'politician',
      named: false,
    });
  });

  it('liest „jeder dritte“ als Subjekt und nicht das Objekt nach dem Verb', () => {
    expect(one('Jeder vierte Anwohner hält die Bürgermeisterin für überfordert.')[0]).toMatchObject({
      source: 'Jeder vierte Anwohner',
    });
  });

  it('macht aus einer Zeitangabe mit „gut“ kein Subjekt', () => {
    expect(one('Gut drei Stunden später sagte der Sprecher, es werde besser.')[0]).toMatchObject({
      source: 'der Sprecher',
    });
  });
});

describe('„gestanden“, das Partizip von „gestehen“ und von „stehen“', () => {
  it('ist ein Geständnis mit dem, was gestanden wird, oder mit einem Inhalt', () => {
    for (const s of [
      'Der Angeklagte hat die Tat gestanden.',
      'Der 54-Jährige gestand den Diebstahl.',
      'Der Mann hat gestanden, das Geld genommen zu haben.',
    ])
      expect(one(s), s).toHaveLength(1);
  });

  it('ist keins, wo etwas irgendwo oder unter etwas gestanden hat', () => {
    for (const s of [
      'Der Zug hatte zwei Stunden im Bahnhof gestanden.',
      'Die Firma hat lange unter Druck gestanden.',
      'Talbex hatte auf der Liste der Kandidaten gestanden.',
    ])
      expect(one(s), s).toEqual([]);
  });
});

describe('„wie aus X zu hören ist“', () => {
  it('nennt die Quelle, aus der etwas zu hören war', () => {
    expect(one('Wie aus Vereinskreisen zu hören ist, soll die Co-Trainerin übernehmen.')[0]).toMatchObject({
      kind: 'according_to',
      source: 'Vereinskreisen',
      named: false,
    });
    expect(one('Aus der Fraktion war zu hören, man werde zustimmen.')[0]).toMatchObject({
      kind: 'according_to',
      source: 'der Fraktion',
    });
  });

  it('nicht, wo nur ein Geräusch zu hören war', () => {
    expect(one('Aus dem Saal war lautes Klatschen zu hören.')).toEqual([]);
  });
});

describe('„ihre Sprecherin“ nach einem Dokument und einer Frau', () => {
  it('spricht für die Frau, nicht für das Dokument, das als letzter Körper genannt wurde', () => {
    const r = analyzeText(
      [
        'Das Amt rügt die Ausgaben.',
        'Das geht aus dem Bericht hervor.',
        'Verkehrsministerin Anna Berger wies die Kritik zurück.',
        'Die Aufträge seien korrekt vergeben worden, sagte ihre Sprecherin.',
      ],
      'de',
    );
    expect(r.attributions.find((a) => a.source === 'ihre Sprecherin')).toMatchObject({ type: 'government' });
  });
});

describe('Rechtswissenschaftler', () => {
  it('sind Fachleute, die Gruppe ohne Namen ungenannt', () => {
    expect(one('Verfassungsrechtler Tom Kahl sagte, das Gesetz sei nichtig.')[0]).toMatchObject({
      type: 'expert',
      named: true,
    });
    expect(one('Nach Ansicht von Verwaltungsrechtlern ist die Lage weniger eindeutig.')[0]).toMatchObject({
      source: 'Verwaltungsrechtlern',
      type: 'expert',
      named: false,
    });
  });
});

describe('ein Zitat, das ein Wort davor als Namen ausweist', () => {
  it('ist keins: „sogenannte“, „mit dem Titel“', () => {
    const r = analyzeText(
      [
        'Tom Kahl sagte, der Plan sei tot.',
        'Die Orte bilden den sogenannten „roten Gürtel“ im Norden.',
        'Die Stadt legte einen Bericht mit dem Titel „Talberg morgen“ vor.',
      ],
      'de',
    );
    expect(r.attributions.map((a) => a.sentenceIndex)).toEqual([0]);
    // (was jemand über den „roten Gürtel“ sagt, bleibt, was er sagt)
    expect(one('Tom Kahl sagte, der sogenannte „rote Gürtel“ sei verloren.')[0]).toMatchObject({
      kind: 'reported',
      source: 'Tom Kahl',
    });
  });
});

describe('„hoffen“ vor einem Infinitiv mit „zu“', () => {
  it('ist eine Absicht, keine Aussage; mit „dass“ oder in indirekter Rede zählt es', () => {
    expect(one('Die Stadtwerke hoffen, damit den großen Anbietern etwas entgegenzusetzen.')).toEqual([]);
    expect(one('Die Regierung hofft, damit Zeit zu gewinnen.')).toEqual([]);
    expect(one('Die Bürgermeisterin hofft, dass die Brücke im Mai öffnet.')[0]).toMatchObject({ cue: 'hofft' });
    expect(one('Die Händler hoffen, die Brücke werde bald fertig.')[0]).toMatchObject({ cue: 'hoffen' });
  });
});

describe('„deren Vorsitzender“ nach einem Verband, der mit Namen genannt wurde', () => {
  it('spricht für den Verband, nicht für das Unternehmen davor', () => {
    const r = analyzeText(
      [
        'Grund sei der Mangel an Lokführern, teilte ein Sprecher des Unternehmens mit.',
        'Der Fahrgastverband Pro Talberg kritisierte die Entscheidung scharf.',
        'Deren Vorsitzender Jan Brandik warf der Bahn vor, das Problem seit Jahren zu verschleppen.',
      ],
      'de',
    );
    expect(r.attributions.find((a) => a.source?.startsWith('Deren'))).toMatchObject({ type: 'organization' });
  });
});

describe('die Autoren einer Studie', () => {
  it('sind Fachleute, wie im Englischen „the authors of the study“; die eines Romans nicht', () => {
    expect(one('Die Autoren der Studie schreiben, die Ergebnisse seien eindeutig.')[0]).toMatchObject({
      type: 'expert',
    });
    expect(one('Die Autorin des Romans sagte, sie schreibe an einer Fortsetzung.')[0]).toMatchObject({
      type: 'person',
    });
  });
});

describe('die Autoren, nachdem der Text eine Studie zitiert hat', () => {
  it('sind deren Fachleute; ohne zitierte Studie bleiben Autoren Personen', () => {
    const after = analyzeText(
      [
        'Eine Studie der Universität Talberg kommt zu dem Ergebnis, dass die Mieten schneller steigen als die Löhne.',
        'Die Autoren warnen vor einer Verschärfung der Lage.',
      ],
      'de',
    ).attributions;
    expect(after[1]).toMatchObject({ source: 'Die Autoren', type: 'expert' });
    expect(one('Die Autoren warnen vor einer Verschärfung der Lage.')[0]).toMatchObject({ type: 'person' });
  });
});

describe('ein Verb, das Inhalt braucht, vor dem nachgestellten „sagte X“', () => {
  it('hat in dem Komma vor dem Sprecher keinen Inhalt: nur „sagte“ ist die Angabe', () => {
    const r = analyzeText(
      ['Er habe bis zuletzt an die Wende geglaubt, sagte Tom Kahl.', 'Er hatte das Feuer bemerkt, sagte der Nachbar.'],
      'de',
    ).attributions;
    expect(r.map((a) => a.cue)).toEqual(['sagte', 'sagte']);
    // (mit Inhalt nach dem Sprecher bleibt das Verb eine Angabe)
    expect(one('Er glaubt, sagte Tom Kahl, dass die Wende kommt.').map((a) => a.cue)).toEqual(['glaubt', 'sagte']);
  });
});

describe('ein Name mit seiner Rolle in Apposition', () => {
  it('gibt später dem Nachnamen den Typ der Rolle, nicht den einer Privatperson', () => {
    const r = analyzeText(
      ['Tom Kahl, Chef der Talbex AG, kündigte Stellenabbau an.', 'Kahl sagte, es gebe keine Alternative.'],
      'de',
    ).attributions;
    expect(r[1]).toMatchObject({ source: 'Kahl', resolved: 'Tom Kahl', type: 'company' });
  });
});

describe('„er“ nach einem Staat, der mit einem Wort genannt wurde', () => {
  it('zeigt auf die Person davor, nicht auf den Staat', () => {
    const r = analyzeText(
      [
        'Außenminister Tom Kahl traf am Montag Vertreter der Regierung.',
        'Russland erklärte, die Gespräche seien gescheitert.',
        'Er sagte, man sei enttäuscht.',
      ],
      'de',
    ).attributions;
    expect(r.find((a) => a.source === 'Er')).toMatchObject({ resolved: 'Tom Kahl' });
  });
});

describe('Vornamen des deutschen Sprachraums', () => {
  it('kennt „Jochen“, „Carsten“, „Steffen“ als Vornamen eines Mannes, trotz der Endung eines Nomens', () => {
    for (const name of ['Jochen', 'Carsten', 'Steffen', 'Udo'])
      expect(lex.givenNames.get(name.toLowerCase())).toBe('m');
    expect(lex.givenNames.get('gudrun')).toBe('f');
    // (Wörter und Nachnamen sind keine Vornamen: „Marine“, „Roman“, „Wolf“)
    for (const word of ['marine', 'roman', 'wolf', 'said', 'ria']) expect(lex.givenNames.has(word)).toBe(false);
    const c = grammarFor('de')!.classify('Der Institutsleiter der Hochschule Talberg, Jochen Kahl', lex);
    expect(c).toMatchObject({ name: 'Jochen Kahl', gender: 'm', type: 'expert' });
  });

  it('lässt „er“ auf den Menschen zeigen, nicht auf den Ort einer Hochschule', () => {
    const r = analyzeText(
      [
        'Der Institutsleiter der Hochschule Talberg, Jochen Kahl, sagte, die Zahl der Bewerbungen sinke.',
        'Im Herbst könne sie aber wieder steigen, fügte er hinzu.',
      ],
      'de',
    ).attributions;
    expect(r.find((a) => a.source === 'er')).toMatchObject({ resolved: 'Jochen Kahl', type: 'expert' });
  });

  it('nimmt einen Nachnamen, der auch ein Vorname ist, als Nachnamen der Person davor', () => {
    const r = analyzeText(
      [
        'Die Ärztin Lea Martin behandelt seit Jahren Patienten mit Spätfolgen.',
        'Martin sagt, eine Heilung sei selten.',
        'Sie sagte, es brauche mehr Forschung.',
      ],
      'de',
    ).attributions;
    expect(r.map((a) => [a.source, a.resolved, a.type])).toEqual([
      ['Martin', 'Lea Martin', 'expert'],
      ['Sie', 'Lea Martin', 'expert'],
    ]);
  });
});

describe('ein Nomen einer Einrichtung vor einem Namen', () => {
  it('ist der Name der Einrichtung, keine Rolle einer Person', () => {
    const g = grammarFor('de')!;
    expect(
      g.rolesWithNames(tokenize('Sie studierte an der Universität Talberg und am Klinikum Brandik.'), lex),
    ).toEqual([]);
    // (eine Rolle ohne weibliche Form im Lexikon bleibt eine Rolle: „Coach“, „Papst“)
    expect(
      g
        .rolesWithNames(tokenize('Dort trafen sich Coach Tom Kahl und Papst Talbert.'), lex)
        .map((c) => [c.role, c.name]),
    ).toEqual([
      ['coach', 'Tom Kahl'],
      ['papst', 'Talbert'],
    ]);
  });
});

describe('eine Person, auf die ein Pronomen zeigt, neben einer Person in einer Präpositionalphrase', () => {
  it('bleibt die, auf die das nächste „er“ zeigt', () => {
    const r = analyzeText(
      [
        'Tom Kahl, der Kandidat der Bürgerliste, sammelt seit Wochen Stimmen.',
        'Er braucht sie, um im Herbst gegen Amtsinhaber Jan Brandik antreten zu können.',
        'Nach eigenen Angaben ist er schon fast am Ziel.',
      ],
      'de',
    ).attributions;
    expect(r.find((a) => a.cue === 'Nach eigenen Angaben')).toMatchObject({ resolved: 'Tom Kahl' });
  });

  it('nicht neben einer Person, die das Subjekt ihres Satzes ist', () => {
    const r = analyzeText(
      [
        'Tom Kahl, der Kandidat der Bürgerliste, sammelt seit Wochen Stimmen.',
        'Als er ankam, begrüßte ihn Bürgermeister Jan Brandik.',
        'Er sagte, es sei ein guter Tag für die Stadt.',
      ],
      'de',
    ).attributions;
    expect(r.find((a) => a.source === 'Er')).toMatchObject({ resolved: 'Jan Brandik', type: 'government' });
  });

  it('„Amtsinhaber“ hat ein Amt inne, kein Geschäft', () => {
    expect(grammarFor('de')!.classify('Amtsinhaber Jan Brandik', lex)).toMatchObject({ type: 'government' });
    expect(grammarFor('de')!.classify('Inhaber Jan Brandik', lex)).toMatchObject({ type: 'company' });
  });
});

describe('ein Nomen des Sagens ohne Urheber', () => {
  it('ist eine Wiedergabe ohne Quelle, außer der Satz nennt einen Sprecher', () => {
    expect(one('Diese Sätze nährten den Vorwurf, die Ministerin nutze ihr Amt für die Partei.')).toEqual([
      expect.objectContaining({ kind: 'reportative', cue: 'Vorwurf … nutze', source: null }),
    ]);
    // (den Vorwurf weist eine Sprecherin zurück, das Gerücht gibt ein Arzt wieder: nur deren Angabe zählt)
    expect(one('Den Vorwurf, die Ministerin nutze ihr Amt, wies sie zurück.').map((a) => a.cue)).toEqual([
      'wies … zurück',
    ]);
    expect(one('Es gebe das Gerücht, dass die Klinik schließt, so der Arzt.').map((a) => a.kind)).toEqual([
      'according_to',
    ]);
    expect(explainCue('speech-noun', 'de', 'de')).toMatch(/Nomen des Sagens/);
    // (the verbs of saying share one entry, which each verb's cue id falls back to)
    expect(explainCue('verb:sagen', 'de', 'de')).toMatch(/Verb des Sagens/);
    expect(explainCue('verb:urteilen', 'en', 'de')).toBe(explainCue('verb', 'en', 'de'));
    expect(Object.keys(allExplanations().de!).filter((k) => k.startsWith('verb:'))).toEqual([]);
    expect(explainCue('no-such-cue', 'de', 'de')).toBeNull();
  });
});

describe('ein Titel in Anführungszeichen als Quelle', () => {
  it('ist der Name der Quelle, kein Zitat', () => {
    expect(one('Nach Angaben von „Talberg Aktuell“ schließt das Werk im Mai.')).toEqual([
      expect.objectContaining({ kind: 'according_to', source: '„Talberg Aktuell“', type: 'media' }),
    ]);
  });
});

describe('zwei Rollen vor einem Namen', () => {
  it('sind eine Person unter einem Artikel, zwei Personen mit je einem Artikel', () => {
    expect(one('Das sei ein Fehler, sagte der Kabarettist und Autor Tom Kahl.').map((a) => a.source)).toEqual([
      'der Kabarettist und Autor Tom Kahl',
    ]);
    expect(one('Der Arzt und der Pfleger Tom Kahl sagten, es sei ruhig.').map((a) => a.source)).toEqual([
      'Der Arzt',
      'der Pfleger Tom Kahl',
    ]);
  });
});

describe('zwei Rollen unter einem Artikel in einer Angabe', () => {
  it('sind eine Person, ein Nomen einer Einrichtung davor nicht', () => {
    expect(one('Nach Angaben des Vereins und Trainers Tom Kahl ist der Kader komplett.')[0]).toMatchObject({
      source: 'des Vereins',
    });
    expect(one('Laut des Richters und Autors Jan Brandik ist das Urteil falsch.')[0]).toMatchObject({
      source: 'des Richters und Autors Jan Brandik',
    });
  });
});

describe('„erfahren“ als Verb, etwas von Quellen zu erfahren', () => {
  it('nennt die Quelle, von der eine Zeitung etwas erfuhr, nicht die Zeitung', () => {
    expect(one('Wie die Zeitung am Montag aus Kreisen der Firma erfuhr, schließt das Werk.')).toEqual([
      expect.objectContaining({ kind: 'according_to', source: 'Kreisen der Firma' }),
    ]);
  });
});

describe('"würden" in reported speech continued', () => {
  it('stands in for the Konjunktiv I after an attributed sentence, not alone', () => {
    const r = analyzeText(
      [
        'Der Sprecher der Feuerwehr sagte, man prüfe die Pläne der Stadt.',
        'Außerdem würden die Helfer seit Wochen ohne Pause arbeiten.',
      ],
      'de',
    ).attributions;
    expect(r.filter((a) => a.sentenceIndex === 1)).toEqual([
      expect.objectContaining({ kind: 'reportative', cue: 'würden' }),
    ]);
    expect(analyzeText(['Ohne die Hilfe würden viele Betriebe im Winter schließen.'], 'de').attributions).toEqual([]);
  });
});

describe('eine Zwischenüberschrift zwischen einer vorgestellten Person und einem Zitat', () => {
  it('gibt das Zitat nicht der Person des Abschnitts davor', () => {
    const r = analyzeText(
      [
        'Die Bürgermeisterin Lea Roth besuchte am Montag die Baustelle.',
        'Was der Markt kostet',
        '„Wir bauen schneller als gedacht.“',
      ],
      'de',
    ).attributions;
    expect(r.find((a) => a.sentenceIndex === 2)?.source ?? null).toBeNull();
  });
});

describe('eine Rolle nach „ist“ oder „war“', () => {
  it('gibt der Person, die den Satz eröffnet, die Rolle', () => {
    const r = analyzeText(
      ['Lea Roth ist Professorin für Chemie an der Universität Talberg.', 'Sie sagte, das Verfahren sei sicher.'],
      'de',
    ).attributions;
    expect(r[0]).toMatchObject({ resolved: 'Lea Roth', type: 'expert' });
    const s = analyzeText(
      ['Tom Kahl ist seit 2019 Bürgermeister von Talberg.', 'Er sagte, die Stadt spare.'],
      'de',
    ).attributions;
    expect(s[0]).toMatchObject({ resolved: 'Tom Kahl', type: 'government' });
  });
  it('auch wenn die Person im selben Satz spricht', () => {
    const r = analyzeText(['Tom Kahl ist Bürgermeister von Talberg und sagt, die Stadt spare.'], 'de').attributions;
    expect(r[0]).toMatchObject({ source: 'Tom Kahl', type: 'government' });
  });
  it('auch nach einer Zeitspanne vor der Rolle („seit zehn Jahren“, „über Jahrzehnte“, „zwölf Jahre lang“)', () => {
    for (const first of [
      'Lea Roth ist seit zehn Jahren Bürgermeisterin von Talberg.',
      'Lea Roth ist seit Jahren Bürgermeisterin von Talberg.',
      'Lea Roth war über Jahrzehnte Bürgermeisterin von Talberg.',
      'Lea Roth war jahrelang Bürgermeisterin von Talberg.',
    ])
      expect(analyzeText([first, 'Sie sagte, die Stadt spare.'], 'de').attributions[0]).toMatchObject({
        resolved: 'Lea Roth',
        type: 'government',
      });
    const r = analyzeText(['Tom Kahl war zwölf Jahre lang Polizeipräsident und erklärte, er gehe.'], 'de');
    expect(r.attributions[0]).toMatchObject({ source: 'Tom Kahl', type: 'security' });
    // (counting words without a unit of time are the complement's: no role)
    const s = analyzeText(['Lea Roth ist zwei Kindern Mutter.', 'Sie sagte, die Schule sei zu weit.'], 'de');
    expect(s.attributions[0]).toMatchObject({ resolved: 'Lea Roth', type: 'person' });
  });
  it('lässt eine Person, die nur eine Eigenschaft hat, eine Person', () => {
    const r = analyzeText(
      ['Lea Roth ist Mutter von zwei Kindern.', 'Sie sagte, die Schule sei zu weit.'],
      'de',
    ).attributions;
    expect(r[0]).toMatchObject({ resolved: 'Lea Roth', type: 'person' });
  });
});

describe('ein Sportverein nach der Kurzform vor seinem Namen', () => {
  it('ist eine Organisation, und wer für ihn spricht, spricht für sie', () => {
    expect(analyzeText(['Der FC Talberg teilte mit, der Trainer bleibe.'], 'de').attributions[0]).toMatchObject({
      type: 'organization',
    });
    expect(
      analyzeText(['„Unsere Anhänger kommen von überall“, sagt Tom Kahl, Präsident des 1.FC Talberg.'], 'de')
        .attributions[0],
    ).toMatchObject({ source: 'Tom Kahl', type: 'organization' });
  });
});

describe('eine Stelle, deren Name auf ein weibliches Nomen endet', () => {
  it('ist kein „er“, auch wenn ihr Artikel im Satz „der“ ist', () => {
    const r = analyzeText(
      [
        'Laut der Talberger Zeitung will Kahl die Ministerin Lea Roth behalten.',
        'Kahl betonte, Roth habe kaum Rückhalt – im Grunde meint er, dass sie wenig bewirken kann.',
      ],
      'de',
    ).attributions;
    expect(r.find((a) => a.cue === 'meint')).toBeDefined();
    expect(r.find((a) => a.cue === 'meint')?.resolved ?? null).not.toBe('der Talberger Zeitung');
  });
  it('ist ein „sie“', () => {
    const r = analyzeText(
      [
        'Nach Angaben der Gewerkschaft der Lokführer fallen am Montag viele Züge aus.',
        'Sie kündigte weitere Streiks an.',
      ],
      'de',
    ).attributions;
    expect(r.find((a) => a.sentenceIndex === 1)).toMatchObject({ source: 'Sie', type: 'organization' });
  });
});

describe('ein einzelnes großgeschriebenes Wort, das spricht', () => {
  it('ist, wen ein späteres Pronomen meinen kann', () => {
    const r = analyzeText(
      ['Kahl sagte, die Abstimmung sei knapp gewesen.', 'Er fügte hinzu, eine Neuauszählung sei wahrscheinlich.'],
      'de',
    ).attributions;
    expect(r[1]).toMatchObject({ source: 'Er', resolved: 'Kahl' });
  });
});

describe('ein Verb gleich nach „und“ in einem Satz, den ein Verb des Sagens eröffnet', () => {
  it('hat das Subjekt nach jenem Verb; was ihm folgt, ist sein Objekt', () => {
    const r = analyzeText(
      ['„Das Leben ist hektisch“, sagt Lea Roth im Interview und nennt ihre Trainerin Anna Berger als Vorbild.'],
      'de',
    ).attributions;
    expect(r.map((a) => [a.cue, a.source])).toEqual([
      ['sagt', 'Lea Roth'],
      ['nennt', 'Lea Roth'],
    ]);
    const s = analyzeText(
      ['„Wir sind bereit“, sagte die Ministerin und kündigte weitere Schritte an.'],
      'de',
    ).attributions;
    expect(s.find((a) => a.cue === 'kündigte … an')?.source).toBe('die Ministerin');
  });
  it('nicht, wenn nach „und“ ein neues Subjekt steht', () => {
    const r = analyzeText(
      ['„Wir sind bereit“, sagte die Ministerin und die Polizei bestätigte das.'],
      'de',
    ).attributions;
    expect(r.find((a) => a.cue === 'bestätigte')?.source).toBe('die Polizei');
  });
});

describe('„erklären“ mit einer Sache als Subjekt', () => {
  it('ist eine Ursache, keine Aussage', () => {
    expect(analyzeText(['Der hohe Ölpreis erklärt den Anstieg der Inflation.'], 'de').attributions).toEqual([]);
  });
  it('bleibt eine Aussage von Personen, Rollen und Stellen', () => {
    expect(analyzeText(['Kahl erklärt, der Ölpreis sei schuld.'], 'de').attributions[0]).toMatchObject({
      cue: 'erklärt',
    });
    expect(
      analyzeText(['Die Gefahr sei gestiegen, erklärte eine TBX-Sprecherin.'], 'de').attributions[0],
    ).toMatchObject({ source: 'eine TBX-Sprecherin' });
    expect(analyzeText(['Die Studie erklärt, dass die Preise steigen.'], 'de').attributions[0]).toMatchObject({
      type: 'document',
    });
  });
});

describe('„betonen“, „unterstreichen“, „bestätigen“ mit einer Sache als Subjekt', () => {
  it('sind keine Aussage', () => {
    for (const s of [
      'Der schmale Schnitt betont die Taille.',
      'Der Vorfall unterstreicht die Bedeutung guter Planung.',
      'Der Anstieg bestätigt den Trend der letzten Jahre.',
    ])
      expect(analyzeText([s], 'de').attributions).toEqual([]);
  });
  it('bleiben eine Aussage von Menschen, auch von „ein paar“', () => {
    expect(analyzeText(['Das stimme, bestätigen ein paar.'], 'de').attributions[0]).toMatchObject({
      cue: 'bestätigen',
      type: 'person',
      named: false,
    });
    expect(analyzeText(['Die Polizei bestätigte den Einsatz.'], 'de').attributions[0]).toMatchObject({
      type: 'security',
    });
  });
});

describe('der Name vor dem Bindestrich einer Firmenrolle („Talbex-Chef“)', () => {
  it('ist ein Unternehmen, wo der Artikel ihn allein nennt', () => {
    for (const blocks of [
      ['Talbex-Chef Tom Kahl sagte, neue Werkzeuge kämen.', 'Talbex teilte mit, der Umsatz sei gestiegen.'],
      ['Talbex teilte mit, der Umsatz sei gestiegen.', 'Talbex-Chef Tom Kahl sagte, neue Werkzeuge kämen.'],
    ]) {
      const r = analyzeText(blocks, 'de').attributions;
      expect(r.find((a) => a.source === 'Talbex')?.type).toBe('company');
    }
  });
});

describe('„würdigen“ im Perfekt', () => {
  it('ist eine Aussage des Subjekts, im Passiv ohne Urheber keine', () => {
    expect(
      analyzeText(['Der Drogenbeauftragte Tom Kahl hat die Ausstellung als gelungenen Anstoß gewürdigt.'], 'de')
        .attributions[0],
    ).toMatchObject({ cue: 'gewürdigt', type: 'government' });
    expect(analyzeText(['Die Verstorbene wurde am Montag in einer Feier gewürdigt.'], 'de').attributions).toEqual([]);
  });
});

describe('eine Partei in Klammern nach dem Namen', () => {
  it('macht eine Amtsperson nicht zur Parteipolitikerin, einen Parteisprecher aber zum Politiker', () => {
    const r = analyzeText(
      ['Der Drogenbeauftragte Tom Kahl (CDU) sagte, die Zahlen seien alarmierend.'],
      'de',
    ).attributions;
    expect(r[0]).toMatchObject({ type: 'government' });
    const s = analyzeText(['Der Sprecher Tom Kahl (CDU) sagte, die Partei sei geschlossen.'], 'de').attributions;
    expect(s[0]).toMatchObject({ type: 'politician' });
  });
});

describe('ein abstraktes Nomen gleich nach dem Subjekt eines invertierten Satzes', () => {
  it('ist das Objekt, nicht Teil des Subjekts', () => {
    for (const [s, source] of [
      ['Nun fordern die Anwohner Aufklärung.', 'die Anwohner'],
      ['Nach dem Unfall verlangt die Opposition Nachbesserungen.', 'die Opposition'],
    ] as const)
      expect(analyzeText([s], 'de').attributions[0]?.source).toBe(source);
  });
  it('lässt Namen und Genitive ganz', () => {
    expect(
      analyzeText(['Laut der Talberger Zeitung bleibt der Markt geschlossen.'], 'de').attributions[0]?.source,
    ).toBe('der Talberger Zeitung');
    expect(
      analyzeText(['Die Islamische Glaubensgemeinschaft sagte, sie sei besorgt.'], 'de').attributions[0]?.source,
    ).toBe('Die Islamische Glaubensgemeinschaft');
    expect(analyzeText(['„Wir bleiben“, sagte Lea Hartung.'], 'de').attributions[0]?.source).toBe('Lea Hartung');
  });
});

describe('wer eine Stelle leitet oder als etwas arbeitet', () => {
  it('hat deren Typ oder die Rolle', () => {
    const r = analyzeText(
      ['Tom Kahl leitet seit 2019 die Polizei in Talberg.', 'Kahl sagte, die Lage sei ernst.'],
      'de',
    ).attributions;
    expect(r[0]).toMatchObject({ resolved: 'Tom Kahl', type: 'security' });
    const s = analyzeText(
      ['Tom Kahl war von 2011 bis 2019 Chef des Versicherers Talbex.', 'Kahl sagte, die Zahlen seien gut.'],
      'de',
    ).attributions;
    expect(s[0]).toMatchObject({ resolved: 'Tom Kahl', type: 'company' });
  });
  it('aber keinen Typ eines Dokuments: „führt die Tabelle an“', () => {
    const r = analyzeText(
      ['Tom Kahl führt die Tabelle weiter an.', 'Kahl sagte, das Spiel sei hart.'],
      'de',
    ).attributions;
    expect(r[0]?.type).toBe('person');
  });
});

describe('ein Relativsatz mit „ist“ oder „leitet“ am Ende nach dem Sprecher', () => {
  it('gibt ihm die Rolle', () => {
    for (const [s, type] of [
      ['Tom Kahl, der seit 2019 Bürgermeister von Talberg ist, sagte, die Stadt spare.', 'government'],
      ['Lea Roth, die als Ärztin in Talberg arbeitet, warnte vor der Grippe.', 'expert'],
      ['Tom Kahl, der die Polizei in Talberg leitet, sagte, die Lage sei ruhig.', 'security'],
      ['Tom Kahl, der die Tabelle anführt, sagte, das Spiel sei hart.', 'person'],
    ] as const)
      expect(analyzeText([s], 'de').attributions[0]?.type).toBe(type);
  });
});

describe('„liegt X vor“ im Hauptsatz', () => {
  it('nennt das Medium, das ein Dokument hat, als Quelle', () => {
    expect(analyzeText(['Der Bericht liegt der Deutschen Presse-Agentur vor.'], 'de').attributions[0]).toMatchObject({
      kind: 'according_to',
      cue: 'liegt … vor',
      type: 'agency',
    });
  });
  it('auch mit dem Medium vor dem Verb', () => {
    expect(analyzeText(['Der Deutschen Presse-Agentur liegt der Bericht vor.'], 'de').attributions[0]).toMatchObject({
      cue: 'liegt … vor',
      source: 'Der Deutschen Presse-Agentur',
      type: 'agency',
    });
    // (not the object of a preposition before the verb: one attribution, "laut")
    expect(
      analyzeText(['Laut der Talberger Rundschau lag ein Gutachten schon im Frühjahr vor.'], 'de').attributions.map(
        (a) => a.cue,
      ),
    ).toEqual(['Laut']);
  });
  it('aber keine Stelle, kein Ort und kein Ding', () => {
    for (const s of [
      'Die Zahlen lagen den Behörden vor.',
      'Talberg liegt dem See gegenüber.',
      'Das Papier liegt seit Montag vor.',
      'Talberg liegt an der Spree.',
      'Der Talberger Zeitung liegt viel an der Sache.',
      'Der Redaktion liegt das Papier vor.',
    ])
      expect(analyzeText([s], 'de').attributions).toEqual([]);
  });
});

describe('Gegner, Befürworter, Unterstützer, Skeptiker', () => {
  it('are people, a group nobody names, as the text says (no default)', () => {
    for (const noun of ['Gegner', 'Befürworter', 'Unterstützer', 'Skeptiker']) {
      const [a] = analyzeText([`${noun} sagen, das Projekt sei zu teuer.`], 'de').attributions;
      expect(a).toMatchObject({ source: noun, type: 'person', named: false, typeFrom: 'text' });
    }
  });
});

describe('a Roman numeral after a body’s place', () => {
  const classify = (m: string) => grammarFor('de')!.classify(m, lexiconFor('de')!);
  it('numbers the place’s name, a place the lexicon knows too: „Berlin II“, never „II“', () => {
    expect(classify('Das Landgericht Berlin II')).toMatchObject({ type: 'justice', name: 'Berlin II' });
    expect(classify('Das Amtsgericht Talberg I')).toMatchObject({ type: 'justice', name: 'Talberg I' });
  });

  it('names the court a later „das Gericht“ points back to', () => {
    const r = analyzeText(
      ['Das Landgericht Talberg II hat in der Klage entschieden.', 'Dem Gericht zufolge muss die Firma zahlen.'],
      'de',
    );
    // (by the court's whole name, as the gold writes it)
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({
      resolved: 'Landgericht Talberg II',
      type: 'justice',
    });
  });
});

describe('„X beruft sich auf Y“', () => {
  it('nennt Y als Quelle dessen, was X berichtet', () => {
    expect(one('Die Zeitung beruft sich auf Sicherheitskreise.')[0]).toMatchObject({
      kind: 'according_to',
      source: 'Sicherheitskreise',
      type: 'security',
      named: false,
    });
    expect(one('Der Sender berief sich dabei auf einen internen Bericht.')[0]).toMatchObject({
      source: 'einen internen Bericht',
      type: 'document',
    });
  });
  it('nicht, wenn Y keine Quelle ist („sich auf sein Recht berufen“)', () => {
    expect(one('Er berief sich auf sein Recht zu schweigen.')).toEqual([]);
  });
});

describe('„Angaben aus dem Ministerium“', () => {
  it('ist die Angabe mit dem, von dem sie kommt, und hat dessen Typ', () => {
    expect(one('Laut Angaben aus dem Ministerium ist der Plan gescheitert.')[0]).toMatchObject({
      source: 'Angaben aus dem Ministerium',
      type: 'government',
    });
    expect(one('Die Zeitung beruft sich auf Informationen aus Sicherheitskreisen.')[0]).toMatchObject({
      source: 'Informationen aus Sicherheitskreisen',
      type: 'security',
    });
  });
});

describe('ein Nomen des Sagens in einer Präpositionalangabe („nach Einschätzung von X“)', () => {
  it('ist eine Angabe nach X, kein zweites Mal „berichtet“', () => {
    const r = one('Nach Einschätzung von Fachleuten ist das Risiko gering.');
    expect(r.map((a) => [a.kind, a.source])).toEqual([['according_to', 'Fachleuten']]);
  });
  it('lässt Kritik nach „nach“ der Zeit Kritik von jemandem', () => {
    const r = one('Nach heftiger Kritik von Anwohnern öffnete die Stadt die Straße wieder.');
    expect(r.map((a) => [a.kind, a.source])).toEqual([['reported', 'Anwohnern']]);
  });
});

describe('Ämter und Behörden Österreichs und der Schweiz', () => {
  it.each([
    ['Landesrätin Anna Berger sagte, das Land spare.', 'government'],
    ['Bundesrätin Anna Berger sagte, das sei falsch.', 'government'],
    ['Bezirkshauptmann Tom Kahl sagte, die Straße bleibe gesperrt.', 'government'],
    ['Die Bezirkshauptmannschaft teilte mit, die Straße bleibe gesperrt.', 'government'],
    ['Das Bildungsdepartement teilte mit, die Schulen blieben offen.', 'government'],
    ['Ein Sprecher des Departements sagte, man prüfe den Fall.', 'government'],
    ['Die Ombudsfrau sagte, die Beschwerde sei berechtigt.', 'government'],
    ['Die Bürgerbeauftragte sagte, die Beschwerde sei berechtigt.', 'government'],
  ])('%s → %s', (text, type) => {
    expect(one(text)[0]).toMatchObject({ type });
  });
  it('lässt Bürger Bürger sein', () => {
    expect(one('Bürger sagten, das sei falsch.')[0]).toMatchObject({ type: 'person', named: false });
  });
});

describe('ein Verb nach einem Zitat und seinem Komma mit „sich“ vor dem Sprecher', () => {
  it('hat den Namen nach „sich“ als Sprecher („„…“, beschwert sich Tom Kahl“)', () => {
    for (const text of [
      '„Das ist ein Skandal“, beschwert sich Tom Kahl.',
      '„Das ist ein Skandal“, äußerte sich Tom Kahl.',
      '„Das ist ein Skandal“, empört sich Tom Kahl.',
    ])
      expect(one(text)[0]).toMatchObject({ kind: 'quote', source: 'Tom Kahl' });
  });
  it('ein Verb der Art des Sprechens zählt nur neben seinem Zitat', () => {
    expect(one('„Ein Traum“, schwärmt Anna Berger.')[0]).toMatchObject({ cue: 'schwärmt', source: 'Anna Berger' });
    expect(one('Die Anwohner empörten sich, als der Plan bekannt wurde.')).toEqual([]);
  });
});

describe('ein Name aus mehreren Wörtern als erster Teil eines Kompositums („IG-Metall-Sprecherin“)', () => {
  it('wird mit Bindestrichen durchgekoppelt und als ganzer Name gelesen', () => {
    expect(one('IG-Metall-Sprecherin Anna Berger sagte, die Löhne müssten steigen.')[0]).toMatchObject({
      type: 'organization',
    });
    expect(one('Rotes-Kreuz-Sprecher Tom Kahl sagte, die Helfer seien erschöpft.')[0]).toMatchObject({
      type: 'organization',
    });
  });
});

describe('ein Nomen, das eine Stelle nur nach ihrer Art nennt („der Konzern“, „der Verein“, „die Behörde“)', () => {
  it('verweist auf die eine Stelle dieser Art, die der Text mit Namen nannte', () => {
    const r = analyzeText(
      ['Die Talbex AG teilte mit, der Umsatz sei gesunken.', 'Der Konzern fügte hinzu, die Stellen seien sicher.'],
      'de',
    );
    expect(r.attributions[1]).toMatchObject({ source: 'Der Konzern', resolved: 'Talbex AG', type: 'company' });
    const s = analyzeText(
      ['Das Landratsamt Talberg teilte mit, die Straße sei gesperrt.', 'Die Behörde fügte hinzu, Busse führen.'],
      'de',
    );
    expect(s.attributions[1]).toMatchObject({ resolved: 'Landratsamt Talberg', type: 'government' });
  });
  it('nicht bei zwei Stellen dieser Art, und nicht auf eine Person', () => {
    const r = analyzeText(
      [
        'Die Talbex AG teilte mit, der Umsatz sei gesunken.',
        'Die Brandik GmbH erklärte, sie wachse.',
        'Das Unternehmen fügte hinzu, die Stellen seien sicher.',
      ],
      'de',
    );
    expect(r.attributions[2]).toMatchObject({ source: 'Das Unternehmen', resolved: null });
    const s = analyzeText(
      ['Talbex-Chef Tom Kahl sagte, der Umsatz sinke.', 'Der Konzern fügte hinzu, die Stellen seien sicher.'],
      'de',
    );
    expect(s.attributions[1]).toMatchObject({ resolved: null });
  });
});

describe('ein Zitat über mehrere Absätze', () => {
  it('jeder offen gelassen und neu geöffnet, hat den Sprecher, den sein letzter Absatz nennt', () => {
    const r = analyzeText(
      ['„Wir sind zufrieden. Wir haben hart gearbeitet.', '„Nächstes Jahr wird es besser“, sagte Kahl.'],
      'de',
    );
    expect(r.attributions.map((a) => a.source)).toEqual(['Kahl', 'Kahl', 'Kahl']);
  });
});

describe('„wie bekannt wurde“, „Gerüchten zufolge“', () => {
  it('markieren Angaben aus zweiter Hand ohne Quelle', () => {
    for (const text of [
      'Wie am Montag bekannt wurde, tritt der Minister zurück.',
      'Am Montag wurde bekannt, dass der Minister zurücktritt.',
      'Gerüchten zufolge will der Konzern Stellen streichen.',
    ])
      expect(one(text).map((a) => [a.kind, a.source])).toEqual([['reportative', null]]);
  });
  it('nicht, wer durch etwas bekannt wurde', () => {
    expect(one('Der Sänger wurde durch seine Lieder bekannt.')).toEqual([]);
  });
});

describe('„der“ vor einem Titel in Anführungszeichen', () => {
  it('ist ein Dativ, wenn der Titel auf ein weibliches Nomen endet, und der Sprecher folgt dem Verb', () => {
    expect(one('Der „Talberger Zeitung“ sagte Kahl, er sei enttäuscht.')[0]).toMatchObject({ source: 'Kahl' });
    expect(one('Der „Talberger Bote“ berichtete, der Plan sei gescheitert.')[0]).toMatchObject({
      source: 'Der „Talberger Bote“',
      type: 'media',
    });
  });
});

describe('"nach Aussage", "nach Schilderung", "nach eigener Darstellung"', () => {
  it('name whose account the sentence gives, in the singular and after an adjective of either case', () => {
    expect(one('Nach Aussage der Feuerwehr brannte der Dachstuhl.')[0]).toMatchObject({
      kind: 'according_to',
      source: 'der Feuerwehr',
    });
    expect(one('Nach Schilderung eines Nachbarn roch es nach Gas.')[0]).toMatchObject({ cue: 'Nach Schilderung' });
    expect(one('Der Chor hat nach eigener Auskunft 80 Mitglieder.')[0]).toMatchObject({ source: 'Der Chor' });
    expect(one('Nach erster Einschätzung der Polizei war Glätte die Ursache.')[0]).toMatchObject({
      source: 'der Polizei',
      type: 'security',
    });
    expect(one('Nach ihrer Aussage war die Tür offen.')[0]).toMatchObject({ cue: 'Nach ihrer Aussage' });
  });
  it('mark nothing as second-hand where they name an event or a topic', () => {
    expect(one('Nach der Aussage vor Gericht fuhr Tom Kahl nach Hause.')).toEqual([]);
    expect(one('Nach der Darstellung im Ausschuss verließ Tom Kahl den Saal.')).toEqual([]);
    expect(one('Nach Berichten über Schimmel schloss die Stadt die Halle.')).toEqual([]);
    expect(one('Nach Berichten soll die Halle schließen.')[0]).toMatchObject({ kind: 'reportative' });
  });
});

describe('"rechnen mit" a forecast', () => {
  it('counts from experts and studies, as "erwarten" does without a clause', () => {
    expect(one('Die Ökonomen rechnen mit weiteren Firmenpleiten.')[0]).toMatchObject({
      cue: 'rechnen mit',
      source: 'Die Ökonomen',
      type: 'expert',
    });
    expect(one('Die Studie rechnet mit 300 neuen Stellen.')[0]).toMatchObject({ type: 'document' });
  });
  it('not from anyone else', () => {
    expect(one('Die Fans rechnen mit einem Sieg.')).toEqual([]);
    expect(one('Tom Kahl rechnet mit Regen.')).toEqual([]);
  });
});

describe('"aus X verlautete", "wie aus X zu hören ist", "wie die Zeitung aus X erfuhr"', () => {
  it('take the whole mention after "aus", its article and genitive too', () => {
    expect(one('Aus dem Büro der Bürgermeisterin verlautete, sie bleibe im Amt.')[0]).toMatchObject({
      kind: 'according_to',
      source: 'dem Büro der Bürgermeisterin',
    });
    expect(one('Wie die Zeitung aus dem Ministerium erfuhr, ist der Plan gestoppt.')[0]).toMatchObject({
      source: 'dem Ministerium',
      type: 'government',
    });
  });
  it('name nobody in the circle around a body or a person ("dem Umfeld des Ministers", "den Kreisen der Firma")', () => {
    expect(one('Aus dem Umfeld des Ministers verlautete, er denke an Rücktritt.')[0]).toMatchObject({
      source: 'dem Umfeld des Ministers',
      named: false,
    });
    expect(one('Wie aus den Kreisen der Talbex AG zu hören war, steht der Verkauf bevor.')[0]).toMatchObject({
      named: false,
    });
  });
});

describe('Schiedsrichter, Kardinäle, Chirurginnen', () => {
  it('are typed by their role, a referee no judge of a court', () => {
    expect(one('Der Schiedsrichter sagte, das Tor sei regulär gewesen.')[0]).toMatchObject({ type: 'person' });
    expect(one('Die Chirurgin sagte, der Patient sei stabil.')[0]).toMatchObject({ type: 'expert' });
    expect(one('Der Kardinal sagte, die Kirche bleibe offen.')[0]).toMatchObject({ type: 'person' });
  });
});

describe('a role before two names joined by "und", or before a name set off by commas', () => {
  it('gives a role in the plural to both names', () => {
    const r = analyzeText(
      ['Wir trafen die beiden Chemiker Tom Kahl und Lea Roth am See.', 'Roth sagte, das Eis sei dünn.'],
      'de',
    );
    expect(r.attributions[0]).toMatchObject({ resolved: 'Lea Roth', type: 'expert' });
  });
  it('gives the role to a full name after an article, the role and a comma', () => {
    const r = analyzeText(['Wir trafen den Bürgermeister, Tom Kahl, am See.', 'Kahl sagte, das Eis sei dünn.'], 'de');
    expect(r.attributions[0]).toMatchObject({ resolved: 'Tom Kahl', type: 'government' });
  });
  it('not a role in the singular to the second name, nor a role of no type to a name set off', () => {
    const one = analyzeText(
      ['Der Sprecher Tom Kahl und Lea Roth trafen sich.', 'Roth sagte, das Treffen sei gut.'],
      'de',
    );
    expect(one.attributions[0]!.type).toBe('person');
    const mother = analyzeText(['Wir trafen seine Mutter, Lea Roth, am See.', 'Roth sagte, das Eis sei dünn.'], 'de');
    expect(mother.attributions[0]!.type).toBe('person');
  });
});

describe('"ein Forscher namens Tom Kahl", "seine Amtskollegin Lea Roth"', () => {
  it('introduce the name with the role, for a later surname', () => {
    const r = analyzeText(['Sie arbeitete mit einem Forscher namens Tom Kahl.', 'Kahl sagte, das Eis sei dünn.'], 'de');
    expect(r.attributions[0]).toMatchObject({ resolved: 'Tom Kahl', type: 'expert' });
    const s = analyzeText(['Sie traf eine Kollegin namens Lesley Fenwick.', 'Fenwick sagte, das Eis sei dünn.'], 'de');
    expect(s.attributions[0]).toMatchObject({ resolved: 'Lesley Fenwick' });
  });
  it('a counterpart in office holds an office', () => {
    const r = analyzeText(
      ['Der Minister traf seine Amtskollegin Lesley Fenwick.', 'Fenwick sagte, man sei einig.'],
      'de',
    );
    expect(r.attributions[0]).toMatchObject({ resolved: 'Lesley Fenwick', type: 'government' });
  });
});

describe('"die Industrie"', () => {
  it('spricht für die Firmen einer Branche, ohne eine zu nennen', () => {
    expect(one('Die Autoindustrie warnt vor neuen Zöllen.')[0]).toMatchObject({ type: 'company', named: false });
  });
});

describe('die weibliche Form einer Rolle, die das Lexikon im Maskulinum kennt', () => {
  it('hat deren Typ', () => {
    expect(one('Die Gewerkschafterin sagte, der Streik gehe weiter.')[0]).toMatchObject({ type: 'organization' });
    expect(one('Die Offizierin sagte, die Lage sei ruhig.')[0]).toMatchObject({ type: 'security' });
    expect(one('Eine Beamtin sagte, die Akte fehle.')[0]).toMatchObject({ type: 'government' });
  });
  it('nicht über ein Wort, das nur in einem Teil des Stamms steckt', () => {
    expect(one('Die Spezialistin sagte, das Netz sei sicher.')[0]).toMatchObject({ type: 'expert' });
    expect(one('Die Spezialisten sagten, das Netz sei sicher.')[0]).toMatchObject({ type: 'expert' });
  });
});

describe('Töchter, Oberste, Konsuln, Feuerwehrleute, Dozentinnen, Banker', () => {
  it('sind nach ihrer Rolle typisiert, eine Tochter eine Person, eine Konzerntochter eine Firma', () => {
    expect(one('Die Tochter des Opfers sagte, sie vermisse ihn.')[0]).toMatchObject({ type: 'person' });
    expect(one('Die Konzerntochter teilte mit, sie baue Stellen ab.')[0]).toMatchObject({ type: 'company' });
    expect(one('Der Oberst sagte, die Lage sei ruhig.')[0]).toMatchObject({ type: 'security' });
    expect(one('Der Konsul sagte, die Lage sei ruhig.')[0]).toMatchObject({ type: 'government' });
    expect(one('Ein Feuerwehrmann sagte, das Feuer sei aus.')[0]).toMatchObject({ type: 'government' });
    expect(one('Die Dozentin sagte, die Prüfung falle aus.')[0]).toMatchObject({ type: 'expert' });
    expect(one('Der Banker sagte, die Zinsen stiegen.')[0]).toMatchObject({ type: 'company' });
  });
});

describe('ein Relativsatz nach der Partikel, die den Satz davor schließt', () => {
  it('hat das Nomen vor der Partikel als Bezug', () => {
    expect(one('Sie rief Tom Kahl an, der bestätigte, dass der Vertrag gekündigt sei.')[0]).toMatchObject({
      source: 'Tom Kahl',
    });
  });
});

describe('eine Zwischenüberschrift „Name: Aussage“', () => {
  it('gibt die Aussage der Person, die der Text zuvor vorgestellt hat', () => {
    const r = analyzeText(['Bürgermeister Tom Kahl will die Brücke.', 'Kahl: Die Brücke muss kommen'], 'de');
    expect(r.attributions[0]).toMatchObject({ sentenceIndex: 1, kind: 'reported', resolved: 'Tom Kahl' });
  });
  it('nicht bei einem Namen, den der Text nicht kennt, noch vor einem Titel', () => {
    expect(analyzeText(['Kahl: Die Brücke muss kommen'], 'de').attributions).toEqual([]);
    expect(analyzeText(['Bürgermeister Tom Kahl will die Brücke.', 'Kahl: Ein Porträt'], 'de').attributions).toEqual(
      [],
    );
  });
});

describe('ein Passiv mit seinem Urheber nach „ist/wurde“', () => {
  it('gibt dem Subjekt nicht die Rolle des Urhebers', () => {
    const r = analyzeText(['Tom Kahl wurde von der Polizei festgenommen.', 'Kahl sagte, er sei unschuldig.'], 'de');
    expect(r.attributions[0]).toMatchObject({ resolved: 'Tom Kahl', type: 'person' });
  });
  it('wohl aber eine Rolle, die er wurde', () => {
    const r = analyzeText(['Tom Kahl ist Bürgermeister von Talberg geworden.', 'Kahl sagte, die Brücke komme.'], 'de');
    expect(r.attributions[0]).toMatchObject({ type: 'government' });
  });
  it('und wer zitiert wird, spricht, ohne zweite Lesart als Passiv ohne Urheber', () => {
    expect(one('Tom Kahl wurde mit den Worten zitiert, man gebe nicht auf.').map((a) => a.kind)).toEqual(['reported']);
  });
});

describe('wem jemand angehört oder was ihm geschah', () => {
  it('gibt ihm keine Rolle: ein Relativsatz im Passiv mit Urheber, eine Rolle im Genitiv nach seinem Nomen', () => {
    expect(one('Tom Kahl, der von der Polizei festgenommen wurde, sagte, er sei unschuldig.')[0]).toMatchObject({
      type: 'person',
    });
    expect(one('Tom Kahl, Sohn des Polizeichefs, sagte, er sei unschuldig.')[0]).toMatchObject({ type: 'person' });
  });
  it('wohl aber seine eigene Rolle', () => {
    expect(one('Tom Kahl, der seit 2019 Bürgermeister von Talberg ist, sagte, die Brücke komme.')[0]).toMatchObject({
      type: 'government',
    });
  });
});

describe('eine Beziehung zu jemandem nach der Kopula', () => {
  it('ist keine Rolle: „mit … verheiratet“', () => {
    expect(one('Lea Roth, die mit Bürgermeister Tom Kahl verheiratet ist, sagte, sie sei stolz.')[0]).toMatchObject({
      type: 'person',
    });
  });
});

describe('„Kritik kam von …“', () => {
  it('nennt, von wem die Kritik kam, auch nach dem, worauf sie zielt', () => {
    expect(one('Scharfe Kritik kam auch von der Gewerkschaft.')[0]).toMatchObject({
      kind: 'reported',
      cue: 'Kritik … von',
      source: 'der Gewerkschaft',
    });
    expect(one('Kritik an dem Plan kam von der Opposition.')[0]).toMatchObject({ source: 'der Opposition' });
  });
  it('nicht ohne „von“', () => {
    expect(one('Die Kritik kam zu spät.')).toEqual([]);
  });
});

describe('„soll gesagt haben“', () => {
  it('nennt den Sprecher, mit dem Perfekt nach dem berichtenden „sollen“', () => {
    expect(one('Tom Kahl soll gesagt haben, die Brücke komme.')).toMatchObject([
      { kind: 'reported', cue: 'gesagt', source: 'Tom Kahl' },
    ]);
  });
  it('nicht bei einer Handlung, die kein Sprechen ist', () => {
    expect(one('Der Minister soll den Plan gestoppt haben.')).toMatchObject([{ kind: 'reportative' }]);
  });
});

describe('a pronoun of a body that opened the sentence before', () => {
  it('means the body when nobody was named ("Die Polizei sperrte … Sie teilte mit"), the person where one was', () => {
    const r = analyzeText(
      ['Die Polizei sperrte die Straße nach dem Unfall.', 'Sie teilte mit, die Sperrung dauere bis Mittwoch.'],
      'de',
    );
    expect(r.attributions.map((a) => [a.source, a.resolved ?? null, a.type])).toEqual([
      ['Sie', 'Die Polizei', 'security'],
    ]);
    const person = analyzeText(
      ['Die Polizei sperrte die Straße.', 'Anna Berger sagte, sie sei müde.', 'Sie teilte mit, es gehe ihr gut.'],
      'de',
    );
    expect(person.attributions.map((a) => [a.source, a.resolved ?? null])).toEqual([
      ['Anna Berger', null],
      ['Sie', 'Anna Berger'],
    ]);
  });
});

describe('ein Pronomen im Dativ bei „zufolge“ und „laut“', () => {
  it('ist die Quelle und zeigt zurück („Ihm zufolge …“, „laut ihr“), kein Possessiv vor seinem Nomen', () => {
    const r = analyzeText(
      [
        'Tom Kahl leitet die Werft in Talberg seit zehn Jahren.',
        'Ihm zufolge fehlen Aufträge.',
        'Anna Berger leitet das Institut.',
        'Laut ihr fehlen Fachkräfte.',
        'Laut ihrem Sprecher fehlen Mittel.',
      ],
      'de',
    );
    expect(r.attributions.map((a) => [a.source, a.resolved ?? null])).toEqual([
      ['Ihm', 'Tom Kahl'],
      ['ihr', 'Anna Berger'],
      ['ihrem Sprecher', null],
    ]);
    // (in the accusative of "für … ist klar" too)
    const klar = analyzeText(
      ['Tom Kahl leitet die Werft in Talberg.', 'Für ihn ist klar, dass die Werft überlebt.'],
      'de',
    );
    expect(klar.attributions.map((a) => [a.source, a.resolved ?? null])).toEqual([['ihn', 'Tom Kahl']]);
  });
});

describe('die wenigen Maskulina auf -e, die keine Personen sind („der Name“, „der Gedanke“)', () => {
  it('types them as no person, where a masculine in -e is one ("der Zeuge", "der Kollege")', () => {
    const g = grammarFor('de')!;
    expect(g.classify('der neue Markenname', lex).type).not.toBe('person');
    expect(g.classify('der Grundgedanke', lex).type).not.toBe('person');
    expect(g.classify('der Zeuge', lex).type).toBe('person');
  });
});

describe('Vorgänger und Nachfolger', () => {
  it('are nouns of a person before a name, no part of it ("Seine Vorgängerin Anna Berger")', () => {
    const g = grammarFor('de')!;
    expect(g.classify('Seine Vorgängerin Anna Berger', lex)).toMatchObject({ type: 'person', name: 'Anna Berger' });
    expect(g.classify('ihr Nachfolger Tom Kahl', lex)).toMatchObject({ name: 'Tom Kahl', gender: 'm' });
  });
});

describe('eine Ortsmarke mit Agentur („Talberg (dpa) –“)', () => {
  it('is no subject a later possessive points to, in any case of the place', () => {
    const r = analyzeText(
      ['Talberg (dpa) – Der Stadtrat hat den Haushalt beschlossen.', 'Ihr Sprecher sagte, man werde dagegen klagen.'],
      'de',
    );
    expect(r.attributions).toHaveLength(1);
    expect(r.attributions[0]).toMatchObject({ source: 'Ihr Sprecher' });
    expect(r.attributions[0]!.type).not.toBe('agency');
    // (the body named after it is whom the possessive means)
    const named = analyzeText(
      [
        'Talberg (dpa) – Der Stadtrat hat den Haushalt beschlossen.',
        'Die Initiative „Rettet den Hang“ kündigte an, dagegen zu klagen.',
        'Ihr Sprecher Jan Brandik warf der Stadt Wortbruch vor.',
      ],
      'de',
    );
    expect(named.attributions.map((a) => [a.kind, a.type])).toEqual([
      ['reported', 'organization'],
      ['reported', 'organization'],
    ]);
  });
});

describe('eine Partei, die den Satz eröffnet („Die SPD verlor deutlich.“)', () => {
  it('is whose a later possessive speaks of ("Ihr Vorsitzender")', () => {
    const r = analyzeText(
      ['Die SPD verlor bei der Wahl deutlich.', 'Ihr Vorsitzender Tom Kahl sprach von einem bitteren Abend.'],
      'de',
    );
    expect(r.attributions.map((a) => [a.source, a.type])).toEqual([['Ihr Vorsitzender Tom Kahl', 'politician']]);
  });
});

describe('der Schlüssel einer Rolle', () => {
  it('is the lexicon word of one of its forms before a shorter word it ends in ("Kandidaten", "des Präsidenten")', () => {
    const g = grammarFor('de')!;
    expect(g.classify('Die Kandidaten', lex)).toMatchObject({ type: 'politician', role: 'kandidat' });
    expect(g.classify('des Präsidenten', lex)).toMatchObject({ type: 'government', role: 'präsident' });
    expect(g.classify('der Vorsitzenden', lex).role).toBe('vorsitzende');
    // (a word the lexicon lists whole keeps its key)
    expect(g.classify('die Bürgermeisterin', lex).role).toBe('bürgermeisterin');
  });
});

describe('„Aus X in Y hieß es“', () => {
  it('has one source: the closing words close the first mention, the place after it is none', () => {
    const r = analyzeText(['Aus Regierungskreisen in der Hauptstadt hieß es, man halte an der Waffenruhe fest.'], 'de');
    expect(r.attributions.map((a) => [a.cue, a.source])).toEqual([['Aus … hieß es', 'Regierungskreisen']]);
  });
});

describe('eine Rolle vor Anrede und Namen („die Kardiologin Prof. Dr. Anna Berger“)', () => {
  it('introduces the person with the role past the forms of address, for a later surname', () => {
    const r = analyzeText(
      [
        'Für die Studie hatte das Team um die Kardiologin Prof. Dr. Anna Berger Daten ausgewertet.',
        '„Das war überraschend“, sagt Berger.',
      ],
      'de',
    );
    expect(r.attributions.map((a) => [a.source, a.resolved, a.type])).toEqual([['Berger', 'Anna Berger', 'expert']]);
  });
});

describe('eine Rolle ohne Körperschaft nach einem Medium, das berichtet', () => {
  it('does not speak for the outlet that reported ("Wie die Zeitung berichtet … Direktor Tom Kahl")', () => {
    // (a role the lexicon does not type by itself: "Sportdirektor" is a club's)
    const r = analyzeText(
      [
        'Wie die Zeitung berichtet, soll ein Klub bereit sein, viel zu zahlen.',
        'Direktor Tom Kahl sagte, man plane mit ihm.',
      ],
      'de',
    );
    expect(r.attributions.map((a) => [a.source, a.type])).toEqual([
      ['die Zeitung', 'media'],
      ['Direktor Tom Kahl', 'person'],
    ]);
    // (the club named before it is whom the role speaks for)
    const club = analyzeText(
      ['Der FC Talberg hat einen neuen Trainer.', 'Direktor Tom Kahl sagte, man sei froh.'],
      'de',
    );
    expect(club.attributions.map((a) => a.type)).toEqual(['organization']);
  });
});

describe('ein Plural, der den Satz vor einem Genitiv eröffnet („Berichten der Zeitung zufolge“)', () => {
  it('is a noun, no verb of a question: one attribution, the according-to', () => {
    const r = analyzeText(['Berichten der „Talberger Rundschau“ zufolge waren mehrere Konzerte ausverkauft.'], 'de');
    expect(r.attributions.map((a) => [a.kind, a.cue])).toEqual([['according_to', 'zufolge']]);
    // (a verb of a question takes its subject with "die")
    expect(analyzeText(['Berichten die Medien darüber?'], 'de').attributions.map((a) => a.cue)).toEqual(['Berichten']);
  });
});

describe('Texte einer mit Namen genannten Stelle ohne Artikel („Berichten der „Rundschau““)', () => {
  it('are identified by their owner, as figures are; unnamed people of a body stay unnamed', () => {
    const g = grammarFor('de')!;
    expect(g.classify('Berichten der „Talberger Rundschau“', lex).named).toBe(true);
    expect(g.classify('Angaben der Firma Talbex', lex).named).toBe(true);
    // (not of a kind of body, "der Lokalpresse"; nor people of a body without an article)
    expect(g.classify('Berichten der Lokalpresse', lex).named).toBe(false);
    expect(g.classify('Experten der Universität', lex).named).toBe(false);
  });
});

describe('a bare role of a person with no article ("Manager", "Verteidiger")', () => {
  it('is people of a kind, nobody named; an office of state alone stays one, as a headline has it', () => {
    const lex = lexiconFor('de')!;
    const named = (m: string) => grammarFor('de')!.classify(m, lex).named;
    expect(['Manager', 'Verteidiger', 'Richter', 'Verbraucherschützer', 'Fahnder'].map(named)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(['Minister', 'Der Richter', 'Die Anleger'].map(named)).toEqual([true, true, true]);
    expect(['Anleger', 'Arbeitgeber', 'Fahnder'].map((m) => grammarFor('de')!.classify(m, lex).type)).toEqual([
      'company',
      'company',
      'security',
    ]);
  });
});

describe('a verb of saying after a comma and "aber" in a sentence a subject and a verb of saying open', () => {
  it('shares that subject: what follows is its object ("…, kritisierten aber die Finanzierung")', () => {
    const sources = (s: string) => analyzeText([s], 'de').attributions.map((a) => [a.cue, a.source]);
    expect(sources('Die Grünen lobten den Plan, kritisierten aber die Finanzierung.')).toEqual([
      ['lobten', 'Die Grünen'],
      ['kritisierten', 'Die Grünen'],
    ]);
    expect(sources('Gewerkschaften begrüßten den Vorstoß, fordern aber Nachbesserungen.')).toEqual([
      ['begrüßten', 'Gewerkschaften'],
      ['fordern', 'Gewerkschaften'],
    ]);
    // (a subject's article after the verb, or a clause before the comma that no verb of saying opens: an
    // inverted subject)
    expect(sources('Der Plan sei gut, betonte aber der Minister.')).toEqual([['betonte', 'der Minister']]);
    expect(sources('Die Lage ist ernst, sagte aber die Ministerin.')).toEqual([['sagte', 'die Ministerin']]);
  });
});

describe('an interview whose questions are put as statements', () => {
  it("reads the paragraph right before the next labelled answer as the interviewer's, not an answer", () => {
    const r = analyzeText(
      [
        'Frau Berger, Sie leiten die Talberger Tafel seit zehn Jahren. Was hat sich verändert?',
        'Anna Berger: Es kommen mehr Rentner. Viele schämen sich noch immer.',
        'Die Stadt will die Zuschüsse kürzen.',
        'Berger: Dann müssen wir Öffnungszeiten streichen.',
        'Das Gespräch führte Tom Kahl.',
      ],
      'de',
    );
    expect(r.attributions.map((a) => [a.sentenceIndex, a.resolved ?? a.source])).toEqual([
      [2, 'Anna Berger'],
      [3, 'Anna Berger'],
      [5, 'Anna Berger'],
    ]);
  });
});

describe('"die Behörde" after an authority of justice or security the text named', () => {
  it('names that authority again, when the text named no authority of government', () => {
    const r = analyzeText(
      [
        'Die Staatsanwaltschaft Talberg hat Anklage gegen einen Unternehmer erhoben.',
        'Das teilte die Behörde am Dienstag mit.',
      ],
      'de',
    );
    expect(r.attributions.map((a) => [a.source, a.resolved, a.type])).toEqual([
      ['die Behörde', 'Staatsanwaltschaft Talberg', 'justice'],
    ]);
  });
});

describe('words before a known given name that opens a full name', () => {
  it('are a role or a name of something else, not part of the person\'s name ("Winzer Tom Kahl")', () => {
    const lex = lexiconFor('de')!;
    const name = (m: string) => grammarFor('de')!.classify(m, lex).name;
    expect(
      ['Winzer Tom Kahl', 'Torhüter Jan Brandik', 'Anna Lena Berger', 'Tom Kahl', 'Planerin Roth', 'Kerstin Roth'].map(
        name,
      ),
    ).toEqual(['Tom Kahl', 'Jan Brandik', 'Anna Lena Berger', 'Tom Kahl', 'Roth', 'Kerstin Roth']);
    const r = analyzeText(
      ['Das sagte die Leiterin der Stiftung Talbex Anna Berger.', '„Die Daten sind eindeutig“, sagte sie.'],
      'de',
    );
    expect(r.attributions.map((a) => a.resolved ?? a.display)).toEqual(['Anna Berger', 'Anna Berger']);
  });
});

describe('a body of politicians by its noun opening a sentence', () => {
  it('is whose a possessive in the next sentence speaks of ("Die Fraktion der Grünen … Ihr Sprecher")', () => {
    const r = analyzeText(
      [
        'Der Gemeinderat hat den Plan beschlossen.',
        'Die Fraktion der Grünen stimmte geschlossen dagegen.',
        'Ihr Sprecher Tom Kahl kritisierte den Flächenverbrauch.',
      ],
      'de',
    );
    expect(r.attributions.map((a) => [a.source, a.type])).toEqual([['Ihr Sprecher Tom Kahl', 'politician']]);
  });
});

describe('a body nobody named that opens a sentence', () => {
  it('is whose a possessive in the next sentence speaks of ("Eine Bürgerinitiative … Deren Sprecherin")', () => {
    const r = analyzeText(
      [
        'Der Gemeinderat hat den Plan beschlossen.',
        'Eine Bürgerinitiative sammelte mehr als 1.200 Unterschriften.',
        'Deren Sprecherin Lea Roth kündigte rechtliche Schritte an.',
      ],
      'de',
    );
    expect(r.attributions.map((a) => [a.source, a.type])).toEqual([['Deren Sprecherin Lea Roth', 'organization']]);
  });
});

describe("a newspaper's title after a place's adjective", () => {
  it('is the paper ("der Talberger Bote"); the word alone is a messenger ("der Bote")', () => {
    const lex = lexiconFor('de')!;
    const c = (m: string) => grammarFor('de')!.classify(m, lex);
    expect([c('der Talberger Bote').type, c('der Talberger Bote').name, c('der Bote').type]).toEqual([
      'media',
      'Talberger Bote',
      'person',
    ]);
  });
});

describe('a passive speech act inside what a source the sentence names said', () => {
  it('is the source\'s words, no second-hand mark of its own ("bestätigte, dass … ermittelt wird")', () => {
    const kinds = (s: string, lang: 'de' | 'en') => analyzeText([s], lang).attributions.map((a) => a.kind);
    expect(
      kinds('Ein Sprecher der Staatsanwaltschaft bestätigte, dass wegen Totschlags ermittelt wird.', 'de'),
    ).toEqual(['reported']);
    expect(kinds('Es wurde mitgeteilt, dass die Schule schließt.', 'de')).toEqual(['reportative']);
    expect(kinds('The police said the death was being investigated.', 'en')).toEqual(['reported']);
  });
});

describe("a noun of a body's kind after two newspapers, one of them named by a one-word title", () => {
  it('points to neither ("das Blatt" after „Talberger Allgemeine“ and „Talo-Kurier“), as after two firms', () => {
    const r = analyzeText(
      [
        'Die „Talberger Allgemeine“ berichtete zuerst über den Fall.',
        'Die Einigung sei besser als ihr Ruf, meint der „Talo-Kurier“. Die Stadt habe gelogen, schreibt das Blatt.',
      ],
      'de',
    );
    const blatt = r.attributions.find((a) => a.source === 'das Blatt');
    expect([blatt?.type, blatt?.resolved]).toEqual(['media', null]);
  });
});

describe('a demonstrative possessive opening a sentence ("deren", "dessen")', () => {
  it('points to the body the last noun phrase before it names, not to the subject', () => {
    const r = analyzeText(
      [
        'Unterstützung erhält die Gemeinde von einer Bürgerinitiative. Deren Sprecherin Lea Roth sagte, 800 Menschen hätten unterschrieben.',
      ],
      'de',
    );
    expect(r.attributions.map((a) => [a.source, a.type])).toEqual([['Deren Sprecherin Lea Roth', 'organization']]);
  });
  it('points where any possessive does when that phrase names no body ("… kritisierte den Plan. Deren Sprecherin")', () => {
    const r = analyzeText(
      ['Die Gewerkschaft kritisierte den Plan. Deren Sprecherin sagte, der Plan sei unsozial.'],
      'de',
    );
    expect(r.attributions.map((a) => a.type)).toEqual(['organization', 'organization']);
  });
});

describe('two bodies of one place, each named by its noun and the place', () => {
  it('stay two ("die Polizei Talberg", "der Tourismusverband Talberg"): the noun alone later names the one of its noun', () => {
    const r = analyzeText(
      [
        'Die Polizei Talberg meldete am Morgen einen Unfall auf der Landstraße.',
        'Der Tourismusverband Talberg fordert seit Jahren eine Umgehungsstraße.',
        'Der Tourismusverband warnte erneut vor den Gefahren der Strecke.',
      ],
      'de',
    );
    expect(r.attributions.map((a) => a.type)).toEqual(['security', 'organization', 'organization']);
  });
});

describe("a quotation a sentence gives to a document that lies with the outlet's own newsroom", () => {
  it('is the document\'s words, not the newsroom\'s ("„…“, heißt es in dem Schreiben, das unserer Redaktion vorliegt")', () => {
    const r = analyzeText(['„Wir sind am Limit“, heißt es in dem Schreiben, das unserer Redaktion vorliegt.'], 'de');
    expect(r.attributions.filter((a) => a.kind === 'quote').map((a) => [a.source, a.type])).toEqual([
      ['dem Schreiben', 'document'],
    ]);
  });
});

describe('"wie" and a phrase right before a verb the clause goes on after', () => {
  it('compares: the subject follows the verb, and the one compared says the same ("Wie der Verband fordert auch …")', () => {
    const sources = (s: string) => analyzeText([s], 'de').attributions.map((a) => a.source);
    expect(sources('Wie der Verband fordert auch die Gewerkschaft mehr Geld.')).toEqual([
      'die Gewerkschaft',
      'der Verband',
    ]);
    expect(sources('Wie im Vorjahr fordert die Gewerkschaft mehr Geld.')).toEqual(['die Gewerkschaft']);
    // ("Wie X mitteilte, …": the verb ends the clause, X is the subject)
    expect(sources('Wie die Polizei am Montag mitteilte, wurde niemand verletzt.')).toEqual(['die Polizei']);
  });
});

describe("a noun of a body's kind after a body named by a compound that ends in it", () => {
  it('points to that body ("Der Handelsverband … teilte der Verband mit"), not to another of the type', () => {
    const r = analyzeText(
      [
        'Die Gewerkschaft Talbo hat zu Warnstreiks aufgerufen.',
        'Der Handelsverband wies die Kritik zurück. Man habe ein faires Angebot gemacht, teilte der Verband mit.',
      ],
      'de',
    );
    expect(r.attributions.find((a) => a.source === 'der Verband')?.resolved).toBe('Handelsverband');
  });
});

describe('a measure after a number inside a phrase', () => {
  it('reads "52 Jahre alte" as an adjective of the noun, not a name', () => {
    const r = analyzeText(['Der 19 Jahre alte Talberger Tom Kahl sagte, er sei unschuldig.'], 'de');
    expect(r.attributions[0]).toMatchObject({ source: 'Der 19 Jahre alte Talberger Tom Kahl', display: 'Tom Kahl' });
  });
});

describe('a private person a definite role with a complement introduces', () => {
  it('is whom a later noun of age points to, not an earlier spokesperson', () => {
    const r = analyzeText(
      [
        'Ein Polizeisprecher sagte, die Kassiererin sei unverletzt.',
        'Der Pächter der Tankstelle sagte, er denke über Kameras nach.',
        '„So etwas darf nicht noch einmal passieren“, sagte der 61-Jährige.',
      ],
      'de',
    );
    expect(r.attributions[2]).toMatchObject({
      source: 'der 61-Jährige',
      resolved: 'Der Pächter der Tankstelle',
      type: 'person',
    });
  });
});

describe('a verb right after "und" in a clause a prepositional phrase opens', () => {
  it('shares the inverted subject after the first verb, never takes its object', () => {
    const r = analyzeText(['Nach Angaben der Polizei bedrohte er die Kassiererin und forderte Bargeld.'], 'de');
    expect(r.attributions.map((a) => [a.cue, a.source])).toEqual([
      ['forderte', 'er'],
      ['Nach Angaben', 'der Polizei'],
    ]);
  });
});

describe('a noun of saying with a list of owners', () => {
  it('gives each one named after "von" a row of its own', () => {
    const sources = (t: string) => analyzeText([t], 'de').attributions.map((a) => a.source);
    expect(sources('Gratulation von Tom Kahl, Lea Roth und Anna Berger')).toEqual([
      'Tom Kahl',
      'Lea Roth',
      'Anna Berger',
    ]);
    expect(sources('Lob von der Opposition und den Grünen für den Plan')).toEqual(['der Opposition', 'den Grünen']);
    // (a comma that opens a relative clause closes no list)
    expect(sources('Die Warnung des Ministeriums, das Wasser sei verseucht, kam spät.')).toEqual(['des Ministeriums']);
  });
});

describe('a pronoun and a phrase joined by "und" opening the sentence', () => {
  it('are two subjects, each a source', () => {
    const r = analyzeText(['Sie und ihr Mann sagten, sie seien zufrieden.'], 'de');
    expect(r.attributions.map((a) => a.source)).toEqual(['Sie', 'ihr Mann']);
  });
});

describe('a role remembered for the pronouns after it', () => {
  it('is not what the same mention resolves to, but another role of the person may be', () => {
    const r = analyzeText(['Die Wissenschaftlerin wurde gefragt.', '„Das war knapp“, so die Wissenschaftlerin.'], 'de');
    expect(r.attributions[0]).toMatchObject({ source: 'die Wissenschaftlerin', resolved: null });
    const other = analyzeText(['Die Forscherin wurde gefragt.', '„Das war knapp“, so die Wissenschaftlerin.'], 'de');
    expect(other.attributions[0]).toMatchObject({ resolved: 'Die Forscherin' });
  });
});

describe('a noun of a club of a league alone', () => {
  it('points back to the one club the text named', () => {
    const r = analyzeText(
      [
        'Der FC Talberg hat sich nach vier Monaten von seinem Trainer getrennt.',
        'Das gab der Zweitligist am Sonntagabend bekannt.',
      ],
      'de',
    );
    expect(r.attributions[0]).toMatchObject({
      source: 'der Zweitligist',
      resolved: 'FC Talberg',
      type: 'organization',
    });
  });
});

describe('lone names after a noun of saying', () => {
  it('count where the text names those people, before or after, and not otherwise', () => {
    const r = analyzeText(
      [
        'Neue Leiterin für das Talberger Tierheim',
        'Glückwünsche von Kahl, Brandik und Lenik-Roth',
        'Landrat Tom Kahl, Bürgermeisterin Anna Brandik und Stadträtin Lea Lenik-Roth kamen zur Feier.',
        'Lob von Talbex',
      ],
      'de',
    );
    const wishes = r.attributions.filter((a) => a.sentenceIndex === 1);
    expect(wishes.map((a) => [a.source, a.named])).toEqual([
      ['Kahl', true],
      ['Brandik', true],
      ['Lenik-Roth', true],
    ]);
    // (the roles named later type them)
    expect(wishes[0]!.type).toBe('government');
    expect(r.attributions.filter((a) => a.sentenceIndex === 3)).toEqual([]);
  });
});

describe('a list of subjects', () => {
  it('gives each member set off by commas before the last two a row of its own, in its order', () => {
    const r = analyzeText(
      ['Die Polizei, die Feuerwehr und das Technische Hilfswerk teilten mit, die Lage sei ruhig.'],
      'de',
    );
    expect(r.attributions.map((a) => [a.source, a.type])).toEqual([
      ['Die Polizei', 'security'],
      ['die Feuerwehr', 'government'],
      ['das Technische Hilfswerk', expect.any(String)],
    ]);
    // (not a phrase that does not open the sentence: an adverbial set off by a comma is no member)
    const other = analyzeText(['Nach der Sitzung, die bis zum Abend dauerte, sagten Kahl und Roth nichts.'], 'de');
    expect(other.attributions.map((a) => a.source)).not.toContain('der Sitzung');
  });
});

describe('ein Büro oder Team nach einem Possessiv', () => {
  it('spricht für den, auf den das Possessiv zeigt', () => {
    const r = analyzeText(
      ['Die Landtagsabgeordnete Lea Roth (SPD) lehnt den Plan ab.', 'Ihr Büro teilte mit, sie werde dagegen stimmen.'],
      'de',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({
      source: 'Ihr Büro',
      type: 'politician',
      named: true,
    });
  });
});

describe('ein Zitat als Überschrift und der Vorspann „X über Y“', () => {
  it('gibt das Zitat der Person, die der Vorspann nennt (nicht ohne Person, nicht ohne „über“)', () => {
    const r = analyzeText(
      ['„Ohne Ehrenamt geht hier nichts“', 'Vereinschefin Lea Roth über volle Hallen und leere Kassen.'],
      'de',
    );
    expect(r.attributions).toMatchObject([{ sentenceIndex: 0, kind: 'quote', source: 'Vereinschefin Lea Roth' }]);
    const none = analyzeText(['„Ohne Ehrenamt geht hier nichts“', 'Volle Hallen und leere Kassen.'], 'de');
    expect(none.attributions.filter((a) => a.sentenceIndex === 0 && a.source)).toEqual([]);
  });
});

describe('ein Nachname vor dem Objekt eines Verbs mit Partikel', () => {
  it('ist die Person, die der Text genannt hat, nicht ein Name aus Nachname und Objekt', () => {
    const r = analyzeText(
      [
        'Die Ministerin Anna Berger stellte sich den Fragen.',
        'Im Interview räumte Berger Versäumnisse ein.',
        'Zuvor war Tom Kahl im Ausschuss.',
        'Am Abend kündigte Kahl Widerstand an.',
      ],
      'de',
    );
    expect(r.attributions.map((a) => [a.source, a.resolved])).toEqual([
      ['Berger', 'Anna Berger'],
      ['Kahl', 'Tom Kahl'],
    ]);
    // (so is one before whom it was said to: "sagte Kahl Journalisten")
    const told = analyzeText(['Tom Kahl ist seit 2019 Landrat.', 'Das sagte Kahl Journalisten in Talberg.'], 'de');
    expect(told.attributions.map((a) => [a.source, a.resolved])).toEqual([['Kahl', 'Tom Kahl']]);
  });
});

describe('ein Name nach einem Nomen für eine Firma oder ein Medium auf -er', () => {
  it('ist der Name einer Stelle, keiner Person, auf die „der Trainer“ zeigen könnte', () => {
    const r = analyzeText(['Das sagte der Trainer dem Sender Talbo TV.'], 'de');
    expect(r.attributions).toMatchObject([{ source: 'der Trainer', resolved: null, type: 'person' }]);
  });
});

describe('ein Nomen der Herkunft mit bestimmtem Artikel', () => {
  it('zeigt wie ein Alter auf die Person zurück, die zuletzt genannt wurde, im Geschlecht seines Artikels', () => {
    const r = analyzeText(
      [
        'Max Berger gewann das Rennen in Talberg.',
        '„Das war mein bester Tag“, sagte der Österreicher.',
        'Lea Roth wurde Zweite.',
        '„Ich bin zufrieden“, sagte die Schweizerin.',
        'Die Österreicher sagten, es sei ein großer Tag.',
      ],
      'de',
    );
    expect(r.attributions.map((a) => [a.source, a.resolved])).toEqual([
      ['der Österreicher', 'Max Berger'],
      ['die Schweizerin', 'Lea Roth'],
      // (a plural is several people, nobody named before)
      ['Die Österreicher', null],
    ]);
  });
});

describe("a country's adjective", () => {
  const g = grammarFor('de')!;
  const lex = lexiconFor('de')!;
  it('is the adjective of a people the lexicon names, in any case', () => {
    for (const w of ['ukrainischen', 'Französischen', 'deutschen', 'palästinensische', 'russischer'])
      expect(g.isPeopleAdjective!(w, lex), w).toBe(true);
  });
  it('is no other adjective in -isch, nor one of a stem too short to tell', () => {
    for (const w of ['politischen', 'militärischen', 'technischen', 'statistischen', 'irischen', 'offiziellen'])
      expect(g.isPeopleAdjective!(w, lex), w).toBe(false);
  });
  it('names no source before "Angaben" where it is no country\'s', () => {
    const r = analyzeText(['Nach technischen Angaben wiegt das neue Gerät drei Kilo.'], 'de');
    expect(r.attributions.filter((a) => a.kind === 'according_to')).toEqual([]);
  });
});

describe("a role's masculine form before a woman's given name", () => {
  it('is said of her: a feminine pronoun or noun of age later points to her', () => {
    const r = analyzeText(
      [
        'Kapitän Lea May sagte nach dem Spiel, man stehe hinter dem Trainer.',
        'Sie habe alles gegeben, betonte die 28-Jährige.',
      ],
      'de',
    );
    expect(r.attributions[1]).toMatchObject({ source: 'die 28-Jährige', resolved: 'Lea May' });
  });
  it('is not where the noun has one gender only', () => {
    const c = grammarFor('de')!.classify('Feuerwehrmann Tom Kahl', lexiconFor('de')!);
    expect(c.gender).toBe('m');
  });
});

describe('a verb of saying inside what a tail speaker said', () => {
  const rows = (sentences: string[]) => analyzeText(sentences, 'de').attributions.map((a) => [a.cue, a.source]);
  it('is no row of its own where its pronoun may mean that speaker', () => {
    expect(rows(['Tom Kahl kam spät.', 'Er fordere eine Einigung bis Ende Januar, sagte er.'])).toEqual([
      ['sagte', 'er'],
    ]);
    expect(rows(['Bürgermeister Talbert mahnte zur Eile.', 'Er erwarte eine Einigung, sagte Kahl.'])).toEqual([
      ['mahnte', 'Bürgermeister Talbert'],
      ['sagte', 'Kahl'],
    ]);
  });
  it('stays where the pronoun cannot mean the speaker', () => {
    expect(rows(['Anna Berger kam spät.', 'Sie fordere eine Einigung, sagte Tom Kahl.'])).toEqual([
      ['fordere', 'Sie'],
      ['sagte', 'Tom Kahl'],
    ]);
  });
});

describe('a clause that leaves the verb of saying out', () => {
  const rows = (sentence: string) => analyzeText([sentence], 'de').attributions.map((a) => [a.cue, a.source]);
  it('has a second speaker of the same verb', () => {
    expect(rows('Die Anklage forderte vier Jahre Haft, die Verteidigung einen Freispruch.')).toEqual([
      ['forderte', 'Die Anklage'],
      ['forderte', 'die Verteidigung'],
    ]);
    expect(
      rows('Die Staatsanwaltschaft hatte drei Jahre gefordert, die Verteidigung auf Freispruch plädiert.'),
    ).toEqual([
      ['gefordert', 'Die Staatsanwaltschaft'],
      ['gefordert', 'die Verteidigung'],
    ]);
  });
  it('is no relative clause, nor an apposition of one phrase', () => {
    expect(rows('Die Anklägerin forderte drei Jahre, die er absitzen soll.')).toHaveLength(1);
    expect(rows('Die Ministerin lobte den Plan, die Grundlage einer Reform.')).toHaveLength(1);
  });
});

describe('ein Zulieferer vor einem Namen', () => {
  it('ist eine Firma, auf die „das Unternehmen“ später zeigt', () => {
    const r = analyzeText(
      ['Der Autozulieferer Talbex streicht 2000 Stellen.', 'Das teilte das Unternehmen mit.'],
      'de',
    );
    expect(r.attributions[0]?.resolved).toMatch(/Talbex$/);
  });
});

describe('eine Nachrichtenagentur, die der Text nennt', () => {
  it('ist nicht die Stelle, für die eine Rolle ohne Namen einer Stelle spricht', () => {
    const r = analyzeText(
      ['Nach dpa-Informationen hat der Spieler unterschrieben.', 'Ein Sprecher sagte, man äußere sich nicht.'],
      'de',
    );
    expect(r.attributions[1]).toMatchObject({ source: 'Ein Sprecher' });
    expect(r.attributions[1]?.type).not.toBe('agency');
  });
});

describe('ein Amt, das mehrere Wörter nennen', () => {
  const resolved = (sentences: string[]) =>
    analyzeText(sentences, 'de').attributions.map((a) => [a.source, a.resolved ?? null]);
  it('zeigt vom zweiten Wort auf die Person, die der Text mit dem ersten einführte', () => {
    expect(
      resolved([
        '„Das ist ein Fehler“, sagte der Fraktionschef der Grünen, Jan Brandik.',
        'Oberbürgermeister Tom Kahl verteidigte das Projekt.',
        'Das Bad gehöre zur Grundversorgung, betonte der Rathauschef.',
      ]).at(-1),
    ).toEqual(['der Rathauschef', 'Tom Kahl']);
    expect(
      resolved([
        'Konzernchefin Anna Berger kündigte Einschnitte an.',
        'Man müsse sparen, sagte die Vorstandsvorsitzende.',
      ]).at(-1),
    ).toEqual(['die Vorstandsvorsitzende', 'Anna Berger']);
    expect(
      resolved(['Cheftrainer Tom Kahl stellte die Elf um.', 'Das sei nötig gewesen, sagte der Coach.']).at(-1),
    ).toEqual(['der Coach', 'Tom Kahl']);
  });
  it('ist nicht eine andere Rolle mit demselben Grundwort', () => {
    expect(
      resolved([
        '„Das ist ein Fehler“, sagte der Fraktionschef der Grünen, Jan Brandik.',
        'Das Bad gehöre zur Grundversorgung, betonte der Rathauschef.',
      ]).at(-1),
    ).toEqual(['der Rathauschef', null]);
  });
});

describe('eine Schätzung ohne Quelle in einem Satz, der eine Quelle nennt', () => {
  it('ist die der Quelle, nicht aus zweiter Hand', () => {
    const rows = analyzeText(
      ['Die Preise stiegen, wie das Amt nach einer ersten Schätzung mitteilte.'],
      'de',
    ).attributions;
    expect(rows.map((a) => [a.kind, a.source])).toEqual([['reported', 'das Amt']]);
  });
  it('ist ohne Quelle im Satz aus zweiter Hand', () => {
    const rows = analyzeText(['Nach einer ersten Schätzung stiegen die Preise um drei Prozent.'], 'de').attributions;
    expect(rows.map((a) => a.kind)).toEqual(['reportative']);
  });
});

describe('ein Passiv mit einer zweiten Verbgruppe nach „und“', () => {
  it('nimmt nicht deren Urheber', () => {
    const rows = analyzeText(['Der Plan wurde verkündet und wird von Gewerkschaften begrüßt.'], 'de').attributions;
    expect(rows.map((a) => [a.cue, a.source])).toEqual([
      ['wurde … verkündet', null],
      ['begrüßt', 'Gewerkschaften'],
    ]);
  });
});

describe('ein Nachname zweier Personen', () => {
  it('ist der, den der Text zuletzt nannte', () => {
    const r = analyzeText(
      [
        'Kanzlerin Anna Berger äußerte sich zuversichtlich.',
        'Der Präsident des Talberger Instituts, Max Berger, warnt vor Kürzungen.',
        'Das würde das Wachstum bremsen, so Berger.',
      ],
      'de',
    );
    expect(r.attributions.at(-1)).toMatchObject({ source: 'Berger', resolved: 'Max Berger', type: 'expert' });
  });
});

describe('eine Partei in Klammern nach dem Namen einer Person', () => {
  const rows = (sentences: string[]) => analyzeText(sentences, 'de').attributions;
  it('ist nicht die Kurzform des Amts davor', () => {
    const r = rows(['Finanzminister Tom Kahl (CDU) pocht auf Einsparungen.', 'Die CDU kritisierte die Pläne.']);
    expect(r.at(-1)).toMatchObject({ source: 'Die CDU', type: 'politician' });
  });
  it('lässt „die CDU-Politikerin“ auf die zuletzt genannte Frau zeigen', () => {
    const r = rows([
      'Finanzminister Tom Kahl (CDU) pocht auf Einsparungen.',
      'Kanzlerin Anna Berger äußerte sich zuversichtlich.',
      'Sie sei sicher, sagte die CDU-Politikerin.',
    ]);
    expect(r.at(-1)).toMatchObject({ source: 'die CDU-Politikerin', resolved: 'Anna Berger' });
  });
  it('lässt die Kurzform einer Stelle stehen', () => {
    const r = rows(['Der Talberger Landesdienst (TLD) warnt vor Glätte.', 'Die TLD erklärte, die Lage sei ernst.']);
    expect(r.at(-1)).toMatchObject({ source: 'Die TLD', type: 'organization' });
  });
});

describe('eine Gruppe, die in einem Einschub einige nennt', () => {
  const rows = (sentence: string) => analyzeText([sentence], 'de').attributions.map((a) => [a.source, a.type, a.named]);
  it('hat die Genannten als weitere Quellen', () => {
    expect(rows('Mehrere Minister, darunter auch Finanzminister Tom Kahl, kritisierten den Plan.')).toEqual([
      ['Mehrere Minister', 'government', false],
      ['Finanzminister Tom Kahl', 'government', true],
    ]);
    expect(rows('Mehrere Abgeordnete, unter ihnen Tom Kahl und Lea Roth, verlangten Auskunft.')).toEqual([
      ['Mehrere Abgeordnete', 'politician', false],
      ['Tom Kahl', 'politician', true],
      ['Lea Roth', 'politician', true],
    ]);
  });
  it('hat keine weiteren ohne Namen', () => {
    expect(rows('Mehrere Anwohner, darunter zwei Landwirte, lobten die Helfer.')).toHaveLength(1);
  });
});

describe('ein Name, den nur die Überschrift schon nannte', () => {
  it('ist der Körper, auf den „das Unternehmen“ im Satz zeigt, den er eröffnet', () => {
    const r = analyzeText(
      ['Talbex streicht 1500 Stellen', 'Talbex will rund 1500 Stellen abbauen, wie das Unternehmen mitteilte.'],
      'de',
    );
    expect(r.attributions[0]).toMatchObject({ source: 'das Unternehmen', resolved: 'Talbex', type: 'company' });
  });
});

describe('ein Beispiel einer Gruppe, die spricht', () => {
  const rows = (sentence: string) => analyzeText([sentence], 'de').attributions.map((a) => [a.source, a.type, a.named]);
  it('spricht mit ihr, nach „wie“ und nach „etwa“', () => {
    expect(rows('Ökonomen wie Max Berger vom Talberger Institut warnen vor Kürzungen.')).toEqual([
      ['Ökonomen', 'expert', false],
      ['Max Berger vom Talberger Institut', 'expert', true],
    ]);
    expect(rows('Mehrere Verbände, etwa der Talberger Mieterbund, kritisierten die Pläne.')).toEqual([
      ['Mehrere Verbände', 'organization', false],
      ['der Talberger Mieterbund', 'organization', true],
    ]);
  });
  it('ist kein Vergleich einer Person', () => {
    expect(rows('Ein Mann wie Tom Kahl fordert mehr Geld.')).toEqual([]);
  });
});

describe('eine Person nach ihrem Alter', () => {
  it('ist niemand, den der Satz erst nach ihr nennt', () => {
    const r = analyzeText(
      [
        'Vor Gericht hat der Angeklagte am Dienstag ein Teilgeständnis abgelegt.',
        'Er habe den Unfall nicht gewollt, ließ der 41-Jährige über seinen Anwalt Max Berger erklären.',
      ],
      'de',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({
      source: 'der 41-Jährige',
      resolved: null,
    });
  });
  it('ist die Person, die der Text vor dem Satz nannte', () => {
    const r = analyzeText(
      [
        'Tom Kahl ist seit 20 Jahren Bäcker in Talberg.',
        'Das Geschäft laufe gut, sagte der 52-Jährige im Gespräch mit Anna Berger vom Gewerbeverein.',
      ],
      'de',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({
      source: 'der 52-Jährige',
      resolved: 'Tom Kahl',
    });
  });
});

describe('zwei Namen nach dem Verb', () => {
  it('sind Subjekt und Objekt, wenn der Text den ersten allein schon als Person kennt', () => {
    const r = analyzeText(
      ['Kahl kritisierte die Opposition.', 'Deshalb lehnt Kahl Berger ab: Sie sei für das Amt zu unerfahren.'],
      'de',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({ source: 'Kahl' });
  });
});

describe('ein Interview mit „Frage:“ und „Antwort:“', () => {
  it('gibt jede Antwort der Person, die der Text vor der ersten Frage nannte', () => {
    const r = analyzeText(
      [
        'Anna Berger kandidiert als Bürgermeisterin von Talberg. Wir haben mit ihr gesprochen.',
        'Frage: Warum kandidieren Sie?',
        'Antwort: Weil niemand den Menschen im Viertel zuhört.',
        'Frage: Was machen Sie zuerst?',
        'Antwort: Die Aufzüge reparieren lassen.',
      ],
      'de',
    );
    expect(r.attributions.map((a) => [a.sentenceIndex, a.source])).toEqual([
      [3, 'Anna Berger'],
      [5, 'Anna Berger'],
    ]);
  });
  it('gibt eine Antwort ohne Frage davor niemandem', () => {
    const r = analyzeText(['Anna Berger kandidiert als Bürgermeisterin.', 'Antwort: Das bleibt offen.'], 'de');
    expect(r.attributions).toEqual([]);
  });
});

describe('ein Echo: Worte, die der Text schon einmal zitiert hat', () => {
  const blocks = [
    'Der Minister nannte den Plan „völlig unausgegoren“.',
    'Die Opposition stört sich weniger an dem „unausgegoren“ als an den Kosten.',
    '„Wir schaffen das nicht allein“, sagte die Bürgermeisterin.',
    'Ihr „nicht allein“ war an das Land gerichtet.',
  ];
  it('sind kein neues Zitat des Sprechers davor', () => {
    const r = analyzeText(blocks, 'de');
    expect(r.attributions.map((a) => [a.sentenceIndex, a.source])).toEqual([
      [0, 'Der Minister'],
      [2, 'die Bürgermeisterin'],
    ]);
  });
  it('doch neue Worte in Anführungszeichen gehen an den Sprecher davor', () => {
    const r = analyzeText([blocks[2]!, 'Ihr „ganz allein“ war an das Land gerichtet.'], 'de');
    expect(r.attributions.map((a) => [a.sentenceIndex, a.source])).toEqual([
      [0, 'die Bürgermeisterin'],
      [1, 'die Bürgermeisterin'],
    ]);
  });
});

describe('der Genitiv nach einem Superlativ', () => {
  const classify = (m: string) => grammarFor('de')!.classify(m, lexiconFor('de')!);
  it('nennt den Bereich, keine Zeitung: „die beste Band der Welt“', () => {
    expect(classify('die beste Band der Welt').type).not.toBe('media');
    expect(classify('die Talberger Vier, die älteste Gruppe der Welt').type).not.toBe('media');
    expect(classify('die größte Gruppe der Welt').type).not.toBe('media');
  });
  it('doch ein Titel in Anführungszeichen und ein Genitiv ohne Superlativ bleiben die Zeitung', () => {
    expect(classify('der beste Reporter der „Welt“').type).toBe('media');
    expect(classify('ein Reporter der Welt').type).toBe('media');
  });
});

describe('„das Team“ ohne Besitzer', () => {
  it('ist das Team der zuletzt genannten Einrichtung', () => {
    const r = analyzeText(
      [
        'Die Universität Talberg hat eine Studie zum Schlaf veröffentlicht.',
        'Das Team fand heraus, dass der Effekt bei Älteren stärker ist.',
      ],
      'de',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({ source: 'Das Team', type: 'expert' });
  });
  it('auch wenn die Einrichtung nur im Genitiv einer Studie steht', () => {
    const r = analyzeText(
      [
        'Eine Studie der Universität Talberg zeigt, dass Kaffeetrinker schlechter schlafen.',
        'Das Team fand außerdem heraus, dass der Effekt bei Älteren stärker ist.',
      ],
      'de',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({ source: 'Das Team', type: 'expert' });
  });
});

describe('eine Frage an „Sie“ oder „du“ im Konjunktiv', () => {
  it('fragt, was jemand täte, und gibt niemanden wieder', () => {
    const r = analyzeText(
      ['„Das ist gut“, sagte Roth.', 'Was würden Sie als Erstes ändern?', 'Würdest du das wieder tun?'],
      'de',
    );
    expect(r.attributions.map((a) => a.sentenceIndex)).toEqual([0]);
  });
  it('doch eine Frage in indirekter Rede bleibt eine', () => {
    const r = analyzeText(['„Das ist gut“, sagte Roth.', 'Ob das sinnvoll sei?'], 'de');
    expect(r.attributions.map((a) => [a.sentenceIndex, a.kind])).toEqual([
      [0, 'quote'],
      [1, 'reportative'],
    ]);
  });
});

describe('die Körperschaft, der eine Gruppe am Satzanfang angehört', () => {
  it('ist die, für die ein späteres „das Team“ spricht', () => {
    const r = analyzeText(
      [
        'Forscher der Universität Talberg haben 1200 Erwachsene über fünf Jahre begleitet.',
        'Wer täglich Saft trank, hatte ein geringeres Risiko, fand das Team heraus.',
      ],
      'de',
    );
    expect(r.attributions).toMatchObject([{ sentenceIndex: 1, source: 'das Team', type: 'expert' }]);
  });
});

describe('ein Name, dessen Aktie, Aktionäre oder Beteiligung der Text nennt', () => {
  it.each([
    ['Die Talbex-Aktie legte um fünf Prozent zu.'],
    ['Brandik hat eine Beteiligung an Talbex erworben.'],
    ['Die Talbex-Aktionäre stimmen im Mai ab.'],
  ])('ist ein Unternehmen, wenn er später spricht (%s)', (first) => {
    const r = analyzeText([first, 'Talbex teilte mit, die Nachfrage sei stark.'], 'de');
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({ source: 'Talbex', type: 'company' });
  });
  it('nicht aber, wer Aktien hält', () => {
    const r = analyzeText(['Anna Berger hält Aktien von Talbex.', 'Berger sagte, sie sei zufrieden.'], 'de');
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({ type: 'person' });
  });
});

describe('„des Hauses“ nach einer Körperschaft, die einen Satz eröffnet, ohne zu sprechen', () => {
  it.each([
    ['Das Talberger Stadttheater muss seine Premiere verschieben.', 'organization'],
    ['Das Bundesministerium für Gesundheit prüft den Vorschlag.', 'government'],
  ])('ist diese Körperschaft: ein Sprecher des Hauses spricht für sie (%s)', (first, type) => {
    const r = analyzeText([first, 'Ein Sprecher des Hauses sagte, man sei offen für Gespräche.'], 'de');
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({ type });
  });
});

describe('ein Mensch, den der Text nur mit bestimmtem Artikel und einem Nomen nennt', () => {
  it.each([
    [['Ein Lkw-Fahrer, der im Stau stand, schilderte die Szenen.', '„So etwas habe ich nie gesehen“, sagte der Mann.']],
    [['Eine Anwohnerin sagte, sie habe sofort angerufen.', '„Es ging alles sehr schnell“, sagte die Frau.']],
  ])('ist nach einem Ungenannten, der spricht, dieser und ungenannt (%j)', (sentences) => {
    const r = analyzeText(sentences, 'de');
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({ type: 'person', named: false });
  });
  it('nach einem genannten Menschen aber dieser', () => {
    const r = analyzeText(['Tom Kahl hatte den Rauch bemerkt.', '„Ich habe sofort angerufen“, sagte der Mann.'], 'de');
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({ resolved: 'Tom Kahl', named: true });
  });
  it('und nach einer Ungenannten anderen Geschlechts nicht', () => {
    const r = analyzeText(
      ['Eine Anwohnerin sagte, sie habe sofort angerufen.', '„Wir kommen wieder“, sagte der Mann.'],
      'de',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({ named: true });
  });
});

describe('eine Gruppe, die niemand nennt und die einen Satz eröffnet, ohne zu sprechen', () => {
  it('ist, worauf ein späteres „sie“ zeigt', () => {
    const r = analyzeText(
      ['Forscher der Universität Talberg haben das Verfahren getestet.', 'Sie fanden heraus, dass es funktioniert.'],
      'de',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({
      resolved: 'Forscher der Universität Talberg',
      type: 'expert',
      named: false,
    });
  });
});

describe('ein Partizip als Attribut nach einer Zahl', () => {
  it('ist kein Verb des Sagens: „42 bestätigte Fälle“ spricht nicht', () => {
    const r = analyzeText(['Das Gesundheitsamt meldete 12.000 bestätigte Fälle seit Januar.'], 'de');
    expect(r.attributions.map((a) => a.source)).toEqual(['Das Gesundheitsamt']);
  });
});

describe('eine Gruppe, die niemand nennt', () => {
  it('ist, worauf „sie“ mit einem Verb im Plural zeigt, kein „er“', () => {
    const r = analyzeText(
      ['Tom Kahl ist skeptisch.', 'Viele halten den Plan jedoch für verfehlt.', 'Er sagte, es sei zu spät.'],
      'de',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 2)).toMatchObject({ resolved: 'Tom Kahl', named: true });
    const p = analyzeText(
      ['Tom Kahl ist skeptisch.', 'Viele halten den Plan jedoch für verfehlt.', 'Sie sagten, es sei zu spät.'],
      'de',
    );
    expect(p.attributions.find((a) => a.sentenceIndex === 2)).toMatchObject({ resolved: 'Viele', named: false });
  });
});

describe('ein Pronomen im Satzteil eines Namens, den der Satz erst nennt', () => {
  it('zeigt auf die Person davor, nicht auf den Namen seines Satzteils', () => {
    const r = analyzeText(
      [
        'Nach dem Hochwasser hat Bürgermeisterin Lea Roth (SPD) schnelle Hilfe zugesagt.',
        'Gegenüber dem Sender Talbo TV sagte sie, die Stadt stelle eine Million Euro bereit.',
      ],
      'de',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({
      source: 'sie',
      resolved: 'Lea Roth',
      type: 'government',
    });
  });
});

describe('eine Rolle auf -erer und ihre weibliche Form auf -erin', () => {
  it('haben ein Geschlecht, und die Rolle allein zeigt auf die Person davor', () => {
    const lex = lexiconFor('de')!;
    const g = grammarFor('de')!;
    expect(g.classify('der Herausforderer', lex)).toMatchObject({ gender: 'm' });
    expect(g.classify('die Herausforderin', lex)).toMatchObject({ gender: 'f' });
    const r = analyzeText(
      [
        'Amtsinhaber Tom Kahl (CDU) kündigte an, erneut anzutreten.',
        'SPD-Spitzenkandidat Max Berger reagierte gelassen.',
        '„Wir freuen uns auf den Wahlkampf“, sagte der Herausforderer.',
      ],
      'de',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 2)).toMatchObject({
      resolved: 'Max Berger',
      type: 'politician',
    });
  });
});

describe('jemand aus der Belegschaft, den niemand nennt', () => {
  it('gehört zu dem, den der Text zuletzt nannte', () => {
    const r = analyzeText(
      [
        'Die Talbex AG streicht 1200 Stellen, wie der Konzern mitteilte.',
        'Zwei Mitarbeiter sagten, ganze Teams seien aufgelöst worden.',
      ],
      'de',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({ type: 'company', named: false });
  });
});

describe('eine Überschrift, die nur ein Zitat ist', () => {
  it('ist das Zitat dessen, den der Satz danach sprechen lässt', () => {
    const r = analyzeText(
      ['„Wir brauchen mehr Personal“', 'Pflegedienstleiterin Anna Berger fordert mehr Stellen für das Klinikum.'],
      'de',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 0)).toMatchObject({
      kind: 'quote',
      source: 'Pflegedienstleiterin Anna Berger',
    });
    // (nicht ohne einen Sprecher im Satz danach)
    const n = analyzeText(['„Wir brauchen mehr Personal“', 'Das Klinikum sucht dringend Pflegekräfte.'], 'de');
    expect(n.attributions).toEqual([]);
  });
});

describe('eine Zwischenzeile „Name: Name Verb …“', () => {
  const intro = [
    'Die Sängerin Lea Roth und der Minister Tom Kahl trafen sich in Talberg.',
    '„Das war gut“, sagte Kahl.',
  ];
  it('ist kein Zitat des ersten, wenn der zweite schon sprach oder ein Verb des Sagens folgt', () => {
    const r = analyzeText([...intro, 'Roth: Kahl plant weitere Treffen'], 'de');
    expect(r.attributions.filter((a) => a.sentenceIndex === 2)).toEqual([]);
    const v = analyzeText([...intro, 'Kahl: Roth fordert mehr Geld für die Bühne'], 'de');
    expect(v.attributions.filter((a) => a.sentenceIndex === 2).map((a) => a.source)).toEqual(['Roth']);
  });
  it('bleibt das Wort des ersten über einen, der nicht sprach', () => {
    const r = analyzeText([...intro, 'Kahl: Roth muss jetzt mutig sein'], 'de');
    expect(r.attributions.find((a) => a.sentenceIndex === 2)).toMatchObject({ cue: 'Kahl:', resolved: 'Tom Kahl' });
  });
});

describe('ein englischer Name einer Institution im deutschen Text', () => {
  const de = lexiconFor('de')!;
  it.each([
    ['die Talbury Water Authority', 'government'],
    ['die Talbury Foundation', 'organization'],
    ['die University of Talbury', 'expert'],
    ['der Talbury Court', 'justice'],
    ['die Talbury Police', 'security'],
    ['Talbo TV', 'media'],
    ['die Federal Mint', 'government'],
  ])('%s ist %s, kein Mensch', (mention, type) => {
    expect(grammarFor('de')!.classify(mention, de)).toMatchObject({ type, named: true });
  });
  it('nur als eigenes Wort mit Großbuchstaben, nie am Ende eines Kompositums', () => {
    expect(grammarFor('de')!.classify('das Homeoffice', de).type).not.toBe('government');
    expect(grammarFor('de')!.classify('der Kundenservice', de).type).not.toBe('government');
    expect(grammarFor('de')!.classify('Anna Berger', de).type).toBe('person');
  });
});

describe('die Autorinnen und Autoren einer Studie', () => {
  it('sind ihre Forschenden, in beiden Geschlechtern genannt', () => {
    const r = analyzeText(
      [
        'Das geht aus einer Studie der Universität Talberg hervor.',
        'Die Autorinnen und Autoren empfehlen, Handys am Abend wegzulegen.',
      ],
      'de',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({ type: 'expert', named: false });
  });
});

describe('das Ende eines Interviews ohne Schlusszeile', () => {
  it('ist ein Absatz nach einer Antwort, der eine eigene Quelle nennt: der Bericht geht weiter', () => {
    const r = analyzeText(
      [
        'Die Bauministerin Lea Roth will den Wohnungsbau ankurbeln.',
        'Frau Roth, warum wird so wenig gebaut?',
        'Roth: Die Zinsen sind gestiegen. Viele Bauherren warten ab.',
        'Der Eigentümerverband hält die Pläne dagegen für unzureichend. Die Opposition wirft der Ministerin Untätigkeit vor.',
      ],
      'de',
    );
    const last = r.attributions.filter((a) => a.sentenceIndex >= 4);
    expect(last.map((a) => a.source)).toEqual(['Der Eigentümerverband', 'Die Opposition']);
    // (ein Absatz ohne eigene Quelle nach der Antwort bleibt ihre Fortsetzung)
    const c = analyzeText(
      [
        'Die Bauministerin Lea Roth will den Wohnungsbau ankurbeln.',
        'Frau Roth, warum wird so wenig gebaut?',
        'Roth: Die Zinsen sind gestiegen.',
        'Viele Bauherren warten deshalb ab.',
      ],
      'de',
    );
    expect(c.attributions.find((a) => a.sentenceIndex === 3)).toMatchObject({ resolved: 'Lea Roth' });
  });
});

describe('eine Rolle einer Körperschaft, die der Text zuvor mit Namen nannte', () => {
  it('ist von deren Art: „der Präsident der Kammer“ nach „die Apothekerkammer“', () => {
    const r = analyzeText(
      ['Die Apothekerkammer Talberg lehnt die Reform ab. Der Präsident der Kammer sagte, sie gefährde Landapotheken.'],
      'de',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({
      source: 'Der Präsident der Kammer',
      type: 'organization',
    });
    // (ohne eine solche Kammer zuvor bleibt die Kammer eines Gerichts)
    const c = analyzeText(['Der Vorsitzende der Kammer sagte, das Urteil falle im Mai.'], 'de');
    expect(c.attributions[0]).toMatchObject({ type: 'justice' });
    // (und ein Text der Kammer bleibt ein Dokument)
    const d = analyzeText(
      ['Die Apothekerkammer Talberg lehnt die Reform ab. Eine Umfrage der Kammer zeigt, dass viele schließen.'],
      'de',
    );
    expect(d.attributions.find((a) => a.sentenceIndex === 1)).toMatchObject({ type: 'document' });
  });
});

describe('eine ungenannte Person, mit einem Beruf oder einer Rolle jeder Art eingeführt', () => {
  it('ist, auf wen ein späteres „er“ zeigt, ungenannt: „Ein Polizist sagte … sagte er“', () => {
    const r = analyzeText(
      ['Tom Kahl sagte, das System sei am Ende. Ein Polizist sagte, alle seien erschöpft. „Es reicht“, sagte er.'],
      'de',
    );
    expect(r.attributions.find((a) => a.sentenceIndex === 2)).toMatchObject({
      resolved: 'Ein Polizist',
      type: 'security',
      named: false,
    });
  });
});

describe('eine Körperschaft, die nach einer Person heißt', () => {
  it('ist kein Mensch: „das Tom Kahl-Institut“ hat keinen Vornamen und kein Geschlecht', () => {
    const c = grammarFor('de')!.classify('des Tom Kahl-Instituts', lexiconFor('de')!);
    expect(c).toMatchObject({ type: 'expert', name: 'Tom Kahl-Instituts', institution: true });
    expect(c.gender).toBeUndefined();
    // (die Studie des Instituts zeigt auf keinen „Tom“)
    const r = analyzeText(['Laut einer Studie des Tom Kahl-Instituts starben 300 Menschen.'], 'de');
    expect(r.attributions[0]).toMatchObject({ type: 'document', resolved: null });
  });
});
