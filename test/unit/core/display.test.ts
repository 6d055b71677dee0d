// Display names: each source in its base form (nominative, no article), pronouns nobody was found
// for marked, one name per entity in an article. Sentences written by the team.
import { describe, expect, it } from 'vitest';
import { analyzeText, sourceKey } from '../../../src/core/index.js';
import { germanBaseForm } from '../../../src/core/lang/de/base-form.js';
import { englishBaseForm } from '../../../src/core/lang/en/base-form.js';
import { lexiconFor } from '../../../src/core/lang/index.js';

const de = lexiconFor('de')!;
const en = lexiconFor('en')!;

describe('German base form: article, adjective and noun endings undone', () => {
  it.each([
    // genitive: the head noun loses -s / -es / -ses, a weak noun -en
    ['des Umweltamts', 'Umweltamt'],
    ['des Hafenamtes', 'Hafenamt'],
    ['des Gutachtens', 'Gutachten'],
    ['des Verbandes', 'Verband'],
    ['des Zeugnisses', 'Zeugnis'],
    ['des Präsidenten', 'Präsident'],
    ['des Kollegen', 'Kollege'],
    ['des Kreisbrandmeisters Jonas Weber', 'Kreisbrandmeister Jonas Weber'],
    ['des Bundesinstituts für Wasserbau', 'Bundesinstitut für Wasserbau'],
    ['des zuständigen Oberbürgermeisters', 'zuständiger Oberbürgermeister'],
    ['des städtischen Klinikums', 'städtisches Klinikum'],
    ['des Weißen Hauses', 'Weißes Haus'],
    ['des Kieler Landgerichts', 'Kieler Landgericht'],
    // (a place a preposition governs inside an attribute is no head: it keeps its ending)
    ['des in Bremen ansässigen Bauträgers', 'in Bremen ansässiger Bauträger'],
    ['des BSI', 'BSI'],
    // dative and accusative
    ['einem internen Prüfbericht', 'interner Prüfbericht'],
    ['dem neuen Gutachten', 'neues Gutachten'],
    ['dem Präsidenten', 'Präsident'],
    ['den Anwohnern', 'Anwohner'],
    ['den Angaben', 'Angaben'],
    ['den neuen Sprecher', 'neuer Sprecher'],
    ['einer früheren Mitarbeiterin', 'frühere Mitarbeiterin'],
    ['einer internen Mail', 'interne Mail'],
    // feminine and plural after "der" / "die"
    ['der Deutschen Presse-Agentur', 'Deutsche Presse-Agentur'],
    ['der örtlichen Feuerwehr', 'örtliche Feuerwehr'],
    ['die örtlichen Behörden', 'örtliche Behörden'],
    // a capitalised word after a lower-case adjective is the noun, before a name too
    ['die regionalen Medien Talbury Kurier', 'regionale Medien Talbury Kurier'],
    ['der Feuerwehr', 'Feuerwehr'],
    // nominative: the strong form without article
    ['der neue Pressesprecher', 'neuer Pressesprecher'],
    ['das kommunale Rechenzentrum', 'kommunales Rechenzentrum'],
    ['die neue Dezernentin', 'neue Dezernentin'],
    ['ein internes Papier', 'internes Papier'],
    // no article: a lower-case adjective's ending tells the case
    ['städtischem Bauamt', 'städtisches Bauamt'],
    ['bisherigen Erkenntnissen', 'bisherige Erkenntnisse'],
    ['vorläufigen Zahlen', 'vorläufige Zahlen'],
    ['Örtlichen Behörden', 'Örtliche Behörden'],
    ['Jürgen Müller', 'Jürgen Müller'],
    // what follows the head stays as written; a name without article is left alone
    ['der Sprecher der Stadtwerke, Ole Brandt', 'Sprecher der Stadtwerke, Ole Brandt'],
    ['des Sprechers der Wasserschutzpolizei', 'Sprecher der Wasserschutzpolizei'],
    ['Helga Brandt', 'Helga Brandt'],
    ['Stadtwerke', 'Stadtwerke'],
    // a capitalised "-e" before a name is a noun
    ['der Politologe Jan Moritz', 'Politologe Jan Moritz'],
    // quotation marks around a bare name go
    ['dem „Lokalboten“', 'Lokalboten'],
    // a determiner that ends like an adjective is none
    ['Deren Sprecher Tom Kahl', 'Deren Sprecher Tom Kahl'],
    // a noun of people alone in the dative plural of "-er", "-el"; not a noun that ends so of itself
    ['Händlern', 'Händler'],
    ['Anwohnern', 'Anwohner'],
    ['Konzern', 'Konzern'],
    // an institution's name in English keeps its words: no German case
    ['des Office for Talbury Statistics', 'Office for Talbury Statistics'],
  ])('%s → %s', (mention, base) => {
    expect(germanBaseForm(mention, de)).toBe(base);
  });
});

