import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, executeServerCommand, sendKeys, sendMouse, setViewport} from '@web/test-runner-commands';
import {setLocale} from '../src/index.js';
import type {SpaBookButton, BookClickDetail} from '../src/components/book-button/book-button.js';
import {lockPageScroll} from '../src/components/book-button/scroll-lock.js';
import {hasChromeProtocol, loadPage, nextEvent, nextFrame, preventNavigation, recordWarnings, shiftTab, wordsSplitAcrossLines} from './helpers.js';

const CALENDLY = 'https://calendly.com/botanica/microneedling';
/** A dataLayer push without an estimate still names its keys, unset, so Tag Manager forgets an earlier click's. */
const NO_ESTIMATE = {
  sessions_typical: undefined,
  value: undefined,
  price_max: undefined,
  currency: undefined,
};

function base(el: SpaBookButton): HTMLAnchorElement {
  return el.shadowRoot!.querySelector('[part="base"]') as HTMLAnchorElement;
}

async function settle(el: SpaBookButton): Promise<void> {
  await el.updateComplete;
}

/** A page with its own booking button at the top and a floating one, 3,000 px further down. */
async function inPageButtonAboveFloatingOne(): Promise<{page: HTMLDivElement; floating: SpaBookButton}> {
  const page = await fixture<HTMLDivElement>(html`<div>
    <spa-book-button href=${CALENDLY} id="inline"></spa-book-button>
    <div style="height: 3000px"></div>
    <spa-book-button href=${CALENDLY} floating></spa-book-button>
  </div>`);
  return {page, floating: page.querySelector<SpaBookButton>('[floating]')!};
}

/**
 * What `read` finds in a frame written with srcdoc (as some site builders' code blocks are),
 * holding the kit and `body`. Read while the frame is there: a removed srcdoc frame's
 * document loses its base URL.
 */
async function inSrcdocFrame<T>(head: string, body: string, read: (win: Window) => Promise<T>): Promise<T> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head>${head}</head><body>
    <script type="module" src="${location.origin}/dist/spa-scar-kit.js"></script>${body}</body></html>`;
  // Wider than a phone, so the dialog target opens a dialog.
  frame.style.cssText = 'width: 800px; height: 600px; border: 0';
  document.body.append(frame);
  try {
    await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    await frame.contentWindow!.customElements.whenDefined('spa-book-button');
    await new Promise((drawn) => frame.contentWindow!.requestAnimationFrame(drawn));
    return await read(frame.contentWindow!);
  } finally {
    frame.remove();
  }
}

/** Clicks the framed page's dialog button; anything but the dialog would open a tab, which stalls the test runner. */
async function clickForDialog(win: Window): Promise<SpaBookButton> {
  const el = win.document.querySelector<SpaBookButton>('spa-book-button')!;
  await el.updateComplete;
  el.addEventListener('spa-book-click', (event) => {
    if ((event as CustomEvent<BookClickDetail>).detail.target !== 'dialog') event.preventDefault();
  });
  base(el).click();
  await el.updateComplete;
  return el;
}

/** A native <a href="/book"> and a button with the same href, in a srcdoc frame. */
function pathInFrame(head = ''): Promise<{link: string; button: string | null}> {
  return inSrcdocFrame(head, '<a href="/book">Book</a><spa-book-button href="/book"></spa-book-button>', async (win) => {
    const el = win.document.querySelector<SpaBookButton>('spa-book-button')!;
    await el.updateComplete;
    return {link: win.document.querySelector('a')!.href, button: base(el).getAttribute('href')};
  });
}

/**
 * A page whose own menu link books through the kit's dialog button, `below` px further down,
 * by calling its click().
 */
async function menuLinkCallingClick(below: number): Promise<{el: SpaBookButton; menu: HTMLAnchorElement}> {
  const page = await fixture<HTMLElement>(html`<div>
    <a id="menu-book" href="#book">Book</a>
    <div style=${`height: ${below}px`}></div>
    <spa-book-button href=${`${location.origin}/test/fixtures/fake-booking-frame.html`} target="dialog"></spa-book-button>
  </div>`);
  const el = page.querySelector('spa-book-button') as SpaBookButton;
  await el.updateComplete;
  const menu = page.querySelector<HTMLAnchorElement>('#menu-book')!;
  menu.addEventListener('click', (event) => {
    event.preventDefault();
    el.click();
  });
  return {el, menu};
}

/** A stand-in booking page on another origin: the tests run on 127.0.0.1, and localhost is another. */
const CROSS_ORIGIN_BOOKING = `http://localhost:${location.port}/test/fixtures/fake-booking-frame.html`;

/** Enter on the focused link opens `el`'s dialog, Escape closes it. */
async function enterThenEscape(el: SpaBookButton): Promise<void> {
  const opened = nextEvent(el, 'spa-book-open');
  await sendKeys({press: 'Enter'});
  await opened;
  const closed = nextEvent(el, 'spa-book-close');
  await sendKeys({press: 'Escape'});
  await closed;
}

/** Clicks a dialog button and gives its dialog once open. */
async function openedDialog(el: SpaBookButton): Promise<HTMLDialogElement> {
  const opened = nextEvent(el, 'spa-book-open');
  base(el).click();
  await opened;
  return el.shadowRoot!.querySelector('dialog')!;
}

/** Clicks a dialog button and waits for its booking frame's page to load. */
async function openedBookingFrame(el: SpaBookButton): Promise<HTMLIFrameElement> {
  const frame = (await openedDialog(el)).querySelector('iframe')!;
  await nextEvent(frame, 'load');
  return frame;
}

