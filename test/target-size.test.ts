/**
 * WCAG 2.5.8 Target Size (Minimum): every target is at least 24 by 24 CSS px, or is far enough
 * from the others that a 24 px circle centred on it touches no other target and no other small
 * target's circle. A checkbox or radio inside its label counts as its label, which is what a
 * finger or a shaky mouse actually hits.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import {setLocale} from '../src/index.js';
import {SCAR_TYPE_IDS} from '../src/data/scar-types.js';
import {targetsIn, targetsTooSmall} from './helpers.js';

type Rendered = HTMLElement & {updateComplete: Promise<unknown>};

/** Each scar type chosen in turn, the sources open: every element's targets have their room. */
async function expectRoomWithEachType(hosts: Rendered[], where: string): Promise<void> {
  const explainers = hosts.filter((host) => host.localName === 'spa-scar-explainer');
  for (const type of SCAR_TYPE_IDS) {
    for (const explainer of explainers) explainer.setAttribute('selected', type);
    await Promise.all(hosts.map((host) => host.updateComplete));
    for (const details of explainers.flatMap((e) => [...e.shadowRoot!.querySelectorAll('details')])) details.open = true;
    for (const host of hosts) {
      expect(targetsTooSmall(targetsIn(host.shadowRoot!)), `${host.localName}, ${type}, ${where}`).to.deep.equal([]);
    }
  }
}

describe('target size (WCAG 2.5.8)', () => {
  afterEach(async () => {
    await setLocale('en');
    await setViewport({width: 800, height: 600});
  });

  it('every target is big enough or far enough from the others, in every element and state', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <spa-scar-explainer></spa-scar-explainer>
      <spa-scar-explainer layout="cards"></spa-scar-explainer>
      <spa-session-estimator scar-type="rolling" severity="3" price="250" package-size="3" package-price="650"></spa-session-estimator>
      <spa-session-estimator scar-type="icepick" severity="4"></spa-session-estimator>
      <spa-book-button href="/" label="Book a free consultation"></spa-book-button>
      <spa-book-button href="/" size="sm" variant="text"></spa-book-button>
      <spa-book-button href="/" size="sm" variant="outline"></spa-book-button>
    </div>`);
    const hosts = [...page.children] as Rendered[];
    for (const locale of ['en', 'es', 'fr']) {
      await setLocale(locale);
      for (const width of [320, 768, 1280]) {
        await setViewport({width, height: 800});
        await expectRoomWithEachType(hosts, `${locale}, ${width}px`);
      }
    }
  });

  it('on a page with small text (html {font-size: 75%}: 12 px), targets keep their room', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <spa-scar-explainer></spa-scar-explainer>
      <spa-scar-explainer layout="cards"></spa-scar-explainer>
      <spa-session-estimator scar-type="rolling" severity="3" price="250"></spa-session-estimator>
      <spa-book-button href="/" size="sm" variant="text"></spa-book-button>
    </div>`);
    const hosts = [...page.children] as Rendered[];
    document.documentElement.style.fontSize = '75%';
    try {
      // Wide, where every source fits on one line (the smallest links), and a phone.
      for (const width of [1280, 320]) {
        await setViewport({width, height: 800});
        await expectRoomWithEachType(hosts, `${width}px`);
      }
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('the open dialog: its close button and new-tab link', async () => {
    const el = await fixture<Rendered>(html`<spa-book-button href="/" target="dialog"></spa-book-button>`);
    await setViewport({width: 1024, height: 700});
    el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!.click();
    await el.updateComplete;
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(targetsTooSmall(targetsIn(dialog))).to.deep.equal([]);
    dialog.close();
  });

  it('the check finds two small links one line apart (so the tests above can fail)', async () => {
    const list = await fixture<HTMLUListElement>(html`<ul style="font-size: 14px; line-height: 1.3">
      <li><a href="#a">Dogra 2014</a></li>
      <li><a href="#b">Chu 2021</a></li>
    </ul>`);
    expect(targetsTooSmall(targetsIn(list))).to.have.length(2);
  });
});
