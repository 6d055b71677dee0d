// npm start: after the build, opens Chromium with the extension on the team's demo article.
// web-ext run is the ecosystem's way; it needs a display. Without one, the CLI report of the demo
// article is printed instead, with how to load dist/chrome by hand.
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

if (!hasDisplay) {
  console.log(
    'No display found, so here is what the extension sees on the demo article (the CLI runs the same analysis):\n',
  );
  process.stdout.write(
    execFileSync('node', ['dist/cli/quellenlage.mjs', 'report', demo, '--url', 'http://127.0.0.1/demo-article.html'], {
      encoding: 'utf8',
    }),
  );
  console.log(
    `\nTo see the panel: open chrome://extensions, switch on developer mode, "Load unpacked" → ${resolve('dist/chrome')},`,
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
