/**
 * The address of the page the visitor is on. In a frame written with srcdoc (some site
 * builders' code blocks) the kit's own location is about:srcdoc, with no host and no query;
 * that frame has the origin of the page that wrote it, and may read that page's address.
 */

/** The page's scheme and host; an opaque origin ("null", a sandboxed frame) falls back to the location's. */
export function pageOrigin(): {host: string; protocol: string} {
  try {
    return new URL(window.origin);
  } catch {
    return window.location;
  }
}

/** The query of the visitor's page: from the nearest page up the srcdoc frames that has an address. */
export function pageQuery(): string {
  let page: Window = window;
  try {
    while (page.location.href === 'about:srcdoc' && page.parent !== page) page = page.parent;
    return page.location.search;
  } catch {
    // A sandboxed srcdoc frame may not read its parent's address.
    return window.location.search;
  }
}
