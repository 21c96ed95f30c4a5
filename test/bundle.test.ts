/**
 * The BUILT bundle, loaded the way a spa loads it: a `<script type="module">` tag on a plain
 * page (framed here so each page gets its own registry). `npm test` builds first.
 */
import {expect} from '@open-wc/testing';
import {loadPage, nextEvent, renderedIn} from './helpers.js';

type FrameWindow = Window & typeof globalThis & {__warnings: string[]; __errors: string[]};

function shadowText(element: Element | null): string {
  return element?.shadowRoot?.textContent?.replace(/\s+/g, ' ').replace(/\u2060/g, '').trim() ?? '';
}

describe('dist/spa-scar-kit.js on a plain page', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  it('is one file that registers the tags and upgrades elements already in the page', async () => {
    frame = await loadPage('/test/fixtures/bundle-page.html?utm_source=newsletter&utm_medium=email&ref=x');
    const win = frame.contentWindow as FrameWindow;
    for (const tag of ['spa-book-button', 'spa-scar-explainer', 'spa-session-estimator']) {
      expect(win.customElements.get(tag), tag).to.be.a('function');
    }
    // The explainer and the estimator render, linked: the estimator follows the explainer.
    const explainer = await renderedIn(win, 'spa-scar-explainer');
    expect(shadowText(explainer)).to.contain('Cicatrices onduladas');
    const estimator = await renderedIn(win, 'spa-session-estimator');
    expect(shadowText(estimator)).to.contain('3-6 sesiones, cada 2-6 semanas');
    const own = await renderedIn(win, '#own');
    const link = own.shadowRoot!.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal(
      'https://calendly.com/botanica/microneedling?utm_source=newsletter&utm_medium=email',
    );
    expect(win.__errors).to.deep.equal([]);
    expect(win.__warnings).to.deep.equal([]);
    // Every request the page made, but the test harness's own (its console recorder and the
    // dev server's websocket client): the kit is one file and fetches nothing of its own.
    const harness = ['/test/fixtures/record-console.js', '/__web-dev-server__web-socket.js'];
    const requests = win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => !harness.includes(path));
    expect(requests).to.deep.equal(['/dist/spa-scar-kit.js']);
  });

  it("asks Intl for nothing until there is something to format: a page's first formatter costs a new tab ~15 ms", async () => {
    frame = await loadPage('/test/fixtures/intl-count-page.html');
    const win = frame.contentWindow as FrameWindow & {__intlBuilt: string[]};
    const estimator = await renderedIn(win, 'spa-session-estimator');
    await renderedIn(win, 'spa-scar-explainer');
    await renderedIn(win, 'spa-book-button');
    expect(win.__intlBuilt, 'built at first render, nothing answered').to.deep.equal([]);
    // Once the visitor answers, the estimate's numbers, dates and prices go through Intl.
    estimator.shadowRoot!.querySelector<HTMLInputElement>('input[name="type"][value="rolling"]')!.click();
    estimator.shadowRoot!.querySelector<HTMLInputElement>('input[name="grade"][value="3"]')!.click();
    await (estimator as unknown as {updateComplete: Promise<unknown>}).updateComplete;
    expect(shadowText(estimator)).to.contain('$650');
    expect(win.__intlBuilt.length, 'built for the estimate').to.be.above(0);
  });

  it('elements parsed before the script follow <html lang> and its changes', async () => {
    frame = await loadPage('/test/fixtures/bundle-page.html');
    const win = frame.contentWindow as FrameWindow;
    const own = await renderedIn(win, '#own');
    const waitForText = async (text: string) => {
      for (let i = 0; i < 50 && !shadowText(own).includes(text); i++) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return shadowText(own);
    };
    expect(await waitForText('Reservar')).to.contain('Reservar');
    expect(shadowText(own)).to.contain('(se abre en una pestaña nueva)');

    win.document.documentElement.lang = 'fr';
    expect(await waitForText('Réserver')).to.contain('Réserver');

    win.document.documentElement.lang = 'es-MX';
    expect(await waitForText('Reservar')).to.contain('Reservar');

    win.document.documentElement.lang = 'de';
    expect(await waitForText('Book now')).to.contain('Book now');
    expect(win.__errors).to.deep.equal([]);
  });

  it("in a frame a page writes with srcdoc and no lang of its own, the page's <html lang>", async () => {
    // Some site builders' code blocks: the pasted snippet inside a frame of the page's writing.
    const inner = `<script type="module" src="${location.origin}/dist/spa-scar-kit.js"></script>
      <spa-book-button href="https://calendly.com/botanica/mn"></spa-book-button>`;
    frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="fr-CA"><body><iframe srcdoc="${inner.replaceAll('"', '&quot;')}"></iframe></body></html>`;
    const loaded = nextEvent(frame, 'load');
    document.body.append(frame);
    await loaded;
    const codeBlock = frame.contentDocument!.querySelector('iframe')!.contentWindow!;
    const button = await renderedIn(codeBlock, 'spa-book-button');
    // Setting a locale takes a moment, as it does on a page of its own.
    for (let i = 0; i < 50 && !shadowText(button).includes('Réserver'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(shadowText(button)).to.contain('Réserver');
    expect(button.shadowRoot!.querySelector('[lang]')!.getAttribute('lang')).to.equal('fr-CA');
  });

  it('a slotted link keeps working and its text is the label', async () => {
    frame = await loadPage('/test/fixtures/bundle-page.html');
    const win = frame.contentWindow as FrameWindow;
    const slotted = await renderedIn(win, '#slotted');
    const link = slotted.shadowRoot!.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://acme.glossgenius.com/services');
    expect(link.target, 'the same tab').to.equal('_self');
    expect(shadowText(slotted)).to.equal('Reservar una consulta');
  });

  it('text written in a button is its label; a no-JavaScript line in the estimator gives way to it', async () => {
    frame = await loadPage('/test/fixtures/bundle-page.html');
    const win = frame.contentWindow as FrameWindow;
    const written = await renderedIn(win, '#written');
    expect(shadowText(written)).to.contain('Reserva tu consulta');
    expect(shadowText(written)).not.to.contain('Reservar');
    await renderedIn(win, 'spa-session-estimator');
    const line = win.document.getElementById('no-script-line')!;
    expect(line.getClientRects().length, 'not drawn').to.equal(0);
    expect(line.isConnected, 'still in the page').to.equal(true);
  });

  it('a booking dialog opened and closed leaves no style attribute on a plain page\'s <html> or <body>', async () => {
    // The page's own test above runs under observers that make Chromium write style attributes
    // at once; a plain page does not, and a removal there must still stick.
    frame = await loadPage('/test/fixtures/bundle-page.html');
    const win = frame.contentWindow as FrameWindow;
    const own = (await renderedIn(win, '#own')) as HTMLElement & {closeDialog(): void; updateComplete: Promise<unknown>};
    own.setAttribute('target', 'dialog');
    await own.updateComplete;
    const page = [win.document.documentElement, win.document.body];
    expect(page.map((element) => element.getAttribute('style')), 'before').to.deep.equal([null, null]);
    const opened = new Promise((resolve) => own.addEventListener('spa-book-open', resolve, {once: true}));
    own.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!.click();
    await opened;
    expect(win.document.documentElement.style.overflow).to.equal('hidden');
    const closed = new Promise((resolve) => own.addEventListener('spa-book-close', resolve, {once: true}));
    own.closeDialog();
    await closed;
    await new Promise((resolve) => win.requestAnimationFrame(resolve));
    expect(page.map((element) => element.hasAttribute('style'))).to.deep.equal([false, false]);
  });

  it('reads properties a framework set before the script arrived as the attribute text', async () => {
    // React, Vue and Svelte may render before a deferred script tag has defined the tags;
    // Lit keeps such properties and applies them once the element upgrades.
    frame = await loadPage('/test/fixtures/empty-page.html');
    const win = frame.contentWindow as FrameWindow;
    const estimator = win.document.createElement('spa-session-estimator') as unknown as HTMLElement & Record<string, unknown>;
    estimator.setAttribute('scar-type', 'rolling');
    estimator.severity = 3;
    estimator.price = 250;
    win.document.body.append(estimator);
    const script = win.document.createElement('script');
    script.type = 'module';
    script.src = '/dist/spa-scar-kit.js';
    win.document.head.append(script);
    await renderedIn(win, 'spa-session-estimator');
    expect(shadowText(estimator)).to.contain('$750 – $1,500 for the whole course ($250 per session)');
    expect(estimator.price).to.equal('250');
    expect(win.__errors).to.deep.equal([]);
    expect(win.__warnings).to.deep.equal([]);
  });

  it('loaded `async` (or by a tag manager) while the page is still arriving: what is further down is found, without a false warning', async () => {
    frame = document.createElement('iframe');
    document.body.append(frame);
    const page = frame.contentDocument!;
    const win = frame.contentWindow as FrameWindow;
    // The page written in two parts; between them a tag manager adds the kit's script, which
    // runs before the rest of the page arrives, as on a slow connection. (A script written
    // `async` into the page itself did the same, but in WebKit it sometimes waited for more of
    // the page to be written: the test timed out in one run of three.)
    page.open();
    page.write(`<!doctype html><html lang="en"><head>
      <script src="/test/fixtures/record-console.js"></script>
      </head><body>
      <spa-session-estimator id="follows" for="explainer" severity="3"></spa-session-estimator>
      <spa-session-estimator id="mistyped" for="explainr" severity="3"></spa-session-estimator>
      <spa-session-estimator id="picked" for="explainer" severity="3"></spa-session-estimator>
      <spa-book-button id="book">`);
    const script = page.createElement('script');
    script.type = 'module';
    script.src = '/dist/spa-scar-kit.js';
    page.head.append(script);
    await nextEvent(script, 'load');
    expect(win.customElements.get('spa-session-estimator'), 'the kit ran').to.be.a('function');
    const follows = await renderedIn(win, '#follows');
    // A visitor quick enough to answer before the page has arrived.
    const picked = await renderedIn(win, '#picked');
    picked.shadowRoot!.querySelector<HTMLInputElement>('input[value="boxcar-shallow"]')!.click();
    await renderedIn(win, '#mistyped');
    await renderedIn(win, '#book');
    expect(page.readyState, 'the page is still arriving').to.equal('loading');
    expect(win.__warnings, 'nothing said while the page arrives').to.deep.equal([]);
    const loaded = nextEvent(win, 'load');
    page.write(`<a href="https://calendly.com/botanica/microneedling">Book a consultation</a></spa-book-button>
      <spa-scar-explainer id="explainer" selected="rolling"></spa-scar-explainer></body></html>`);
    page.close();
    await loaded;
    await renderedIn(win, '#explainer');
    await (follows as unknown as {updateComplete: Promise<unknown>}).updateComplete;
    // The explainer's selection presets the estimate, as it does when the script runs last.
    expect(shadowText(follows)).to.contain('3–6 sessions, every 2–6 weeks');
    // Not over a type the visitor picked meanwhile.
    expect((picked as unknown as {estimate: {scarType: string}}).estimate.scarType).to.equal('boxcar-shallow');
    // The button was upgraded before its link was parsed: it takes the link when it comes.
    const book = await renderedIn(win, '#book');
    expect(book.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('https://calendly.com/botanica/microneedling');
    expect(shadowText(book)).to.contain('Book a consultation');
    // A `for` that names nothing is still reported, once the whole page has loaded.
    expect(win.__warnings).to.deep.equal([
      '<spa-session-estimator> ignored for="explainr": it takes the id of a <spa-scar-explainer>. Using none.',
    ]);
    expect(win.__errors).to.deep.equal([]);
  });

  it("a link the page's own later script sets (defer, Alpine's bindings) draws no warning about a missing link", async () => {
    frame = await loadPage('/test/fixtures/late-href-page.html');
    const win = frame.contentWindow as FrameWindow;
    const button = await renderedIn(win, 'spa-book-button');
    expect(button.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('https://calendly.com/botanica/microneedling');
    expect(win.__warnings).to.deep.equal([]);
    // What the page leaves missing is still reported, once it has loaded.
    const bare = win.document.createElement('spa-book-button');
    win.document.body.append(bare);
    await (bare as unknown as {updateComplete: Promise<unknown>}).updateComplete;
    expect(win.__warnings).to.deep.equal([
      '<spa-book-button> has no booking link: set href="https://…" or put an <a href> inside. The button is disabled.',
    ]);
  });

  it('loaded twice (two module instances), it throws nothing and leaves one working set', async () => {
    frame = await loadPage('/test/fixtures/bundle-twice.html');
    const win = frame.contentWindow as FrameWindow;
    const scripts = win.performance.getEntriesByType('resource').filter((e) => e.name.includes('/dist/'));
    expect(scripts).to.have.length(2);
    const button = await renderedIn(win, 'spa-book-button');
    expect(shadowText(button)).to.contain('Book now');
    expect(win.__errors).to.deep.equal([]);
    expect(win.__warnings).to.deep.equal([]);
  });

  it('after another version, it keeps that one and warns once', async () => {
    frame = await loadPage('/test/fixtures/bundle-other-version.html');
    const win = frame.contentWindow as FrameWindow;
    const button = win.document.querySelector('spa-book-button') as HTMLElement;
    expect(button.dataset.owner).to.equal('old-version');
    expect(win.__errors).to.deep.equal([]);
    // Three tags taken, one warning: the page is told once which copy to remove.
    expect(win.__warnings).to.have.length(1);
    expect(win.__warnings[0]).to.contain('spa-scar-kit 0.0.1');
    expect(win.__warnings[0]).to.contain('Load the kit only once');
  });

  it('the npm package\'s per-element module registers only its own tag, with Lit as a dependency', async () => {
    frame = await loadPage('/test/fixtures/package-page.html');
    const win = frame.contentWindow as FrameWindow;
    await win.customElements.whenDefined('spa-book-button');
    const button = await renderedIn(win, 'spa-book-button');
    expect(shadowText(button)).to.contain('Book now');
    expect(win.customElements.get('spa-scar-explainer')).to.equal(undefined);
    const scripts = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(scripts.some((path) => path.includes('/node_modules/lit'))).to.equal(true);
    expect(scripts).not.to.include('/dist/spa-scar-kit.js');
    expect(win.__errors).to.deep.equal([]);
  });
});
