/**
 * How the kit scrolls for a visitor: at once when they ask for less motion, else as the page
 * scrolls. Many themes set `scroll-behavior: smooth` without asking, and a scroll the visitor
 * set off with a tap is motion they asked not to see (WCAG 2.3.3).
 */
export function visitorScrollBehavior(): ScrollBehavior {
  return matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'auto';
}
