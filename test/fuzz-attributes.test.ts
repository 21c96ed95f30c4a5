/**
 * Every attribute of every element, set to hostile values and removed again: nothing throws,
 * the element still renders, and each bad value is named in exactly one console warning.
 */
import {expect, fixture} from '@open-wc/testing';
import {unsafeStatic, html as staticHtml} from 'lit/static-html.js';
import '../src/index.js';
import {recordWarnings} from './helpers.js';

const HOSTILE = [
  '',
  '   ',
  '-1',
  '0',
  'NaN',
  '1e999',
  'null',
  'undefined',
  '[object Object]',
  '<img src=x onerror="window.__pwned=1">',
  '"><script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  'x'.repeat(20000),
  '\u202Eevil\u202C',
  '\u0000\u0001\u001f',
  '🙂🧴💉',
  '\uD800',
  'ｉｃｅｐｉｃｋ',
];

/** How an attribute answers bad text: `warns` once, `boolean` (any text means on), or `label` (blank warns, the rest is text). */
type Kind = 'warns' | 'boolean' | 'label' | 'on-click';

const ELEMENTS: Record<string, Record<string, Kind>> = {
  'spa-book-button': {
    href: 'warns',
    target: 'warns',
    provider: 'warns',
    label: 'label',
    variant: 'warns',
    size: 'warns',
    floating: 'boolean',
    estimator: 'on-click',
    analytics: 'warns',
  },
  'spa-scar-explainer': {
    types: 'warns',
    selected: 'warns',
    layout: 'warns',
    'hide-alternatives': 'boolean',
  },
  'spa-session-estimator': {
    for: 'warns',
    'scar-type': 'warns',
    severity: 'warns',
    price: 'warns',
    'package-size': 'warns',
    'package-price': 'warns',
    currency: 'warns',
    'interval-weeks': 'warns',
    'max-sessions': 'warns',
    'hide-screening': 'boolean',
  },
};

type LitHost = HTMLElement & {updateComplete: Promise<unknown>};

describe('hostile attribute values', () => {
  let warnings: ReturnType<typeof recordWarnings>;
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  before(() => window.addEventListener('error', onError));
  after(() => window.removeEventListener('error', onError));
  beforeEach(() => (warnings = recordWarnings()));
  afterEach(() => warnings.stop());

  for (const [tag, attributes] of Object.entries(ELEMENTS)) {
    for (const [attribute, kind] of Object.entries(attributes)) {
      it(`<${tag} ${attribute}>: ${HOSTILE.length} hostile values, then removed`, async () => {
        for (const value of HOSTILE) {
          warnings.messages.length = 0;
          warnings.elements.length = 0;
          // The button gets a working link to fall back to: a slotted one when href is fuzzed,
          // an href attribute otherwise (so that its label is the one in use).
          const content = attribute === 'href' ? staticHtml`<a href="https://calendly.com/botanica">Book</a>` : '';
          const el = await fixture<LitHost>(
            staticHtml`<${unsafeStatic(tag)} href="https://calendly.com/botanica">${content}</${unsafeStatic(tag)}>`,
          );
          el.setAttribute(attribute, value);
          await el.updateComplete;
          const label = `${attribute}=${JSON.stringify(value.slice(0, 20))}`;
          expect(el.shadowRoot!.querySelector('[part="base"]'), `${label} still renders`).to.not.equal(null);
          expect(el.shadowRoot!.querySelector('img, script'), `${label} rendered as text`).to.equal(null);

          if (kind === 'on-click') {
            const link = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
            el.addEventListener('spa-book-click', (event) => event.preventDefault());
            link.click();
          }
          const named = warnings.messages.filter((message) => message.includes(` ${attribute}=`));
          const blank = value.trim() === '';
          const expected = kind === 'boolean' ? 0 : kind === 'label' ? (blank ? 1 : 0) : 1;
          expect(named.length, `${label}: ${named.join(' | ')}`).to.equal(expected);
          expect(warnings.messages.length, `${label}: only its own warning`).to.equal(expected);
          // The element goes along, so a page with several can tell which one is meant.
          for (const named of warnings.elements) expect(named, `${label}: the warning names its element`).to.equal(el);
          for (const message of named) expect(message.length, `${label} warning stays short`).to.be.below(400);

          el.removeAttribute(attribute);
          await el.updateComplete;
          expect(el.shadowRoot!.querySelector('[part="base"]'), `${label} removed`).to.not.equal(null);
          expect(warnings.messages.length, `${label}: removing warns nothing new`).to.equal(expected);
        }
        expect((window as unknown as {__pwned?: number}).__pwned).to.equal(undefined);
        expect(errors).to.deep.equal([]);
      });
    }
  }
});
