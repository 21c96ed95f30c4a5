/** The spa owner's configurator (demo/configurator.html) and its snippet builder. */
import {expect} from '@open-wc/testing';
import {executeServerCommand, sendKeys, setViewport} from '@web/test-runner-commands';
import {hasChromeProtocol, loadPage, nextFrame} from './helpers.js';
// @ts-expect-error: a plain JavaScript module of the demo, without types.
import {buildSnippet, escapeAttribute} from '../demo/snippet.js';

/** The configurator's copy status, once the asynchronous clipboard write has reported. */
async function copyStatus(doc: Document): Promise<HTMLElement> {
  const status = doc.getElementById('copy-status')!;
  for (let i = 0; i < 50 && !status.textContent; i++) await new Promise((resolve) => setTimeout(resolve, 20));
  return status;
}

describe('buildSnippet', () => {
  it('writes the script tag, the elements with only their set attributes, and the theme', () => {
    const snippet = buildSnippet({
      src: '/spa-scar-kit.js',
      theme: {'--spa-color-primary': '#6b3fa0'},
      explainer: {attributes: {layout: 'cards', 'hide-alternatives': false}},
      estimator: {attributes: {price: '250', currency: '', 'hide-screening': true}},
      book: {href: 'https://calendly.com/x', linkText: 'Book', attributes: {target: 'dialog', floating: false}},
    });
    expect(snippet).to.contain('<script type="module" src="/spa-scar-kit.js"></script>');
    expect(snippet).to.contain('spa-book-button, spa-scar-explainer, spa-session-estimator {\n    --spa-color-primary: #6b3fa0;');
    expect(snippet).to.contain('<spa-scar-explainer layout="cards"></spa-scar-explainer>');
    expect(snippet).to.contain('<spa-session-estimator price="250" hide-screening></spa-session-estimator>');
    expect(snippet).to.contain('<spa-book-button target="dialog">\n  <a href="https://calendly.com/x">Book</a>\n</spa-book-button>');
  });

  it('escapes what spa owners type, so the snippet cannot break their page', () => {
    expect(escapeAttribute('"><script>alert(1)</script>&')).to.equal('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;');
    const snippet = buildSnippet({
      src: '/x.js"><script>',
      theme: {},
      book: {href: 'https://a.example/?q="x"', linkText: '<b>Book</b> & go', attributes: {}},
    });
    expect(snippet).not.to.contain('<script>');
    expect(snippet).to.contain('<a href="https://a.example/?q=&quot;x&quot;">&lt;b&gt;Book&lt;/b&gt; &amp; go</a>');
  });
});

