import {openingTag} from '../../lib/opening-tag.js';
import {flatTreeParent} from '../../shared/flat-tree.js';

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
  if (Math.abs(gapBelow(element) - parseFloat(style.bottom)) < 2) return null;
  // Chromium and Firefox report the pinning ancestor as the offsetParent; Safari says null.
  const ancestor = element.offsetParent ?? fixedFrameAround(element);
  return ancestor ? openingTag(ancestor) : 'an element around it';
}

/**
 * The element's distance from the bottom of the screen in its own CSS pixels, as its `bottom`
 * is written, whatever CSS `zoom` the page or its sections use. Browsers with the standard
 * `zoom` (Chrome 128, Firefox 126; they have `currentCSSZoom`) measure boxes in the screen's
 * pixels; Safari measures them in the element's zoomed pixels, the window's height included.
 */
function gapBelow(element: HTMLElement): number {
  const screenHeight = windowHeight();
  const {bottom} = element.getBoundingClientRect();
  const zoom = (element as HTMLElement & {currentCSSZoom?: number}).currentCSSZoom;
  return zoom === undefined ? screenHeight / zoomAlong(element) - bottom : (screenHeight - bottom) / zoom;
}

/**
 * The window's height without a horizontal scrollbar, as a fixed element's `bottom` counts it:
 * the scrolling element's. That is <html>, but <body> on a page without a doctype (quirks
 * mode), where <html> measures the whole page.
 */
function windowHeight(): number {
  return (document.scrollingElement ?? document.documentElement).clientHeight;
}

/** The product of the `zoom` of the element and of every element around it. */
function zoomAlong(element: Element): number {
  let zoom = 1;
  for (let box: Element | null = element; box; box = flatTreeParent(box)) {
    zoom *= parseFloat(getComputedStyle(box).zoom) || 1;
  }
  return zoom;
}

/** The nearest ancestor whose CSS makes it the frame of the fixed elements inside it. */
function fixedFrameAround(element: Element): Element | null {
  for (let box = flatTreeParent(element); box; box = flatTreeParent(box)) {
    if (framesFixedElements(getComputedStyle(box))) return box;
  }
  return null;
}

/**
 * A transform, filter or layout or paint containment (CSS Transforms, Filter Effects,
 * Containment), or the promise of one. Not `container-type`: size queries no longer bring
 * layout containment (CSS Containment 3), and no current browser frames fixed elements there.
 */
function framesFixedElements(style: CSSStyleDeclaration): boolean {
  const {transform, translate, rotate, scale, perspective, filter, backdropFilter} = style;
  return (
    [transform, translate, rotate, scale, perspective, filter, backdropFilter].some((value) => value && value !== 'none') ||
    /layout|paint|strict|content/.test(style.contain) ||
    /transform|translate|rotate|scale|perspective|filter/.test(style.willChange)
  );
}
