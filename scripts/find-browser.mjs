// Where is a browser to test in? Its environment variable first, then the usual install paths.
import {accessSync, constants, existsSync, readdirSync} from 'node:fs';
import {join} from 'node:path';

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
  // Safari's engine as Debian has it: WebKitGTK's WebDriver, which runs its MiniBrowser
  // (scripts/webkit-launcher.mjs) on a virtual screen (Xvfb), with xdotool for the mouse.
  webkit: {
    name: 'WebKitGTK',
    envVar: 'WEBKIT_WEBDRIVER_PATH',
    paths: ['/usr/bin/WebKitWebDriver'],
    alsoNeeds: () => findMiniBrowser() && (process.env.DISPLAY || existsSync('/usr/bin/Xvfb')) && existsSync('/usr/bin/xdotool'),
    debianPackages: ['webkit2gtk-driver', 'xvfb', 'xdotool', 'fonts-liberation'],
  },
};

/** The browser's executable, or null. A set but missing environment variable is null too. */
export function findBrowser(browser) {
  const {envVar, paths, alsoNeeds = () => true} = BROWSERS[browser];
  const fromEnv = process.env[envVar];
  const found = fromEnv ? (existsSync(fromEnv) ? fromEnv : null) : (paths.find((path) => existsSync(path)) ?? null);
  return found && alsoNeeds() ? found : null;
}

/** The MiniBrowser of Debian's libwebkit2gtk-4.1-0 (a dependency of webkit2gtk-driver), or null. */
export function findMiniBrowser() {
  if (!existsSync('/usr/lib')) return null;
  for (const dir of readdirSync('/usr/lib')) {
    const path = join('/usr/lib', dir, 'webkit2gtk-4.1/MiniBrowser');
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // not under this directory
    }
  }
  return null;
}
