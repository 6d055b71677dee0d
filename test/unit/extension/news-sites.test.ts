// The built-in list of news sites (src/news-sites.json): every entry a host that makes a valid match
// pattern, none twice, and the built manifests run the content script on exactly these and the
// local addresses.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const sites = JSON.parse(readFileSync('src/news-sites.json', 'utf8')) as { de: string[]; en: string[] };
const all = [...new Set([...sites.de, ...sites.en])];
/** A match pattern as Chromium and Firefox read one: scheme, host (optionally "*." before it), path. */
const MATCH_PATTERN = /^(?:\*|https?):\/\/(?:\*|(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*)\/.*$/;
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;

describe('the built-in news sites', () => {
  it('are host names, each once per language, and many of both languages', () => {
    for (const list of [sites.de, sites.en]) expect(new Set(list).size).toBe(list.length);
    for (const h of all) expect(h, h).toMatch(HOST);
    expect(sites.de.length).toBeGreaterThanOrEqual(80);
    expect(sites.en.length).toBeGreaterThanOrEqual(50);
  });

  it('each make a valid match pattern', () => {
    for (const h of all) expect(`*://*.${h}/*`).toMatch(MATCH_PATTERN);
    expect('*://*.exa mple.com/*').not.toMatch(MATCH_PATTERN);
    expect('*://example.com').not.toMatch(MATCH_PATTERN);
  });

  it.each(['chrome', 'firefox'].filter((b) => existsSync(`dist/${b}/manifest.json`)))(
    'are where the %s build runs its content script',
    (browser) => {
      const file = `dist/${browser}/manifest.json`;
      const m = JSON.parse(readFileSync(file, 'utf8')) as { content_scripts: Array<{ matches: string[] }> };
      const matches = m.content_scripts[0]!.matches;
      for (const p of matches) expect(p).toMatch(MATCH_PATTERN);
      expect(matches).toEqual([...all.map((h) => `*://*.${h}/*`), 'http://127.0.0.1/*', 'http://localhost/*']);
    },
  );
});