describe('English base form', () => {
  it.each([
    ['the Harbour Authority', 'Harbour Authority'],
    ['a spokeswoman', 'spokeswoman'],
    ["Mayor Grant's", 'Mayor Grant'],
    ['the council’s', 'council’s'],
    ['It’s', 'It’s'],
    ['“The Gazette”', 'The Gazette'],
  ])('%s → %s', (mention, base) => {
    expect(englishBaseForm(mention, en)).toBe(base);
  });
});

describe('display names in an article', () => {
  it('gives inflected mentions their base form and groups them with the nominative ones', () => {
    const a = analyzeText(
      [
        'Das Umweltamt prüft die Messwerte. Nach Angaben des Umweltamts ist der Fluss sauber.',
        'Laut einem internen Prüfbericht fehlen Filter.',
      ],
      'de',
    ).attributions;
    const displays = a.map((x) => x.display);
    expect(displays).toContain('Umweltamt');
    expect(displays).toContain('interner Prüfbericht');
    expect(a.every((x) => !/^(?:des|dem|einem)\s/.test(x.display ?? ''))).toBe(true);
  });

  it('joins a surname, a name and a title with the fullest name of the same person', () => {
    const a = analyzeText(
      [
        '„Wir bauen weiter“, sagte Geschäftsführerin Helga Brandt am Montag.',
        'Helga Brandt sagte, die Kosten seien gestiegen.',
        'Brandt sagte außerdem, der Zeitplan halte.',
        'Frau Brandt betonte, das Netz sei sicher.',
      ],
      'de',
    ).attributions;
    expect(new Set(a.map((x) => x.display))).toEqual(new Set(['Geschäftsführerin Helga Brandt']));
    expect(new Set(a.map((x) => sourceKey(x))).size).toBe(1);
  });

  it('gives a person introduced in several ways one entry, named by role and name or by the name alone', () => {
    const a = analyzeText(
      [
        'Tom Kahl, chair of the Talbury Farmers Union, said prices would fall.',
        '"We are worried," said union chair Tom Kahl.',
        '"We will keep talking," the long-serving Talbury Farmers Union chair Tom Kahl added.',
        'Kahl said the talks would go on.',
      ],
      'en',
    ).attributions;
    expect(a.length).toBe(4);
    expect(new Set(a.map((x) => sourceKey(x))).size).toBe(1);
    expect(a[0]!.display).toBe('union chair Tom Kahl');
  });

  it('gives a person named before a preposition that says whose they are the entry of the name', () => {
    const de = analyzeText(
      [
        'Tom Kahl vom Vermögensverwalter Talbex sagte, die Zinsen würden sinken.',
        '„Das ist sicher“, sagte Kahl.',
        'Tom Kahl sagte später, man werde sehen.',
      ],
      'de',
    ).attributions;
    expect(de.map((x) => x.display)).toEqual(['Tom Kahl', 'Tom Kahl', 'Tom Kahl']);
    const en = analyzeText(
      ['Dana Reyes from the Talbury Housing Trust said rents would rise.', 'Dana Reyes added that "nobody is safe."'],
      'en',
    ).attributions;
    expect(en.map((x) => x.display)).toEqual(['Dana Reyes', 'Dana Reyes']);
  });

  it('gives a person named with a role and the body they are from one entry, the role and the name', () => {
    const de = analyzeText(
      [
        'Die Ökonomin Lea Roth vom Institut für Wirtschaftsforschung Talberg sagte, die Zahlen seien plausibel.',
        '„Das ist gefährlich“, sagte Roth.',
      ],
      'de',
    ).attributions;
    expect(de.map((x) => x.display)).toEqual(['Ökonomin Lea Roth', 'Ökonomin Lea Roth']);
    const en = analyzeText(
      ['Economist Dana Reyes of Talbury University said rents would rise.', '"Nobody is safe," Reyes said.'],
      'en',
    ).attributions;
    expect(en.map((x) => x.display)).toEqual(['Economist Dana Reyes', 'Economist Dana Reyes']);
  });

  it('gives a common noun capitalised only as it opens a headline one entry with the same in lower case', () => {
    const en = analyzeText(
      ['Police: man hurt in Talbury crash', 'A man was hurt in a crash on Monday, police said.'],
      'en',
    );
    expect(en.attributions.map((x) => x.display)).toEqual(['police', 'police']);
    const de = analyzeText(
      [
        'Viele halten den Plan jedoch für verfehlt.',
        'Sie und viele in Brandik rechnen damit, dass die Mieten steigen.',
      ],
      'de',
    );
    const shown = de.attributions.map((x) => x.display);
    expect(shown).toContain('viele');
    expect(shown).not.toContain('Viele');
  });

  it('gives a role or a body alone, as a headline writes it, the entry of the one named with it', () => {
    const de = analyzeText(
      ['Bürgermeisterin: „Wir lassen niemanden allein“', 'Bürgermeisterin Lea Roth (SPD) hat Hilfe zugesagt.'],
      'de',
    ).attributions;
    expect(de.map((x) => x.display)).toEqual(['Bürgermeisterin Lea Roth (SPD)', 'Bürgermeisterin Lea Roth (SPD)']);
    const en = analyzeText(
      ['Mayor: ‘We will rebuild’', 'Mayor Tom Kahl said the city would rebuild.'],
      'en',
    ).attributions;
    expect(en.map((x) => x.display)).toEqual(['Mayor Tom Kahl', 'Mayor Tom Kahl']);
    // (not where two of that role are named)
    const two = analyzeText(
      [
        'Bürgermeisterin: „Wir lassen niemanden allein“',
        'Bürgermeisterin Lea Roth hat Hilfe zugesagt.',
        'Bürgermeisterin Anna Berger sagte, man helfe gern.',
      ],
      'de',
    ).attributions;
    expect(two[0]!.display).toBe('Bürgermeisterin');
  });

  it('shows a person without a description set off before the name, or a possessive that opens the mention', () => {
    const en = analyzeText(
      ['Lea Roth, 17, died in the crash.', 'Her father, Tom Roth, said the family was devastated.'],
      'en',
    ).attributions;
    expect(en.map((x) => x.display)).toEqual(['Tom Roth']);
    const de = analyzeText(
      [
        'Eine Bürgerinitiative hatte gegen das Projekt mobilgemacht.',
        'Deren Sprecherin Lea Roth sagte, die Vernunft habe gesiegt.',
        '„Wir feiern heute“, sagte Roth.',
      ],
      'de',
    ).attributions;
    expect(de.map((x) => x.display)).toEqual(['Sprecherin Lea Roth', 'Sprecherin Lea Roth']);
  });

  it('shows a body named after a description set off by a comma by its name', () => {
    const [a] = analyzeText(
      ['Her management company, Talbex Live, confirmed that ticket holders would receive full refunds.'],
      'en',
    ).attributions;
    expect(a).toMatchObject({ source: 'Her management company, Talbex Live', display: 'Talbex Live' });
  });

  it('keeps two people of the same surname apart', () => {
    const a = analyzeText(
      [
        'Stadträtin Jana Keller sagte, der Haushalt sei knapp.',
        'Kämmerer Tom Keller sagte, es gebe Reserven.',
        'Keller sagte später, man werde sehen.',
      ],
      'de',
    ).attributions;
    const displays = new Set(a.map((x) => x.display));
    expect(displays.has('Stadträtin Jana Keller') && displays.has('Kämmerer Tom Keller')).toBe(true);
  });

  it('marks a pronoun that nobody named could be found for', () => {
    const [x] = analyzeText(['Er sagte, das Wasser sei sauber.'], 'de').attributions;
    expect(x?.unresolved).toBe(true);
  });

  it('does the same in English: no article, one name per person', () => {
    const a = analyzeText(
      [
        'Harbour master Paul Grant said the pier would reopen.',
        'Grant said repairs were on schedule, according to the Harbour Authority.',
      ],
      'en',
    ).attributions;
    const displays = new Set(a.map((x) => x.display));
    expect(displays.has('Harbour Authority')).toBe(true);
    expect([...displays].some((d) => d === 'Grant')).toBe(false);
  });
});

