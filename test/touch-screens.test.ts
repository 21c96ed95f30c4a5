/**
 * Touch screens: a phone has no pointer that hovers, yet the element last tapped keeps
 * `:hover` until the next tap lands elsewhere. A hover look would then linger where the finger
 * was: on an unticked safety answer, the border of a ticked one; on the book button back from
 * its dialog, the pressed shade. Hover looks are for pointers that hover.
 *
 * Headless Chromium answers media queries as a touch screen does (`hover: none`); the Firefox
 * run is given a mouse (web-test-runner.firefox.config.mjs). Each test runs where its pointer is.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {resetMouse, sendMouse} from '@web/test-runner-commands';
import '../src/index.js';
import type {SpaScarExplainer} from '../src/components/scar-explainer/scar-explainer.js';
import type {SpaSessionEstimator} from '../src/components/session-estimator/session-estimator.js';

/** Puts the mouse over the element's middle (where a finger's tap leaves `:hover`) and lets transitions end. */
async function pointAt(target: Element): Promise<void> {
  target.scrollIntoView({block: 'center'});
  const box = target.getBoundingClientRect();
  await sendMouse({type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)]});
  const root = target.getRootNode() as ShadowRoot;
  await Promise.all(root.getAnimations().map((animation) => animation.finished));
}

/** What a hover look changes, read from the element: its border and background colours. */
const look = (element: Element) => {
  const style = getComputedStyle(element);
  return `border ${style.borderTopColor}, background ${style.backgroundColor}`;
};

/** The three widgets' hoverable things, each beside a twin the pointer is not on. */
async function hoverables(): Promise<[name: string, pointed: Element, twin: Element][]> {
  const estimator = await fixture<SpaSessionEstimator>(html`<spa-session-estimator></spa-session-estimator>`);
  const checks = estimator.shadowRoot!.querySelectorAll('.check');
  const choices = estimator.shadowRoot!.querySelectorAll('.choice');
  const explainer = await fixture<SpaScarExplainer>(html`<spa-scar-explainer selected="rolling"></spa-scar-explainer>`);
  const tabs = explainer.shadowRoot!.querySelectorAll('[role="tab"][aria-selected="false"]');
  const cardsExplainer = await fixture<SpaScarExplainer>(
    html`<spa-scar-explainer layout="cards" selected="rolling"></spa-scar-explainer>`,
  );
  const cards = cardsExplainer.shadowRoot!.querySelectorAll('.card[aria-selected="false"]');
  const buttons = [];
  for (const variant of ['primary', 'outline', 'text']) {
    const pair = await fixture<HTMLElement>(html`<p>
      <spa-book-button variant=${variant} href="https://book.example.com/"></spa-book-button>
      <spa-book-button variant=${variant} href="https://book.example.com/"></spa-book-button>
    </p>`);
    const [button, twin] = [...pair.children].map((host) => host.shadowRoot!.querySelector('.button')!);
    buttons.push([`the ${variant} book button`, button, twin] as [string, Element, Element]);
  }
  return [
    ['a safety answer', checks[0], checks[1]],
    ['a scar type answer', choices[0], choices[1]],
    ['a tab', tabs[0], tabs[1]],
    ['a card', cards[0], cards[1]],
    ...buttons,
  ];
}

describe('hover looks', () => {
  afterEach(() => resetMouse());

  it('with a mouse, each hoverable thing shows it is under the pointer', async function () {
    if (!matchMedia('(hover: hover)').matches) this.skip();
    for (const [name, pointed, twin] of await hoverables()) {
      await resetMouse();
      await pointAt(pointed);
      expect(look(pointed), name).not.to.equal(look(twin));
      // Hovered, it is still readable (the outline and text buttons tint their background).
      await expect((pointed.getRootNode() as ShadowRoot).host).to.be.accessible();
    }
  });

  it('on a touch screen, the thing last tapped keeps no hover look: it looks like its twin', async function () {
    if (!matchMedia('(hover: none)').matches) this.skip();
    for (const [name, pointed, twin] of await hoverables()) {
      await resetMouse();
      await pointAt(pointed);
      expect(pointed.matches(':hover'), `${name} is under the pointer`).to.equal(true);
      expect(look(pointed), name).to.equal(look(twin));
    }
  });
});
