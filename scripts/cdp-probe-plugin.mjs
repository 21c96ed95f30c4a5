/**
 * A test-runner plugin that lets browser tests read what only Chromium's DevTools protocol
 * knows: the event listeners on window and document, and the JS heap after a full garbage
 * collection (command `cdp-probe`, see test/leaks.test.ts); and grants the page clipboard
 * access, as a visitor's click would (command `grant-clipboard`, see test/configurator.test.ts).
 */
export function cdpProbePlugin() {
  return {
    name: 'cdp-probe',
    async executeCommand({command, payload, session}) {
      if (command !== 'cdp-probe' && command !== 'grant-clipboard') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`${command} needs the Chrome launcher`);
      const page = session.browser.getPage(session.id);
      if (command === 'grant-clipboard') {
        await page.browserContext().overridePermissions(payload.origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
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
