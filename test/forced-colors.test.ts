/**
 * Contrast themes (Windows' forced colours): the browser swaps every colour for the user's
 * own and drops shadows and backgrounds. What the widgets show with colour alone must survive:
 * the chosen tab or answer, the timeline, the edge of the booking dialog.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../src/index.js';
import type {SpaScarExplainer} from '../src/components/scar-explainer/scar-explainer.js';
import type {SpaSessionEstimator} from '../src/components/session-estimator/session-estimator.js';
import type {SpaBookButton} from '../src/components/book-button/book-button.js';
import {hasChromeProtocol, nextEvent} from './helpers.js';

const forcedColors = (active: boolean) => executeServerCommand('forced-colors', {active});

/**
 * Every axe rule but colour contrast: axe reads the page's own colours while the browser paints
 * the theme's (it reported #2a2a2a text on black, where white text is painted), so its contrast
 * verdict does not apply here. Contrast is the theme's, chosen by the user.
 */
const AXE_IN_FORCED_COLORS = {ignoredRules: ['color-contrast']};

/** The theme's colour for a system colour keyword, as computed styles report it. */
function systemColor(keyword: string): string {
  const probe = document.createElement('span');
  probe.style.color = keyword;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

describe('in a contrast theme (forced colours)', () => {
  // The theme is switched on over Chrome's DevTools protocol.
  let emulated = false;
  before(async function () {
    if (!(await hasChromeProtocol())) this.skip();
    await forcedColors(true);
    emulated = true;
    expect(matchMedia('(forced-colors: active)').matches, 'the theme is on').to.equal(true);
  });
  after(async () => {
    if (emulated) await forcedColors(false);
  });

  it('the explainer marks the chosen tab and card with the highlight colour, not a shadow alone', async () => {
    for (const layout of ['tabs', 'cards']) {
      const el = await fixture<SpaScarExplainer>(
        html`<spa-scar-explainer layout=${layout} selected="rolling"></spa-scar-explainer>`,
      );
      const chosen = el.shadowRoot!.querySelector<HTMLElement>('[aria-selected="true"]')!;
      const other = el.shadowRoot!.querySelector<HTMLElement>('[aria-selected="false"]')!;
      expect(getComputedStyle(chosen).borderTopColor, layout).to.equal(systemColor('Highlight'));
      expect(getComputedStyle(other).borderTopColor, layout).not.to.equal(getComputedStyle(chosen).borderTopColor);
      await expect(el).to.be.accessible(AXE_IN_FORCED_COLORS);
    }
  });

  it('the estimator marks the chosen answers, and its timeline keeps its dots and line', async () => {
    const el = await fixture<SpaSessionEstimator>(
      html`<spa-session-estimator scar-type="rolling" severity="3" price="250"></spa-session-estimator>`,
    );
    const root = el.shadowRoot!;
    const highlight = systemColor('Highlight');
    const chosen = root.querySelector('input[value="rolling"]')!.closest('label')!;
    expect(getComputedStyle(chosen).borderTopColor).to.equal(highlight);
    const steps = root.querySelectorAll('[part="timeline"] li');
    expect(steps).to.have.length(5);
    for (const step of steps) {
      const line = getComputedStyle(step, '::before');
      // Across or down, as the column's width decides: 2px thick and long enough to see.
      const [thickness, length] = line.width === '2px' ? [line.width, line.height] : [line.height, line.width];
      expect(thickness).to.equal('2px');
      expect(parseFloat(length)).to.be.above(10);
      expect(line.backgroundColor).to.equal(highlight);
    }
    expect(getComputedStyle(root.querySelector('.dot')!).fill).to.equal(highlight);
    // The results ring is hollow in the theme's own background, not the default white.
    expect(getComputedStyle(root.querySelector('.ring')!).fill).to.equal(systemColor('Canvas'));
    await expect(el).to.be.accessible(AXE_IN_FORCED_COLORS);
  });

  it('the booking dialog has a visible edge, and the button stays a plain bordered link', async () => {
    const el = await fixture<SpaBookButton>(
      html`<spa-book-button href="https://calendly.com/botanica/mn" target="dialog"></spa-book-button>`,
    );
    const button = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
    // Not painted in the highlight colour: the theme's own link colours apply.
    expect(getComputedStyle(button).backgroundColor).not.to.equal(systemColor('Highlight'));
    expect(getComputedStyle(button).borderTopStyle).to.equal('solid');
    const opened = nextEvent(el, 'spa-book-open');
    button.click();
    await opened;
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    const edge = getComputedStyle(dialog);
    expect(edge.borderTopWidth).to.equal('1px');
    expect(edge.borderTopColor).not.to.equal('rgba(0, 0, 0, 0)');
    expect(edge.borderTopColor).not.to.equal(edge.backgroundColor);
    await expect(el).to.be.accessible(AXE_IN_FORCED_COLORS);
    const closed = nextEvent(el, 'spa-book-close');
    dialog.querySelector<HTMLButtonElement>('[part="close-button"]')!.click();
    await closed;
  });
});
