import {expect} from '@open-wc/testing';
import {estimate, summarize, type SpaConfig} from '../src/lib/estimate.js';
import {courseCost} from '../src/lib/price.js';
import {currencyDecimals, parseCurrency, parseNumber, parseWeeksRange} from '../src/lib/numbers.js';
import {COURSE_BY_GRADE, GRADES, VERDICT_BY_TYPE} from '../src/data/estimate-table.js';
import {SCAR_TYPE_IDS, SCAR_TYPES} from '../src/data/scar-types.js';
import {SOURCES} from '../src/data/sources.js';

const NO_PRICES: SpaConfig = {
  pricing: {perSession: null, packageSize: null, packagePrice: null},
  currency: 'USD',
  intervalWeeks: null,
  maxSessions: null,
};

/** Spa settings covering the edges: none, prices, packages, caps and intervals, alone and together. */
const CONFIGS: SpaConfig[] = [
  NO_PRICES,
  {...NO_PRICES, pricing: {perSession: 250, packageSize: null, packagePrice: null}},
  {...NO_PRICES, pricing: {perSession: null, packageSize: 3, packagePrice: 650}},
  {...NO_PRICES, pricing: {perSession: 250, packageSize: 3, packagePrice: 650}},
  {...NO_PRICES, pricing: {perSession: 99.5, packageSize: 4, packagePrice: 1000}},
  ...[1, 2, 3, 4, 5, 6, 7, 50].map((maxSessions) => ({...NO_PRICES, maxSessions})),
  ...[{min: 4, max: 4}, {min: 1, max: 2}, {min: 8, max: 12}, {min: 2, max: 6}].map((intervalWeeks) => ({
    ...NO_PRICES,
    intervalWeeks,
  })),
  {pricing: {perSession: 300, packageSize: 6, packagePrice: 1500}, currency: 'EUR', intervalWeeks: {min: 6, max: 8}, maxSessions: 2},
];

