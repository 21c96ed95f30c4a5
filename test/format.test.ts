import {expect, fixture, html} from '@open-wc/testing';
import {render} from 'lit';
import {formatMoneyRange, monthsLater, sessionDates} from '../src/lib/format.js';
import {renderTimeline} from '../src/components/session-estimator/session-timeline.js';
import {setLocale} from '../src/index.js';

const day = (date: Date) => date.toDateString();
const yearMonth = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;

describe('dates of the timeline', () => {
  it('sessions fall every interval weeks on the same weekday', () => {
    const dates = sessionDates(new Date(2026, 9, 5), 3, 4);
    expect(dates.map(day)).to.deep.equal(['Mon Oct 05 2026', 'Mon Nov 02 2026', 'Mon Nov 30 2026']);
  });

  it('months later count calendar months, even from the end of a month', () => {
    // Nov 30 + 3 months is February; counting days on from a "Feb 30" would give March 2.
    expect(yearMonth(monthsLater(new Date(2026, 10, 30), 3))).to.equal('2027-02');
    expect(yearMonth(monthsLater(new Date(2026, 7, 31), 1))).to.equal('2026-09');
    expect(yearMonth(monthsLater(new Date(2026, 11, 15), 6))).to.equal('2027-06');
  });

  it('a course ending on Nov 30 shows results from February, not March', () => {
    const host = document.createElement('div');
    render(renderTimeline(3, 4, 'en', new Date(2026, 9, 5)), host);
    const results = host.querySelector('.results')!.textContent!.replace(/\s+/g, ' ');
    expect(results).to.contain('Feb 2027 to May 2027');
  });

  it('the first session in a new year shows its year; the others keep the short date', () => {
    const host = document.createElement('div');
    render(renderTimeline(4, 4, 'en', new Date(2026, 10, 21)), host);
    const dates = [...host.querySelectorAll('.step:not(.results) .step-date')].map((date) => date.textContent);
    expect(dates).to.deep.equal(['Nov 21', 'Dec 19', 'Jan 16, 2027', 'Feb 13']);
  });

  it('a course within one year shows no year on its session dates', () => {
    const host = document.createElement('div');
    render(renderTimeline(3, 4, 'en', new Date(2026, 9, 5)), host);
    const dates = [...host.querySelectorAll('.step:not(.results) .step-date')].map((date) => date.textContent);
    expect(dates).to.deep.equal(['Oct 5', 'Nov 2', 'Nov 30']);
  });

  it('in French, results from any month read as French does: "entre avr. et juil.", never "de avr."', async () => {
    await setLocale('fr');
    try {
      for (let month = 0; month < 12; month++) {
        const host = document.createElement('div');
        render(renderTimeline(1, 4, 'fr', new Date(2026, month, 5)), host);
        const results = host.querySelector('.results .step-date')!.textContent!.replace(/\s+/g, ' ');
        expect(results, `from month ${month + 1}`).not.to.match(/\bde [aeiouyàâéèêh]/i);
      }
    } finally {
      await setLocale('en');
    }
  });
});

describe('money ranges', () => {
  // Intl puts (thin) spaces around the dash; the amounts are what matter here.
  const range = (min: number, max: number, currency = 'USD') =>
    formatMoneyRange(min, max, currency, 'en').replace(/\s/g, '');

  it('show cents on both ends when either end has them, so no end is rounded', () => {
    // 3 and 6 sessions at 249.50: $748.50 must not read "$749" beside a whole $1,497.
    expect(range(748.5, 1497)).to.equal('$748.50–$1,497.00');
    expect(range(499, 998.5)).to.equal('$499.00–$998.50');
  });

  it('leave whole ranges without cents', () => {
    expect(range(750, 1500)).to.equal('$750–$1,500');
    expect(range(750, 750, 'EUR')).to.equal('€750');
  });
});

describe('Intl formatters', () => {
  // Building an Intl.DateTimeFormat costs more than rendering a tab, and a page of estimators
  // (or a visitor moving a slider) asks for the same few again and again.
  it('are built once per language and options, not on every render', async () => {
    const built: string[] = [];
    const kinds = ['NumberFormat', 'DateTimeFormat', 'ListFormat'] as const;
    const originals = kinds.map((kind) => Intl[kind]);
    kinds.forEach((kind, index) => {
      const counting = new Proxy(originals[index], {
        construct: (target, args) => (built.push(`${kind} ${JSON.stringify(args)}`), Reflect.construct(target, args)),
      });
      Object.defineProperty(Intl, kind, {value: counting, configurable: true, writable: true});
    });
    const estimator = () =>
      fixture<HTMLElement & {updateComplete: Promise<boolean>}>(
        html`<spa-session-estimator scar-type="rolling" severity="3" price="249.50" package-size="3" package-price="650" currency="EUR"></spa-session-estimator>`,
      );
    try {
      const first = await estimator();
      expect(first.shadowRoot!.textContent).to.contain('€');
      const afterFirst = built.length;
      const second = await estimator();
      expect(built.slice(afterFirst), 'a second, identical estimator').to.deep.equal([]);
      second.setAttribute('severity', '2');
      await second.updateComplete;
      expect(second.shadowRoot!.textContent).to.contain('€');
      expect(built.filter((args, index) => built.indexOf(args) !== index), 'built twice').to.deep.equal([]);
    } finally {
      kinds.forEach((kind, index) => Object.defineProperty(Intl, kind, {value: originals[index], configurable: true, writable: true}));
    }
  });
});
