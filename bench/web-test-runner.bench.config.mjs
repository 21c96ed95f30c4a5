// `npm run bench`: the same browser set-up as the tests, running only the benchmark.
import config from '../web-test-runner.config.mjs';

export default {
  ...config,
  rootDir: '.',
  files: ['bench/*.bench.ts'],
  testFramework: {config: {timeout: 600000}},
};
