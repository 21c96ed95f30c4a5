import {chromeLauncher} from '@web/test-runner-chrome';
import base from './web-test-runner.config.mjs';
import {findBrowser} from './scripts/find-browser.mjs';

// The suite in Firefox, the last step of `npm test` (see the README's "Browsers"). Puppeteer
// drives Firefox over WebDriver BiDi, the standard protocol, and @web/test-runner's Chrome
// launcher is a thin layer over Puppeteer, so it launches Firefox as it is. Tests that need
// Chrome's own protocol (the leak probe, forced-colours and print emulation) skip themselves here.
// scripts/ensure-browsers.mjs, run first, finds or installs Firefox or says what to run.
const executablePath = findBrowser('firefox') ?? undefined;

const firefox = chromeLauncher({
  launchOptions: {
    browser: 'firefox',
    executablePath,
    headless: true,
    // The fonts Chromium uses by default (Times, Arial and Courier metrics), so that the
    // layout tests measure the same text in both; wider fonts have tests of their own.
    extraPrefsFirefox: {
      'font.name.serif.x-western': 'Liberation Serif',
      'font.name.sans-serif.x-western': 'Liberation Sans',
      'font.name.monospace.x-western': 'Liberation Mono',
      // The clipboard without a prompt, as Chromium's run grants it (grant-clipboard).
      'dom.events.testing.asyncClipboard': true,
      // Transitions off, as the theme tests ask Chromium for (WTR's emulateMedia needs CDP).
      'ui.prefersReducedMotion': 1,
      // A mouse, as on a desktop: pointer fine and hover (a bit mask), where headless browsers
      // report no pointer at all. Chromium's run stays a touch screen's (hover: none), so hover
      // looks are tested both ways (test/touch-screens.test.ts).
      'ui.primaryPointerCapabilities': 6,
      'ui.allPointerCapabilities': 6,
    },
  },
});
// The launcher calls itself "Chrome" unless handed a Puppeteer of its own; the progress and
// failure lines should name the browser that ran.
firefox.name = 'Firefox';

export default {...base, browsers: [firefox]};
