// The outlet's own source list (src/page/sources-box.ts) in the variants outlets write it: headings
// with and without a colon, lists, paragraphs and lines, inline labels, bare web addresses — and
// the credits that are not source lists. Pages the team wrote.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { analyze } from '../../../src/page/analyze.js';
import { splitItems } from '../../../src/page/sources-box.js';

const BODY = [
  'Die Stadt Beispielheim will den alten Güterbahnhof in ein Wohnviertel mit 800 Wohnungen umwandeln.',
  'Nach Angaben der Stadtverwaltung soll der Bau in drei Abschnitten erfolgen und 2031 abgeschlossen sein.',
  '„Das ist die größte Fläche, die wir in den nächsten Jahren entwickeln können“, sagte die Baudezernentin.',
  'Anwohner fürchten mehr Verkehr in den engen Straßen rund um den früheren Bahnhof.',
  'Ein Gutachten im Auftrag des Gemeinderats hält zwei neue Buslinien für nötig.',
  'Die Pläne werden ab kommender Woche im Rathaus öffentlich ausgelegt.',
]
  .map((t) => `<p>${t}</p>`)
  .join('');

function boxOf(after: string): string[] {
  const html = `<!doctype html><html lang="de"><head><title>Wohnen am Bahnhof</title><meta property="og:type" content="article"></head>
<body><article><h1>Aus dem Güterbahnhof wird ein Wohnviertel</h1><div class="text">${BODY}${after}</div></article></body></html>`;
  return analyze(parseHTML(html).document as unknown as Document, null).sourcesBox;
}

describe('sources list', () => {
  it.each([
    [
      'a heading "Verwendete Quellen" and a list',
      '<h3>Verwendete Quellen</h3><ul><li>Stadt Beispielheim</li><li>Gutachten „Mobilität 2030“</li></ul>',
      ['Stadt Beispielheim', 'Gutachten „Mobilität 2030“'],
    ],
    [
      '"Unsere Quellen:" with a colon and a list',
      '<p><strong>Unsere Quellen:</strong></p><ul><li>Pressemitteilung der Stadt</li><li>Sitzung des Bauausschusses</li></ul>',
      ['Pressemitteilung der Stadt', 'Sitzung des Bauausschusses'],
    ],
    [
      'a heading "Quellen" and one paragraph an item',
      '<h4>Quellen</h4><p>Stadtverwaltung Beispielheim</p><p>Bürgerversammlung vom 3. März</p>',
      ['Stadtverwaltung Beispielheim', 'Bürgerversammlung vom 3. März'],
    ],
    [
      'an inline list set off by commas',
      '<p>Quellen: Stadt Beispielheim, Gutachten (Verkehr, Lärm), Anwohnerinitiative</p>',
      ['Stadt Beispielheim', 'Gutachten (Verkehr, Lärm)', 'Anwohnerinitiative'],
    ],
    [
      'an inline list one item a line',
      '<p>Verwendete Quellen:<br>Stadt Beispielheim<br>Bauausschuss</p>',
      ['Stadt Beispielheim', 'Bauausschuss'],
    ],
    [
      '"Sources:" with bare web addresses set apart by spaces',
      '<p>Sources: beispielheim.de example.org/report</p>',
      ['beispielheim.de', 'example.org/report'],
    ],
    [
      '"Source" as a heading over linked addresses',
      '<h3>Source</h3><ul><li><a href="https://example.org">example.org</a></li></ul>',
      ['example.org'],
    ],
    [
      '"Quelle:" listing several sources',
      '<p>Quelle: Stadt Beispielheim, Gutachterbüro Muster</p>',
      ['Stadt Beispielheim', 'Gutachterbüro Muster'],
    ],
  ])('reads %s', (_what, markup, items) => {
    expect(boxOf(markup)).toEqual(items);
  });

  it.each([
    ['an agency credit line', '<p>Quelle: beispiel.de, ino/dpa</p>'],
    ['a single credit behind "Quelle:"', '<p>Quelle: Stadt Beispielheim</p>'],
    [
      'a photo credit in a caption',
      '<figure><img src="a.jpg"><figcaption>Quellen: Stadtarchiv, privat</figcaption></figure>',
    ],
    ['a sentence that names sources', '<p>Quellen aus dem Rathaus zufolge ist die Finanzierung noch offen.</p>'],
  ])('takes no list from %s', (_what, markup) => {
    expect(boxOf(markup)).toEqual([]);
  });

  it('leaves the list out of the article text', () => {
    const html = `<!doctype html><html lang="de"><head><meta property="og:type" content="article"></head><body><article><h1>Aus dem Güterbahnhof wird ein Wohnviertel</h1>${BODY}<p>Unsere Quellen: Stadt Beispielheim, Bauausschuss</p></article></body></html>`;
    const r = analyze(parseHTML(html).document as unknown as Document, null, { withBody: true });
    expect(r.article.text).not.toContain('Unsere Quellen');
  });
});

describe('splitItems', () => {
  it('splits at commas, semicolons and lines outside brackets, and drops list marks', () => {
    expect(splitItems('A, B (x, y); C\n- D')).toEqual(['A', 'B (x, y)', 'C', 'D']);
  });
  it('keeps words of a name together unless every word is a web address', () => {
    expect(splitItems('Stadt Beispielheim')).toEqual(['Stadt Beispielheim']);
    expect(splitItems('example.org www.beispiel.de')).toEqual(['example.org', 'www.beispiel.de']);
  });
});
