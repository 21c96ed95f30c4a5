/**
 * Every theme token an element documents (its `@cssprop`s, README's token table) changes how
 * that element looks. Setting `--spa-font-family` did nothing to the book button for eight
 * sessions because no test set it: this one sets each token, in the states that show it, and
 * compares the computed styles of everything in the shadow root before and after.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import '../src/index.js';
import type {SpaScarExplainer} from '../src/components/scar-explainer/scar-explainer.js';
import type {SpaSessionEstimator} from '../src/components/session-estimator/session-estimator.js';
import type {SpaBookButton} from '../src/components/book-button/book-button.js';
import {hasChromeProtocol, nextEvent} from './helpers.js';

/** A value for each token that no default or other token uses. */
const TOKEN_VALUES: Record<string, string> = {
  '--spa-color-primary': 'rgb(201, 2, 3)',
  '--spa-color-on-primary': 'rgb(202, 4, 5)',
  '--spa-color-surface': 'rgb(203, 6, 7)',
  '--spa-color-text': 'rgb(204, 8, 9)',
  '--spa-color-muted': 'rgb(205, 10, 11)',
  '--spa-color-border': 'rgb(206, 12, 13)',
  '--spa-color-good': 'rgb(207, 14, 15)',
  '--spa-color-caution': 'rgb(208, 16, 17)',
  '--spa-color-stop': 'rgb(209, 18, 19)',
  '--spa-color-skin': 'rgb(210, 20, 21)',
  '--spa-font-family': '"Courier New", monospace',
  '--spa-radius': '23px',
  '--spa-space': '13px',
  '--spa-focus-ring': '5px dotted rgb(211, 22, 23)',
};

const PROPERTIES = [
  'color', 'background-color', 'border-top-color', 'border-left-color', 'border-top-left-radius',
  'font-family', 'padding-top', 'padding-left', 'row-gap', 'column-gap', 'margin-top', 'outline-color',
  'outline-style', 'outline-width', 'fill', 'stroke', 'box-shadow', 'accent-color', 'text-decoration-color',
];

/** The computed look of everything shown in the element's shadow root, pseudo-elements included. */
function look(el: HTMLElement): string {
  const parts: string[] = [];
  for (const node of el.shadowRoot!.querySelectorAll('*')) {
    // A closed dialog's content has computed styles too, but nobody sees them.
    if (!node.checkVisibility()) continue;
    for (const pseudo of [null, '::before', '::after', '::marker']) {
      const style = getComputedStyle(node, pseudo);
      parts.push(PROPERTIES.map((property) => style.getPropertyValue(property)).join('|'));
    }
  }
  return parts.join('\n');
}

interface State {
  name: string;
  enter: () => Promise<unknown> | unknown;
  /** The tokens this state must show: each one changes how it looks. */
  shows: string[];
}

/**
 * Enters each state in turn and sets each token: every state must show the tokens it names,
 * and together the states must show exactly the documented ones.
 */
async function expectTokensShown(
  wrapper: HTMLElement,
  el: HTMLElement & {updateComplete: Promise<unknown>},
  states: State[],
  documented: string[],
): Promise<void> {
  const all = new Set<string>();
  for (const {name, enter, shows} of states) {
    await enter();
    await el.updateComplete;
    const before = look(el);
    const shown: string[] = [];
    for (const [token, value] of Object.entries(TOKEN_VALUES)) {
      wrapper.style.setProperty(token, value);
      if (look(el) !== before) shown.push(token);
      wrapper.style.removeProperty(token);
    }
    expect(shown, name).to.include.members(shows);
    shown.forEach((token) => all.add(token));
  }
  expect(Object.keys(TOKEN_VALUES).filter((token) => all.has(token)), 'all states together').to.deep.equal(documented);
}

/** Each element's `@cssprop`s, as its JSDoc and README list them. */
const ALL_BUT_ON_PRIMARY = Object.keys(TOKEN_VALUES).filter((token) => token !== '--spa-color-on-primary');
const DOCUMENTED = {
  'spa-book-button': [
    '--spa-color-primary', '--spa-color-on-primary', '--spa-color-surface', '--spa-color-text', '--spa-color-muted',
    '--spa-color-border', '--spa-font-family', '--spa-radius', '--spa-space', '--spa-focus-ring',
  ],
  'spa-scar-explainer': ALL_BUT_ON_PRIMARY,
  'spa-session-estimator': ALL_BUT_ON_PRIMARY,
};

/** What the explainer and the estimator show in their first state. */
const PANEL_TOKENS = [
  '--spa-color-primary', '--spa-color-surface', '--spa-color-text', '--spa-color-muted', '--spa-color-border',
  '--spa-color-good', '--spa-color-skin', '--spa-font-family', '--spa-radius', '--spa-space', '--spa-focus-ring',
];

