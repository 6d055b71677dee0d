// Where the body is (src/page/body.ts): layouts that break a one-container search, each on a page the
// team wrote — one wrapper per paragraph, a body cut in two by an ad slot or a teaser, a whole body
// under a class word that usually marks a teaser, a body class beside an ad word, and no body at all.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { analyze, analyzeDocumentFull } from '../../../src/page/analyze.js';
import { flatText, fold, foldedLength, foldedLengthOf, withElementMemos } from '../../../src/page/dom.js';

const docOf = (html: string) => parseHTML(html).document as unknown as Document;

const TEXT = [
  'The harbour authority of Exampleport closed the northern pier on Monday after engineers found cracks in two of its supports.',
  'According to the authority, ferries will use the southern pier until repairs are finished, which could take several weeks.',
  '“We will not take any risks with the safety of passengers,” said the authority’s director, Maria Example.',
  'Local traders said the closure came at the worst possible time, with the summer season only a fortnight away.',
  'An independent engineer told the council that the supports had been due for inspection for more than a year.',
  'The council is expected to discuss the cost of the repairs at its next meeting, according to a spokesman.',
  'Ferry operators have added extra crossings in the evening to make up for the longer loading times at the southern pier.',
  'Residents of the harbour district have been asked to avoid the quay while heavy machinery is brought in.',
];

function page(body: string, head = '<meta property="og:type" content="article">'): string {
  return `<!doctype html><html lang="en"><head><title>Pier closed</title>${head}</head><body>
<nav><a href="/">Home</a> <a href="/local">Local</a></nav>
<main><h1>Exampleport closes northern pier after cracks found</h1>${body}</main>
<div class="more-stories"><h2>More stories</h2><ul>${['A new bakery opens in the old town hall', 'School choir wins regional prize', 'Cycle path to be widened next year'].map((t) => `<li><a href="/x">${t}</a></li>`).join('')}</ul></div>
<footer><p>Contact · Privacy · Terms of use</p></footer></body></html>`;
}

const paras = (xs: readonly string[], wrap = (p: string) => `<p>${p}</p>`) => xs.map(wrap).join('\n');

function bodyOf(html: string) {
  const r = analyze(docOf(html), null, { withBody: true });
  return { r, text: r.article.text ?? '' };
}

