import {expect, fixture, html} from '@open-wc/testing';
import {render} from 'lit';
import {wholeWords, wholeWordsStyles} from '../src/shared/whole-words.js';

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