describe("the snippet's room for the button before the script arrives", () => {
  const pasted = (src: string, attributes: object) =>
    buildSnippet({src, theme: {}, book: {href: 'https://calendly.com/x', linkText: 'Book a consultation', attributes}});

  /**
   * The button's box on a plain page with `snippet` pasted, and the page's scroll padding.
   * `textSize` is the page's text size in px, as a visitor's browser setting makes it.
   */
  async function pastedButton(
    snippet: string,
    width = 800,
    height = 600,
    textSize = 16,
  ): Promise<{box: DOMRect; scrollPadding: string}> {
    (window as unknown as {pastedSnippet: string}).pastedSnippet = snippet;
    const frame = await loadPage('/test/fixtures/paste-page.html', {width, height});
    const win = frame.contentWindow!;
    win.document.documentElement.style.fontSize = `${textSize}px`;
    const button = win.document.querySelector('spa-book-button')!;
    if (win.customElements.get('spa-book-button')) {
      await (button as unknown as {updateComplete: Promise<unknown>}).updateComplete;
    }
    const result = {box: button.getBoundingClientRect(), scrollPadding: win.getComputedStyle(win.document.documentElement).scrollPaddingBottom};
    frame.remove();
    return result;
  }

  for (const size of ['sm', '', 'lg']) {
    for (const target of ['', 'self', 'dialog']) {
      it(`${size || 'md'}, ${target || 'new-tab'}: the same size before the script as after, on a phone (upright and on its side) and a desktop`, async () => {
        for (const [width, height] of [
          [390, 600],
          [844, 390],
          [800, 600],
        ]) {
          const screen = `${width} × ${height}`;
          // A script that never arrives shows the page as it is until the kit has loaded.
          const before = await pastedButton(pasted('/not-yet-loaded.js', {size, target}), width, height);
          const after = await pastedButton(pasted('/dist/spa-scar-kit.js', {size, target}), width, height);
          expect(before.box.height, screen).to.equal(after.box.height);
          expect(before.box.width, screen).to.be.closeTo(after.box.width, 1);
        }
      });
    }
  }

  it("dialog: the same size before the script as after on a phone's screen where the page lays out wide (no viewport meta tag)", async function () {
    // There the button opens a new tab and shows its icon (see test/book-button.test.ts).
    if (!(await hasChromeProtocol())) this.skip();
    await executeServerCommand('phone-screen', {active: true});
    try {
      const before = await pastedButton(pasted('/not-yet-loaded.js', {target: 'dialog'}), 800, 600);
      const after = await pastedButton(pasted('/dist/spa-scar-kit.js', {target: 'dialog'}), 800, 600);
      expect(before.box.width).to.be.closeTo(after.box.width, 1);
      expect(before.box.height).to.equal(after.box.height);
    } finally {
      await executeServerCommand('phone-screen', {active: false});
    }
  });

  it("the same size before the script as after at 200% text, for each size: a visitor's large text moves nothing either", async () => {
    for (const size of ['sm', '', 'lg']) {
      const before = await pastedButton(pasted('/not-yet-loaded.js', {size}), 800, 600, 32);
      const after = await pastedButton(pasted('/dist/spa-scar-kit.js', {size}), 800, 600, 32);
      expect(before.box.height, size || 'md').to.equal(after.box.height);
      expect(before.box.width, size || 'md').to.be.closeTo(after.box.width, 1);
    }
  });

  it('floating: no room in the page before the script, and keyboard focus kept clear of it after', async () => {
    const before = await pastedButton(pasted('/not-yet-loaded.js', {floating: true}));
    expect(before.box.height).to.equal(0);
    const after = await pastedButton(pasted('/dist/spa-scar-kit.js', {floating: true}));
    expect(after.box.height).to.be.above(40);
    // The browser scrolls a focused link out of the bottom 96 px rather than leave it beneath.
    expect(parseFloat(after.scrollPadding)).to.be.at.least(16 + after.box.height + 16);
  });
});

describe("the snippet's room for the explainer and the estimator", () => {
  const snippet = (src: string) => buildSnippet({src, theme: {}, explainer: {attributes: {}}, estimator: {attributes: {}}});
  const heights = (doc: Document) => ['spa-scar-explainer', 'spa-session-estimator'].map((tag) => doc.querySelector(tag)!.getBoundingClientRect().height);

  it('kept while the script is on its way, so the page below does not jump when they appear', async () => {
    (window as unknown as {pastedSnippet: string}).pastedSnippet = snippet('/not-yet-loaded.js');
    const frame = await loadPage('/test/fixtures/paste-page.html', {width: 390, height: 800});
    expect(heights(frame.contentDocument!)).to.deep.equal([640, 896]);
    frame.remove();
  });

  it("grows with the visitor's text size, as the widgets do", async () => {
    // At 200% text the widgets are about twice as tall; a room in px would leave the rest to jump.
    (window as unknown as {pastedSnippet: string}).pastedSnippet = snippet('/not-yet-loaded.js');
    const frame = await loadPage('/test/fixtures/paste-page.html', {width: 390, height: 800});
    frame.contentDocument!.body.style.fontSize = '32px';
    expect(heights(frame.contentDocument!)).to.deep.equal([1280, 1792]);
    frame.remove();
  });

  it('not kept where JavaScript is off: no screenful of blank page that never fills', async () => {
    // A sandbox without allow-scripts is a page with scripting off.
    const frame = document.createElement('iframe');
    frame.sandbox.add('allow-same-origin');
    frame.style.cssText = 'width: 390px; height: 800px; border: 0';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    frame.srcdoc = `<!doctype html><html lang="en"><body>${snippet('/dist/spa-scar-kit.js')}</body></html>`;
    document.body.append(frame);
    await loaded;
    expect(frame.contentWindow!.customElements.get('spa-scar-explainer'), 'the kit ran').to.equal(undefined);
    expect(heights(frame.contentDocument!)).to.deep.equal([0, 0]);
    frame.remove();
  });
});