describe('the body container', () => {
  it('adds up paragraphs that each sit in wrappers of their own', () => {
    const short = TEXT.slice(0, 5);
    const { r, text } = bodyOf(
      page(
        `<div class="content">${paras(short, (p) => `<div class="w"><div class="w2"><p>${p}</p></div></div>`)}</div>`,
      ),
    );
    expect(r.isArticle).toBe(true);
    for (const p of short) expect(text).toContain(p);
  });

  it('reads on past an ad slot and a teaser that cut the body in two', () => {
    const html = page(`<div class="story">
<div class="text-block">${paras(TEXT.slice(0, 4))}</div>
<div class="ad-slot"><p>Advertisement: holidays by the sea from 299 pounds, book now and save on every crossing this summer.</p></div>
<div class="teaser"><a href="/other"><p>Read also: how the old lighthouse was saved from the sea by a group of volunteers.</p></a></div>
<div class="text-block">${paras(TEXT.slice(4))}</div>
</div>`);
    const { text } = bodyOf(html);
    for (const p of TEXT) expect(text).toContain(p);
    expect(text).not.toContain('Advertisement');
    expect(text).not.toContain('lighthouse');
    expect(text).not.toContain('bakery');
  });

  it('reads every section of the page’s <main>, one subheading each, and no block of another tag beside them', () => {
    const html = page(`<section><h2>Cracks in two supports</h2>${paras(TEXT.slice(0, 3))}</section>
<section><h2>Traders fear losses</h2>${paras(TEXT.slice(3, 5))}</section>
<section><h2>Extra crossings</h2>${paras(TEXT.slice(5))}</section>
<div><p>Our newsletter: the best of Exampleport every morning in your inbox, free of charge and easy to cancel at any time.</p>
<p>Our newsletter also brings the weekend guide on Fridays, with markets, concerts and walks along the coast for all the family.</p></div>`);
    const { text } = bodyOf(html);
    for (const p of TEXT) expect(text).toContain(p);
    expect(text).toContain('Traders fear losses');
    expect(text).not.toContain('newsletter');
    expect(text).not.toContain('bakery');
  });

  it('reads on into a list of updates that sits in a wrapper of its own after the lead', () => {
    // (the wrapper around the list has no paragraph score of its own: it scores as the list it wraps)
    const update = (xs: readonly string[], time: string) =>
      `<div class="update"><span class="time">${time}</span><div class="update-text">${paras(xs)}</div></div>`;
    const html = page(`<div class="story">
<div class="lead-text">${paras(TEXT.slice(0, 3))}</div>
<div class="updates"><div class="update-list">${update(TEXT.slice(3, 5), '10:45')}${update(TEXT.slice(5, 7), '09:30')}${update(TEXT.slice(7), '08:15')}</div></div>
</div>`);
    const { text } = bodyOf(html);
    for (const p of TEXT) expect(text).toContain(p);
    expect(text).not.toContain('bakery');
  });

  it('reads no list of teasers that sits in a wrapper of its own after the body', () => {
    const teaser = (title: string, summary: string) =>
      `<div class="item"><h3><a href="/story">${title}</a></h3><p>${summary}</p></div>`;
    const html = page(`<div class="story">
<div class="lead-text">${paras(TEXT)}</div>
<div class="stories"><div class="story-list">
${teaser('Lighthouse volunteers who saved the old tower are honoured by the council', 'The volunteers who saved the old lighthouse from the sea were honoured by the council at a ceremony on Friday.')}
${teaser('A new bakery opens in the old town hall after the council moved out', 'A bakery has opened in the old town hall, the first shop in the building since the council moved out in the spring.')}
${teaser('Harbour school choir wins the regional prize with songs of the sea', 'The choir of the harbour school won the regional prize with a programme of sea shanties and a song written by its pupils.')}
${teaser('Cycle path along the quay to be widened next year after complaints', 'The cycle path along the quay will be widened next year, the council said, after complaints about crowding in summer.')}
</div></div>
</div>`);
    const { text } = bodyOf(html);
    for (const p of TEXT) expect(text).toContain(p);
    expect(text).not.toContain('honoured by the council');
    expect(text).not.toContain('sea shanties');
  });

  it('keeps a sentence whose words are mostly one link, and leaves a paragraph of links out', () => {
    const linked = 'According to the authority, <a href="/report.pdf">every ferry met the safety target in 2025</a>.';
    const html = page(`<article>${paras(TEXT.slice(0, 4))}<p>${linked}</p>${paras(TEXT.slice(4))}
<p><a href="/a">Ferry timetable</a> <a href="/b">Harbour webcam</a> <a href="/c">Parking at the quay</a></p></article>`);
    const { text } = bodyOf(html);
    expect(text).toContain('According to the authority, every ferry met the safety target in 2025.');
    expect(text).not.toContain('Harbour webcam');
  });

  it('reads no cards of other articles (a linked headline with its summary) listed inside the article', () => {
    const card = (title: string, summary: string) =>
      `<li><article><header><div class="date">04.03.2024</div><h3><a href="/other">${title}</a></h3><div class="summary">${summary}</div></header></article></li>`;
    const html = page(`<article><div class="text">${paras(TEXT)}</div>
<div class="appendix"><h2>Similar:</h2><ul class="row">
${card('Lighthouse volunteers honoured', 'The volunteers who saved the old lighthouse from the sea were honoured by the council at a ceremony on Friday.')}
${card('Choir wins prize', 'The choir of the harbour school won the regional prize with a programme of sea shanties and a song written by its pupils.')}
</ul></div></article>`);
    const { text } = bodyOf(html);
    for (const p of TEXT) expect(text).toContain(p);
    expect(text).not.toContain('honoured by the council');
    expect(text).not.toContain('sea shanties');
  });

  it('reads every chunk of a body set in rows of the same make with ad rows between them', () => {
    const row = (xs: readonly string[]) =>
      `<div class="grid-row body-chunk"><div class="grid-main"><div class="inner">${paras(xs)}</div></div><div class="grid-side"><span>Advertisement</span></div></div>`;
    const ad = '<div class="ad-row"><div class="sticky-ad"></div></div>';
    const { text } = bodyOf(
      page(`<div class="chunks">${row(TEXT.slice(0, 3))}${ad}${row(TEXT.slice(3, 6))}${ad}${row(TEXT.slice(6))}</div>`),
    );
    for (const p of TEXT) expect(text).toContain(p);
    expect(text).not.toContain('bakery');
  });

  it('reads a body that sits whole under a class word that usually marks a teaser', () => {
    const { r, text } = bodyOf(
      page(`<div class="article-main"><div class="article__teaser">${paras(TEXT)}</div></div>
<div class="related"><p>Related: the history of the harbour, from the first wooden jetty to the ferry terminal of today.</p></div>`),
    );
    expect(r.isArticle).toBe(true);
    for (const p of TEXT) expect(text).toContain(p);
    expect(text).not.toContain('wooden jetty');
  });

  it('reads a body that lies inside a layout wrapper named like an aside ("widget-area"), and leaves a carousel rail of teasers out', () => {
    const rail = `<div class="rail rail--classic"><h2>Most read</h2>${['A new bakery opens in the old town hall after years of planning work', 'School choir wins the regional prize with a song about the sea'].map((t) => `<p>${t}</p>`).join('')}</div>`;
    const { r, text } = bodyOf(
      page(
        `<div class="widget-area"><div class="widget widget-content"><section><div class="text-copy">${paras(TEXT.slice(0, 4))}${rail}${paras(TEXT.slice(4))}</div></section></div></div>`,
      ),
    );
    expect(r.isArticle).toBe(true);
    for (const p of TEXT) expect(text).toContain(p);
    expect(text).not.toContain('choir');
  });

  it('keeps text that stands between the paragraphs, where a teaser inside a paragraph closed it', () => {
    // (a browser ends "<p>" at the block inside it: the text after the teaser is left in the container)
    const teaser = '<p><article class="recommended"><a href="/other"><p>Read also: the old pier</p></a></article>';
    const { r, text } = bodyOf(
      page(
        `<div class="article-text">${paras(TEXT.slice(0, 3))}${teaser}${TEXT[3]} ${TEXT[4]}</p>${paras(TEXT.slice(5))}</div>`,
      ),
    );
    expect(r.isArticle).toBe(true);
    for (const p of TEXT) expect(text).toContain(p);
    expect(text).not.toContain('old pier');
    expect(text.indexOf(TEXT[3]!)).toBeGreaterThan(text.indexOf(TEXT[2]!));
    expect(text.indexOf(TEXT[3]!)).toBeLessThan(text.indexOf(TEXT[5]!));
  });

  it('takes a container whose class says it is the article text although another class word names ads', () => {
    const { text } = bodyOf(page(`<div class="article-text js-advertorial-links">${paras(TEXT)}</div>`));
    for (const p of TEXT) expect(text).toContain(p);
  });

  it('takes a short body on a page that declares nothing as an article when its date stands in the markup', () => {
    // (five paragraphs, ~600 characters: too short to count on its length alone)
    const short = paras(TEXT.slice(0, 5));
    const dated = bodyOf(page(`<time datetime="2026-03-02T09:00:00Z">2 March 2026</time>${short}`, '')).r;
    expect(dated.isArticle).toBe(true);
    expect(dated.article.published).toBe('2026-03-02T09:00:00Z');
    expect(bodyOf(page(short, '')).r.isArticle).toBe(false);
  });

  it('finds the body written straight into <main> or <body>, a page with no container of its own', () => {
    const bare = `<h1>Exampleport closes northern pier after cracks found</h1>${paras(TEXT)}`;
    for (const html of [
      `<!doctype html><html><head><title>Pier</title><meta property="og:type" content="article"></head><body><main>${bare}</main></body></html>`,
      `<!doctype html><html><head><title>Pier</title><meta property="og:type" content="article"></head><body>${bare}</body></html>`,
    ]) {
      const { r, text } = bodyOf(html);
      expect(r.isArticle).toBe(true);
      for (const p of TEXT) expect(text).toContain(p);
    }
  });

  it("finds no article on a site's front page that declares nothing, by its address or its canonical link", () => {
    // (a front page whose first teaser carries a long summary and a date: it reads like an article)
    const summary = `<time datetime="2026-03-02T09:00:00Z">2 March 2026</time>${paras(TEXT)}`;
    for (const address of ['https://news.example/', 'https://news.example/en/', 'https://news.example/index.html']) {
      expect(analyze(docOf(page(summary, '')), address, { withBody: true }).isArticle).toBe(false);
      const canonical = `<link rel="canonical" href="${address}">`;
      expect(analyze(docOf(page(summary, canonical)), null, { withBody: true }).isArticle).toBe(false);
    }
    // the same text under an article's address is an article; a declared article stays one on any address
    expect(analyze(docOf(page(summary, '')), 'https://news.example/local/pier-closed-1234', {}).isArticle).toBe(true);
    expect(analyze(docOf(page(summary, '')), 'https://news.example/?p=1234', {}).isArticle).toBe(true);
    expect(analyze(docOf(page(summary)), 'https://news.example/', {}).isArticle).toBe(true);
  });

  it('finds a body written in DIVs, no paragraph tag on the page, on a page that declares nothing', () => {
    const long = [...TEXT, ...TEXT.map((t) => t.replace('Exampleport', 'the port'))];
    const { r, text } = bodyOf(page(`<section>${paras(long, (p) => `<div class="para">${p}</div>`)}</section>`, ''));
    expect(r.isArticle).toBe(true);
    for (const p of TEXT) expect(text).toContain(p);
    expect(r.article.title).toBe('Exampleport closes northern pier after cracks found');
  });

  it('finds the story in one <article> with its headline, however many teasers with summaries surround it', () => {
    const summary = (i: number) =>
      `<article class="teaser"><h3><a href="/s${i}">Another story of the day, number ${i}</a></h3><p>${TEXT[i % TEXT.length]} ${TEXT[(i + 1) % TEXT.length]}</p></article>`;
    const teasers = Array.from({ length: 12 }, (_, i) => summary(i)).join('\n');
    const long = [...TEXT, ...TEXT.map((t) => t.replace('Exampleport', 'the port'))];
    const story = `<article><h1>Exampleport closes northern pier</h1><div class="story">${paras(long)}</div></article>`;
    const html = `<!doctype html><html lang="en"><head><title>Pier closed</title><meta property="og:type" content="website"></head><body><main>${story}<section class="related">${teasers}</section></main></body></html>`;
    const { r, text } = bodyOf(html);
    expect(r.isArticle).toBe(true);
    for (const p of TEXT) expect(text).toContain(p);
    // (the same teasers under a section's headline, with no story among them, make an index page)
    const index = `<!doctype html><html lang="en"><head><title>Local news</title></head><body><main><h1>Local news</h1>${teasers}</main></body></html>`;
    expect(bodyOf(index).r.isArticle).toBe(false);
  });

  it('gives a page that is no article the title it declares, not the first headline in it', () => {
    // (a front page whose paragraphs read like an article's, under a headline of its own)
    const r = analyze(docOf(page(paras(TEXT), '')), 'https://news.example/', { withBody: true });
    expect(r.isArticle).toBe(false);
    expect(r.article.title).toBe('Pier closed');
  });

  it('finds no article on a page of short teasers, however it is read', () => {
    const teasers = TEXT.map(
      (t, i) => `<div class="teaser"><h2><a href="/a${i}">${t.slice(0, 40)}</a></h2></div>`,
    ).join('\n');
    const r = analyze(docOf(page(teasers, '')), null, { withBody: true });
    expect(r.isArticle).toBe(false);
  });
});

