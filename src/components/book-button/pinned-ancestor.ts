import {openingTag} from '../../lib/opening-tag.js';

/**
 * Whether a `position: fixed` element really sits on the screen, or is pinned to one of the
 * page's elements instead. A transform, filter or containment on any ancestor makes that
 * ancestor the fixed element's frame; site builders' scroll animations often leave one (Webflow's
 * `transform: translate3d(0, 0, 0)`), and a floating button then scrolls away with that section.
 *
 * Returns null when the element keeps its distance from the bottom of the screen; otherwise the
 * ancestor that pins it, described for a console warning.
 */
export function pinnedTo(element: HTMLElement): string | null {
  const style = getComputedStyle(element);
  // Not shown, or made static by the page's own CSS: nothing to check.
  if (style.position !== 'fixed' || element.getClientRects().length === 0) return null;
  // In screen pixels: a page's CSS `zoom` scales the element's box but not its computed `bottom`.
  const viewportBottom = document.documentElement.clientHeight * zoomOf(document.documentElement);
  const gap = viewportBottom - element.getBoundingClientRect().bottom;
  if (Math.abs(gap - parseFloat(style.bottom) * zoomOf(element)) < 2) return null;
  // Chromium reports the pinning ancestor as the offsetParent; other browsers say null.
  const ancestor = element.offsetParent;
  return ancestor ? openingTag(ancestor) : 'an element around it';
}

/** The element's effective CSS zoom; 1 in browsers that cannot tell. */
function zoomOf(element: Element): number {
  return (element as Element & {currentCSSZoom?: number}).currentCSSZoom ?? 1;
}
