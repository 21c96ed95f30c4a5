import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import {setLocale} from '../src/index.js';
import type {SpaScarExplainer, ScarSelectDetail} from '../src/components/scar-explainer/scar-explainer.js';
import {SCAR_TYPE_IDS} from '../src/data/scar-types.js';
import {inEveryLanguageAndWidth, nextEvent, nextFrame, onSmoothPageWithReducedMotion, recordWarnings, shiftTab, sideBySideAt, tap, wideFont, wordsSplitAcrossLines} from './helpers.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector) as T;
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const tabIds = (el: Element) => $$(el, '[role="tab"]').map((tab) => tab.dataset.type);
const panelTitle = (el: Element) => $(el, '[part="panel"] .title')?.textContent?.trim();
const focused = (el: Element) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.type;
/** Presses a key, waits for the update, and says which type has focus then. */
const focusAfter = async (el: SpaScarExplainer, key: string) => {
  await sendKeys({press: key});
  await el.updateComplete;
  return focused(el);
};

describe('<spa-scar-explainer>', () => {
  let warnings: ReturnType<typeof recordWarnings>;
  beforeEach(async () => {
    warnings = recordWarnings();
    await setLocale('en');
    await setViewport({width: 1280, height: 900});
  });
  afterEach(() => warnings.stop());

  describe('tabs layout (default)', () => {
    it('shows all eight types as tabs, the first one open until the visitor picks', async () => {
      const el = await fixture<SpaScarExplainer>(html`<spa-scar-explainer></spa-scar-explainer>`);
      expect(tabIds(el)).to.deep.equal([...SCAR_TYPE_IDS]);
      expect($(el, '[role="tablist"]').getAttribute('aria-label')).to.equal('Acne scar types');
      expect($(el, '[aria-selected="true"]').dataset.type).to.equal('icepick');
      expect(panelTitle(el)).to.equal('Ice pick scars');
      expect(el.hasAttribute('selected')).to.equal(false);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('the panel tells what it looks like, how well microneedling helps, and why, with sources', async () => {
      const el = await fixture<SpaScarExplainer>(html`<spa-scar-explainer selected="rolling"></spa-scar-explainer>`);
      const panel = $(el, '[role="tabpanel"]');
      expect(panel.getAttribute('aria-labelledby')).to.equal('tab-rolling');
      const text = panel.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('Also called: undulating scars, M-shaped scars');
      expect(text).to.contain('like rolling hills');
      expect(text).to.contain('Microneedling: Usually helps');
      expect(text).to.contain('(Fabbrocini 2009; Garg & Chaudhary)');
      expect(text).to.contain('Subcision: a needle releases the bands under the scar');
      const drawing = $(el, '[part="drawing"] svg');
      expect(drawing.getAttribute('role')).to.equal('img');
      // The type's name opens the label, so it is not capitalised mid-sentence (braille shows it).
      expect(drawing.getAttribute('aria-label')).to.equal(
        'Rolling scars: a drawing of a slice of the skin, and of the skin seen from above',
      );
      const links = $$(el, '[part="sources"] a') as HTMLAnchorElement[];
      expect(links.map((a) => a.href)).to.include('https://pubmed.ncbi.nlm.nih.gov/11423843/');
    });

    it('every tab says it controls the panel, and the panel is named by its tab', async () => {
      const el = await fixture<SpaScarExplainer>(html`<spa-scar-explainer selected="keloid"></spa-scar-explainer>`);
      const panel = $(el, '[role="tabpanel"]');
      expect(panel.id).to.not.equal('');
      expect($$(el, '[role="tab"]').map((tab) => tab.getAttribute('aria-controls'))).to.deep.equal(
        SCAR_TYPE_IDS.map(() => panel.id),
      );
      expect(el.shadowRoot!.getElementById(panel.getAttribute('aria-labelledby')!)!.dataset.type).to.equal('keloid');
    });

    it('what else providers use has its sources, and each source link says it opens a new tab', async () => {
      const el = await fixture<SpaScarExplainer>(html`<spa-scar-explainer selected="rolling"></spa-scar-explainer>`);
      const afterList = $(el, '.alternatives').nextElementSibling!;
      expect(afterList.textContent!.replace(/\u2060/g, '').replace(/\s/g, ' ')).to.equal('(Jacob 2001; Karnik 2014; Asif 2016)');
      const links = $$(el, '[part="sources"] a');
      expect(links.length).to.be.greaterThan(1);
      for (const link of links) {
        expect(link.getAttribute('target')).to.equal('_blank');
        expect(link.textContent!.trim(), link.textContent!).to.match(/\.\s+\(opens in a new tab\)$/);
      }
    });

    it('the tab pictures and the words under the drawing are not read out again', async () => {
      // The tab's name and the drawing's name already say what they show.
      const el = await fixture<SpaScarExplainer>(html`<spa-scar-explainer></spa-scar-explainer>`);
      const icons = $$(el, '[role="tab"] svg');
      expect(icons).to.have.length(8);
      expect(icons.every((icon) => icon.getAttribute('aria-hidden') === 'true')).to.equal(true);
      expect($(el, '[part="drawing"] figcaption').getAttribute('aria-hidden')).to.equal('true');
      expect($$(el, '[role="tab"]').map((tab) => tab.textContent!.trim())[3]).to.equal('Rolling scars');
    });

    it('marks are clearly marks, and raised scars are not for microneedling', async () => {
      const el = await fixture<SpaScarExplainer>(html`<spa-scar-explainer selected="pih"></spa-scar-explainer>`);
      expect($(el, '.mark').textContent).to.equal('A mark, not a scar');
      // Web pages among the sources say so; the papers do not.
      const sources = $$(el, '[part="sources"] li').map((item) => item.textContent!.replace(/\s+/g, ' ').trim());
      expect(sources.filter((text) => text.endsWith('Web page, not peer-reviewed.'))).to.deep.equal([
        'acne.org, acneaction.ca, minarsdermatology.com. Consumer pages on dark marks. Web page, not peer-reviewed.',
      ]);
      expect(sources.length, 'papers too').to.be.greaterThan(1);
      el.selected = 'keloid';
      await el.updateComplete;
      expect($(el, '.mark')).to.equal(null);
      expect($(el, '[part="verdict"]').textContent).to.contain('Not suitable');
      expect($(el, '[part="verdict"]').textContent).to.contain('Keloids need a doctor');
    });

    it('clicking a tab selects it, reflects it and fires spa-scar-select', async () => {
      const el = await fixture<SpaScarExplainer>(html`<spa-scar-explainer></spa-scar-explainer>`);
      const picked = nextEvent<CustomEvent<ScarSelectDetail>>(document, 'spa-scar-select');
      $(el, '[data-type="boxcar-deep"]').click();
      const event = await picked;
      expect(event.detail).to.deep.equal({type: 'boxcar-deep'});
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expect(el.getAttribute('selected')).to.equal('boxcar-deep');
      expect(panelTitle(el)).to.equal('Deep boxcar scars');
      // The same tab again is no new pick: nothing to tell the page.
      let again = 0;
      el.addEventListener('spa-scar-select', () => again++);
      $(el, '[data-type="boxcar-deep"]').click();
      await el.updateComplete;
      expect(again).to.equal(0);
    });

    it('the page setting selected fires no event', async () => {
      let fired = 0;
      const el = await fixture<SpaScarExplainer>(
        html`<spa-scar-explainer @spa-scar-select=${() => fired++}></spa-scar-explainer>`,
      );
      el.setAttribute('selected', 'pie');
      await el.updateComplete;
      expect(panelTitle(el)).to.equal('Red marks (PIE)');
      expect(fired).to.equal(0);
    });

    it('keyboard: one tab stop; arrows, Home and End move and select, wrapping around', async () => {
      const el = await fixture<SpaScarExplainer>(html`<spa-scar-explainer></spa-scar-explainer>`);
      expect($$(el, '[role="tab"]').filter((tab) => tab.tabIndex === 0)).to.have.length(1);
      $(el, '[data-type="icepick"]').focus();
      const seen: string[] = [];
      el.addEventListener('spa-scar-select', (event) => seen.push(event.detail.type));
      expect(await focusAfter(el, 'ArrowRight')).to.equal('boxcar-shallow');
      expect(el.selected).to.equal('boxcar-shallow');
      expect(await focusAfter(el, 'End')).to.equal('pie');
      expect(await focusAfter(el, 'ArrowRight')).to.equal('icepick');
      expect(await focusAfter(el, 'ArrowLeft')).to.equal('pie');
      expect(await focusAfter(el, 'Home')).to.equal('icepick');
      expect(seen).to.deep.equal(['boxcar-shallow', 'pie', 'icepick', 'pie', 'icepick']);
      expect($$(el, '[role="tab"]').filter((tab) => tab.tabIndex === 0).map((t) => t.dataset.type)).to.deep.equal([
        'icepick',
      ]);
    });

    it('keyboard after a click: the tab or card an arrow key reaches wears the focus ring, the clicked one did not', async () => {
      // Safari kept the ring off a tab focused by script after a click, arrow keys or not.
      for (const layout of ['tabs', 'cards']) {
        const el = await fixture<SpaScarExplainer>(html`<spa-scar-explainer layout=${layout}></spa-scar-explainer>`);
        const ring = (type: string) => getComputedStyle($(el, `[data-type="${type}"]`)).outlineStyle;
        await tap($(el, '[data-type="icepick"]'));
        await el.updateComplete;
        expect(focused(el), layout).to.equal('icepick');
        expect(ring('icepick'), `${layout}, clicked`).to.equal('none');
        expect(await focusAfter(el, 'ArrowRight'), layout).to.equal('boxcar-shallow');
        expect(ring('boxcar-shallow'), `${layout}, by an arrow key`).to.equal('solid');
      }
    });

    it('keyboard: focus stays with the types when the page changes the layout or takes the focused type away', async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <input aria-label="Search the site" />
        <spa-scar-explainer selected="rolling"></spa-scar-explainer>
        <div style="height: 3000px"></div>
      </div>`);
      const el = page.querySelector<SpaScarExplainer>('spa-scar-explainer')!;
      $(el, '[data-type="rolling"]').focus();
      await sendKeys({press: 'ArrowRight'});
      await el.updateComplete;
      // Tabs to cards (a page switching at a breakpoint): on the chosen card, without scrolling
      // the page back to it.
      scrollTo({top: 2000, behavior: 'instant'});
      el.layout = 'cards';
      await el.updateComplete;
      expect($(el, '[role="option"]'), 'cards drawn').to.exist;
      expect(focused(el), 'tabs to cards').to.equal('hypertrophic');
      expect($(el, '[data-type="hypertrophic"]').getBoundingClientRect().bottom, 'scrolled back to it').to.be.below(0);
      scrollTo({top: 0, behavior: 'instant'});
      // The focused type taken out of the list: on the tab stop of the types left.
      el.layout = 'tabs';
      el.types = 'icepick pie';
      await el.updateComplete;
      expect(focused(el), 'focused type taken away').to.equal('icepick');
      // The next Tab goes on from there, not from the top of the page.
      await shiftTab();
      expect(document.activeElement, 'Shift+Tab').to.equal(page.querySelector('input'));
      // Cut to one type, with nothing left to choose: on the one control left, its sources.
      $(el, '[data-type="pie"]').focus();
      el.types = 'rolling';
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.textContent?.trim(), 'cut to one type').to.equal('Sources');
      await shiftTab();
      expect(document.activeElement, 'Shift+Tab from one type').to.equal(page.querySelector('input'));
      // Focus never comes from outside.
      el.layout = 'cards';
      await el.updateComplete;
      expect(document.activeElement, 'focus outside').to.equal(page.querySelector('input'));
    });

    it('keyboard: where a page draws the tabs right to left, Left moves forward', async () => {
      const style = document.createElement('style');
      style.textContent = '.rtl-tabs::part(tabs) { direction: rtl; }';
      document.head.append(style);
      const el = await fixture<SpaScarExplainer>(html`<spa-scar-explainer class="rtl-tabs"></spa-scar-explainer>`);
      $(el, '[data-type="icepick"]').focus();
      expect(await focusAfter(el, 'ArrowLeft')).to.equal('boxcar-shallow');
      expect(await focusAfter(el, 'ArrowRight')).to.equal('icepick');
      style.remove();
    });

    it("keyboard, tabs and cards: keys with Alt, Ctrl or Meta are the browser's (Alt+Left goes back)", async () => {
      for (const layout of ['tabs', 'cards']) {
        const el = await fixture<SpaScarExplainer>(html`<spa-scar-explainer layout=${layout} selected="rolling"></spa-scar-explainer>`);
        const rolling = $(el, '[data-type="rolling"]');
        rolling.focus();
        for (const modifier of ['altKey', 'ctrlKey', 'metaKey']) {
          for (const key of ['ArrowLeft', 'ArrowRight', 'Home', 'End', 'Enter']) {
            const press = new KeyboardEvent('keydown', {key, [modifier]: true, bubbles: true, composed: true, cancelable: true});
            rolling.dispatchEvent(press);
            await el.updateComplete;
            expect(press.defaultPrevented, `${layout} ${modifier} ${key} left to the browser`).to.equal(false);
            expect(el.selected, `${layout} ${modifier} ${key}`).to.equal('rolling');
          }
        }
        // Without one, the same key still moves.
        rolling.dispatchEvent(new KeyboardEvent('keydown', {key: 'ArrowRight', bubbles: true, composed: true, cancelable: true}));
        await el.updateComplete;
        expect(el.selected).to.not.equal('rolling');
      }
    });

    it('on a page that scrolls smoothly, a visitor who asks for less motion sees the tapped details at once', async () => {
      await setViewport({width: 390, height: 667});
      const el = await fixture<SpaScarExplainer>(html`<spa-scar-explainer layout="cards"></spa-scar-explainer>`);
      await onSmoothPageWithReducedMotion(async () => {
        await tap($(el, '[data-type="boxcar-shallow"]'));
        await el.updateComplete;
        await nextFrame();
        expect($(el, '.panel').getBoundingClientRect().top).to.be.within(0, window.innerHeight / 3);
      });
      window.scrollTo({top: 0, behavior: 'instant'});
      await setViewport({width: 1280, height: 900});
    });

    it("every tab is at least 44 px tall, a fingertip's size, wide or narrow, with any --spa-space", async () => {
      for (const width of [1000, 360]) {
        for (const space of ['4px', '8px', '16px']) {
          const el = await fixture<SpaScarExplainer>(html`<spa-scar-explainer style="width: ${width}px; --spa-space: ${space}"></spa-scar-explainer>`);
          for (const tab of $$(el, '[role="tab"]')) {
            // Its picture and name, with its padding and border around them.
            const content = Math.max(...[...tab.children].map((part) => part.getBoundingClientRect().height));
            const {paddingTop, paddingBottom} = getComputedStyle(tab);
            const around = parseFloat(paddingTop) + parseFloat(paddingBottom) + 2;
            const what = `${width} px, --spa-space ${space}: ${tab.textContent!.trim()}`;
            // (Taller where a tab beside it in its row needs more: the row's tabs are one height.)
            expect(tab.getBoundingClientRect().height, what).to.be.at.least(Math.max(44, content + around) - 0.5);
            // The empty item that holds the height takes no room across: the picture starts at the padding.
            const inset = tab.querySelector('.icon')!.getBoundingClientRect().left - tab.getBoundingClientRect().left;
            expect(inset, what).to.be.closeTo(parseFloat(getComputedStyle(tab).paddingLeft) + 1, 0.5);
          }
        }
      }
    });

    it('is accessible with each type selected', async () => {
      for (const type of SCAR_TYPE_IDS) {
        const el = await fixture<SpaScarExplainer>(html`<spa-scar-explainer selected=${type}></spa-scar-explainer>`);
        await expect(el).to.be.accessible();
      }
    });
  });

  describe('cards layout', () => {
    it('a listbox of cards, none selected until the visitor picks', async () => {
      const el = await fixture<SpaScarExplainer>(html`<spa-scar-explainer layout="cards"></spa-scar-explainer>`);
      const cards = $$(el, '[role="option"]');
      expect(cards.map((card) => card.dataset.type)).to.deep.equal([...SCAR_TYPE_IDS]);
      expect(cards.every((card) => card.getAttribute('aria-selected') === 'false')).to.equal(true);
      expect(cards[0].textContent).to.contain('Helps little');
      expect($(el, '.hint').textContent).to.contain('Choose the picture');
      await expect(el).to.be.accessible();
    });

    it('one tab stop: the first card, or the selected one', async () => {
      const tabStops = (el: Element) => $$(el, '[role="option"]').filter((card) => card.tabIndex === 0).map((card) => card.dataset.type);
      const none = await fixture<SpaScarExplainer>(html`<spa-scar-explainer layout="cards"></spa-scar-explainer>`);
      expect(tabStops(none)).to.deep.equal(['icepick']);
      const picked = await fixture<SpaScarExplainer>(html`<spa-scar-explainer layout="cards" selected="rolling"></spa-scar-explainer>`);
      expect(tabStops(picked)).to.deep.equal(['rolling']);
    });

    it('click and keyboard (arrows, Home, End, Enter, Space) select cards', async () => {
      const el = await fixture<SpaScarExplainer>(html`<spa-scar-explainer layout="cards"></spa-scar-explainer>`);
      const first = $(el, '[data-type="icepick"]');
      first.focus();
      const picked = nextEvent<CustomEvent<ScarSelectDetail>>(el, 'spa-scar-select');
      await sendKeys({press: ' '});
      expect((await picked).detail.type).to.equal('icepick');
      await el.updateComplete;
      expect(first.getAttribute('aria-selected')).to.equal('true');
      expect(panelTitle(el)).to.equal('Ice pick scars');
      expect(await focusAfter(el, 'ArrowDown')).to.equal('boxcar-shallow');
      expect(el.selected).to.equal('boxcar-shallow');
      expect(await focusAfter(el, 'ArrowUp')).to.equal('icepick');
      expect(await focusAfter(el, 'ArrowUp'), 'wraps to the last').to.equal('pie');
      expect(await focusAfter(el, 'Home')).to.equal('icepick');
      expect(await focusAfter(el, 'End')).to.equal('pie');
      $(el, '[data-type="rolling"]').click();
      await el.updateComplete;
      expect(el.getAttribute('selected')).to.equal('rolling');
      expect(panelTitle(el)).to.equal('Rolling scars');
      // Below the cards, the details are a region named after the chosen type.
      const panel = $(el, '[part="panel"]');
      expect([panel.getAttribute('role'), panel.getAttribute('aria-label')]).to.deep.equal(['region', 'Rolling scars']);
    });

    it("each card's rating is in its verdict's colour, the page's own where it sets one", async () => {
      const el = await fixture<SpaScarExplainer>(html`<spa-scar-explainer
        layout="cards"
        style="--spa-color-good: rgb(0, 128, 0); --spa-color-caution: rgb(150, 90, 0); --spa-color-stop: rgb(200, 0, 0)"
      ></spa-scar-explainer>`);
      const ratingColours = Object.fromEntries(
        $$(el, '[role="option"]').map((card) => [card.dataset.type, getComputedStyle(card.querySelector('.rating')!).color]),
      );
      expect(ratingColours).to.deep.equal({
        icepick: 'rgb(150, 90, 0)',
        'boxcar-shallow': 'rgb(0, 128, 0)',
        'boxcar-deep': 'rgb(150, 90, 0)',
        rolling: 'rgb(0, 128, 0)',
        hypertrophic: 'rgb(200, 0, 0)',
        keloid: 'rgb(200, 0, 0)',
        pih: 'rgb(150, 90, 0)',
        pie: 'rgb(150, 90, 0)',
      });
    });

    it("the details' verdict is edged, and its word coloured, in the verdict's colour; the label stays in the text colour", async () => {
      const el = await fixture<SpaScarExplainer>(html`<spa-scar-explainer
        style="--spa-color-good: rgb(0, 128, 0); --spa-color-caution: rgb(150, 90, 0); --spa-color-stop: rgb(200, 0, 0); --spa-color-text: rgb(20, 20, 20)"
      ></spa-scar-explainer>`);
      for (const [type, colour] of [['rolling', 'rgb(0, 128, 0)'], ['icepick', 'rgb(150, 90, 0)'], ['keloid', 'rgb(200, 0, 0)']]) {
        el.selected = type;
        await el.updateComplete;
        const verdict = $(el, '[part="verdict"]');
        expect(getComputedStyle(verdict).borderInlineStartColor, type).to.equal(colour);
        expect(parseFloat(getComputedStyle(verdict).borderInlineStartWidth), type).to.be.at.least(3);
        expect(getComputedStyle(verdict.querySelector('.rating strong')!).color, type).to.equal(colour);
        expect(getComputedStyle(verdict.querySelector('.rating')!).color, type).to.equal('rgb(20, 20, 20)');
      }
    });

    it('the chosen tab or card is drawn chosen: ringed inside and tinted in the primary colour; the others plain', async () => {
      for (const layout of ['tabs', 'cards']) {
        const el = await fixture<SpaScarExplainer>(html`<spa-scar-explainer
          layout=${layout}
          selected="rolling"
          style="--spa-color-primary: rgb(10, 60, 120)"
        ></spa-scar-explainer>`);
        const looks = Object.fromEntries(
          $$(el, '[data-type]').map((item) => [item.dataset.type, getComputedStyle(item).boxShadow]),
        );
        expect(looks.rolling, layout).to.equal('rgb(10, 60, 120) 0px 0px 0px 2px inset');
        expect(Object.entries(looks).filter(([, shadow]) => shadow !== 'none').map(([type]) => type), layout).to.deep.equal(['rolling']);
        const tint = (type: string) => getComputedStyle($(el, `[data-type="${type}"]`)).backgroundColor;
        expect(tint('rolling'), layout).not.to.equal(tint('icepick'));
      }
    });

    it("a drawing's two captions sit under their halves: the slice of skin on the left, the view from above on the right", async () => {
      const el = await fixture<SpaScarExplainer>(html`<spa-scar-explainer selected="rolling"></spa-scar-explainer>`);
      const figure = $(el, 'figure').getBoundingClientRect();
      const [slice, above] = $$(el, 'figcaption span').map((span) => span.getBoundingClientRect());
      expect(slice.left + slice.width / 2).to.be.below(figure.left + figure.width * 0.6);
      expect(above.left + above.width / 2).to.be.above(figure.left + figure.width * 0.6);
      expect(slice.top).to.equal(above.top);
    });

    it("the details keep none of the browser's own margins: the drawing at the panel's edge, each fact under its heading", async () => {
      const el = await fixture<SpaScarExplainer>(html`<spa-scar-explainer selected="rolling"></spa-scar-explainer>`);
      const left = (element: Element) => element.getBoundingClientRect().left;
      expect(left($(el, 'figure'))).to.equal(left($(el, '.details')));
      const [term, fact] = [$(el, 'dt'), $(el, 'dd')];
      expect(left(fact)).to.equal(left(term));
    });

    it('"A mark, not a scar" is a label the width of its words, not a band across the column', async () => {
      const el = await fixture<SpaScarExplainer>(html`<spa-scar-explainer selected="pih"></spa-scar-explainer>`);
      const mark = $(el, '.mark');
      expect(mark.textContent!.trim()).to.equal('A mark, not a scar');
      expect(mark.getBoundingClientRect().width).to.be.below($(el, '.facts').getBoundingClientRect().width / 2);
    });

    it('on a phone, the details of a tapped card would open below the screen: they come into view (keys leave the page still)', async () => {
      const panelTop = () => $(el, '.panel').getBoundingClientRect().top;
      await setViewport({width: 390, height: 667});
      const el = await fixture<SpaScarExplainer>(html`<spa-scar-explainer layout="cards"></spa-scar-explainer>`);
      // By keyboard, focus is on the cards and stays there: the page does not move.
      $(el, '[data-type="icepick"]').focus();
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      await nextFrame();
      expect(el.selected).to.equal('icepick');
      expect(panelTop(), 'the details, below the screen').to.be.greaterThan(window.innerHeight);
      expect(window.scrollY).to.equal(0);
      // A tap: the visitor sees the details of what they tapped.
      await tap($(el, '[data-type="boxcar-shallow"]'));
      await el.updateComplete;
      await nextFrame();
      expect(el.selected).to.equal('boxcar-shallow');
      expect(panelTop()).to.be.within(0, window.innerHeight / 3);
      expect(panelTitle(el)).to.equal('Shallow boxcar scars');
      await expect(el).to.be.accessible();
      // Where the details are in sight already (a wide screen), a tap moves nothing.
      await setViewport({width: 1280, height: 900});
      window.scrollTo(0, 0);
      await nextFrame();
      expect(panelTop()).to.be.below(900 / 2);
      await tap($(el, '[data-type="rolling"]'));
      await el.updateComplete;
      await nextFrame();
      expect(panelTitle(el)).to.equal('Rolling scars');
      expect(window.scrollY).to.equal(0);
    });

    it('details that fit the screen come up only as far as needed: the tapped card stays in sight', async () => {
      await setViewport({width: 1280, height: 900});
      const page = await fixture<HTMLDivElement>(html`<div>
        <div style="height: 560px"></div>
        <spa-scar-explainer layout="cards" types="rolling icepick" hide-alternatives></spa-scar-explainer>
        <div style="height: 1200px"></div>
      </div>`);
      const el = page.querySelector('spa-scar-explainer')!;
      const card = $(el, '[data-type="rolling"]');
      expect(card.getBoundingClientRect().bottom, 'the card, in sight').to.be.below(900);
      await tap(card);
      await el.updateComplete;
      await nextFrame();
      const panel = $(el, '.panel').getBoundingClientRect();
      expect(panel.height, 'details shorter than the screen').to.be.below(900);
      expect(window.scrollY, 'the page came up').to.be.greaterThan(0);
      expect(panel.bottom, 'the details, whole').to.be.within(899, 901);
      expect(card.getBoundingClientRect().top, 'the tapped card, still in sight').to.be.at.least(0);
      window.scrollTo({top: 0, behavior: 'instant'});
    });

    it('is accessible with each type selected', async () => {
      for (const type of SCAR_TYPE_IDS) {
        const el = await fixture<SpaScarExplainer>(
          html`<spa-scar-explainer layout="cards" selected=${type}></spa-scar-explainer>`,
        );
        await expect(el).to.be.accessible();
      }
    });

    it("puts the drawing beside the facts only where the page's text size leaves room for both", async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <spa-scar-explainer layout="cards" selected="rolling"></spa-scar-explainer>
      </div>`);
      const el = wrapper.querySelector('spa-scar-explainer')!;
      const sideBySide = () => $(el, '.facts').getBoundingClientRect().left > $(el, '.figure').getBoundingClientRect().right;
      // At a 16 px font the break is at 560 px; a visitor who reads at 200% (32 px) needs twice that.
      expect((await sideBySideAt(wrapper, sideBySide, 560)).join('; ')).to.equal('');
    });

    it('wide containers get several columns, narrow ones a single column', async () => {
      const columns = (host: Element) => {
        const lefts = $$(host, '[role="option"]').map((card) => Math.round(card.getBoundingClientRect().left));
        return new Set(lefts).size;
      };
      const wide = await fixture<SpaScarExplainer>(
        html`<spa-scar-explainer layout="cards" style="width: 1000px"></spa-scar-explainer>`,
      );
      expect(columns(wide)).to.be.greaterThan(1);
      const narrow = await fixture<SpaScarExplainer>(
        html`<spa-scar-explainer layout="cards" selected="rolling" style="width: 360px"></spa-scar-explainer>`,
      );
      expect(columns(narrow)).to.equal(1);
      const figure = $(narrow, '.figure').getBoundingClientRect();
      const facts = $(narrow, '.facts').getBoundingClientRect();
      expect(facts.top).to.be.at.least(figure.bottom - 1);
      expect(narrow.shadowRoot!.querySelector('.base')!.scrollWidth).to.be.at.most(360);
    });

    it('long names stay inside their tabs and cards in a narrow container, in every language', async () => {
      for (const locale of ['en', 'es', 'fr']) {
        await setLocale(locale);
        for (const layout of ['tabs', 'cards']) {
          const el = await fixture<SpaScarExplainer>(
            html`<spa-scar-explainer layout=${layout} style="width: 300px"></spa-scar-explainer>`,
          );
          expect($$(el, '[data-type]'), `${locale} ${layout}`).to.have.length(8);
          for (const item of $$(el, '[data-type]')) {
            const box = item.getBoundingClientRect();
            for (const text of item.querySelectorAll('span')) {
              const range = document.createRange();
              range.selectNodeContents(text);
              const {right} = range.getBoundingClientRect();
              expect(right, `${locale} ${layout} ${text.textContent}`).to.be.at.most(box.right);
            }
          }
        }
      }
      await setLocale('en');
    });

    it('with room to spare, no name breaks inside a word ("Hypertrophi-c"), in every language', async () => {
      for (const locale of ['en', 'es', 'fr']) {
        await setLocale(locale);
        for (const width of [1180, 900, 700, 600]) {
          for (const layout of ['tabs', 'cards']) {
            const el = await fixture<SpaScarExplainer>(
              html`<spa-scar-explainer layout=${layout} style=${`width: ${width}px`}></spa-scar-explainer>`,
            );
            for (const name of $$(el, '[data-type] .tab-name, [data-type] .card-name')) {
              expect(wordsSplitAcrossLines(name), `${locale} ${layout} ${width}px`).to.deep.equal([]);
            }
          }
        }
      }
      await setLocale('en');
    });
  });

  describe('attributes', () => {
    it('types filters and orders; unknown ids warn once and are skipped', async () => {
      const el = await fixture<SpaScarExplainer>(
        html`<spa-scar-explainer types="rolling  icepick nope rolling <b>x</b>"></spa-scar-explainer>`,
      );
      expect(tabIds(el)).to.deep.equal(['rolling', 'icepick']);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('types=');
      expect(warnings.messages[0]).to.contain('icepick, boxcar-shallow');
      expect(warnings.messages[0], 'what it shows instead').to.contain('"rolling icepick"');
      el.removeAttribute('types');
      await el.updateComplete;
      expect(tabIds(el)).to.deep.equal([...SCAR_TYPE_IDS]);
    });

    it('types forgives capitals and commas: "Rolling, ICEPICK"', async () => {
      const el = await fixture<SpaScarExplainer>(html`<spa-scar-explainer types="Rolling, ICEPICK"></spa-scar-explainer>`);
      expect(tabIds(el)).to.deep.equal(['rolling', 'icepick']);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('types naming one type shows its details at once, with nothing to choose from, in either layout', async () => {
      for (const layout of ['tabs', 'cards']) {
        const el = await fixture<SpaScarExplainer>(
          html`<spa-scar-explainer types="rolling" layout=${layout}></spa-scar-explainer>`,
        );
        expect($$(el, '[role="tablist"], [role="listbox"], [role="tab"], [role="option"], .hint'), layout).to.have.length(0);
        expect(panelTitle(el), layout).to.equal('Rolling scars');
        expect($$(el, '[part="drawing"] svg'), layout).to.have.length(1);
        expect(el.selected, layout).to.equal(null);
        await expect(el).to.be.accessible();
      }
      expect(warnings.messages).to.deep.equal([]);
    });

    it('one type per explainer: each is a region named after its type, so a page of several tells them apart', async () => {
      // A page with a section on rolling scars and one on ice pick scars had two regions both
      // called "Acne scar types" (axe: landmark-unique).
      const page = await fixture<HTMLDivElement>(html`<div>
        <spa-scar-explainer types="rolling"></spa-scar-explainer>
        <spa-scar-explainer types="icepick" layout="cards"></spa-scar-explainer>
      </div>`);
      const explainers = [...page.querySelectorAll('spa-scar-explainer')];
      await Promise.all(explainers.map((el) => el.updateComplete));
      expect(explainers.map((el) => $(el, '[part="base"]').getAttribute('aria-label'))).to.deep.equal([
        'Rolling scars',
        'Ice pick scars',
      ]);
      await expect(page).to.be.accessible();
    });

    it('types with nothing valid (or empty) shows all, with a warning', async () => {
      for (const value of ['', 'garbage', '-1 NaN']) {
        const el = await fixture<SpaScarExplainer>(html`<spa-scar-explainer types=${value}></spa-scar-explainer>`);
        expect(tabIds(el)).to.deep.equal([...SCAR_TYPE_IDS]);
      }
      expect(warnings.messages.filter((m) => m.includes('types='))).to.have.length(3);
    });

    it('selected: invalid or not shown warns and selects nothing; removed restores none', async () => {
      const el = await fixture<SpaScarExplainer>(
        html`<spa-scar-explainer types="rolling pih" selected="keloid"></spa-scar-explainer>`,
      );
      expect(panelTitle(el)).to.equal('Rolling scars');
      expect(warnings.messages[0]).to.contain('selected="keloid"');
      el.setAttribute('selected', 'PIH');
      await el.updateComplete;
      expect(panelTitle(el)).to.equal('Dark marks (PIH)');
      el.removeAttribute('selected');
      await el.updateComplete;
      expect(panelTitle(el)).to.equal('Rolling scars');
      expect(warnings.messages).to.have.length(1);
    });

    it('layout: invalid warns and falls back to tabs; removed restores tabs', async () => {
      const el = await fixture<SpaScarExplainer>(html`<spa-scar-explainer layout="carousel"></spa-scar-explainer>`);
      expect($(el, '[role="tablist"]')).to.not.equal(null);
      expect(warnings.messages[0]).to.contain('layout="carousel"');
      el.setAttribute('layout', 'cards');
      await el.updateComplete;
      expect($(el, '[role="listbox"]')).to.not.equal(null);
      el.removeAttribute('layout');
      await el.updateComplete;
      expect($(el, '[role="tablist"]')).to.not.equal(null);
    });

    it('hide-alternatives hides "What else providers use"; removed shows it again', async () => {
      const el = await fixture<SpaScarExplainer>(html`<spa-scar-explainer hide-alternatives></spa-scar-explainer>`);
      expect($(el, '.alternatives')).to.equal(null);
      expect(el.shadowRoot!.textContent).not.to.contain('What else providers use');
      await expect(el).to.be.accessible();
      el.removeAttribute('hide-alternatives');
      await el.updateComplete;
      expect($(el, '.alternatives')).to.not.equal(null);
    });

    it('the skin tone token colours the drawings', async () => {
      const el = await fixture<SpaScarExplainer>(
        html`<spa-scar-explainer style="--spa-color-skin: rgb(120, 80, 50)"></spa-scar-explainer>`,
      );
      expect(getComputedStyle($(el, '[part="drawing"] .skin')).fill).to.equal('rgb(120, 80, 50)');
    });
  });

  describe('drawings', () => {
    /** What is drawn at a point of the drawing, in the drawing's own coordinates (300 by 140). */
    const drawnAt = (el: SpaScarExplainer, x: number, y: number) => {
      const svg = $<SVGSVGElement>(el, '[part="drawing"] svg');
      const point = new DOMPoint(x, y).matrixTransform(svg.getScreenCTM()!);
      const hit = el.shadowRoot!.elementFromPoint(point.x, point.y);
      return hit === svg ? 'nothing' : hit?.getAttribute('class');
    };

    it("the slice of skin follows the scar's surface: nothing is drawn above it", async () => {
      const el = await fixture<SpaScarExplainer>(html`<spa-scar-explainer selected="icepick" style="width: 900px"></spa-scar-explainer>`);
      // Ice pick: the surface at y 40 dives to y 98 at x 57.
      expect(drawnAt(el, 10, 20), 'above the skin').to.equal('nothing');
      expect(drawnAt(el, 57, 75), 'inside the pit').to.equal('nothing');
      expect(drawnAt(el, 10, 80), 'under the surface').to.equal('dermis');
      el.selected = 'rolling';
      await el.updateComplete;
      // Rolling: the surface sags to y 62 at x 50, and comes back up at x 90.
      expect(drawnAt(el, 50, 54), 'inside the dip').to.equal('nothing');
      expect(drawnAt(el, 90, 45), 'just under the surface between the dips').to.equal('epidermis');
    });

    it('each drawing shows what its words say lies in the skin', async () => {
      const inSlice = {rolling: 'band', hypertrophic: 'scar-tissue', keloid: 'scar-tissue', pih: 'pigment', pie: 'vessel'};
      const el = await fixture<SpaScarExplainer>(html`<spa-scar-explainer style="width: 900px"></spa-scar-explainer>`);
      for (const [type, shape] of Object.entries(inSlice)) {
        el.selected = type;
        await el.updateComplete;
        // The slice spans x 0 to 180; the view from above, right of it, has its own marks.
        const shapes = ($$(el, `[part="drawing"] .${shape}`) as unknown as SVGGraphicsElement[]).filter((drawn) => {
          const box = drawn.getBBox();
          return box.x + box.width <= 180;
        });
        expect(shapes.length, `${type}: ${shape} in the slice`).to.be.greaterThan(0);
        for (const drawn of shapes) {
          const style = getComputedStyle(drawn);
          expect(style.fill === 'none' && style.stroke === 'none', `${type}: painted`).to.equal(false);
        }
      }
    });

    it("paints every shape, in the drawings and on the tabs, in its own colour: none in the browser's default black", async () => {
      // A shape whose class has no rule is filled black: a black disc over the view from
      // above, black fat, black pigment.
      const el = await fixture<SpaScarExplainer>(html`<spa-scar-explainer style="width: 900px"></spa-scar-explainer>`);
      for (const type of SCAR_TYPE_IDS) {
        el.selected = type;
        await el.updateComplete;
        const shapes = $$(el, 'svg :is(rect, circle, ellipse, path):not(defs *)');
        expect(shapes.length, type).to.be.greaterThan(40);
        for (const shape of shapes) {
          const name = `${type}: ${shape.closest('svg')!.getAttribute('class')} .${shape.getAttribute('class')}`;
          expect(getComputedStyle(shape).fill, name).to.not.equal('rgb(0, 0, 0)');
        }
      }
    });

    it('shades the deep boxcar dents darker than the shallow ones, and draws the fading flat marks fainter', async () => {
      const el = await fixture<SpaScarExplainer>(html`<spa-scar-explainer style="width: 900px"></spa-scar-explainer>`);
      /** The sum of a colour's three channels, as the browser computed it (rgb() or color(srgb)). */
      const lightness = (shape: Element) =>
        getComputedStyle(shape).fill.match(/[\d.]+/g)!.slice(0, 3).map(Number).reduce((a, b) => a + b);
      const dent = async (type: string) => {
        el.selected = type;
        await el.updateComplete;
        return lightness($(el, '[part="drawing"] .dent'));
      };
      expect(await dent('boxcar-deep')).to.be.lessThan(await dent('boxcar-shallow'));
      for (const type of ['pih', 'pie']) {
        el.selected = type;
        await el.updateComplete;
        const marks = $$(el, '[part="drawing"] .faint').map((mark) => Number(getComputedStyle(mark).opacity));
        expect(marks, type).to.have.length(1);
        expect(marks[0], type).to.be.lessThan(1);
      }
    });
  });

  describe('localization', () => {
    afterEach(() => setLocale('en'));
    it('switches names, ratings and drawings to Spanish and French', async () => {
      const el = await fixture<SpaScarExplainer>(html`<spa-scar-explainer selected="keloid"></spa-scar-explainer>`);
      await setLocale('es');
      await el.updateComplete;
      expect(panelTitle(el)).to.equal('Queloides');
      expect($(el, '[part="verdict"]').textContent).to.contain('No es adecuado');
      expect($(el, '[role="tablist"]').getAttribute('aria-label')).to.equal('Tipos de cicatrices de acné');
      expect($(el, '[part="drawing"] svg').getAttribute('aria-label')).to.match(/^Queloides: /);
      await setLocale('fr');
      await el.updateComplete;
      expect(panelTitle(el)).to.equal('Chéloïdes');
      expect($(el, '[part="drawing"] svg').getAttribute('aria-label')).to.contain('Chéloïdes');
      await expect(el).to.be.accessible();
    });

    it('citations are separated as each language punctuates: "; " in English and Spanish, " ; " in French', async () => {
      const el = await fixture<SpaScarExplainer>(html`<spa-scar-explainer selected="icepick"></spa-scar-explainer>`);
      const cite = () => $(el, '[part="verdict"] .cite').textContent;
      // The year stays on the line of its author (a no-break space): never "IDOJ / 2024)".
      expect(cite()).to.equal('(Garg & Chaudhary; IDOJ\u00a02024)');
      await setLocale('es');
      await el.updateComplete;
      expect(cite()).to.equal('(Garg & Chaudhary; IDOJ\u00a02024)');
      // A narrow no-break space, as before the kit's other French semicolons.
      await setLocale('fr');
      await el.updateComplete;
      expect(cite()).to.equal('(Garg & Chaudhary\u202f; IDOJ\u00a02024)');
    });

    it('every citation keeps its year with the name before it, in the text and in the list of sources', async () => {
      const el = await fixture<SpaScarExplainer>(html`<spa-scar-explainer selected="rolling"></spa-scar-explainer>`);
      $(el, 'details').setAttribute('open', '');
      const cites = [...el.shadowRoot!.querySelectorAll('.cite')].map((node) => node.textContent!);
      // A list entry opens with the label ("Jacob 2001. Acne scarring: … 2001;45:109-17").
      const labels = [...el.shadowRoot!.querySelectorAll('[part="sources"] li')].map(
        (node) => node.textContent!.trim().split('. ')[0],
      );
      const texts = [...cites, ...labels];
      expect(texts.filter((text) => /\s(19|20)\d\d\b/.test(text))).to.have.length.greaterThan(5);
      expect(texts.filter((text) => / (19|20)\d\d\b/.test(text))).to.deep.equal([]);
    });

    it('Spanish keloids: the risk is scarring ("cicatrización" would be healing), and the aliases line fits a masculine name', async () => {
      const el = await fixture<SpaScarExplainer>(html`<spa-scar-explainer selected="keloid"></spa-scar-explainer>`);
      await setLocale('es');
      await el.updateComplete;
      const verdict = $(el, '[part="verdict"]').textContent!;
      expect(verdict).to.contain('la formación de cicatrices es uno de sus riesgos');
      expect(verdict).not.to.contain('cicatrización');
      // "Queloides" is masculine: "También llamadas" (feminine) does not agree with it.
      expect($(el, '.aliases').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Otros nombres: cicatrices queloides');
    });

    it('no type name is split mid-word, in tabs or cards, in any language, 240 to 1,200 px wide, at 16 and 32 px text', async () => {
      // At 32 px, cards 180 px wide split "hypertrophi / ques" on a wide screen.
      for (const textPx of [16, 32]) {
        for (const layout of ['tabs', 'cards']) {
          const wrapper = await fixture<HTMLDivElement>(
            html`<div><spa-scar-explainer layout=${layout}></spa-scar-explainer></div>`,
          );
          const el = wrapper.querySelector<SpaScarExplainer>('spa-scar-explainer')!;
          await inEveryLanguageAndWidth(wrapper, el, (where) => {
            expect(wordsSplitAcrossLines($(el, `[part="${layout}"]`)), `${layout}, ${where}`).to.deep.equal([]);
          }, textPx);
        }
      }
    });

    it("no tab name is split mid-word where the page sets a larger --spa-space (12 or 16 px)", async () => {
      // Tabs sized in em alone left less room for the name as the space grew: "hypertrophi / ques".
      for (const space of ['12px', '16px']) {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style=${`--spa-space: ${space}`}><spa-scar-explainer></spa-scar-explainer></div>`,
        );
        const el = wrapper.querySelector<SpaScarExplainer>('spa-scar-explainer')!;
        await inEveryLanguageAndWidth(wrapper, el, (where) => {
          expect(wordsSplitAcrossLines($(el, '[part="tabs"]')), `--spa-space ${space}, ${where}`).to.deep.equal([]);
        });
      }
    });

    it('in a wide font, a long name may break inside its word but never spills out of its tab or card', async () => {
      for (const layout of ['tabs', 'cards']) {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div><spa-scar-explainer layout=${layout} style=${`--spa-font-family: ${wideFont()}`}></spa-scar-explainer></div>`,
        );
        const el = wrapper.querySelector<SpaScarExplainer>('spa-scar-explainer')!;
        await inEveryLanguageAndWidth(wrapper, el, (where) => {
          for (const box of $$(el, '[data-type]')) {
            expect(box.scrollWidth, `${layout}, ${where}, ${box.dataset.type}`).to.be.at.most(box.clientWidth);
          }
        });
      }
    });
  });
});
