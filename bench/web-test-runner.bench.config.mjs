// `npm run bench`: the same browser set-up as the tests, running only the benchmark.
import config from '../web-test-runner.config.mjs';
import {freshTabPlugin} from './fresh-tab-plugin.mjs';

export default {
  ...config,
  rootDir: '.',
  plugins: [...config.plugins, freshTabPlugin()],
  files: ['bench/*.bench.ts'],
  testFramework: {config: {timeout: 600000}},
};
