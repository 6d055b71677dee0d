// Size budgets of the built extension (npm test builds first). The content script runs on every
// page of the listed news sites, a language's grammar and lexicons on its articles; the panel module is loaded
// only when the panel is shown.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { BUDGET_GZIP } from '../budgets.js';

const dist = 'dist/chrome';

describe.skipIf(!existsSync(`${dist}/content.js`))('bundle budgets (dist/chrome)', () => {
  it.each(Object.entries(BUDGET_GZIP))('%s stays within %i bytes gzipped', (file, budget) => {
    const bytes = readFileSync(`${dist}/${file}`);
    expect(gzipSync(bytes, { level: 9 }).length).toBeLessThanOrEqual(budget);
  });

  it("keeps the languages out of the content script: each language's grammar and lexicons are a script of their own", () => {
    const content = readFileSync(`${dist}/content.js`, 'utf8');
    // words only a lexicon holds (a German and an English verb of saying's forms, an according-to cue)
    // and only a grammar (a German word of a plan, an English word a newspaper's name ends in)
    for (const word of ['kritisierten', 'reiterated', 'zufolge', 'Wochenende', 'Sentinel'])
      expect(content).not.toContain(word);
    const de = readFileSync(`${dist}/lang-de.js`, 'utf8');
    const en = readFileSync(`${dist}/lang-en.js`, 'utf8');
    for (const word of ['zufolge', 'Wochenende']) expect(de).toContain(word);
    for (const word of ['reiterated', 'Sentinel']) expect(en).toContain(word);
    const manifest = JSON.parse(readFileSync(`${dist}/manifest.json`, 'utf8'));
    expect(manifest.web_accessible_resources[0].resources).toEqual(
      expect.arrayContaining(['lang-de.js', 'lang-en.js']),
    );
  });

  it('keeps Preact and the panel out of the content script, and zod out of both', () => {
    const content = readFileSync(`${dist}/content.js`, 'utf8');
    const panel = readFileSync(`${dist}/panel.js`, 'utf8');
    // markers that survive minification: Preact's vnode options hook name, zod's error class name
    expect(panel).toContain('__H');
    expect(content).not.toContain('__H');
    for (const code of [content, panel]) expect(code).not.toMatch(/ZodError|\$ZodType/);
  });
});
