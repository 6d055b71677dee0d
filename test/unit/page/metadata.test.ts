// Dates and authors a page declares (src/page/dates.ts, metadata.ts, the byline in extract.ts), on
// pages and values the team wrote.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { analyze } from '../../../src/page/analyze.js';
import { isoDate } from '../../../src/page/dates.js';
import { decodeCharRefs } from '../../../src/page/char-refs.js';

const docOf = (html: string) => parseHTML(html).document as unknown as Document;

describe('isoDate', () => {
  it.each([
    ['2024-04-30T16:38:37+02:00', '2024-04-30T16:38:37+02:00'],
    ['2024-04-30 16:38:37 +02:00', '2024-04-30T16:38:37+02:00'],
    ['2023-08-30T16:45+0100', '2023-08-30T16:45:00+01:00'],
    ['2023-08-30T12:54:46.461Z', '2023-08-30T12:54:46.461Z'],
    ['2024-08-22', '2024-08-22'],
    ['Fri Apr 28 19:20:36 CEST 2023', '2023-04-28T19:20:36+02:00'],
    ['Tue Jan 28 15:28:56 CET 2020', '2020-01-28T15:28:56+01:00'],
    ['28.04.2023', '2023-04-28'],
    ['28.04.2023, 19:20 Uhr', '2023-04-28T19:20:00'],
    ['April 28, 2023', '2023-04-28'],
  ])('writes %s as %s', (raw, iso) => expect(isoDate(raw)).toBe(iso));

  it.each(['', 'gestern', '3 Minuten', '2023-13-45', '99.99.2023', 'Fri Apr 28 19:20:36 XYZ 2023'])(
    'reads no date in %j',
    (raw) => expect(isoDate(raw)).toBeNull(),
  );
});

const BODY = [
  'Die Stadtwerke von Beispielhausen haben am Montag neue Preise für Strom und Gas angekündigt.',
  'Nach Angaben des Unternehmens sinken die Preise für Haushalte zum ersten Mal seit drei Jahren.',
  '„Wir geben die gesunkenen Einkaufspreise an unsere Kundinnen und Kunden weiter“, sagte ein Sprecher.',
  'Verbraucherschützer begrüßten den Schritt, mahnten aber, die Tarife genau zu vergleichen.',
  'Die neuen Preise gelten ab dem ersten Tag des kommenden Monats für alle Bestandskunden.',
  'Wer einen Sondervertrag abgeschlossen hat, soll in den nächsten Wochen einen Brief erhalten.',
  'Im Nachbarort hatte der dortige Versorger bereits im Frühjahr eine ähnliche Senkung beschlossen.',
]
  .map((t) => `<p>${t}</p>`)
  .join('');

function page(head: string, header = ''): string {
  return `<!doctype html><html lang="de"><head><title>Stadtwerke senken Preise</title><meta property="og:type" content="article">${head}</head>
<body><article><h1>Stadtwerke senken die Preise für Strom und Gas</h1>${header}<div class="text">${BODY}</div></article></body></html>`;
}
const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

describe('publishing date', () => {
  it('is written as ISO 8601 whatever form the page declares it in', () => {
    const r = analyze(
      docOf(page('<meta property="article:published_time" content="Fri Apr 28 19:20:36 CEST 2023">')),
      null,
    );
    expect(r.article.published).toBe('2023-04-28T19:20:36+02:00');
  });

  it('is read from a meta tag spelt with colons throughout', () => {
    const r = analyze(
      docOf(page('<meta property="article:published:time" content="2024-10-23T15:48:15+00:00">')),
      null,
    );
    expect(r.article.published).toBe('2024-10-23T15:48:15+00:00');
  });

  it("is read from microdata and then from the article's own <time>, not a teaser's", () => {
    const micro = analyze(
      docOf(page('', '<span itemprop="datePublished" content="2023-08-30T16:45+0100">30 August</span>')),
      null,
    );
    expect(micro.article.published).toBe('2023-08-30T16:45:00+01:00');
    const time = analyze(
      docOf(
        page('', '<time datetime="2024-08-22">22.08.2024</time>').replace(
          '</body>',
          '<aside><time datetime="2020-01-01">old</time></aside></body>',
        ),
      ),
      null,
    );
    expect(time.article.published).toBe('2024-08-22');
  });
});

