// The attribution cases of test/cases/<lang>/*.tsv (see its README): sentences the team wrote, each
// with the attribution it must yield, and sentences that must yield none.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { analyzeText, SUPPORTED_LANGS } from '../../../src/core/index.js';

const CASES = new URL('../../cases/', import.meta.url);

/** The rows of a case file: its non-empty lines that are no comment, split at tabs. */
function rows(lang: string, file: string): string[][] {
  return readFileSync(new URL(`${lang}/${file}`, CASES), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t'));
}

describe.each(SUPPORTED_LANGS)('cases of %s', (lang) => {
  const files = readdirSync(new URL(`${lang}/`, CASES));

  it('has both case files', () => {
    expect(files).toEqual(expect.arrayContaining(['attributions.tsv', 'no-attribution.tsv']));
  });

  it.each(rows(lang, 'attributions.tsv'))('%s', (sentence, kind, cue, source, type, named) => {
    const found = analyzeText([sentence!], lang).attributions;
    const expected: Record<string, unknown> = { kind, cue, source: source === '-' ? null : source };
    if (type) expected.type = type;
    if (named) expected.named = named === 'yes';
    expect(found).toContainEqual(expect.objectContaining(expected));
  });

  it.each(rows(lang, 'no-attribution.tsv').map((r) => r[0]!))('no attribution: %s', (sentence) => {
    expect(analyzeText([sentence], lang).attributions).toEqual([]);
  });
});
