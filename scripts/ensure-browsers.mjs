// Makes sure the tests have their browsers (`node scripts/ensure-browsers.mjs chromium firefox`):
// finds each, or installs the missing ones from Debian's packages when running as root on
// Debian, or stops with one line saying what to run.
import {execSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {BROWSERS, findBrowser} from './find-browser.mjs';

const wanted = process.argv.slice(2);
const unknown = wanted.filter((browser) => !(browser in BROWSERS));
if (wanted.length === 0 || unknown.length > 0) {
  console.error(`Usage: node scripts/ensure-browsers.mjs ${Object.keys(BROWSERS).join('|')}…`);
  process.exit(1);
}

const missing = () => wanted.filter((browser) => !findBrowser(browser));

for (const browser of missing()) {
  const {envVar} = BROWSERS[browser];
  if (process.env[envVar]) {
    console.error(`${envVar}=${process.env[envVar]} does not exist: point it at a ${BROWSERS[browser].name} binary.`);
    process.exit(1);
  }
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
if (missing().length > 0 && isRoot && isDebian) {
  const packages = missing().flatMap((browser) => BROWSERS[browser].debianPackages);
  console.log(`Installing Debian's ${packages.join(', ')} (a minute or two)…`);
  try {
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`, {
      stdio: 'inherit',
    });
  } catch {
    // apt-get has printed why (no network, a held lock…); fall through to the one-line advice.
  }
}

// One line, whichever are missing.
const still = missing();
if (still.length > 0) {
  const names = still.map((browser) => BROWSERS[browser].name).join(' and ');
  const packages = [...new Set(still.flatMap((browser) => BROWSERS[browser].debianPackages))].join(' ');
  const variables = still.map((browser) => BROWSERS[browser].envVar).join(' and ');
  const chromiumAlone = still.some((browser) => browser !== 'chromium') ? '; `npm run test:chromium` tests in Chromium alone' : '';
  console.error(
    `${names} not found: run \`sudo apt-get install -y ${packages}\` (Debian/Ubuntu), or set ${variables}${chromiumAlone}.`,
  );
  process.exit(1);
}
