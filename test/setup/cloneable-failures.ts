/**
 * Loaded before every test file (web-test-runner.config.mjs). @web/test-runner sends each
 * failure to the terminal with structuredClone, which throws on a DOM node or a URL: a failed
 * `expect(element).to.equal(null)` then left the file hanging until the run's timeout, naming
 * no test (modernweb-dev/web#2967). A failure's value that cannot be sent is replaced by its
 * text (an element's markup, a URL's href) before the error leaves the assertion.
 */
// The chai that @open-wc/testing re-exports, imported directly: importing @open-wc/testing
// here, before mocha has defined `afterEach`, would leave every test's fixtures on the page.
import * as chai from '@esm-bundle/chai';

function sendable(value: unknown): unknown {
  try {
    structuredClone(value);
    return value;
  } catch {
    return value instanceof Element ? value.outerHTML.slice(0, 300) : String(value);
  }
}

const assert = chai.Assertion.prototype.assert;
chai.Assertion.prototype.assert = function (this: Chai.AssertionStatic, ...args: Parameters<typeof assert>) {
  try {
    return assert.apply(this, args);
  } catch (error) {
    if (error instanceof chai.AssertionError) {
      const failure = error as Chai.AssertionError & {actual: unknown; expected: unknown};
      failure.actual = sendable(failure.actual);
      failure.expected = sendable(failure.expected);
    }
    throw error;
  }
};
