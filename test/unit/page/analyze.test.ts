import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { analyze, analyzePlainText } from '../../../src/page/analyze.js';
import { parseByline } from '../../../src/page/extract.js';
import { allSiteRules } from '../../../src/page/sites.js';
import { SiteRule } from '../../../src/page/site-rule.js';
import { DEFAULT_SETTINGS, parseSettings, readSettings } from '../../../src/options/settings.js';
import { Report } from '../../../src/core/schema.js';

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/${name}`, import.meta.url), 'utf8');
const docOf = (html: string) => parseHTML(html).document as unknown as Document;

describe('a t-online-style article with a sources box', () => {
  const r = analyze(docOf(fixture('demo-article.html')), 'http://127.0.0.1/demo-article.html', { withBody: true });
  it('is an article with title, outlet and byline author', () => {
    expect(r.isArticle).toBe(true);
    expect(r.lang).toBe('de');
    expect(r.article.title).toBe('Stadtwerke verschieben Ausbau des Fernwärmenetzes');
    expect(r.article.outlet).toBe('Beispielblatt');
    expect(r.article.authors).toEqual(['Mara Feldmann']);
  });
  it('reads the sources box verbatim, item by item, and credits the agency in it', () => {
    expect(r.sourcesBox).toEqual([
      'Pressekonferenz der Stadtwerke Beispielstadt',
      'Prüfbericht „Fernwärme 2030“ (Stand Oktober)',
      'Nachrichtenagentur dpa',
    ]);
    expect(r.article.agencies).toEqual(['dpa']);
    expect(r.imageCredits).toEqual(['Beispielfoto/dpa']);
  });
  it('keeps navigation, captions, the box, teasers and the title out of the body', () => {
    expect(r.article.text).not.toMatch(
      /Politik|Rohre für das|Pressekonferenz der Stadtwerke Beispielstadt|Heizungsgesetz|Testdokument/,
    );
    expect(r.article.title).toMatch(/^Stadtwerke verschieben/);
    expect(r.article.text).not.toContain(r.article.title);
  });
  it('finds attributions of every kind with their sources', () => {
    const kinds = new Set(r.attributions.map((a) => a.kind));
    expect([...kinds].sort()).toEqual(['according_to', 'quote', 'reportative', 'reported']);
    expect(r.attributions).toContainEqual(
      expect.objectContaining({
        kind: 'quote',
        source: 'Geschäftsführerin Helga Brandt',
        type: 'company',
        named: true,
      }),
    );
    expect(r.attributions).toContainEqual(
      expect.objectContaining({ kind: 'reported', source: 'Er', resolved: 'Jonas Keller', type: 'government' }),
    );
    expect(r.summary.attributedSentences).toBeGreaterThanOrEqual(10);
    expect(Report.safeParse(r).success).toBe(true);
  });
});

describe('an agency article', () => {
  const r = analyze(docOf(fixture('agency-dpa.html')), null, { withBody: true });
  it('credits dpa from the dateline and the footer, and keeps the footer out of the body', () => {
    expect(r.isArticle).toBe(true);
    expect(r.article.agencies).toEqual(['dpa']);
    expect(r.article.authors).toEqual([]);
    expect(r.article.text).not.toMatch(/dpa\/lno/);
  });
});

describe('a non-article page', () => {
  it('is recognised as such, with empty lists', () => {
    const r = analyze(docOf(fixture('home-page.html')), null);
    expect(r.isArticle).toBe(false);
    expect(r.attributions).toEqual([]);
    expect(r.notAnalysed).toMatch(/no news article/);
  });
  it.each(['', '<html></html>', '<p>kurz</p>', '<div>' + '<div>'.repeat(3000) + 'tief' + '</div>'.repeat(3001)])(
    'odd markup %#',
    (html) => {
      const r = analyze(docOf(html), null);
      expect(r.isArticle).toBe(false);
    },
  );
});

describe('copied page text', () => {
  const r = analyzePlainText(fixture('seed-style.txt'), null);
  it('finds headline, agency byline, photo credit and sources box', () => {
    expect(r.article.title).toBe('Behörde nennt erste Schadenszahlen für die Region');
    expect(r.article.agencies).toEqual(['dpa']);
    expect(r.imageCredits).toEqual(['Beispielfoto/dpa']);
    expect(r.sourcesBox).toEqual(['Nachrichtenagentur dpa', 'Pressemitteilung des Landkreises']);
    expect(r.attributions.map((a) => a.kind)).toEqual(
      expect.arrayContaining(['reported', 'according_to', 'reportative']),
    );
    expect(r.sentences.some((s) => /Transparenzhinweis|HochwasserRegion/.test(s.text))).toBe(false);
  });
});

describe('bylines', () => {
  it.each([
    ['Von afp', [], ['AFP']],
    ['Von Jakob Hartung', ['Jakob Hartung'], []],
    ['Von Anna Beispiel und Tom Muster, dpa', ['Anna Beispiel', 'Tom Muster'], ['dpa']],
    ['By Steve Peoples and Thomas Beaumont', ['Steve Peoples', 'Thomas Beaumont'], []],
  ])('%s', (line, authors, agencies) => {
    expect(parseByline(line)).toEqual({ authors, agencies });
  });
});

describe('site rules', () => {
  it('match the schema', () => {
    for (const rule of allSiteRules()) expect(SiteRule.safeParse(rule).error).toBeUndefined();
    expect(SiteRule.safeParse({ host: 'Not A Host', note: 'x' }).success).toBe(false);
    expect(SiteRule.safeParse({ host: 'example.org', note: 'x', typo: 1 }).success).toBe(false);
  });

  it('are sorted by host and unique', () => {
    const hosts = allSiteRules().map((r) => r.host);
    expect(hosts).toEqual([...new Set(hosts)].sort());
  });
});

describe('settings', () => {
  it('keep valid fields and replace missing or corrupt ones by defaults', () => {
    expect(parseSettings({ autoOpen: false, uiLang: 'en' })).toEqual({
      ...DEFAULT_SETTINGS,
      autoOpen: false,
      uiLang: 'en',
    });
    expect(
      parseSettings({
        autoOpen: false,
        uiLang: 'de',
        history: false,
        historyLimit: 100,
        panelSide: 'left',
        sitesOff: ['https://www.Beispiel.example/x', 'kein host', 3],
      }),
    ).toEqual({
      ...DEFAULT_SETTINGS,
      autoOpen: false,
      uiLang: 'de',
      history: false,
      historyLimit: 100,
      panelSide: 'left',
      sitesOff: ['beispiel.example'],
    });
    expect(parseSettings({ colours: { quote: '#ABCDEF', reported: 'red', according_to: 5 } }).colours).toEqual({
      ...DEFAULT_SETTINGS.colours,
      quote: '#abcdef',
    });
    expect(parseSettings({ autoOpen: 'no', uiLang: 'fr', history: 'yes', historyLimit: 123, extra: 1 })).toEqual(
      DEFAULT_SETTINGS,
    );
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  it('read from storage survive a failing storage area', async () => {
    const failing = { get: () => Promise.reject(new Error('quota')), set: () => Promise.resolve() };
    await expect(readSettings(failing)).resolves.toEqual(DEFAULT_SETTINGS);
    await expect(readSettings(undefined)).resolves.toEqual(DEFAULT_SETTINGS);
  });
});

describe('stored settings checked with zod', async () => {
  const { repairSettings } = await import('../../../src/options/settings-check.js');
  const area = (settings: unknown) => {
    const data: Record<string, unknown> = settings === undefined ? {} : { settings };
    return {
      data,
      get: async (k: string) => ({ [k]: data[k] }),
      set: async (x: Record<string, unknown>) => {
        Object.assign(data, x);
      },
    };
  };
  it('repairs a damaged or older object, keeping the valid fields, and leaves a valid one alone', async () => {
    const damaged = area({
      autoOpen: false,
      uiLang: 'xx',
      history: 'yes',
      historyLimit: 500,
      panelSide: 'left',
      allSites: false,
      sitesOff: [],
      colours: DEFAULT_SETTINGS.colours,
    });
    await expect(repairSettings(damaged)).resolves.toEqual(['uiLang', 'history']);
    expect(damaged.data['settings']).toEqual({
      ...DEFAULT_SETTINGS,
      autoOpen: false,
      historyLimit: 500,
      panelSide: 'left',
    });
    const older = area({ autoOpen: false, uiLang: 'en' });
    await expect(repairSettings(older)).resolves.toEqual([
      'history',
      'historyLimit',
      'panelSide',
      'allSites',
      'sitesOff',
      'colours',
    ]);
    expect(older.data['settings']).toEqual({ ...DEFAULT_SETTINGS, autoOpen: false, uiLang: 'en' });
    const fine = area({
      autoOpen: true,
      uiLang: 'de',
      history: false,
      historyLimit: 100,
      panelSide: 'right',
      allSites: true,
      sitesOff: ['beispiel.example'],
      colours: DEFAULT_SETTINGS.colours,
    });
    await expect(repairSettings(fine)).resolves.toEqual([]);
    await expect(repairSettings(area(undefined))).resolves.toEqual([]);
    const garbage = area('garbage');
    await expect(repairSettings(garbage)).resolves.toEqual(['settings']);
    expect(garbage.data['settings']).toEqual(DEFAULT_SETTINGS);
  });
});

describe("the outlet's own reporting", () => {
  const page = (site: string, lang: string, paragraphs: string[]) =>
    docOf(
      `<html lang="${lang}"><head><title>Eine Meldung</title><meta property="og:site_name" content="${site}"><meta property="og:type" content="article"></head>` +
        `<body><article><h1>Eine Meldung aus der Stadt</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
    );
  const filler = (lang: string) =>
    lang === 'de'
      ? 'Die Stadt plant seit Jahren einen Neubau am Hafen, der nun teurer wird als gedacht und mehr Zeit braucht.'
      : 'The city has planned a new building at the harbour for years, and it now costs more and takes longer than expected.';

  it('is no source of its article, another outlet is', () => {
    const de = analyze(
      page('Talbote', 'de', [
        'Der Stadtrat wusste nach Talbote-Recherchen seit Monaten von den Mehrkosten, die nun bekannt wurden.',
        'Laut der Talberger Rundschau lag ein Gutachten schon im Frühjahr vor, das die Kosten nannte.',
        ...Array<string>(5).fill(filler('de')),
      ]),
      'https://talbote.example/a',
    );
    expect(de.attributions.map((a) => a.source)).toEqual(['der Talberger Rundschau']);
    const en = analyze(
      page('The Talbury Herald', 'en', [
        'The Talbury Herald found that the council had known of the extra costs for many months.',
        'The council told the Talbury Times that the report had been published in the spring.',
        ...Array<string>(5).fill(filler('en')),
      ]),
      'https://talburyherald.example/a',
    );
    expect(en.attributions.map((a) => a.source)).toEqual(['The council']);
    expect(en.summary.attributedSentences).toBe(1);
    expect(en.summary.byType).toEqual({ government: 1 });
  });

  it('is no source when the outlet speaks of itself, whatever its name', () => {
    const de = analyze(
      page('Talbote', 'de', [
        'Die Feuerwehr vermutet nach Recherchen unserer Zeitung einen Defekt in der Halle.',
        'Laut der Talberger Rundschau brannte es in der Nacht an zwei Stellen zugleich.',
        ...Array<string>(5).fill(filler('de')),
      ]),
      null,
    );
    expect(de.attributions.map((a) => a.source)).toEqual(['Die Feuerwehr', 'der Talberger Rundschau']);
    const en = analyze(
      page('The Talbury Herald', 'en', [
        'The council had known of the extra costs for months, according to this newspaper.',
        'The council told the Talbury Times that the report had been published in the spring.',
        ...Array<string>(5).fill(filler('en')),
      ]),
      null,
    );
    expect(en.attributions.map((a) => a.source)).toEqual(['The council']);
  });

  it('takes "der Redaktion" alone for the outlet itself, another outlet\'s newsroom named stays a source', () => {
    const de = analyze(
      page('Talbote', 'de', [
        'Das geht aus einem Entwurf des Ministeriums hervor, der der Redaktion vorliegt.',
        'Das geht aus einem Brief des Bürgermeisters hervor, der der Redaktion des „Talberger Kuriers“ vorliegt.',
        ...Array<string>(5).fill(filler('de')),
      ]),
      null,
    );
    expect(de.attributions.map((a) => a.source)).toEqual([
      'einem Entwurf des Ministeriums',
      'der Redaktion des „Talberger Kuriers“',
      'einem Brief des Bürgermeisters',
    ]);
  });
});
