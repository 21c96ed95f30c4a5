/** Shared test helpers: observing the console and waiting on real browser events. */
import {emulateMedia, executeServerCommand, sendKeys, sendMouse} from '@web/test-runner-commands';

/**
 * Whether the browser is driven over Chrome's DevTools protocol, which some tests need (heap
 * and listener probes, contrast-theme emulation). Firefox is driven over WebDriver BiDi, WebKit
 * over WebDriver.
 */
export async function hasChromeProtocol(): Promise<boolean> {
  return (await executeServerCommand<string, undefined>('browser-protocol')) === 'cdp';
}

/**
 * Runs `steps` on a page that scrolls smoothly (`html {scroll-behavior: smooth}`, as many
 * themes set) for a visitor who asks for less motion. Chromium is asked to reduce motion;
 * the Firefox and WebKit runs always do, by a preference or a GTK setting.
 */
export async function onSmoothPageWithReducedMotion(steps: () => Promise<void>): Promise<void> {
  const chrome = await hasChromeProtocol();
  if (chrome) await emulateMedia({reducedMotion: 'reduce'});
  document.documentElement.style.scrollBehavior = 'smooth';
  try {
    if (!matchMedia('(prefers-reduced-motion: reduce)').matches) throw new Error('motion is not reduced');
    await steps();
  } finally {
    document.documentElement.style.scrollBehavior = '';
    if (chrome) await emulateMedia({reducedMotion: 'no-preference'});
  }
}

/** Records console.warn calls while a test runs (they still print). */
export function recordWarnings(): {messages: string[]; elements: (Element | null)[]; stop(): void} {
  const messages: string[] = [];
  // The element each warning names (the kit's elements pass themselves after the text).
  const elements: (Element | null)[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    messages.push(args.filter((arg) => !(arg instanceof Element)).map(String).join(' '));
    elements.push((args.find((arg) => arg instanceof Element) as Element | undefined) ?? null);
    original.apply(console, args);
  };
  return {messages, elements, stop: () => (console.warn = original)};
}

/** Resolves with the next event of that type on the target. */
export function nextEvent<T extends Event = Event>(target: EventTarget, type: string): Promise<T> {
  return new Promise((resolve) => target.addEventListener(type, (event) => resolve(event as T), {once: true}));
}

/** Waits for a frame to paint, for things that happen after layout. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/**
 * Sizes `wrapper` on both sides of a layout's break, `breakPx` wide at a 16 px font, and at a
 * 32 px font (a visitor who reads at 200%), where the break must be twice as wide: a break in
 * em follows the text size, not only the width. Answers where `sideBySide()` was wrong.
 */
export async function sideBySideAt(wrapper: HTMLElement, sideBySide: () => boolean, breakPx: number): Promise<string[]> {
  const cases = [
    [16, breakPx + 16, true],
    [16, breakPx, false],
    [32, 700, false],
    [32, breakPx * 2, false],
    [32, breakPx * 2 + 32, true],
  ] as const;
  const wrong: string[] = [];
  for (const [fontSize, width, expected] of cases) {
    wrapper.style.fontSize = `${fontSize}px`;
    wrapper.style.width = `${width}px`;
    await nextFrame();
    if (sideBySide() !== expected) wrong.push(`${width} px at ${fontSize} px: ${expected ? 'not ' : ''}side by side`);
  }
  return wrong;
}

/** Stops navigation for a test that clicks a real link. */
export function preventNavigation(target: EventTarget): () => void {
  const stop = (event: Event) => event.preventDefault();
  target.addEventListener('spa-book-click', stop);
  return () => target.removeEventListener('spa-book-click', stop);
}

/**
 * Loads a fixture page in an iframe and resolves once it has loaded and drawn a frame. The
 * page's scripts may run before the frame has its size (a busy machine lays the parent out
 * later), so media queries can first match a narrow screen; by the first animation frame
 * they have settled and reported their change, as they do on a real page.
 */
