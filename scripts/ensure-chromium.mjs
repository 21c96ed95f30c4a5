// Makes sure the tests have a browser: finds Chromium, or installs Debian's `chromium`
// package when running as root on Debian (with DejaVu fonts, which a layout test uses as
// a wide page font), or stops with one line saying what to run.
import {execSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {findChromium} from './find-chromium.mjs';

const found = findChromium();
if (found) process.exit(0);

if (process.env.CHROME_PATH) {
  console.error(`CHROME_PATH=${process.env.CHROME_PATH} does not exist: point it at a Chromium or Chrome binary.`);
  process.exit(1);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
if (isRoot && isDebian) {
  console.log('No Chromium found: installing Debian\'s chromium package (about 30 s)…');
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core', {
      stdio: 'inherit',
    });
  } catch {
    // apt-get has printed why (no network, a held lock…); fall through to the one-line advice.
  }
  if (findChromium()) process.exit(0);
}
console.error(
  'No Chromium found: run `sudo apt-get install -y chromium` (Debian/Ubuntu), or set CHROME_PATH to a Chrome or Chromium binary.',
);
process.exit(1);
