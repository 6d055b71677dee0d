// npm start: after the build, opens Chromium with the extension on the team's demo article.
// web-ext run is the ecosystem's way; it needs a display. Without one, the CLI's text report of the
// demo article is printed instead, a screenshot of the panel on it is saved (headless Chromium, where
// installed), and how to load dist/chrome by hand is said.
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { execFileSync, spawn } from 'node:child_process';
import { resolve } from 'node:path';

const demo = resolve('test/fixtures/demo-article.html');
const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) =>
  existsSync(p),
);
const hasDisplay =
  !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) ||
  process.platform === 'darwin' ||
  process.platform === 'win32';

/** Headless Chromium with the built extension on the demo article: a screenshot of the panel, or null. */
async function screenshotPanel(file) {
  if (!chromium) return null;
  const { chromium: driver } = await import('playwright-core');
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const ext = resolve('dist/chrome');
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(readFileSync(demo));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const context = await driver.launchPersistentContext(mkdtempSync(resolve(tmpdir(), 'ql-start-')), {
    executablePath: chromium,
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'de-DE',
    args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/demo-article.html`);
    // (the panel is rendered with its host, in a closed shadow root that locators cannot enter)
    await page.locator('#quellenlage-panel-host').waitFor({ state: 'attached', timeout: 20_000 });
    await page.waitForTimeout(800);
    await page.screenshot({ path: file });
    return file;
  } finally {
    await context.close();
    server.close();
  }
}

if (!hasDisplay) {
  console.log(
    'No display found, so here is what the extension sees on the demo article (the CLI runs the same analysis):\n',
  );
  process.stdout.write(
    execFileSync(
      'node',
      ['dist/cli/quellenlage.mjs', 'report', demo, '--format', 'text', '--url', 'http://127.0.0.1/demo-article.html'],
      { encoding: 'utf8' },
    ),
  );
  const shot = await screenshotPanel(resolve('dist/demo-panel.png')).catch((e) => {
    console.log(`\n(No screenshot of the panel: ${e.message.split('\n')[0]})`);
    return null;
  });
  if (shot) console.log(`\nThe panel on the demo article, as headless Chromium shows it: ${shot}`);
  console.log(
    `\nTo see the panel yourself: open chrome://extensions, switch on developer mode, "Load unpacked" → ${resolve('dist/chrome')},`,
  );
  console.log('then open a news article (or serve test/fixtures/ on 127.0.0.1 and open demo-article.html).');
  console.log('Firefox: about:debugging → "Load Temporary Add-on" → dist/firefox/manifest.json.');
  process.exit(0);
}

const server = createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(readFileSync(demo));
}).listen(0, '127.0.0.1', () => {
  const url = `http://127.0.0.1:${server.address().port}/demo-article.html`;
  console.log(`Demo article served at ${url}`);
  const args = [
    'web-ext',
    'run',
    '--source-dir',
    'dist/chrome',
    '--target',
    'chromium',
    '--start-url',
    url,
    '--no-reload',
  ];
  if (chromium) args.push('--chromium-binary', chromium);
  const child = spawn('npx', args, { stdio: 'inherit' });
  child.on('exit', (code) => {
    server.close();
    process.exit(code ?? 0);
  });
});
