// Page layouts the generic extraction must read: DIV paragraphs, a lead outside the body container,
// walls that cut an article off, agency copy, and the publisher's declared metadata. Pages built here
// from sentences the team wrote.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { analyze } from '../../../src/page/analyze.js';
import { Report } from '../../../src/core/schema.js';

const docOf = (html: string) => parseHTML(html).document as unknown as Document;

const PARAGRAPHS = [
  'Der Gemeinderat von Beispielstadt hat am Dienstagabend über den Neubau der Grundschule am Marktplatz beraten.',
  'Nach Angaben der Verwaltung sollen die Arbeiten im kommenden Frühjahr beginnen und zwei Jahre dauern.',
  '„Wir haben lange auf diesen Tag gewartet“, sagte Bürgermeisterin Anna Beispiel nach der Sitzung.',
  'Die Kosten liegen laut einem Gutachten des Landesamts bei rund zwölf Millionen Euro.',
  'Eltern hatten in den vergangenen Monaten mehrfach auf die engen Klassenräume hingewiesen.',
  'Die Opposition kritisierte, der Zeitplan sei zu knapp bemessen und die Finanzierung nicht gesichert.',
];

interface PageOpts {
  /** How the body paragraphs are written. */
  para?: 'p' | 'div';
  head?: string;
  /** Markup between the headline and the body container. */
  header?: string;
  /** Markup at the start of the body container. */
  bodyStart?: string;
  /** Markup after the body inside the article. */
  after?: string;
  byline?: string;
  ld?: Record<string, unknown> | Array<Record<string, unknown>>;
  description?: string;
}

function page(o: PageOpts = {}): string {
  const para = o.para ?? 'p';
  const body = PARAGRAPHS.map((t) => `<${para} class="text">${t}</${para}>`).join('\n');
  const ld = o.ld ? `<script type="application/ld+json">${JSON.stringify(o.ld)}</script>` : '';
  return `<!doctype html><html lang="de"><head><title>Schulneubau</title><meta property="og:type" content="article">
${o.description ? `<meta property="og:description" content="${o.description}">` : ''}${ld}${o.head ?? ''}</head>
<body><nav><a href="/">Start</a> <a href="/politik">Politik</a></nav>
<article><header><h1>Gemeinderat berät über neue Grundschule</h1>${o.header ?? ''}</header>
${o.byline ? `<div class="byline">${o.byline}</div>` : ''}
<div class="article-body">${o.bodyStart ?? ''}${body}</div>${o.after ?? ''}</article>
<footer><p>Impressum · Datenschutz · Kontakt</p></footer></body></html>`;
}

describe('DIV paragraphs', () => {
  it('reads a body written as DIVs, with a video declared beside the article and a video strip left out', () => {
    const html = page({
      para: 'div',
      ld: [{ '@type': 'WebPage' }, { '@type': 'VideoObject', name: 'Ein Film zum Thema' }],
      after:
        '<div class="video-carousel"><h2>Mehr Videos</h2><div>Ein Film über den Schulbau in einer anderen Stadt, drei Minuten lang</div></div>',
    });
    const r = analyze(docOf(html), null, { withBody: true });
    expect(r.isArticle).toBe(true);
    for (const p of PARAGRAPHS) expect(r.article.text).toContain(p);
    expect(r.article.text).not.toContain('Mehr Videos');
    expect(r.attributions.some((a) => a.source === 'Bürgermeisterin Anna Beispiel')).toBe(true);
  });

  it('a page that declares itself a video is still no article', () => {
    const html = page({ para: 'div', ld: { '@type': 'VideoObject', name: 'Film' } }).replace(
      'content="article"',
      'content="video.other"',
    );
    expect(analyze(docOf(html), null).isArticle).toBe(false);
  });
});

