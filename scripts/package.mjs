// npm run package: the store packages of the built extension and the source archive for review.
//   dist/packages/quellenlage-chrome-<version>.zip   (Chrome Web Store)
//   dist/packages/quellenlage-firefox-<version>.zip  (addons.mozilla.org)
//   dist/packages/quellenlage-source-<version>.zip   (the sources AMO asks for: build with
//                                                     `npm ci && npm run build`, see README)
// Each package is checked with the linter `web-ext lint` runs (addons-linter, on the zip itself);
// an error there stops the packaging.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const OUT = 'dist/packages';
const webExt = (args) => {
  const r = spawnSync('npx', ['web-ext', ...args, '--no-input'], { encoding: 'utf8' });
  if (r.status !== 0) {
    process.stderr.write(r.stdout + r.stderr);
    process.exit(1);
  }
  return r.stdout;
};
/** addons-linter's findings on a package file (it exits 1 when it finds errors: the JSON says which). */
const lint = (file) =>
  JSON.parse(
    spawnSync('npx', ['addons-linter', file, '--output', 'json'], { encoding: 'utf8' }).stdout.replace(/^[^{]*/, ''),
  );

for (const browser of ['chrome', 'firefox'])
  if (!existsSync(`dist/${browser}/manifest.json`)) {
    console.error(`dist/${browser} is missing: run npm run build first`);
    process.exit(1);
  }
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

for (const browser of ['chrome', 'firefox']) {
  const file = `quellenlage-${browser}-${version}.zip`;
  webExt(['build', '--source-dir', `dist/${browser}`, '--artifacts-dir', OUT, '--filename', file, '--overwrite-dest']);
  const found = lint(`${OUT}/${file}`);
  if (found.errors.length) {
    console.error(`${OUT}/${file}: the linter found ${found.errors.length} errors`);
    for (const e of found.errors) console.error(`  ${e.code} ${e.file ?? ''}: ${e.message}`);
    process.exit(1);
  }
  console.log(`${OUT}/${file} (linted: 0 errors, ${found.warnings.length} warnings)`);
}

// the sources: what `git ls-files` holds, or the tree without what the build and npm make
const file = `quellenlage-source-${version}.zip`;
webExt([
  'build',
  '--source-dir',
  '.',
  '--artifacts-dir',
  OUT,
  '--filename',
  file,
  '--overwrite-dest',
  '--ignore-files',
  'node_modules',
  'dist',
  '.git',
  '.eval',
  '.scratch',
  '.dbg*',
  'test-results',
  'coverage',
  '*.log',
]);
console.log(`${OUT}/${file}`);
