/**
 * Whether the element's computed overflow clips its content, making it a scroll container
 * (or the viewport's, when the window takes its overflow over). CSS turns the other axis of a
 * clipping one from `visible` to `auto`, so `overflow-y` tells for both.
 */
export function clipsOverflow(element: Element): boolean {
  return !['visible', 'clip'].includes(getComputedStyle(element).overflowY);
}