describe('estimate()', () => {
  it('is null until both the scar type and the grade are answered', () => {
    expect(estimate({scarType: null, severity: null}, NO_PRICES)).to.equal(null);
    expect(estimate({scarType: 'rolling', severity: null}, NO_PRICES)).to.equal(null);
    expect(estimate({scarType: null, severity: 3}, NO_PRICES)).to.equal(null);
  });

  it('follows the evidence table: grade 3 rolling is 3–6 sessions, typically 4, every 2–6 weeks, 12 weeks', () => {
    const result = estimate({scarType: 'rolling', severity: 3}, NO_PRICES)!;
    expect(result.verdict).to.equal('course');
    expect(result.sessions).to.deep.equal({min: 3, typical: 4, max: 6});
    expect(result.intervalWeeks).to.deep.equal({min: 2, typical: 4, max: 6});
    expect(result.spanWeeks).to.deep.equal({min: 4, typical: 12, max: 30});
    expect(result.combination).to.equal(false);
    expect(result.price).to.equal(null);
  });

  it('grade 4 and deep boxcar scars advise combination treatment', () => {
    expect(estimate({scarType: 'rolling', severity: 4}, NO_PRICES)!.combination).to.equal(true);
    expect(estimate({scarType: 'boxcar-deep', severity: 2}, NO_PRICES)!.combination).to.equal(true);
    expect(estimate({scarType: 'boxcar-shallow', severity: 2}, NO_PRICES)!.combination).to.equal(false);
  });

  it('gives no count for ice pick, raised scars, keloids and marks at any grade, nor for grade 1', () => {
    // A type's own answer holds at grade 1 too: a keloid said to be flat still needs a
    // dermatologist, not the sunscreen and creams of flat marks.
    const expected = {icepick: 'icepick', hypertrophic: 'raised', keloid: 'raised', pih: 'marks', pie: 'marks'} as const;
    for (const [scarType, verdict] of Object.entries(expected)) {
      for (const severity of GRADES) {
        const result = estimate({scarType: scarType as keyof typeof expected, severity}, NO_PRICES)!;
        expect(result.verdict, `${scarType} ${severity}`).to.equal(verdict);
        const {sources} = VERDICT_BY_TYPE[scarType as keyof typeof expected];
        expect(result.sources, `${scarType} ${severity}`).to.deep.equal(sources);
        expect(result.sessions, scarType).to.equal(null);
        expect(result.price, scarType).to.equal(null);
      }
    }
    for (const scarType of ['rolling', 'boxcar-shallow', 'boxcar-deep'] as const) {
      const result = estimate({scarType, severity: 1}, NO_PRICES)!;
      expect(result.verdict, scarType).to.equal('marks');
      // The summary keeps the type's own rating; its null sessions say there is no course.
      const summary = summarize(result, {scarType, severity: 1});
      expect(summary.suitability, scarType).to.equal(SCAR_TYPES[scarType].suitability);
      expect(summary.sessions, scarType).to.equal(null);
    }
  });

  it('flat marks of a scar type cite both kinds of marks', () => {
    // What providers use then lists both kinds' treatments: the pages behind them are named.
    expect(estimate({scarType: 'rolling', severity: 1}, NO_PRICES)!.sources).to.deep.equal([
      'goodmanBaron2006',
      'marksWeb',
      'pieWeb',
    ]);
  });

  it('every row names evidence that resolves', () => {
    for (const row of Object.values(COURSE_BY_GRADE)) {
      expect(row.sources.length).to.be.greaterThan(0);
      for (const id of row.sources) expect(SOURCES).to.have.property(id);
    }
    for (const row of Object.values(VERDICT_BY_TYPE)) {
      expect(row.sources.length).to.be.greaterThan(0);
      for (const id of row.sources) expect(SOURCES).to.have.property(id);
    }
  });

  it('never produces nonsense, for every type, grade and spa setting', () => {
    let courses = 0;
    for (const scarType of SCAR_TYPE_IDS) {
      for (const severity of GRADES) {
        for (const config of CONFIGS) {
          const result = estimate({scarType, severity}, config)!;
          const where = `${scarType}/${severity}/${JSON.stringify(config)}`;
          expect(result, where).to.not.equal(null);
          if (!result.sessions) continue;
          courses++;
          const {sessions, intervalWeeks, spanWeeks, price} = result;
          for (const value of [...Object.values(sessions), ...Object.values(intervalWeeks!), ...Object.values(spanWeeks!)]) {
            expect(Number.isFinite(value), where).to.equal(true);
          }
          expect(sessions.min, where).to.be.at.least(1);
          expect(sessions.min, where).to.be.at.most(sessions.typical);
          expect(sessions.typical, where).to.be.at.most(sessions.max);
          expect(intervalWeeks!.min, where).to.be.at.most(intervalWeeks!.typical);
          expect(intervalWeeks!.typical, where).to.be.at.most(intervalWeeks!.max);
          expect(spanWeeks!.min, where).to.be.at.most(spanWeeks!.typical);
          expect(spanWeeks!.typical, where).to.be.at.most(spanWeeks!.max);
          if (config.maxSessions != null) expect(sessions.max, where).to.be.at.most(config.maxSessions);
          if (config.intervalWeeks) {
            expect(intervalWeeks!.min, where).to.equal(config.intervalWeeks.min);
            expect(intervalWeeks!.max, where).to.equal(config.intervalWeeks.max);
          }
          const priced = config.pricing.perSession != null || config.pricing.packageSize != null;
          expect(price != null, where).to.equal(priced);
          if (price) {
            expect(price.min, where).to.be.at.most(price.max);
            expect(price.min, where).to.be.greaterThan(0);
            expect(price.currency, where).to.equal(config.currency);
          }
        }
      }
    }
    expect(courses).to.be.greaterThan(100);
  });

  it("applies the spa's cap and interval", () => {
    const capped = estimate({scarType: 'rolling', severity: 4}, {...NO_PRICES, maxSessions: 3})!;
    expect(capped.sessions).to.deep.equal({min: 3, typical: 3, max: 3});
    expect(capped.cappedBySpa).to.equal(true);
    const one = estimate({scarType: 'rolling', severity: 3}, {...NO_PRICES, maxSessions: 1})!;
    expect(one.sessions).to.deep.equal({min: 1, typical: 1, max: 1});
    expect(one.spanWeeks).to.deep.equal({min: 0, typical: 0, max: 0});
    const monthly = estimate({scarType: 'rolling', severity: 3}, {...NO_PRICES, intervalWeeks: {min: 4, max: 4}})!;
    expect(monthly.intervalWeeks).to.deep.equal({min: 4, typical: 4, max: 4});
    expect(monthly.spanWeeks).to.deep.equal({min: 8, typical: 12, max: 20});
    const slow = estimate({scarType: 'rolling', severity: 3}, {...NO_PRICES, intervalWeeks: {min: 8, max: 12}})!;
    expect(slow.intervalWeeks!.typical).to.equal(8);
  });

  it("says the spa offers fewer sessions only when its cap is below the studies' count", () => {
    const cappedAt = (maxSessions: number) => estimate({scarType: 'rolling', severity: 3}, {...NO_PRICES, maxSessions})!;
    expect(cappedAt(6).cappedBySpa, 'the studies used up to 6').to.equal(false);
    expect(cappedAt(6).sessions).to.deep.equal({min: 3, typical: 4, max: 6});
    expect(cappedAt(5).cappedBySpa).to.equal(true);
  });

  it("keeps whole sessions, at least one, for a script's own cap of 0 or 2.5", () => {
    // The elements parse max-sessions to 1–50; a page calling the exported estimate() may not.
    const capped = (maxSessions: number) =>
      estimate({scarType: 'rolling', severity: 3}, {...NO_PRICES, maxSessions})!.sessions;
    expect(capped(0)).to.deep.equal({min: 1, typical: 1, max: 1});
    expect(capped(2.5)).to.deep.equal({min: 2, typical: 2, max: 2});
  });

  it('cites the grade\'s studies and the type\'s own for a course of deep boxcar scars', () => {
    const {sources} = estimate({scarType: 'boxcar-deep', severity: 3}, NO_PRICES)!;
    expect(sources).to.include.members([...COURSE_BY_GRADE[3].sources, ...VERDICT_BY_TYPE['boxcar-deep'].sources]);
    expect(new Set(sources).size, 'each once').to.equal(sources.length);
  });

  it('flags a spa interval outside the 2 to 6 weeks the studies used, and only that', () => {
    const unlike = (min: number, max: number) =>
      estimate({scarType: 'rolling', severity: 3}, {...NO_PRICES, intervalWeeks: {min, max}})!.intervalUnlikeStudies;
    expect(unlike(1, 1), 'weekly').to.equal(true);
    expect(unlike(1, 2)).to.equal(true);
    expect(unlike(4, 8)).to.equal(true);
    expect(unlike(8, 12)).to.equal(true);
    expect(unlike(2, 6)).to.equal(false);
    expect(unlike(4, 4)).to.equal(false);
    expect(estimate({scarType: 'rolling', severity: 3}, NO_PRICES)!.intervalUnlikeStudies, "the studies' own").to.equal(false);
    expect(estimate({scarType: 'icepick', severity: 3}, {...NO_PRICES, intervalWeeks: {min: 1, max: 1}})!.intervalUnlikeStudies, 'no course').to.equal(false);
    const single = estimate({scarType: 'rolling', severity: 3}, {...NO_PRICES, intervalWeeks: {min: 1, max: 1}, maxSessions: 1})!;
    expect(single.intervalUnlikeStudies, 'one session has no interval').to.equal(false);
  });

  it('prices the course per session, per package, and with the cheapest mix', () => {
    const perSession = estimate({scarType: 'rolling', severity: 3}, CONFIGS[1])!;
    expect(perSession.price).to.deep.equal({min: 750, max: 1500, currency: 'USD'});
    const packagesOnly = estimate({scarType: 'rolling', severity: 3}, CONFIGS[2])!;
    expect(packagesOnly.price).to.deep.equal({min: 650, max: 1300, currency: 'USD'});
    const mixed = estimate({scarType: 'rolling', severity: 2}, CONFIGS[3])!;
    // 2 sessions: two singles (500) beat a package (650); 4 sessions: package + single (900).
    expect(mixed.price).to.deep.equal({min: 500, max: 900, currency: 'USD'});
  });

  it('summarize() carries SPEC.md keys only', () => {
    const answers = {scarType: 'rolling' as const, severity: 3 as const};
    const summary = summarize(estimate(answers, CONFIGS[1]), answers);
    expect(Object.keys(summary).sort()).to.deep.equal(
      ['intervalWeeks', 'price', 'scarType', 'sessions', 'severity', 'spanWeeks', 'suitability'].sort(),
    );
    expect(summary).to.deep.equal({
      scarType: 'rolling',
      severity: 3,
      suitability: 'good',
      sessions: {min: 3, typical: 4, max: 6},
      intervalWeeks: {min: 2, max: 6},
      spanWeeks: 12,
      price: {min: 750, max: 1500, currency: 'USD'},
    });
  });
});

