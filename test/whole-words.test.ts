import {expect, fixture, html} from '@open-wc/testing';
import {render} from 'lit';
import {wholeWords, wholeWordsStyles} from '../src/shared/whole-words.js';
import {wordsSplitAcrossLines} from './helpers.js';

// Linux Chromium has no hyphenation dictionaries, so a soft hyphen stands in for one: it is a
// hyphenation point every browser honours, taken as greedily as a dictionary's.
const NAME = 'Cicatrices hyper\u00adtrophiques';

/** A name rendered by wholeWords in a box of the given width (in em of a 16 px font). */
async function nameIn(widthEm: number) {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const root = host.attachShadow({mode: 'open'});
  root.adoptedStyleSheets = [wholeWordsStyles.styleSheet!];
  const box = document.createElement('div');
  box.style.cssText = `width: ${widthEm}em; font: 16px/1.5 "Liberation Serif", serif`;
  root.append(box);
  render(wholeWords(NAME), box);
  const [first, long] = [...box.querySelectorAll<HTMLElement>('.word')];
  return {box, first, long};
}

describe('wholeWords', () => {
  it('keeps each word whole, with the text unchanged, where the word fits on a line of its own', async () => {
    // Room for "Cicatrices hyper-" on the first line and for the whole word on the next one:
    // plain text breaks at the hyphenation point ("hyper-/trophiques"); whole words do not.
    const {box, first, long} = await nameIn(9);
    expect(box.textContent).to.equal(NAME);
    expect(long.getBoundingClientRect().top).to.be.above(first.getBoundingClientRect().top);
    expect(long.offsetHeight, 'one line').to.equal(24);
  });

  it('breaks a word only when it alone is wider than the line, and then inside the line', async () => {
    const {box, long} = await nameIn(5);
    expect(long.offsetHeight, 'hyphenated over two lines').to.equal(48);
    expect(long.getBoundingClientRect().right).to.be.at.most(box.getBoundingClientRect().right);
  });
});

describe("a page's hyphens: auto", () => {
  it('stays out of the widgets: their sentences, headings and buttons break between words, as on any page', async () => {
    // Themes set it on the body for their own text, and it is inherited into shadow roots. The
    // widgets' names hyphenate only a word wider than its line (wholeWords, above); everything
    // else keeps words whole, as the widgets promise wherever they are pasted. Firefox has the
    // dictionaries to show it; Linux Chromium has none, so there the computed value tells.
    await import('../src/index.js');
    // A browser loads its dictionaries on first use: a control paragraph says when they are in.
    const control = await fixture<HTMLParagraphElement>(
      html`<p lang="en" style="hyphens: auto; width: 4em">consultation hyphenation</p>`,
    );
    for (let wait = 0; wait < 40 && !wordsSplitAcrossLines(control).length; wait++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const hyphenates = wordsSplitAcrossLines(control).length > 0;
    const page = await fixture<HTMLDivElement>(html`<div lang="en" style="hyphens: auto; width: 250px">
      <spa-session-estimator scar-type="rolling" severity="3" price="250"></spa-session-estimator>
      <spa-scar-explainer selected="rolling"></spa-scar-explainer>
      <spa-book-button href="https://calendly.com/botanica/mn" label="Book a complimentary consultation"></spa-book-button>
    </div>`);
    const widgets = [...page.children] as (HTMLElement & {updateComplete: Promise<unknown>})[];
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    for (const widget of widgets) {
      const root = widget.shadowRoot!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const split: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || !node.textContent!.trim() || parent.closest('.word, style, .visually-hidden')) continue;
        expect(getComputedStyle(parent).hyphens, `${widget.localName} <${parent.localName}>`).to.equal('manual');
        split.push(...wordsSplitAcrossLines(node));
      }
      expect(split, `${widget.localName} (this browser hyphenates: ${hyphenates})`).to.deep.equal([]);
    }
  });
});
