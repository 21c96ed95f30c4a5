import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, sendKeys, setViewport} from '@web/test-runner-commands';
import {setLocale} from '../src/index.js';
import type {SpaSessionEstimator} from '../src/components/session-estimator/session-estimator.js';
import type {EstimateSummary} from '../src/shared/estimate.js';
import {hasChromeProtocol, inEveryLanguageAndWidth, nextEvent, nextFrame, onSmoothPageWithReducedMotion, recordWarnings, sideBySideAt, tap, wideFont, wordsSplitAcrossLines} from './helpers.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
/** The text as read, without the invisible word joiners that keep a range ("3–6") on one line. */
const text = (el: Element, selector = '[part="result"]') =>
  (el.shadowRoot!.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').replace(/\u2060/g, '').trim();
const headline = (el: Element) => text(el, '.headline');
const radio = (el: Element, name: string, value: string) =>
  el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
const check = (el: Element, id: string) =>
  el.shadowRoot!.querySelector<HTMLInputElement>(`input[type="checkbox"][value="${id}"]`)!;

async function settle(el: SpaSessionEstimator) {
  await el.updateComplete;
}

describe('<spa-session-estimator>', () => {
  let warnings: ReturnType<typeof recordWarnings>;
  beforeEach(async () => {
    warnings = recordWarnings();
    await setLocale('en');
    await setViewport({width: 1280, height: 900});
  });
  afterEach(async () => {
    warnings.stop();
    await setLocale('en');
  });

  describe('states', () => {
    it('empty: the questions, a prompt, the note; accessible', async () => {
      const el = await fixture<SpaSessionEstimator>(html`<spa-session-estimator></spa-session-estimator>`);
      expect($$(el, 'input[name="type"]')).to.have.length(8);
      expect($$(el, 'input[name="grade"]').map((input) => input.closest('label')!.textContent!.trim())).to.deep.equal([
        'Flat marks only',
        'Visible up close; makeup covers them',
        'Visible at conversation distance; they flatten when the skin is stretched',
        "Visible at conversation distance; they don't flatten",
      ]);
      expect($$(el, 'input[type="checkbox"]').length).to.be.greaterThan(10);
      expect(text(el)).to.contain('Choose your scar type');
      expect(text(el, '[part="disclaimer"]')).to.contain('not medical advice');
      expect(el.estimate).to.equal(null);
      expect(warnings.messages).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('the scar pictures are drawn in the skin tone token, not left unstyled', async () => {
      const el = await fixture<SpaSessionEstimator>(
        html`<spa-session-estimator style="--spa-color-skin: rgb(120, 80, 50)"></spa-session-estimator>`,
      );
      const skin = $(el, 'input[value="rolling"] + svg .skin');
      expect(getComputedStyle(skin).fill).to.equal('rgb(120, 80, 50)');
    });

    it('result: with scar-type and severity preset it shows at once, in words', async () => {
      const el = await fixture<SpaSessionEstimator>(
        html`<spa-session-estimator scar-type="rolling" severity="3" price="250"></spa-session-estimator>`,
      );
      expect(headline(el)).to.equal('3–6 sessions, every 2–6 weeks');
      expect(text(el)).to.contain('Typically 4 sessions.');
      expect(text(el)).to.contain('About 12 weeks from the first session to the last (4–30 weeks).');
      expect(text(el)).to.contain('Results are judged 3 to 6 months after the last session');
      expect(text(el, '[part="price"]')).to.contain('$750 – $1,500 for the whole course');
      expect(text(el, '[part="price"]')).to.contain('$250 per session');
      expect(radio(el, 'type', 'rolling').checked).to.equal(true);
      expect(radio(el, 'grade', '3').checked).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('deep or severe scars: the course adds that other treatments alongside usually do best', async () => {
      const el = await fixture<SpaSessionEstimator>(
        html`<spa-session-estimator scar-type="rolling" severity="3"></spa-session-estimator>`,
      );
      const combined = 'Deep or severe scars usually do best with other treatments alongside, such as subcision';
      expect(text(el)).not.to.contain(combined);
      el.setAttribute('severity', '4');
      await settle(el);
      expect(text(el)).to.contain(combined);
      el.setAttribute('scar-type', 'boxcar-deep');
      el.setAttribute('severity', '2');
      await settle(el);
      expect(text(el), 'deep boxcar scars, at any grade').to.contain(combined);
      await expect(el).to.be.accessible();
    });

    it('the timeline shows each typical session with its date from today, then the results', async () => {
      const el = await fixture<SpaSessionEstimator>(
        html`<spa-session-estimator scar-type="boxcar-shallow" severity="2"></spa-session-estimator>`,
      );
      const steps = $$(el, '[part="timeline"] li');
      expect(steps).to.have.length(4);
      const day = (weeks: number) => {
        const date = new Date();
        date.setDate(date.getDate() + weeks * 7);
        return new Intl.DateTimeFormat('en', {month: 'short', day: 'numeric'}).format(date);
      };
      expect(steps[0].textContent).to.contain('Session 1').and.contain(day(0));
      expect(steps[1].textContent).to.contain('Session 2').and.contain(day(4));
      expect(steps[2].textContent).to.contain('Session 3').and.contain(day(8));
      expect(steps[3].textContent).to.contain('Results');
      // Results are judged 3 to 6 months after the last session (week 8): months, not days.
      const lastSession = new Date();
      lastSession.setDate(lastSession.getDate() + 8 * 7);
      const month = (later: number) =>
        new Intl.DateTimeFormat('en', {month: 'short', year: 'numeric'})
          .format(new Date(lastSession.getFullYear(), lastSession.getMonth() + later, 1))
          .replace(/\s/g, '\u00a0');
      expect(steps[3].querySelector('.step-date')!.textContent).to.equal(`${month(3)} to ${month(6)}`);
      expect($(el, '[part="timeline"] svg').getAttribute('aria-hidden')).to.equal('true');
    });

    it('a line joins the timeline dots: across in a wide container, down in a narrow one', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><spa-session-estimator scar-type="rolling" severity="3"></spa-session-estimator></div>`,
      );
      const el = wrapper.querySelector<SpaSessionEstimator>('spa-session-estimator')!;
      const lines = () => $$(el, '[part="timeline"] li').map((step) => getComputedStyle(step, '::before'));
      // Four sessions and the results: an empty timeline must not pass for lack of steps.
      expect(lines()).to.have.length(5);
      for (const line of lines()) {
        expect(line.backgroundColor).to.equal('rgb(29, 92, 87)');
        expect(line.height).to.equal('2px');
        expect(parseFloat(line.width)).to.be.above(10);
      }
      // From the middle of the first dot to the middle of the last ring, not beyond.
      const steps = $$(el, '[part="timeline"] li');
      const middle = (step: HTMLElement) => {
        const box = step.querySelector('.marker')!.getBoundingClientRect();
        return box.left + box.width / 2;
      };
      const [first, last] = [steps[0], steps[steps.length - 1]];
      expect(first.getBoundingClientRect().left + parseFloat(getComputedStyle(first, '::before').left)).to.be.closeTo(middle(first), 1);
      expect(last.getBoundingClientRect().right - parseFloat(getComputedStyle(last, '::before').right)).to.be.closeTo(middle(last), 1);
      wrapper.style.width = '320px';
      await nextFrame();
      for (const line of lines()) {
        expect(line.width).to.equal('2px');
        expect(parseFloat(line.height)).to.be.above(10);
      }
    });

    it('a range of numbers stays on one line: "(4–30 weeks)", never "(4– / 30 weeks)"', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <spa-session-estimator scar-type="rolling" severity="3" price="250"></spa-session-estimator>
      </div>`);
      const el = wrapper.querySelector<SpaSessionEstimator>('spa-session-estimator')!;
      for (const textPx of [16, 32]) {
        await inEveryLanguageAndWidth(wrapper, el, (where) => {
          expect(wordsSplitAcrossLines($(el, '.course'), /\d+\s?[–-]\u2060?\s?\d+/g), where).to.deep.equal([]);
        }, textPx);
      }
    });

    it('the timeline fits its column in every language: across when there is room, else down', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <spa-session-estimator scar-type="boxcar-deep" severity="4"></spa-session-estimator>
      </div>`);
      const el = wrapper.querySelector<SpaSessionEstimator>('spa-session-estimator')!;
      const timeline = $(el, '[part="timeline"]');
      // Grade 4: five sessions and the results, the longest timeline the table draws.
      expect(timeline.children).to.have.length(6);
      // "Jun 2027 to Sep / 2027" reads as two dates: a month keeps its year or day on its line,
      // and "Session" its number.
      const datePhrases = /\p{L}+\.?\s\d+|\d+\s\p{L}+\.?/gu;
      for (const textPx of [16, 32]) {
        await inEveryLanguageAndWidth(wrapper, el, (where) => {
          expect(timeline.scrollWidth, where).to.be.at.most(timeline.clientWidth);
          expect(wordsSplitAcrossLines(timeline), where).to.deep.equal([]);
          expect(wordsSplitAcrossLines(timeline, datePhrases), where).to.deep.equal([]);
        }, textPx);
      }
      wrapper.style.fontSize = '';
      // The page's font may be wider than Chromium's Times: Firefox on Linux picks DejaVu Serif,
      // in which "September" spilled 3 px out of its step.
      const font = wideFont();
      el.style.setProperty('--spa-font-family', font);
      await inEveryLanguageAndWidth(wrapper, el, (where) => {
        expect(timeline.scrollWidth, `${where}, ${font}`).to.be.at.most(timeline.clientWidth);
        expect(wordsSplitAcrossLines(timeline, datePhrases), `${where}, ${font}`).to.deep.equal([]);
      });
    });

    it('no count for types microneedling should not treat, with an honest explanation', async () => {
      const el = await fixture<SpaSessionEstimator>(
        html`<spa-session-estimator scar-type="icepick" severity="3" price="250"></spa-session-estimator>`,
      );
      expect(headline(el)).to.equal('Microneedling helps ice pick scars little');
      expect(text(el)).not.to.match(/sessions, every/);
      expect($(el, '[part="price"]')).to.equal(null);
      el.scarType = 'keloid';
      await settle(el);
      expect(headline(el)).to.equal('Not a treatment for raised scars');
      el.scarType = 'pie';
      await settle(el);
      expect(headline(el)).to.equal('These sound like marks, not scars');
      el.scarType = 'rolling';
      el.severity = '1';
      await settle(el);
      expect(headline(el)).to.equal('These sound like marks, not scars');
      // A keloid said to be flat keeps its own answer: a dermatologist, not sunscreen and creams.
      el.scarType = 'keloid';
      await settle(el);
      expect(headline(el)).to.equal('Not a treatment for raised scars');
      await expect(el).to.be.accessible();
    });

    it('marks: what providers use follows the kind of mark, at every grade', async () => {
      // clinical-evidence.md §1: dark marks fade with sunscreen, creams and peels; red marks with
      // time, sunscreen and vascular lasers. Grade 1 with a scar type could be either.
      const el = await fixture<SpaSessionEstimator>(html`<spa-session-estimator price="250"></spa-session-estimator>`);
      const expected = {
        pih: ['Sunscreen every day', 'Creams such as azelaic acid, retinoids, niacinamide or hydroquinone', 'Chemical peels'],
        pie: ['Time, and sunscreen every day', 'Vascular laser (pulsed dye, Nd:YAG, KTP) or IPL'],
        rolling: [
          'Sunscreen every day',
          'For dark marks: creams such as azelaic acid, retinoids, niacinamide or hydroquinone, or chemical peels',
          'For red marks: time, or a vascular laser (pulsed dye, Nd:YAG, KTP) or IPL',
        ],
      };
      for (const [type, items] of Object.entries(expected)) {
        for (const grade of type === 'rolling' ? ['1'] : ['1', '2', '3', '4']) {
          el.scarType = type;
          el.severity = grade;
          await settle(el);
          expect(headline(el), `${type} ${grade}`).to.equal('These sound like marks, not scars');
          expect($$(el, '.no-course li').map((li) => li.textContent!.trim()), `${type} ${grade}`).to.deep.equal(items);
          // The explanation names no treatment the evidence does not give for this kind of mark.
          const body = text(el, '.no-course p');
          if (type === 'pie') expect(body, `${type} ${grade}`).not.to.match(/cream|peel/i);
          if (type === 'pih') expect(body, `${type} ${grade}`).not.to.match(/laser/i);
        }
      }
      await expect(el).to.be.accessible();
    });

    it('stopped: a stop answer replaces the estimate with "please talk to a provider first"', async () => {
      const el = await fixture<SpaSessionEstimator>(
        html`<spa-session-estimator scar-type="rolling" severity="3"></spa-session-estimator>`,
      );
      check(el, 'pregnant').click();
      await settle(el);
      expect(headline(el)).to.equal('Please talk to a provider first');
      expect(text(el)).to.contain('I am pregnant or breastfeeding');
      expect(text(el)).not.to.contain('sessions, every');
      await expect(el).to.be.accessible();
      check(el, 'pregnant').click();
      await settle(el);
      expect(headline(el)).to.equal('3–6 sessions, every 2–6 weeks');
    });

    it("each result is edged in its meaning's colour, the page's tokens followed: a course good, marks caution, a stop stop (its headline too)", async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div
        style="--spa-color-good: rgb(0, 110, 40); --spa-color-caution: rgb(140, 80, 0); --spa-color-stop: rgb(160, 20, 20)"
      >
        <spa-session-estimator scar-type="rolling" severity="3"></spa-session-estimator>
      </div>`);
      const el = wrapper.querySelector<SpaSessionEstimator>('spa-session-estimator')!;
      await settle(el);
      const edge = (selector: string) => getComputedStyle($(el, selector)).borderInlineStartColor;
      expect(edge('.course')).to.equal('rgb(0, 110, 40)');
      el.scarType = 'pih';
      await settle(el);
      expect(edge('.no-course')).to.equal('rgb(140, 80, 0)');
      check(el, 'pregnant').click();
      await settle(el);
      expect(edge('.stopped')).to.equal('rgb(160, 20, 20)');
      expect(getComputedStyle($(el, '.headline')).color).to.equal('rgb(160, 20, 20)');
    });

    it('screen readers hear each new result through one status region that stays in place', async () => {
      const el = await fixture<SpaSessionEstimator>(html`<spa-session-estimator></spa-session-estimator>`);
      const status = $(el, '[role="status"]');
      expect(status.textContent).to.equal('');
      // No other live region: each result would be read twice, or not at all as it arrives.
      expect($$(el, '[aria-live], [role="status"], [role="alert"]')).to.deep.equal([status]);
      const heard: string[] = [];
      const answer = async (input: HTMLInputElement) => {
        input.click();
        await settle(el);
        expect($(el, '[role="status"]'), 'the same element').to.equal(status);
        heard.push(status.textContent!);
      };
      await answer(radio(el, 'type', 'rolling'));
      await answer(radio(el, 'grade', '3'));
      await answer(check(el, 'pregnant'));
      await answer(check(el, 'pregnant'));
      await answer(radio(el, 'type', 'icepick'));
      expect(heard).to.deep.equal([
        '',
        '3–6 sessions, every 2–6 weeks',
        'Please talk to a provider first',
        '3–6 sessions, every 2–6 weeks',
        'Microneedling helps ice pick scars little',
      ]);
      await setLocale('es');
      await settle(el);
      expect(status.textContent).to.equal(headline(el));
      expect(status.textContent).not.to.equal('Microneedling helps ice pick scars little');
      await setLocale('en');
    });

    it('the status region empties 7 s after its last message, so reading on does not repeat the headline', async function () {
      this.timeout(15000);
      const el = await fixture<SpaSessionEstimator>(html`<spa-session-estimator></spa-session-estimator>`);
      const status = $(el, '[role="status"]');
      const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
      radio(el, 'type', 'rolling').click();
      radio(el, 'grade', '3').click();
      await settle(el);
      expect(status.textContent).to.equal('3–6 sessions, every 2–6 weeks');
      await wait(3500);
      check(el, 'pregnant').click();
      await settle(el);
      // A newer message restarts the clock: 7.5 s after the first, the second is still there.
      await wait(4000);
      expect(status.textContent).to.equal('Please talk to a provider first');
      await wait(3300);
      expect(status.textContent).to.equal('');
      expect(headline(el), 'the visible result stays').to.equal('Please talk to a provider first');
      // Emptied, the region still speaks the next change.
      check(el, 'pregnant').click();
      await settle(el);
      expect(status.textContent).to.equal('3–6 sessions, every 2–6 weeks');
    });

    it('a page moving the estimator takes no stale message along in its status region', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <spa-session-estimator scar-type="rolling" severity="3"></spa-session-estimator>
      </div>`);
      const el = wrapper.querySelector<SpaSessionEstimator>('spa-session-estimator')!;
      check(el, 'pregnant').click();
      await settle(el);
      expect($(el, '[role="status"]').textContent).to.equal('Please talk to a provider first');
      // A slider or page builder moves its slides: the element is taken out and put back.
      document.body.append(el);
      await settle(el);
      expect($(el, '[role="status"]').textContent).to.equal('');
      expect(headline(el)).to.equal('Please talk to a provider first');
      el.remove();
    });

    it('screen readers hear a safety note as the visitor adds it, not only a new headline', async () => {
      const el = await fixture<SpaSessionEstimator>(
        html`<spa-session-estimator scar-type="rolling" severity="3"></spa-session-estimator>`,
      );
      const status = $(el, '[role="status"]');
      const heard: string[] = [];
      const tick = async (id: string) => {
        check(el, id).click();
        await settle(el);
        heard.push(status.textContent!);
      };
      await tick('blood-thinners');
      await tick('cold-sores');
      await tick('cold-sores');
      await tick('pregnant');
      await tick('pregnant');
      expect(heard).to.deep.equal([
        'Before you book, mention: Blood thinners: tell your provider, as you may bleed or bruise more.',
        // Only the note just added: the first was heard already.
        'Before you book, mention: Cold sores: your provider may suggest an antiviral before treatment.',
        // A note taken away: the estimate stands, and the region no longer holds a note that is gone.
        '3–6 sessions, every 2–6 weeks',
        'Please talk to a provider first',
        '3–6 sessions, every 2–6 weeks',
      ]);
    });

    it('every safety answer, as clinical-evidence.md §4 rates it: a stop replaces the estimate, a talk adds a note; each says what it is based on', async () => {
      // [label ticked, 'stop' or the note's opening, the sources cited for it]
      const answers: [string, string, string][] = [
        ['I am pregnant or breastfeeding', 'stop', 'SkinPen labelling (FDA De Novo DEN160029)'],
        ['I take isotretinoin (Accutane) now', 'stop', 'SkinPen labelling (FDA De Novo DEN160029)'],
        ['Where I would be treated, I have a breakout, an infection or cold sore, a wound, sunburn or a flare of eczema or rosacea', 'stop', 'SkinPen labelling (FDA De Novo DEN160029); Chu 2021'],
        ['I have skin cancer in that area', 'stop', 'SkinPen labelling (FDA De Novo DEN160029)'],
        ['I have a bleeding disorder', 'stop', 'SkinPen labelling (FDA De Novo DEN160029)'],
        ['I am allergic to metals or to numbing creams', 'stop', 'SkinPen labelling (FDA De Novo DEN160029); Chu 2021'],
        ['I get keloids (raised scars that spread)', 'stop', 'Clinic contraindication lists; FDA'],
        ['I stopped isotretinoin in the last 6 months', 'Isotretinoin in the last 6 months:', 'Waldman 2017; Spring 2017'],
        ['I take blood thinners', 'Blood thinners:', 'Clinic contraindication lists'],
        ['I have rosacea, eczema or psoriasis (not flaring now)', 'Rosacea, eczema or psoriasis:', 'Clinic contraindication lists'],
        ['I get cold sores from time to time', 'Cold sores:', 'Clinic contraindication lists'],
        ['My skin easily gets dark marks after spots, cuts or burns', 'Dark marks:', 'Chu 2021; Dogra 2014; IDOJ 2024'],
        ['I have diabetes, a weakened immune system, an autoimmune condition or vitiligo, or I am having chemotherapy or radiotherapy', 'Your health conditions:', 'Clinic contraindication lists; SkinPen labelling'],
        ['I had a peel, laser, filler or injection in that area recently', 'A recent treatment in the area:', 'Clinic contraindication lists'],
        ['I am under 22', 'Under 22:', 'SkinPen labelling (FDA De Novo DEN160029)'],
      ];
      const el = await fixture<SpaSessionEstimator>(
        html`<spa-session-estimator scar-type="rolling" severity="3"></spa-session-estimator>`,
      );
      const boxes = $$(el, '.check input') as HTMLInputElement[];
      expect(boxes.map((box) => box.closest('label')!.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(
        answers.map(([label]) => label),
      );
      for (const [index, [label, says, basedOn]] of answers.entries()) {
        boxes[index].click();
        await settle(el);
        const cite = text(el, '.cite');
        if (says === 'stop') {
          expect(headline(el), label).to.equal('Please talk to a provider first');
          expect(text(el, '.stopped'), label).to.contain(`Because you ticked: ${label}`);
          expect(cite, label).to.equal(`Based on: ${basedOn}`.replace(/\s+/g, ' '));
        } else {
          expect(headline(el), label).to.equal('3–6 sessions, every 2–6 weeks');
          expect(text(el, '.cautions li'), label).to.match(new RegExp(`^${says.replace(/[()]/g, '\\$&')} `));
          // The course's own sources first, then the answer's.
          expect(cite, label).to.match(/^Based on: Dogra 2014; El-Domyati 2015; Tirmizi 2021; /);
          for (const source of basedOn.split('; ')) expect(cite, label).to.contain(source);
        }
        boxes[index].click();
        await settle(el);
      }
    });

    it('a course says what to expect: scars soften rather than vanish, and the redness after each session', async () => {
      const el = await fixture<SpaSessionEstimator>(
        html`<spa-session-estimator scar-type="boxcar-shallow" severity="2"></spa-session-estimator>`,
      );
      const expectations = $$(el, '.course h4 + ul > li').map((item) => item.textContent!.replace(/\s+/g, ' ').trim());
      expect(expectations).to.deep.equal([
        // Clinical-evidence.md: about one Goodman–Baron grade; downtime hours to 3 days.
        'Scars usually soften rather than disappear: about one step on the scale doctors use.',
        'After each session, redness like a moderate sunburn, usually for a few hours to about 3 days.',
      ]);
      expect($(el, '.course h4').textContent).to.equal('What to expect');
      for (const item of $$(el, '.course h4 + ul > li')) expect(item.getClientRects().length, item.textContent!).to.be.greaterThan(0);
    });

    it('caution: a talk answer keeps the estimate and adds a note', async () => {
      const el = await fixture<SpaSessionEstimator>(
        html`<spa-session-estimator scar-type="rolling" severity="3"></spa-session-estimator>`,
      );
      check(el, 'cold-sores').click();
      check(el, 'dark-marks').click();
      await settle(el);
      expect(headline(el)).to.equal('3–6 sessions, every 2–6 weeks');
      expect(text(el, '.cautions')).to.contain('Cold sores: your provider may suggest an antiviral');
      expect(text(el, '.cautions')).to.contain('Dark marks:');
      await expect(el).to.be.accessible();
      // Both unticked: nothing left to mention, and no heading over an empty list.
      check(el, 'cold-sores').click();
      check(el, 'dark-marks').click();
      await settle(el);
      expect(text(el)).not.to.contain('Before you book');
      expect(el.shadowRoot!.querySelector('.cautions')).to.equal(null);
    });
  });

  describe('beside the form on a short laptop screen, where the result is taller than the screen', () => {
    // 1366 × 768 leaves about 650 px of page; a theme's usual line height (the demo's is 1.6),
    // in a page's content column.
    async function onShortScreen(partTop = '') {
      await setViewport({width: 1280, height: 650});
      const page = await fixture<HTMLElement>(`<div style="line-height: 1.6; max-width: 860px">
        <style>${partTop ? `spa-session-estimator::part(result) { top: ${partTop}; }` : ''}</style>
        <spa-session-estimator scar-type="rolling" severity="3" price="250" package-size="3" package-price="650"></spa-session-estimator>
      </div>`);
      const el = page.querySelector<SpaSessionEstimator>('spa-session-estimator')!;
      await settle(el);
      check(el, 'cold-sores').click();
      await settle(el);
      await nextFrame();
      return el;
    }
    const box = (el: Element, selector: string) => $(el, selector).getBoundingClientRect();
    afterEach(() => setViewport({width: 1280, height: 900}));

    it('shows its top beside the top of the form, and its end (the note just added) halfway down', async () => {
      const el = await onShortScreen();
      expect(box(el, '[part="result"]').height, 'taller than the screen').to.be.above(window.innerHeight);
      el.scrollIntoView({block: 'start'});
      await nextFrame();
      expect(box(el, '.result .headline').top).to.be.within(0, window.innerHeight / 2);
      // Halfway down the safety check, the visitor ticks a box: the note it adds is in view.
      check(el, 'blood-thinners').scrollIntoView({block: 'center'});
      await nextFrame();
      expect(box(el, '.cautions').bottom).to.be.at.most(window.innerHeight);
      expect(box(el, '[part="result"]').bottom, 'its end a little above the bottom edge').to.be.closeTo(window.innerHeight - 16, 1);
      await expect(el).to.be.accessible();
    });

    it("keeps the page's own top for a result that fits, and fits a taller one all the same", async () => {
      const el = await onShortScreen('84px');
      check(el, 'blood-thinners').scrollIntoView({block: 'center'});
      await nextFrame();
      expect(box(el, '.cautions').bottom).to.be.at.most(window.innerHeight);
      // Stuck by its end, over the page's ::part(result) top.
      expect(box(el, '[part="result"]').bottom).to.be.closeTo(window.innerHeight - 16, 1);
      // Without the note, on a taller screen, the result fits: it sits where the page put it.
      check(el, 'cold-sores').click();
      await setViewport({width: 1280, height: 900});
      await settle(el);
      await nextFrame();
      expect(box(el, '[part="result"]').height).to.be.below(900 - 84);
      expect(box(el, '[part="result"]').top).to.be.closeTo(84, 1);
    });
  });

  it('beside the form, the result stays with it as the page scrolls past: never over the disclaimer below', async () => {
    for (const [width, height, note] of [
      [1280, 900, ''],
      [1280, 650, 'cold-sores'],
      [844, 390, 'under-22'],
    ] as const) {
      await setViewport({width, height});
      // The page goes on below (here a tall box), so that it can scroll the estimator away.
      const page = await fixture<HTMLElement>(html`<div>
        <spa-session-estimator scar-type="rolling" severity="3" price="250"></spa-session-estimator>
        <div style="height: 200vh"></div>
      </div>`);
      const el = page.querySelector<SpaSessionEstimator>('spa-session-estimator')!;
      if (note) check(el, note).click();
      await settle(el);
      const result = $(el, '[part="result"]');
      const disclaimer = $(el, '[part="disclaimer"]');
      expect(getComputedStyle(result).position, `${width} × ${height}: beside the form`).to.equal('sticky');
      // From the form's top at the screen's top until the whole estimator has gone by.
      const start = window.scrollY + el.getBoundingClientRect().top;
      for (let y = start; y < start + el.offsetHeight; y += 40) {
        window.scrollTo(0, y);
        await nextFrame();
        const overlap = result.getBoundingClientRect().bottom - disclaimer.getBoundingClientRect().top;
        expect(overlap, `${width} × ${height}, scrolled ${y - start} px into the estimator`).to.be.at.most(0);
      }
      window.scrollTo(0, 0);
    }
    await setViewport({width: 1280, height: 900});
  });

  describe("in a theme that clips a wrapper's overflow, where nothing sticky can stay in view", () => {
    // Sticky sticks within the nearest box that clips its overflow. A theme's wrapper (often
    // `overflow-x: hidden` against sideways scrolling, even on `html, body`) does not scroll
    // itself: the window scrolls it, and the result would scroll away beside the safety check,
    // where a "stop" answer changes it out of sight.
    const placement = (el: Element) => {
      const result = $(el, '[part="result"]').getBoundingClientRect();
      const form = $(el, '[part="form"]').getBoundingClientRect();
      return result.top >= form.bottom ? 'after the form' : result.left >= form.right ? 'beside the form' : 'elsewhere';
    };
    const jumpShown = (el: Element) => $(el, '.jump button').getClientRects().length > 0;
    async function estimatorIn(wrapperStyle: string) {
      const page = await fixture<HTMLElement>(html`<div class="site" style=${wrapperStyle}>
        <spa-session-estimator scar-type="rolling" severity="3" price="250"></spa-session-estimator>
        <div style="height: 200vh"></div>
      </div>`);
      const el = page.querySelector<SpaSessionEstimator>('spa-session-estimator')!;
      await settle(el);
      await nextFrame();
      await nextFrame();
      return el;
    }

    for (const overflow of ['overflow: hidden', 'overflow-x: hidden', 'overflow-y: hidden']) {
      it(`a wrapper with ${overflow}: the result follows the answers, as on a phone, and the console says why`, async () => {
        const el = await estimatorIn(overflow);
        expect(placement(el)).to.equal('after the form');
        expect(jumpShown(el), '"See your estimate"').to.equal(true);
        const said = warnings.messages.filter((message) => message.includes('stay in view beside them'));
        expect(said, warnings.messages.join(' | ')).to.have.length(1);
        expect(said[0]).to.include('<div class="site"> has ' + overflow);
        expect(said[0]).to.include('overflow-x: clip');
        await expect(el).to.be.accessible();
      });
    }

    it('a wrapper with overflow: clip (what the warning suggests) keeps the result beside the form and in view', async () => {
      const el = await estimatorIn('overflow: clip');
      expect(placement(el)).to.equal('beside the form');
      expect(getComputedStyle($(el, '[part="result"]')).position).to.equal('sticky');
      expect(warnings.messages.join(' | ')).not.to.include('stay in view beside them');
    });

    // Page builders' own web components: the wrapper that clips may sit across a shadow root.
    async function expectFollowsFormFor(el: SpaSessionEstimator, wrapper: string) {
      await settle(el);
      await nextFrame();
      await nextFrame();
      expect(placement(el)).to.equal('after the form');
      expect(warnings.messages.join(' | ')).to.include(`${wrapper} has overflow-x: hidden`);
    }
    it("slotted into a page component whose shadow root clips around its slot: the same", async () => {
      const section = document.createElement('div');
      section.attachShadow({mode: 'open'}).innerHTML =
        '<div class="inner" style="overflow-x: hidden"><slot></slot><div style="height: 200vh"></div></div>';
      section.innerHTML = '<spa-session-estimator scar-type="rolling" severity="3" price="250"></spa-session-estimator>';
      (await fixture<HTMLElement>(html`<div></div>`)).append(section);
      await expectFollowsFormFor(section.querySelector('spa-session-estimator')!, '<div class="inner">');
    });

    it("inside a page component's shadow root, under a clipping wrapper of the page's: the same", async () => {
      const site = await fixture<HTMLElement>(html`<div class="site" style="overflow-x: hidden"><div></div></div>`);
      site.firstElementChild!.attachShadow({mode: 'open'}).innerHTML =
        '<spa-session-estimator scar-type="rolling" severity="3" price="250"></spa-session-estimator><div style="height: 200vh"></div>';
      await expectFollowsFormFor(site.firstElementChild!.shadowRoot!.querySelector('spa-session-estimator')!, '<div class="site">');
    });

    it('a wrapper of fixed height hiding what overflows it is the same: it does not scroll itself', async () => {
      const el = await estimatorIn('overflow: hidden; height: 150vh');
      expect(placement(el)).to.equal('after the form');
    });

    it('a clipping wrapper that fits on the screen keeps the result beside the form, without a warning', async () => {
      await setViewport({width: 1280, height: 2400});
      const page = await fixture<HTMLElement>(html`<div class="site" style="overflow-x: hidden">
        <spa-session-estimator scar-type="rolling" severity="3" price="250"></spa-session-estimator>
      </div>`);
      const el = page.querySelector<SpaSessionEstimator>('spa-session-estimator')!;
      await settle(el);
      await nextFrame();
      await nextFrame();
      expect(page.clientHeight, 'fits').to.be.below(2400);
      expect(placement(el)).to.equal('beside the form');
      expect(warnings.messages.join(' | ')).not.to.include('stay in view beside them');
    });

    it('moved into such a wrapper (a page builder placing its blocks), it looks again', async () => {
      const el = await estimatorIn('');
      expect(placement(el)).to.equal('beside the form');
      const site = document.createElement('div');
      site.style.cssText = 'overflow-x: hidden';
      const below = document.createElement('div');
      below.style.height = '200vh';
      site.append(el, below);
      document.body.append(site);
      await settle(el);
      await nextFrame();
      await nextFrame();
      expect(placement(el)).to.equal('after the form');
      site.remove();
    });

    it('on a phone, where the result follows the form anyway: the same layout, and no warning', async () => {
      await setViewport({width: 390, height: 700});
      const el = await estimatorIn('overflow-x: hidden');
      expect(placement(el)).to.equal('after the form');
      expect(warnings.messages.join(' | ')).not.to.include('stay in view beside them');
    });

    /** Runs `steps` with a theme's CSS on `<html>` and `<body>`, then takes it off. */
    async function withPageCss(css: string, steps: () => Promise<void>) {
      const page = [document.documentElement.style, document.body.style];
      const saved = page.map((style) => style.cssText);
      for (const style of page) style.cssText += css;
      try {
        await steps();
      } finally {
        page.forEach((style, index) => (style.cssText = saved[index]));
      }
    }

    it('html and body both with overflow-x: hidden (the body then clips, and the window scrolls it): the same', () =>
      withPageCss('overflow-x: hidden', async () => {
        const el = await estimatorIn('');
        expect(placement(el)).to.equal('after the form');
        expect(warnings.messages.filter((message) => message.includes('<body>')), warnings.messages.join(' | ')).to.have.length(1);
      }));

    it('a page held still under a modal (html and body hidden) when it appears: judged again at the first answer', () =>
      withPageCss('overflow: hidden', async () => {
        const el = await estimatorIn('');
        // The cookie banner's lock is not the page's layout: nothing to say yet.
        expect(warnings.messages.join(' | ')).not.to.include('stay in view beside them');
        // The banner closed, on a theme that clips html and body sideways.
        for (const style of [document.documentElement.style, document.body.style]) {
          style.overflow = '';
          style.overflowX = 'hidden';
        }
        radio(el, 'type', 'boxcar-deep').click();
        await settle(el);
        await nextFrame();
        expect(placement(el)).to.equal('after the form');
        expect(warnings.messages.filter((message) => message.includes('<body> has overflow-x: hidden'))).to.have.length(1);
      }));

    for (const overflow of ['overflow-x: clip', 'overflow-y: auto; height: 600px', '']) {
      it(`a wrapper with ${overflow || 'nothing clipped'} (the result can stick there): beside the form, no warning`, async () => {
        const el = await estimatorIn(overflow);
        expect(placement(el)).to.equal('beside the form');
        expect(jumpShown(el)).to.equal(false);
        expect(warnings.messages.join(' | ')).not.to.include('stay in view beside them');
      });
    }

    it('body alone with overflow-x: hidden (the window takes it over): beside the form, no warning', async () => {
      document.body.style.overflowX = 'hidden';
      try {
        const el = await estimatorIn('');
        expect(placement(el)).to.equal('beside the form');
        expect(warnings.messages.join(' | ')).not.to.include('stay in view beside them');
      } finally {
        document.body.style.overflowX = '';
      }
    });

    it('without the safety check, the form is short: the result stays beside it, no warning', async () => {
      const page = await fixture<HTMLElement>(html`<div style="overflow-x: hidden">
        <spa-session-estimator scar-type="rolling" severity="3" hide-screening></spa-session-estimator>
        <div style="height: 200vh"></div>
      </div>`);
      const el = page.querySelector<SpaSessionEstimator>('spa-session-estimator')!;
      await settle(el);
      await nextFrame();
      expect(placement(el)).to.equal('beside the form');
      expect(warnings.messages.join(' | ')).not.to.include('stay in view beside them');
      // The safety check back: the form is long again.
      el.hideScreening = false;
      await settle(el);
      await nextFrame(); // placed before the frame is painted
      expect(placement(el)).to.equal('after the form');
      expect(warnings.messages.filter((message) => message.includes('stay in view beside them'))).to.have.length(1);
    });
  });

  it("puts the result beside the form only where both columns have room for the page's text size", async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <spa-session-estimator scar-type="rolling" severity="3"></spa-session-estimator>
    </div>`);
    const el = wrapper.querySelector<SpaSessionEstimator>('spa-session-estimator')!;
    const sideBySide = () => $(el, '.result').getBoundingClientRect().left > $(el, '.form').getBoundingClientRect().right;
    // At a 16 px font the break is at 640 px; a visitor who reads at 200% (32 px) needs twice
    // that, or each column holds a few words a line: "CHF 3,750–" above "7,500".
    expect((await sideBySideAt(wrapper, sideBySide, 640)).join('; ')).to.equal('');
  });

  it("every answer is at least 44 px tall, a fingertip's size, with any --spa-space, and as tall as its words need", async () => {
    for (const space of ['4px', '8px', '16px']) {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="--spa-space: ${space}; width: 320px">
        <spa-session-estimator></spa-session-estimator>
      </div>`);
      const el = wrapper.querySelector<SpaSessionEstimator>('spa-session-estimator')!;
      await settle(el);
      for (const answer of el.shadowRoot!.querySelectorAll('.choice, .check')) {
        // Its radio or checkbox, picture and words, with its padding and border around them.
        const content = Math.max(...[...answer.children].map((part) => part.getBoundingClientRect().height));
        const {paddingTop, paddingBottom} = getComputedStyle(answer);
        const around = parseFloat(paddingTop) + parseFloat(paddingBottom) + 2;
        const what = `--spa-space ${space}: "${answer.textContent!.trim().slice(0, 30)}"`;
        expect(answer.getBoundingClientRect().height, what).to.be.closeTo(Math.max(44, content + around), 0.5);
        // The empty item takes no room across: the radio or checkbox starts at the padding.
        const inset = answer.querySelector('input')!.getBoundingClientRect().left - answer.getBoundingClientRect().left;
        expect(inset, what).to.be.closeTo(parseFloat(getComputedStyle(answer).paddingLeft) + 1, 0.5);
      }
    }
  });

  it("grows its radios, checkboxes and scar pictures with the page's text, as it grows the words", async () => {
    // A visitor who reads at 200% saw 18 px circles and 28 px pictures beside 32 px words.
    for (const px of [16, 32]) {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="font-size: ${px}px">
        <spa-session-estimator></spa-session-estimator>
      </div>`);
      const el = wrapper.querySelector<SpaSessionEstimator>('spa-session-estimator')!;
      for (const selector of ['input[name="type"]', 'input[name="grade"]', 'input[type="checkbox"]', '.choice .icon']) {
        const control = $(el, selector);
        const words = parseFloat(getComputedStyle(control.closest('label')!).fontSize);
        const ratio = control.getBoundingClientRect().width / words;
        const wanted = selector.endsWith('.icon') ? [1.5, 2] : [1, 1.3];
        expect(ratio, `${selector} at ${px} px text: its width over the words' size`).to.be.within(wanted[0], wanted[1]);
      }
    }
  });

  it('on a phone with 200% text, the radios and pictures give their room to the words: names stay whole', async () => {
    // Grown with the text, they left "hypertrophiques" 206 px of a 390 px phone, and it split;
    // and "Microneedling" in the headline spilled 8 px out of the result on a 360 px phone.
    const wrapper = await fixture<HTMLDivElement>(html`<div style="font-size: 32px; width: 344px">
      <spa-session-estimator scar-type="icepick" severity="4"></spa-session-estimator>
    </div>`);
    const el = wrapper.querySelector<SpaSessionEstimator>('spa-session-estimator')!;
    for (const locale of ['en', 'es', 'fr']) {
      await setLocale(locale);
      await settle(el);
      expect(wordsSplitAcrossLines($(el, '.types')), locale).to.deep.equal([]);
      const result = $(el, '.result');
      expect(result.scrollWidth, `${locale}: the result's content over its width`).to.be.at.most(result.clientWidth);
    }
    expect($(el, 'input[name="type"]').getBoundingClientRect().width, 'a radio').to.equal(18);
    expect($(el, '.choice .icon').getBoundingClientRect().width, 'a picture').to.equal(28);
  });

  describe('on a phone, where the result follows the whole form', () => {
    const shown = (node: Element | null) => !!node && node.getClientRects().length > 0;
    const jump = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('.jump button');

    it('answering both questions shows "See your estimate" under them; it takes the visitor (and focus) to the result', async () => {
      await setViewport({width: 390, height: 700});
      const el = await fixture<SpaSessionEstimator>(html`<spa-session-estimator></spa-session-estimator>`);
      expect(shown(jump(el)), 'before any answer').to.equal(false);
      radio(el, 'type', 'rolling').click();
      await settle(el);
      expect(shown(jump(el)), 'with one answer').to.equal(false);
      radio(el, 'grade', '3').click();
      await settle(el);
      // The estimate is there, but below the safety check, out of sight of the answer just given.
      expect($(el, '[part="result"]').getBoundingClientRect().top).to.be.greaterThan(window.innerHeight);
      const button = jump(el)!;
      expect(shown(button)).to.equal(true);
      expect(button.textContent!.trim()).to.equal('See your estimate');
      // Right under the questions the visitor just answered, before the safety check.
      expect(button.getBoundingClientRect().top).to.be.at.least($(el, '.grades').getBoundingClientRect().bottom);
      expect(button.getBoundingClientRect().bottom).to.be.at.most($(el, '.screening').getBoundingClientRect().top);
      await expect(el).to.be.accessible();

      button.focus();
      await sendKeys({press: 'Enter'});
      await nextFrame();
      const headlineElement = $(el, '.headline');
      expect(el.shadowRoot!.activeElement).to.equal(headlineElement);
      const top = headlineElement.getBoundingClientRect().top;
      expect(top).to.be.within(0, window.innerHeight / 2);
    });

    it('"See your estimate" pressed by keyboard rings the headline it focuses, after answers given by taps; tapped, it does not', async () => {
      await setViewport({width: 390, height: 700});
      const el = await fixture<SpaSessionEstimator>(html`<spa-session-estimator></spa-session-estimator>`);
      const tapInView = async (target: Element) => {
        target.scrollIntoView({block: 'center'});
        await tap(target);
        await settle(el);
      };
      await tapInView(radio(el, 'type', 'rolling').closest('label')!);
      await tapInView(radio(el, 'grade', '3').closest('label')!);
      const ring = () => getComputedStyle($(el, '.headline')).outlineStyle;
      jump(el)!.focus();
      await sendKeys({press: 'Enter'});
      await nextFrame();
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.headline'));
      expect(ring(), 'by keyboard').to.equal('solid');
      await tapInView(jump(el)!);
      await nextFrame();
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.headline'));
      expect(ring(), 'tapped').to.equal('none');
      window.scrollTo(0, 0);
    });

    it('"See your estimate" takes focus to whatever the result says: a stop answer, or no course', async () => {
      await setViewport({width: 390, height: 700});
      const el = await fixture<SpaSessionEstimator>(
        html`<spa-session-estimator scar-type="rolling" severity="3"></spa-session-estimator>`,
      );
      const focusedHeadline = async () => {
        window.scrollTo(0, 0);
        jump(el)!.click();
        await nextFrame();
        return (el.shadowRoot!.activeElement as HTMLElement | null)?.textContent?.trim();
      };
      check(el, 'pregnant').click();
      await settle(el);
      expect(await focusedHeadline()).to.equal('Please talk to a provider first');
      check(el, 'pregnant').click();
      radio(el, 'type', 'icepick').click();
      await settle(el);
      expect(await focusedHeadline()).to.equal('Microneedling helps ice pick scars little');
      window.scrollTo(0, 0);
    });

    it('on a page that scrolls smoothly, a visitor who asks for less motion is taken there at once', async () => {
      await setViewport({width: 390, height: 700});
      const el = await fixture<SpaSessionEstimator>(
        html`<spa-session-estimator scar-type="rolling" severity="3"></spa-session-estimator>`,
      );
      window.scrollTo({top: 0, behavior: 'instant'});
      await onSmoothPageWithReducedMotion(async () => {
        expect($(el, '.headline').getBoundingClientRect().top, 'below the screen').to.be.greaterThan(window.innerHeight);
        jump(el)!.click();
        await nextFrame();
        expect($(el, '.headline').getBoundingClientRect().top).to.be.within(0, window.innerHeight / 2);
      });
    });

    it("it stops short of the page's sticky header (the page's scroll-padding-top) and the result's own edge", async () => {
      await setViewport({width: 390, height: 700});
      document.documentElement.style.scrollPaddingTop = '80px';
      try {
        const el = await fixture<SpaSessionEstimator>(
          html`<spa-session-estimator scar-type="rolling" severity="3"></spa-session-estimator>`,
        );
        jump(el)!.click();
        await nextFrame();
        const result = $(el, '.course').getBoundingClientRect();
        expect(result.top).to.be.within(80, 100);
      } finally {
        document.documentElement.style.scrollPaddingTop = '';
      }
    });

    it('the result already beside the form (wide), or right after it (no safety check): no button', async () => {
      await setViewport({width: 390, height: 700});
      const short = await fixture<SpaSessionEstimator>(
        html`<spa-session-estimator scar-type="rolling" severity="3" hide-screening></spa-session-estimator>`,
      );
      expect(shown(jump(short))).to.equal(false);
      await setViewport({width: 1280, height: 900});
      const wide = await fixture<SpaSessionEstimator>(
        html`<spa-session-estimator scar-type="rolling" severity="3"></spa-session-estimator>`,
      );
      expect(shown(jump(wide))).to.equal(false);
    });

    it('in Spanish and French too', async () => {
      await setViewport({width: 390, height: 700});
      const el = await fixture<SpaSessionEstimator>(
        html`<spa-session-estimator scar-type="rolling" severity="3"></spa-session-estimator>`,
      );
      await setLocale('es');
      await settle(el);
      expect(jump(el)!.textContent!.trim()).to.equal('Ver tu estimación');
      await setLocale('fr');
      await settle(el);
      expect(jump(el)!.textContent!.trim()).to.equal('Voir votre estimation');
      await setLocale('en');
    });
  });

  describe('on paper', () => {
    const shown = (node: Element) => node.getClientRects().length > 0;
    const shownLabels = (el: Element, selector: string) =>
      $$(el, selector).filter(shown).map((label) => label.textContent!.replace(/\s+/g, ' ').trim());
    // Print emulation is Chrome's protocol; in Firefox these skip themselves.
    let canEmulatePrint = false;
    before(async () => {
      canEmulatePrint = await hasChromeProtocol();
    });
    beforeEach(function () {
      if (!canEmulatePrint) this.skip();
    });
    afterEach(async () => {
      if (canEmulatePrint) await emulateMedia({media: 'screen'});
    });

    it("printed, it shows the visitor's answers and the whole estimate, not pages of empty boxes", async () => {
      const el = await fixture<SpaSessionEstimator>(
        html`<spa-session-estimator scar-type="rolling" severity="3" price="250"></spa-session-estimator>`,
      );
      check(el, 'cold-sores').click();
      await settle(el);
      await emulateMedia({media: 'print'});
      expect(shownLabels(el, '.types .choice')).to.deep.equal(['Rolling scars']);
      expect(shownLabels(el, '.grades .choice')).to.deep.equal([
        'Visible at conversation distance; they flatten when the skin is stretched',
      ]);
      expect(shownLabels(el, '.check')).to.deep.equal(['I get cold sores from time to time']);
      // "Your answers stay on this page" is for the screen; the paper shows the answers themselves.
      expect(shown($(el, '.screening .hint'))).to.equal(false);
      // The estimate is printed whole, under the short list of answers, not pinned beside them
      // where the screen scrolled it.
      expect(getComputedStyle($(el, '[part="result"]')).position).to.equal('static');
      expect($(el, '[part="result"]').getBoundingClientRect().top).to.be.at.least($(el, '[part="form"]').getBoundingClientRect().bottom);
      for (const part of ['.headline', '.timeline', '.cautions', '[part="disclaimer"]']) {
        expect(shown($(el, part)), part).to.equal(true);
      }
      await expect(el).to.be.accessible();
    });

    it('printed from a phone, "See your estimate" is left off: the estimate is on the paper', async () => {
      await setViewport({width: 390, height: 700});
      const el = await fixture<SpaSessionEstimator>(
        html`<spa-session-estimator scar-type="rolling" severity="3"></spa-session-estimator>`,
      );
      expect(shown($(el, '.jump'))).to.equal(true);
      await emulateMedia({media: 'print'});
      expect(shown($(el, '.jump'))).to.equal(false);
    });

    it('printed with the safety check untouched, the check is left off the paper', async () => {
      const el = await fixture<SpaSessionEstimator>(
        html`<spa-session-estimator scar-type="boxcar-shallow" severity="2"></spa-session-estimator>`,
      );
      await emulateMedia({media: 'print'});
      expect(shown($(el, '.screening'))).to.equal(false);
      expect(shownLabels(el, '.choice')).to.deep.equal(['Shallow boxcar scars', 'Visible up close; makeup covers them']);
      await emulateMedia({media: 'screen'});
      expect(shown($(el, '.screening'))).to.equal(true);
      expect(shownLabels(el, '.choice')).to.have.length(12);
    });
  });

  describe('spa-estimate-change', () => {
    it("fires on the visitor's answers with exactly the SPEC.md keys", async () => {
      const el = await fixture<SpaSessionEstimator>(html`<spa-session-estimator price="200"></spa-session-estimator>`);
      let changed = nextEvent<CustomEvent<EstimateSummary>>(document, 'spa-estimate-change');
      radio(el, 'type', 'boxcar-shallow').click();
      let event = await changed;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({
        scarType: 'boxcar-shallow',
        severity: null,
        suitability: null,
        sessions: null,
        intervalWeeks: null,
        spanWeeks: null,
        price: null,
      });
      changed = nextEvent<CustomEvent<EstimateSummary>>(el, 'spa-estimate-change');
      radio(el, 'grade', '2').click();
      event = await changed;
      expect(Object.keys(event.detail).sort()).to.deep.equal(
        ['intervalWeeks', 'price', 'scarType', 'sessions', 'severity', 'spanWeeks', 'suitability'],
      );
      expect(event.detail).to.deep.equal({
        scarType: 'boxcar-shallow',
        severity: 2,
        suitability: 'good',
        sessions: {min: 2, typical: 3, max: 4},
        intervalWeeks: {min: 4, max: 6},
        spanWeeks: 8,
        price: {min: 400, max: 800, currency: 'USD'},
      });
      expect(el.estimate).to.deep.equal(event.detail);
    });

    it('estimate follows presets the page sets, once the element has updated, and fires nothing', async () => {
      const el = await fixture<SpaSessionEstimator>(html`<spa-session-estimator></spa-session-estimator>`);
      let fired = 0;
      el.addEventListener('spa-estimate-change', () => fired++);
      el.setAttribute('scar-type', 'rolling');
      el.setAttribute('severity', '3');
      await el.updateComplete;
      expect(el.estimate?.scarType).to.equal('rolling');
      expect(el.estimate?.severity).to.equal(3);
      expect(el.estimate?.sessions).to.not.equal(null);
      el.removeAttribute('scar-type');
      el.removeAttribute('severity');
      await el.updateComplete;
      expect(el.estimate).to.equal(null);
      expect(fired).to.equal(0);
    });

    it('carries prices in cents as the spa wrote them, never a float artefact', async () => {
      const el = await fixture<SpaSessionEstimator>(html`<spa-session-estimator price="99.99"></spa-session-estimator>`);
      const changed = nextEvent<CustomEvent<EstimateSummary>>(el, 'spa-estimate-change');
      radio(el, 'type', 'rolling').click();
      radio(el, 'grade', '3').click();
      await el.updateComplete;
      expect((await changed).detail.scarType).to.equal('rolling');
      expect(el.estimate?.price).to.deep.equal({min: 299.97, max: 599.94, currency: 'USD'});
    });

    it('shows a course price with cents as it is, not rounded to whole dollars', async () => {
      // 3–6 sessions at 249.50 cost 748.50–1,497: the whole upper end once cost the lower its cents.
      const el = await fixture<SpaSessionEstimator>(
        html`<spa-session-estimator price="249.50" scar-type="rolling" severity="3"></spa-session-estimator>`,
      );
      const price = $(el, '[part="price"] strong').textContent!.replace(/\s/g, '');
      expect(price).to.equal('$748.50–$1,497.00forthewholecourse');
    });

    it('never fires for, nor carries, a safety-check answer', async () => {
      const el = await fixture<SpaSessionEstimator>(
        html`<spa-session-estimator scar-type="rolling" severity="3"></spa-session-estimator>`,
      );
      const before = JSON.stringify(el.estimate);
      let fired = 0;
      el.addEventListener('spa-estimate-change', () => fired++);
      for (const box of $$(el, 'input[type="checkbox"]') as HTMLInputElement[]) box.click();
      await settle(el);
      expect(fired).to.equal(0);
      expect(JSON.stringify(el.estimate)).to.equal(before);
      const changed = nextEvent<CustomEvent<EstimateSummary>>(el, 'spa-estimate-change');
      radio(el, 'grade', '4').click();
      const detail = JSON.stringify((await changed).detail);
      for (const word of ['pregnant', 'isotretinoin', 'keloid-history', 'bleeding', 'screen', 'talk', 'stop']) {
        expect(detail).not.to.contain(word);
      }
    });

    it('is not fired when the page sets attributes', async () => {
      let fired = 0;
      const el = await fixture<SpaSessionEstimator>(
        html`<spa-session-estimator @spa-estimate-change=${() => fired++}></spa-session-estimator>`,
      );
      el.setAttribute('scar-type', 'rolling');
      el.setAttribute('severity', '2');
      el.setAttribute('price', '300');
      await settle(el);
      expect(headline(el)).to.equal('2–4 sessions, every 4–6 weeks');
      expect(fired).to.equal(0);
    });
  });

  describe('keyboard', () => {
    it('arrow keys choose within each question; Space ticks a safety answer', async () => {
      const el = await fixture<SpaSessionEstimator>(html`<spa-session-estimator></spa-session-estimator>`);
      radio(el, 'type', 'icepick').focus();
      await sendKeys({press: ' '}); // Space, by the name both Chrome's protocol and WebDriver know
      await sendKeys({press: 'ArrowRight'});
      await sendKeys({press: 'ArrowRight'});
      await sendKeys({press: 'ArrowRight'});
      expect(radio(el, 'type', 'rolling').checked).to.equal(true);
      await sendKeys({press: 'Tab'});
      await sendKeys({press: ' '});
      await sendKeys({press: 'ArrowDown'});
      await settle(el);
      expect(radio(el, 'grade', '2').checked).to.equal(true);
      expect(headline(el)).to.equal('2–4 sessions, every 4–6 weeks');
      await sendKeys({press: 'Tab'});
      await sendKeys({press: ' '});
      await settle(el);
      expect(check(el, 'pregnant').checked).to.equal(true);
      expect(headline(el)).to.equal('Please talk to a provider first');
    });

    it('the answer with keyboard focus is ringed whole, its label with it; the others are not', async () => {
      // By Tab alone: after an arrow key within a radio group, Safari's :focus-visible does not
      // match (README, Browsers); Chromium and Firefox ring the new answer too.
      const page = await fixture<HTMLDivElement>(html`<div>
        <button>Before</button>
        <spa-session-estimator></spa-session-estimator>
      </div>`);
      const el = page.querySelector<SpaSessionEstimator>('spa-session-estimator')!;
      await settle(el);
      const ringed = () => $$(el, '.choice, .check').filter((label) => getComputedStyle(label).outlineStyle !== 'none');
      page.querySelector('button')!.focus();
      await sendKeys({press: 'Tab'});
      expect(ringed()).to.deep.equal([radio(el, 'type', 'icepick').closest('label')]);
      expect(getComputedStyle(ringed()[0]).outline).to.equal('rgb(26, 86, 219) solid 3px');
      await sendKeys({press: 'Tab'});
      expect(ringed()).to.deep.equal([radio(el, 'grade', '1').closest('label')]);
      await sendKeys({press: 'Tab'});
      expect(ringed()).to.deep.equal([check(el, 'pregnant').closest('label')]);
    });
  });

  describe('attributes', () => {
    it('scar-type and severity: invalid warn and preselect nothing; removed keep the answers', async () => {
      const el = await fixture<SpaSessionEstimator>(
        html`<spa-session-estimator scar-type="acne" severity="5"></spa-session-estimator>`,
      );
      expect(text(el)).to.contain('Choose your scar type');
      expect(warnings.messages).to.have.length(2);
      expect(warnings.messages[0]).to.contain('scar-type="acne"');
      expect(warnings.messages[1]).to.contain('severity="5"');
      el.setAttribute('scar-type', 'ROLLING');
      el.setAttribute('severity', '2');
      await settle(el);
      expect(headline(el)).to.equal('2–4 sessions, every 4–6 weeks');
      el.removeAttribute('scar-type');
      el.removeAttribute('severity');
      await settle(el);
      expect(text(el)).to.contain('Choose your scar type');
    });

    it('severity="moderate" and scar-type="ice-pick": refused, and the warning names the value meant', async () => {
      const el = await fixture<SpaSessionEstimator>(
        html`<spa-session-estimator scar-type="ice-pick" severity="moderate"></spa-session-estimator>`,
      );
      expect(text(el)).to.contain('Choose your scar type');
      expect(warnings.messages).to.deep.equal([
        '<spa-session-estimator> ignored scar-type="ice-pick": use one of icepick, boxcar-shallow, boxcar-deep, rolling, hypertrophic, keloid, pih, pie (did you mean icepick?). Using no preselection.',
        '<spa-session-estimator> ignored severity="moderate": use 1, 2, 3 or 4 (did you mean 3?). Using no preselection.',
      ]);
    });

    it('price: none shows no prices; invalid warns and shows none', async () => {
      const el = await fixture<SpaSessionEstimator>(
        html`<spa-session-estimator scar-type="rolling" severity="2"></spa-session-estimator>`,
      );
      expect($(el, '[part="price"]')).to.equal(null);
      for (const bad of ['-250', 'NaN', '<b>250</b>', '']) {
        el.setAttribute('price', bad);
        await settle(el);
        expect($(el, '[part="price"]'), bad).to.equal(null);
      }
      expect(warnings.messages).to.have.length(4);
      expect(warnings.messages[0]).to.contain('price="-250"');
      el.setAttribute('price', '180');
      await settle(el);
      expect(text(el, '[part="price"]')).to.contain('$360 – $720');
      el.removeAttribute('price');
      await settle(el);
      expect($(el, '[part="price"]')).to.equal(null);
    });

    it('package-size and package-price: the cheapest mix; one without the other warns', async () => {
      const el = await fixture<SpaSessionEstimator>(
        html`<spa-session-estimator scar-type="rolling" severity="3" price="250" package-size="3" package-price="650"></spa-session-estimator>`,
      );
      expect(text(el, '[part="price"]')).to.contain('$650 – $1,300');
      expect(text(el, '[part="price"]')).to.contain('3 sessions for $650');
      expect(warnings.messages, 'both given: nothing to say').to.deep.equal([]);
      el.removeAttribute('package-price');
      await settle(el);
      expect(text(el, '[part="price"]')).to.contain('$750 – $1,500');
      expect(warnings.messages[0]).to.contain('package-size and package-price');
      el.setAttribute('package-size', '1');
      el.setAttribute('package-price', '650');
      await settle(el);
      expect(warnings.messages.some((m) => m.includes('package-size="1"'))).to.equal(true);
      expect(text(el, '[part="price"]')).to.contain('$750 – $1,500');
    });

    it('currency: formats in it, with its decimals; invalid falls back to USD with a warning; removed restores USD', async () => {
      const el = await fixture<SpaSessionEstimator>(
        html`<spa-session-estimator scar-type="rolling" severity="3"></spa-session-estimator>`,
      );
      // Three to six sessions. Yen have no cents, Kuwaiti dinars three decimals.
      for (const [currency, price, shown] of [
        ['EUR', '250', '€750 – €1,500'],
        ['gbp', '250', '£750 – £1,500'],
        ['JPY', '15000', '¥45,000 – ¥90,000'],
        ['KWD', '25.500', 'KWD 76.500–153.000 for the whole course (KWD 25.500 per session)'],
      ]) {
        el.setAttribute('currency', currency);
        el.setAttribute('price', price);
        await settle(el);
        expect(text(el, '[part="price"]'), currency).to.contain(shown);
      }
      expect(warnings.messages).to.deep.equal([]);
      // ¥249.50 would show as ¥250 per session beside a total of ¥748 for three.
      el.setAttribute('currency', 'JPY');
      el.setAttribute('price', '249.50');
      await settle(el);
      expect($$(el, '[part="price"]')).to.have.length(0);
      expect(warnings.messages[0]).to.contain('price="249.50"');
      expect(warnings.messages[0]).to.contain('JPY has no cents');
      el.setAttribute('currency', 'EURO');
      el.setAttribute('price', '250');
      await settle(el);
      expect(text(el, '[part="price"]')).to.contain('$750 – $1,500');
      expect(warnings.messages[1]).to.contain('currency="EURO"');
      el.removeAttribute('currency');
      await settle(el);
      expect(text(el, '[part="price"]')).to.contain('$750');
      // A whole number out of range: the example still has the currency's cents.
      el.setAttribute('price', '0');
      await settle(el);
      expect(warnings.messages.at(-1)).to.contain('price="0"');
      expect(warnings.messages.at(-1)).to.contain('such as 250 or 249.50');
    });

    it("interval-weeks: the spa's own interval; invalid warns and uses the evidence", async () => {
      const el = await fixture<SpaSessionEstimator>(
        html`<spa-session-estimator scar-type="rolling" severity="3" interval-weeks="4"></spa-session-estimator>`,
      );
      expect(headline(el)).to.equal('3–6 sessions, every 4 weeks');
      expect(text(el)).not.to.contain('differently from the studies');
      el.setAttribute('interval-weeks', '4-6');
      await settle(el);
      expect(headline(el)).to.equal('3–6 sessions, every 4–6 weeks');
      el.setAttribute('interval-weeks', '1');
      await settle(el);
      expect(headline(el)).to.equal('3–6 sessions, every week');
      for (const [locale, weekly, note] of [
        ['es', '3-6 sesiones, cada semana', 'Este centro espacia sus sesiones de otro modo que los estudios, que usaron de 2 a 6 semanas'],
        ['fr', '3–6 séances, chaque semaine', 'Cet institut espace ses séances autrement que les études, qui utilisaient 2 à 6 semaines'],
      ]) {
        await setLocale(locale);
        await settle(el);
        expect(headline(el)).to.equal(weekly);
        expect(text(el)).to.contain(note);
      }
      await setLocale('en');
      await settle(el);
      expect(text(el), 'a weekly course').to.contain(
        'This spa spaces its sessions differently from the studies, which used 2 to 6 weeks; your provider will explain its schedule.',
      );
      await expect(el).to.be.accessible();
      el.setAttribute('interval-weeks', '1-2');
      await settle(el);
      expect(headline(el)).to.equal('3–6 sessions, every 1–2 weeks');
      expect(text(el)).to.contain('differently from the studies');
      el.setAttribute('interval-weeks', '4-6');
      await settle(el);
      expect(text(el), 'within the studies').not.to.contain('differently from the studies');
      el.setAttribute('interval-weeks', '8');
      await settle(el);
      expect(text(el)).to.contain('differently from the studies');
      el.setAttribute('interval-weeks', '6-4');
      await settle(el);
      expect(headline(el)).to.equal('3–6 sessions, every 2–6 weeks');
      expect(warnings.messages[0]).to.contain('interval-weeks="6-4"');
      el.removeAttribute('interval-weeks');
      await settle(el);
      expect(headline(el)).to.equal('3–6 sessions, every 2–6 weeks');
    });

    it('max-sessions: caps the count without nonsense; invalid warns', async () => {
      const el = await fixture<SpaSessionEstimator>(
        html`<spa-session-estimator scar-type="rolling" severity="4" max-sessions="3"></spa-session-estimator>`,
      );
      expect(headline(el)).to.equal('3 sessions, every 4–6 weeks');
      expect(text(el)).to.contain('This spa offers fewer sessions');
      // One count is the headline's alone: no "Typically 3 sessions." under it, nor "1 sessions".
      expect(text(el)).not.to.contain('Typically');
      el.setAttribute('max-sessions', '1');
      await settle(el);
      expect(headline(el)).to.equal('1 session');
      expect(text(el)).not.to.contain('1 sessions');
      el.setAttribute('max-sessions', '5');
      await settle(el);
      expect(text(el)).to.contain('Typically 5 sessions.');
      // With the spa's own fixed interval, 2 sessions are 4 weeks apart, and that is all there is to say.
      el.setAttribute('severity', '2');
      el.setAttribute('max-sessions', '2');
      el.setAttribute('interval-weeks', '4');
      await settle(el);
      expect(headline(el)).to.equal('2 sessions, every 4 weeks');
      expect(text(el)).not.to.contain('from the first session to the last');
      expect($$(el, '.course > p').filter((p) => !p.textContent!.trim()), 'no empty line left under the headline').to.deep.equal([]);
      el.removeAttribute('interval-weeks');
      el.setAttribute('severity', '4');
      el.setAttribute('max-sessions', '0');
      await settle(el);
      expect(headline(el)).to.equal('4–6 sessions, every 4–6 weeks');
      expect(warnings.messages[0]).to.contain('max-sessions="0"');
      el.removeAttribute('max-sessions');
      await settle(el);
      expect(headline(el)).to.equal('4–6 sessions, every 4–6 weeks');
    });

    it('hide-screening hides the questions, not the note; removed shows them', async () => {
      const el = await fixture<SpaSessionEstimator>(
        html`<spa-session-estimator hide-screening scar-type="rolling" severity="2"></spa-session-estimator>`,
      );
      expect($$(el, 'input[type="checkbox"]')).to.have.length(0);
      expect(text(el, '[part="disclaimer"]')).to.contain('not medical advice');
      await expect(el).to.be.accessible();
      el.removeAttribute('hide-screening');
      await settle(el);
      expect($$(el, 'input[type="checkbox"]').length).to.be.greaterThan(10);
    });

    it('answers to hidden safety questions do not count, and are kept for when they come back', async () => {
      const el = await fixture<SpaSessionEstimator>(
        html`<spa-session-estimator scar-type="rolling" severity="2"></spa-session-estimator>`,
      );
      el.shadowRoot!.querySelector<HTMLInputElement>('input[value="pregnant"]')!.click();
      await settle(el);
      expect(headline(el)).to.equal('Please talk to a provider first');
      el.setAttribute('hide-screening', '');
      await settle(el);
      // No estimate stopped by an answer the visitor can no longer see or untick.
      expect(headline(el)).to.equal('2–4 sessions, every 4–6 weeks');
      el.removeAttribute('hide-screening');
      await settle(el);
      expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[value="pregnant"]')!.checked).to.equal(true);
      expect(headline(el)).to.equal('Please talk to a provider first');
    });

    it('keyboard: the page hiding the safety check from under focus leaves focus on the estimate it fed', async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <input aria-label="Search the site" />
        <spa-session-estimator scar-type="rolling" severity="2"></spa-session-estimator>
        <spa-session-estimator severity="2"></spa-session-estimator>
        <spa-session-estimator></spa-session-estimator>
      </div>`);
      const [el, unanswered, blank] = page.querySelectorAll('spa-session-estimator');
      const focused = (estimator: Element) => estimator.shadowRoot!.activeElement;
      // A ticked answer stops the estimate; hidden, it no longer counts: on the new headline.
      check(el, 'pregnant').click();
      check(el, 'pregnant').focus();
      await settle(el);
      el.setAttribute('hide-screening', '');
      await settle(el);
      expect(focused(el), 'from a safety box').to.equal($(el, '.headline'));
      expect(headline(el)).to.equal('2–4 sessions, every 4–6 weeks');
      // The button to the estimate goes with the safety check (it leads past it).
      el.removeAttribute('hide-screening');
      await settle(el);
      $(el, '.jump button').focus();
      el.setAttribute('hide-screening', '');
      await settle(el);
      expect(focused(el), 'from "See your estimate"').to.equal($(el, '.headline'));
      // No estimate yet: on the answer given.
      check(unanswered, 'cold-sores').focus();
      unanswered.setAttribute('hide-screening', '');
      await settle(unanswered as SpaSessionEstimator);
      expect(focused(unanswered), 'no estimate yet').to.equal(radio(unanswered, 'grade', '2'));
      // Nothing answered: on the first question.
      check(blank, 'cold-sores').focus();
      blank.setAttribute('hide-screening', '');
      await settle(blank as SpaSessionEstimator);
      expect(focused(blank), 'nothing answered').to.equal(radio(blank, 'type', 'icepick'));
      // Focus never comes from outside.
      page.querySelector('input')!.focus();
      el.removeAttribute('hide-screening');
      await settle(el);
      check(el, 'pregnant').click();
      await settle(el);
      page.querySelector('input')!.focus();
      el.setAttribute('hide-screening', '');
      await settle(el);
      expect(document.activeElement, 'focus outside').to.equal(page.querySelector('input'));
    });

    it('talk answers that come back with the safety check are announced together, each once', async () => {
      const el = await fixture<SpaSessionEstimator>(
        html`<spa-session-estimator scar-type="rolling" severity="2"></spa-session-estimator>`,
      );
      check(el, 'cold-sores').click();
      check(el, 'blood-thinners').click();
      await settle(el);
      el.hideScreening = true;
      await settle(el);
      expect(el.shadowRoot!.querySelector('.cautions')).to.equal(null);
      el.hideScreening = false;
      await settle(el);
      expect(text(el, '[role="status"]')).to.equal(
        'Before you book, mention: Blood thinners: tell your provider, as you may bleed or bruise more. Cold sores: your provider may suggest an antiviral before treatment.',
      );
    });

    it('for: follows the named explainer; a bad id warns', async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <spa-scar-explainer id="scars"></spa-scar-explainer>
        <spa-scar-explainer id="other"></spa-scar-explainer>
        <spa-session-estimator for="scars" severity="2"></spa-session-estimator>
      </div>`);
      const el = page.querySelector('spa-session-estimator')!;
      const [scars, other] = [...page.querySelectorAll('spa-scar-explainer')];
      await scars.updateComplete;
      other.shadowRoot!.querySelector<HTMLElement>('[data-type="keloid"]')!.click();
      await settle(el);
      expect(radio(el, 'type', 'keloid').checked).to.equal(false);
      const changed = nextEvent<CustomEvent<EstimateSummary>>(el, 'spa-estimate-change');
      scars.shadowRoot!.querySelector<HTMLElement>('[data-type="boxcar-shallow"]')!.click();
      expect((await changed).detail.scarType).to.equal('boxcar-shallow');
      await settle(el);
      expect(radio(el, 'type', 'boxcar-shallow').checked).to.equal(true);
      expect(headline(el)).to.equal('2–4 sessions, every 4–6 weeks');
      el.setAttribute('for', 'nothing-here');
      await settle(el);
      expect(warnings.messages.filter((m) => m.includes('for="nothing-here"')), 'said when set, not at the next pick').to.have.length(1);
      scars.shadowRoot!.querySelector<HTMLElement>('[data-type="rolling"]')!.click();
      await settle(el);
      expect(radio(el, 'type', 'rolling').checked).to.equal(false);
      expect(warnings.messages.some((m) => m.includes('for="nothing-here"'))).to.equal(true);
    });

    it("for naming the explainer's wrapper warns and follows none; spaces around the id are forgiven", async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <section id="scars"><spa-scar-explainer id="explainer"></spa-scar-explainer></section>
        <spa-session-estimator for="scars" severity="3"></spa-session-estimator>
        <spa-session-estimator for=" explainer " severity="3"></spa-session-estimator>
      </div>`);
      const [wrapperNamed, spaced] = page.querySelectorAll('spa-session-estimator');
      const explainer = page.querySelector('spa-scar-explainer')!;
      await explainer.updateComplete;
      explainer.shadowRoot!.querySelector<HTMLElement>('[data-type="rolling"]')!.click();
      await settle(wrapperNamed);
      await settle(spaced);
      expect(radio(wrapperNamed, 'type', 'rolling').checked).to.equal(false);
      expect(radio(spaced, 'type', 'rolling').checked).to.equal(true);
      expect(warnings.messages).to.deep.equal([
        '<spa-session-estimator> ignored for="scars": it takes the id of a <spa-scar-explainer>. Using none.',
      ]);
    });

    it('for absent with two explainers: follows neither, and says once which attribute to set', async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <spa-scar-explainer selected="rolling"></spa-scar-explainer>
        <spa-scar-explainer></spa-scar-explainer>
        <spa-session-estimator severity="3"></spa-session-estimator>
      </div>`);
      const el = page.querySelector('spa-session-estimator')!;
      const second = page.querySelectorAll('spa-scar-explainer')[1];
      await second.updateComplete;
      second.shadowRoot!.querySelector<HTMLElement>('[data-type="keloid"]')!.click();
      await settle(el);
      expect(radio(el, 'type', 'rolling').checked).to.equal(false);
      expect(radio(el, 'type', 'keloid').checked).to.equal(false);
      expect(warnings.messages).to.deep.equal([
        '<spa-session-estimator> follows none of the 2 <spa-scar-explainer> elements here: set for="…" to the id of the one it goes with.',
      ]);
      second.remove();
      await settle(el);
      page.querySelector('spa-scar-explainer')!.shadowRoot!.querySelector<HTMLElement>('[data-type="boxcar-shallow"]')!.click();
      await settle(el);
      expect(radio(el, 'type', 'boxcar-shallow').checked).to.equal(true);
      expect(warnings.messages).to.have.length(1);
    });

    it('the explainer picking the type the visitor already answered is no change: no event', async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <spa-scar-explainer></spa-scar-explainer>
        <spa-session-estimator severity="3"></spa-session-estimator>
      </div>`);
      const el = page.querySelector('spa-session-estimator')!;
      const explainer = page.querySelector('spa-scar-explainer')!;
      radio(el, 'type', 'rolling').click();
      await settle(el);
      const changes: string[] = [];
      el.addEventListener('spa-estimate-change', (event) => changes.push(event.detail.scarType!));
      explainer.shadowRoot!.querySelector<HTMLElement>('[data-type="rolling"]')!.click();
      await settle(el);
      expect(changes).to.deep.equal([]);
      explainer.shadowRoot!.querySelector<HTMLElement>('[data-type="pih"]')!.click();
      await settle(el);
      expect(changes).to.deep.equal(['pih']);
    });

    it("starts from the type the explainer shows selected, read as the explainer reads it", async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <spa-scar-explainer id="spelled" selected=" Rolling "></spa-scar-explainer>
        <spa-session-estimator for="spelled" severity="3"></spa-session-estimator>
        <spa-scar-explainer id="not-shown" types="rolling pih" selected="keloid"></spa-scar-explainer>
        <spa-session-estimator for="not-shown" severity="3"></spa-session-estimator>
      </div>`);
      const [spelled, notShown] = page.querySelectorAll('spa-session-estimator');
      await Promise.all([settle(spelled), settle(notShown)]);
      expect(radio(spelled, 'type', 'rolling').checked, 'as the explainer shows it').to.equal(true);
      // The explainer refuses a type it does not show, and says so: the estimator does not take it either.
      expect(radio(notShown, 'type', 'keloid').checked).to.equal(false);
      expect(text(notShown, '[part="result"]')).to.contain('Choose your scar type');
      expect(warnings.messages).to.deep.equal([
        '<spa-scar-explainer> ignored selected="keloid": use one of the shown types: rolling, pih. Using no selection.',
      ]);
    });

    it("for absent: follows the only explainer on the page, and starts from its selection", async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <spa-scar-explainer selected="rolling"></spa-scar-explainer>
        <spa-session-estimator severity="3"></spa-session-estimator>
      </div>`);
      const el = page.querySelector('spa-session-estimator')!;
      expect(headline(el)).to.equal('3–6 sessions, every 2–6 weeks');
    });
  });

  describe('localization', () => {
    afterEach(() => setLocale('en'));
    it('words, numbers, money and dates in Spanish and French', async () => {
      const el = await fixture<SpaSessionEstimator>(
        html`<spa-session-estimator scar-type="rolling" severity="3" price="1250" currency="EUR"></spa-session-estimator>`,
      );
      await setLocale('es');
      await settle(el);
      expect(headline(el)).to.equal('3-6 sesiones, cada 2-6 semanas');
      expect(text(el, '[part="price"]')).to.contain('3750-7500 € por todo el tratamiento');
      expect(text(el, '[part="disclaimer"]')).to.contain('no un consejo médico');
      await setLocale('fr');
      await settle(el);
      expect(headline(el)).to.match(/^3–6 séances, toutes les 2–6 semaines$/);
      expect(text(el, '[part="price"]')).to.contain('pour tout le traitement');
      expect(text(el, '[part="timeline"]')).to.contain('Séance 1');
      await expect(el).to.be.accessible();
    });

    it('the sources under a French result are separated by " ; ", as French punctuates', async () => {
      const el = await fixture<SpaSessionEstimator>(
        html`<spa-session-estimator scar-type="rolling" severity="3"></spa-session-estimator>`,
      );
      // Read raw: the text() helper folds the narrow no-break space into a plain one.
      const cite = () => $(el, '.cite').textContent;
      expect(cite()).to.contain('Dogra\u00a02014; El-Domyati\u00a02015');
      await setLocale('fr');
      await settle(el);
      expect(cite()).to.contain('Dogra\u00a02014\u202f; El-Domyati\u00a02015');
    });

    it("the two prices a course is worked out from read as alternatives, in each language's own punctuation", async () => {
      const el = await fixture<SpaSessionEstimator>(
        html`<spa-session-estimator scar-type="rolling" severity="3" price="250" package-size="3" package-price="650"></spa-session-estimator>`,
      );
      // Intl puts no-break spaces in money ("650 $US"); the visitor sees plain spaces.
      const basis = () => text(el, '.basis').replace(/[\u00a0\u202f]/g, ' ');
      expect(basis()).to.equal('($250 per session or 3 sessions for $650)');
      await setLocale('es');
      await settle(el);
      expect(basis()).to.equal('(250 US$ por sesión o 3 sesiones por 650 US$)');
      await setLocale('fr');
      await settle(el);
      expect(basis()).to.equal('(250 $US la séance ou 3 séances pour 650 $US)');
    });

    it('after a session the skin looks like a moderate sunburn, as the evidence says, in every language (not "mild")', async () => {
      const el = await fixture<SpaSessionEstimator>(
        html`<spa-session-estimator scar-type="rolling" severity="3"></spa-session-estimator>`,
      );
      expect(text(el)).to.contain('redness like a moderate sunburn, usually for a few hours to about 3 days');
      await setLocale('es');
      await settle(el);
      expect(text(el)).to.contain('como el de una quemadura solar moderada');
      await setLocale('fr');
      await settle(el);
      expect(text(el)).to.contain('comme un coup de soleil modéré');
    });

    it('no scar name is split mid-word, in any language, 240 to 1,200 px wide, at 16 and 32 px text', async () => {
      for (const textPx of [16, 32]) {
        const wrapper = await fixture<HTMLDivElement>(html`<div><spa-session-estimator></spa-session-estimator></div>`);
        const el = wrapper.querySelector<SpaSessionEstimator>('spa-session-estimator')!;
        await inEveryLanguageAndWidth(wrapper, el, (where) => {
          expect(wordsSplitAcrossLines($(el, '.types')), where).to.deep.equal([]);
        }, textPx);
      }
    });
  });
});