describe('publishing date near the headline', () => {
  it('is the first <time datetime> after the headline when the article element holds none', () => {
    const html = page('')
      .replace('<article><h1>', '<header><h1>')
      .replace('</h1>', '</h1><time datetime="2024-08-22">22.08.2024</time></header><article>');
    expect(analyze(docOf(html), null).article.published).toBe('2024-08-22');
  });

  it('is none when no date stands near the article', () => {
    expect(analyze(docOf(page('')), null).article.published).toBeNull();
  });
});

describe('authors', () => {
  it('takes the names of author links, not the job title set beside them', () => {
    const r = analyze(
      docOf(
        page(
          '',
          '<div class="author"><a href="/autoren/anna-beispiel/">Anna Beispiel</a><span class="job-title">Wirtschaftsreporterin</span></div>',
        ),
      ),
      null,
    );
    expect(r.article.authors).toEqual(['Anna Beispiel']);
  });

  it('resolves a JSON-LD author given by @id, and counts a node typed Person and Organization as a person', () => {
    const graph = ld({
      '@graph': [
        {
          '@type': 'NewsArticle',
          headline: 'Stadtwerke senken Preise',
          author: [{ '@id': '#ben' }, { '@type': ['Person', 'Organization'], name: 'Clara Muster' }],
        },
        { '@type': 'Person', '@id': '#ben', name: 'Ben Beispiel' },
      ],
    });
    expect(analyze(docOf(page(graph)), null).article.authors).toEqual(['Ben Beispiel', 'Clara Muster']);
  });

  it('names a JSON-LD author given by its parts only (givenName, familyName)', () => {
    const graph = ld({
      '@type': 'NewsArticle',
      headline: 'Stadtwerke senken Preise',
      author: [
        { '@type': 'Person', givenName: 'Anna Lena', familyName: 'Beispiel' },
        { '@type': 'Person', givenName: 'Ben', familyName: 'Muster' },
      ],
    });
    expect(analyze(docOf(page(graph)), null).article.authors).toEqual(['Anna Lena Beispiel', 'Ben Muster']);
  });

  it('splits a declared author that is a whole byline into people and agencies', () => {
    const r = analyze(
      docOf(
        page(ld({ '@type': 'NewsArticle', author: { '@type': 'Person', name: 'Anna Beispiel und Ben Muster, dpa' } })),
      ),
      null,
    );
    expect(r.article.authors).toEqual(['Anna Beispiel', 'Ben Muster']);
    expect(r.article.agencies).toContain('dpa');
  });

  it('takes the outlet declared as a person for no author, and then no byline name either', () => {
    const self = ld({ '@type': 'NewsArticle', author: { '@type': 'Person', name: 'Der Beispielbote' } });
    const site = '<meta property="og:site_name" content="Der Beispielbote">';
    const r = analyze(
      docOf(page(site + self, '<p class="byline">Von Clara Muster</p>')),
      'https://beispielbote.example/a/1',
    );
    expect(r.article.authors).toEqual([]);
    // a person declared beside it stays
    const both = ld({
      '@type': 'NewsArticle',
      author: [
        { '@type': 'Person', name: 'Der Beispielbote' },
        { '@type': 'Person', name: 'Ben Muster' },
      ],
    });
    expect(analyze(docOf(page(site + both)), null).article.authors).toEqual(['Ben Muster']);
  });

  it('falls back to the author meta tags, but not to one that names the outlet', () => {
    const named = analyze(
      docOf(
        page(
          '<meta name="author" content="Beispielhausener Zeitung"><meta name="twitter:misc:Written by" content="Clara Muster">',
        ),
      ),
      null,
    );
    expect(named.article.authors).toEqual(['Clara Muster']);
    const outlet = analyze(
      docOf(
        page(
          '<meta property="og:site_name" content="Beispielhausener Zeitung"><meta name="author" content="Beispielhausener Zeitung">',
        ),
      ),
      null,
    );
    expect(outlet.article.authors).toEqual([]);
  });
});

