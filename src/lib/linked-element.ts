/** What looking up a linked element found, and what was wrong when it found none. */
export interface Linked {
  element: Element | null;
  /** `unknown-id`: the id names no such element. `several`: no id, and more than one could be meant. */
  problem: 'unknown-id' | 'several' | null;
  /** How many `tag` elements the lookup saw; used to word the warning. */
  count: number;
}

/**
 * How a widget finds the one it works with (the estimator's `for`, the book button's
 * `estimator`): the element the id names, else the only `tag` in the same document or
 * shadow root. With several and no id it takes none: guessing would link the wrong pair.
 */
export function findLinked(from: Node, id: string | null, tag: string): Linked {
  const root = from.getRootNode() as Document | ShadowRoot;
  if (id != null) {
    const named = root.getElementById?.(id.trim()) ?? null;
    const found = named?.localName === tag;
    return {element: found ? named : null, problem: found ? null : 'unknown-id', count: found ? 1 : 0};
  }
  const all = root.querySelectorAll?.(tag) ?? [];
  return {element: all.length === 1 ? all[0] : null, problem: all.length > 1 ? 'several' : null, count: all.length};
}