describe('courseCost()', () => {
  it('is never lower for more sessions', () => {
    for (const pricing of CONFIGS.map((config) => config.pricing)) {
      let previous = 0;
      for (let sessions = 0; sessions <= 12; sessions++) {
        const cost = courseCost(sessions, pricing);
        if (cost == null) continue;
        expect(cost).to.be.at.least(previous);
        previous = cost;
      }
    }
  });
  it('adds up prices with cents exactly, as a till would (no 299.96999999999997 in analytics)', () => {
    const perSession = (price: number) => ({perSession: price, packageSize: null, packagePrice: null});
    expect(courseCost(3, perSession(99.99))).to.equal(299.97);
    expect(courseCost(6, perSession(99.99))).to.equal(599.94);
    expect(courseCost(5, perSession(19.99))).to.equal(99.95);
    expect(courseCost(3, perSession(59.95))).to.equal(179.85);
    // A three-decimal currency (Bahraini dinar) keeps its third decimal.
    expect(courseCost(3, perSession(12.345))).to.equal(37.035);
    // Packages and singles mixed: 2 × 129.95 + 1 × 79.95.
    expect(courseCost(5, {perSession: 79.95, packageSize: 2, packagePrice: 129.95})).to.equal(339.85);
  });
  it('takes a whole package when it costs less than the singles it replaces', () => {
    // Two sessions at 400 each (800), or a package of three for 600: the package.
    expect(courseCost(2, {perSession: 400, packageSize: 3, packagePrice: 600})).to.equal(600);
  });
  it("ignores a script's package of 0 sessions instead of looping for ever", () => {
    expect(courseCost(3, {perSession: 250, packageSize: 0, packagePrice: 500})).to.equal(750);
  });
  it('is null with no price at all, and 0 for no sessions', () => {
    expect(courseCost(3, NO_PRICES.pricing)).to.equal(null);
    expect(courseCost(0, {perSession: 100, packageSize: null, packagePrice: null})).to.equal(0);
  });
});

