import {openingTag} from '../../lib/opening-tag.js';
import {flatTreeParent} from '../../shared/flat-tree.js';
import {clipsOverflow} from '../../shared/overflow.js';

/**
 * What keeps anything sticky inside `element` from staying in view, described for a console
 * warning (`<div class="site"> has overflow-x: hidden`); null when nothing does.
 *
 * `position: sticky` sticks within the nearest ancestor that clips its overflow. Themes often
 * clip a whole wrapper (`overflow-x: hidden` against sideways scrolling, even on `html, body`);
 * such a wrapper, taller than the screen, does not scroll itself: the window scrolls it, and
 * whatever sticks inside it goes along. A box that scrolls itself (an app's scrolling pane) or
 * fits on the screen is no trouble.
 */
export function stickyStoppedBy(element: Element): string | null {
  for (let box = flatTreeParent(element); box && box !== document.documentElement; box = flatTreeParent(box)) {
    if (!clipsOverflow(box)) continue;
    if (box === document.body && !bodyScrollsOnItsOwn()) return null;
    const style = getComputedStyle(box);
    const scrollsItself = style.overflowY !== 'hidden' && box.scrollHeight > box.clientHeight;
    return scrollsItself || box.clientHeight <= window.innerHeight ? null : `${openingTag(box)} has ${overflowOf(style)}`;
  }
  return null;
}

/**
 * The body's overflow goes to the window while the root element's is `visible`. A root that
 * hides its overflow is a page held still under a modal (a cookie banner, a booking dialog):
 * not the layout the visitor will scroll, so nothing to judge by.
 */
function bodyScrollsOnItsOwn(): boolean {
  const root = document.documentElement;
  return clipsOverflow(root) && getComputedStyle(root).overflowY !== 'hidden';
}

/** As the page's CSS most likely wrote it: CSS turns the axis left `visible` into `auto`. */
function overflowOf({overflowX: x, overflowY: y}: CSSStyleDeclaration): string {
  return x === y ? `overflow: ${x}` : y === 'auto' ? `overflow-x: ${x}` : `overflow-y: ${y}`;
}
