/**
 * The extension as the end-to-end tests drive it. The shipped panel lives in a closed shadow root, so
 * that the page's scripts cannot read or rewrite it; a driven browser cannot look into a closed root
 * either. The tests therefore load a copy of the build in which that one word reads "open" and nothing
 * else differs, and `shadow.test.ts` checks the shipped build itself (its root closed to the page,
 * the panel rendered inside, seen through the DevTools protocol).
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLOSED = 'mode:"closed"';
const copies = new Map<string, string>();

/** A copy of dist/<browser> whose panel's shadow root is open; made once per test process. */
export function inspectableBuild(browser: 'chrome' | 'firefox'): string {
  const made = copies.get(browser);
  if (made) return made;
  const dir = join(mkdtempSync(join(tmpdir(), 'ql-inspectable-')), browser);
  cpSync(resolve('dist', browser), dir, { recursive: true });
  let opened = 0;
  for (const file of readdirSync(dir).filter((f) => /^panel.*\.js$/.test(f))) {
    const code = readFileSync(join(dir, file), 'utf8');
    const n = code.split(CLOSED).length - 1;
    // the build changed shape: fail here rather than test something else than intended
    if (n !== 1) throw new Error(`${browser}/${file}: expected one ${CLOSED}, found ${n}`);
    writeFileSync(join(dir, file), code.replace(CLOSED, 'mode:"open"'));
    opened++;
  }
  if (!opened) throw new Error(`${browser}: no panel bundle to open`);
  copies.set(browser, dir);
  return dir;
}

/**
 * A copy of the inspectable Firefox build whose background opens its options page once at start: a
 * page of the extension's own origin from which the tests open its other pages. (Firefox refuses a
 * driven navigation to a moz-extension: address; a page of the extension may still open one.)
 */
export function launchableFirefoxBuild(): string {
  const made = copies.get('firefox-launchable');
  if (made) return made;
  const dir = join(mkdtempSync(join(tmpdir(), 'ql-launchable-')), 'firefox');
  cpSync(inspectableBuild('firefox'), dir, { recursive: true });
  writeFileSync(
    join(dir, 'launcher.js'),
    "browser.tabs.create({ url: browser.runtime.getURL('options.html?launcher') });\n",
  );
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.background.scripts = [...manifest.background.scripts, 'launcher.js'];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  copies.set('firefox-launchable', dir);
  return dir;
}
