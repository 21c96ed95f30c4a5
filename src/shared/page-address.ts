/**
 * The page the visitor is on. In a frame written with srcdoc (some site builders' code
 * blocks) the kit's own location is about:srcdoc, with no host and no query, its document
 * often has no `lang`, and the page's analytics run in the page that wrote it. Such a frame
 * has that page's origin, and may read it.
 */

/** This window, then each page up the srcdoc frames that wrote it, as far as they may be read. */
function windowsUpToThePage(): Window[] {
  const windows: Window[] = [window];
  try {
    for (let page: Window = window; page.location.href === 'about:srcdoc' && page.parent !== page; ) {
      page = page.parent;
      // Throws where a sandbox keeps the parent out of reach.
      void page.location.href;
      windows.push(page);
    }
  } catch {
    // The page is as far up as may be read.
  }
  return windows;
}

/**
 * The address of the visitor's page: the first up the srcdoc frames with one of its own (the
 * kit's own, about:srcdoc, where a sandbox keeps the page out of reach).
 */
export function pageLocation(): Location {
  return windowsUpToThePage().at(-1)!.location;
}

/** The window whose analytics take the kit's events: the nearest with a dataLayer or gtag. */
export function analyticsWindow(): Window {
  return windowsUpToThePage().find((page) => 'dataLayer' in page || 'gtag' in page) ?? window;
}

/** The page's `<html lang>`: the kit's own document's, else the first up the srcdoc frames that has one. */
export function pageLanguage(): string {
  return windowsUpToThePage().map((page) => page.document.documentElement.lang).find(Boolean) ?? '';
}