/** The button's visibility once it becomes `expected`, or after a second of waiting for it. */
async function visibilityOnceItIs(el: SpaBookButton, expected: string): Promise<string> {
  for (let i = 0; i < 50 && getComputedStyle(base(el)).visibility !== expected; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return getComputedStyle(base(el)).visibility;
}

describe('<spa-book-button>', () => {
  let warnings: ReturnType<typeof recordWarnings>;
  beforeEach(async () => {
    warnings = recordWarnings();
    await setLocale('en');
    await setViewport({width: 1280, height: 800});
  });
  afterEach(() => warnings.stop());

  describe('the link', () => {
    it('renders its own link with the default label when nothing is slotted', async () => {
      const el = await fixture<SpaBookButton>(html`<spa-book-button href=${CALENDLY}></spa-book-button>`);
      const link = base(el);
      expect(link.localName).to.equal('a');
      expect(link.getAttribute('href')).to.equal(CALENDLY);
      expect(link.querySelector('[part="label"]')!.textContent).to.equal('Book now');
      expect(warnings.messages).to.deep.equal([]);
    });

    it("uses the slotted link's href and text, and shows them as text", async () => {
      const el = await fixture<SpaBookButton>(html`<spa-book-button>
        <a href="https://acme.glossgenius.com/services">  Book a <b>consultation</b> </a>
      </spa-book-button>`);
      expect(base(el).getAttribute('href')).to.equal('https://acme.glossgenius.com/services');
      expect(base(el).querySelector('[part="label"]')!.textContent).to.equal('Book a consultation');
      expect(base(el).querySelector('b')).to.equal(null);
    });

    it("a slotted badge image (a booking platform's \"Book now\" badge) gives its alt text as the label, an icon link its aria-label", async () => {
      const el = await fixture<SpaBookButton>(html`<spa-book-button>
        <a href="https://www.vagaro.com/botanica"><img src="data:," alt=" Book now on  Vagaro " /></a>
      </spa-book-button>`);
      expect(base(el).querySelector('[part="label"]')!.textContent).to.equal('Book now on Vagaro');
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      // Visible text comes first; an image without alt (decorative) adds nothing.
      const mixed = await fixture<SpaBookButton>(html`<spa-book-button>
        <a href="https://www.vagaro.com/botanica"><img src="data:," alt="Vagaro logo" /> Reserve</a>
      </spa-book-button>`);
      expect(base(mixed).querySelector('[part="label"]')!.textContent).to.equal('Reserve');
      const bare = await fixture<SpaBookButton>(html`<spa-book-button>
        <a href="https://www.vagaro.com/botanica"><img src="data:," /></a>
      </spa-book-button>`);
      expect(base(bare).querySelector('[part="label"]')!.textContent).to.equal('Book now');
      // An icon link named by aria-label gives that name.
      const icon = await fixture<SpaBookButton>(html`<spa-book-button>
        <a href="https://www.vagaro.com/botanica" aria-label="Book a facial"><i class="icon-calendar"></i></a>
      </spa-book-button>`);
      expect(base(icon).querySelector('[part="label"]')!.textContent).to.equal('Book a facial');
    });

    it('text written inside without a link is the button text, as on a native button; label= wins, as SPEC says', async () => {
      const el = await fixture<SpaBookButton>(html`<spa-book-button href=${CALENDLY}>
        Book your <em>free</em>   consultation
      </spa-book-button>`);
      expect(base(el).querySelector('[part="label"]')!.textContent).to.equal('Book your free consultation');
      expect(base(el).getAttribute('href')).to.equal(CALENDLY);
      await expect(el).to.be.accessible();
      el.lastElementChild!.textContent = 'no-fee';
      await new Promise((resolve) => setTimeout(resolve));
      await settle(el);
      expect(base(el).querySelector('[part="label"]')!.textContent).to.equal('Book your no-fee consultation');
      el.label = 'Reserve';
      await settle(el);
      expect(base(el).querySelector('[part="label"]')!.textContent).to.equal('Reserve');
      // A page's script, style or no-script fallback inside is not text to show. (Parsed as a page
      // parses it, where a script runs: a <noscript>'s content is then its text.)
      const page = await fixture<HTMLDivElement>(html`<div></div>`);
      page.innerHTML = `<spa-book-button href="${CALENDLY}">
        <noscript><a href="https://calendly.com/botanica">Book on Calendly</a></noscript><style>a {color: red}</style>
      </spa-book-button>`;
      const fallback = page.firstElementChild as SpaBookButton;
      await settle(fallback);
      expect(base(fallback).querySelector('[part="label"]')!.textContent).to.equal('Book now');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('renders attribute and slotted text as text, never as HTML', async () => {
      const el = await fixture<SpaBookButton>(
        html`<spa-book-button href=${CALENDLY} label="<img src=x onerror=alert(1)>Book"></spa-book-button>`,
      );
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(base(el).textContent).to.contain('<img src=x onerror=alert(1)>Book');
    });

    it('follows changes to the slotted link', async () => {
      const el = await fixture<SpaBookButton>(html`<spa-book-button><a href="/book">Book</a></spa-book-button>`);
      const link = el.querySelector('a')!;
      link.href = 'https://www.vagaro.com/botanica';
      link.textContent = 'Reserve';
      await new Promise((resolve) => setTimeout(resolve));
      await settle(el);
      expect(base(el).getAttribute('href')).to.equal('https://www.vagaro.com/botanica');
      expect(base(el).textContent).to.contain('Reserve');
      // Frameworks change a text in place (Vue and React set the text node's data), a badge
      // image's alt, an icon link's aria-label: the label follows each.
      const label = async () => {
        await new Promise((resolve) => setTimeout(resolve));
        await settle(el);
        return base(el).querySelector('[part="label"]')!.textContent;
      };
      (link.firstChild as Text).data = 'Reserve now';
      expect(await label()).to.equal('Reserve now');
      const badge = Object.assign(document.createElement('img'), {src: 'data:,', alt: 'Book on Vagaro'});
      link.replaceChildren(badge);
      expect(await label()).to.equal('Book on Vagaro');
      badge.alt = 'Book now on Vagaro';
      expect(await label()).to.equal('Book now on Vagaro');
      badge.alt = '';
      link.setAttribute('aria-label', 'Book a facial');
      expect(await label()).to.equal('Book a facial');
    });

    it('the href attribute wins over the slotted link', async () => {
      const el = await fixture<SpaBookButton>(
        html`<spa-book-button href=${CALENDLY}><a href="/book">Book</a></spa-book-button>`,
      );
      expect(base(el).getAttribute('href')).to.equal(CALENDLY);
      el.removeAttribute('href');
      await settle(el);
      expect(base(el).getAttribute('href')).to.equal(`${location.origin}/book`);
    });
  });

  describe('href', () => {
    const unsafe = [
      'javascript:alert(1)',
      'JaVa\tScRiPt:alert(1)',
      '  javascript:alert(1)',
      '\u0000javascript:alert(1)',
      '&#106;avascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'not a url',
      '',
      'x'.repeat(20000),
    ];
    for (const value of unsafe) {
      it(`disables the button for ${JSON.stringify(value.slice(0, 40))} and warns once`, async () => {
        const el = await fixture<SpaBookButton>(html`<spa-book-button href=${value}></spa-book-button>`);
        const link = base(el);
        expect(link.hasAttribute('href')).to.equal(false);
        expect(link.getAttribute('aria-disabled')).to.equal('true');
        expect(link.textContent).to.contain('Book now');
        el.label = 'Book today';
        await settle(el);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('<spa-book-button> ignored href=');
        expect(warnings.messages[0]).to.contain('https:');
      });
    }

    it('an address without https:// stays disabled, and the warning gives the likely address', async () => {
      const el = await fixture<SpaBookButton>(html`<spa-book-button href="calendly.com/botanica/mn"></spa-book-button>`);
      expect(base(el).hasAttribute('href')).to.equal(false);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('(did you mean https://calendly.com/botanica/mn?)');
      const file = await fixture<SpaBookButton>(html`<spa-book-button><a href="book.html">Book</a></spa-book-button>`);
      expect(base(file).hasAttribute('href')).to.equal(false);
      expect(warnings.messages[1]).to.contain("slotted link's href").and.not.contain('did you mean');
    });

    it('an address with a name@ before its host stays disabled, and the warning says why', async () => {
      // `https://calendly.com@evil.example/` goes to evil.example: the part before @ is a user name.
      const el = await fixture<SpaBookButton>(html`<spa-book-button href="https://calendly.com@evil.example/book"></spa-book-button>`);
      expect(base(el).hasAttribute('href')).to.equal(false);
      expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('a name@ before the host hides where the link goes');
    });

    it('a focused button the page disables keeps the focus, and leaves the tab order', async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <input aria-label="Search the site" />
        <spa-book-button href=${CALENDLY}></spa-book-button>
        <button>After</button>
      </div>`);
      const el = page.querySelector<SpaBookButton>('spa-book-button')!;
      base(el).focus();
      el.setAttribute('href', 'javascript:alert(1)');
      await settle(el);
      expect(base(el).getAttribute('aria-disabled')).to.equal('true');
      expect(el.shadowRoot!.activeElement, 'focus kept').to.equal(base(el));
      // The keyboard goes on from there; it does not stop there again.
      await sendKeys({press: 'Tab'});
      expect(document.activeElement, 'Tab').to.equal(page.querySelector('button'));
      await shiftTab();
      expect(document.activeElement, 'Shift+Tab').to.equal(page.querySelector('input'));
      // The page's own focus() still reaches it, as it does an enabled one.
      el.focus();
      expect(el.shadowRoot!.activeElement, 'focus()').to.equal(base(el));
      await expect(el).to.be.accessible();
    });

    it('a disabled button is accessible', async () => {
      const el = await fixture<SpaBookButton>(html`<spa-book-button href="javascript:alert(1)"></spa-book-button>`);
      await expect(el).to.be.accessible();
    });

    it('an unsafe slotted link is neutralised too', async () => {
      const el = await fixture<SpaBookButton>(
        html`<spa-book-button><a href="javascript:alert(1)">Book</a></spa-book-button>`,
      );
      expect(base(el).hasAttribute('href')).to.equal(false);
      expect(warnings.messages[0]).to.contain("slotted link's href");
    });

    it('an invalid href falls back to the slotted link', async () => {
      const el = await fixture<SpaBookButton>(
        html`<spa-book-button href="javascript:alert(1)"><a href=${CALENDLY}>Book</a></spa-book-button>`,
      );
      expect(base(el).getAttribute('href')).to.equal(CALENDLY);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0], 'says what it uses instead').to.contain("Using the slotted link's href.");
    });

    it('with no link at all, the button is disabled with a clear warning', async () => {
      const el = await fixture<SpaBookButton>(html`<spa-book-button></spa-book-button>`);
      expect(base(el).getAttribute('aria-disabled')).to.equal('true');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('no booking link');
    });

    it('a same-site path is accepted; removing href disables the button', async () => {
      const el = await fixture<SpaBookButton>(html`<spa-book-button href="/book/microneedling"></spa-book-button>`);
      expect(base(el).getAttribute('href')).to.equal(`${location.origin}/book/microneedling`);
      el.removeAttribute('href');
      await settle(el);
      expect(base(el).hasAttribute('href')).to.equal(false);
    });

    it('a same-site path in a frame written by the page (srcdoc) goes where a link there goes', async () => {
      const {link, button} = await pathInFrame();
      expect(link).to.equal(`${location.origin}/book`);
      expect(button).to.equal(link);
    });

    it("a same-site path follows the page's <base href>, as its links do", async () => {
      const {link, button} = await pathInFrame('<base href="https://botanica.example/spa/">');
      expect(link).to.equal('https://botanica.example/book');
      expect(button).to.equal(link);
    });
  });

  describe('lockPageScroll', () => {
    it("a lock released twice is released once: another dialog's lock still holds the page", () => {
      const first = lockPageScroll();
      const second = lockPageScroll();
      first();
      first();
      expect(document.documentElement.style.overflow).to.equal('hidden');
      second();
      expect(document.documentElement.style.overflow).to.equal('');
    });
  });

  describe('attribution', () => {
    const pageUrl = location.href;
    afterEach(() => history.replaceState(null, '', pageUrl));

    it("adds the page's utm_*, gclid and fbclid without overwriting the URL's own", async () => {
      history.replaceState(null, '', '?utm_source=instagram&utm_campaign=fall&gclid=G1&fbclid=F1&email=a%40b.c');
      const el = await fixture<SpaBookButton>(
        html`<spa-book-button href="https://calendly.com/b/mn?utm_source=site"></spa-book-button>`,
      );
      const url = new URL(base(el).href);
      expect(url.searchParams.getAll('utm_source')).to.deep.equal(['site']);
      expect(url.searchParams.get('utm_campaign')).to.equal('fall');
      expect(url.searchParams.get('gclid')).to.equal('G1');
      expect(url.searchParams.get('fbclid')).to.equal('F1');
      expect(url.searchParams.has('email')).to.equal(false);
    });

    it("from a srcdoc frame, takes them from the address of the page that wrote it", async () => {
      history.replaceState(null, '', '?utm_source=instagram&gclid=G1');
      const href = await inSrcdocFrame('', `<spa-book-button href="${CALENDLY}"></spa-book-button>`, async (win) => {
        const el = win.document.querySelector<SpaBookButton>('spa-book-button')!;
        await el.updateComplete;
        return base(el).href;
      });
      expect(href).to.equal(`${CALENDLY}?utm_source=instagram&gclid=G1`);
    });

    it('from a frame with an address of its own, from that address', async () => {
      history.replaceState(null, '', '?utm_source=instagram');
      const frame = await loadPage('/test/fixtures/empty-page.html?utm_source=frame');
      try {
        const win = frame.contentWindow!;
        const kit = win.document.createElement('script');
        kit.type = 'module';
        kit.src = '/dist/spa-scar-kit.js';
        win.document.head.append(kit);
        win.document.body.innerHTML = `<spa-book-button href="${CALENDLY}"></spa-book-button>`;
        await win.customElements.whenDefined('spa-book-button');
        const el = win.document.querySelector<SpaBookButton>('spa-book-button')!;
        await el.updateComplete;
        expect(base(el).href).to.equal(`${CALENDLY}?utm_source=frame`);
      } finally {
        frame.remove();
      }
    });

    it('from a sandboxed srcdoc frame that may not read the page: none, and the button works', async () => {
      history.replaceState(null, '', '?utm_source=instagram');
      // A frame of no origin may not load the kit from this server (no CORS): it gets it inline.
      const kitFile = await (await fetch('/dist/spa-scar-kit.js')).blob();
      const kit = await new Promise<string>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve((reader.result as string).replace(/^data:[^;,]*/, 'data:text/javascript'));
        reader.readAsDataURL(kitFile);
      });
      const frame = document.createElement('iframe');
      frame.setAttribute('sandbox', 'allow-scripts');
      frame.srcdoc = `<!doctype html><html lang="en"><head></head><body>
        <spa-book-button href="${CALENDLY}"></spa-book-button>
        <script type="module">
          import '${kit}';
          const el = document.querySelector('spa-book-button');
          await el.updateComplete;
          parent.postMessage({href: el.shadowRoot.querySelector('a').href}, '*');
        </script></body></html>`;
      const reported = new Promise<MessageEvent>((resolve) => {
        const heard = (event: MessageEvent) => {
          if (event.source !== frame.contentWindow) return;
          window.removeEventListener('message', heard);
          resolve(event);
        };
        window.addEventListener('message', heard);
      });
      document.body.append(frame);
      try {
        expect((await reported).data).to.deep.equal({href: CALENDLY});
      } finally {
        frame.remove();
      }
    });
  });

  describe('target', () => {
    it('new-tab by default: target _blank, noopener, announced to screen readers', async () => {
      const el = await fixture<SpaBookButton>(html`<spa-book-button href=${CALENDLY}></spa-book-button>`);
      expect(base(el).target).to.equal('_blank');
      expect(base(el).rel).to.equal('noopener');
      expect(base(el).textContent).to.contain('(opens in a new tab)');
    });

    it('self: a same-tab link with no new-tab hint', async () => {
      const el = await fixture<SpaBookButton>(html`<spa-book-button href=${CALENDLY} target="self"></spa-book-button>`);
      expect(base(el).target).to.equal('_self');
      expect(base(el).textContent).not.to.contain('new tab');
      const stop = preventNavigation(el);
      const clicked = nextEvent<CustomEvent<BookClickDetail>>(el, 'spa-book-click');
      base(el).click();
      expect((await clicked).detail.target).to.equal('self');
      stop();
    });

    it("self stays in the visitor's tab on a page whose <base target> sends links elsewhere", async () => {
      // Old themes set <base target="_blank"> to open every link in a new tab; a link without
      // a target of its own follows it. Here the base target is a named frame (without scripts,
      // so the test page loaded in it runs nothing), not a new tab the run could not close.
      const elsewhere = document.createElement('iframe');
      elsewhere.name = 'elsewhere';
      elsewhere.setAttribute('sandbox', 'allow-same-origin');
      const baseTarget = document.createElement('base');
      baseTarget.target = 'elsewhere';
      document.body.append(elsewhere);
      document.head.append(baseTarget);
      try {
        const el = await fixture<SpaBookButton>(
          html`<spa-book-button href=${`${location.href.split('#')[0]}#booked`} target="self"></spa-book-button>`,
        );
        base(el).click();
        // A link's navigation is queued (Firefox takes a task or two).
        for (let i = 0; i < 50 && location.hash !== '#booked'; i++) await new Promise((resolve) => setTimeout(resolve, 20));
        expect(location.hash, "the visitor's tab").to.equal('#booked');
        expect(elsewhere.contentWindow!.location.href, 'the frame the page names').to.equal('about:blank');
      } finally {
        baseTarget.remove();
        elsewhere.remove();
        history.replaceState(null, '', location.pathname + location.search);
      }
    });

    it('invalid warns and falls back to new-tab; removed restores new-tab', async () => {
      const el = await fixture<SpaBookButton>(html`<spa-book-button href=${CALENDLY} target="_top"></spa-book-button>`);
      expect(base(el).target).to.equal('_blank');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('target="_top"');
      expect(warnings.messages[0]).to.contain('new-tab, self, dialog');
      el.setAttribute('target', 'self');
      await settle(el);
      expect(base(el).target).to.equal('_self');
      el.removeAttribute('target');
      await settle(el);
      expect(base(el).target).to.equal('_blank');
    });
    it("HTML's own target names are refused like any other, with the kit's name for each that is not the default", async () => {
      for (const [typed, meant] of [['_self', 'self'], ['_SELF', 'self'], ['_top', 'self'], ['_parent', 'self']]) {
        warnings.messages.length = 0;
        const el = await fixture<SpaBookButton>(html`<spa-book-button href=${CALENDLY} target=${typed}></spa-book-button>`);
        expect(base(el).target, typed).to.equal('_blank');
        expect(warnings.messages, typed).to.deep.equal([
          `<spa-book-button> ignored target="${typed}": use one of new-tab, self, dialog (did you mean ${meant}?). Using "new-tab".`,
        ]);
      }
    });
  });

  describe("inside a frame, as a site builder's embed block puts it", () => {
    // The test page plays the spa's page and a frame of it the embed block (Wix's "Embed HTML"),
    // sandboxed as such blocks may be. A booking link must not load the booking page in that
    // small frame, nor do nothing where the sandbox forbids pop-ups or leaving the frame.
    let frame: HTMLIFrameElement | undefined;
    let tabs: (Window | null)[] = [];
    afterEach(() => {
      frame?.remove();
      for (const tab of tabs) tab?.close();
      tabs = [];
      history.replaceState(null, '', location.pathname + location.search);
    });

    async function framedButton(target: string, href: string, sandbox?: string) {
      frame = await loadPage('/test/fixtures/empty-page.html', {width: 700, height: 200, sandbox});
      const win = frame.contentWindow as Window & typeof globalThis;
      // Every tab the block opens, to close it after the test (the opening itself is the browser's).
      const open = win.open;
      win.open = (...args) => {
        const tab = open.apply(win, args);
        tabs.push(tab);
        return tab;
      };
      const kit = win.document.createElement('script');
      kit.type = 'module';
      kit.src = '/src/index.ts';
      win.document.head.append(kit);
      win.document.body.innerHTML = `<spa-book-button target="${target}" href="${href}">Book</spa-book-button>`;
      await win.customElements.whenDefined('spa-book-button');
      const el = win.document.querySelector('spa-book-button') as SpaBookButton;
      await el.updateComplete;
      return {el, win};
    }

    /** A visitor's click (real, so that it counts as one for pop-ups and for leaving the frame). */
    async function click(el: SpaBookButton) {
      const box = base(el).getBoundingClientRect();
      const at = frame!.getBoundingClientRect();
      await sendMouse({type: 'click', position: [Math.round(at.left + box.left + 10), Math.round(at.top + box.top + box.height / 2)]});
    }

    /** This page's own address with a fragment: leaving the frame for it keeps the test page. */
    const visitorsTab = () => `${location.href.split('#')[0]}#booked`;

    it('self loads the booking page in the visitor\'s tab, not in the frame', async () => {
      const {el, win} = await framedButton('self', visitorsTab());
      const clicked = nextEvent<CustomEvent<BookClickDetail>>(el, 'spa-book-click');
      await click(el);
      expect((await clicked).detail.target).to.equal('self');
      await nextFrame();
      expect(location.hash, "the visitor's tab").to.equal('#booked');
      expect(win.location.pathname, 'the frame').to.equal('/test/fixtures/empty-page.html');
      expect(tabs, 'no new tab').to.deep.equal([]);
    });

    it('self in a sandbox that keeps it in the frame but allows pop-ups opens a new tab', async () => {
      const booking = `${location.origin}/test/fixtures/empty-page.html?booked`;
      const {el, win} = await framedButton('self', booking, 'allow-popups');
      await click(el);
      expect(tabs.length, 'a new tab').to.equal(1);
      expect(tabs[0], 'a new tab').not.to.equal(null);
      for (let i = 0; i < 100 && tabs[0]!.location.href !== booking; i++) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(tabs[0]!.location.href, 'the new tab').to.equal(booking);
      expect(tabs[0]!.opener, 'cut from the page, as rel="noopener" does').to.equal(null);
      expect(win.location.pathname, 'the frame').to.equal('/test/fixtures/empty-page.html');
    });

    it('new-tab in a sandbox without pop-ups loads the booking page in the visitor\'s tab', async () => {
      // (With allow-top-navigation-by-user-activation instead, Firefox ends in the frame: its
      // refused pop-up uses up the click's permission to leave the frame.)
      const {el, win} = await framedButton('new-tab', visitorsTab(), 'allow-top-navigation');
      await click(el);
      await nextFrame();
      expect(tabs.filter(Boolean), 'a new tab, which the sandbox refuses').to.deep.equal([]);
      expect(location.hash, "the visitor's tab").to.equal('#booked');
      expect(win.location.pathname, 'the frame').to.equal('/test/fixtures/empty-page.html');
    });

    it('in a sandbox that allows neither, both load the booking page in the frame, the one place left', async () => {
      for (const target of ['self', 'new-tab']) {
        const booking = `${location.origin}/test/fixtures/empty-page.html?booked-${target}`;
        const {el} = await framedButton(target, booking, '');
        const navigated = nextEvent(frame!, 'load');
        await click(el);
        await navigated;
        expect(frame!.contentWindow!.location.href, target).to.equal(booking);
        expect(location.hash, `${target}: the visitor's tab`).to.equal('');
        frame!.remove();
      }
    });
  });

  describe('common slips', () => {
    it('size="large", variant="outlined", analytics="false": each refused, with the value it most likely meant', async () => {
      const win = window as unknown as {dataLayer?: unknown[]};
      win.dataLayer = [];
      const el = await fixture<SpaBookButton>(
        html`<spa-book-button href=${CALENDLY} size="large" variant="outlined" analytics="false"></spa-book-button>`,
      );
      expect(base(el).classList.contains('md') && base(el).classList.contains('primary')).to.equal(true);
      expect(warnings.messages).to.deep.equal([
        '<spa-book-button> ignored variant="outlined": use one of primary, outline, text (did you mean outline?). Using "primary".',
        '<spa-book-button> ignored size="large": use one of sm, md, lg (did you mean lg?). Using "md".',
        '<spa-book-button> ignored analytics="false": use one of on, off (did you mean off?). Using "on".',
      ]);
      // Refused means the default, as for any bad value: the warning is how the page learns.
      el.shadowRoot!.addEventListener('click', (event) => event.preventDefault());
      base(el).click();
      expect(win.dataLayer).to.have.length(1);
      delete win.dataLayer;
    });
  });

  describe('provider', () => {
    it('is detected from the host and reported in the click detail', async () => {
      const el = await fixture<SpaBookButton>(
        html`<spa-book-button href="https://acme.janeapp.com/embed/book_online"></spa-book-button>`,
      );
      const stop = preventNavigation(el);
      const clicked = nextEvent<CustomEvent<BookClickDetail>>(el, 'spa-book-click');
      base(el).click();
      expect((await clicked).detail.provider).to.equal('jane');
      stop();
    });

    it('an explicit provider wins; invalid warns and falls back to detection', async () => {
      const el = await fixture<SpaBookButton>(
        html`<spa-book-button href="https://book.example/spa" provider="vagaro"></spa-book-button>`,
      );
      const stop = preventNavigation(el);
      let clicked = nextEvent<CustomEvent<BookClickDetail>>(el, 'spa-book-click');
      base(el).click();
      expect((await clicked).detail.provider).to.equal('vagaro');

      el.setAttribute('provider', 'opentable');
      el.href = CALENDLY;
      await settle(el);
      expect(warnings.messages[0]).to.contain('provider="opentable"');
      clicked = nextEvent<CustomEvent<BookClickDetail>>(el, 'spa-book-click');
      base(el).click();
      expect((await clicked).detail.provider).to.equal('calendly');
      el.setAttribute('provider', 'fresha');
      await settle(el);
      clicked = nextEvent<CustomEvent<BookClickDetail>>(el, 'spa-book-click');
      base(el).click();
      expect((await clicked).detail.provider).to.equal('fresha');
      el.removeAttribute('provider');
      await settle(el);
      clicked = nextEvent<CustomEvent<BookClickDetail>>(el, 'spa-book-click');
      base(el).click();
      expect((await clicked).detail.provider).to.equal('calendly');
      stop();
    });
  });

  describe('estimator', () => {
    const estimate = {
      scarType: 'rolling',
      severity: 3,
      suitability: 'good',
      sessions: {min: 3, typical: 4, max: 6},
      intervalWeeks: {min: 2, max: 6},
      spanWeeks: 12,
      price: {min: 750, max: 1500, currency: 'USD'},
    };
    /** A real estimator, preset; append it, then `await rendered(...)` before reading it. */
    function estimator(id: string): HTMLElement {
      const element = document.createElement('spa-session-estimator');
      element.id = id;
      element.setAttribute('scar-type', 'rolling');
      element.setAttribute('severity', '3');
      element.setAttribute('price', '250');
      return element;
    }
    const rendered = (...elements: HTMLElement[]) =>
      Promise.all(elements.map((e) => (e as unknown as {updateComplete: Promise<unknown>}).updateComplete));
    async function clickDetail(el: SpaBookButton): Promise<BookClickDetail> {
      const stop = preventNavigation(el);
      const clicked = nextEvent<CustomEvent<BookClickDetail>>(el, 'spa-book-click');
      base(el).click();
      stop();
      return (await clicked).detail;
    }

    it('default: the only estimator on the page; none gives null, several give null and one hint', async () => {
      const page = await fixture<HTMLDivElement>(html`<div><spa-book-button href=${CALENDLY}></spa-book-button></div>`);
      const el = page.querySelector('spa-book-button')!;
      expect((await clickDetail(el)).estimate).to.equal(null);
      const one = estimator('one');
      page.append(one);
      await rendered(one);
      expect((await clickDetail(el)).estimate).to.deep.equal(estimate);
      const two = estimator('two');
      page.append(two);
      await rendered(two);
      expect(warnings.messages).to.deep.equal([]);
      expect((await clickDetail(el)).estimate).to.equal(null);
      expect((await clickDetail(el)).estimate).to.equal(null);
      expect(warnings.messages).to.deep.equal([
        '<spa-book-button> follows none of the 2 <spa-session-estimator> elements here: set estimator="…" to the id of the one it goes with.',
      ]);
    });

    it('valid: the named one, as a copy; invalid warns and carries none; removed restores the default', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div><spa-book-button href=${CALENDLY} estimator="mine"></spa-book-button></div>`,
      );
      const el = page.querySelector('spa-book-button')!;
      const mine = estimator('mine');
      const other = estimator('other');
      other.setAttribute('severity', '2');
      page.append(mine, other);
      await rendered(mine, other);
      const detail = await clickDetail(el);
      expect(detail.estimate).to.deep.equal(estimate);
      detail.estimate!.sessions!.max = 99;
      expect((await clickDetail(el)).estimate).to.deep.equal(estimate);
      el.setAttribute('estimator', 'nobody');
      await settle(el);
      expect((await clickDetail(el)).estimate).to.equal(null);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('estimator="nobody"');
      other.remove();
      el.removeAttribute('estimator');
      await settle(el);
      expect((await clickDetail(el)).estimate).to.deep.equal(estimate);
    });

    it("Tag Manager keeps a pushed key until a later push sets it: a click without an estimate clears the earlier one's", async () => {
      const win = window as unknown as {dataLayer?: Record<string, unknown>[]};
      win.dataLayer = [];
      const page = await fixture<HTMLDivElement>(html`<div><spa-book-button href=${CALENDLY}></spa-book-button></div>`);
      const only = estimator('only');
      page.append(only);
      await rendered(only);
      const el = page.querySelector('spa-book-button')!;
      el.shadowRoot!.addEventListener('click', (e) => e.preventDefault());
      base(el).click();
      // The visitor leaves the estimate behind (here the page removes the estimator) and books again.
      only.remove();
      base(el).click();
      expect(win.dataLayer).to.have.length(2);
      // Tag Manager's data model merges each push into what came before (a key set to undefined
      // is forgotten), so a tag reading {{value}} on the second click reads what this gives.
      const model = Object.assign({}, ...win.dataLayer);
      expect(model).to.deep.equal({
        event: 'spa_book_click',
        link_url: CALENDLY,
        booking_provider: 'calendly',
        booking_target: 'new-tab',
        ...NO_ESTIMATE,
      });
      delete win.dataLayer;
    });

    it('analytics get the course\'s sessions and price, never the visitor\'s answers about their skin', async () => {
      const win = window as unknown as {dataLayer?: unknown[]};
      win.dataLayer = [];
      const page = await fixture<HTMLDivElement>(html`<div><spa-book-button href=${CALENDLY}></spa-book-button></div>`);
      const only = estimator('only');
      page.append(only);
      await rendered(only);
      only.shadowRoot!.querySelector<HTMLInputElement>('input[value="pregnant"]')!.click();
      const el = page.querySelector('spa-book-button')!;
      el.shadowRoot!.addEventListener('click', (e) => e.preventDefault());
      base(el).click();
      expect(win.dataLayer).to.deep.equal([
        {
          event: 'spa_book_click',
          link_url: CALENDLY,
          booking_provider: 'calendly',
          booking_target: 'new-tab',
          sessions_typical: 4,
          value: 750,
          price_max: 1500,
          currency: 'USD',
        },
      ]);
      delete win.dataLayer;
    });
  });

  describe('spa-book-click', () => {
    it('bubbles out of the shadow root with href, provider, target and estimate', async () => {
      const el = await fixture<SpaBookButton>(html`<spa-book-button href=${CALENDLY}></spa-book-button>`);
      const stop = preventNavigation(document);
      const clicked = nextEvent<CustomEvent<BookClickDetail>>(document, 'spa-book-click');
      base(el).click();
      const event = await clicked;
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
      expect(event.detail).to.deep.equal({href: CALENDLY, provider: 'calendly', target: 'new-tab', estimate: null});
      stop();
    });

    it('is not fired when the page sets attributes', async () => {
      let fired = 0;
      const el = await fixture<SpaBookButton>(html`<spa-book-button href=${CALENDLY} @spa-book-click=${() => fired++}></spa-book-button>`);
      el.setAttribute('target', 'dialog');
      el.setAttribute('href', 'https://www.fresha.com/book-now/x');
      await settle(el);
      expect(fired).to.equal(0);
    });

    it('preventDefault() stops the navigation, the dialog and analytics', async () => {
      const win = window as unknown as {dataLayer?: unknown[]};
      win.dataLayer = [];
      const el = await fixture<SpaBookButton>(html`<spa-book-button href=${CALENDLY} target="dialog"></spa-book-button>`);
      el.addEventListener('spa-book-click', (event) => event.preventDefault());
      const native = nextEvent<MouseEvent>(el.shadowRoot!, 'click');
      base(el).click();
      expect((await native).defaultPrevented).to.equal(true);
      await settle(el);
      expect(el.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
      expect(win.dataLayer).to.deep.equal([]);
      delete win.dataLayer;
    });

    it('Ctrl, Cmd or Shift with a click asks the browser for a new tab, whatever the target, and the detail says so', async () => {
      for (const target of ['dialog', 'self', 'new-tab']) {
        for (const modifier of ['ctrlKey', 'metaKey', 'shiftKey']) {
          const el = await fixture<SpaBookButton>(html`<spa-book-button href=${CALENDLY} target=${target}></spa-book-button>`);
          const clicks: BookClickDetail[] = [];
          el.addEventListener('spa-book-click', (event) => clicks.push(event.detail));
          // After the kit's own listener: the browser's new tab is not the test's business.
          el.shadowRoot!.addEventListener('click', (event) => event.preventDefault());
          const click = new MouseEvent('click', {bubbles: true, composed: true, cancelable: true, [modifier]: true});
          base(el).dispatchEvent(click);
          await settle(el);
          expect(clicks.map((detail) => detail.target), `${target} + ${modifier}`).to.deep.equal(['new-tab']);
          expect(el.shadowRoot!.querySelector('dialog')?.open ?? false, `${target} + ${modifier}`).to.equal(false);
        }
      }
    });

    it('Alt with a click keeps the dialog shut (Chrome downloads the link then)', async () => {
      const el = await fixture<SpaBookButton>(html`<spa-book-button href=${CALENDLY} target="dialog"></spa-book-button>`);
      el.shadowRoot!.addEventListener('click', (event) => event.preventDefault());
      const clicked = nextEvent<CustomEvent<BookClickDetail>>(el, 'spa-book-click');
      base(el).dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true, cancelable: true, altKey: true}));
      expect((await clicked).detail.target).to.equal('new-tab');
      await settle(el);
      expect(el.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
    });

    it('a middle click (a new tab) is a booking click too: the event and analytics; a right click is not', async () => {
      const win = window as unknown as {dataLayer?: unknown[]};
      win.dataLayer = [];
      const el = await fixture<SpaBookButton>(html`<spa-book-button href=${CALENDLY} target="dialog"></spa-book-button>`);
      const clicks: BookClickDetail[] = [];
      el.addEventListener('spa-book-click', (event) => clicks.push(event.detail));
      // Let the kit see the middle click, then keep the test's browser from opening the tab.
      const stopTab = (event: Event) => event.preventDefault();
      document.addEventListener('auxclick', stopTab);
      const box = base(el).getBoundingClientRect();
      const middle: [number, number] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
      await sendMouse({type: 'click', position: middle, button: 'right'});
      await sendKeys({press: 'Escape'}); // the context menu
      expect(clicks).to.deep.equal([]);
      await sendMouse({type: 'click', position: middle, button: 'middle'});
      await settle(el);
      expect(clicks).to.deep.equal([{href: CALENDLY, provider: 'calendly', target: 'new-tab', estimate: null}]);
      expect(win.dataLayer).to.deep.equal([
        {event: 'spa_book_click', link_url: CALENDLY, booking_provider: 'calendly', booking_target: 'new-tab', ...NO_ESTIMATE},
      ]);
      expect(el.shadowRoot!.querySelector('dialog')!.open, 'a middle click opens a tab, not the dialog').to.equal(false);
      // A page that books by itself cancels the middle click's tab too.
      document.removeEventListener('auxclick', stopTab);
      el.addEventListener('spa-book-click', (event) => event.preventDefault());
      const native = nextEvent<MouseEvent>(document, 'auxclick');
      await sendMouse({type: 'click', position: middle, button: 'middle'});
      expect((await native).defaultPrevented).to.equal(true);
      expect(clicks).to.have.length(2);
      delete win.dataLayer;
    });
  });

  describe('analytics', () => {
    const win = window as unknown as {
      dataLayer?: unknown[];
      gtag?: (...args: unknown[]) => void;
      google_tag_manager?: Record<string, unknown>;
    };
    afterEach(() => {
      delete win.dataLayer;
      delete win.gtag;
      delete win.google_tag_manager;
    });
    /** Google's own snippet for the Google tag (gtag.js): gtag() queues its arguments on dataLayer. */
    function installGoogleTag() {
      win.dataLayer = win.dataLayer ?? [];
      win.gtag = function gtag() {
        win.dataLayer!.push(arguments);
      };
    }
    const gtagCommands = () =>
      win.dataLayer!.filter((entry) => Object.prototype.toString.call(entry) === '[object Arguments]').map((entry) => Array.from(entry as ArrayLike<unknown>));
    const params = {link_url: CALENDLY, booking_provider: 'calendly', booking_target: 'new-tab'};

    it('with the Google tag alone (GA4 by gtag.js, which keeps a dataLayer too), the click goes through gtag', async () => {
      // gtag.js sends to GA4 only what comes through gtag(); it ignores a plain {event} pushed
      // to its dataLayer, which only Tag Manager reads. Site builders' Google Analytics
      // settings usually install GA4 this way.
      installGoogleTag();
      win.google_tag_manager = {'G-ABC123XYZ': {}};
      const el = await fixture<SpaBookButton>(html`<spa-book-button href=${CALENDLY}></spa-book-button>`);
      el.shadowRoot!.addEventListener('click', (e) => e.preventDefault());
      base(el).click();
      expect(gtagCommands()).to.deep.equal([['event', 'spa_book_click', params]]);
    });

    it('with a Tag Manager container, only the dataLayer push: gtag too would count the click twice', async () => {
      installGoogleTag();
      win.google_tag_manager = {'GTM-ABC1234': {}, 'G-ABC123XYZ': {}};
      const el = await fixture<SpaBookButton>(html`<spa-book-button href=${CALENDLY}></spa-book-button>`);
      el.shadowRoot!.addEventListener('click', (e) => e.preventDefault());
      base(el).click();
      expect(gtagCommands()).to.deep.equal([]);
      expect(win.dataLayer).to.deep.equal([{event: 'spa_book_click', ...params, ...NO_ESTIMATE}]);
    });

    it('pushes spa_book_click to dataLayer when it exists', async () => {
      win.dataLayer = [];
      const el = await fixture<SpaBookButton>(html`<spa-book-button href=${CALENDLY}></spa-book-button>`);
      // Let the click run its course; stop only the navigation, after analytics ran.
      el.shadowRoot!.addEventListener('click', (e) => e.preventDefault());
      base(el).click();
      expect(win.dataLayer).to.deep.equal([
        {event: 'spa_book_click', link_url: CALENDLY, booking_provider: 'calendly', booking_target: 'new-tab', ...NO_ESTIMATE},
      ]);
    });

    it('calls gtag when only gtag exists', async () => {
      const calls: unknown[][] = [];
      win.gtag = (...args: unknown[]) => calls.push(args);
      const el = await fixture<SpaBookButton>(html`<spa-book-button href=${CALENDLY}></spa-book-button>`);
      el.shadowRoot!.addEventListener('click', (e) => e.preventDefault());
      base(el).click();
      expect(calls).to.deep.equal([
        ['event', 'spa_book_click', {link_url: CALENDLY, booking_provider: 'calendly', booking_target: 'new-tab'}],
      ]);
    });

    it("a page whose dataLayer is another vendor's object, not Tag Manager's list: gtag still gets the click", async () => {
      (win as {dataLayer?: unknown}).dataLayer = {pageType: 'service'};
      const calls: unknown[][] = [];
      win.gtag = (...args: unknown[]) => calls.push(args);
      const el = await fixture<SpaBookButton>(html`<spa-book-button href=${CALENDLY}></spa-book-button>`);
      el.shadowRoot!.addEventListener('click', (e) => e.preventDefault());
      base(el).click();
      expect(calls).to.deep.equal([['event', 'spa_book_click', params]]);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('analytics="off" sends nothing; invalid warns and stays on', async () => {
      win.dataLayer = [];
      const el = await fixture<SpaBookButton>(html`<spa-book-button href=${CALENDLY} analytics="off"></spa-book-button>`);
      el.shadowRoot!.addEventListener('click', (e) => e.preventDefault());
      base(el).click();
      expect(win.dataLayer).to.deep.equal([]);
      el.setAttribute('analytics', 'nope');
      await settle(el);
      expect(warnings.messages[0]).to.contain('analytics="nope"');
      base(el).click();
      expect(win.dataLayer).to.have.length(1);
      el.removeAttribute('analytics');
      await settle(el);
      base(el).click();
      expect(win.dataLayer).to.have.length(2);
    });

    it("a page's broken dataLayer never breaks booking: the dialog still opens", async () => {
      win.dataLayer = [];
      win.dataLayer.push = () => {
        throw new Error('broken tag manager');
      };
      // The analytics push comes before the dialog opens: a throw escaping it would stop booking.
      const el = await fixture<SpaBookButton>(html`<spa-book-button href=${CALENDLY} target="dialog"></spa-book-button>`);
      let clicks = 0;
      el.addEventListener('spa-book-click', () => clicks++);
      let opened = 0;
      el.addEventListener('spa-book-open', () => opened++);
      // Had the throw escaped, the click would go on as a plain link to a new tab: note whether
      // the kit took it for the dialog, then keep the test page from opening that tab.
      let takenForDialog = false;
      const onClick = (event: Event) => {
        takenForDialog = event.defaultPrevented;
        event.preventDefault();
      };
      document.addEventListener('click', onClick);
      try {
        base(el).click();
        await el.updateComplete;
        await nextFrame();
      } finally {
        document.removeEventListener('click', onClick);
      }
      expect(takenForDialog, 'the click was taken for the dialog').to.equal(true);
      expect(el.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
      expect([clicks, opened]).to.deep.equal([1, 1]);
      expect(warnings.messages.some((m) => m.includes('analytics threw'))).to.equal(true);
      el.closeDialog();
    });

    it("from a srcdoc frame, go to the page that wrote it, unless the frame has analytics of its own", async () => {
      win.dataLayer = [];
      /** What a click on a dialog button in a srcdoc frame pushed to the frame's own dataLayer. */
      const clickInFrame = (head: string) =>
        inSrcdocFrame(head, `<spa-book-button href="${CALENDLY}" target="dialog"></spa-book-button>`, async (frame) => {
          await clickForDialog(frame);
          return (frame as unknown as {dataLayer?: unknown[]}).dataLayer;
        });
      const click = {event: 'spa_book_click', ...params, booking_target: 'dialog', ...NO_ESTIMATE};
      expect(await clickInFrame('')).to.equal(undefined);
      expect(win.dataLayer).to.deep.equal([click]);
      expect(await clickInFrame('<script>window.dataLayer = [];</script>')).to.deep.equal([click]);
      expect(win.dataLayer).to.have.length(1);
      // A page whose only analytics is a gtag function (a wrapper of its own, say) gets it there.
      delete win.dataLayer;
      const commands: unknown[][] = [];
      win.gtag = (...args: unknown[]) => commands.push(args);
      expect(await clickInFrame('')).to.equal(undefined);
      expect(commands).to.deep.equal([['event', 'spa_book_click', {link_url: CALENDLY, booking_provider: 'calendly', booking_target: 'dialog'}]]);
    });
  });

  describe('label, variant, size, floating', () => {
    it('label: default, valid, invalid (empty), removed', async () => {
      const el = await fixture<SpaBookButton>(html`<spa-book-button href=${CALENDLY}></spa-book-button>`);
      expect(base(el).textContent).to.contain('Book now');
      el.label = 'Book your microneedling';
      await settle(el);
      expect(base(el).textContent).to.contain('Book your microneedling');
      el.setAttribute('label', '   ');
      await settle(el);
      expect(base(el).textContent).to.contain('Book now');
      expect(warnings.messages).to.deep.equal([
        '<spa-book-button> ignored label="   ": it takes the button text. Using the default text.',
      ]);
      el.removeAttribute('label');
      await settle(el);
      expect(base(el).textContent).to.contain('Book now');
      // With text written inside, that text is what shows instead, and the warning says so.
      const written = await fixture<SpaBookButton>(html`<spa-book-button href=${CALENDLY} label=" ">Book a facial</spa-book-button>`);
      expect(base(written).textContent).to.contain('Book a facial');
      expect(warnings.messages[1]).to.equal('<spa-book-button> ignored label=" ": it takes the button text. Using the text inside.');
    });

    it("--spa-font-family: the button takes the token's font, else the page's", async () => {
      const page = await fixture<HTMLDivElement>(html`<div style="font-family: Georgia">
        <spa-book-button href=${CALENDLY}></spa-book-button>
      </div>`);
      const el = page.querySelector('spa-book-button')!;
      await settle(el);
      expect(getComputedStyle(base(el)).fontFamily).to.equal('Georgia');
      page.style.setProperty('--spa-font-family', "'Courier New', monospace");
      expect(getComputedStyle(base(el)).fontFamily).to.equal('"Courier New", monospace');
    });

    it('squeezed beside other content, the label wraps between words, never inside one', async () => {
      // A site header at phone width: the brand takes what room it can, the button keeps "Book" whole.
      const row = await fixture<HTMLDivElement>(html`<div style="display: flex; gap: 24px; width: 260px; font: 16px/1.5 serif">
        <a href="/" style="font-size: 20px">Botanica Skin Studio</a>
        <spa-book-button href=${CALENDLY} variant="outline" size="sm"><a href=${CALENDLY}>Book</a></spa-book-button>
        <spa-book-button href=${CALENDLY} label="Reserva tu consulta"></spa-book-button>
      </div>`);
      for (const el of row.querySelectorAll('spa-book-button')) {
        await settle(el);
        expect(wordsSplitAcrossLines(base(el)), el.outerHTML).to.deep.equal([]);
      }
      // A word too long for the whole row still breaks rather than spill out of it.
      const narrow = await fixture<HTMLDivElement>(html`<div style="width: 160px">
        <spa-book-button href=${CALENDLY} label="Terminvereinbarungsformular"></spa-book-button>
      </div>`);
      const el = narrow.querySelector('spa-book-button')!;
      await settle(el);
      expect(el.getBoundingClientRect().right).to.be.at.most(narrow.getBoundingClientRect().right);
      expect(base(el).scrollWidth).to.be.at.most(base(el).clientWidth);
    });

    for (const [attribute, values, fallback] of [
      ['variant', ['primary', 'outline', 'text'], 'primary'],
      ['size', ['sm', 'md', 'lg'], 'md'],
    ] as const) {
      it(`${attribute}: default, each valid value, invalid, removed`, async () => {
        const el = await fixture<SpaBookButton>(html`<spa-book-button href=${CALENDLY}></spa-book-button>`);
        expect(base(el).classList.contains(fallback)).to.equal(true);
        for (const value of values) {
          el.setAttribute(attribute, value);
          await settle(el);
          expect(base(el).classList.contains(value)).to.equal(true);
        }
        el.setAttribute(attribute, 'gigantic<script>');
        await settle(el);
        expect(base(el).classList.contains(fallback)).to.equal(true);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain(`${attribute}="gigantic<script>"`);
        el.removeAttribute(attribute);
        await settle(el);
        expect(base(el).classList.contains(fallback)).to.equal(true);
      });
    }

    it('a page that sizes the element gets a button that fills it, as a native link-button would', async () => {
      const widthOf = (el: SpaBookButton) => Math.round(base(el).getBoundingClientRect().width);
      // width: 100% (the full-width call to action of a phone layout), and a flex column's stretch.
      for (const [where, wrapperStyle, hostStyle] of [
        ['width: 100%', 'width: 300px', 'width: 100%'],
        ['a fixed width', 'width: 500px', 'width: 300px'],
        ['a stretched flex item', 'width: 300px; display: flex; flex-direction: column', ''],
      ]) {
        const page = await fixture<HTMLDivElement>(
          html`<div style=${wrapperStyle}><spa-book-button href=${CALENDLY} style=${hostStyle}></spa-book-button></div>`,
        );
        const el = page.querySelector<SpaBookButton>('spa-book-button')!;
        expect(widthOf(el), where).to.equal(300);
      }
      // Left to itself it is as wide as its label, and one on its own line keeps that width.
      for (const hostStyle of ['', 'display: block']) {
        const page = await fixture<HTMLDivElement>(
          html`<div style="width: 500px"><spa-book-button href=${CALENDLY} style=${hostStyle}></spa-book-button></div>`,
        );
        const el = page.querySelector<SpaBookButton>('spa-book-button')!;
        expect(widthOf(el), hostStyle || 'by default').to.be.below(200);
      }
    });

    it('variants look different: filled, outlined, text', async () => {
      const styles: Record<string, string> = {};
      for (const variant of ['primary', 'outline', 'text']) {
        const el = await fixture<SpaBookButton>(html`<spa-book-button href=${CALENDLY} variant=${variant}></spa-book-button>`);
        const computed = getComputedStyle(base(el));
        styles[variant] = `${computed.backgroundColor}|${computed.borderTopColor}|${computed.textDecorationLine}`;
      }
      expect(new Set(Object.values(styles)).size).to.equal(3);
    });

    it('one-line buttons are exactly 32, 44 and 52 px tall, as the README reserves before loading', async () => {
      const heights: number[] = [];
      for (const size of ['sm', 'md', 'lg']) {
        const el = await fixture<SpaBookButton>(html`<spa-book-button href=${CALENDLY} size=${size}></spa-book-button>`);
        heights.push(el.getBoundingClientRect().height);
      }
      expect(heights).to.deep.equal([32, 44, 52]);
    });

    it('sizes have growing touch targets, all at least 24px', async () => {
      const heights: number[] = [];
      for (const size of ['sm', 'md', 'lg']) {
        const el = await fixture<SpaBookButton>(html`<spa-book-button href=${CALENDLY} size=${size}></spa-book-button>`);
        heights.push(base(el).getBoundingClientRect().height);
      }
      expect(heights[0]).to.be.at.least(24);
      expect(heights[0]).to.be.below(heights[1]);
      expect(heights[1]).to.be.below(heights[2]);
    });

    it('floating: fixed in the bottom corner; removed puts it back in the flow', async () => {
      const el = await fixture<SpaBookButton>(html`<spa-book-button href=${CALENDLY} floating></spa-book-button>`);
      expect(getComputedStyle(el).position).to.equal('fixed');
      const box = el.getBoundingClientRect();
      expect(window.innerHeight - box.bottom).to.be.within(15, 17);
      expect(window.innerWidth - box.right).to.be.within(15, 17);
      el.removeAttribute('floating');
      await settle(el);
      expect(getComputedStyle(el).position).to.equal('static');
    });

    it('floating on a right-to-left page: in the bottom-left corner, its end of the line', async () => {
      const page = await fixture<HTMLDivElement>(html`<div dir="rtl">
        <spa-book-button href=${CALENDLY} floating></spa-book-button>
      </div>`);
      const el = page.querySelector('spa-book-button')!;
      await settle(el);
      const box = el.getBoundingClientRect();
      expect(box.left).to.be.within(15, 17);
      expect(window.innerHeight - box.bottom).to.be.within(15, 17);
      // Its own width, not stretched across the screen.
      expect(box.width).to.be.below(window.innerWidth / 2);
    });

    it('floating with a long label on a phone keeps clear of both edges of the screen', async () => {
      await setViewport({width: 320, height: 640});
      const el = await fixture<SpaBookButton>(
        html`<spa-book-button href=${CALENDLY} floating label="Reserve your free microneedling consultation with Botanica Skin Studio today"></spa-book-button>`,
      );
      await settle(el);
      const box = el.getBoundingClientRect();
      expect(box.left).to.be.within(15, 17);
      expect(window.innerWidth - box.right).to.be.within(15, 17);
      expect(base(el).scrollWidth).to.be.at.most(base(el).clientWidth);
    });

    it('for a visitor who asks for less motion, nothing fades or slides: no transition, and the floating button steps aside without one', async () => {
      // Chromium is asked to reduce motion; the Firefox and WebKit runs always do.
      const chrome = await hasChromeProtocol();
      if (chrome) await emulateMedia({reducedMotion: 'reduce'});
      try {
        expect(matchMedia('(prefers-reduced-motion: reduce)').matches, 'motion is reduced').to.equal(true);
        const {page, floating} = await inPageButtonAboveFloatingOne();
        const inPage = page.querySelector<SpaBookButton>('spa-book-button:not([floating])')!;
        for (const el of [inPage, floating]) {
          expect(getComputedStyle(base(el)).transitionDuration.split(', '), el.outerHTML).to.satisfy((all: string[]) => all.every((d) => d === '0s'));
        }
        expect(await visibilityOnceItIs(floating, 'hidden')).to.equal('hidden');
        expect(floating.shadowRoot!.getAnimations()).to.deep.equal([]);
      } finally {
        if (chrome) await emulateMedia({reducedMotion: 'no-preference'});
      }
    });

    it('floating: left off a printed page, where it would cover the corner of every sheet; an in-page button prints', async function () {
      // Print emulation is Chrome's protocol; in Firefox and WebKit this skips itself.
      if (!(await hasChromeProtocol())) this.skip();
      const page = await fixture<HTMLDivElement>(html`<div>
        <spa-book-button href=${CALENDLY}></spa-book-button>
        <spa-book-button href=${CALENDLY} floating></spa-book-button>
      </div>`);
      const [inPage, floating] = [...page.querySelectorAll<SpaBookButton>('spa-book-button')];
      await Promise.all([settle(inPage), settle(floating)]);
      await emulateMedia({media: 'print'});
      try {
        expect(floating.getClientRects().length, 'floating').to.equal(0);
        expect(inPage.getClientRects().length, 'in the page').to.equal(1);
      } finally {
        await emulateMedia({media: 'screen'});
      }
    });

    it("floating: the page's CSS moves it clear of a chat widget's button, up or to the other corner, without a warning", async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <style>
          #raised { bottom: 96px; }
          #left { inset-inline-end: auto; inset-inline-start: 16px; }
        </style>
        <spa-book-button id="raised" href=${CALENDLY} floating></spa-book-button>
        <spa-book-button id="left" href=${CALENDLY} floating></spa-book-button>
      </div>`);
      const [raised, left] = [...page.querySelectorAll<SpaBookButton>('spa-book-button')];
      await Promise.all([settle(raised), settle(left)]);
      expect(window.innerHeight - raised.getBoundingClientRect().bottom).to.be.closeTo(96, 1);
      expect(window.innerWidth - raised.getBoundingClientRect().right).to.be.closeTo(16, 1);
      expect(left.getBoundingClientRect().left).to.be.closeTo(16, 1);
      expect(window.innerHeight - left.getBoundingClientRect().bottom).to.be.closeTo(16, 1);
      await nextFrame();
      await nextFrame();
      expect(warnings.messages).to.deep.equal([]);
    });

    it('floating inside an element with a transform or filter warns that it cannot stay in the corner; zoom is fine', async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <spa-book-button href=${CALENDLY} floating></spa-book-button>
        <div style="zoom: 0.8"><spa-book-button href=${CALENDLY} floating></spa-book-button></div>
        <div style="zoom: 1.25"><spa-book-button href=${CALENDLY} floating></spa-book-button></div>
        <section class="hero fade-in" style="transform: translate3d(0, 0, 0); height: 200px">
          <!-- A size-query container does not carry fixed elements along (CSS Containment 3). -->
          <div class="columns" style="container-type: inline-size">
            <spa-book-button href=${CALENDLY} floating></spa-book-button>
          </div>
        </section>
        <div id="promo" class="banner" style="filter: drop-shadow(0 0 0 #000); height: 200px">
          <spa-book-button href=${CALENDLY} floating></spa-book-button>
        </div>
        <div id="cards" style="contain: paint; height: 200px">
          <spa-book-button href=${CALENDLY} floating></spa-book-button>
        </div>
        <div id="animated" style="will-change: transform; height: 200px">
          <spa-book-button href=${CALENDLY} floating></spa-book-button>
        </div>
      </div>`);
      await Promise.all([...page.querySelectorAll<SpaBookButton>('spa-book-button')].map(settle));
      await nextFrame();
      await nextFrame();
      const warning = (ancestor: string) =>
        `<spa-book-button floating> cannot stay in the corner of the screen: ${ancestor} has a transform, filter or containment, which carries fixed elements along with it. Put the button directly inside <body>.`;
      expect(warnings.messages).to.deep.equal([
        warning('<section class="hero fade-in">'),
        // Named by its id alone when it has one: what an agency searches the page's source for.
        warning('<div id="promo">'),
        warning('<div id="cards">'),
        warning('<div id="animated">'),
      ]);
    });

    it('floating but not shown (hidden, or inside a closed menu) has no corner to miss: no warning', async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <spa-book-button href=${CALENDLY} floating hidden></spa-book-button>
        <nav style="display: none"><spa-book-button href=${CALENDLY} floating></spa-book-button></nav>
      </div>`);
      await Promise.all([...page.querySelectorAll<SpaBookButton>('spa-book-button')].map(settle));
      await nextFrame();
      await nextFrame();
      expect(warnings.messages).to.deep.equal([]);
    });

    it('floating on a page zoomed as a whole (html { zoom: 0.8 }) is in its corner: no warning', async () => {
      for (const zoom of ['0.8', '1.25']) {
        document.documentElement.style.zoom = zoom;
        try {
          const page = await fixture<HTMLDivElement>(html`<div>
            <spa-book-button href=${CALENDLY} floating></spa-book-button>
            <div style="zoom: 1.25"><spa-book-button href=${CALENDLY} floating></spa-book-button></div>
          </div>`);
          await Promise.all([...page.querySelectorAll<SpaBookButton>('spa-book-button')].map(settle));
          await nextFrame();
          await nextFrame();
          expect(warnings.messages, `zoom ${zoom}`).to.deep.equal([]);
        } finally {
          document.documentElement.style.zoom = '';
        }
      }
    });

    it('floating steps aside while an in-page booking button is in view', async () => {
      const {floating} = await inPageButtonAboveFloatingOne();
      // Aside from the first frame: no flash of a button that is about to step aside.
      expect(getComputedStyle(base(floating)).visibility).to.equal('hidden');
      window.scrollTo(0, 0);
      expect(await visibilityOnceItIs(floating, 'hidden')).to.equal('hidden');
      window.scrollTo(0, 2000);
      expect(await visibilityOnceItIs(floating, 'visible')).to.equal('visible');
      window.scrollTo(0, 0);
      floating.removeAttribute('floating');
      await settle(floating);
      expect(await visibilityOnceItIs(floating, 'visible')).to.equal('visible');
    });

    it('floating, stepped aside, leaves its corner to the page: a link under it takes the click', async () => {
      const {page, floating} = await inPageButtonAboveFloatingOne();
      const under = document.createElement('a');
      under.href = '#under';
      under.textContent = 'A link in the corner';
      under.style.cssText = 'position: fixed; inset-inline-end: 0; inset-block-end: 0; width: 320px; height: 120px';
      page.prepend(under);
      const clicks: string[] = [];
      under.addEventListener('click', (event) => (event.preventDefault(), clicks.push('under')));
      floating.addEventListener('spa-book-click', (event) => (event.preventDefault(), clicks.push('floating')));
      window.scrollTo(0, 0);
      expect(await visibilityOnceItIs(floating, 'hidden')).to.equal('hidden');
      const box = floating.getBoundingClientRect();
      const middle: [number, number] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
      await sendMouse({type: 'click', position: middle});
      // Shown again, it takes the click itself.
      window.scrollTo(0, 2000);
      expect(await visibilityOnceItIs(floating, 'visible')).to.equal('visible');
      await new Promise((resolve) => setTimeout(resolve, 250)); // the 200 ms fade in
      await sendMouse({type: 'click', position: middle});
      expect(clicks).to.deep.equal(['under', 'floating']);
      window.scrollTo(0, 0);
    });

    it('floating follows in-page buttons that come and go later (a single-page app changing route)', async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <main></main>
        <spa-book-button href=${CALENDLY} floating></spa-book-button>
      </div>`);
      const floating = page.querySelector<SpaBookButton>('[floating]')!;
      window.scrollTo(0, 0);
      expect(await visibilityOnceItIs(floating, 'visible')).to.equal('visible');
      const inPage = document.createElement('spa-book-button');
      inPage.setAttribute('href', CALENDLY);
      page.querySelector('main')!.append(inPage);
      expect(await visibilityOnceItIs(floating, 'hidden')).to.equal('hidden');
      inPage.remove();
      expect(await visibilityOnceItIs(floating, 'visible')).to.equal('visible');
    });

    it('floating shows while the in-page button has turned floating itself, and steps aside again when it is back', async () => {
      const {page, floating} = await inPageButtonAboveFloatingOne();
      const inline = page.querySelector<SpaBookButton>('#inline')!;
      window.scrollTo(0, 0);
      expect(await visibilityOnceItIs(floating, 'hidden')).to.equal('hidden');
      // Now a corner button itself, always on screen: not a way to book within the page.
      inline.setAttribute('floating', '');
      expect(await visibilityOnceItIs(floating, 'visible')).to.equal('visible');
      inline.removeAttribute('floating');
      expect(await visibilityOnceItIs(floating, 'hidden')).to.equal('hidden');
    });

    it('floating steps aside for a button that started floating and then joins the page', async () => {
      // A framework's `?floating=${narrow}`, say, when the window widens.
      const later = await fixture<HTMLDivElement>(html`<div>
        <spa-book-button href=${CALENDLY} id="joins" floating></spa-book-button>
        <spa-book-button href=${CALENDLY} id="stays" floating></spa-book-button>
      </div>`);
      const stays = later.querySelector<SpaBookButton>('#stays')!;
      window.scrollTo(0, 0);
      expect(await visibilityOnceItIs(stays, 'visible')).to.equal('visible');
      later.querySelector('#joins')!.removeAttribute('floating');
      expect(await visibilityOnceItIs(stays, 'hidden')).to.equal('hidden');
    });

    it('floating watches only its own document or shadow root, whenever a button arrives there', async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <div id="host"></div>
        <spa-book-button href=${CALENDLY} floating></spa-book-button>
      </div>`);
      const floating = page.querySelector<SpaBookButton>('[floating]')!;
      window.scrollTo(0, 0);
      expect(await visibilityOnceItIs(floating, 'visible')).to.equal('visible');
      // A button in another shadow root: not found at the start, so not watched when it arrives either.
      const elsewhere = document.createElement('spa-book-button');
      elsewhere.setAttribute('href', CALENDLY);
      page.querySelector('#host')!.attachShadow({mode: 'open'}).append(elsewhere);
      await settle(elsewhere as SpaBookButton);
      // Given a second to step aside (past its 200 ms fade), it does not.
      expect(await visibilityOnceItIs(floating, 'hidden')).to.equal('visible');
    });

    it('floating stays in view, without a flicker, when another button changes while none is on screen', async () => {
      // Looking again at the page's buttons (another one turned floating) began "aside" until
      // the observer reported, so a visible button faded out and back in.
      const page = await fixture<HTMLDivElement>(html`<div>
        <div style="height: 3000px"></div>
        <spa-book-button href=${CALENDLY} id="below"></spa-book-button>
        <spa-book-button href=${CALENDLY} id="turns"></spa-book-button>
        <spa-book-button href=${CALENDLY} floating></spa-book-button>
      </div>`);
      const floating = page.querySelector<SpaBookButton>('[floating]')!;
      window.scrollTo(0, 0);
      expect(await visibilityOnceItIs(floating, 'visible')).to.equal('visible');
      const classes: string[] = [];
      const watch = new MutationObserver(() => classes.push(base(floating).className));
      watch.observe(base(floating), {attributes: true, attributeFilter: ['class']});
      page.querySelector('#turns')!.setAttribute('floating', '');
      await settle(page.querySelector<SpaBookButton>('#turns')!);
      await settle(floating);
      await new Promise((resolve) => setTimeout(resolve, 300));
      watch.disconnect();
      expect(classes.filter((name) => name.includes('tucked'))).to.deep.equal([]);
      expect(getComputedStyle(base(floating)).visibility).to.equal('visible');
    });

    it('floating still steps aside after the page moves it (disconnected, then connected)', async () => {
      const {page, floating} = await inPageButtonAboveFloatingOne();
      await settle(floating);
      // Frameworks and page builders move nodes around: a move is a disconnect and a connect.
      page.prepend(floating);
      await settle(floating);
      window.scrollTo(0, 0);
      expect(await visibilityOnceItIs(floating, 'hidden')).to.equal('hidden');
    });

    it('every variant and size is accessible, floating included', async () => {
      for (const variant of ['primary', 'outline', 'text']) {
        for (const size of ['sm', 'md', 'lg']) {
          const el = await fixture<SpaBookButton>(
            html`<spa-book-button href=${CALENDLY} variant=${variant} size=${size}></spa-book-button>`,
          );
          await expect(el).to.be.accessible();
        }
      }
      const floating = await fixture<SpaBookButton>(html`<spa-book-button href=${CALENDLY} floating></spa-book-button>`);
      await expect(floating).to.be.accessible();
    });
  });

  describe("from the page's own script", () => {
    // A site builder's own header menu has a Book link; the agency wires it to the kit's button
    // the way it would a native one: button.click(), button.focus().
    it("click() books as the visitor's click does: the event, the analytics push, the dialog", async () => {
      const win = window as unknown as {dataLayer?: unknown[]};
      win.dataLayer = [];
      try {
        const el = await fixture<SpaBookButton>(
          html`<spa-book-button href="https://calendly.com/botanica/mn" target="dialog"></spa-book-button>`,
        );
        const clicked = nextEvent<CustomEvent<BookClickDetail>>(el, 'spa-book-click');
        const opened = nextEvent(el, 'spa-book-open');
        el.click();
        expect((await clicked).detail).to.deep.equal({
          href: 'https://calendly.com/botanica/mn',
          provider: 'calendly',
          target: 'dialog',
          estimate: null,
        });
        await opened;
        expect(el.shadowRoot!.querySelector('dialog')!.open, 'the dialog').to.equal(true);
        expect(win.dataLayer, 'the analytics push').to.have.length(1);
        const closed = nextEvent(el, 'spa-book-close');
        el.closeDialog();
        await closed;
        // A same-tab or new-tab button goes where its link goes (stopped here by the page).
        const newTab = await fixture<SpaBookButton>(html`<spa-book-button href=${CALENDLY}></spa-book-button>`);
        const stop = preventNavigation(newTab);
        const followed = nextEvent<CustomEvent<BookClickDetail>>(newTab, 'spa-book-click');
        newTab.click();
        expect((await followed).detail.target).to.equal('new-tab');
        stop();
      } finally {
        delete win.dataLayer;
      }
    });

    it("a dialog opened from the page's own link gives focus back to that link, where the visitor was", async () => {
      // The kit's button is further down the page: focus sent there on close would scroll the
      // page away from the menu the visitor used.
      const {el, menu} = await menuLinkCallingClick(3000);
      menu.focus();
      const where = window.scrollY;
      await enterThenEscape(el);
      expect(document.activeElement, 'the menu link').to.equal(menu);
      expect(window.scrollY, 'the page where it was').to.equal(where);
      // Opened by a script with nothing focused, it falls back to the button itself.
      (document.activeElement as HTMLElement).blur();
      await el.openDialog();
      const closedAgain = nextEvent(el, 'spa-book-close');
      el.closeDialog();
      await closedAgain;
      expect(el.shadowRoot!.activeElement).to.equal(base(el));
    });

    it("a dialog opened from a link in the page's dropdown menu, which closed meanwhile: focus goes to the button, not lost", async () => {
      // A menu hides once an item is chosen: its link cannot take focus back, which fell to
      // <body>, and the keyboard's next Tab started from the top of the page.
      const {el, menu} = await menuLinkCallingClick(0);
      menu.addEventListener('click', () => requestAnimationFrame(() => (menu.hidden = true)));
      menu.focus();
      await enterThenEscape(el);
      expect(menu.hidden, 'the menu closed').to.equal(true);
      expect(el.shadowRoot!.activeElement, 'the button').to.equal(base(el));
      expect(document.activeElement).to.equal(el);
    });

    it("a dialog opened from a link inside the page's own web component gives focus back to that link", async () => {
      // Site builders' headers are often custom elements: document.activeElement is their host.
      const {el} = await menuLinkCallingClick(0);
      const header = await fixture<HTMLElement>(html`<div></div>`);
      header.attachShadow({mode: 'open'}).innerHTML = '<nav><a href="#">Home</a> <a href="#book">Book</a></nav>';
      const inner = header.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="#book"]')!;
      inner.addEventListener('click', (event) => {
        event.preventDefault();
        el.click();
      });
      inner.focus();
      await enterThenEscape(el);
      expect(header.shadowRoot!.activeElement, 'the link in the header').to.equal(inner);
    });

    it('click() on a button without a link does nothing, and says nothing more', async () => {
      const el = await fixture<SpaBookButton>(html`<spa-book-button href="javascript:alert(1)"></spa-book-button>`);
      let clicks = 0;
      el.addEventListener('spa-book-click', () => clicks++);
      el.click();
      await settle(el);
      expect(clicks).to.equal(0);
      expect(warnings.messages).to.have.length(1);
    });

    it('focus() puts keyboard focus on the button, where Enter books; blur() takes it away', async () => {
      const el = await fixture<SpaBookButton>(html`<spa-book-button href=${CALENDLY}></spa-book-button>`);
      el.focus();
      expect(document.activeElement, 'the page sees the element focused').to.equal(el);
      expect(el.shadowRoot!.activeElement, 'the link inside').to.equal(base(el));
      const stop = preventNavigation(el);
      const clicked = nextEvent<CustomEvent<BookClickDetail>>(el, 'spa-book-click');
      await sendKeys({press: 'Enter'});
      expect((await clicked).detail.href).to.equal(CALENDLY);
      stop();
      el.blur();
      expect(el.shadowRoot!.activeElement).to.equal(null);
      expect(document.activeElement).to.equal(document.body);
    });
  });

  describe('dialog target', () => {
    const frameUrl = `${location.origin}/test/fixtures/fake-booking-frame.html`;

    it("an http:// link to a booking platform: the frame asks for https, which is all the platform serves, and the owner is told", async () => {
      // Calendly's http address only redirects to https: its messages would come from an origin
      // the dialog does not listen to. (On an https page an http frame is blocked outright:
      // test/providers.test.ts; these tests run on http.)
      const el = await fixture<SpaBookButton>(
        html`<spa-book-button href="http://calendly.com/botanica/mn" target="dialog"></spa-book-button>`,
      );
      expect(warnings.messages).to.deep.equal([
        "<spa-book-button>'s dialog loads https://calendly.com, not the http:// of its link (see the README's dialog target): write https:// in the link.",
      ]);
      const opened = nextEvent<CustomEvent>(el, 'spa-book-open');
      base(el).click();
      expect((await opened).detail).to.deep.equal({href: 'http://calendly.com/botanica/mn', provider: 'calendly'});
      const dialog = el.shadowRoot!.querySelector('dialog')!;
      expect(dialog.querySelector('iframe')!.getAttribute('src')).to.equal(
        `https://calendly.com/botanica/mn?embed_domain=${encodeURIComponent(location.host)}&embed_type=PopupText`,
      );
      // The links keep the owner's address: a tab of its own follows the redirect.
      expect(base(el).getAttribute('href')).to.equal('http://calendly.com/botanica/mn');
      expect(dialog.querySelector<HTMLAnchorElement>('[part="new-tab-link"]')!.href).to.equal('http://calendly.com/botanica/mn');
      const closed = nextEvent(el, 'spa-book-close');
      dialog.querySelector<HTMLButtonElement>('[part="close-button"]')!.click();
      await closed;
      // Another site's http page, on this http page, is framed as it is, without a word.
      const other = await fixture<SpaBookButton>(
        html`<spa-book-button href="http://book.example/mn" target="dialog"></spa-book-button>`,
      );
      base(other).click();
      await settle(other);
      expect(other.shadowRoot!.querySelector('iframe')!.getAttribute('src')).to.equal('http://book.example/mn');
      other.shadowRoot!.querySelector<HTMLButtonElement>('[part="close-button"]')!.click();
      expect(warnings.messages).to.have.length(1);
    });

    it("in a srcdoc frame, Calendly's frame still names the page's host, so bookings are reported", async () => {
      // The frame's location is about:srcdoc, with no host; its origin is the page's.
      const src = await inSrcdocFrame('', `<spa-book-button href="${CALENDLY}" target="dialog"></spa-book-button>`, async (win) => {
        const el = await clickForDialog(win);
        return el.shadowRoot!.querySelector('iframe')?.getAttribute('src');
      });
      expect(src).to.equal(`${CALENDLY}?embed_domain=${encodeURIComponent(location.host)}&embed_type=PopupText`);
    });

    it('opens a native modal dialog with a titled frame, a close button and a new-tab link', async () => {
      const el = await fixture<SpaBookButton>(
        html`<spa-book-button href="https://calendly.com/botanica/mn" target="dialog"></spa-book-button>`,
      );
      expect(base(el).getAttribute('aria-haspopup')).to.equal('dialog');
      expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
      const opened = nextEvent<CustomEvent>(el, 'spa-book-open');
      base(el).click();
      expect((await opened).detail).to.deep.equal({href: 'https://calendly.com/botanica/mn', provider: 'calendly'});
      const dialog = el.shadowRoot!.querySelector('dialog')!;
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      const frame = dialog.querySelector('iframe')!;
      expect(frame.title).to.equal('Booking page (Calendly)');
      // Calendly reports the booking to the page only when its URL names the page's host.
      expect(frame.getAttribute('src')).to.equal(
        `https://calendly.com/botanica/mn?embed_domain=${encodeURIComponent(location.host)}&embed_type=PopupText`,
      );
      const close = dialog.querySelector('[part="close-button"]')!;
      expect(close.getAttribute('aria-label')).to.equal('Close booking');
      const newTab = dialog.querySelector<HTMLAnchorElement>('[part="new-tab-link"]')!;
      expect(newTab.href).to.equal('https://calendly.com/botanica/mn');
      expect(newTab.target).to.equal('_blank');
      const box = newTab.getBoundingClientRect();
      expect(box.top).to.be.at.least(0);
      expect(box.bottom).to.be.at.most(window.innerHeight);
      expect(document.documentElement.style.overflow).to.equal('hidden');
      await expect(el).to.be.accessible();
      const closed = nextEvent(el, 'spa-book-close');
      (close as HTMLButtonElement).click();
      await closed;
      expect(dialog.open).to.equal(false);
      expect(document.documentElement.style.overflow).to.equal('');
      expect(el.shadowRoot!.activeElement).to.equal(base(el));
    });

    it('on a window narrower than the dialog, it keeps 16 px from each edge, and its booking page fills it below the bar', async () => {
      await setViewport({width: 800, height: 600});
      const el = await fixture<SpaBookButton>(html`<spa-book-button href=${frameUrl} target="dialog"></spa-book-button>`);
      const dialog = await openedDialog(el);
      const box = dialog.getBoundingClientRect();
      expect([box.left, window.innerWidth - box.right, box.top, window.innerHeight - box.bottom]).to.deep.equal([16, 16, 16, 16]);
      // The frame takes all the room under the bar: a booking calendar needs the height.
      const bar = dialog.querySelector('.bar')!.getBoundingClientRect();
      const frame = dialog.querySelector('iframe')!.getBoundingClientRect();
      expect(frame.top).to.be.closeTo(bar.bottom, 1);
      expect(frame.bottom).to.be.closeTo(box.bottom, 2);
      expect([frame.left, frame.right]).to.deep.equal([box.left + 1, box.right - 1]);
      // The close button, the control a visitor reaches for most, is a full 44 px (WCAG 2.5.5).
      const close = dialog.querySelector('[part="close-button"]')!.getBoundingClientRect();
      expect([close.width, close.height]).to.deep.equal([44, 44]);
      el.closeDialog();
      await nextEvent(el, 'spa-book-close');
    });

    it('closed, it leaves <html> and <body> as it found them: not even an empty style=""', async () => {
      // A page's own script or CSS selector may read the attribute ([style], getAttribute).
      const el = await fixture<SpaBookButton>(html`<spa-book-button href=${frameUrl} target="dialog"></spa-book-button>`);
      const page = [document.documentElement, document.body];
      for (const element of page) {
        // Chromium writes a style attribute changed through element.style lazily: removed before
        // it is read, it comes back empty. Reading it first makes the removal stick.
        element.getAttribute('style');
        element.removeAttribute('style');
      }
      expect(page.map((element) => element.getAttribute('style')), 'the page as it starts').to.deep.equal([null, null]);
      const opened = nextEvent(el, 'spa-book-open');
      base(el).click();
      await opened;
      expect(document.documentElement.getAttribute('style')).to.contain('overflow: hidden');
      const closed = nextEvent(el, 'spa-book-close');
      el.closeDialog();
      await closed;
      expect(page.map((element) => element.getAttribute('style'))).to.deep.equal([null, null]);
      // A style the page had stays, with only the kit's own part taken back.
      document.body.style.color = 'rgb(1, 2, 3)';
      base(el).click();
      await nextEvent(el, 'spa-book-open');
      el.closeDialog();
      await nextEvent(el, 'spa-book-close');
      expect(document.body.getAttribute('style')).to.equal('color: rgb(1, 2, 3);');
      document.body.removeAttribute('style');
    });

    for (const button of ['left', 'middle'] as const) {
      it(`"Open in a new tab" moves the booking there (a ${button} click): the dialog closes behind it`, async () => {
        // Left open, the visitor came back to a second booking page (or the frame's error page).
        const el = await fixture<SpaBookButton>(html`<spa-book-button href=${frameUrl} target="dialog"></spa-book-button>`);
        const opened = nextEvent(el, 'spa-book-open');
        base(el).click();
        await opened;
        const newTab = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="new-tab-link"]')!;
        // Let the kit see the click, then keep the test's browser from opening the tab.
        const stopTab = (event: Event) => event.preventDefault();
        document.addEventListener(button === 'left' ? 'click' : 'auxclick', stopTab);
        try {
          const closed = nextEvent<CustomEvent>(el, 'spa-book-close');
          const box = newTab.getBoundingClientRect();
          await sendMouse({type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)], button});
          expect((await closed).detail).to.deep.equal({href: frameUrl, provider: 'generic'});
          expect(el.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
          expect(document.documentElement.style.overflow).to.equal('');
        } finally {
          document.removeEventListener(button === 'left' ? 'click' : 'auxclick', stopTab);
        }
      });
    }

    it('says the booking page is loading until it has, instead of an empty box', async () => {
      // Booking pages take a moment (Calendly a few seconds on a phone's network); a blank
      // dialog reads as a broken one.
      const el = await fixture<SpaBookButton>(html`<spa-book-button href=${frameUrl} target="dialog"></spa-book-button>`);
      const loading = () => el.shadowRoot!.querySelector<HTMLElement>('[part="dialog"] .loading');
      const opened = nextEvent(el, 'spa-book-open');
      base(el).click();
      await opened;
      const frame = el.shadowRoot!.querySelector('iframe')!;
      const loaded = nextEvent(frame, 'load');
      expect(loading()!.textContent!.trim()).to.equal('Loading the booking page…');
      expect(loading()!.checkVisibility(), 'visible while the page loads').to.equal(true);
      // Drawn under the frame, which is see-through until its page arrives: a page that paints
      // part of itself first covers the line at once.
      expect(getComputedStyle(frame).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      const line = loading()!.getBoundingClientRect();
      const room = frame.getBoundingClientRect();
      expect(el.shadowRoot!.elementFromPoint(line.left + line.width / 2, line.top + line.height / 2)).to.equal(frame);
      // In the middle of the frame's room, not over the title bar.
      expect(line.top).to.be.above(room.top + room.height / 3);
      expect(line.bottom).to.be.below(room.bottom - room.height / 3);
      await expect(el).to.be.accessible();
      await loaded;
      await el.updateComplete;
      expect(loading()!.checkVisibility(), 'gone once it has loaded').to.equal(false);
      expect(getComputedStyle(frame).backgroundColor).to.equal('rgb(255, 255, 255)');
      // Each opening loads the page again, and says so again.
      el.closeDialog();
      await nextEvent(el, 'spa-book-close');
      const reopened = nextEvent(el, 'spa-book-open');
      base(el).click();
      await reopened;
      expect(loading()!.checkVisibility()).to.equal(true);
      el.closeDialog();
      await nextEvent(el, 'spa-book-close');
    });

    it('by keyboard: Enter opens it, Escape closes it, focus returns to the button', async () => {
      const el = await fixture<SpaBookButton>(html`<spa-book-button href=${frameUrl} target="dialog"></spa-book-button>`);
      base(el).focus();
      const opened = nextEvent(el, 'spa-book-open');
      await sendKeys({press: 'Enter'});
      await opened;
      const dialog = el.shadowRoot!.querySelector('dialog')!;
      expect(dialog.open).to.equal(true);
      expect(dialog.contains(el.shadowRoot!.activeElement)).to.equal(true);
      const closed = nextEvent(el, 'spa-book-close');
      await sendKeys({press: 'Escape'});
      await closed;
      expect(dialog.open).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(base(el));
      expect(document.activeElement).to.equal(el);
    });

    it("floating: focus comes back to it, shown, though the page's own button came into view meanwhile (a tablet turned)", async () => {
      // While the dialog was open, a resize brought the page's in-page button into view, and
      // the floating one stepped aside: hidden, it could not take focus back, which fell to
      // <body>. Nor does a focused floating button step aside when the page scrolls.
      const page = await fixture<HTMLDivElement>(html`<div>
        <spa-book-button href=${frameUrl} id="inline"></spa-book-button>
        <div style="height: 3000px"></div>
        <spa-book-button href=${frameUrl} target="dialog" floating></spa-book-button>
      </div>`);
      const floating = page.querySelector<SpaBookButton>('[floating]')!;
      try {
        window.scrollTo(0, 2000);
        expect(await visibilityOnceItIs(floating, 'visible')).to.equal('visible');
        base(floating).focus();
        const opened = nextEvent(floating, 'spa-book-open');
        await sendKeys({press: 'Enter'});
        await opened;
        window.scrollTo(0, 0);
        await new Promise((resolve) => setTimeout(resolve, 300)); // the observer's report, and a fade
        const closed = nextEvent(floating, 'spa-book-close');
        await sendKeys({press: 'Escape'});
        await closed;
        expect(floating.shadowRoot!.activeElement, 'focus back on the floating button').to.equal(base(floating));
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(getComputedStyle(base(floating)).visibility).to.equal('visible');
        expect(floating.shadowRoot!.activeElement).to.equal(base(floating));
        // Once the visitor moves on (back to the page's own button, in view), it steps aside.
        // (Not Tab: past the last element, focus leaves the page, and :focus with it.)
        await shiftTab();
        expect(document.activeElement).to.equal(page.querySelector('#inline'));
        expect(await visibilityOnceItIs(floating, 'hidden')).to.equal('hidden');
        // Focused where no page button is in view, then scrolled to one: it stays while focused.
        window.scrollTo(0, 2000);
        expect(await visibilityOnceItIs(floating, 'visible')).to.equal('visible');
        base(floating).focus();
        window.scrollTo(0, 0);
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(getComputedStyle(base(floating)).visibility).to.equal('visible');
        expect(floating.shadowRoot!.activeElement).to.equal(base(floating));
        // Disabled by the page meanwhile: still focused, still shown.
        floating.setAttribute('href', 'calendly.com/x');
        await settle(floating);
        expect(base(floating).getAttribute('aria-disabled')).to.equal('true');
        expect(floating.shadowRoot!.activeElement, 'disabled').to.equal(base(floating));
        expect(getComputedStyle(base(floating)).visibility).to.equal('visible');
      } finally {
        window.scrollTo(0, 0);
      }
    });

    it('from inside the booking page, Shift+Tab reaches the close button; focus then returns', async () => {
      // The booking page is another site: it gets the keys while it has the focus.
      const el = await fixture<SpaBookButton>(html`<spa-book-button href=${CROSS_ORIGIN_BOOKING} target="dialog"></spa-book-button>`);
      const frame = await openedBookingFrame(el);
      // The page's window loses the focus to the booking page's own window.
      const focusLeftPage = nextEvent(window, 'blur');
      frame.focus();
      await focusLeftPage;
      expect(el.shadowRoot!.activeElement).to.equal(frame);
      await shiftTab();
      const close = el.shadowRoot!.querySelector('[part="close-button"]');
      expect(el.shadowRoot!.activeElement).to.equal(close);
      const closed = nextEvent(el, 'spa-book-close');
      await sendKeys({press: 'Enter'});
      await closed;
      expect(el.shadowRoot!.activeElement).to.equal(base(el));
    });

    it('a click on the backdrop closes it; a click inside does not', async () => {
      const el = await fixture<SpaBookButton>(html`<spa-book-button href=${frameUrl} target="dialog"></spa-book-button>`);
      const dialog = await openedDialog(el);
      const box = dialog.getBoundingClientRect();
      dialog.dispatchEvent(new MouseEvent('click', {bubbles: true, clientX: box.left + 20, clientY: box.top + 20}));
      await settle(el);
      expect(dialog.open).to.equal(true);
      const closed = nextEvent(el, 'spa-book-close');
      dialog.dispatchEvent(new MouseEvent('click', {bubbles: true, clientX: 2, clientY: 2}));
      await closed;
      expect(dialog.open).to.equal(false);
      // Below the box too (the dialog leaves the screen's foot free).
      const reopened = nextEvent(el, 'spa-book-open');
      base(el).click();
      await reopened;
      const below = nextEvent(el, 'spa-book-close');
      const {bottom} = dialog.getBoundingClientRect();
      expect(bottom, 'room below the dialog').to.be.below(innerHeight - 4);
      dialog.dispatchEvent(new MouseEvent('click', {bubbles: true, clientX: box.left + 20, clientY: bottom + 2}));
      await below;
    });

    it('opened twice by the page, it opens once and unlocks the page once closed', async () => {
      const el = await fixture<SpaBookButton>(html`<spa-book-button href=${frameUrl} target="dialog"></spa-book-button>`);
      let opens = 0;
      el.addEventListener('spa-book-open', () => opens++);
      await Promise.all([el.openDialog(), el.openDialog()]);
      expect(opens).to.equal(1);
      expect(document.documentElement.style.overflow, 'locked while open').to.not.equal('');
      el.closeDialog();
      await nextEvent(el, 'spa-book-close');
      expect(document.documentElement.style.overflow).to.equal('');
    });

    it("a floating button's dialog takes real clicks: its close button, its backdrop, not its inside", async () => {
      const el = await fixture<SpaBookButton>(html`<spa-book-button href=${frameUrl} target="dialog" floating></spa-book-button>`);
      const middleOf = (box: DOMRect): [number, number] => [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
      const dialog = el.shadowRoot!.querySelector('dialog')!;
      const close = dialog.querySelector('[part="close-button"]')!;
      let opened = nextEvent(el, 'spa-book-open');
      await sendMouse({type: 'click', position: middleOf(el.getBoundingClientRect())});
      await opened;
      const box = dialog.getBoundingClientRect();
      await sendMouse({type: 'click', position: [Math.round(box.left + 12), Math.round(box.top + 12)]});
      await settle(el);
      expect(dialog.open).to.equal(true);
      let closed = nextEvent(el, 'spa-book-close');
      await sendMouse({type: 'click', position: middleOf(close.getBoundingClientRect())});
      await closed;
      opened = nextEvent(el, 'spa-book-open');
      await sendMouse({type: 'click', position: middleOf(el.getBoundingClientRect())});
      await opened;
      closed = nextEvent(el, 'spa-book-close');
      await sendMouse({type: 'click', position: [4, 4]});
      await closed;
      expect(dialog.open).to.equal(false);
    });

    it('opens a new tab instead on narrow screens, and on short ones (a phone held sideways)', async () => {
      // A phone upright; the same phone on its side, where a dialog would leave the booking page
      // a strip 300 px tall.
      for (const [width, height] of [
        [390, 800],
        [844, 390],
      ]) {
        await setViewport({width, height});
        const el = await fixture<SpaBookButton>(html`<spa-book-button href=${CALENDLY} target="dialog"></spa-book-button>`);
        const screen = `${width} × ${height}`;
        expect(base(el).target, screen).to.equal('_blank');
        expect(base(el).hasAttribute('aria-haspopup'), screen).to.equal(false);
        expect(base(el).textContent, screen).to.contain('(opens in a new tab)');
        const stop = preventNavigation(el);
        const clicked = nextEvent<CustomEvent<BookClickDetail>>(el, 'spa-book-click');
        base(el).click();
        expect((await clicked).detail.target, screen).to.equal('new-tab');
        expect(el.shadowRoot!.querySelector('dialog')!.open, screen).to.equal(false);
        stop();
        await expect(el).to.be.accessible();
      }
    });

    it("opens a new tab on a phone's screen even where the page lays out wider (no viewport meta tag)", async function () {
      // Without <meta name="viewport"> a phone lays the page out 980 px wide and shrinks it to
      // fit: a dialog there would be drawn at less than half size, its buttons too small to tap.
      if (!(await hasChromeProtocol())) this.skip();
      await executeServerCommand('phone-screen', {active: true});
      try {
        expect([screen.width, matchMedia('(max-width: 640px)').matches], "a phone's screen, the window still wide").to.deep.equal([390, false]);
        const el = await fixture<SpaBookButton>(html`<spa-book-button href=${CALENDLY} target="dialog"></spa-book-button>`);
        expect(base(el).hasAttribute('aria-haspopup')).to.equal(false);
        expect(base(el).textContent).to.contain('(opens in a new tab)');
        const stop = preventNavigation(el);
        const clicked = nextEvent<CustomEvent<BookClickDetail>>(el, 'spa-book-click');
        base(el).click();
        expect((await clicked).detail.target).to.equal('new-tab');
        expect(el.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
        stop();
      } finally {
        await executeServerCommand('phone-screen', {active: false});
      }
      const onDesktop = await fixture<SpaBookButton>(html`<spa-book-button href=${CALENDLY} target="dialog"></spa-book-button>`);
      expect(base(onDesktop).getAttribute('aria-haspopup'), 'a desktop screen again').to.equal('dialog');
    });

    it('reports a finished booking only from its own booking frame, at its origin', async () => {
      // The tests run on 127.0.0.1; localhost is another origin on the same server.
      const el = await fixture<SpaBookButton>(html`<spa-book-button href=${CROSS_ORIGIN_BOOKING} target="dialog"></spa-book-button>`);
      let completed = 0;
      el.addEventListener('spa-book-complete', () => completed++);
      const frame = await openedBookingFrame(el);

      // The same message from the page itself (another origin, another source) is ignored.
      window.postMessage({event: 'calendly.event_scheduled', payload: {}}, '*');
      // And from a frame on the page's own origin.
      const impostor = document.createElement('iframe');
      impostor.src = '/test/fixtures/fake-booking-frame.html';
      document.body.append(impostor);
      await nextEvent(impostor, 'load');
      impostor.contentWindow!.postMessage('finish-booking', '*');
      // And from another frame at the booking page's own origin: a booking widget elsewhere on
      // the page finishing its own booking.
      const otherWidget = document.createElement('iframe');
      otherWidget.src = CROSS_ORIGIN_BOOKING;
      document.body.append(otherWidget);
      await nextEvent(otherWidget, 'load');
      otherWidget.contentWindow!.postMessage('finish-booking', '*');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(completed).to.equal(0);
      otherWidget.remove();

      const complete = nextEvent<CustomEvent>(el, 'spa-book-complete');
      frame.contentWindow!.postMessage('finish-booking', '*');
      expect((await complete).detail).to.deep.equal({href: CROSS_ORIGIN_BOOKING, provider: 'generic'});
      expect(completed).to.equal(1);
      impostor.remove();
      el.closeDialog();
    });

    it('a finished booking reaches analytics with the estimate the visitor booked with', async () => {
      const win = window as unknown as {dataLayer?: Record<string, unknown>[]};
      win.dataLayer = [];
      const page = await fixture<HTMLDivElement>(html`<div>
        <spa-session-estimator scar-type="rolling" severity="3" price="250"></spa-session-estimator>
        <spa-book-button href=${CROSS_ORIGIN_BOOKING} target="dialog"></spa-book-button>
      </div>`);
      const el = page.querySelector('spa-book-button')!;
      const frame = await openedBookingFrame(el);
      const complete = nextEvent(el, 'spa-book-complete');
      frame.contentWindow!.postMessage('finish-booking', '*');
      await complete;
      const estimate = {sessions_typical: 4, value: 750, price_max: 1500, currency: 'USD'};
      const link = {link_url: CROSS_ORIGIN_BOOKING, booking_provider: 'generic', booking_target: 'dialog'};
      expect(win.dataLayer).to.deep.equal([
        {event: 'spa_book_click', ...link, ...estimate},
        {event: 'spa_book_complete', ...link, ...estimate},
      ]);
      el.closeDialog();
      delete win.dataLayer;
    });

    it('a finished booking with analytics="off" tells the page, and analytics nothing', async () => {
      const win = window as unknown as {dataLayer?: Record<string, unknown>[]};
      win.dataLayer = [];
      const el = await fixture<SpaBookButton>(html`<spa-book-button href=${CROSS_ORIGIN_BOOKING} target="dialog" analytics="off"></spa-book-button>`);
      const frame = await openedBookingFrame(el);
      const complete = nextEvent(el, 'spa-book-complete');
      frame.contentWindow!.postMessage('finish-booking', '*');
      await complete;
      expect(win.dataLayer).to.deep.equal([]);
      el.closeDialog();
      delete win.dataLayer;
    });

    it('a booking frame that has gone on to another origin (a payment page, say) cannot report a booking', async () => {
      const el = await fixture<SpaBookButton>(html`<spa-book-button href=${CROSS_ORIGIN_BOOKING} target="dialog"></spa-book-button>`);
      let completed = 0;
      el.addEventListener('spa-book-complete', () => completed++);
      const frame = await openedBookingFrame(el);
      // The same frame, now on the page's own origin rather than the booking page's.
      const movedOn = nextEvent(frame, 'load');
      frame.contentWindow!.location.href = `${location.origin}/test/fixtures/fake-booking-frame.html`;
      await movedOn;
      frame.contentWindow!.postMessage('finish-booking', '*');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(completed).to.equal(0);
      el.closeDialog();
    });

    for (const [name, value] of [
      ['target', 'self'],
      ['href', 'javascript:alert(1)'],
    ]) {
      it(`${name}="${value}" while the dialog is open closes it as the visitor would`, async () => {
        const el = await fixture<SpaBookButton>(html`<spa-book-button href=${frameUrl} target="dialog"></spa-book-button>`);
        const opened = nextEvent(el, 'spa-book-open');
        base(el).click();
        await opened;
        const closed = nextEvent<CustomEvent>(el, 'spa-book-close');
        el.setAttribute(name, value);
        expect((await closed).detail).to.deep.equal({href: frameUrl, provider: 'generic'});
        expect(el.shadowRoot!.querySelector('dialog')).to.equal(null);
        expect(document.documentElement.style.overflow).to.equal('');
        // Focus back on the button, disabled or not: not on the page, where the keyboard would
        // start again from the top.
        expect(el.shadowRoot!.activeElement).to.equal(base(el));

        // And the dialog opens again once the page gives it back.
        el.setAttribute('target', 'dialog');
        el.setAttribute('href', frameUrl);
        await settle(el);
        const reopened = nextEvent(el, 'spa-book-open');
        base(el).click();
        await reopened;
        expect(el.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
        expect(document.documentElement.style.overflow).to.equal('hidden');
        el.closeDialog();
      });
    }

    it('a new safe href while the dialog is open shows that page, and its events report it', async () => {
      const el = await fixture<SpaBookButton>(html`<spa-book-button href=${frameUrl} target="dialog"></spa-book-button>`);
      const opened = nextEvent(el, 'spa-book-open');
      base(el).click();
      await opened;
      const otherPage = `${frameUrl}?service=rolling`;
      el.setAttribute('href', otherPage);
      await settle(el);
      expect(el.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
      expect(el.shadowRoot!.querySelector('iframe')!.src).to.equal(otherPage);
      const closed = nextEvent<CustomEvent>(el, 'spa-book-close');
      el.closeDialog();
      expect((await closed).detail).to.deep.equal({href: otherPage, provider: 'generic'});
    });

    it('two dialogs opened by the page and closed in any order leave the page as it was', async () => {
      document.documentElement.style.overflow = 'auto';
      const page = await fixture<HTMLDivElement>(html`<div>
        <spa-book-button href=${frameUrl} target="dialog"></spa-book-button>
        <spa-book-button href=${frameUrl} target="dialog"></spa-book-button>
      </div>`);
      const [first, second] = page.querySelectorAll('spa-book-button');
      await first.openDialog();
      await second.openDialog();
      expect(document.documentElement.style.overflow).to.equal('hidden');
      const firstClosed = nextEvent(first, 'spa-book-close');
      first.closeDialog();
      await firstClosed;
      expect(document.documentElement.style.overflow, 'the second dialog is still open').to.equal('hidden');
      const secondClosed = nextEvent(second, 'spa-book-close');
      second.closeDialog();
      await secondClosed;
      expect(document.documentElement.style.overflow).to.equal('auto');
      document.documentElement.style.overflow = '';
    });

    // Themes often write `html, body {height: 100%}` with `overflow-x: hidden` on the body (to
    // hide a sideways scrollbar), or on both, which makes the body the page's scroller.
    for (const [name, themeCss, scroller] of [
      ['the body clips sideways', 'html, body {height: 100%} body {overflow-x: hidden}', 'body'],
      ['the body is the scroller', 'html, body {height: 100%; overflow-x: hidden}', 'body'],
    ] as const) {
      it(`a theme where ${name}: the page behind the dialog stays where it was, still, as wide, and comes back`, async () => {
        const theme = document.createElement('style');
        theme.textContent = themeCss;
        document.head.append(theme);
        try {
          const page = await fixture<HTMLDivElement>(html`<div>
            <div style="height: 1500px"></div>
            <spa-book-button href=${frameUrl} target="dialog"></spa-book-button>
            <div style="height: 2000px"></div>
          </div>`);
          const el = page.querySelector<SpaBookButton>('spa-book-button')!;
          el.scrollIntoView({block: 'center'});
          const where = () => {
            const box = el.getBoundingClientRect();
            return {top: Math.round(box.top), width: Math.round(page.getBoundingClientRect().width)};
          };
          const before = where();
          expect(before.top, 'the button scrolled into view').to.be.within(0, 800);
          await el.openDialog();
          expect(where(), 'while the dialog is open').to.deep.equal(before);
          expect(getComputedStyle(document[scroller]).overflowY, 'the scroller is held still').to.equal('hidden');
          const closed = nextEvent(el, 'spa-book-close');
          el.closeDialog();
          await closed;
          expect(where(), 'after it closed').to.deep.equal(before);
          expect(document.documentElement.getAttribute('style') ?? '', 'the page\'s own styles are back').to.equal('');
          expect(document.body.getAttribute('style') ?? '').to.equal('');
        } finally {
          theme.remove();
          window.scrollTo(0, 0);
        }
      });
    }

    it('removing the element while the dialog is open unlocks the page', async () => {
      const el = await fixture<SpaBookButton>(html`<spa-book-button href=${frameUrl} target="dialog"></spa-book-button>`);
      const opened = nextEvent(el, 'spa-book-open');
      base(el).click();
      await opened;
      expect(document.documentElement.style.overflow).to.equal('hidden');
      el.remove();
      expect(document.documentElement.style.overflow).to.equal('');
    });

    it("removed while its dialog is open (a route change): spa-book-close, and focus back on the page's link that opened it", async () => {
      const {el, menu} = await menuLinkCallingClick(0);
      menu.focus();
      const opened = nextEvent(el, 'spa-book-open');
      await sendKeys({press: 'Enter'});
      await opened;
      const closes: unknown[] = [];
      el.addEventListener('spa-book-close', (event) => closes.push((event as CustomEvent).detail));
      el.remove();
      expect(closes, 'one close, as the dialog closed').to.deep.equal([{href: frameUrl, provider: 'generic'}]);
      expect(document.activeElement, 'the menu link, not <body>').to.equal(menu);
      // The old dialog's own `close` event, a task later, adds nothing.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(closes).to.have.length(1);
    });

    it('removed in the moment between the click and its dialog opening: neither spa-book-open nor spa-book-close', async () => {
      const el = await fixture<SpaBookButton>(html`<spa-book-button href=${frameUrl} target="dialog"></spa-book-button>`);
      const events: string[] = [];
      for (const type of ['spa-book-open', 'spa-book-close']) el.addEventListener(type, () => events.push(type));
      const parent = el.parentElement!;
      base(el).click();
      el.remove();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(events).to.deep.equal([]);
      expect(document.documentElement.style.overflow).to.equal('');
      parent.append(el);
      await settle(el);
      const opened = nextEvent(el, 'spa-book-open');
      base(el).click();
      await opened;
      el.closeDialog();
      await nextEvent(el, 'spa-book-close');
      expect(events).to.deep.equal(['spa-book-open', 'spa-book-close']);
    });

    it('a button the page moves while its dialog is open comes back closed, and opens again', async () => {
      // Removing an open modal <dialog> keeps its `open`: put back, it showed as a plain box in
      // the page, and the next click threw ("already open as a non-modal dialog").
      const el = await fixture<SpaBookButton>(html`<spa-book-button href=${frameUrl} target="dialog"></spa-book-button>`);
      const errors: string[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.message);
      window.addEventListener('error', onError);
      const opened = nextEvent(el, 'spa-book-open');
      base(el).click();
      await opened;
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await settle(el);
      const dialog = el.shadowRoot!.querySelector('dialog')!;
      expect(dialog.open, 'the dialog is closed after the move').to.be.false;
      expect(document.documentElement.style.overflow).to.equal('');
      const reopened = nextEvent(el, 'spa-book-open');
      base(el).click();
      await reopened;
      window.removeEventListener('error', onError);
      expect(errors).to.deep.equal([]);
      expect(dialog.matches(':modal'), 'a modal again').to.be.true;
      expect(document.documentElement.style.overflow).to.equal('hidden');
      el.closeDialog();
      await nextEvent(el, 'spa-book-close');
      await expect(el).to.be.accessible();
    });

    it('a button moved and clicked at once keeps its new dialog open', async () => {
      // The move closes the old dialog, whose `close` event comes a task later, after the click.
      const el = await fixture<SpaBookButton>(html`<spa-book-button href=${frameUrl} target="dialog"></spa-book-button>`);
      const opened = nextEvent(el, 'spa-book-open');
      base(el).click();
      await opened;
      let closes = 0;
      el.addEventListener('spa-book-close', () => closes++);
      const parent = el.parentElement!;
      el.remove();
      expect(closes, 'the removal closed the first dialog').to.equal(1);
      parent.append(el);
      const reopened = nextEvent(el, 'spa-book-open');
      base(el).click();
      await reopened;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(el.shadowRoot!.querySelector('dialog')!.matches(':modal')).to.be.true;
      expect(closes, "the old dialog's late close event closes nothing more").to.equal(1);
      expect(document.documentElement.style.overflow).to.equal('hidden');
      el.closeDialog();
      await nextEvent(el, 'spa-book-close');
      expect(document.documentElement.style.overflow).to.equal('');
    });
  });

  describe('localization', () => {
    afterEach(() => setLocale('en'));
    it('default texts in es and fr', async () => {
      const el = await fixture<SpaBookButton>(html`<spa-book-button href=${CALENDLY} target="dialog"></spa-book-button>`);
      await setLocale('es');
      await settle(el);
      expect(base(el).textContent).to.contain('Reservar');
      expect(el.shadowRoot!.querySelector('[part="close-button"]')!.getAttribute('aria-label')).to.equal('Cerrar la reserva');
      await setLocale('fr-CA');
      await settle(el);
      expect(base(el).textContent).to.contain('Réserver');
      expect(el.shadowRoot!.querySelector('[part="new-tab-link"]')!.textContent).to.contain('Ouvrir dans un nouvel onglet');
    });
  });
});
