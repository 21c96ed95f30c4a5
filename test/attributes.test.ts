import {expect} from '@open-wc/testing';
import {asAttributeText, describeValue, likelyChoice, parseChoice} from '../src/lib/attributes.js';
import {resolveLocale} from '../src/lib/locale.js';
import {VERSION} from '../src/version.js';

describe('parseChoice', () => {
  const sizes = ['md', 'sm', 'lg'] as const;
  it('absent → the default, silently', () => {
    expect(parseChoice(null, sizes, 'md')).to.deep.equal({value: 'md', invalid: false});
  });
  it('valid, in any case and with spaces', () => {
    expect(parseChoice(' LG ', sizes, 'md')).to.deep.equal({value: 'lg', invalid: false});
  });
  it('empty, unknown or hostile → the default, flagged', () => {
    for (const raw of ['', 'huge', '<b>lg</b>', 'NaN', '-1', 'lg'.repeat(10000)]) {
      expect(parseChoice(raw, sizes, 'md')).to.deep.equal({value: 'md', invalid: true});
    }
  });
  it('describeValue shortens and quotes hostile text for a warning', () => {
    expect(describeValue('a'.repeat(100))).to.equal(JSON.stringify(`${'a'.repeat(60)}…`));
    expect(describeValue('x\ny')).to.equal('"x\\ny"');
  });
  it('describeValue shows up to 60 characters whole, and only longer text shortened', () => {
    expect(describeValue('a'.repeat(60))).to.equal(JSON.stringify('a'.repeat(60)));
    expect(describeValue('a'.repeat(61))).to.equal(JSON.stringify(`${'a'.repeat(60)}…`));
  });
});

describe('likelyChoice', () => {
  it("names the kit's value for common slips: HTML's target names, words for sizes, no, grade names", () => {
    expect(likelyChoice('target', ' _SELF ')).to.equal('self');
    expect(likelyChoice('size', 'Large')).to.equal('lg');
    expect(likelyChoice('variant', 'outlined')).to.equal('outline');
    expect(likelyChoice('analytics', 'false')).to.equal('off');
    expect(likelyChoice('layout', 'grid')).to.equal('cards');
    expect(likelyChoice('severity', 'Moderate')).to.equal('3');
    expect(likelyChoice('scar-type', 'ice-pick')).to.equal('icepick');
    expect(likelyChoice('selected', 'Ice Pick')).to.equal('icepick');
  });
  it('every hint the warnings give, one by one', () => {
    const hints: Array<[string, string, string]> = [
      ['target', '_self', 'self'], ['target', '_top', 'self'], ['target', '_parent', 'self'],
      ['size', 'small', 'sm'], ['size', 'large', 'lg'],
      ['variant', 'outlined', 'outline'], ['variant', 'link', 'text'],
      ['analytics', 'false', 'off'], ['analytics', 'no', 'off'], ['analytics', '0', 'off'],
      ['analytics', 'none', 'off'], ['analytics', 'disabled', 'off'],
      ['layout', 'card', 'cards'], ['layout', 'grid', 'cards'],
      ['severity', 'macular', '1'], ['severity', 'mild', '2'], ['severity', 'moderate', '3'], ['severity', 'severe', '4'],
      ['scar-type', 'ice-pick', 'icepick'], ['scar-type', 'ice pick', 'icepick'], ['scar-type', 'ice_pick', 'icepick'],
      ['selected', 'ice-pick', 'icepick'], ['selected', 'ice pick', 'icepick'], ['selected', 'ice_pick', 'icepick'],
    ];
    for (const [attribute, raw, meant] of hints) {
      expect(likelyChoice(attribute, raw), `${attribute}="${raw}"`).to.equal(meant);
    }
  });
  it('has no guess for words that mean the default anyway, for anything else, nor for the names objects inherit', () => {
    for (const [attribute, raw] of [['target', '_blank'], ['size', 'medium'], ['size', 'huge'], ['target', 'constructor'], ['size', '__proto__'], ['nope', 'large'], ['toString', 'x']]) {
      expect(likelyChoice(attribute, raw), `${attribute}=${raw}`).to.equal(undefined);
    }
  });
});

describe('asAttributeText', () => {
  it('keeps text and absence, and turns other values into the text an attribute would hold', () => {
    expect(asAttributeText('rolling')).to.equal('rolling');
    expect(asAttributeText(null)).to.equal(null);
    expect(asAttributeText(undefined)).to.equal(null);
    expect(asAttributeText(250)).to.equal('250');
    expect(asAttributeText(new URL('https://calendly.com/a'))).to.equal('https://calendly.com/a');
    expect(asAttributeText(['rolling', 'icepick'])).to.equal('rolling,icepick');
  });
  it('never throws, even for a value with no way to become text', () => {
    expect(asAttributeText(Object.create(null))).to.equal('[object Object]');
    expect(asAttributeText(Symbol('x'))).to.equal('Symbol(x)');
  });
});

describe('resolveLocale', () => {
  const cases: Array<[string | null, string]> = [
    ['es', 'es'],
    ['es-MX', 'es'],
    ['fr-CA', 'fr'],
    ['FR', 'fr'],
    ['en-GB', 'en'],
    // Underscores, as some CMSs write them (a POSIX locale, not a language tag).
    ['es_MX', 'es'],
    ['fr_CA', 'fr'],
    // Spaces around it, as a template with a stray space or newline writes it.
    [' es-MX ', 'es'],
    ['\tfr\n', 'fr'],
    ['de', 'en'],
    ['', 'en'],
    [null, 'en'],
    ['not a language!', 'en'],
  ];
  for (const [tag, locale] of cases) {
    it(`${JSON.stringify(tag)} → ${locale}`, () => expect(resolveLocale(tag)).to.equal(locale));
  }
});

describe('version', () => {
  it("matches package.json's version", async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});
