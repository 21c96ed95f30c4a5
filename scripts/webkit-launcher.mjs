/**
 * WebKit, Safari's engine, as a @web/test-runner browser: Debian's WebKitGTK MiniBrowser, driven
 * over plain WebDriver by WebKitWebDriver, in a virtual X display (Xvfb) of its own. The test
 * runner's own WebKit launcher needs Playwright's WebKit download, which these machines cannot
 * fetch (see the README's "Browsers").
 *
 * It presents itself as a Puppeteer launcher whose pages have `keyboard`, `mouse` and
 * `setViewport`, so that WTR's own sendKeys, sendMouse and setViewport commands drive it. Keys go
 * through WebDriver actions; mouse clicks are real X events from xdotool, because WebKitGTK's
 * WebDriver reports every synthesized mouseup as the left button (a right click then fires a
 * click). With no window manager on Xvfb, xdotool also gives the window the keyboard focus.
 */
import {execFileSync, spawn} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {findBrowser, findMiniBrowser} from './find-browser.mjs';
import {webdriverAt} from './webdriver-client.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// WebDriver's codes for the named keys the tests press (the W3C WebDriver spec's key table).
const KEYS = {
  Enter: '\uE007', Tab: '\uE004', Escape: '\uE00C', Backspace: '\uE003', Shift: '\uE008',
  Control: '\uE009', Alt: '\uE00A', Meta: '\uE03D', Home: '\uE011', End: '\uE010',
  PageUp: '\uE00E', PageDown: '\uE00F', ArrowLeft: '\uE012', ArrowUp: '\uE013',
  ArrowRight: '\uE014', ArrowDown: '\uE015', Space: ' ',
};
const X_BUTTONS = {left: '1', middle: '2', right: '3'};

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Xvfb on the first free display; resolves to its name, e.g. ":1". */
function startXvfb(children) {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '2600x2000x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  children.push(xvfb);
  return new Promise((resolve, reject) => {
    xvfb.stdio[3].once('data', (data) => resolve(`:${String(data).trim()}`));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb stopped (${code}) before it had a display`)));
  });
}

export function webkitLauncher({miniBrowser = findMiniBrowser(), driver = findBrowser('webkit') ?? 'WebKitWebDriver'} = {}) {
  const children = [];
  const active = new Set();
  let webdriver;
  let session;
  let display;
  let windowId;
  let toolbarHeight = 0;
  let currentUrl = 'about:blank';
  let config;

  const inSession = (method, path, body) => webdriver(method, `/session/${session}${path}`, body);
  const run = (script) => inSession('POST', '/execute/sync', {script, args: []});
  const xdotool = (...args) => execFileSync('xdotool', args, {env: {...process.env, DISPLAY: display}}).toString().trim();
  const keys = (actions) => inSession('POST', '/actions', {actions: [{type: 'key', id: 'keyboard', actions}]});
  const key = (name) => KEYS[name] ?? name;
  const moveMouse = (x, y) => xdotool('mousemove', '--window', windowId, String(Math.round(x)), String(Math.round(y) + toolbarHeight));
  // X events reach the page through the browser's own event loop: wait until the page has them
  // (a moment, then a round trip through the driver, which the browser answers in order).
  const pageHasMouse = async () => {
    await sleep(50);
    await run('return true');
  };

  /** A new MiniBrowser window, the session every command then goes to. */
  async function openBrowser() {
    ({sessionId: session} = await webdriver('POST', '/session', {
      capabilities: {
        alwaysMatch: {
          'webkitgtk:browserOptions': {
            binary: miniBrowser,
            args: [
              '--automation',
              // Chromium's default fonts (Times, Arial and Courier metrics; fontconfig finds
              // Liberation), so that the layout tests measure the same text in every run.
              '--default-font-family=Times New Roman',
              '--serif-font-family=Times New Roman',
              '--sans-serif-font-family=Arial',
              '--monospace-font-family=Courier New',
              // The clipboard without a prompt, as the other runs grant it.
              '--javascript-can-access-clipboard=true',
            ],
          },
        },
      },
    }));
    await inSession('POST', '/window/rect', {width: 800, height: 600});
    toolbarHeight = 600 - (await run('return innerHeight'));
  }

  /**
   * The window handles, in a new browser when the old one has died (its test file then fails as
   * "the browser disconnected"): the files after it still run, and the run says what happened.
   */
  async function windowHandles() {
    try {
      return await inSession('GET', '/window/handles');
    } catch (error) {
      if (!/invalid session id/.test(error.message)) throw error;
      console.error('WebKit quit in the middle of the run (see `dmesg` for a crash); a new MiniBrowser runs the next test files.');
      await openBrowser();
      return inSession('GET', '/window/handles');
    }
  }

  function focusWindow() {
    windowId = xdotool('search', '--onlyvisible', '--class', 'MiniBrowser').split('\n')[0];
    xdotool('windowfocus', '--sync', windowId);
  }

  /** What WTR's commands call on a Puppeteer page, done the WebKitGTK way. */
  const page = {
    browser: () => ({protocol: 'webdriver'}),
    async setViewport({width, height}) {
      // The window manager-less window resizes a moment later: ask again until it has.
      for (let attempt = 0; attempt < 20; attempt++) {
        await inSession('POST', '/window/rect', {width, height: height + toolbarHeight});
        const [innerWidth, innerHeight] = await run('return [innerWidth, innerHeight]');
        if (innerWidth === width && innerHeight === height) return;
        await sleep(50);
      }
      const [innerWidth, innerHeight] = await run('return [innerWidth, innerHeight]');
      throw new Error(`WebKit's window stays ${innerWidth}×${innerHeight} px; the test asked for ${width}×${height} px.`);
    },
    keyboard: {
      type: (text) => keys([...text].flatMap((value) => [{type: 'keyDown', value}, {type: 'keyUp', value}])),
      press: (combination) => {
        const pressed = combination.split('+').map(key);
        return keys([
          ...pressed.map((value) => ({type: 'keyDown', value})),
          ...pressed.reverse().map((value) => ({type: 'keyUp', value})),
        ]);
      },
      down: (name) => keys([{type: 'keyDown', value: key(name)}]),
      up: (name) => keys([{type: 'keyUp', value: key(name)}]),
    },
    mouse: {
      async move(x, y) {
        moveMouse(x, y);
        await pageHasMouse();
      },
      async click(x, y, {button = 'left'} = {}) {
        moveMouse(x, y);
        xdotool('click', X_BUTTONS[button]);
        await pageHasMouse();
      },
      async down({button = 'left'} = {}) {
        xdotool('mousedown', X_BUTTONS[button]);
        await pageHasMouse();
      },
      async up({button = 'left'} = {}) {
        xdotool('mouseup', X_BUTTONS[button]);
        await pageHasMouse();
      },
      async reset() {
        for (const button of Object.values(X_BUTTONS)) xdotool('mouseup', button);
        moveMouse(0, 0);
        await pageHasMouse();
      },
    },
    async emulateMediaFeatures() {
      throw new Error('WebKitGTK over WebDriver cannot emulate media features');
    },
    async emulateMediaType() {
      throw new Error('WebKitGTK over WebDriver cannot emulate print');
    },
  };

  return {
    name: 'WebKit',
    type: 'puppeteer',
    concurrency: 1,
    getPage: () => page,

    async initialize() {
      process.on('exit', () => children.forEach((child) => child.kill()));
      // A screen of its own even on a desktop: no window pops up, no keyboard focus is taken.
      display = existsSync('/usr/bin/Xvfb') ? await startXvfb(children) : process.env.DISPLAY;
      // GTK's "no animations" is WebKitGTK's prefers-reduced-motion, as the other runs set it.
      config = mkdtempSync(join(tmpdir(), 'spa-scar-kit-webkit-'));
      mkdirSync(join(config, 'gtk-3.0'));
      writeFileSync(join(config, 'gtk-3.0/settings.ini'), '[Settings]\ngtk-enable-animations=0\n');
      // MiniBrowser's toolbar (its buttons and address field) would keep the window at least
      // 429 px wide; shrunk, the window goes down to a 320 px phone. Pages draw their own controls.
      writeFileSync(join(config, 'gtk-3.0/gtk.css'), 'entry, button { min-width: 0; min-height: 0; padding: 0; margin: 0; font-size: 1px; border-width: 0; }\n');
      const port = await freePort();
      webdriver = webdriverAt(port, 'WebKitWebDriver');
      // No accelerated compositing: without a GPU it composites in Mesa's software GL, whose
      // compositor thread once crashed the browser mid-run (a fault in swrast_dri.so, CI, session
      // 30). Layout, events and hit testing are the same; the run takes half the time.
      const env = {...process.env, DISPLAY: display, XDG_CONFIG_HOME: config, WEBKIT_DISABLE_COMPOSITING_MODE: '1'};
      children.push(spawn(driver, [`--port=${port}`], {stdio: 'ignore', env}));
      await openBrowser();
    },

    async startSession(sessionId, url) {
      active.add(sessionId);
      currentUrl = url;
      // Windows a test opened (a booking page in a new tab) close; the first stays.
      const [first, ...opened] = await windowHandles();
      for (const handle of opened) {
        await inSession('POST', '/window', {handle});
        await inSession('DELETE', '/window');
      }
      await inSession('POST', '/window', {handle: first});
      await page.setViewport({width: 800, height: 600});
      focusWindow();
      // Navigating answers only once the page has loaded; the tests report through WTR's socket.
      inSession('POST', '/url', {url}).catch((error) => console.error(`WebKit could not open ${url}: ${error.message}`));
    },
    isActive: (sessionId) => active.has(sessionId),
    getBrowserUrl: () => currentUrl,
    async stopSession(sessionId) {
      active.delete(sessionId);
      // An empty page stops the test page's timers.
      await inSession('POST', '/url', {url: 'about:blank'}).catch(() => {});
      return {};
    },
    async startDebugSession() {
      throw new Error('The WebKit run has no debug mode: use `npm run test:watch` in Chromium.');
    },
    async stop() {
      if (session) await webdriver('DELETE', `/session/${session}`).catch(() => {});
      children.forEach((child) => child.kill());
      if (config) rmSync(config, {recursive: true, force: true});
    },
  };
}
