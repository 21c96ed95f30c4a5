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
  // WebKitGTK draws in software in a virtual display: the explainer's sweep of widths, layouts
  // and languages takes 4 to 8 s there (it fails at a 4 s limit), too close to the usual 8.
  testFramework: {config: {timeout: 30000}},
};
