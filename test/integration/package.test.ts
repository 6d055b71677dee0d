// npm run package on the built extension: both store packages and the source archive, each store
// package linted as a file (addons-linter, the linter of web-ext lint) with no error.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

describe('npm run package', () => {
  it.skipIf(!existsSync('dist/chrome/manifest.json'))(
    'builds the Chrome and Firefox packages and the source archive, and the linter finds no error in them',
    () => {
      const r = spawnSync('node', ['scripts/package.mjs'], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      for (const b of ['chrome', 'firefox']) {
        const file = `dist/packages/quellenlage-${b}-${version}.zip`;
        expect(statSync(file).size).toBeGreaterThan(50_000);
        expect(r.stdout).toContain(`${file} (linted: 0 errors`);
      }
      expect(statSync(`dist/packages/quellenlage-source-${version}.zip`).size).toBeGreaterThan(50_000);
    },
    180_000,
  );
});
