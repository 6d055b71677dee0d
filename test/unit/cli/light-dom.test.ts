// The CLI's light document (src/cli/light-dom.ts) against linkedom: the same tree, the same answers
// to what the page layer asks, the same reports. (On the saved corpus pages too: corpus.test.ts.)
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { parseLight } from '../../../src/cli/light-dom.js';
import { analyze } from '../../../src/page/analyze.js';

const fixtures = new URL('../../fixtures/', import.meta.url);
const htmlFixtures = [
  ...readdirSync(fixtures)
    .filter((f) => f.endsWith('.html'))
    .map((f) => [f, readFileSync(new URL(f, fixtures), 'utf8')]),
  ...readdirSync(new URL('hostile/', fixtures))
    .filter((f) => f.endsWith('.html'))
    .map((f) => [`hostile/${f}`, readFileSync(new URL(`hostile/${f}`, fixtures), 'utf8')]),
] as Array<[string, string]>;

const linkedom = (html: string) => parseHTML(html).document as unknown as Document;

/** A page written to exercise the parser: implied ends, void and foreign elements, entities, comments, odd attributes. */
const ODD = `<!doctype html><html lang="de-AT"><head><title>Der Titel &amp; mehr</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"A <b> in JSON"}</script>
<script>if (a < b && c > d) document.write("<p>nicht im Text</p>")</script><style>p{color:red}</style></head>
<body><div ID="Gross" class="  a   b " data-x='1'><p>Erster Absatz<p>Zweiter &uuml;ber &#8222;Zitat&#8220;<br>Zeile
<ul><li>eins<li>zwei</ul><!-- ein Kommentar --><svg viewBox="0 0 1 1"><title>Grafik</title><linearGradient/></svg>
<table><tr><td>Zelle<td>Zelle 2</table><span class='q&quot;r "x"' ID="s'&amp;t">Text &amp; Text &lt;kein Tag&gt; bis zum Ende</span><img src=x alt="Bild"><span hidden>versteckt</span></div>
<article><h1>Überschrift</h1><section><p class="lead">Vorspann</p></section></article>
<template><p>Vorlage</p></template><noscript><p>ohne Skript</p></noscript>`;

/** Every node of a tree with what the page layer reads of it, in document order. */
function describeTree(doc: Document): unknown[] {
  const out: unknown[] = [];
  const stack: Node[] = [doc.documentElement!];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType !== 1) {
      out.push([n.nodeType, n.nodeValue, n.parentElement?.localName]);
      continue;
    }
    const el = n as Element;
    out.push([
      el.localName,
      el.tagName,
      el.getAttributeNode('class')?.value,
      el.getAttributeNode('ID')?.value ?? null,
      el.hasAttributes(),
      el.childElementCount,
      el.textContent,
      el.firstElementChild?.localName,
      el.lastElementChild?.localName,
      el.nextElementSibling?.localName,
      el.previousElementSibling?.localName,
      el.previousSibling?.nodeType,
      el.parentElement?.localName ?? null,
      el.getElementsByTagName('p').length,
    ]);
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return out;
}

describe('the light document', () => {
  it('builds the tree linkedom builds from the same page, a run of text as one node as in a browser', () => {
    const full = linkedom(ODD);
    // (linkedom makes a text node of each piece its parser hands on, around every entity; a browser one of the run)
    full.documentElement.normalize();
    expect(describeTree(parseLight(ODD))).toEqual(describeTree(full));
  });

  it('builds the same tree from a page in pieces, however they cut tags, attributes, entities and text', () => {
    const whole = describeTree(parseLight(ODD));
    for (const size of [1, 2, 3, 7, 64, 500]) {
      const pieces: string[] = [];
      for (let i = 0; i < ODD.length; i += size) pieces.push(ODD.slice(i, i + size));
      expect(describeTree(parseLight(pieces)), `pieces of ${size}`).toEqual(whole);
    }
  });

  it('answers the document questions as linkedom does where a page has html, head and body', () => {
    const [light, full] = [parseLight(ODD), linkedom(ODD)];
    expect(light.title).toBe('Der Titel & mehr');
    expect(light.title).toBe(full.title);
    expect(light.documentElement!.getAttribute('lang')).toBe('de-AT');
    expect(light.body!.localName).toBe('body');
    expect(light.body!.textContent).toBe(full.body.textContent);
  });

  it('makes no body where the page has none, and keeps what it has as the root', () => {
    const doc = parseLight('<div><p>Nur ein Absatz.</p></div>');
    expect(doc.body).toBeNull();
    expect(doc.title).toBe('');
    expect(doc.documentElement!.localName).toBe('div');
  });

  it.each([
    'p',
    'div > p',
    'p.lead',
    '#Gross',
    '[data-x="1"]',
    'article h1, li',
    'section p:first-child',
    'td + td',
    'ul li:nth-child(2)',
    'div:not(.a) p',
    '*',
  ])('selects as linkedom does: %s', (selector) => {
    const [light, full] = [parseLight(ODD), linkedom(ODD)];
    const names = (els: Iterable<Element>) => [...els].map((e) => `${e.localName}:${e.textContent}`);
    expect(names(light.querySelectorAll(selector))).toEqual(names(full.querySelectorAll(selector)));
    expect(light.querySelector(selector)?.textContent).toBe(full.querySelector(selector)?.textContent);
    const [lp, fp] = [light.getElementsByTagName('p'), full.getElementsByTagName('p')];
    expect([...lp].map((p) => p.matches(selector))).toEqual([...fp].map((p) => p.matches(selector)));
    expect([...lp].map((p) => p.closest(selector)?.localName ?? null)).toEqual(
      [...fp].map((p) => p.closest(selector)?.localName ?? null),
    );
  });

  it('tells whether one node holds another', () => {
    const doc = parseLight(ODD);
    const [div, p] = [doc.querySelector('div')!, doc.querySelector('p')!];
    expect(div.contains(p)).toBe(true);
    expect(p.contains(div)).toBe(false);
    expect(p.contains(p)).toBe(true);
  });

  it('reads a 5,000-level deep page without overflowing the stack', () => {
    const html = '<div>'.repeat(5000) + 'tief' + '</div>'.repeat(5000);
    const doc = parseLight(html);
    expect(doc.documentElement!.textContent).toBe('tief');
    expect(doc.getElementsByTagName('div')).toHaveLength(5000);
  });

  it.each(htmlFixtures)('gives the same report as linkedom: %s', (_name, html) => {
    const url = 'https://www.example.org/2026/artikel.html';
    expect(analyze(parseLight(html), url, { withBody: true })).toEqual(
      analyze(linkedom(html), url, { withBody: true }),
    );
  });
});
