import base from './web-test-runner.config.mjs';
import {webkitLauncher} from './scripts/webkit-launcher.mjs';

// The suite in WebKit, Safari's engine (see the README's "Browsers"): Debian's WebKitGTK,
// driven over WebDriver by scripts/webkit-launcher.mjs, which sets Chromium's default fonts,
// the clipboard without a prompt and reduced motion, as the Firefox run does. Tests that need
// Chrome's own protocol skip themselves here too.
// scripts/ensure-browsers.mjs, run first, finds or installs WebKitGTK or says what to run.
export default {
  ...base,
  browsers: [webkitLauncher()],
  // WebKitGTK draws in software in a virtual display: the tests that sweep many widths and
  // languages take up to three times as long as in Chromium.
  testFramework: {config: {timeout: 30000}},
};
