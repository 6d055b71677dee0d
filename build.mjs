// Builds the extension for Chromium (dist/chrome) and Firefox (dist/firefox) from one manifest, and
// the CLI (dist/cli). Usage: node build.mjs [--watch is not offered: builds take about a second].
import { build } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
/**
 * The lexicons' `about` texts document each file for its readers; the program never reads them, so
 * bundles leave them out. With `explanations: false` the cues' explanations go too (the content
 * script never shows one: the panel has its own copy, `quellenlage:explanations`).
 */
/** The keys of the lexicons that hold explanations for the panel (see src/core/lexicon/quotes.json). */
const EXPLANATION_KEYS = new Set(['explain', 'colon', 'headline']);
const lexiconData = ({ explanations }) => ({
  name: 'lexicon-data',
  setup(b) {
    b.onLoad({ filter: /[\\/]lexicon[\\/].*\.json$/ }, (args) => {
      const { about: _about, ...data } = JSON.parse(readFileSync(args.path, 'utf8'));
      const drop = (o) =>
        Array.isArray(o)
          ? o.map(drop)
          : o && typeof o === 'object'
            ? Object.fromEntries(
                Object.entries(o)
                  .filter(([k]) => !EXPLANATION_KEYS.has(k))
                  .map(([k, v]) => [k, drop(v)]),
              )
            : o;
      return { contents: JSON.stringify(explanations ? data : drop(data)), loader: 'json' };
    });
  },
});

/** Every cue's explanation per language, as the core compiles them from the lexicons (`allExplanations`). */
async function cueExplanations() {
  const r = await build({
    entryPoints: ['src/core/lang/index.ts'],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'warning',
  });
  const mod = await import(`data:text/javascript;base64,${Buffer.from(r.outputFiles[0].text).toString('base64')}`);
  return mod.allExplanations();
}
const explanations = JSON.stringify(await cueExplanations());
/** `import explanations from 'quellenlage:explanations'`: the explanations as a module of their own, for the panel. */
const explanationsModule = {
  name: 'cue-explanations',
  setup(b) {
    b.onResolve({ filter: /^quellenlage:explanations$/ }, (a) => ({ path: a.path, namespace: 'explanations' }));
    b.onLoad({ filter: /.*/, namespace: 'explanations' }, () => ({ contents: explanations, loader: 'json' }));
  },
};
const common = {
  bundle: true,
  target: ['chrome120', 'firefox128'],
  legalComments: 'none',
  logLevel: 'warning',
  minify: true,
  jsx: 'automatic',
  jsxImportSource: 'preact',
  plugins: [lexiconData({ explanations: true }), explanationsModule],
};

/** The news sites of src/news-sites.json as match patterns: '*://*.HOST/*' covers the host and its subdomains. */
function newsSitePatterns() {
  const sites = JSON.parse(readFileSync('src/news-sites.json', 'utf8'));
  return [...new Set([...sites.de, ...sites.en])].map((h) => `*://*.${h}/*`);
}

/** Each language's grammar and lexicons as a script of its own, loaded by the content script for a page in that language. */
const LANGUAGE_SCRIPTS = ['lang-de.js', 'lang-en.js'];

/**
 * The content script carries no language's grammar or lexicon data (`src/core/lang/packs.ts`, every
 * language's, becomes an empty module in it): it loads the page's language's alone (src/content/languages.ts).
 */
const noBundledLanguages = {
  name: 'no-bundled-languages',
  setup(b) {
    b.onResolve({ filter: /^\.\/packs\.js$/ }, (a) =>
      /[\\/]src[\\/]core[\\/]lang[\\/]index\.ts$/.test(a.importer)
        ? { path: a.path, namespace: 'no-languages' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'no-languages' }, () => ({
      contents: 'export const BUNDLED_PACKS = {};',
      loader: 'js',
    }));
  },
};

/** The manifest for one browser: Chromium takes the service worker, Firefox the background script. */
function manifestFor(browser) {
  const m = structuredClone(manifest);
  m.version = pkg.version;
  // the listed news sites (data, src/news-sites.json) before the local addresses of manifest.json
  m.content_scripts[0].matches = [...newsSitePatterns(), ...m.content_scripts[0].matches];
  // Chromium imports the panel module: reachable from exactly the pages the content script runs on
  // with a dynamic URL that changes every browser session, so that a page cannot probe for it
  if (browser === 'chrome')
    m.web_accessible_resources = [
      { resources: ['panel.js', ...LANGUAGE_SCRIPTS], matches: m.content_scripts[0].matches, use_dynamic_url: true },
    ];
  // Chromium (121+) takes the service worker and ignores background.scripts and the gecko settings,
  // so its manifest keeps them: both builds then pass web-ext lint. Firefox takes the scripts.
  if (browser === 'firefox') m.background = { scripts: m.background.scripts };
  return m;
}

