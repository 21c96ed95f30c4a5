/** The demo spa page (demo/index.html): the page a spa owner judges the kit by. */
import {expect} from '@open-wc/testing';
import {loadPage} from './helpers.js';

describe('demo/index.html', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  for (const width of [390, 1280, 1920]) {
    it(`lines its sections up on one left edge, the coloured bands too, at ${width} px`, async () => {
      frame = await loadPage('/demo/index.html', {width, height: 900});
      const page = frame.contentDocument!;
      const left = (selector: string) => page.querySelector(selector)!.getBoundingClientRect().left;
      const edges = {
        hero: left('.hero h1'),
        scars: left('#scars h2'),
        estimate: left('#estimate h2'),
        expect: left('#expect h2'),
        faq: left('#faq h2'),
      };
      expect(edges.hero, 'the hero starts inside the page').to.be.above(0);
      for (const [section, edge] of Object.entries(edges)) {
        expect(edge, `${section} at ${width} px: ${JSON.stringify(edges)}`).to.equal(edges.hero);
      }
    });
  }
});
