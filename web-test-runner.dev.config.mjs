import base, {testPage} from './web-test-runner.config.mjs';

// The whole suite again, against Lit's development build (as Lit's own starter kit does).
// That build checks how the elements use Lit: an update that schedules another update,
// class fields that shadow reactive properties, bindings where none can go. Each of those
// warnings becomes an error thrown on the test page, which fails the running test.
// Its banner ("Lit is in dev mode") is the one warning that is expected, so it is switched
// off by its code, the way Lit documents.
const failOnLitWarnings = `
  globalThis.litIssuedWarnings = new Set(['dev-mode']);
  const warn = console.warn;
  console.warn = function (...args) {
    warn.apply(this, args);
    const message = String(args[0]);
    if (message.includes('https://lit.dev/msg/')) {
      setTimeout(() => {
        throw new Error('Lit (development build) warned: ' + message);
      });
    }
  };
`;

export default {
  ...base,
  nodeResolve: {exportConditions: ['development']},
  testRunnerHtml: testPage(`<script>${failOnLitWarnings}</script>`),
};
