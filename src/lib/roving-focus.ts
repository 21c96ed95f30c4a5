/**
 * The index a key moves to in a one-dimensional set of tabs or options (WAI-ARIA tabs and
 * listbox patterns): arrows step and wrap, Home and End jump. Left and right swap in
 * right-to-left text. Returns null for keys the pattern does not use.
 */
export function nextIndex(key: string, current: number, count: number, rtl = false): number | null {
  if (count === 0) return null;
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case forward:
    case 'ArrowDown':
      return (current + 1) % count;
    case backward:
    case 'ArrowUp':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
