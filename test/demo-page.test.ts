/** The demo spa page (demo/index.html): the page a spa owner judges the kit by. */
import {expect} from '@open-wc/testing';
import {executeServerCommand, setViewport} from '@web/test-runner-commands';
import {hasChromeProtocol, loadPage, nextEvent, nextFrame, renderedIn, wordsSplitAcrossLines} from './helpers.js';

type Rendered = HTMLElement & {updateComplete: Promise<unknown>};

/**
 * What a reader of the page would see as broken, in the page and in every widget's shadow root:
 * a word drawn across two lines, and a box whose content spills out of its sides.
 */
function brokenLayout(page: Document): string[] {
  const roots: (Document | ShadowRoot)[] = [page];
  for (const root of roots) for (const el of root.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
  const where = (el: Element) =>
    `<${(el.getRootNode() as ShadowRoot).host?.localName ?? 'page'}> ${[el.localName, ...el.classList].join('.')}`;
  const problems: string[] = [];
  for (const root of roots) {
    for (const el of root.querySelectorAll('*')) {
      // Not drawn, or scrolled on purpose: a closed answer, a visually hidden label, a code sample.
      if (el.closest('svg, noscript, details:not([open]) > :not(summary), .visually-hidden')) continue;
      const style = page.defaultView!.getComputedStyle(el);
      if (style.display === 'inline' || ['auto', 'scroll'].includes(style.overflowX) || el.clientWidth === 0) continue;
      if (el.scrollWidth > el.clientWidth + 1) problems.push(`${where(el)}: ${el.scrollWidth} px of content in ${el.clientWidth} px`);
    }
    const texts = page.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let text = texts.nextNode(); text; text = texts.nextNode()) {
      const split = wordsSplitAcrossLines(text).map((word) => `${where(text!.parentElement!)}: "${word}" split across lines`);
      problems.push(...split);
    }
  }
  return problems;
}

/** The demo's widgets, once the kit has defined and first drawn each of them. */
const widgetsRenderedIn = (win: Window) =>
  Promise.all(['spa-scar-explainer', 'spa-session-estimator', 'spa-book-button'].map((tag) => renderedIn(win, tag) as Promise<Rendered>));

/** The page's lines that only make sense beside a working widget. */
const WIDGET_INVITATIONS = ['Pick the picture closest', 'Answer two questions', 'Bring your estimate'];

