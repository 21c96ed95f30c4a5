/**
 * Beside the form, the result sticks to the top of the screen while the visitor answers. A
 * result taller than the screen would then hide its end (the price, a safety note just added)
 * until the page scrolled past the whole form. Such a result sticks by its end instead, `gap`
 * above the screen's bottom edge: it scrolls with the page until its end is in view, and the
 * visitor has read its top on the way. A result that fits keeps the top the page gave it.
 * Returns the function that stops watching.
 */
export function keepStickyEndInView(box: HTMLElement, gap: number): () => void {
  const style = getComputedStyle(box);
  const fit = () => {
    // Only a top set here is taken away first, to read the page's own: with many estimators
    // on a page, one that fits costs a read of its layout and no new layout of the page.
    if (box.style.top) box.style.removeProperty('top');
    if (style.position !== 'sticky') return;
    const topThatFits = window.innerHeight - box.offsetHeight - gap;
    // Important: a page's `::part(result) { top }` would otherwise win over the element's style.
    if (topThatFits < parseFloat(style.top)) box.style.setProperty('top', `${topThatFits}px`, 'important');
  };
  const sizes = new ResizeObserver(fit);
  sizes.observe(box);
  window.addEventListener('resize', fit);
  return () => {
    sizes.disconnect();
    window.removeEventListener('resize', fit);
  };
}
