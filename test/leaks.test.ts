/**
 * Sliders, popups and page builders add and remove widgets all the time. After 1,000 rounds of
 * adding and removing all three elements (with a visitor's interactions in between), no
 * listener is left on window or document and the heap is back to where it started.
 */
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../src/index.js';
import {hasChromeProtocol} from './helpers.js';

interface Probe {
  heap: number;
  window: string[];
  document: string[];
}
const probe = () => executeServerCommand<Probe, undefined>('cdp-probe');

type LitHost = HTMLElement & {updateComplete: Promise<unknown>};

async function round(container: HTMLElement): Promise<void> {
  container.innerHTML = `
    <spa-scar-explainer></spa-scar-explainer>
    <spa-session-estimator severity="3" price="250"></spa-session-estimator>
    <spa-book-button href="https://calendly.com/botanica/mn" target="dialog" floating></spa-book-button>
    <spa-book-button href="https://calendly.com/botanica/mn"></spa-book-button>`;
  const elements = [...container.children] as LitHost[];
  await Promise.all(elements.map((element) => element.updateComplete));
  // A visitor's actions: pick a type (the estimator follows), tick a safety answer.
  elements[0].shadowRoot!.querySelector<HTMLElement>('[data-type="rolling"]')!.click();
  elements[1].shadowRoot!.querySelector<HTMLInputElement>('input[value="cold-sores"]')!.click();
  await Promise.all(elements.map((element) => element.updateComplete));
  container.replaceChildren();
}

describe('adding and removing elements 1,000 times', () => {
  // The heap and the listeners are read over Chrome's DevTools protocol.
  before(async function () {
    if (!(await hasChromeProtocol())) this.skip();
  });

  it('leaves no listener on window or document, and no memory behind', async function () {
    this.timeout(120_000);
    const container = document.createElement('div');
    document.body.append(container);
    // Warm up first: Lit's template caches and the JIT fill once and stay.
    for (let i = 0; i < 50; i++) await round(container);
    const before = await probe();

    for (let i = 0; i < 1000; i++) await round(container);
    const after = await probe();

    expect(after.window).to.deep.equal(before.window);
    expect(after.document).to.deep.equal(before.document);
    const grownKb = (after.heap - before.heap) / 1024;
    expect(grownKb, `heap grew by ${grownKb.toFixed(0)} KB`).to.be.below(512);
    container.remove();
  });

  it('a floating button that stays while in-page buttons come and go holds none of them', async function () {
    this.timeout(120_000);
    // A single-page app: the floating button lives in the layout, each route brings its own.
    const layout = document.createElement('div');
    layout.innerHTML = `<main></main>
      <spa-book-button href="https://calendly.com/botanica/mn" floating></spa-book-button>`;
    document.body.append(layout);
    const main = layout.querySelector('main')!;
    const route = async () => {
      main.innerHTML = `<spa-book-button href="https://calendly.com/botanica/mn"></spa-book-button>`;
      await (main.firstElementChild as LitHost).updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      main.replaceChildren();
    };
    for (let i = 0; i < 50; i++) await route();
    const before = await probe();
    for (let i = 0; i < 1000; i++) await route();
    const after = await probe();
    const grownKb = (after.heap - before.heap) / 1024;
    expect(grownKb, `heap grew by ${grownKb.toFixed(0)} KB`).to.be.below(512);
    layout.remove();
  });

  it('the probe sees a listener that is left behind (so the test above can fail)', async () => {
    const before = await probe();
    const leak = () => {};
    window.addEventListener('spa-test-leak', leak);
    const after = await probe();
    window.removeEventListener('spa-test-leak', leak);
    expect(after.window.length).to.equal(before.window.length + 1);
  });
});
