// web-ext lint on both builds: no errors, and only the warnings the README names: Preact's innerHTML
// path bundled into the Preact pages (in Chromium also the panel's script version, panel-script.js), the Chromium manifest's service_worker key (which Chromium
// needs and Firefox's linter does not know), and in the Chromium build the content script's import of
// its panel by the address the browser gives it (use_dynamic_url; the linter flags any import of a
// computed address).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const KNOWN = new Set([
  'UNSAFE_VAR_ASSIGNMENT options.js',
  'UNSAFE_VAR_ASSIGNMENT panel.js',
  'UNSAFE_VAR_ASSIGNMENT panel-script.js chrome',
  'UNSAFE_VAR_ASSIGNMENT popup.js',
  'BACKGROUND_SERVICE_WORKER_IGNORED manifest.json chrome',
  'UNSAFE_VAR_ASSIGNMENT content.js chrome',
]);

describe.each(['chrome', 'firefox'])('web-ext lint dist/%s', (browser) => {
  it.skipIf(!existsSync(`dist/${browser}/manifest.json`))(
    'has no errors and no warning from our own code',
    () => {
      const r = spawnSync(
        'npx',
        ['web-ext', 'lint', '--source-dir', `dist/${browser}`, '--output', 'json', '--no-input'],
        { encoding: 'utf8' },
      );
      const out = JSON.parse(r.stdout.slice(r.stdout.indexOf('{'))) as {
        errors: unknown[];
        warnings: Array<{ code: string; file?: string; message: string }>;
      };
      expect(out.errors).toEqual([]);
      for (const w of out.warnings) {
        const key = `${w.code} ${w.file ?? ''}`;
        expect(KNOWN.has(key) || KNOWN.has(`${key} ${browser}`), `${key}: ${w.message}`).toBe(true);
      }
    },
    60_000,
  );
});
