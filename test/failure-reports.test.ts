/**
 * A failing test must say which test failed and why. @web/test-runner sends each failure to
 * the terminal with structuredClone, which cannot copy a DOM node or a URL: without
 * test/setup/cloneable-failures.ts, a failed `expect(element).to.equal(null)` left the whole
 * file hanging until the run's 120 s timeout, naming no test (modernweb-dev/web#2967).
 */
import {chai, expect, fixture, html} from '@open-wc/testing';

/** The error a failing assertion throws. */
function failureOf(assertion: () => void): Chai.AssertionError & {actual: unknown; expected: unknown} {
  try {
    assertion();
  } catch (error) {
    return error as Chai.AssertionError & {actual: unknown; expected: unknown};
  }
  throw new Error('the assertion passed');
}

function canBeSent(value: unknown): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}

describe('failure reports', () => {
  it('a failed assertion about an element or a URL can be sent to the terminal, and still shows the value', () => {
    const link = document.createElement('a');
    link.id = 'book';
    const failures = [
      failureOf(() => expect(link).to.equal(null)),
      failureOf(() => expect(null).to.equal(link)),
      failureOf(() => expect(new URL('https://calendly.com@evil.example/')).to.equal(null)),
    ];
    for (const failure of failures) {
      expect(failure).to.be.instanceOf(chai.AssertionError);
      expect(canBeSent({actual: failure.actual, expected: failure.expected}), failure.message).to.equal(true);
    }
    expect(String(failures[0].actual)).to.equal('<a id="book"></a>');
    expect(String(failures[1].expected)).to.equal('<a id="book"></a>');
    expect(String(failures[2].actual)).to.equal('https://calendly.com@evil.example/');
  });

  // The setup runs before mocha: it must not keep @open-wc/testing from removing fixtures.
  it('a fixture is on the page during its test', async () => {
    await fixture(html`<p data-from-an-earlier-test></p>`);
    expect(document.querySelectorAll('[data-from-an-earlier-test]')).to.have.length(1);
  });

  it('and gone in the next one', () => {
    expect(document.querySelectorAll('[data-from-an-earlier-test]')).to.have.length(0);
  });

  it('values that can be sent are left as they are, for the diff', () => {
    const failure = failureOf(() => expect({sessions: 3}).to.deep.equal({sessions: 4}));
    expect(failure.actual).to.deep.equal({sessions: 3});
    expect(failure.expected).to.deep.equal({sessions: 4});
  });
});
