/**
 * Whether this page is inside a frame: a site builder's embed block (Wix's "Embed HTML" puts
 * the snippet in a frame of its own, often sandboxed).
 */
export const isFramed = (): boolean => window.top !== window;

/**
 * Opens a booking page from inside a frame. A plain link would load it in that small frame
 * (where many booking sites refuse to show), and a new-tab link does nothing where the sandbox
 * forbids pop-ups. So: the visitor's own tab first for `self`, a new tab first for `new-tab`,
 * then the other, then the frame itself, each as far as the frame's sandbox allows.
 */
export function openFromFrame(url: string, newTabFirst: boolean): void {
  // Whether a way went. Sandboxes refuse by throwing (leaving the frame in every browser, a
  // pop-up in Firefox) or with a null window (a pop-up elsewhere, or a pop-up blocker).
  const went = (way: () => unknown) => {
    try {
      return !!way();
    } catch {
      return false;
    }
  };
  const inVisitorsTab = () => went(() => (window.top!.location.href = url));
  const inNewTab = () =>
    went(() => {
      // Not opened with "noopener", which answers null either way: cut from this page at once
      // instead, while the tab is still blank.
      const tab = window.open(url, '_blank');
      if (tab) tab.opener = null;
      return tab;
    });
  if (!(newTabFirst ? inNewTab() || inVisitorsTab() : inVisitorsTab() || inNewTab())) window.location.href = url;
}
