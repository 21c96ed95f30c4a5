/**
 * Stops the page behind a modal from scrolling and returns the function that undoes it.
 * Uses the CSSOM (allowed under a strict CSP) and keeps the scrollbar's gutter so the page
 * does not jump sideways.
 */
export function lockPageScroll(root: HTMLElement = document.documentElement): () => void {
  const previous = {overflow: root.style.overflow, gutter: root.style.scrollbarGutter};
  const hadScrollbar = window.innerWidth > root.clientWidth;
  root.style.overflow = 'hidden';
  if (hadScrollbar) root.style.scrollbarGutter = 'stable';
  let locked = true;
  return () => {
    if (!locked) return;
    locked = false;
    root.style.overflow = previous.overflow;
    root.style.scrollbarGutter = previous.gutter;
  };
}
