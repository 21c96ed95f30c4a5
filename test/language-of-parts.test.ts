/**
 * WCAG 3.1.2 Language of Parts. The kit's text is not always in the page's language: a German
 * or Hebrew page gets English, a page may call setLocale(). Screen readers pick their voice, and
 * browsers their hyphenation, from `lang`; so the elements holding the kit's own text say which
 * language it is in, and lay it out left to right as every shipped language is written. Text the
 * page gives (a label, a slotted link) keeps the page's language.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {setLocale} from '../src/index.js';
import type {SpaBookButton} from '../src/components/book-button/book-button.js';
import {nextEvent} from './helpers.js';

type Rendered = HTMLElement & {updateComplete: Promise<unknown>};
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;

/** Sets `<html lang>` and waits for the kit to follow it. */
async function pageLanguage(lang: string): Promise<void> {
  document.documentElement.lang = lang;
  await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('the language and direction of the kit’s own text', () => {
  const original = {lang: document.documentElement.lang, dir: document.documentElement.dir};
  afterEach(async () => {
    document.documentElement.dir = original.dir;
    await pageLanguage(original.lang);
    await setLocale('en');
  });

  it('on a German page the English text says it is English', async () => {
    await pageLanguage('de');
    const page = await fixture<HTMLDivElement>(html`<div>
      <spa-scar-explainer></spa-scar-explainer>
      <spa-session-estimator scar-type="rolling" severity="3" price="1250"></spa-session-estimator>
      <spa-book-button href="/" target="dialog"></spa-book-button>
    </div>`);
    const [explainer, estimator, button] = [...page.children] as Rendered[];
    await Promise.all([explainer, estimator, button].map((el) => el.updateComplete));
    expect($(explainer, '[part="panel"] .title').textContent!.trim()).to.equal('Ice pick scars');
    expect($(explainer, '[part="panel"] .title').matches(':lang(en)')).to.equal(true);
    expect($(explainer, '[part="base"]').lang).to.equal('en');
    expect($(estimator, '.result .headline').matches(':lang(en)')).to.equal(true);
    expect($(estimator, '[part="base"]').lang).to.equal('en');
    // English sentences get English numbers, not German ones ("1.250 $").
    expect($(estimator, '[part="result"]').textContent).to.contain('$1,250 per session');
    expect($(button, '[part="label"]').textContent).to.equal('Book now');
    expect($(button, '[part="label"]').matches(':lang(en)')).to.equal(true);
    expect($(button, 'dialog').matches(':lang(en)')).to.equal(true);
    // The page's own elements stay German.
    expect(page.matches(':lang(de)')).to.equal(true);
  });

  it('a label or slotted link from the page keeps the page’s language', async () => {
    await pageLanguage('de');
    const page = await fixture<HTMLDivElement>(html`<div>
      <spa-book-button href="/" label="Jetzt buchen"></spa-book-button>
      <spa-book-button><a href="/">Termin buchen</a></spa-book-button>
    </div>`);
    for (const button of page.children as HTMLCollectionOf<Rendered>) {
      await button.updateComplete;
      expect($(button, '[part="label"]').matches(':lang(de)'), button.outerHTML).to.equal(true);
    }
  });

  it('a label keeps the language of the section, or the link, the page wrote it in', async () => {
    // Stated on the label itself: Firefox does not carry a language into a shadow root.
    await pageLanguage('en');
    const page = await fixture<HTMLDivElement>(html`<div>
      <section lang="de"><spa-book-button href="/" label="Jetzt buchen"></spa-book-button></section>
      <spa-book-button><a href="/" lang="fr">Réserver</a></spa-book-button>
      <spa-book-button href="/" label="Book a consultation"></spa-book-button>
    </div>`);
    const [german, french, english] = [...page.querySelectorAll<Rendered>('spa-book-button')];
    for (const button of [german, french, english]) await button.updateComplete;
    expect($(german, '[part="label"]').lang).to.equal('de');
    expect($(french, '[part="label"]').lang).to.equal('fr');
    expect($(english, '[part="label"]').lang).to.equal('en');
    // The page changes its language: the label follows.
    await pageLanguage('en-GB');
    await english.updateComplete;
    expect($(english, '[part="label"]').lang).to.equal('en-GB');
  });

  it('follows the locale: a regional page tag, and a locale the page sets itself', async () => {
    await pageLanguage('es-MX');
    const el = await fixture<Rendered>(html`<spa-session-estimator></spa-session-estimator>`);
    expect($(el, '[part="base"]').lang).to.equal('es-MX');
    expect($(el, 'legend').textContent).to.contain('¿');
    // The POSIX form some CMSs write is read as the same tag.
    await pageLanguage('es_MX');
    await el.updateComplete;
    expect($(el, '[part="base"]').lang).to.equal('es-MX');
    await pageLanguage('en');
    await setLocale('fr');
    await el.updateComplete;
    expect($(el, '[part="base"]').lang).to.equal('fr');
    expect($(el, 'legend').matches(':lang(fr)')).to.equal(true);
  });

  it('a new regional tag of the same language redraws dates and the lang (en-US → en-GB)', async () => {
    await pageLanguage('en-US');
    const el = await fixture<Rendered>(html`<spa-session-estimator scar-type="rolling" severity="3"></spa-session-estimator>`);
    const firstDate = () => $(el, '[part="timeline"] .step-date').textContent!.trim();
    const day = new Date().getDate();
    expect(firstDate()).to.match(new RegExp(`[A-Z][a-z]{2} ${day}\\b`));
    await pageLanguage('en-GB');
    await el.updateComplete;
    expect($(el, '[part="base"]').lang).to.equal('en-GB');
    expect(firstDate()).to.match(new RegExp(`\\b${day} [A-Z][a-z]{2}`));
  });

  it('on a right-to-left page the English text reads left to right, and the arrows follow what is seen', async () => {
    document.documentElement.dir = 'rtl';
    await pageLanguage('he');
    const page = await fixture<HTMLDivElement>(html`<div>
      <spa-scar-explainer></spa-scar-explainer>
      <spa-session-estimator></spa-session-estimator>
    </div>`);
    const [explainer, estimator] = [...page.children] as Rendered[];
    await Promise.all([explainer.updateComplete, estimator.updateComplete]);
    expect(getComputedStyle(page).direction).to.equal('rtl');
    expect(getComputedStyle($(explainer, '[part="base"]')).direction).to.equal('ltr');
    expect(getComputedStyle($(estimator, '[part="base"]')).direction).to.equal('ltr');
    // The second tab is drawn to the right of the first, so ArrowRight goes to it.
    const [first, second] = [$(explainer, '[data-type="icepick"]'), $(explainer, '[data-type="boxcar-shallow"]')];
    expect(second.getBoundingClientRect().left).to.be.above(first.getBoundingClientRect().left);
    first.focus();
    const selected = nextEvent<CustomEvent>(explainer, 'spa-scar-select');
    await sendKeys({press: 'ArrowRight'});
    expect((await selected).detail.type).to.equal('boxcar-shallow');
  });

  it('a floating button takes the right-to-left page’s corner, bottom left', async () => {
    document.documentElement.dir = 'rtl';
    await pageLanguage('he');
    const el = await fixture<SpaBookButton>(html`<spa-book-button href="/" floating></spa-book-button>`);
    const box = el.getBoundingClientRect();
    expect(box.left).to.equal(16);
    expect(window.innerHeight - box.bottom).to.equal(16);
    expect($(el, '[part="label"]').matches(':lang(en)')).to.equal(true);
  });

  it('in French and Spanish, the sources (English titles) say they are English; the kit’s note on them does not', async () => {
    for (const lang of ['fr', 'es']) {
      await pageLanguage(lang);
      const el = await fixture<Rendered>(html`<spa-scar-explainer selected="pih"></spa-scar-explainer>`);
      const items = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="sources"] li')];
      expect(items.length, lang).to.be.greaterThan(2);
      for (const item of items) {
        const title = item.querySelector<HTMLElement>('[lang="en"]');
        expect(title, `${lang}: ${item.textContent}`).to.exist;
        expect(title!.textContent).to.match(/^\S.*\.$/);
        // The whole entry but the kit's own words: "Web page, not peer-reviewed." and "opens in a new tab".
        const own = [...item.querySelectorAll('em, .visually-hidden')].map((node) => node.textContent).join('');
        expect(item.textContent!.replace(/\s+/g, ''), lang).to.equal((title!.textContent! + own).replace(/\s+/g, ''));
        for (const note of item.querySelectorAll('em, .visually-hidden')) {
          expect(note.matches(`:lang(${lang})`), `${lang}: ${note.textContent}`).to.equal(true);
        }
      }
    }
  });

  it('the open dialog says it is English on a German page', async () => {
    await pageLanguage('de');
    const el = await fixture<SpaBookButton>(html`<spa-book-button href="/" target="dialog"></spa-book-button>`);
    await el.openDialog();
    const dialog = $(el, 'dialog');
    expect(dialog.matches(':lang(en)')).to.equal(true);
    expect(dialog.querySelector('[part="new-tab-link"]')!.matches(':lang(en)')).to.equal(true);
    (dialog as HTMLDialogElement).close();
  });
});