describe('the page body', () => {
  it('is the body element that holds the text when a page writes <html> more than once', () => {
    const twice = page(`<div class="content">${paras(TEXT)}</div>`).replace(
      '<html lang="en">',
      '<!--[if IE 8]><!--><html lang="en" class="ie8"><!--<![endif]--><html lang="en">',
    );
    const { r, text } = bodyOf(twice);
    expect(r.isArticle).toBe(true);
    for (const p of TEXT) expect(text).toContain(p);
  });
});

describe('text written straight into a DIV', () => {
  const html = page(
    `<div class="story-text">${TEXT[0]} ${TEXT[1]}<br><br>${TEXT[2]}<h2>What happens next</h2>${TEXT[3]} ${TEXT[4]}<br/><br/><b>Timetable:</b><div class="list"><ul><li>Monday: southern pier only</li></ul></div>${TEXT[5]} ${TEXT[6]} ${TEXT[7]}</div>`,
  );

  it('is read run by run, in reading order with the headings between', () => {
    const { r, text } = bodyOf(html);
    expect(r.isArticle).toBe(true);
    const at = (s: string) => text.indexOf(s);
    for (const p of TEXT) expect(at(p)).toBeGreaterThanOrEqual(0);
    expect(at(TEXT[2]!)).toBeLessThan(at('What happens next'));
    expect(at('What happens next')).toBeLessThan(at(TEXT[3]!));
    expect(at(TEXT[4]!)).toBeLessThan(at(TEXT[5]!));
  });

  it('gives each run its place in the DIV, so that a sentence maps back to the page', () => {
    const doc = parseHTML(html).document as unknown as Document;
    const { draft, offsets, report } = analyzeDocumentFull(doc, null);
    const i = report.sentences.findIndex((s) => s.text.startsWith('“We will not take any risks'));
    expect(i).toBeGreaterThanOrEqual(0);
    const off = offsets[i]!;
    const el = draft.elements[off.block]!;
    const base = draft.starts[off.block]!;
    expect(base).toBeGreaterThan(0);
    expect(flatText(el).slice(base + off.start, base + off.end)).toBe(report.sentences[i]!.text);
  });
});

