/** Reads waiting for the next frame, each returning the change it leads to. */
const pendingReads: (() => () => void)[] = [];

/**
 * Runs `read` before the next frame's layout, and the change it returns once every element
 * has read: a change followed by a read makes the browser lay the page out again, so a page of
 * 100 elements that each read and then changed would be laid out 100 times, not once.
 */
export function readThenWrite(read: () => () => void): void {
  if (pendingReads.push(read) > 1) return;
  requestAnimationFrame(() => {
    for (const write of pendingReads.splice(0).map((next) => next())) write();
  });
}
