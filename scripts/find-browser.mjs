// Where is a browser to test in? Its environment variable first, then the usual install paths.
import {existsSync} from 'node:fs';

export const BROWSERS = {
  chromium: {
    name: 'Chromium',
    envVar: 'CHROME_PATH',
    paths: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/snap/bin/chromium',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ],
    // DejaVu: a layout test uses it as a wide page font (wideFont() in test/helpers.ts).
    debianPackages: ['chromium', 'fonts-dejavu-core'],
  },
  firefox: {
    name: 'Firefox',
    envVar: 'FIREFOX_PATH',
    paths: [
      '/usr/bin/firefox-esr',
      '/usr/bin/firefox',
      '/snap/bin/firefox',
      '/Applications/Firefox.app/Contents/MacOS/firefox',
    ],
    // Liberation: the Firefox run's default fonts, Chromium's metrics (web-test-runner.firefox.config.mjs).
    debianPackages: ['firefox-esr', 'fonts-liberation'],
  },
};

/** The browser's executable, or null. A set but missing environment variable is null too. */
export function findBrowser(browser) {
  const {envVar, paths} = BROWSERS[browser];
  const fromEnv = process.env[envVar];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return paths.find((path) => existsSync(path)) ?? null;
}
