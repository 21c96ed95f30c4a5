import {clipsOverflow} from '../../shared/overflow.js';

/** How many open dialogs hold the page still, and the page's own styles to give back after the last. */
let holders = 0;
let saved: [element: HTMLElement, overflow: string, gutter: string, hadStyle: boolean][] = [];

/**
 * Stops the page behind a modal from scrolling and returns the function that undoes it.
 * Uses the CSSOM (allowed under a strict CSP) and keeps the scrollbar's gutter so the page
 * does not jump sideways. Locks are counted: two dialogs closed in any order leave the page
 * as it was.
 *
 * The viewport takes `<html>`'s overflow, or `<body>`'s while `<html>`'s is `visible`, so it is
 * held through whichever gives it. Hiding `<html>` under a theme that clips `<body>`
 * (`html, body {height: 100%} body {overflow-x: hidden}`) would make the body a scroller of its
 * own, shown from its top: the page behind the dialog would jump there. A body that scrolls
 * itself (`overflow-x: hidden` on both) is held too.
 */
export function lockPageScroll(): () => void {
  if (holders++ === 0) {
    const root = document.documentElement;
    const body = document.body;
    const bodyClips = body != null && clipsOverflow(body);
    const viewportFromBody = bodyClips && !clipsOverflow(root);
    const [rootWidth, bodyWidth] = [root.clientWidth, body?.clientWidth];
    saved = [root, body]
      .filter(Boolean)
      .map((element) => [element, element.style.overflow, element.style.scrollbarGutter, element.hasAttribute('style')]);
    if (!viewportFromBody) root.style.overflow = 'hidden';
    if (bodyClips) body.style.overflow = 'hidden';
    // A scrollbar that went away leaves its gutter behind, so the page keeps its width. The
    // viewport's gutter is <html>'s to give, whichever element gives its overflow.
    if (root.clientWidth > rootWidth) root.style.scrollbarGutter = 'stable';
    if (bodyClips && !viewportFromBody && body.clientWidth > bodyWidth!) body.style.scrollbarGutter = 'stable';
  }
  let locked = true;
  return () => {
    if (!locked) return;
    locked = false;
    if (--holders > 0) return;
    for (const [element, overflow, gutter, hadStyle] of saved) {
      element.style.overflow = overflow;
      element.style.scrollbarGutter = gutter;
      // Emptied, the attribute stays as style="", which a page's [style] selector still matches.
      // It is read, not only removed: Chromium writes it lazily and would write it back.
      if (!hadStyle && element.getAttribute('style') === '') element.removeAttribute('style');
    }
    saved = [];
  };
}