describe('title', () => {
  it('leaves out a kicker set before the headline in the same heading, when the page declares the headline alone', () => {
    const html = page(
      '<meta property="og:title" content="Stadtwerke senken die Preise für Strom und Gas | Beispielhausener Zeitung">',
    ).replace('<h1>Stadtwerke', '<h1><span class="kicker">Energie in Beispielhausen:</span> Stadtwerke');
    expect(analyze(docOf(html), null).article.title).toBe('Stadtwerke senken die Preise für Strom und Gas');
  });
  it('sets a kicker its markup glues to the headline apart by a space (not a drop cap)', () => {
    const glued = page('').replace(
      '<h1>Stadtwerke',
      '<h1><span class="ov">Energie in Beispielhausen</span>„Stadtwerke',
    );
    expect(analyze(docOf(glued), null).article.title).toMatch(/^Energie in Beispielhausen „Stadtwerke senken/);
    const dropCap = page('').replace('<h1>Stadtwerke', '<h1><span class="dc">S</span>tadtwerke');
    expect(analyze(docOf(dropCap), null).article.title).toMatch(/^Stadtwerke senken/);
  });
  it('keeps the visible headline when the declared title is another wording', () => {
    const html = page('<meta property="og:title" content="Strom wird billiger in Beispielhausen">');
    expect(analyze(docOf(html), null).article.title).toBe('Stadtwerke senken die Preise für Strom und Gas');
  });
  it('is not the site’s name set as the page’s h1 (a logo linking to the front page)', () => {
    const site = '<meta property="og:site_name" content="Beispielhausener Zeitung">';
    const logo = '<header><h1 class="logo"><a href="/">Beispielhausener Zeitung</a></h1></header>';
    const html = page(site)
      .replace('<body>', `<body>${logo}`)
      .replace(
        '<title>Stadtwerke senken Preise</title>',
        '<title>Strom und Gas werden billiger | Beispielhausener Zeitung</title>',
      )
      .replace(/<h1>Stadtwerke[^<]*<\/h1>/, '<h2>Strom und Gas werden billiger</h2>');
    const r = analyze(docOf(html), null);
    expect(r.article.title).toBe('Strom und Gas werden billiger');
    // (the subheading that is the headline is read once, as the headline)
    expect(r.sentences.filter((x) => x.text.includes('werden billiger'))).toHaveLength(1);
  });
  it('drops the site’s name from the document’s title when nothing else names the headline', () => {
    const html = page('<meta property="og:site_name" content="Beispielhausener Zeitung">')
      .replace(
        '<title>Stadtwerke senken Preise</title>',
        '<title>Beispielhausener Zeitung - Stadtwerke senken Preise</title>',
      )
      .replace(/<h1>Stadtwerke[^<]*<\/h1>/, '');
    expect(analyze(docOf(html), null).article.title).toBe('Stadtwerke senken Preise');
  });
});

