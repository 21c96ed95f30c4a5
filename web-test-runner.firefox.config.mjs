import {existsSync} from 'node:fs';
import {chromeLauncher} from '@web/test-runner-chrome';
import base from './web-test-runner.config.mjs';

// The suite in Firefox, to look for differences; not part of `npm test` (see the README's
// "Browsers"). Puppeteer drives Firefox over WebDriver BiDi, the standard protocol, and @web/test-runner's
// Chrome launcher is a thin layer over Puppeteer, so it launches Firefox as it is.
// Debian: `apt-get install firefox-esr`. Tests that need Chrome's own protocol (the leak
// probe, forced-colours emulation) skip themselves here.
const executablePath = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find(
  (path) => path && existsSync(path),
);
if (!executablePath) {
  console.error('No Firefox found: set FIREFOX_PATH, or on Debian run: apt-get install firefox-esr');
  process.exit(1);
}

export default {
  ...base,
  browsers: [
    chromeLauncher({
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
        },
      },
    }),
  ],
};
