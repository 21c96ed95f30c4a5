/** The parent as layout sees it: a slotted element's slot, a shadow root's host. */
export function flatTreeParent(element: Element): Element | null {
  return element.assignedSlot ?? element.parentElement ?? (element.getRootNode() as Partial<ShadowRoot>).host ?? null;
}