describe('the outlet and the address a page declares', () => {
  const page = (head: string, title = 'Neue Brücke eröffnet – Kreisblatt') =>
    docOf(`<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${title}</title>${head}</head>
<body><article><h1>Neue Brücke eröffnet</h1>${'<p>Die neue Brücke über den Fluss wurde am Montag eröffnet, sagte der Bürgermeister der Stadt bei der Feier am Ufer.</p>'.repeat(6)}</article></body></html>`);

  it('takes the site name when it belongs to the domain', () => {
    const r = analyze(page('<meta property="og:site_name" content="Kreisblatt">'), 'https://www.kreisblatt.example/a');
    expect(r.article.outlet).toBe('Kreisblatt');
  });

  it('takes the publisher, or the brand at the end of the title, over a site name that names a section', () => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Neue Brücke eröffnet","publisher":{"@type":"Organization","name":"Kreisblatt"}}</script>`;
    const section = '<meta property="og:site_name" content="Lokales">';
    expect(analyze(page(section + ld), 'https://kreisblatt.example/a').article.outlet).toBe('Kreisblatt');
    expect(analyze(page(section), 'https://kreisblatt.example/a').article.outlet).toBe('Kreisblatt');
  });

  it('keeps a declared name that matches no domain, and names the domain when nothing is declared', () => {
    const r = analyze(
      page('<meta property="og:site_name" content="Der Talbote">', 'Brücke'),
      'https://tb-online.example/a',
    );
    expect(r.article.outlet).toBe('Der Talbote');
    expect(analyze(page('', 'Brücke'), 'https://www.tb-online.example/a').article.outlet).toBe('tb-online.example');
  });

  it('decodes entities a page encoded twice, and recognises a name by its initials', () => {
    const twice = '<meta property="og:site_name" content="Haus &amp;amp; Hof">';
    expect(analyze(page(twice, 'x'), null).article.outlet).toBe('Haus & Hof');
    const initials = '<meta property="og:site_name" content="Westfälische Tageszeitung Nord">';
    expect(analyze(page(initials, 'x'), 'https://wtn.example/a').article.outlet).toBe('Westfälische Tageszeitung Nord');
  });

  it('gives the report the canonical address when the caller gives none', () => {
    const canonical = '<link rel="canonical" href="https://kreisblatt.example/lokales/bruecke-123">';
    expect(analyze(page(canonical), null).url).toBe('https://kreisblatt.example/lokales/bruecke-123');
    expect(analyze(page('<meta property="og:url" content="https://kreisblatt.example/b">'), null).url).toBe(
      'https://kreisblatt.example/b',
    );
    // the caller's address wins; a relative or non-web address is no canonical one
    expect(analyze(page(canonical), 'https://elsewhere.example/x').url).toBe('https://elsewhere.example/x');
    expect(analyze(page('<link rel="canonical" href="/relative">'), null).url).toBe(null);
  });
});

const PARAGRAPHS = [
  'Die neue Brücke über den Fluss wurde am Montag nach zwei Jahren Bauzeit für den Verkehr freigegeben.',
  'Der Bürgermeister sagte bei der Feier am Ufer, die Stadt habe lange auf diesen Tag gewartet.',
  'Rund zwölf Millionen Euro hat der Bau gekostet, etwas mehr als zu Beginn geplant war.',
  'Radfahrer bekommen auf beiden Seiten einen eigenen Weg, der bis zum Bahnhof weiterführt.',
  'Die alte Brücke soll im kommenden Frühjahr abgerissen werden, sobald der Fluss wenig Wasser führt.',
  'Anwohner hatten sich über den Lärm der Baustelle beschwert, nun hoffen sie auf ruhigere Zeiten.',
  'Am Wochenende lädt die Stadt zu einem Fest auf der neuen Brücke ein, mit Musik und Ständen.',
]
  .map((p) => `<p>${p}</p>`)
  .join('');