const ext = 'dist/ext';
rmSync('dist', { recursive: true, force: true });
await build({
  ...common,
  entryPoints: {
    background: 'src/background/index.ts',
    options: 'src/options/index.tsx',
    compare: 'src/compare/page.ts',
    popup: 'src/popup/index.tsx',
  },
  outdir: ext,
  format: 'iife',
});
/**
 * The content script and its panel, per browser: the panel loads only when it is shown. Chromium
 * resolves a content script's `import('./panel.js')` against the content script's own address, so
 * there the panel is an ES module it imports (web-accessible on the listed sites only). Firefox
 * resolves it against the page, so there the background injects the panel as a script into the
 * content script's world (its content-script hosts are host permissions; no web-accessible file).
 */
async function buildContent(browser) {
  const dir = `dist/${browser}`;
  const loader = browser === 'firefox' ? 'inject' : 'import';
  const plugins = [lexiconData({ explanations: false })];
  await build({
    ...common,
    plugins: [...plugins, noBundledLanguages],
    external: ['./panel.js'],
    define: {
      __PANEL_LOADER__: JSON.stringify(loader),
      __PANEL_SCRIPT__: JSON.stringify(loader === 'import' ? 'panel-script.js' : 'panel.js'),
    },
    entryPoints: { content: 'src/content/index.ts' },
    outdir: dir,
    format: 'iife',
  });
  // (a script that sets a global: imported as a module in Chromium, injected as a script in Firefox)
  await build({
    ...common,
    plugins,
    entryPoints: { 'lang-de': 'src/content/lang-de.ts', 'lang-en': 'src/content/lang-en.ts' },
    outdir: dir,
    format: 'iife',
  });
  await build({
    ...common,
    entryPoints: { panel: 'src/ui/panel-entry.ts' },
    outdir: dir,
    format: loader === 'import' ? 'esm' : 'iife',
  });
  // Chromium on a page outside the list (the reader asked for it, or allowed every site): the panel
  // module is not web-accessible there, so the background injects this script version of it instead
  if (loader === 'import')
    await build({ ...common, entryPoints: { 'panel-script': 'src/ui/panel-entry.ts' }, outdir: dir, format: 'iife' });
}
for (const browser of ['chrome', 'firefox']) {
  const dir = `dist/${browser}`;
  mkdirSync(dir, { recursive: true });
  cpSync(ext, dir, { recursive: true });
  cpSync('src/options/options.html', `${dir}/options.html`);
  cpSync('src/compare/compare.html', `${dir}/compare.html`);
  cpSync('src/popup/popup.html', `${dir}/popup.html`);
  cpSync('_locales', `${dir}/_locales`, { recursive: true });
  mkdirSync(`${dir}/icons`, { recursive: true });
  for (const size of [16, 32, 48, 128]) cpSync(`icons/icon-${size}.png`, `${dir}/icons/icon-${size}.png`);
  writeFileSync(`${dir}/manifest.json`, JSON.stringify(manifestFor(browser), null, 2));
  await buildContent(browser);
}
rmSync(ext, { recursive: true, force: true });

await build({
  ...common,
  minify: false,
  entryPoints: { quellenlage: 'src/cli/bin.ts', api: 'src/cli/api.ts', worker: 'src/cli/worker.ts' },
  outdir: 'dist/cli',
  outExtension: { '.js': '.mjs' },
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  define: { __VERSION__: JSON.stringify(pkg.version) },
});
// the chart script of `quellenlage compare --html`: one browser file, inlined into the HTML it writes
await build({
  ...common,
  entryPoints: { 'compare-view': 'src/compare/standalone.ts' },
  outdir: 'dist/cli',
  format: 'iife',
});
const bin = 'dist/cli/quellenlage.mjs';
writeFileSync(bin, '#!/usr/bin/env node\n' + readFileSync(bin, 'utf8'));
chmodSync(bin, 0o755);
console.log(`built dist/chrome, dist/firefox and dist/cli (version ${pkg.version})`);
