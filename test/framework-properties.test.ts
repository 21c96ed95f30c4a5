/**
 * React 19, Vue 3 and Svelte 5 set a property instead of an attribute whenever the element has
 * one by that name, with the value as written in the template: `price={250}` sets the number
 * 250, `href={new URL(…)}` a URL object. The elements must read those as the attribute's text
 * would read, and survive values no attribute could ever hold.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
import type {SpaBookButton} from '../src/components/book-button/book-button.js';
import type {SpaScarExplainer} from '../src/components/scar-explainer/scar-explainer.js';
import type {SpaSessionEstimator} from '../src/components/session-estimator/session-estimator.js';
import {recordWarnings} from './helpers.js';
// Vue's own runtime, its browser build (the npm entry needs a bundler); types from 'vue'.
// @ts-expect-error: the browser build ships no declarations of its own
import * as vueBrowserBuild from '../node_modules/vue/dist/vue.runtime.esm-browser.prod.js';
import type * as Vue from 'vue';

const {createApp, h, nextTick, ref} = vueBrowserBuild as typeof Vue;

type LitHost = HTMLElement & {updateComplete: Promise<unknown>};

const shadowText = (el: Element, selector: string) =>
  (el.shadowRoot!.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('properties set the way frameworks set them', () => {
  let warnings: ReturnType<typeof recordWarnings>;
  beforeEach(() => (warnings = recordWarnings()));
  afterEach(() => warnings.stop());

  it("the README's React example: severity={3} price={250} give the estimate they would as text", async () => {
    const el = await fixture<SpaSessionEstimator>(
      html`<spa-session-estimator scar-type="rolling" .severity=${3} .price=${250}></spa-session-estimator>`,
    );
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[name="grade"][value="3"]')!.checked).to.equal(true);
    expect(shadowText(el, '[part="price"]')).to.contain('$750 – $1,500 for the whole course');
    expect(warnings.messages).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('number and URL values read as their text, and read back as text, as DOM properties do', async () => {
    const estimator = await fixture<SpaSessionEstimator>(html`<spa-session-estimator scar-type="rolling"></spa-session-estimator>`);
    Object.assign(estimator, {severity: 2, price: 200, packageSize: 3, packagePrice: 540, maxSessions: 4});
    await estimator.updateComplete;
    expect(shadowText(estimator, '[part="price"]')).to.contain('$200 per session');
    expect(shadowText(estimator, '[part="price"]')).to.contain('3 sessions for $540');
    expect(estimator.price).to.equal('200');

    const button = await fixture<SpaBookButton>(
      html`<spa-book-button .href=${new URL('https://calendly.com/botanica/mn')}></spa-book-button>`,
    );
    expect(button.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('https://calendly.com/botanica/mn');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('boolean properties stay booleans: hideScreening={false} shows the safety check', async () => {
    const el = await fixture<SpaSessionEstimator>(html`<spa-session-estimator .hideScreening=${true}></spa-session-estimator>`);
    expect(el.shadowRoot!.querySelector('.screening')).to.equal(null);
    el.hideScreening = false;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.screening')).to.not.equal(null);
    expect(el.hideScreening).to.equal(false);
  });

  const unreadable: Array<[string, () => unknown]> = [
    ['an object', () => ({})],
    ['an array', () => [1, 2]],
    ['NaN', () => NaN],
    ['a symbol', () => Symbol('x')],
    ['an object with no prototype', () => Object.create(null)],
  ];

  const tags = ['spa-book-button', 'spa-scar-explainer', 'spa-session-estimator'] as const;
  for (const tag of tags) {
    it(`<${tag}>: every property survives values no attribute could hold, with a warning`, async () => {
      const errors: string[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.message);
      window.addEventListener('error', onError);
      const el = document.createElement(tag) as unknown as LitHost & Record<string, unknown>;
      el.setAttribute('href', 'https://calendly.com/botanica/mn');
      document.body.append(el);
      await el.updateComplete;
      const declared = (customElements.get(tag) as unknown as {elementProperties: Map<string, {state?: boolean; type?: unknown}>})
        .elementProperties;
      const textProperties = [...declared].filter(([, options]) => !options.state && options.type !== Boolean);
      expect(textProperties.length).to.be.at.least(3);
      try {
        for (const [name] of textProperties) {
          for (const [what, make] of unreadable) {
            el[name] = make();
            // A rejected update would leave the element stale: a failure here names the case.
            await el.updateComplete.catch((error: Error) => {
              throw new Error(`${tag}.${name} = ${what}: ${error.message}`);
            });
            expect(el.shadowRoot!.textContent!.trim(), `${tag}.${name} = ${what}`).not.to.equal('');
            el[name] = null;
            await el.updateComplete;
          }
        }
      } finally {
        window.removeEventListener('error', onError);
        el.remove();
      }
      expect(errors).to.deep.equal([]);
      // The unreadable values become text that the attribute's own checks refuse by name.
      expect(warnings.messages.some((message) => message.includes('[object Object]'))).to.equal(true);
    });
  }

  it('the explainer: selected and layout as properties', async () => {
    const el = await fixture<SpaScarExplainer>(html`<spa-scar-explainer></spa-scar-explainer>`);
    (el as unknown as {layout: unknown}).layout = 'cards';
    (el as unknown as {types: unknown}).types = ['rolling', 'icepick'];
    await el.updateComplete;
    // An array reads as its text, "rolling,icepick", the same list the attribute takes.
    expect(el.shadowRoot!.querySelectorAll('[part~="card"]').length).to.equal(2);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('with Vue 3 itself: :severity="3" :price="price" render and follow the value', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const price = ref(250);
    const app = createApp({
      render: () => h('spa-session-estimator', {'scar-type': 'rolling', severity: 3, price: price.value}),
    });
    try {
      app.mount(host);
      const el = host.querySelector('spa-session-estimator') as SpaSessionEstimator;
      await el.updateComplete;
      // Vue set properties, not attributes: the case this file is about.
      expect(el.hasAttribute('price')).to.equal(false);
      expect(shadowText(el, '[part="price"]')).to.contain('$250 per session');
      price.value = 300;
      await nextTick();
      await el.updateComplete;
      expect(shadowText(el, '[part="price"]')).to.contain('$300 per session');
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      app.unmount();
      host.remove();
    }
  });
});
