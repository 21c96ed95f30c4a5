// `npm run check:webkit`: the demo page in WebKit, Safari's engine, which the test runner cannot
// drive here (its WebKit is Playwright's own download). Debian's WebKitGTK MiniBrowser, driven
// over plain WebDriver, loads the demo at phone to desktop widths in en, es and fr, and this
// reports any word drawn across two lines and any box whose content spills out of it.
// Needs `apt-get install webkit2gtk-driver xvfb` and a built bundle (the npm script builds it).
// A check by hand, not part of `npm test`: see the README's "Browsers".
import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {createServer} from 'node:http';
import {extname, join, normalize} from 'node:path';
import {findMiniBrowser} from './find-browser.mjs';
import {webdriverAt} from './webdriver-client.mjs';

const MINIBROWSER = findMiniBrowser();
const WIDTHS = [320, 390, 768, 1280];
const LANGUAGES = ['en', 'es', 'fr'];
const DRIVER_PORT = 4455;

if (!existsSync('/usr/bin/WebKitWebDriver') || !MINIBROWSER || (!process.env.DISPLAY && !existsSync('/usr/bin/Xvfb'))) {
  console.error('No WebKit here: run `sudo apt-get install -y webkit2gtk-driver xvfb` (Debian/Ubuntu).');
  process.exit(1);
}

// MiniBrowser's window is never narrower than about 450 px, so each width is an iframe of the
// demo on a page of our own. The demo server's policy allows only https: frames, hence this
// plain server: the demo's files, and the bundle where the demo asks for it.
const root = new URL('..', import.meta.url).pathname;
const server = createServer(async (request, response) => {
  const path = new URL(request.url, 'http://x').pathname;
  if (path === '/frame.html') {
    response.writeHead(200, {'content-type': 'text/html; charset=utf-8'});
    response.end('<!doctype html><body style="margin:0"><iframe style="border:0;height:4000px"></iframe>');
    return;
  }
  const file = path === '/spa-scar-kit.js' ? join(root, 'dist/spa-scar-kit.js') : join(root, 'demo', normalize(path === '/' ? '/index.html' : path));
  const body = await readFile(file).catch(() => null);
  if (!body) return void response.writeHead(404).end();
  const type = {'.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml'}[extname(file)];
  response.writeHead(200, {'content-type': `${type ?? 'application/octet-stream'}; charset=utf-8`});
  response.end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const children = [];
const display = process.env.DISPLAY ?? ':97';
if (!process.env.DISPLAY) children.push(spawn('Xvfb', [display, '-screen', '0', '1600x1200x24'], {stdio: 'ignore'}));
children.push(spawn('WebKitWebDriver', [`--port=${DRIVER_PORT}`], {stdio: 'ignore', env: {...process.env, DISPLAY: display}}));
process.on('exit', () => children.forEach((child) => child.kill()));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const webdriver = webdriverAt(DRIVER_PORT, 'WebKitWebDriver');

/** Runs in the page: what a reader would see as broken, in the demo frame and every shadow root. */
function findProblems() {
  const doc = document.querySelector('iframe').contentDocument;
  const roots = [doc];
  for (let i = 0; i < roots.length; i++) {
    for (const el of roots[i].querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
  }
  const problems = [];
  const where = (el) => `<${el.getRootNode().host?.localName ?? 'page'}> ${el.localName}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''}`;
  for (const root of roots) {
    for (const el of root.querySelectorAll('*')) {
      const style = getComputedStyle(el);
      if (el.closest('svg, details:not([open]) > :not(summary), .visually-hidden') || style.display === 'inline') continue;
      if (['auto', 'scroll'].includes(style.overflowX) || el.clientWidth === 0) continue;
      if (el.scrollWidth > el.clientWidth + 1) problems.push(`${where(el)}: content ${el.scrollWidth} px wide in ${el.clientWidth} px`);
    }
    const texts = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      // A break after a hyphen ("auto-/immune") is a normal line break, not a split word.
      for (const word of node.data.matchAll(/[^\s\-‐]+/g)) {
        const range = doc.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
        if (lines.size > 1) problems.push(`${where(node.parentElement)}: "${word[0]}" split across lines`);
      }
    }
  }
  return problems;
}

let failures = 0;
let sessionId;
try {
  ({sessionId} = await webdriver('POST', '/session', {
    capabilities: {alwaysMatch: {'webkitgtk:browserOptions': {binary: MINIBROWSER, args: ['--automation']}}},
  }));
  await webdriver('POST', `/session/${sessionId}/window/rect`, {width: 1400, height: 1000});
  await webdriver('POST', `/session/${sessionId}/url`, {url: `${origin}/frame.html`});
  const run = (script, ...args) => webdriver('POST', `/session/${sessionId}/execute/sync`, {script, args});
  console.log(`WebKitGTK's MiniBrowser: the demo at ${WIDTHS.join(', ')} px in ${LANGUAGES.join(', ')}`);
  for (const width of WIDTHS) {
    await run(`const frame = document.querySelector('iframe'); frame.style.width = arguments[0] + 'px'; frame.src = arguments[1];`, width, `${origin}/`);
    await sleep(1500);
    for (const lang of LANGUAGES) {
      await run(`document.querySelector('iframe').contentDocument.documentElement.lang = arguments[0];`, lang);
      await sleep(500);
      const problems = await run(`return (${findProblems})();`);
      failures += problems.length;
      console.log(`${problems.length ? '✗' : '✓'} ${width} px, ${lang}${problems.map((problem) => `\n    ${problem}`).join('')}`);
    }
  }
} finally {
  if (sessionId) await webdriver('DELETE', `/session/${sessionId}`).catch(() => {});
  server.close();
}
process.exit(failures ? 1 : 0);