describe('demo/index.html', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());
  after(() => setViewport({width: 800, height: 600}));

  for (const width of [390, 1280, 1920]) {
    it(`lines its sections up on one left edge, the coloured bands too, at ${width} px`, async () => {
      frame = await loadPage('/demo/index.html', {width, height: 900});
      const page = frame.contentDocument!;
      const left = (selector: string) => page.querySelector(selector)!.getBoundingClientRect().left;
      const edges = {
        hero: left('.hero h1'),
        scars: left('#scars h2'),
        estimate: left('#estimate h2'),
        expect: left('#expect h2'),
        faq: left('#faq h2'),
      };
      expect(edges.hero, 'the hero starts inside the page').to.be.above(0);
      for (const [section, edge] of Object.entries(edges)) {
        expect(edge, `${section} at ${width} px: ${JSON.stringify(edges)}`).to.equal(edges.hero);
      }
    });
  }

  // Each widget is swept through widths and languages in its own tests; this is the page around
  // them, with the widgets in it as a visitor answers them, in every browser the suite runs.
  for (const width of [320, 390, 768, 1280]) {
    it(`splits no word and spills no box at ${width} px, in English, Spanish and French, as the visitor answers`, async function () {
      this.timeout(60_000);
      frame = await loadPage('/demo/index.html', {width, height: 900});
      const win = frame.contentWindow!;
      const page = frame.contentDocument!;
      const widgets = await widgetsRenderedIn(win);
      const estimator = page.querySelector('spa-session-estimator')!.shadowRoot!;
      const firstQuestion = () => estimator.querySelector('legend')!.textContent!;
      const english = firstQuestion();
      const answers: [string, () => void][] = [
        ['before any answer', () => {}],
        ['rolling scars, grade 3', () => pick('type', 'rolling', 'grade', '3')],
        ['ice pick scars, grade 4', () => pick('type', 'icepick', 'grade', '4')],
        ['every safety box ticked', () => estimator.querySelectorAll<HTMLInputElement>('input[type=checkbox]').forEach((box) => box.click())],
      ];
      function pick(...names: string[]) {
        for (let i = 0; i < names.length; i += 2) {
          estimator.querySelector<HTMLInputElement>(`input[name="${names[i]}"][value="${names[i + 1]}"]`)!.click();
        }
      }
      const problems: string[] = [];
      for (const [state, answer] of answers) {
        answer();
        for (const lang of ['en', 'es', 'fr']) {
          page.documentElement.lang = lang;
          // The kit follows <html lang> on its own: wait until the estimator speaks the language.
          for (let frames = 0; frames < 120 && (firstQuestion() === english) !== (lang === 'en'); frames++) await nextFrame();
          expect(firstQuestion() === english, `the estimator in ${lang}`).to.equal(lang === 'en');
          await Promise.all(widgets.map((widget) => widget.updateComplete));
          await nextFrame();
          problems.push(...brokenLayout(page).map((problem) => `${state}, ${lang}: ${problem}`));
        }
      }
      expect(problems).to.deep.equal([]);
    });
  }

  // Each widget is checked with axe on its own; some rules need the whole page: every piece of
  // content inside a landmark (screen readers list them), unique ids and landmark names, one h1.
  for (const [width, height] of [[390, 844], [1280, 900], [844, 390]]) {
    it(`is accessible as a whole page at ${width} × ${height} px, in English and French, as the visitor answers and books`, async function () {
      this.timeout(60_000);
      // The test page as large as the demo's frame: the floating button, which steps aside while
      // another book button is on screen, then sees what a visitor's screen would show.
      await setViewport({width: width + 16, height: height + 16});
      frame = await loadPage('/demo/index.html', {width, height});
      const win = frame.contentWindow as Window & typeof globalThis & {axe: typeof import('axe-core')};
      const page = frame.contentDocument!;
      await widgetsRenderedIn(win);
      // axe runs in the page it checks: chai-a11y-axe's copy, in this window, refuses another one's document.
      const axe = page.createElement('script');
      axe.src = '/node_modules/axe-core/axe.min.js';
      page.head.append(axe);
      await nextEvent(axe, 'load');
      const violations = async (state: string) =>
        (await win.axe.run(page)).violations.flatMap(({id, nodes}) => nodes.map((node) => `${state}: ${id} at ${node.target.join(' ')}`));
      const found = await violations('en, before any answer');
      const estimator = page.querySelector('spa-session-estimator')!.shadowRoot!;
      for (const lang of ['en', 'fr']) {
        page.documentElement.lang = lang;
        estimator.querySelector<HTMLInputElement>('input[name="type"][value="rolling"]')!.click();
        estimator.querySelector<HTMLInputElement>(`input[name="grade"][value="${lang === 'en' ? 3 : 2}"]`)!.click();
        await nextFrame();
        found.push(...(await violations(`${lang}, answered`)));
      }
      const floatingLink = page.querySelector('spa-book-button[floating]')!.shadowRoot!.querySelector('a')!;
      const header = page.querySelector('.site-header')!;
      if (win.getComputedStyle(header).position === 'sticky') {
        // The header's book button is always in view: the floating one never shows.
        expect(win.getComputedStyle(floatingLink).visibility, 'the floating button under a sticky header').to.equal('hidden');
      } else {
        // A landscape phone: the header scrolls away, and past the hero the floating button shows.
        win.scrollTo(0, page.querySelector<HTMLElement>('#scars')!.offsetTop);
        for (let frames = 0; frames < 30 && win.getComputedStyle(floatingLink).visibility !== 'visible'; frames++) await nextFrame();
        expect(win.getComputedStyle(floatingLink).visibility, 'the floating button past the hero').to.equal('visible');
        found.push(...(await violations('fr, floating button showing')));
      }
      // Phones and short screens open a new tab instead of the dialog.
      if (width > 640 && height > 480) {
        const book = page.querySelector<Rendered>('.header-book')!;
        // A booking page of the test server's, on another origin: no request leaves the machine.
        book.setAttribute('href', `http://localhost:${location.port}/test/fixtures/fake-booking-frame.html`);
        await book.updateComplete;
        book.shadowRoot!.querySelector('a')!.click();
        await book.updateComplete;
        expect(book.shadowRoot!.querySelector('dialog')?.open, 'the booking dialog').to.equal(true);
        found.push(...(await violations('fr, booking dialog open')));
      }
      expect(found).to.deep.equal([]);
    });
  }

  it('with JavaScript turned off, leaves no empty boxes and says what to do instead', async () => {
    // A sandbox without allow-scripts is a page with scripting off: the kit never runs in it.
    frame = document.createElement('iframe');
    frame.sandbox.add('allow-same-origin');
    frame.style.cssText = 'width: 390px; height: 900px; border: 0';
    const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, {once: true}));
    frame.src = '/demo/index.html';
    document.body.append(frame);
    await loaded;
    const page = frame.contentDocument!;
    expect(frame.contentWindow!.customElements.get('spa-scar-explainer'), 'the kit ran').to.equal(undefined);
    for (const tag of ['spa-scar-explainer', 'spa-session-estimator']) {
      const element = page.querySelector<HTMLElement>(tag)!;
      const text = element.innerText.trim();
      expect(text, `${tag} tells a visitor without JavaScript what to do`).to.match(/consultation/);
      // Its text, not the room kept for the widget: no screenful of blank page.
      expect(element.getBoundingClientRect().height, `${tag} without JavaScript`).to.be.below(200);
    }
    const links = [...page.querySelectorAll<HTMLAnchorElement>('spa-book-button:not([floating]) > a')];
    expect(links.length, 'booking links that work without JavaScript').to.be.above(2);
    for (const link of links) expect(link.getBoundingClientRect().height, link.textContent!).to.be.above(0);
    // Nor a line inviting the visitor to use a widget that is not there.
    const shown = page.body.innerText;
    for (const invitation of WIDGET_INVITATIONS) expect(shown, 'without JavaScript').not.to.include(invitation);
  });

  it('with JavaScript, keeps the room for the explainer and the estimator until the kit has drawn them', async () => {
    frame = await loadPage('/demo/index.html', {width: 390, height: 900});
    const page = frame.contentDocument!;
    for (const tag of ['spa-scar-explainer', 'spa-session-estimator']) {
      const element = page.querySelector<HTMLElement>(tag)!;
      // The page's own rule for the element before the kit defines it (a <noscript> line is not shown).
      // (The frame's rules are of its own CSSRule classes, so no instanceof with this window's.)
      const rule = [...page.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .flatMap((rule) => ('media' in rule ? [...(rule as CSSMediaRule).cssRules] : [rule]))
        .find((rule) => (rule as CSSStyleRule).selectorText === `${tag}:not(:defined)`) as CSSStyleRule | undefined;
      expect(rule, `${tag}:not(:defined) in demo.css`).to.exist;
      // In em, so that it grows with the visitor's text size as the widgets do.
      expect(rule!.style.minHeight.replace(/[\d.]/g, ''), `${tag}'s room: unit`).to.equal('em');
      expect(parseFloat(rule!.style.minHeight) * 16, `${tag}'s room at 16 px text`).to.be.at.least(600);
      expect(element.querySelector('noscript'), `${tag}'s line for visitors without JavaScript`).to.exist;
    }
    const shown = page.body.innerText;
    for (const invitation of WIDGET_INVITATIONS) expect(shown, 'with JavaScript').to.include(invitation);
  });

  it("for a visitor whose browser text is set to 32 px: a sticky header of one row, which scrolling stops below", async function () {
    // Only Chrome's DevTools protocol sets the browser's default text size.
    if (!(await hasChromeProtocol())) this.skip();
    await executeServerCommand('default-font-size', {px: 32});
    try {
      frame = await loadPage('/demo/index.html', {width: 1280, height: 900});
      const page = frame.contentDocument!;
      const header = page.querySelector('.site-header')!.getBoundingClientRect();
      // One row: the name on one line beside the Book button, the menu folded away as on a phone.
      expect(header.height, 'the sticky header').to.be.below(130);
      expect(page.querySelector('.site-header nav')!.getClientRects().length, 'the menu').to.equal(0);
      // The browser's own scrolling (menu links, focus) stops below the header, not under it.
      const scrollPadding = parseFloat(frame.contentWindow!.getComputedStyle(page.documentElement).scrollPaddingTop);
      expect(scrollPadding, 'scroll-padding-top').to.be.at.least(header.height);
      frame.remove();
      // On a phone the name takes several lines: a header that stayed would cover a quarter of it.
      frame = await loadPage('/demo/index.html', {width: 390, height: 844});
      const phoneHeader = frame.contentDocument!.querySelector('.site-header')!;
      const staysInView = frame.contentWindow!.getComputedStyle(phoneHeader).position === 'sticky';
      if (staysInView) expect(phoneHeader.getBoundingClientRect().height, 'a sticky header on a phone').to.be.below(844 / 5);
      // And no heading cut off at the screen's edge ("Microneedlin").
      for (const heading of frame.contentDocument!.querySelectorAll<HTMLElement>('h1, h2')) {
        expect(heading.scrollWidth, heading.textContent!).to.be.at.most(heading.clientWidth);
        expect(heading.getBoundingClientRect().right, heading.textContent!).to.be.at.most(390);
      }
    } finally {
      await executeServerCommand('default-font-size', {px: 16});
    }
  });
});

