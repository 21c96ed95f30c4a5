/**
 * The kit on hostile pages, loaded from the built bundle: a strict CSP with Trusted Types,
 * a theme's aggressive global CSS on a phone-wide page, an old page in quirks mode, and another Lit
 * app alongside.
 */
import {expect} from '@open-wc/testing';
import {loadPage, nextEvent, renderedIn, wordsSplitAcrossLines} from './helpers.js';

type FrameWindow = Window &
  typeof globalThis & {__warnings: string[]; __errors: string[]; __violations: string[]; __otherLitLoaded?: boolean};

describe('hostile pages', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  it('a strict CSP with Trusted Types: all three render and work, with no violation', async () => {
    frame = await loadPage('/test/fixtures/csp-page.html');
    const win = frame.contentWindow as FrameWindow;
    const explainer = await renderedIn(win, 'spa-scar-explainer');
    const estimator = await renderedIn(win, 'spa-session-estimator');
    const button = await renderedIn(win, 'spa-book-button');
    expect(explainer.shadowRoot!.querySelector('[part="panel"] .title')!.textContent).to.equal('Rolling scars');
    expect(estimator.shadowRoot!.querySelector('.headline')!.textContent!.replace(/\u2060/g, '').trim()).to.equal(
      '3–6 sessions, every 2–6 weeks',
    );
    // Interact: pick a card, tick a box, open the booking dialog with its frame.
    explainer.shadowRoot!.querySelector<HTMLElement>('[data-type="boxcar-shallow"]')!.click();
    estimator.shadowRoot!.querySelector<HTMLInputElement>('input[value="cold-sores"]')!.click();
    button.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!.click();
    await (button as unknown as {updateComplete: Promise<unknown>}).updateComplete;
    const bookingFrame = button.shadowRoot!.querySelector('iframe')!;
    await nextEvent(bookingFrame, 'load');
    expect(button.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
    const trustedTypes = (win as unknown as {trustedTypes: {getPolicyNames?: () => string[]}}).trustedTypes;
    expect(trustedTypes.getPolicyNames?.() ?? ['lit-html']).to.include('lit-html');
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
    // The recorder itself works: a real violation is caught.
    expect(() => win.eval('1')).to.throw();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(win.__violations).to.have.length(1);
  });

  it("a theme's hostile global CSS on a 390 px page: nothing overflows, everything still works", async () => {
    frame = await loadPage('/test/fixtures/hostile-page.html', {width: 390, height: 800});
    const win = frame.contentWindow as FrameWindow;
    const widgets = await Promise.all(
      ['spa-scar-explainer', 'spa-session-estimator', 'spa-book-button'].map((tag) => renderedIn(win, tag)),
    );
    const doc = win.document.documentElement;
    expect(doc.scrollWidth, 'page scrolls sideways').to.be.at.most(390);
    for (const widget of widgets) {
      const box = widget.getBoundingClientRect();
      expect(box.left, widget.localName).to.be.at.least(0);
      expect(box.right, widget.localName).to.be.at.most(390);
      for (const inner of widget.shadowRoot!.querySelectorAll<HTMLElement>('[part="base"], [part="panel"], [part="result"]')) {
        expect(inner.scrollWidth, `${widget.localName} ${inner.getAttribute('part')}`).to.be.at.most(inner.clientWidth + 1);
      }
      const style = win.getComputedStyle(widget.shadowRoot!.querySelector('[part="base"]')!);
      expect(style.textTransform, widget.localName).to.equal('none');
      expect(style.letterSpacing, widget.localName).to.equal('normal');
      expect(style.whiteSpace, widget.localName).to.equal('normal');
      expect(style.textIndent, widget.localName).to.equal('0px');
      expect(style.wordSpacing, widget.localName).to.equal('0px');
      expect(style.textAlign, widget.localName).not.to.equal('justify');
      expect(style.hyphens, widget.localName).to.equal('manual');
      expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize), widget.localName).to.be.below(2);
      expect(style.textShadow, widget.localName).to.equal('none');
      expect(style.webkitTextFillColor, `${widget.localName}: text painted in its own colour`).to.equal(style.color);
      expect(style.fontVariantCaps, widget.localName).to.equal('normal');
      // No name or label split mid-word by the theme's word-break / overflow-wrap.
      const allNames = widget.shadowRoot!.querySelectorAll('[role="tab"], .types label, [part="label"]');
      expect(allNames.length, widget.localName).to.be.above(0);
      for (const names of allNames) {
        expect(wordsSplitAcrossLines(names), `${widget.localName}: ${names.textContent!.trim()}`).to.deep.equal([]);
      }
    }
    const [explainer, estimator, button] = widgets;
    // The drawings keep their own size despite `svg {width: 100%; height: 300px !important}`.
    const drawing = explainer.shadowRoot!.querySelector('[part="drawing"] svg')!.getBoundingClientRect();
    expect(drawing.height).to.be.below(250);
    // Still usable.
    explainer.shadowRoot!.querySelector<HTMLElement>('[data-type="pih"]')!.click();
    await (explainer as unknown as {updateComplete: Promise<unknown>}).updateComplete;
    expect(explainer.getAttribute('selected')).to.equal('pih');
    estimator.shadowRoot!.querySelector<HTMLInputElement>('input[value="pregnant"]')!.click();
    await (estimator as unknown as {updateComplete: Promise<unknown>}).updateComplete;
    expect(estimator.shadowRoot!.querySelector('.headline')!.textContent).to.contain('talk to a provider');
    const link = button.shadowRoot!.querySelector<HTMLAnchorElement>('[part="base"]')!;
    expect(win.getComputedStyle(link).textDecorationLine).to.equal('none');
    expect(link.getBoundingClientRect().height).to.be.within(40, 60);
    let clicked = 0;
    button.addEventListener('spa-book-click', (event) => {
      clicked++;
      event.preventDefault();
    });
    link.click();
    expect(clicked).to.equal(1);
    expect(win.__errors).to.deep.equal([]);
  });

  it('an old page without a doctype (quirks mode): all three render, the floating button sits in its corner without a warning', async () => {
    frame = await loadPage('/test/fixtures/quirks-page.html', {width: 800, height: 600});
    const win = frame.contentWindow as FrameWindow;
    expect(win.document.compatMode).to.equal('BackCompat');
    const explainer = await renderedIn(win, 'spa-scar-explainer');
    const estimator = await renderedIn(win, 'spa-session-estimator');
    const inTable = await renderedIn(win, '#in-table');
    const corner = await renderedIn(win, '#corner');
    expect(explainer.shadowRoot!.querySelector('[part="panel"] .title')!.textContent).to.equal('Rolling scars');
    expect(estimator.shadowRoot!.querySelector('.headline')!.textContent!.replace(/\u2060/g, '').trim()).to.equal(
      '3–6 sessions, every 2–6 weeks',
    );
    expect(inTable.shadowRoot!.querySelector('[part="label"]')!.textContent).to.equal('Book a consultation');
    // Taller than the window: in quirks mode <html> measures the page, <body> the window.
    expect(win.document.documentElement.scrollHeight).to.be.above(600);
    const box = corner.getBoundingClientRect();
    expect(win.innerHeight - box.bottom).to.be.within(15, 17);
    await new Promise((drawn) => win.requestAnimationFrame(drawn));
    await new Promise((drawn) => win.requestAnimationFrame(drawn));
    expect(win.__warnings).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  it('another Lit app on the page keeps working beside the kit', async () => {
    frame = await loadPage('/test/fixtures/other-lit-page.html');
    const win = frame.contentWindow as FrameWindow;
    const other = await renderedIn(win, 'other-widget');
    const button = await renderedIn(win, 'spa-book-button');
    const explainer = await renderedIn(win, 'spa-scar-explainer');
    expect(win.__otherLitLoaded).to.equal(true);
    expect(other.shadowRoot!.textContent).to.contain('other widget');
    expect(button.shadowRoot!.textContent).to.contain('Book now');
    expect(explainer.shadowRoot!.querySelectorAll('[role="tab"]')).to.have.length(8);
    expect(win.__errors).to.deep.equal([]);
    // Under Lit's development build (web-test-runner.dev.config.mjs) the other app's Lit prints
    // its "dev mode" banner; that line is the other app's, every other one would be the kit's.
    expect(win.__warnings.filter((warning) => !warning.includes('lit.dev/msg/dev-mode'))).to.deep.equal([]);
  });
});