describe('quotations set in paragraphs', () => {
  const filing = [
    '“On the night of 2 May the defendant entered the yard without permission and fixed a camera to the fence.',
    'The camera faced the kitchen window of the plaintiff’s house and recorded whoever came and went.”',
  ];

  it('reads a quoted document in a blockquote paragraph by paragraph', () => {
    const { text } = bodyOf(
      page(
        `<div class="story">${paras(TEXT.slice(0, 4))}<p>The filing says:</p><blockquote>${paras(filing)}</blockquote>${paras(TEXT.slice(4))}</div>`,
      ),
    );
    for (const p of [...TEXT, ...filing]) expect(text).toContain(p);
    expect(text.split('\n\n')).toContain(filing[1]);
  });

  it('leaves an embedded post of a social network out', () => {
    const post =
      '<blockquote class="twitter-tweet"><p lang="en">Long queues at the southern pier this morning, nobody tells us anything about the ferries today.</p>— Pier Watch (@pierwatch) <a href="https://example.com/status/1">May 3</a></blockquote>';
    const { text } = bodyOf(page(`<div class="story">${paras(TEXT.slice(0, 4))}${post}${paras(TEXT.slice(4))}</div>`));
    for (const p of TEXT) expect(text).toContain(p);
    expect(text).not.toContain('Long queues');
  });
});

