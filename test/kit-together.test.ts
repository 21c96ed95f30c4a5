/** The three elements on one page, as a spa uses them. */
import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
import type {BookClickDetail} from '../src/components/book-button/book-button.js';
import {nextEvent} from './helpers.js';

/** Once the three elements under `root` have rendered, the visitor picks "Rolling scars" in the explainer. */
async function pickRollingScarsIn(root: ParentNode) {
  const explainer = root.querySelector('spa-scar-explainer')!;
  const estimator = root.querySelector('spa-session-estimator')!;
  const button = root.querySelector('spa-book-button')!;
  await Promise.all([explainer.updateComplete, estimator.updateComplete, button.updateComplete]);
  const changed = nextEvent(estimator, 'spa-estimate-change');
  explainer.shadowRoot!.querySelector<HTMLElement>('[data-type="rolling"]')!.click();
  await changed;
  await estimator.updateComplete;
  return {estimator, button};
}

describe('explainer → estimator → book button', () => {
  it('choosing a type in the explainer updates the estimator, and the book click carries the estimate', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <spa-scar-explainer layout="cards"></spa-scar-explainer>
      <spa-session-estimator severity="3" price="250" package-size="3" package-price="650"></spa-session-estimator>
      <spa-book-button href="https://calendly.com/botanica/microneedling"></spa-book-button>
    </div>`);
    const {estimator, button} = await pickRollingScarsIn(page);
    expect(estimator.shadowRoot!.querySelector('.headline')!.textContent!.replace(/\u2060/g, '').trim()).to.equal(
      '3–6 sessions, every 2–6 weeks',
    );

    const stop = (event: Event) => event.preventDefault();
    button.addEventListener('spa-book-click', stop);
    const clicked = nextEvent<CustomEvent<BookClickDetail>>(document, 'spa-book-click');
    button.shadowRoot!.querySelector<HTMLAnchorElement>('[part="base"]')!.click();
    const {detail} = await clicked;
    button.removeEventListener('spa-book-click', stop);
    expect(detail.estimate).to.deep.equal({
      scarType: 'rolling',
      severity: 3,
      suitability: 'good',
      sessions: {min: 3, typical: 4, max: 6},
      intervalWeeks: {min: 2, max: 6},
      spanWeeks: 12,
      price: {min: 650, max: 1300, currency: 'USD'},
    });
    await expect(page).to.be.accessible();
  });

  for (const mode of ['open', 'closed'] as const) {
    it(`works the same inside a ${mode} shadow root (a page's own component)`, async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const root = host.attachShadow({mode});
      root.innerHTML = `<spa-scar-explainer layout="cards"></spa-scar-explainer>
        <spa-session-estimator severity="3"></spa-session-estimator>
        <spa-book-button href="https://calendly.com/botanica/microneedling"></spa-book-button>`;
      const {estimator, button} = await pickRollingScarsIn(root);
      expect(estimator.estimate?.scarType).to.equal('rolling');

      button.addEventListener('spa-book-click', (event) => event.preventDefault(), {once: true});
      const clicked = nextEvent<CustomEvent<BookClickDetail>>(button, 'spa-book-click');
      button.shadowRoot!.querySelector<HTMLAnchorElement>('[part="base"]')!.click();
      expect((await clicked).detail.estimate).to.include({scarType: 'rolling', severity: 3});
    });
  }
});

describe('the hidden attribute', () => {
  it('hides each element, floating button too, as it hides any element; removed, they show again', async () => {
    // Pages hide a widget until it applies (a tab of their own, a question answered elsewhere).
    const page = await fixture<HTMLDivElement>(html`<div>
      <spa-scar-explainer hidden></spa-scar-explainer>
      <spa-session-estimator hidden></spa-session-estimator>
      <spa-book-button href="https://calendly.com/botanica/microneedling" hidden></spa-book-button>
      <spa-book-button href="https://calendly.com/botanica/microneedling" floating hidden></spa-book-button>
    </div>`);
    const elements = [...page.children] as (HTMLElement & {updateComplete: Promise<unknown>})[];
    await Promise.all(elements.map((element) => element.updateComplete));
    const shown = () => elements.map((element) => element.getClientRects().length > 0);
    expect(shown()).to.deep.equal([false, false, false, false]);
    for (const element of elements) element.hidden = false;
    expect(shown()).to.deep.equal([true, true, true, true]);
  });
});