describe('a labelled author field', () => {
  const page = (field: string) =>
    docOf(`<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Neue Brücke eröffnet</title>
<meta property="og:type" content="article"></head>
<body><main><article><h1>Neue Brücke eröffnet</h1>${PARAGRAPHS}</article>
<aside><ul><li><strong>Datum</strong> 02.12.2026</li>${field}</ul></aside></main></body></html>`);

  it.each([
    ['<li><strong>Autorin/Autor</strong> Lena Vogt</li>', ['Lena Vogt']],
    ['<li><b>Autor:</b> Jonas Pieper, Mara Feld</li>', ['Jonas Pieper', 'Mara Feld']],
    ['<li><dl><dt>Text</dt><dd>Kim Berg</dd></dl></li>', ['Kim Berg']],
    ['<li><span>Author</span> Mary Jones</li>', ['Mary Jones']],
  ])('%s', (field, authors) => {
    expect(analyze(page(field), 'https://kreisblatt.example/a').article.authors).toEqual(authors);
  });

  it('is not read from a "Von" label of its own, which teasers use as often', () => {
    expect(analyze(page('<li><strong>Von</strong> Lena Vogt</li>'), null).article.authors).toEqual([]);
  });
});

describe('the date beside the byline, on a page that declares none', () => {
  const page = (around: string) =>
    docOf(`<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Neue Brücke eröffnet</title>
<meta property="og:type" content="article"></head>
<body><main><article><h1>Neue Brücke eröffnet</h1>${around}${PARAGRAPHS}</article>
<section class="teaser"><p>Mehr aus der Region, 03.11.2025</p></section></main></body></html>`);
  const date = (around: string) => analyze(page(around), null).article.published;

  it.each([
    [
      '<div class="line">Do 25.04.24 | 14:07 Uhr | Von <span class="author">Lena Vogt</span></div>',
      '2024-04-25T14:07:00',
    ],
    [
      '<ul><li><strong>Datum</strong> 28.04.2023</li><li><strong>Autorin/Autor</strong> Lena Vogt</li></ul>',
      '2023-04-28',
    ],
    ['<div><h5>23.01.2019</h5><div class="author">Von Lena Vogt</div></div>', '2019-01-23'],
  ])('%s', (around, iso) => {
    expect(date(around)).toBe(iso);
  });

  it('takes no date from further away than the byline’s box', () => {
    expect(date('<div class="author">Von Lena Vogt</div>')).toBe(null);
  });
});

describe('an unmarked line that is nothing but a byline', () => {
  const page = (line: string) =>
    docOf(`<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Neue Brücke eröffnet</title>
<meta property="og:type" content="article"></head>
<body><main><article><h1>Neue Brücke eröffnet</h1>${line}${PARAGRAPHS}</article></main></body></html>`);
  const authors = (line: string) => analyze(page(line), null).article.authors;

  it.each([
    ['<div class="font-italic">By Lena Vogt and Jonas Pieper</div>', ['Lena Vogt', 'Jonas Pieper']],
    ['<p>Von Dr. Kim Berg</p>', ['Dr. Kim Berg']],
    // (with its date and time after a comma or a bar)
    ['<div class="meta">Von Lena Vogt, 30.11.2026</div>', ['Lena Vogt']],
    ['<div>Von Lena Vogt und Jonas Pieper | 30.11.2026, 10:15 Uhr</div>', ['Lena Vogt', 'Jonas Pieper']],
    ['<p>By Lena Vogt | November 30, 2026</p>', ['Lena Vogt']],
    // (with the place the author writes from after a comma)
    ['<p>Von Lena Vogt, Talberg</p>', ['Lena Vogt']],
    // (after the genre of the piece)
    ['<p>Ein Kommentar von Lena Vogt</p>', ['Lena Vogt']],
    ['<div>Analysis by Jonas Pieper and Mara Feld</div>', ['Jonas Pieper', 'Mara Feld']],
    ['<p>Written by Mara Feld</p>', ['Mara Feld']],
    // (with a job title after the name, which is no author; with the place after "in")
    ['<p>By Jonas Pieper, Political Editor</p>', ['Jonas Pieper']],
    ['<p>By Jonas Pieper in Talbury and Mara Feld in Bad Talberg</p>', ['Jonas Pieper', 'Mara Feld']],
  ])('%s', (line, expected) => {
    expect(authors(line)).toEqual(expected);
  });

  it('is no paragraph of the body', () => {
    const r = analyze(page('<p>Von Lena Vogt, Talberg</p>'), null);
    expect(r.sentences.some((s) => s.text.includes('Lena Vogt'))).toBe(false);
    expect(r.sentences.length).toBeGreaterThan(2);
  });

  it('is not the author of a teaser linked inside the article', () => {
    const teaser =
      '<a href="/andere-meldung"><span>Neuer Radweg am Ufer</span> <span>Von Jonas Pieper, Talberg</span></a>';
    expect(authors(teaser)).toEqual([]);
  });

  it.each([
    '<p>Von Berlin aus fuhren am Morgen die ersten Busse.</p>',
    '<p>By Sunday Evening</p>',
    '<p>Von Montag bis Freitag, 30.11.2026</p>',
    '<p>By Our Political Editor</p>',
  ])('reads no author from %s', (line) => {
    expect(authors(line)).toEqual([]);
  });
});

