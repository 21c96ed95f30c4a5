/**
 * WCAG 1.4.12 Text Spacing: a reader's tool sets line height 1.5, paragraph spacing 2em, letter
 * spacing 0.12em and word spacing 0.16em. The elements shield themselves from page CSS, so the
 * spacing is applied inside each shadow root, as such a tool would have to. Then no text may be
 * cut off or spill out of its box.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import {setLocale} from '../src/index.js';

const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }`;

function applyTextSpacing(host: Element): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(TEXT_SPACING);
  host.shadowRoot!.adoptedStyleSheets = [...host.shadowRoot!.adoptedStyleSheets, sheet];
}

/** Boxes under `root` whose content is wider than they are, or cut off at the bottom. */
function textCutOff(root: ParentNode): string[] {
  const found: string[] = [];
  for (const box of root.querySelectorAll<HTMLElement>('*')) {
    if (box instanceof SVGElement || box.classList.contains('visually-hidden') || box.clientWidth === 0) continue;
    const name = `${box.localName}.${box.className}`;
    if (box.scrollWidth > box.clientWidth + 1) found.push(`${name}: ${box.scrollWidth - box.clientWidth}px too wide`);
    const clips = getComputedStyle(box).overflowY !== 'visible';
    if (clips && box.scrollHeight > box.clientHeight + 1) found.push(`${name}: ${box.scrollHeight - box.clientHeight}px cut off`);
  }
  return found;
}

describe('text spacing (WCAG 1.4.12)', () => {
  afterEach(async () => {
    await setLocale('en');
    await setViewport({width: 800, height: 600});
  });

  it('no text is cut off or spills out, in every element and state, language and width', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <spa-scar-explainer></spa-scar-explainer>
      <spa-scar-explainer layout="cards" selected="pih"></spa-scar-explainer>
      <spa-session-estimator scar-type="rolling" severity="3" price="250" package-size="3" package-price="650"></spa-session-estimator>
      <spa-session-estimator scar-type="icepick" severity="4"></spa-session-estimator>
      <spa-session-estimator></spa-session-estimator>
      <spa-book-button href="https://calendly.com/botanica/mn" label="Book a free consultation"></spa-book-button>
      <spa-book-button href="https://calendly.com/botanica/mn" size="sm" variant="outline"></spa-book-button>
    </div>`);
    const hosts = [...page.children] as (HTMLElement & {updateComplete: Promise<unknown>})[];
    await Promise.all(hosts.map((host) => host.updateComplete));
    // One estimator stopped by a safety answer, so that state is measured too.
    hosts[4].setAttribute('scar-type', 'boxcar-shallow');
    hosts[4].setAttribute('severity', '2');
    await hosts[4].updateComplete;
    hosts[4].shadowRoot!.querySelector<HTMLInputElement>('input[value="pregnant"]')!.click();
    hosts.forEach(applyTextSpacing);

    for (const locale of ['en', 'es', 'fr']) {
      await setLocale(locale);
      for (const width of [320, 1024]) {
        await setViewport({width, height: 800});
        await Promise.all(hosts.map((host) => host.updateComplete));
        for (const host of hosts) {
          expect(textCutOff(host.shadowRoot!), `${host.localName} in ${locale} at ${width}px`).to.deep.equal([]);
        }
      }
    }
    // The spacing really is in force inside the elements.
    const legend = hosts[2].shadowRoot!.querySelector('legend')!;
    expect(parseFloat(getComputedStyle(legend).letterSpacing)).to.be.above(1);
  });

  it('the check sees text that is cut off (so the test above can fail)', async () => {
    const box = await fixture<HTMLDivElement>(html`<div>
      <p style="width: 120px; height: 1.2em; overflow: hidden">Visible at conversation distance</p>
    </div>`);
    expect(textCutOff(box)).to.have.length(1);
  });
});