describe('how a type was found', () => {
  it('says whether the mention states it, the article tells it, or it is a default', () => {
    const a = analyzeText(
      [
        'Umweltministerin Karla Berg sagte, die Werte seien gut.',
        'Sie sagte außerdem, man werde weiter messen.',
        'Jonas Pieper sagte, er sei zufrieden.',
      ],
      'de',
    ).attributions;
    const by = (d: string) => a.filter((x) => x.display === d).map((x) => x.typeFrom);
    expect(by('Umweltministerin Karla Berg')).toEqual(['text', 'article']);
    expect(by('Jonas Pieper')).toEqual(['default']);
  });

  it('in English too', () => {
    const a = analyzeText(
      ['Maria Lopez said the bridge was safe.', 'The ministry said repairs would start.'],
      'en',
    ).attributions;
    expect(a.find((x) => x.display === 'Maria Lopez')?.typeFrom).toBe('default');
    expect(a.find((x) => x.type === 'government')?.typeFrom).toBe('text');
  });
});

describe('an office over party membership', () => {
  it('types a person introduced by party and then by office as government throughout', () => {
    const a = analyzeText(
      [
        'Die CDU-Politikerin Karla Berg sagte am Montag, der Haushalt sei solide.',
        'Umweltministerin Karla Berg erklärte später, die Werte seien gut.',
        'Berg sagte außerdem, man werde weiter messen.',
      ],
      'de',
    ).attributions;
    // (the first mention too: the minister speaks in office, whatever the mention calls her)
    expect(a.filter((x) => (x.resolved ?? x.source)?.includes('Berg')).map((x) => x.type)).toEqual([
      'government',
      'government',
      'government',
    ]);
  });
});