describe('the lead', () => {
  const lead = 'Die Grundschule am Marktplatz ist zu klein geworden. Jetzt soll ein Neubau her.';
  it('is found in the article header when it is the declared description, even under a teaser class', () => {
    const html = page({ description: lead, header: `<div class="article-teaser-intro"><p>${lead}</p></div>` });
    const { article } = analyze(docOf(html), null, { withBody: true });
    expect(article.title).toBe('Gemeinderat berät über neue Grundschule');
    expect(article.text!.split('\n\n').slice(0, 2)).toEqual([lead, PARAGRAPHS[0]]);
  });

  it('is found after a second headline at the top of the body, with its dateline', () => {
    const html = page({
      description: lead,
      bodyStart: `<h2>Schule wird neu gebaut</h2><div class="intro"><span>Beispielstadt.</span> <span>${lead}</span></div>`,
    });
    const text = analyze(docOf(html), null, { withBody: true }).article.text!;
    expect(text.split('\n\n').slice(0, 3)).toEqual(['Schule wird neu gebaut', `Beispielstadt. ${lead}`, PARAGRAPHS[0]]);
  });

  it('reads a kicker set as a block of its own inside a heading as a line of its own', () => {
    const html = page({ bodyStart: '<h2><span>Nach langem Streit</span><div>Stadt baut neue Schule</div></h2>' });
    const text = analyze(docOf(html), null, { withBody: true }).article.text!;
    expect(text.split('\n\n').slice(0, 2)).toEqual(['Nach langem Streit', 'Stadt baut neue Schule']);
  });

  it('is not taken from anywhere else on the page, and not twice', () => {
    const html = page({ description: lead, header: `<p>${lead}</p>` }).replace(
      '<footer>',
      `<footer><div class="teaser"><p>${lead}</p></div>`,
    );
    const text = analyze(docOf(html), null, { withBody: true }).article.text!;
    expect(text.split(lead).length - 1).toBe(1);
  });
});

describe('teasers inside links', () => {
  it('are left out of the body, and their sentences are no attributions', () => {
    const teaser =
      '<div class="list"><a href="/andere-stadt"><h2>Nachbarstadt plant ebenfalls einen Schulneubau</h2>' +
      '<p>Auch in der Nachbarstadt soll eine neue Schule entstehen, sagte der dortige Bürgermeister am Montag.</p></a></div>';
    const r = analyze(docOf(page({ after: teaser })), null, { withBody: true });
    for (const p of PARAGRAPHS) expect(r.article.text).toContain(p);
    expect(r.article.text).not.toContain('Nachbarstadt');
    expect(r.attributions.some((a) => a.sentence.includes('Nachbarstadt'))).toBe(false);
  });

  it('do not take a paragraph that only holds a link with it', () => {
    const linked =
      '<p>Mehr dazu lesen Sie im <a href="/protokoll">Protokoll der Sitzung</a>, das die Verwaltung veröffentlicht hat.</p>';
    const r = analyze(docOf(page({ bodyStart: linked })), null, { withBody: true });
    expect(r.article.text).toContain('Protokoll der Sitzung, das die Verwaltung veröffentlicht hat.');
  });
});

describe('truncated articles', () => {
  const wall =
    '<aside class="gate paywall"><p>Lesen Sie weiter mit einem Abo: alle Artikel, die App und das E-Paper.</p></aside>';
  it.each([
    ['a paywall with text in the article', { after: wall }, 'paywall'],
    ['an empty paywall placeholder', { after: '<div class="mod-paywall"></div>' }, null],
    [
      'a wall named by its id, in capitals',
      { after: wall.replace('class="gate paywall"', 'id="Article-Paywall"') },
      'paywall',
    ],
    ['a hidden paywall', { after: wall.replace('<aside ', '<aside hidden ') }, null],
    ['a paywall inside a hidden block', { after: `<div style="display: none">${wall}</div>` }, null],
    ['a wall of photos', { after: wall.replace('gate paywall', 'photo-wall') }, null],
    [
      'a paywall on an article declared free',
      { after: wall, ld: { '@type': 'NewsArticle', isAccessibleForFree: true } },
      null,
    ],
    ['far fewer words than declared', { ld: { '@type': 'NewsArticle', wordCount: 900 } }, 'shorter_than_declared'],
    ['about the declared words', { ld: { '@type': 'NewsArticle', wordCount: 100 } }, null],
    ['declared paid, and a short body', { ld: { '@type': 'NewsArticle', isAccessibleForFree: 'False' } }, 'not_free'],
    ['nothing of the kind', {}, null],
  ] as Array<[string, PageOpts, string | null]>)('%s', (_name, opts, reason) => {
    const r = analyze(docOf(page(opts)), null);
    expect(r.isArticle).toBe(true);
    expect(r.article.truncated).toBe(reason);
  });
});

describe('agency copy', () => {
  it.each([
    ['Von dpa', 'wholly'],
    ['Von Tom Muster, mit Material von dpa', 'partly'],
    ['Von Tom Muster', null],
  ])('%s → %s', (byline, copy) => {
    const r = analyze(docOf(page({ byline })), null);
    expect(r.article.agencyCopy).toBe(copy);
  });
});

