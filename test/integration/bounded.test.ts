// Bounded work: the analysis of a page grows linearly with the page, whatever the page repeats
// (a speech verb, a quotation mark, "laut", names), and a sentence too long for prose is marked, not
// read. Inputs generated here.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { analyze } from '../../src/page/analyze.js';

const INTRO = {
  de: 'Der Bürgermeister der Stadt hat am Montag im Rathaus eine neue Schule angekündigt, sagte ein Sprecher. ',
  en: 'The mayor of the town announced a new school at the town hall on Monday, a spokesman said. ',
};

/** A page whose second paragraph repeats `unit` to `chars` characters. */
function page(unit: string, chars: number, lang: 'de' | 'en'): Document {
  const para = unit.repeat(Math.ceil(chars / unit.length));
  const html = `<html lang="${lang}"><head><meta property="og:type" content="article"></head><body><article><h1>Eine Überschrift für die Seite</h1><p>${INTRO[lang].repeat(8)}</p><p>${para}</p></article></body></html>`;
  return parseHTML(html).document as unknown as Document;
}

/** The fastest of two timed analyses, in ms. */
function timed(doc: () => Document): number {
  let best = Infinity;
  for (let i = 0; i < 2; i++) {
    const d = doc();
    const t0 = performance.now();
    analyze(d, null);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe('analysis time', () => {
  // each input at 24 kB and at 8 times that; quadratic work would take about 64 times as long
  it.each([
    ['a speech verb repeated', 'sagte ', 'de'],
    ['a speech verb with its subject repeated', 'sagte er, ', 'de'],
    ['"said" repeated', 'he said, ', 'en'],
    ['"laut" repeated', 'laut ', 'de'],
    ['quotations repeated', '„a“ ', 'de'],
    ['quotation marks that never close', '„a ‚b ', 'de'],
    [
      'short sentences naming sources, one paragraph',
      'Der Minister sagte am Montag, die Lage sei ernst, und laut Polizei gab es Verletzte. ',
      'de',
    ],
    ['sentences just under the length that is read', `Er sagte ${'sagte '.repeat(160)}ab. `, 'de'],
  ] as const)(
    'grows linearly with %s',
    (_what, unit, lang) => {
      const small = timed(() => page(unit, 24_000, lang));
      const large = timed(() => page(unit, 192_000, lang));
      expect(large).toBeLessThan(16 * small + 300);
    },
    60_000,
  );

  it('analyses a 1 MB paragraph in a few seconds at most', () => {
    const t = timed(() => page('sagte er, ', 1_000_000, 'de'));
    expect(t).toBeLessThan(5_000);
  }, 60_000);
});

describe('long sentences', () => {
  it('are marked as not analysed, and the sentences around them are analysed', () => {
    const long = `Er sagte ${'und sagte dann noch etwas '.repeat(60)}ab.`;
    const html = `<html lang="de"><head><meta property="og:type" content="article"></head><body><article><h1>Eine Überschrift für die Seite</h1><p>${INTRO.de.repeat(6)}</p><p>${long}</p><p>„Wir bauen die Schule bis zum Sommer“, sagte die Bürgermeisterin.</p></article></body></html>`;
    const r = analyze(parseHTML(html).document as unknown as Document, null);
    const i = r.sentences.findIndex((s) => s.text === long);
    expect(i).toBeGreaterThan(0);
    expect(r.sentences[i]!.skipped).toBe('too_long');
    expect(r.sentences.filter((s) => s.skipped)).toHaveLength(1);
    expect(r.attributions.some((a) => a.sentenceIndex === i)).toBe(false);
    expect(r.attributions.some((a) => a.source === 'die Bürgermeisterin')).toBe(true);
  });
});