describe('theme tokens', () => {
  // Transitions would report a colour's old value for a moment after the token changes.
  // Chromium is asked to reduce motion; Firefox's run does by a preference.
  before(async () => {
    if (await hasChromeProtocol()) await emulateMedia({reducedMotion: 'reduce'});
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches, 'motion is reduced').to.equal(true);
  });
  after(async () => {
    if (await hasChromeProtocol()) await emulateMedia({reducedMotion: 'no-preference'});
  });

  it('<spa-book-button>: each documented token shows, on the button or in its dialog', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><spa-book-button href="https://calendly.com/botanica/mn" target="dialog"></spa-book-button></div>`,
    );
    const el = wrapper.querySelector<SpaBookButton>('spa-book-button')!;
    const link = () => el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
    await expectTokensShown(wrapper, el, [
      {
        name: 'the button, focused',
        enter: () => link().focus(),
        shows: ['--spa-color-primary', '--spa-color-on-primary', '--spa-font-family', '--spa-radius', '--spa-space', '--spa-focus-ring'],
      },
      {
        name: 'the open dialog',
        enter: async () => {
          const opened = nextEvent(el, 'spa-book-open');
          link().click();
          await opened;
        },
        // Looked at before its frame can load (a task away): the loading line shows too.
        shows: ['--spa-color-surface', '--spa-color-text', '--spa-color-muted', '--spa-color-border'],
      },
    ], DOCUMENTED['spa-book-button']);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="close-button"]')!.click();
  });

  it('<spa-scar-explainer>: each documented token shows, with a type that helps, one that helps little and one that does not', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><spa-scar-explainer></spa-scar-explainer></div>`);
    const el = wrapper.querySelector<SpaScarExplainer>('spa-scar-explainer')!;
    await expectTokensShown(wrapper, el, [
      {
        name: 'rolling scars chosen, sources open, the tab focused',
        enter: async () => {
          el.selected = 'rolling';
          await el.updateComplete;
          for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
          el.shadowRoot!.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')!.focus();
        },
        shows: PANEL_TOKENS,
      },
      {name: 'ice pick scars: helps little', enter: () => (el.selected = 'icepick'), shows: ['--spa-color-caution']},
      {name: 'keloids: not suitable', enter: () => (el.selected = 'keloid'), shows: ['--spa-color-stop']},
    ], DOCUMENTED['spa-scar-explainer']);
  });

  it('<spa-session-estimator>: each documented token shows, in a course, with cautions and when stopped', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><spa-session-estimator scar-type="rolling" severity="3" price="250"></spa-session-estimator></div>`,
    );
    const el = wrapper.querySelector<SpaSessionEstimator>('spa-session-estimator')!;
    const input = (value: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${value}"]`)!;
    await expectTokensShown(wrapper, el, [
      {name: 'a course, an answer focused', enter: () => input('rolling').focus(), shows: PANEL_TOKENS},
      {name: 'a caution ticked', enter: () => input('blood-thinners').click(), shows: ['--spa-color-caution']},
      {name: 'stopped', enter: () => input('pregnant').click(), shows: ['--spa-color-stop']},
    ], DOCUMENTED['spa-session-estimator']);
  });

  it('a colour token with a typo gives its default, not nothing: a primary button with no fill would show white text on a white page', async () => {
    // A colour the browser cannot read (#1d5c5, five digits) used to leave the property with
    // no value at all: a transparent button, and its white label on the page's white.
    const page = await fixture<HTMLDivElement>(html`<div
      style="--spa-color-primary: #1d5c5; --spa-color-on-primary: whte; --spa-color-surface: 12px"
    >
      <spa-book-button href="https://calendly.com/botanica/mn"></spa-book-button>
      <spa-session-estimator></spa-session-estimator>
    </div>`);
    const button = page.querySelector<SpaBookButton>('spa-book-button')!;
    const estimator = page.querySelector<SpaSessionEstimator>('spa-session-estimator')!;
    await Promise.all([button.updateComplete, estimator.updateComplete]);
    const link = getComputedStyle(button.shadowRoot!.querySelector('[part="base"]')!);
    expect(link.backgroundColor, 'the default primary').to.equal('rgb(29, 92, 87)');
    expect(link.color, 'the default text on it').to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(estimator.shadowRoot!.querySelector('[part="base"]')!).backgroundColor, 'the default surface')
      .to.equal('rgb(255, 255, 255)');
    await expect(button).to.be.accessible();
  });

  it('a pill radius (--spa-radius: 999px) makes pill buttons, not oval panels and answers', async () => {
    // Brands with pill buttons set a huge radius; panels, answers and boxes of several lines
    // became ovals whose curved border cut across their text.
    const page = await fixture<HTMLDivElement>(html`<div style="--spa-radius: 999px; width: 390px">
      <spa-book-button href="https://calendly.com/botanica/mn"></spa-book-button>
      <spa-scar-explainer></spa-scar-explainer>
      <spa-session-estimator scar-type="rolling" severity="3"></spa-session-estimator>
    </div>`);
    const [button, explainer, estimator] = [...page.children] as (HTMLElement & {updateComplete: Promise<unknown>})[];
    await Promise.all([button, explainer, estimator].map((el) => el.updateComplete));
    const radius = (el: HTMLElement, selector: string) =>
      parseFloat(getComputedStyle(el.shadowRoot!.querySelector(selector)!).borderTopLeftRadius);
    expect(radius(button, '[part="base"]'), 'the button').to.equal(999);
    for (const [el, selector] of [
      [explainer, '[part="base"]'], [explainer, '[part="tab"]'], [explainer, '.verdict'],
      [estimator, '[part="base"]'], [estimator, '.choice'], [estimator, '.check'], [estimator, '.course'],
    ] as const) {
      expect(radius(el, selector), `${el.localName} ${selector}`).to.be.within(1, 24);
    }
  });

  it('a colour token with a typo on one element falls back to the one the page set around it', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="--spa-color-primary: rgb(120, 30, 60)">
      <spa-book-button href="https://calendly.com/botanica/mn" style="--spa-color-primary: #12"></spa-book-button>
    </div>`);
    const button = page.querySelector<SpaBookButton>('spa-book-button')!;
    await button.updateComplete;
    expect(getComputedStyle(button.shadowRoot!.querySelector('[part="base"]')!).backgroundColor).to.equal('rgb(120, 30, 60)');
  });
});