describe('number attributes', () => {
  it('parseNumber: plain decimals within limits, everything else flagged', () => {
    const money = {min: 0.01, max: 1_000_000};
    expect(parseNumber('250', money)).to.deep.equal({value: 250, invalid: false});
    expect(parseNumber(' 249.50 ', money)).to.deep.equal({value: 249.5, invalid: false});
    expect(parseNumber(null, money)).to.deep.equal({value: null, invalid: false});
    for (const bad of ['', '-250', 'NaN', 'Infinity', '1e3', '1,250', '$250', '0', '<b>1</b>', '9'.repeat(20000), '2000000']) {
      expect(parseNumber(bad, money), bad.slice(0, 20)).to.deep.equal({value: null, invalid: true});
    }
    expect(parseNumber('3.5', {min: 1, max: 50, decimals: 0}).invalid).to.equal(true);
    // As many decimals as the currency has: none for yen, three for Kuwaiti dinars.
    expect(parseNumber('249.50', {...money, decimals: 0}).invalid).to.equal(true);
    expect(parseNumber('15000', {...money, decimals: 0}).value).to.equal(15000);
    expect(parseNumber('25.500', {...money, decimals: 3}).value).to.equal(25.5);
    // Decimals may be asked for only when needed (a currency's come from Intl, which costs).
    const asked: string[] = [];
    const currencyCents = () => (asked.push('asked'), 2);
    expect(parseNumber('250', {...money, decimals: currencyCents}).value).to.equal(250);
    expect(asked, 'for a whole number').to.deep.equal([]);
    expect(parseNumber('249.50', {...money, decimals: currencyCents}).value).to.equal(249.5);
    expect(parseNumber('249.505', {...money, decimals: currencyCents}).invalid).to.equal(true);
    expect(asked).to.deep.equal(['asked', 'asked']);
    expect(parseNumber('249.999', money).invalid).to.equal(true);
  });

  it('currencyDecimals: the decimals a currency\'s prices have', () => {
    expect(['USD', 'EUR', 'JPY', 'KWD'].map(currencyDecimals)).to.deep.equal([2, 2, 0, 3]);
  });
  it('parseWeeksRange: "4", "4-6", "4–6"; not reversed, zero or huge', () => {
    expect(parseWeeksRange('4').value).to.deep.equal({min: 4, max: 4});
    expect(parseWeeksRange('4-6').value).to.deep.equal({min: 4, max: 6});
    expect(parseWeeksRange(' 4 – 6 ').value).to.deep.equal({min: 4, max: 6});
    for (const bad of ['', '6-4', '0', '0-2', '13', '4-', 'four', '-4', '4-6-8']) {
      expect(parseWeeksRange(bad), bad).to.deep.equal({value: null, invalid: true});
    }
  });
  it('parseCurrency: known ISO 4217 codes, any case; else USD', () => {
    expect(parseCurrency('eur')).to.deep.equal({value: 'EUR', invalid: false});
    expect(parseCurrency(null)).to.deep.equal({value: 'USD', invalid: false});
    for (const bad of ['', 'US', 'DOLLARS', 'XYZ', '€', '<b>']) {
      expect(parseCurrency(bad), bad).to.deep.equal({value: 'USD', invalid: true});
    }
  });
});
