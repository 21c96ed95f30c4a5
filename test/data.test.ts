import {expect} from '@open-wc/testing';
import {setLocale} from '../src/index.js';
import {SCAR_TYPE_IDS, SCAR_TYPES, SUITABILITIES, suitabilityLabel} from '../src/data/scar-types.js';
import {SOURCES, type SourceId} from '../src/data/sources.js';
import {COURSE_BY_GRADE, FLAT_MARKS, VERDICT_BY_TYPE} from '../src/data/estimate-table.js';
import {SCREENING} from '../src/data/screening.js';

const LOCALES = ['en', 'es', 'fr'] as const;

describe('scar type data', () => {
  after(() => setLocale('en'));

  it('has the eight SPEC.md types, keyed by their own ids', () => {
    expect(Object.keys(SCAR_TYPES)).to.have.members([...SCAR_TYPE_IDS]);
    for (const id of SCAR_TYPE_IDS) expect(SCAR_TYPES[id].id).to.equal(id);
  });

  it('marks (PIH, PIE) are marks; the rest are scars', () => {
    const marks = SCAR_TYPE_IDS.filter((id) => SCAR_TYPES[id].kind === 'mark');
    expect(marks).to.deep.equal(['pih', 'pie']);
  });

  it('follows the evidence, not the seed blogs: ice pick poor, raised scars not suitable', () => {
    expect(SCAR_TYPES.icepick.suitability).to.equal('poor');
    expect(SCAR_TYPES.hypertrophic.suitability).to.equal('not-suitable');
    expect(SCAR_TYPES.keloid.suitability).to.equal('not-suitable');
    expect(SCAR_TYPES.rolling.suitability).to.equal('good');
    for (const id of SCAR_TYPE_IDS) expect(SUITABILITIES).to.include(SCAR_TYPES[id].suitability);
  });

  it('every fact names at least one source, and every source id resolves', () => {
    for (const id of SCAR_TYPE_IDS) {
      const type = SCAR_TYPES[id];
      for (const fact of [type.looks, type.feels, type.size, type.reason, type.alternatives]) {
        expect(fact.sources.length, `${id} has a fact without a source`).to.be.greaterThan(0);
        for (const source of fact.sources) {
          expect(SOURCES, `${id} cites unknown source ${source}`).to.have.property(source);
        }
      }
    }
  });

  it('every source has a label and a citation, and web pages are flagged as such', () => {
    for (const [id, source] of Object.entries(SOURCES)) {
      expect(source.label, id).to.be.a('string').and.not.empty;
      expect(source.citation, id).to.be.a('string').and.not.empty;
      if ('url' in source) expect(source.url, id).to.match(/^https:\/\//);
    }
    expect(SOURCES.marksWeb.kind).to.equal('web');
  });

  it('every source is cited by something the widgets show: a type, an estimate or a safety answer', () => {
    const cited = new Set([
      ...SCAR_TYPE_IDS.flatMap((id) => {
        const type = SCAR_TYPES[id];
        return [type.looks, type.feels, type.size, type.reason, type.alternatives].flatMap((fact) => fact.sources);
      }),
      ...Object.values(COURSE_BY_GRADE).flatMap((row) => row.sources),
      ...Object.values(VERDICT_BY_TYPE).flatMap((row) => row.sources),
      ...FLAT_MARKS.sources,
      ...SCREENING.flatMap((item) => item.sources),
    ]);
    // A source no one cites is weight in every page's download that no visitor can see.
    expect(Object.keys(SOURCES).filter((id) => !cited.has(id as SourceId))).to.deep.equal([]);
  });

  for (const locale of LOCALES) {
    it(`every type has every field in ${locale}`, async () => {
      await setLocale(locale);
      for (const id of SCAR_TYPE_IDS) {
        const type = SCAR_TYPES[id];
        const texts = [
          type.name(),
          ...type.aliases(),
          type.looks.text(),
          type.feels.text(),
          type.size.text(),
          type.reason.text(),
          ...type.alternatives.items(),
          suitabilityLabel(type.suitability),
        ];
        for (const text of texts) expect(text, `${id} in ${locale}`).to.be.a('string').and.not.empty;
      }
    });
  }

  it('es and fr really are translated (names differ from English)', async () => {
    const names = async (locale: string) => {
      await setLocale(locale);
      return SCAR_TYPE_IDS.map((id) => SCAR_TYPES[id].name());
    };
    const [en, es, fr] = [await names('en'), await names('es'), await names('fr')];
    SCAR_TYPE_IDS.forEach((id, i) => {
      expect(es[i], id).not.to.equal(en[i]);
      expect(fr[i], id).not.to.equal(en[i]);
    });
  });
});

describe('XLIFF translations', () => {
  for (const locale of ['es', 'fr']) {
    it(`${locale}.xlf has a target for every message, with the same placeholders`, async () => {
      const text = await (await fetch(`/xliff/${locale}.xlf`)).text();
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const units = [...doc.querySelectorAll('trans-unit')];
      expect(units.length).to.be.greaterThan(50);
      for (const unit of units) {
        const source = unit.querySelector('source')!;
        const target = unit.querySelector('target');
        const id = unit.getAttribute('id');
        expect(target?.textContent?.trim(), `${locale}: ${id} "${source.textContent}"`).to.be.a('string').and.not.empty;
        const placeholders = (node: Element) => [...node.querySelectorAll('x')].map((x) => x.getAttribute('equiv-text')).sort();
        expect(placeholders(target!), `${locale}: ${id}`).to.deep.equal(placeholders(source));
      }
    });
  }

  it('French keeps : ; ? ! on the line of the word before them, by a no-break space, as French is typeset', async () => {
    const text = await (await fetch('/xliff/fr.xlf')).text();
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const targets = [...doc.querySelectorAll('target')].map((target) => target.textContent!);
    expect(targets.filter((target) => /[:;?!]/.test(target))).to.have.length.greaterThan(20);
    // A plain space there lets "?" or ":" start the next line on a narrow screen.
    expect(targets.filter((target) => / [:;?!]/.test(target))).to.deep.equal([]);
  });

  it('French keeps a number with the word it counts ("6 mois", "3 séances"), as French is typeset', async () => {
    const text = await (await fetch('/xliff/fr.xlf')).text();
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    // A number is a digit or a placeholder (<x/>, the count the estimator fills in).
    const targets = [...doc.querySelectorAll('target')].map((target) => target.innerHTML);
    const counted = /(\d|\/>)\s(ans|mois|jours?|semaines?|séances?)\b/;
    expect(targets.filter((target) => counted.test(target))).to.have.length.greaterThan(10);
    // "il y a moins de 6 / mois" on a narrow screen.
    expect(targets.filter((target) => /(\d|\/>) (ans|mois|jours?|semaines?|séances?)\b/.test(target))).to.deep.equal([]);
  });

  it('keeps a number and its unit on one line ("2 mm", "6 %") by a no-break space, in every language', async () => {
    const text = await (await fetch('/xliff/fr.xlf')).text();
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const english = [...doc.querySelectorAll('source')].map((source) => source.textContent!);
    const translated = await Promise.all(
      ['es', 'fr'].map(async (locale) => {
        const xliff = new DOMParser().parseFromString(await (await fetch(`/xliff/${locale}.xlf`)).text(), 'application/xml');
        return [...xliff.querySelectorAll('target')].map((target) => target.textContent!);
      }),
    );
    const texts = [...english, ...translated.flat()];
    const unit = /\d\s(mm|%)/;
    expect(texts.filter((text) => unit.test(text))).to.have.length.greaterThan(10);
    // A plain space lets "%" or "mm" start the next line on a narrow screen: "about 6 / %, against 47 %".
    expect(texts.filter((text) => /\d (mm|%)/.test(text))).to.deep.equal([]);
  });
});
