/**
 * The README's dark-page recipe, read from the README itself so that the tested CSS is the
 * documented CSS, applied on a near-black page: axe (colour contrast included) passes for every
 * element and state, native controls are drawn dark, and the focus ring stands out from the
 * dark surface. The same page without the recipe must fail, or this test proves nothing.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
import {SCAR_TYPE_IDS} from '../src/data/scar-types.js';
import type {SpaScarExplainer} from '../src/components/scar-explainer/scar-explainer.js';
import type {SpaSessionEstimator} from '../src/components/session-estimator/session-estimator.js';
import type {SpaBookButton} from '../src/components/book-button/book-button.js';
import {nextEvent} from './helpers.js';

const DARK_PAGE = 'body { background: #111418; color: #e8e6e3; }';

/** The first css block under "### Dark pages" in the README. */
async function recipeFromReadme(): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  const section = readme.slice(readme.indexOf('### Dark pages'));
  const block = /```css\n([\s\S]*?)```/.exec(section);
  expect(block, 'the README has a css block under "### Dark pages"').to.not.equal(null);
  return block![1];
}

function addStyle(text: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = text;
  document.head.append(style);
  return style;
}

/** WCAG relative luminance of an `rgb()` colour as computed styles report it. */
function luminance(color: string): number {
  const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((c) => {
    const s = Number(c) / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

const buttons = () => html`<div>
  <spa-book-button href="https://calendly.com/botanica/mn" target="dialog"></spa-book-button>
  <spa-book-button href="https://calendly.com/botanica/mn" variant="outline"></spa-book-button>
  <spa-book-button href="https://calendly.com/botanica/mn" variant="text"></spa-book-button>
</div>`;

describe('a dark page', () => {
  const styles: HTMLStyleElement[] = [];
  afterEach(() => styles.splice(0).forEach((style) => style.remove()));

  describe('without the recipe', () => {
    it('fails: the outline and text buttons draw the dark primary on the dark page', async () => {
      styles.push(addStyle(DARK_PAGE));
      const page = await fixture<HTMLDivElement>(buttons());
      for (const variant of ['outline', 'text']) {
        const el = page.querySelector(`[variant="${variant}"]`)!;
        await expect(el, variant).not.to.be.accessible();
      }
    });
  });

  describe('a page that follows the system colours (`color-scheme: light dark`), in dark mode', () => {
    it('the light widgets keep light native controls: a dark radio on a light card reads as already chosen', async () => {
      // The scheme a theme declares for itself; the visitor's dark mode then paints every form
      // control it inherits to dark, filled circles and boxes, on the kit's white cards.
      styles.push(addStyle(':root { color-scheme: light dark }'));
      const page = await fixture<HTMLDivElement>(html`<div>
        <spa-session-estimator></spa-session-estimator>
        <spa-book-button href="https://calendly.com/botanica/mn" target="dialog"></spa-book-button>
      </div>`);
      const estimator = page.querySelector('spa-session-estimator')!;
      for (const control of estimator.shadowRoot!.querySelectorAll('input')) {
        expect(getComputedStyle(control).colorScheme, control.type).to.equal('light');
      }
      const button = page.querySelector<SpaBookButton>('spa-book-button')!;
      await button.openDialog();
      // The dialog's own scrollbars and the booking page's frame, on the light dialog.
      expect(getComputedStyle(button.shadowRoot!.querySelector('dialog')!).colorScheme).to.equal('light');
      const closed = nextEvent(button, 'spa-book-close');
      button.closeDialog();
      await closed;
    });
  });

  describe("with the README's recipe", () => {
    beforeEach(async () => {
      styles.push(addStyle(DARK_PAGE), addStyle(await recipeFromReadme()));
    });

    it('the buttons pass in every variant, and the open dialog passes too', async () => {
      const page = await fixture<HTMLDivElement>(buttons());
      for (const el of page.querySelectorAll('spa-book-button')) await expect(el).to.be.accessible();
      const el = page.querySelector<SpaBookButton>('spa-book-button')!;
      const opened = nextEvent(el, 'spa-book-open');
      el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!.click();
      await opened;
      const dialog = el.shadowRoot!.querySelector('dialog')!;
      expect(luminance(getComputedStyle(dialog).backgroundColor), 'a dark dialog').to.be.below(0.05);
      await expect(el).to.be.accessible();
      const closed = nextEvent(el, 'spa-book-close');
      dialog.querySelector<HTMLButtonElement>('[part="close-button"]')!.click();
      await closed;
    });

    it('the explainer passes with each scar type chosen and its sources open, in both layouts', async () => {
      for (const layout of ['tabs', 'cards']) {
        const el = await fixture<SpaScarExplainer>(html`<spa-scar-explainer layout=${layout}></spa-scar-explainer>`);
        for (const type of SCAR_TYPE_IDS) {
          el.selected = type;
          await el.updateComplete;
          for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
          await expect(el, `${layout}, ${type}`).to.be.accessible();
        }
      }
    });

    it('the estimator passes with a course, with no course, stopped, and with cautions', async () => {
      const el = await fixture<SpaSessionEstimator>(
        html`<spa-session-estimator price="250" package-size="3" package-price="650"></spa-session-estimator>`,
      );
      const root = el.shadowRoot!;
      await expect(el, 'no answers yet').to.be.accessible();
      for (const [type, severity] of [['rolling', '3'], ['icepick', '4'], ['keloid', '2']]) {
        el.setAttribute('scar-type', type);
        el.setAttribute('severity', severity);
        await el.updateComplete;
        await expect(el, type).to.be.accessible();
      }
      el.setAttribute('scar-type', 'rolling');
      await el.updateComplete;
      for (const answer of ['blood-thinners', 'cold-sores', 'dark-marks']) {
        root.querySelector<HTMLInputElement>(`input[value="${answer}"]`)!.click();
      }
      await el.updateComplete;
      await expect(el, 'with cautions').to.be.accessible();
      root.querySelector<HTMLInputElement>('input[value="pregnant"]')!.click();
      await el.updateComplete;
      await expect(el, 'stopped').to.be.accessible();
    });

    it('native checkboxes and radios are drawn dark, and the focus ring stands out 3:1 from what is behind it', async () => {
      const el = await fixture<SpaSessionEstimator>(html`<spa-session-estimator></spa-session-estimator>`);
      const radio = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!;
      expect(getComputedStyle(radio).colorScheme).to.equal('dark');
      radio.focus();
      // The answer's label draws the ring, on the card's surface.
      const label = getComputedStyle(radio.closest('label')!);
      expect(label.outlineStyle).to.equal('solid');
      const surface = getComputedStyle(el.shadowRoot!.querySelector('[part="base"]')!).backgroundColor;
      expect(contrast(label.outlineColor, surface), 'on the card').to.be.at.least(3);
      // A button's ring is drawn on the page itself.
      const page = await fixture<HTMLDivElement>(buttons());
      const link = page.querySelector('[variant="text"]')!.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
      link.focus();
      const ring = getComputedStyle(link);
      expect(ring.outlineStyle).to.equal('solid');
      expect(contrast(ring.outlineColor, getComputedStyle(document.body).backgroundColor), 'on the page').to.be.at.least(3);
    });
  });
});