export async function loadPage(
  src: string,
  {width = 800, height = 600, sandbox}: {width?: number; height?: number; sandbox?: string} = {},
): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  // A site builder's embed block, as sandboxed as the test says: scripts and its own origin, for the test to read it.
  if (sandbox != null) frame.setAttribute('sandbox', `allow-scripts allow-same-origin ${sandbox}`);
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  frame.style.border = '0';
  const loaded = nextEvent(frame, 'load');
  frame.src = src;
  document.body.append(frame);
  await loaded;
  await new Promise((drawn) => frame.contentWindow!.requestAnimationFrame(drawn));
  return frame;
}

/** An element of a framed page, once its tag is defined there and its first render is done. */
export async function renderedIn(win: Window, selector: string): Promise<HTMLElement> {
  const element = win.document.querySelector<HTMLElement>(selector)!;
  await win.customElements.whenDefined(element.localName);
  await (element as unknown as {updateComplete: Promise<unknown>}).updateComplete;
  return element;
}

/**
 * A font about a fifth wider than Chromium's default Times, for layouts that must hold in the
 * page's own font: DejaVu Serif, the serif Firefox uses on Linux (Debian installs it with
 * Chromium, in fonts-dejavu-core), else Verdana (macOS, Windows). Throws when neither is
 * installed, so a test using it cannot pass in a narrow fallback font without noticing.
 */
export function wideFont(): string {
  const context = document.createElement('canvas').getContext('2d')!;
  const widthIn = (font: string) => {
    context.font = font;
    return context.measureText('September hypertrophiques').width;
  };
  const installed = ['"DejaVu Serif"', 'Verdana'].find(
    (family) => widthIn(`16px ${family}, monospace`) !== widthIn('16px monospace'),
  );
  if (!installed) throw new Error('No wide font for this test: on Debian, apt-get install fonts-dejavu-core');
  return installed;
}

/**
 * The words under `root` (or of the text node `root`) that the layout splits across two lines. Linux Chromium has no
 * hyphenation dictionaries, so any split here is a break in the middle of a word with no
 * hyphen: what a visitor whose browser cannot hyphenate would read. Words with their own
 * hyphen or slash may break there and are left out. `words` may name longer phrases that
 * should keep to one line, such as a month and its year.
 */
export function wordsSplitAcrossLines(root: Node, words = /[^\s\-–/]+/g): string[] {
  const split: string[] = [];
  // A tree walker never returns its own root, so a text node is read as itself.
  const texts: Node[] = root.nodeType === Node.TEXT_NODE ? [root] : [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) texts.push(walker.currentNode);
  for (const node of texts) {
    for (const word of node.textContent!.matchAll(words)) {
      const range = node.ownerDocument!.createRange();
      range.setStart(node, word.index!);
      range.setEnd(node, word.index! + word[0].length);
      const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
      if (lines.size > 1) split.push(word[0]);
    }
  }
  return split;
}

/**
 * Runs `expectations` with `element` in English, Spanish and French, its `wrapper` 240 to
 * 1,200 px wide: where layouts break, they break at some width in some language. With a
 * `textPx` other than 16, the wrapper's text is that size and the widths grow with it (480 to
 * 2,400 px at 32 px): a visitor reading at 200% on a phone or a wide screen.
 */
export async function inEveryLanguageAndWidth(
  wrapper: HTMLElement,
  element: {updateComplete: Promise<unknown>},
  expectations: (where: string) => void,
  textPx = 16,
): Promise<void> {
  // Imported here, not at the top: the bundle's tests share these helpers and must not get the
  // elements registered from the sources.
  const {setLocale} = await import('../src/index.js');
  for (const locale of ['en', 'es', 'fr']) {
    await setLocale(locale);
    await element.updateComplete;
    wrapper.style.fontSize = `${textPx}px`;
    const scale = textPx / 16;
    for (let width = 240 * scale; width <= 1200 * scale; width += 40 * scale) {
      wrapper.style.width = `${width}px`;
      await nextFrame();
      expectations(`${locale}, ${width} px${textPx === 16 ? '' : ` at ${textPx} px text`}`);
    }
  }
}

