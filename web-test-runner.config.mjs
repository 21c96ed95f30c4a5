import {chromeLauncher} from '@web/test-runner-chrome';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {findBrowser} from './scripts/find-browser.mjs';
import {cdpProbePlugin} from './scripts/cdp-probe-plugin.mjs';

// Chromium as the machine has it (see scripts/ensure-browsers.mjs, run by `npm test` first).
const executablePath = findBrowser('chromium') ?? undefined;

/**
 * The page each test file runs in: test/setup/cloneable-failures.ts first, so that every
 * failure reaches the terminal. `head` is for configurations that add their own scripts.
 */
export const testPage = (head = '') => (testFramework) => `<!doctype html>
<html>
  <head>${head}</head>
  <body>
    <script type="module" src="/test/setup/cloneable-failures.ts"></script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`;

/**
 * The demo page asks for the bundle where a spa's site keeps it, `/spa-scar-kit.js`, as
 * `npm start` serves it: here it is the built file, so test/demo-page.test.ts reads the page a
 * visitor gets, widgets and all.
 */
function demoBundle(context, next) {
  if (context.path === '/spa-scar-kit.js') context.url = '/dist/spa-scar-kit.js';
  return next();
}

export default {
  files: ['test/**/*.test.ts'],
  // 127.0.0.1 is the tests' own origin; http://localhost:<port> then serves as a second,
  // cross-origin site for the booking frame's postMessage tests.
  hostname: '127.0.0.1',
  nodeResolve: {exportConditions: ['production']},
  middleware: [demoBundle],
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json'}), cdpProbePlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  testFramework: {config: {timeout: 8000}},
  testRunnerHtml: testPage(),
  // One page at a time: keyboard focus and animation frames need the foreground tab.
  concurrency: 1,
};
