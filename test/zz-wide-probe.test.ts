import {fixture, html} from '@open-wc/testing';
import '../src/index.js';
import {inEveryLanguageAndWidth, wideFont, wordsSplitAcrossLines} from './helpers.js';

function overflowing(root: ShadowRoot): string[] {
  const out: string[] = [];
  for (const node of root.querySelectorAll<HTMLElement>('*')) {
    if (node instanceof SVGElement) continue;
    const style = getComputedStyle(node);
    if (style.display === 'none' || style.display === 'contents') continue;
    if (node.scrollWidth > node.clientWidth + 1 && node.clientWidth > 0 && style.overflowX === 'visible') {
      out.push(`${node.localName}.${node.className} ${node.scrollWidth}>${node.clientWidth}`);
    }
  }
  return out;
}

for (const tag of ['spa-scar-explainer layout=tabs', 'spa-scar-explainer layout=cards', 'spa-session-estimator', 'spa-book-button']) {
  for (const font of ['DejaVu Serif', 'DejaVu Sans', 'Verdana']) {
    it(`${tag} ${font}`, async () => {
      const [name, attr] = tag.split(' ');
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.innerHTML = `<${name} ${attr ?? ''} scar-type="boxcar-deep" severity="3" price="250" href="https://calendly.com/x" style="--spa-font-family:'${font}'"></${name}>`;
      const el = wrapper.firstElementChild as HTMLElement & {updateComplete: Promise<unknown>};
      await el.updateComplete;
      const seen = new Set<string>();
      await inEveryLanguageAndWidth(wrapper, el, (where) => {
        for (const o of overflowing(el.shadowRoot!)) seen.add(`overflow ${where.split(',')[0]} ${o}`);
        for (const w of wordsSplitAcrossLines(el.shadowRoot!)) seen.add(`split ${where} ${w}`);
      });
      console.log(`${tag} ${font}\n  ` + [...seen].slice(0, 40).join('\n  '));
      void wideFont;
    });
  }
}
