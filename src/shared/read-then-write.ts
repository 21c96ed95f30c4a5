/** Reads waiting for the next frame, each returning the change it leads to. */
const pendingReads: (() => () => void)[] = [];

/** Runs one element's read or change; a throw is logged and costs that element alone. */
function isolated<T>(step: () => T): T | undefined {
  try {
    return step();
  } catch (error) {
    console.error('spa-scar-kit: an element could not measure or lay itself out; the others go on.', error);
    return undefined;
  }
}

/**
 * Runs `read` before the next frame's layout, and the change it returns once every element
 * has read: a change followed by a read makes the browser lay the page out again, so a page of
 * 100 elements that each read and then changed would be laid out 100 times, not once.
 */
export function readThenWrite(read: () => () => void): void {
  if (pendingReads.push(read) > 1) return;
  requestAnimationFrame(() => {
    for (const write of pendingReads.splice(0).map(isolated)) if (write) isolated(write);
  });
}