/**
 * A real Shift+Tab. Shift is let go whatever happens: left down, it would turn the next tests'
 * clicks into "open in a new tab".
 */
export async function shiftTab(): Promise<void> {
  await sendKeys({down: 'Shift'});
  try {
    await sendKeys({press: 'Tab'});
  } finally {
    await sendKeys({up: 'Shift'});
  }
}

/** A real click (or tap) in the middle of an element, as a visitor's pointer gives it. */
export async function tap(target: Element): Promise<void> {
  const box = target.getBoundingClientRect();
  await sendMouse({type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)]});
}

/**
 * The parts of a widget, shown, that reach past its panel's edges (a word too long for its
 * column), named with their first words. Shown: a closed <details>' content keeps the size it had
 * when open, in Firefox. The dialog is the window's, not the panel's.
 */
export function spillingOut(el: Element): string[] {
  const panel = el.shadowRoot!.querySelector('[part="base"]')!.getBoundingClientRect();
  const parts = el.shadowRoot!.querySelectorAll('[part="base"] *:not(svg *, dialog, dialog *, .visually-hidden *)');
  return [...parts]
    .filter((part) => {
      const {left, right} = part.getBoundingClientRect();
      return (right > panel.right + 1 || left < panel.left - 1) && part.checkVisibility();
    })
    .map((part) => named(part));
}

/** An element as a failure names it: its tag, classes and first words. */
const named = (el: Element) => `${el.localName}.${el.className} "${el.textContent!.trim().replace(/\s+/g, ' ').slice(0, 30)}"`;

/**
 * The boxes of a widget, shown, whose content reaches below them: words running over the next
 * answer. Boxes that clip (overflow other than visible) and inline text are not boxes here.
 */
export function overflowingBelow(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="base"] *:not(svg *)')]
    .filter((box) => {
      const {display, overflowY} = getComputedStyle(box);
      return display !== 'inline' && overflowY === 'visible' && box.scrollHeight > box.clientHeight + 1 && box.checkVisibility();
    })
    .map((box) => `${named(box)} (${box.clientHeight} px for ${box.scrollHeight})`);
}

interface Target {
  name: string;
  box: DOMRect;
}

/** What a finger or a pointer aims at. A checkbox or radio inside its label counts as its label. */
const TARGETS = 'a[href], button, label, summary, [role=tab], [role=option], input:not(label input)';

/**
 * The targets shown in `root`. Shown: Firefox gives a closed <details>' content the size it
 * had when open.
 */
export function targetsIn(root: ParentNode): Target[] {
  return [...root.querySelectorAll<HTMLElement>(TARGETS)]
    .filter((el) => el.checkVisibility())
    .map((el) => ({name: `${el.localName} "${el.textContent!.trim().slice(0, 40)}"`, box: el.getBoundingClientRect()}))
    .filter(({box}) => box.width > 0 && box.height > 0);
}

/**
 * WCAG 2.5.8: the targets under 24 by 24 px whose 24 px circle touches another target or
 * another small target's circle, each with that neighbour.
 */
export function targetsTooSmall(targets: Target[]): string[] {
  const small = (t: Target) => t.box.width < 24 || t.box.height < 24;
  const centre = (t: Target) => [t.box.x + t.box.width / 2, t.box.y + t.box.height / 2];
  const circleTouches = ([x, y]: number[], box: DOMRect) =>
    Math.hypot(Math.max(box.left - x, 0, x - box.right), Math.max(box.top - y, 0, y - box.bottom)) < 12;
  const found: string[] = [];
  for (const target of targets.filter(small)) {
    const neighbour = targets.find(
      (other) =>
        other !== target &&
        (circleTouches(centre(target), other.box) ||
          (small(other) && Math.hypot(centre(target)[0] - centre(other)[0], centre(target)[1] - centre(other)[1]) < 24)),
    );
    if (neighbour) {
      found.push(`${target.name} (${Math.round(target.box.width)}x${Math.round(target.box.height)}) next to ${neighbour.name}`);
    }
  }
  return found;
}
