/**
 * Command `first-render-in-fresh-tab` (payload `{path}`) for `npm run bench`: opens the
 * measuring page in a new tab of the same browser, as a visitor's first page of the site,
 * and answers what bench/frame.js measured there.
 *
 * Frames inside the test page share its renderer, so the kit found Chromium's Intl data
 * already loaded and its own compiled code at hand. A new tab starts from nothing.
 */
export function freshTabPlugin() {
  return {
    name: 'fresh-tab',
    async executeCommand({command, payload, session}) {
      if (command !== 'first-render-in-fresh-tab') return undefined;
      const testPage = session.browser.getPage(session.id);
      const tab = await testPage.browser().newPage();
      try {
        await tab.goto(new URL(payload.path, testPage.url()).href);
        await tab.waitForFunction(() => 'benchResult' in window, {timeout: 30_000});
        return await tab.evaluate(() => window.benchResult);
      } finally {
        await tab.close();
        await testPage.bringToFront();
      }
    },
  };
}
