/**
 * The layouts pages put the widgets in. The explainer and the estimator answer container
 * queries, and the containment those need gives an element no width of its own: in a centred
 * flex column, a flex row, a float, an inline-block or a table cell (all of which size a box by
 * its content) they were drawn 0 px wide. Each must fill the space it is given, or, where the
 * page leaves the width to its content, take a readable 20em, or less where there is less room,
 * never spilling out of the page.
 */
import {expect, fixture} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import {setLocale} from '../src/index.js';
import {SCAR_TYPE_IDS} from '../src/data/scar-types.js';
import {SCREENING} from '../src/data/screening.js';
import {nextFrame, overflowingBelow, spillingOut} from './helpers.js';

const READABLE = 320; // 20em at 16 px

/** What a widget's width should be, given its page's box. */
type Expected = (page: HTMLElement) => number;
const fillsSpace: Expected = (page) => page.querySelector('.space')!.getBoundingClientRect().width;
const readable: Expected = (page) => Math.min(READABLE, page.getBoundingClientRect().width);

/** Page markup around the widget (`<X></X>`), and the width the widget should take there. */
const LAYOUTS: Record<string, {markup: string; expected: Expected}> = {
  'a block': {markup: '<div class="space"><X></X></div>', expected: fillsSpace},
  'a block, with margins the page gives it': {
    markup: '<div class="space" style="padding-inline: 24px"><X style="margin-inline: 24px"></X></div>',
    expected: (page) => fillsSpace(page) - 96,
  },
  'a centred flex column': {
    markup: '<div class="space" style="display: flex; flex-direction: column; align-items: center"><h2>Title</h2><X></X></div>',
    expected: fillsSpace,
  },
  'a flex row, alone': {markup: '<div class="space" style="display: flex"><X></X></div>', expected: fillsSpace},
  'a flex row, beside a picture': {
    markup: '<div class="space" style="display: flex; gap: 16px"><img alt="" style="flex: none; width: 120px; height: 80px"><X></X></div>',
    expected: (page) => fillsSpace(page) - 136,
  },
  'a grid column': {markup: '<div class="space" style="display: grid; grid-template-columns: auto"><X></X></div>', expected: fillsSpace},
  // Webflow's default grid. Its `1fr` columns go no narrower than their content asks: while the
  // widgets asked for 20em, two side by side on a phone widened the page to 664 px.
  'one of two grid columns of 1fr': {
    markup: '<div style="display: grid; grid-template-columns: 1fr 1fr; gap: 16px"><div class="space"><X></X></div><div><X></X></div></div>',
    expected: fillsSpace,
  },
  // A row that wraps, on a 320 px phone: the widget may be narrower than 20em.
  'a flex row that wraps': {
    markup: '<div style="display: flex; flex-wrap: wrap"><div class="space"><X></X></div><div><X></X></div></div>',
    expected: fillsSpace,
  },
  // Where the page sizes the box by what is in it, the widget's own width is a readable 20em.
  'a page builder block in a flex row': {markup: '<div style="display: flex"><div><X></X></div></div>', expected: readable},
  'an inline-block': {markup: '<div style="display: inline-block"><X></X></div>', expected: readable},
  'a float': {markup: '<div style="float: left"><X></X></div><p style="clear: both"></p>', expected: readable},
  'a table cell': {markup: '<table style="border-spacing: 0"><tr><td style="padding: 0"><X></X></td></tr></table>', expected: readable},
};

