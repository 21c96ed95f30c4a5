/** The demo spa page (demo/index.html): the page a spa owner judges the kit by. */
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {hasChromeProtocol, loadPage} from './helpers.js';

/** The page's lines that only make sense beside a working widget. */
const WIDGET_INVITATIONS = ['Pick the picture closest', 'Answer two questions', 'Bring your estimate'];

describe('demo/index.html', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

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