describe('declared metadata', () => {
  it('is reported as found, with @id references resolved', () => {
    const ld = {
      '@graph': [
        {
          '@type': 'NewsArticle',
          headline: 'Gemeinderat berät über neue Grundschule',
          dateModified: '2026-11-20T10:00:00+01:00',
          author: [
            { '@type': 'Person', name: 'Tom Muster' },
            { '@type': 'Organization', name: 'dpa' },
          ],
          publisher: { '@id': 'https://beispiel.example/#publisher' },
          isBasedOn: 'https://beispielstadt.example/sitzung/protokoll.pdf',
          citation: [{ '@type': 'CreativeWork', name: 'Schulentwicklungsplan 2026' }, 'https://land.example/gutachten'],
          wordCount: '120',
        },
        {
          '@id': 'https://beispiel.example/#publisher',
          '@type': 'NewsMediaOrganization',
          name: 'Beispiel-Zeitung',
          publishingPrinciples: 'https://beispiel.example/grundsaetze',
          correctionsPolicy: { '@id': 'https://beispiel.example/korrekturen' },
        },
      ],
    };
    const r = analyze(docOf(page({ ld })), null);
    expect(Report.safeParse(r).success).toBe(true);
    expect(r.article.modified).toBe('2026-11-20T10:00:00+01:00');
    expect(r.declared).toEqual({
      authors: [
        { name: 'Tom Muster', type: 'Person' },
        { name: 'dpa', type: 'Organization' },
      ],
      publisher: 'Beispiel-Zeitung',
      isBasedOn: ['https://beispielstadt.example/sitzung/protokoll.pdf'],
      citation: ['Schulentwicklungsplan 2026', 'https://land.example/gutachten'],
      publishingPrinciples: 'https://beispiel.example/grundsaetze',
      correctionsPolicy: 'https://beispiel.example/korrekturen',
      wordCount: 120,
      isAccessibleForFree: null,
    });
    expect(r.article.authors).toEqual(['Tom Muster']);
    expect(r.article.agencies).toEqual(['dpa']);
    expect(r.article.agencyCopy).toBe('partly');
  });

  it('is null without a declared article', () => {
    expect(analyze(docOf(page()), null).declared).toBeNull();
  });
});

describe('authors and agencies', () => {
  it('writes names declared in capitals in name case', () => {
    const r = analyze(
      docOf(page({ ld: { '@type': 'NewsArticle', author: [{ '@type': 'Person', name: 'TOM MUSTER-BEISPIEL' }] } })),
      null,
    );
    expect(r.article.authors).toEqual(['Tom Muster-Beispiel']);
  });

  it('takes no person from a byline that names a desk, nor from teasers elsewhere on the page', () => {
    const html = page({ byline: 'Our Foreign Staff' }).replace(
      '<footer>',
      '<footer><div class="teaser-author-name">Tom Muster</div>',
    );
    expect(analyze(docOf(html), null).article.authors).toEqual([]);
  });

  it('reads an author signed by initials with the name on a mail link', () => {
    const html = page({
      after: '<p><span>(<a title="Tom Muster" href="mailto:tm@beispiel.example">tm</a>)</span></p>',
    });
    expect(analyze(docOf(html), null).article.authors).toEqual(['Tom Muster']);
  });

  it('credits an agency for articles on its own site, which are not agency copy there', () => {
    const html = page({ byline: 'Von Tom Muster', head: '<meta property="og:site_name" content="AP News">' });
    const r = analyze(docOf(html), null);
    expect(r.article.agencies).toEqual(['AP']);
    expect(r.article.agencyCopy).toBeNull();
  });

  it('takes no agency credit from a hidden caption', () => {
    const html = page({
      header: '<div style="display:none"><span>Ein Bild der Schule</span><small>dpa</small></div>',
      byline: 'Von Tom Muster',
    });
    expect(analyze(docOf(html), null).article.agencies).toEqual([]);
  });
});

describe('lines about the page', () => {
  it('leaves date stamps, media lengths and the headline repeated with the site name out of the body', () => {
    const bodyStart =
      '<div class="mediainfo"><h2 class="mediatitle">Gemeinderat berät über neue Grundschule | Beispiel aktuell</h2><p>02:57 Min.. Verfügbar bis 06.05.2027.</p></div><p class="stand">Stand: 22.04.2026, 06:00 Uhr</p>';
    const { article } = analyze(docOf(page({ bodyStart })), null, { withBody: true });
    expect(article.title).toBe('Gemeinderat berät über neue Grundschule');
    expect(article.text!.split('\n\n')[0]).toBe(PARAGRAPHS[0]);
  });
});