describe('the parts an article declares behind its paywall', () => {
  const more = [
    'The harbour master said the southern pier could handle the extra traffic for a few weeks but not for the whole summer.',
    'Engineers will send divers down on Thursday to look at the foundations of the other supports as well.',
  ];
  const gated = (declared: boolean) =>
    page(
      `<div class="story">${paras(TEXT)}<div class="story-paywall">${paras(more)}</div></div>`,
      `<meta property="og:type" content="article"><script type="application/ld+json">${JSON.stringify({
        '@type': 'NewsArticle',
        headline: 'Exampleport closes northern pier after cracks found',
        isAccessibleForFree: 'False',
        ...(declared
          ? { hasPart: [{ '@type': 'WebPageElement', isAccessibleForFree: 'False', cssSelector: '.story-paywall' }] }
          : {}),
      })}</script>`,
    );

  it('are article text, whatever their class words say', () => {
    const { text } = bodyOf(gated(true));
    for (const p of [...TEXT, ...more]) expect(text).toContain(p);
  });

  it('are ruled out by their class words when the page does not declare them', () => {
    const { text } = bodyOf(gated(false));
    expect(text).toContain(TEXT[7]);
    expect(text).not.toContain(more[0]);
  });
});

describe('element texts during one extraction', () => {
  it('are read once inside it and afresh outside it, so that a live page that changes is read as it is now', () => {
    const { document } = parseHTML('<html><body><p id="p">Erster   Satz.</p></body></html>');
    const p = document.getElementById('p') as unknown as Element;
    withElementMemos(() => {
      expect([flatText(p), foldedLength(p)]).toEqual(['Erster Satz.', 12]);
      (p as unknown as { textContent: string }).textContent = 'Anders';
      // (inside: the text first read; the document does not change during a synchronous extraction)
      expect([flatText(p), foldedLength(p)]).toEqual(['Erster Satz.', 12]);
    });
    expect([flatText(p), foldedLength(p)]).toEqual(['Anders', 6]);
  });
});

