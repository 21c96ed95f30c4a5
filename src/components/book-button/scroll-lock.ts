/** How many open dialogs hold the page still, and the page's own styles to give back after the last. */
let holders = 0;
let pageStyles = {overflow: '', gutter: ''};

/**
 * Stops the page behind a modal from scrolling and returns the function that undoes it.
 * Uses the CSSOM (allowed under a strict CSP) and keeps the scrollbar's gutter so the page
 * does not jump sideways. Locks are counted: two dialogs closed in any order leave the page
 * as it was.
 */
export function lockPageScroll(): () => void {
  const root = document.documentElement;
  if (holders++ === 0) {
    pageStyles = {overflow: root.style.overflow, gutter: root.style.scrollbarGutter};
    const hasScrollbar = window.innerWidth > root.clientWidth;
    root.style.overflow = 'hidden';
    if (hasScrollbar) root.style.scrollbarGutter = 'stable';
  }
  let locked = true;
  return () => {
    if (!locked) return;
    locked = false;
    if (--holders > 0) return;
    root.style.overflow = pageStyles.overflow;
    root.style.scrollbarGutter = pageStyles.gutter;
  };
}
