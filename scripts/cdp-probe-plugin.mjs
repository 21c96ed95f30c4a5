/**
 * A test-runner plugin for what only Chromium's DevTools protocol can do: read the event
 * listeners on window and document, and the JS heap after a full garbage collection (command
 * `cdp-probe`, see test/leaks.test.ts); grant the page clipboard access, as a visitor's click
 * would (command `grant-clipboard`, see test/configurator.test.ts); and switch on a contrast
 * theme, as Windows users do (command `forced-colors`, payload `{active}`, see
 * test/forced-colors.test.ts). WTR's own emulateMedia knows no forced-colors.
 *
 * Command `default-font-size` (payload `{px}`) sets the browser's default text size, as a
 * visitor does in the browser's settings ("Very large" is 24 px; 16 px is the default again).
 * Unlike a page's own `font-size`, it also moves `em` in media queries.
 *
 * Command `phone-screen` (payload `{active}`) gives the page a phone's screen, 390 × 844, and
 * leaves its window as it is: a phone showing a page without a viewport meta tag, which lays
 * out 980 px wide (see test/book-button.test.ts).
 *
 * Command `browser-protocol` answers 'cdp', 'webDriverBiDi' (Firefox) or 'webdriver' (WebKit,
 * scripts/webkit-launcher.mjs), so that tests which need Chrome's protocol skip themselves
 * elsewhere. In Firefox and WebKit, `grant-clipboard` has nothing to do: their runs allow the
 * clipboard by a preference (web-test-runner.firefox.config.mjs) or a setting.
 */
const COMMANDS = new Set(['browser-protocol', 'cdp-probe', 'grant-clipboard', 'forced-colors', 'default-font-size', 'phone-screen']);
const emulationSessions = new WeakMap();

export function cdpProbePlugin() {
  return {
    name: 'cdp-probe',
    async executeCommand({command, payload, session}) {
      if (!COMMANDS.has(command)) return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`${command} needs the Chrome launcher`);
      const page = session.browser.getPage(session.id);
      const protocol = page.browser().protocol;
      if (command === 'browser-protocol') return protocol;
      if (command === 'grant-clipboard') {
        if (protocol === 'cdp') {
          await page.browserContext().overridePermissions(payload.origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
        }
        return true;
      }
      // Emulation lasts as long as the DevTools session that set it, so each page keeps one.
      if (!emulationSessions.has(page)) emulationSessions.set(page, await page.target().createCDPSession());
      if (command === 'default-font-size') {
        await emulationSessions.get(page).send('Page.setFontSizes', {fontSizes: {standard: payload.px, fixed: payload.px - 3}});
        return true;
      }
      if (command === 'phone-screen') {
        const {width, height, deviceScaleFactor = 1} = page.viewport();
        const screen = payload.active ? {screenWidth: 390, screenHeight: 844} : {screenWidth: width, screenHeight: height};
        await emulationSessions.get(page).send('Emulation.setDeviceMetricsOverride', {width, height, deviceScaleFactor, mobile: false, ...screen});
        return true;
      }
      if (command === 'forced-colors') {
        // A dark contrast theme, like Windows' "Night sky"; `active: false` turns it off again.
        const features = payload.active
          ? [{name: 'forced-colors', value: 'active'}, {name: 'prefers-color-scheme', value: 'dark'}]
          : [];
        await emulationSessions.get(page).send('Emulation.setEmulatedMedia', {features});
        return true;
      }
      const client = await page.target().createCDPSession();
      try {
        // Several passes: objects freed by one collection can release others.
        for (let i = 0; i < 3; i++) await client.send('HeapProfiler.collectGarbage');
        const {usedSize} = await client.send('Runtime.getHeapUsage');
        const listenersOn = async (expression) => {
          const {result} = await client.send('Runtime.evaluate', {expression});
          const {listeners} = await client.send('DOMDebugger.getEventListeners', {objectId: result.objectId});
          return listeners.map((listener) => listener.type).sort();
        };
        return {heap: usedSize, window: await listenersOn('window'), document: await listenersOn('document')};
      } finally {
        await client.detach();
      }
    },
  };
}