describe('demo/configurator.html', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  async function open(width = 1280) {
    frame = await loadPage('/demo/configurator.html', {width, height: 900});
    frame.allow = 'clipboard-read; clipboard-write';
    const doc = frame.contentDocument!;
    await frame.contentWindow!.customElements.whenDefined('spa-book-button');
    await nextFrame();
    return doc;
  }
  function set(doc: Document, name: string, value: string | boolean) {
    const field = doc.querySelector<HTMLInputElement>(`[name="${name}"]${typeof value === 'string' && doc.querySelector(`[name="${name}"][type="radio"]`) ? `[value="${value}"]` : ''}`)!;
    if (typeof value === 'boolean' || field.type === 'radio') field.checked = value !== false;
    else field.value = value;
    field.dispatchEvent(new Event('input', {bubbles: true}));
    field.dispatchEvent(new Event('change', {bubbles: true}));
  }
  const snippet = (doc: Document) => doc.getElementById('snippet')!.textContent!;

  it('detects the booking provider as the owner types, and flags what is not a web address', async () => {
    const doc = await open();
    const status = doc.getElementById('href-status')!;
    expect(status.textContent).to.equal('Detected: Calendly.');
    set(doc, 'href', 'https://app.acuityscheduling.com/schedule.php?owner=123');
    expect(status.textContent).to.equal('Detected: Acuity Scheduling.');
    set(doc, 'href', 'https://book.botanica.example/mn');
    expect(status.textContent).to.equal('Booking page on book.botanica.example.');
    set(doc, 'href', 'http://calendly.com/botanica/microneedling');
    expect(status.textContent).to.equal(
      'Detected: Calendly. Write https:// rather than http://: browsers mark http pages "Not secure", and a secure site cannot show one in its booking dialog.',
    );
    set(doc, 'href', 'javascript:alert(1)');
    expect(status.textContent).to.contain('should start with https://');
    set(doc, 'href', 'https://calendly.com@evil.example/book');
    expect(status.textContent).to.equal('Remove the name@ in front of the address: it hides where the link really goes.');
  });

  it("fits a phone with the browser's text at 32 px: no field wider than the screen", async function () {
    // Only Chrome's DevTools protocol sets the browser's default text size.
    if (!(await hasChromeProtocol())) this.skip();
    await executeServerCommand('default-font-size', {px: 32});
    try {
      const doc = await open(390);
      const offScreen = [...doc.querySelectorAll<HTMLElement>('fieldset')]
        .filter((fieldset) => fieldset.getBoundingClientRect().right > 390.5)
        .map((fieldset) => fieldset.querySelector('legend')!.textContent);
      expect(offScreen, 'sections wider than the screen').to.deep.equal([]);
      // Each field inside its section's box, not spilling over the border.
      const spilling = [...doc.querySelectorAll<HTMLElement>('.settings input, .settings select')]
        .filter((field) => field.getClientRects().length)
        .filter((field) => field.getBoundingClientRect().right > field.closest('.settings > fieldset')!.getBoundingClientRect().right)
        .map((field) => field.getAttribute('name') ?? field.id);
      expect(spilling, 'fields spilling out of their section').to.deep.equal([]);
      expect(doc.documentElement.scrollWidth).to.equal(390);
    } finally {
      await executeServerCommand('default-font-size', {px: 16});
    }
  });

  it('every setting reaches the live preview and the snippet', async () => {
    const doc = await open();
    // Untouched, the colours and corners are the kit's own: the snippet sets none of them.
    expect(snippet(doc)).not.to.contain('--spa-');
    set(doc, 'price', '300');
    set(doc, 'currency', 'EUR');
    set(doc, 'package-size', '3');
    set(doc, 'package-price', '800');
    set(doc, 'interval-weeks', '4-6');
    set(doc, 'max-sessions', '5');
    set(doc, 'layout', 'cards');
    set(doc, 'target', 'dialog');
    set(doc, 'variant', 'outline');
    set(doc, 'size', 'lg');
    set(doc, 'floating', true);
    set(doc, 'analytics', false);
    set(doc, '--spa-color-primary', '#6b3fa0');
    set(doc, '--spa-radius', '16');
    const estimator = doc.querySelector('#preview spa-session-estimator')!;
    for (const [name, value] of Object.entries({price: '300', currency: 'EUR', 'package-size': '3', 'package-price': '800', 'interval-weeks': '4-6', 'max-sessions': '5'})) {
      expect(estimator.getAttribute(name), name).to.equal(value);
      expect(snippet(doc), name).to.contain(`${name}="${value}"`);
    }
    const button = doc.querySelector('#preview spa-book-button')!;
    for (const [name, value] of Object.entries({target: 'dialog', variant: 'outline', size: 'lg', floating: '', analytics: 'off'})) {
      expect(button.getAttribute(name), name).to.equal(value);
    }
    expect(doc.querySelector('#preview spa-scar-explainer')!.getAttribute('layout')).to.equal('cards');
    expect(doc.getElementById('preview')!.style.getPropertyValue('--spa-color-primary')).to.equal('#6b3fa0');
    expect(snippet(doc)).to.contain('--spa-color-primary: #6b3fa0;');
    expect(snippet(doc)).to.contain('--spa-radius: 16px;');
  });

  it('says which estimator settings the widget would ignore, in the words of its console warning', async () => {
    // The owner does not read the console: a price of 249.999 or "4 to 6" weeks would reach
    // their site in the snippet and be ignored there, with the preview simply showing less.
    const doc = await open();
    const status = doc.getElementById('estimator-status')!;
    const settled = async () => {
      await (doc.querySelector('#preview spa-session-estimator') as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
      await nextFrame();
    };
    await settled();
    expect(status.textContent).to.equal('');
    set(doc, 'price', '249.999');
    set(doc, 'interval-weeks', '4 to 6');
    await settled();
    // The console's "<spa-session-estimator>" and "Using none." mean nothing to an owner.
    expect([...status.children].map((paragraph) => paragraph.textContent)).to.deep.equal([
      'The estimator ignored price="249.999": use a price per session such as 250 or 249.50.',
      'The estimator ignored interval-weeks="4 to 6": use weeks such as 4 or 4-6 (1 to 12). Using the interval from the studies.',
    ]);
    set(doc, 'price', '249.50');
    set(doc, 'interval-weeks', '4-6');
    set(doc, 'package-size', '3');
    await settled();
    expect(status.textContent).to.equal(
      'The estimator needs both package-size and package-price for a package; ignoring the package.',
    );
    set(doc, 'package-price', '650');
    await settled();
    expect(status.textContent).to.equal('');
    expect(doc.getElementById('price')!.getAttribute('aria-describedby')).to.contain('estimator-status');
  });

  it("a dark page: the preview and the snippet take README's dark-page recipe, as written there", async () => {
    const doc = await open();
    set(doc, 'page', 'dark');
    const readme = await (await fetch('/README.md')).text();
    const recipe = /```css\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf('### Dark pages')))![1];
    const declarations = (css: string) => [...css.matchAll(/([\w-]+): ([^;]+);/g)].map(([, name, value]) => `${name}: ${value}`);
    expect(declarations(recipe)).to.have.length(11);
    expect(declarations(snippet(doc))).to.include.members(declarations(recipe));
    const preview = doc.getElementById('preview')!;
    expect(preview.style.getPropertyValue('--spa-color-surface')).to.equal('#1b1f24');
    expect(getComputedStyle(preview).backgroundColor).to.equal('rgb(17, 20, 24)');
    expect(doc.querySelector<HTMLInputElement>('[name="--spa-color-primary"]')!.value).to.equal('#8fd5cb');
    expect(doc.getElementById('contrast-status')!.textContent).to.equal('These colours are easy to read.');
    set(doc, 'page', 'light');
    expect(snippet(doc)).not.to.contain('--spa-color-surface');
    expect(snippet(doc)).not.to.contain('color-scheme');
    expect(preview.style.getPropertyValue('color-scheme')).to.equal('');
    expect(doc.querySelector<HTMLInputElement>('[name="--spa-color-primary"]')!.value).to.equal('#1d5c57');
  });

  it('says when the chosen colours are hard to read', async () => {
    const doc = await open();
    const status = doc.getElementById('contrast-status')!;
    expect(status.textContent).to.equal('These colours are easy to read.');
    // A light text colour, chosen to match a dark page, on the widgets' white cards.
    set(doc, '--spa-color-text', '#eeeeee');
    expect(status.textContent).to.equal(
      'The text colour is hard to read on the widgets\u2019 background (1.1:1; text needs 4.5:1). ' +
        'Is your page dark? Choose \u201cDark\u201d as its background.',
    );
    // Just under 4.5:1 (4.48) is a fail, and says a ratio that shows it; just over (4.54) is fine.
    set(doc, '--spa-color-text', '#777777');
    expect(status.textContent).to.equal('The text colour is hard to read on the widgets\u2019 background (4.4:1; text needs 4.5:1).');
    set(doc, '--spa-color-text', '#767676');
    expect(status.textContent).to.equal('These colours are easy to read.');
    set(doc, '--spa-color-text', '#2a2a2a');
    // A pale pink brand colour: white button text on it cannot be read.
    set(doc, '--spa-color-primary', '#f4b6c2');
    expect(status.textContent).to.contain('hard to read as text on the background (1.7:1');
    expect(status.textContent).to.contain('The button\u2019s text is hard to read on the main colour (1.7:1');
    expect(status.textContent).not.to.contain('Is your page dark?');
  });

  it('the explainer shows only the scar types the spa ticks, in the preview and the snippet', async () => {
    const doc = await open();
    const types = [...doc.querySelectorAll<HTMLInputElement>('input[name="types"]')];
    expect(types.map((box) => [box.value, box.checked])).to.deep.equal(
      ['icepick', 'boxcar-shallow', 'boxcar-deep', 'rolling', 'hypertrophic', 'keloid', 'pih', 'pie'].map((id) => [id, true]),
    );
    // All eight is the element's default: nothing to write.
    expect(snippet(doc)).to.contain('<spa-scar-explainer></spa-scar-explainer>');
    const untick = (id: string, checked = false) => {
      const box = types.find((b) => b.value === id)!;
      box.checked = checked;
      box.dispatchEvent(new Event('change', {bubbles: true}));
    };
    for (const id of ['icepick', 'hypertrophic', 'keloid', 'pih', 'pie']) untick(id);
    const explainer = () => doc.querySelector('#preview spa-scar-explainer')!;
    expect(explainer().getAttribute('types')).to.equal('boxcar-shallow boxcar-deep rolling');
    expect(snippet(doc)).to.contain('<spa-scar-explainer types="boxcar-shallow boxcar-deep rolling"></spa-scar-explainer>');
    const status = doc.getElementById('types-status')!;
    expect(status.textContent).to.equal('');
    for (const id of ['boxcar-shallow', 'boxcar-deep', 'rolling']) untick(id);
    // None ticked would be an empty list the element refuses: the widget shows all, and says why.
    expect(explainer().hasAttribute('types')).to.equal(false);
    expect(status.textContent).to.equal('Tick at least one type. With none ticked, all eight are shown.');
    untick('rolling', true);
    expect(explainer().getAttribute('types')).to.equal('rolling');
    expect(status.textContent).to.equal('');
  });

  it('shows only the chosen widget, with only its settings', async () => {
    const doc = await open();
    set(doc, 'show', 'book');
    expect([...doc.getElementById('preview')!.children].map((e) => e.localName)).to.deep.equal(['spa-book-button']);
    expect(doc.querySelector<HTMLFieldSetElement>('fieldset[data-for="estimator"]')!.hidden).to.equal(true);
    expect(snippet(doc)).not.to.contain('spa-session-estimator');
  });

  it("keeps the owner's text as text in the preview and escaped in the snippet", async () => {
    const doc = await open();
    set(doc, 'label', '"><img src=x onerror=alert(1)>');
    const link = doc.querySelector('#preview spa-book-button a')!;
    expect(link.textContent).to.equal('"><img src=x onerror=alert(1)>');
    expect(doc.querySelector('#preview img')).to.equal(null);
    expect(snippet(doc)).to.contain('>"&gt;&lt;img src=x onerror=alert(1)&gt;</a>');
    // No text: the link in the snippet still says something.
    set(doc, 'label', '');
    expect(snippet(doc)).to.contain('>Book now</a>');
    // No booking page: no link to the page itself (href=""), only the button.
    set(doc, 'href', '');
    expect(snippet(doc)).not.to.contain('<a ');
  });

  it('copies the snippet to the clipboard', async () => {
    const doc = await open();
    await executeServerCommand('grant-clipboard', {origin: location.origin});
    frame.focus();
    const copy = doc.getElementById('copy')!;
    copy.focus();
    copy.click();
    const status = await copyStatus(doc);
    expect(status.textContent).to.contain('Copied');
    expect(await frame.contentWindow!.navigator.clipboard.readText()).to.equal(snippet(doc));
    // A change after copying: what was copied is no longer the snippet shown.
    set(doc, 'price', '275');
    expect(status.textContent).to.equal('');
  });

  it('is accessible, and usable at phone width', async () => {
    const doc = await open(390);
    // axe runs inside the configurator's own document.
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve));
    doc.head.append(script);
    await loaded;
    const axe = (frame.contentWindow as unknown as {axe: {run(context: Document): Promise<{violations: {id: string; nodes: unknown[]}[]}>}}).axe;
    const {violations} = await axe.run(doc);
    expect(violations.map((v) => `${v.id} (${v.nodes.length})`)).to.deep.equal([]);
    expect(doc.documentElement.scrollWidth).to.be.at.most(390);
    const settings = doc.getElementById('settings')!.getBoundingClientRect();
    const output = doc.querySelector('.output')!.getBoundingClientRect();
    expect(output.top).to.be.at.least(settings.bottom);
    // A tick box whose label wraps ("Send clicks to Google Analytics / Tag Manager") keeps its
    // size (a flex item shrinks) and sits beside the label's first line, as the others do.
    const boxes = [...doc.querySelectorAll<HTMLInputElement>('label > input[type="checkbox"], label > input[type="radio"]')];
    const wrapped = boxes.filter((box) => box.parentElement!.getBoundingClientRect().height > 40);
    expect(wrapped.length, 'labels that wrap at 390 px').to.be.at.least(1);
    const misplaced = boxes
      .filter((box) => box.getClientRects().length)
      .filter((box) => {
        const {width, height, top, bottom} = box.getBoundingClientRect();
        const firstLine = box.parentElement!.getBoundingClientRect().top + 24;
        return Math.round(width) !== 20 || Math.round(height) !== 20 || top < firstLine - 24 || bottom > firstLine;
      })
      .map((box) => `${box.name}=${box.value}`);
    expect(misplaced, 'boxes shrunk or away from their first line').to.deep.equal([]);
  });

  after(() => setViewport({width: 1280, height: 900}));
});

/**
 * The path README's "Configure by clicking" promises a newcomer, end to end: type the booking
 * page and a price into the configurator, press Copy, paste what the clipboard holds into a
 * plain page. The pasted page must work with nothing else: the tags defined, the booking link
 * attributed, an estimate with prices, and the estimate travelling with the click.
 */
describe('from the configurator to a working page', () => {
  let frame: HTMLIFrameElement;
  let page: HTMLIFrameElement;
  afterEach(() => [frame, page].forEach((f) => f?.remove()));

  async function typeInto(doc: Document, id: string, text: string) {
    const field = doc.getElementById(id) as HTMLInputElement;
    field.focus();
    field.select();
    await sendKeys({type: text});
  }

  it('a snippet copied from the configurator works when pasted into a plain page', async () => {
    frame = await loadPage('/demo/configurator.html', {width: 1280, height: 900});
    frame.allow = 'clipboard-read; clipboard-write';
    const doc = frame.contentDocument!;
    await frame.contentWindow!.customElements.whenDefined('spa-book-button');
    await executeServerCommand('grant-clipboard', {origin: location.origin});
    frame.focus();

    await typeInto(doc, 'href', 'https://botanica.glossgenius.com/services/microneedling');
    expect(doc.getElementById('href-status')!.textContent).to.equal('Detected: GlossGenius.');
    await typeInto(doc, 'price', '250');
    // Where the spa's site hosts the file; in this test server, the built bundle.
    await typeInto(doc, 'src', '/dist/spa-scar-kit.js');
    const copy = doc.getElementById('copy')!;
    copy.focus();
    await sendKeys({press: 'Enter'});
    expect((await copyStatus(doc)).textContent).to.contain('Copied');
    const pasted = await frame.contentWindow!.navigator.clipboard.readText();
    expect(pasted).to.contain('href="https://botanica.glossgenius.com/services/microneedling"');

    // A plain page, reached from an ad, with the snippet pasted into its body as an HTML embed.
    (window as unknown as {pastedSnippet: string}).pastedSnippet = pasted;
    page = await loadPage('/test/fixtures/paste-page.html?utm_source=instagram&utm_campaign=scars', {width: 1280, height: 900});
    const win = page.contentWindow as Window & typeof globalThis;
    for (const tag of ['spa-book-button', 'spa-scar-explainer', 'spa-session-estimator']) {
      await win.customElements.whenDefined(tag);
    }
    const button = win.document.querySelector('spa-book-button')!;
    const estimator = win.document.querySelector('spa-session-estimator')!;
    await (estimator as unknown as {updateComplete: Promise<unknown>}).updateComplete;
    await (button as unknown as {updateComplete: Promise<unknown>}).updateComplete;

    const link = button.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="base"]')!;
    expect(link.textContent!.trim()).to.contain('Book a consultation');
    const booking = new URL(link.href);
    expect(booking.host).to.equal('botanica.glossgenius.com');
    expect(booking.searchParams.get('utm_source')).to.equal('instagram');
    expect(booking.searchParams.get('utm_campaign')).to.equal('scars');

    estimator.shadowRoot!.querySelector<HTMLInputElement>('input[name="type"][value="rolling"]')!.click();
    estimator.shadowRoot!.querySelector<HTMLInputElement>('input[name="grade"][value="3"]')!.click();
    await (estimator as unknown as {updateComplete: Promise<unknown>}).updateComplete;
    const result = estimator.shadowRoot!.querySelector('[part="result"]')!.textContent!.replace(/\s+/g, ' ');
    expect(result).to.match(/\d+–\d+ sessions, every \d+–\d+ weeks/);
    expect(result).to.contain('$750 – $1,500 for the whole course ($250 per session)');

    const clicked = new Promise<CustomEvent>((resolve) =>
      win.document.addEventListener('spa-book-click', (event) => {
        event.preventDefault();
        resolve(event as CustomEvent);
      }),
    );
    link.click();
    const {detail} = await clicked;
    expect(detail.provider).to.equal('glossgenius');
    expect(detail.estimate.scarType).to.equal('rolling');
    expect(detail.estimate.price.currency).to.equal('USD');
  });
});