describe('character references in JSON-LD', () => {
  it('decodes numeric, hexadecimal and named references, and the Windows-1252 numbers as browsers do', () => {
    expect(decodeCharRefs('Talbury&#8217;s &#x201E;Pier&#x201C; &amp; Hafen')).toBe('Talbury’s „Pier“ & Hafen');
    expect(decodeCharRefs('J&uuml;rgen Stra&szlig;e &quot;neu&quot;&hellip;')).toBe('Jürgen Straße "neu"…');
    expect(decodeCharRefs('1990&#150;1999')).toBe('1990–1999');
  });

  it('leaves unknown names, impossible numbers and a bare ampersand as written', () => {
    for (const s of ['&foo; bar', '&#0;', '&#xD800;', '&#99999999;', 'Kahl & Roth', 'AT&T', 'a&b;c'])
      expect(decodeCharRefs(s)).toBe(s);
  });

  it("are decoded in the headline, the authors and the declared text a page's JSON-LD gives", () => {
    const text = [
      'Die Stadtwerke von Beispielhausen haben am Montag neue Preise f&uuml;r Strom angek&uuml;ndigt.',
      '&bdquo;Wir geben die gesunkenen Preise an unsere Kunden weiter&ldquo;, sagte ein Sprecher.',
      'Verbrauchersch&uuml;tzer begr&uuml;&szlig;ten den Schritt, mahnten aber, die Tarife zu vergleichen.',
      'Die neuen Preise gelten ab dem ersten Tag des kommenden Monats f&uuml;r alle Bestandskunden.',
      'Wer einen Sondervertrag abgeschlossen hat, soll in den n&auml;chsten Wochen einen Brief erhalten.',
      'Im Nachbarort hatte der dortige Versorger bereits im Fr&uuml;hjahr eine &auml;hnliche Senkung beschlossen.',
    ].join('\n\n');
    const head = ld({
      '@type': 'NewsArticle',
      headline: 'Stadtwerke &#8211; Preise sinken',
      author: { '@type': 'Person', name: 'J&uuml;rgen Talberg' },
      articleBody: text,
    });
    const html = `<!doctype html><html lang="de"><head><title>x</title>${head}</head><body><div id="app"></div></body></html>`;
    const r = analyze(docOf(html), null);
    expect(r.article.title).toBe('Stadtwerke – Preise sinken');
    expect(r.article.authors).toEqual(['Jürgen Talberg']);
    const shown = r.sentences.map((x) => x.text).join(' ');
    expect(shown).toContain('für Strom angekündigt');
    expect(shown).not.toContain('&');
    expect(r.attributions.map((a) => a.cue)).toContain('sagte');
  });
});

describe('title', () => {
  it('drops the soft hyphens a headline sets in long words', () => {
    const html = page('').replace(
      'Stadtwerke senken die Preise für Strom und Gas',
      'Stadt&shy;wer&shy;ke sen&shy;ken die Prei&shy;se für Strom und Gas',
    );
    expect(analyze(docOf(html), null).article.title).toBe('Stadtwerke senken die Preise für Strom und Gas');
  });
});