describe('short forms the text introduces', () => {
  it('type a later mention by the short form as the body the text named with it', () => {
    const a = analyzeText(
      [
        'Der Nachrichtendienst des Bundes (NDB) beobachtet die Lage seit Jahren.',
        'Eine NDB-Sprecherin sagte, man sehe keine Gefahr.',
        'Das Amt für Statistik (AFS) legte neue Zahlen vor. Laut AFS stieg die Zahl der Geburten.',
      ],
      'de',
    ).attributions;
    expect(a.map((x) => [x.source, x.type])).toEqual([
      ['Eine NDB-Sprecherin', 'security'],
      ['AFS', 'government'],
    ]);
  });

  it('in English too', () => {
    const a = analyzeText(
      ['The Harbour Safety Authority (HSA) inspected the pier.', 'An HSA spokeswoman said the pier was safe.'],
      'en',
    ).attributions;
    expect(a.map((x) => x.type)).toEqual(['government']);
  });
});

describe('what a pronoun points to', () => {
  it('passes over a capitalised sentence opener that nothing says is a person', () => {
    const [a] = analyzeText(
      [
        'Bürgermeisterin Anna Roth eröffnete am Montag die neue Brücke.',
        'Umso größer war die Freude bei der Feier.',
        'Sie sagte, die Stadt habe lange auf diesen Tag gewartet.',
      ],
      'de',
    ).attributions;
    expect(a).toMatchObject({ source: 'Sie', resolved: 'Anna Roth', type: 'government', named: true });
  });
  it('points to the person a title introduced, by the name without the title', () => {
    const [a] = analyzeText(
      ['Dr. Anna Roth eröffnete am Montag die Praxis.', 'Sie sagte, sie habe lange gewartet.'],
      'de',
    ).attributions;
    expect(a).toMatchObject({ source: 'Sie', resolved: 'Anna Roth' });
  });
});

describe('one display per person, introduced with a word of feeling before the name', () => {
  it('is the name, not the word ("Brave Lea Roth" is "Lea Roth"), and a role before a name stays', () => {
    const r = analyzeText(
      [
        'Brave Lea Roth says the insurer has not paid for the damage to her shop.',
        'Roth said the repairs would take months.',
        'Insurer spokesperson Tom Kahl said the claim was being checked.',
        'Kahl added that a decision was near.',
      ],
      'en',
    );
    expect(r.attributions.map((a) => a.display)).toEqual([
      'Lea Roth',
      'Lea Roth',
      'Insurer spokesperson Tom Kahl',
      'Insurer spokesperson Tom Kahl',
    ]);
    expect(r.attributions[1]).toMatchObject({ resolved: 'Lea Roth' });
  });
});

describe('a name set off after a role with a form of address', () => {
  it('is shown as the name: "The mayor, Dr Lea Roth" as "Lea Roth", in either language', () => {
    const en = analyzeText(['The mayor, Dr Lea Roth, said the road would reopen in May.'], 'en');
    expect(en.attributions[0]).toMatchObject({ source: 'The mayor, Dr Lea Roth', display: 'Lea Roth' });
    const de = analyzeText(['Der Bürgermeister, Dr. Tom Kahl, sagte, die Straße werde im Mai geöffnet.'], 'de');
    expect(de.attributions[0]).toMatchObject({ display: 'Tom Kahl' });
  });
});
