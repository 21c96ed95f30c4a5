// Type test (npm run typecheck:frameworks): what a Svelte 5 component may write on the kit's
// tags, checked against Svelte's own SvelteHTMLElements, which svelte-check uses for markup.
// These objects stand for such markup; the @ts-expect-error lines fail the build if a wrong
// value were ever accepted, or if the declarations stopped reaching SvelteHTMLElements.
import '../types/svelte.js';
import type {SvelteHTMLElements} from 'svelte/elements';

// <spa-book-button href="…" target="dialog" floating onspa-book-click={…} class="book" />
export const button: SvelteHTMLElements['spa-book-button'] = {
  href: 'https://calendly.com/botanica/microneedling',
  target: 'dialog',
  variant: 'text',
  size: 'sm',
  floating: true,
  class: 'book',
  'onspa-book-click': (event) => event.detail.target,
  'onspa-book-close': (event) => event.detail.href,
};

// <spa-scar-explainer types="rolling boxcar-shallow" layout="tabs" onspa-scar-select={…} />
export const explainer: SvelteHTMLElements['spa-scar-explainer'] = {
  types: 'rolling boxcar-shallow',
  layout: 'tabs',
  'onspa-scar-select': (event) => event.detail.type,
};

// <spa-session-estimator scar-type="rolling" severity={2} price={250} onspa-estimate-change={…} />
export const estimator: SvelteHTMLElements['spa-session-estimator'] = {
  'scar-type': 'rolling',
  severity: 2,
  price: 250,
  currency: 'EUR',
  'hide-screening': true,
  'onspa-estimate-change': (event) => event.detail.sessions?.max,
};

// @ts-expect-error: not a variant
export const wrongVariant: SvelteHTMLElements['spa-book-button'] = {variant: 'ghost'};
// @ts-expect-error: not a layout
export const wrongLayout: SvelteHTMLElements['spa-scar-explainer'] = {layout: 'grid'};
// @ts-expect-error: the detail of spa-estimate-change has no href
export const wrongDetail: SvelteHTMLElements['spa-session-estimator'] = {'onspa-estimate-change': (event) => event.detail.href};