describe('the folded length of a text', () => {
  it('is the length of the folded text, for every kind of white space, without making that text', () => {
    for (const s of [
      '',
      ' ',
      'a',
      '  a  b  ',
      '\n\t Zeile\r\nzwei\u00a0\u200b drei\u3000',
      '\ufeffx\u2028y\u2029',
      'ab\u200a\u202fc\u205f',
    ])
      expect(foldedLengthOf(s)).toBe(fold(s).length);
    // random strings over letters and every white space fold knows
    const chars = [
      'a',
      'ß',
      ' ',
      '\t',
      '\n',
      '\u00a0',
      '\u1680',
      '\u2003',
      '\u200b',
      '\u2028',
      '\u202f',
      '\u3000',
      '\ufeff',
      '\u00ad',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let k = 0; k < 2000; k++) {
      const s = Array.from({ length: next() % 30 }, () => chars[next() % chars.length]).join('');
      expect(foldedLengthOf(s)).toBe(fold(s).length);
    }
  });
});

describe('the text a page declares and does not show', () => {
  const ld = (body: string) =>
    `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Pier closed', articleBody: body })}</script>`;

  it('is the body when the page shows almost none of it (a script would render it)', () => {
    const html = `<!doctype html><html lang="en"><head><title>Pier closed</title>${ld(TEXT.join('\n\n'))}</head><body><div id="app"></div></body></html>`;
    const r = analyze(docOf(html), null);
    expect(r.isArticle).toBe(true);
    expect(r.attributions.map((a) => a.cue)).toEqual(expect.arrayContaining(['According to', 'said', 'told']));
  });

  it('leaves a shown body as it is', () => {
    const { text } = bodyOf(
      page(paras(TEXT), ld('Another text entirely, written only for the search engines of this world. '.repeat(10))),
    );
    expect(text).toContain('cracks in two of its supports');
    expect(text).not.toContain('search engines');
  });
});