describe('page layouts', () => {
  after(() => setViewport({width: 800, height: 600}));

  it('in a box that scrolls (a pop-up, a drawer, a tab panel): nothing escapes it to lengthen the page', async () => {
    for (const width of [390, 1280]) {
      await setViewport({width, height: 800});
      const page = await fixture<HTMLDivElement>(`<div style="height: 300px; overflow: auto">
        <spa-scar-explainer></spa-scar-explainer>
        <spa-session-estimator scar-type="rolling" severity="2" price="250"></spa-session-estimator>
        <spa-book-button href="https://calendly.com/botanica/microneedling"></spa-book-button>
      </div>`);
      const widgets = [...page.children] as (HTMLElement & {updateComplete: Promise<unknown>})[];
      await Promise.all(widgets.map((el) => el.updateComplete));
      expect(page.scrollHeight, `${width} px: the widgets are taller than the box`).to.be.above(1000);
      expect(document.documentElement.scrollHeight, `${width} px`).to.equal(innerHeight);
    }
  });

  it('in a 240 px sidebar read at 200% text: long words break, and nothing spills out of the panels', async () => {
    // "Microneedling:" or "anticoagulantes" at 32 px is wider than such a column: a grid's auto
    // column grew to fit it and took every line of the column past the panel's edge.
    const page = await fixture<HTMLDivElement>(`<div style="width: 240px; font: 32px/1.5 serif">
      <spa-scar-explainer></spa-scar-explainer>
      <spa-scar-explainer layout="cards"></spa-scar-explainer>
      <spa-session-estimator price="249.50" package-size="3" package-price="650"></spa-session-estimator>
    </div>`);
    const [tabs, cards, estimator] = [...page.children] as (HTMLElement & {selected: string | null})[];
    const boxes = (level: string) => SCREENING.filter((item) => item.level === level).map((item) => item.id);
    const tick = (ids: string[], checked: boolean) => {
      for (const id of ids) {
        const box = estimator.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${id}"]`)!;
        if (box.checked !== checked) box.click();
      }
    };
    try {
      for (const locale of ['en', 'es', 'fr']) {
        await setLocale(locale);
        for (const type of SCAR_TYPE_IDS) {
          tabs.selected = cards.selected = type;
          estimator.setAttribute('scar-type', type);
          for (const severity of ['1', '3', '4']) {
            estimator.setAttribute('severity', severity);
            await nextFrame();
            const where = `${locale}, ${type}, grade ${severity}`;
            expect(spillingOut(estimator), `estimator: ${where}`).to.deep.equal([]);
          }
          expect(spillingOut(tabs), `explainer tabs: ${locale}, ${type}`).to.deep.equal([]);
          expect(spillingOut(cards), `explainer cards: ${locale}, ${type}`).to.deep.equal([]);
        }
        tick(boxes('talk'), true);
        await nextFrame();
        expect(spillingOut(estimator), `estimator with every note: ${locale}`).to.deep.equal([]);
        tick(boxes('stop'), true);
        await nextFrame();
        expect(spillingOut(estimator), `estimator stopped: ${locale}`).to.deep.equal([]);
        tick([...boxes('talk'), ...boxes('stop')], false);
      }
    } finally {
      await setLocale('en');
    }
    // The words really are wider than the column's room: the check is not idle.
    const widest = document.createElement('span');
    widest.style.font = 'bold 32px serif';
    widest.textContent = 'Microneedling:';
    page.append(widest);
    expect(widest.getBoundingClientRect().width).to.be.above(tabs.shadowRoot!.querySelector('.verdict .rating')!.clientWidth);
  });

  it("cards at 40 px text in a 240 px column (200% text on a page zoomed to 125%): a rating's long word breaks inside its card", async () => {
    // "Aide généralement" sized its flex item to the word, past the card and the panel (Firefox,
    // a zoomed page 320 px wide); the name beside it already had its room capped.
    const cards = await fixture<HTMLElement & {updateComplete: Promise<unknown>}>(
      `<spa-scar-explainer layout="cards" style="width: 240px; font: 40px/1.5 serif"></spa-scar-explainer>`,
    );
    try {
      for (const locale of ['en', 'es', 'fr']) {
        await setLocale(locale);
        await cards.updateComplete;
        for (const card of cards.shadowRoot!.querySelectorAll('.card')) {
          const {left, right} = card.getBoundingClientRect();
          for (const part of card.querySelectorAll('.card-name, .rating')) {
            const box = part.getBoundingClientRect();
            expect(box.left >= left - 1 && box.right <= right + 1, `${locale}: "${part.textContent!.trim()}" in its card`).to.equal(true);
          }
        }
      }
      // The word really is wider than a rating's room in its card: the check is not idle.
      const word = document.createElement('span');
      word.style.font = 'bold 35px serif';
      word.textContent = 'généralement';
      cards.after(word);
      expect(word.getBoundingClientRect().width).to.be.above(cards.shadowRoot!.querySelector('.card .rating')!.getBoundingClientRect().width);
      word.remove();
    } finally {
      await setLocale('en');
    }
  });

  // WebKit kept a box held at its min-height at that height when a narrower window wrapped its
  // words onto more lines: the estimator's answers ran over one another, and a tab's name, and a
  // timeline's date, out of their boxes.
  it('a window made narrower (a phone turned upright, a window resized): every box still holds its words', async () => {
    for (const [from, to] of [[1280, 390], [800, 320], [390, 320]]) {
      for (const [locale, px] of [['en', 16], ['fr', 16], ['fr', 32]] as const) {
        await setLocale(locale);
        await setViewport({width: from, height: 800});
        const page = await fixture<HTMLDivElement>(`<div style="font-size: ${px}px">
          <spa-scar-explainer></spa-scar-explainer>
          <spa-scar-explainer layout="cards"></spa-scar-explainer>
          <spa-session-estimator scar-type="rolling" severity="3" price="250"></spa-session-estimator>
          <spa-book-button href="https://example.com/book" label="Book your free consultation with our skin team"></spa-book-button>
        </div>`);
        await nextFrame();
        await setViewport({width: to, height: 800});
        await nextFrame();
        for (const el of page.children) {
          expect(overflowingBelow(el), `<${el.localName}> ${from} -> ${to} px, ${locale} at ${px} px`).to.deep.equal([]);
        }
      }
    }
    await setLocale('en');
  });

  for (const tag of ['spa-scar-explainer', 'spa-session-estimator']) {
    for (const [name, {markup, expected}] of Object.entries(LAYOUTS)) {
      it(`<${tag}> in ${name}: a readable width, within the page, at 320, 390 and 1,280 px`, async () => {
        for (const width of [320, 390, 1280]) {
          await setViewport({width, height: 800});
          const page = await fixture<HTMLDivElement>(
            `<div style="font: 16px/1.5 serif">${markup.replaceAll('<X', `<${tag}`).replaceAll('</X>', `</${tag}>`)}</div>`,
          );
          const el = page.querySelector<HTMLElement & {updateComplete: Promise<unknown>}>(tag)!;
          await el.updateComplete;
          const box = el.getBoundingClientRect();
          const where = `${width} px`;
          expect(box.width, where).to.be.closeTo(expected(page), 0.5);
          // It, and any other beside it, within the page.
          for (const each of page.querySelectorAll(tag)) {
            expect(each.getBoundingClientRect().left, where).to.be.at.least(page.getBoundingClientRect().left);
            expect(each.getBoundingClientRect().right, where).to.be.at.most(page.getBoundingClientRect().right + 0.5);
          }
          // The widget's own content stays inside it, too.
          const base = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
          expect(base.scrollWidth, `${where}: nothing spills out`).to.be.at.most(base.clientWidth + 1);
        }
      });
    }
  }
});
