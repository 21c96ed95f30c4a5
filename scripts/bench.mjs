// `npm run bench`: how big and how fast the kit is, measured in headless Chromium and
// reported (never asserted: these machines are noisy). Prints a Markdown table for the README.
//   1. builds the kit and, the same way, a one-line Lit element as the yardstick;
//   2. times module evaluation to first render, in the browser, through the test runner: in
//      frames of the test page, and in new tabs (a visitor's first page of the site);
//   3. measures the bundle's gzip and brotli bytes;
//   4. runs Lighthouse 12 on the demo page where it can (fetched with npx; skipped if it can't).
import {execFileSync, spawn} from 'node:child_process';
import {mkdirSync, readFileSync, rmSync} from 'node:fs';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';
import {build} from 'vite';
import {findBrowser} from './find-browser.mjs';

const BUDGET_GZIP = 24 * 1024;
const FRAME_MS = 16;
const run = (command, args, options = {}) => execFileSync(command, args, {stdio: 'inherit', ...options});

rmSync('.bench', {recursive: true, force: true});
mkdirSync('.bench', {recursive: true});

run('npm', ['run', '-s', 'build']);
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    lib: {entry: 'bench/baseline.ts', formats: ['es'], fileName: () => 'baseline.js'},
    target: 'es2022',
    outDir: '.bench/dist',
    rolldownOptions: {output: {codeSplitting: false, minify: true}},
  },
});
run('node', ['scripts/ensure-browsers.mjs', 'chromium']);
run('npx', ['web-test-runner', '--config', 'bench/web-test-runner.bench.config.mjs']);

const {runs, results} = JSON.parse(readFileSync('.bench/results.json', 'utf8'));
const bundle = readFileSync('dist/spa-scar-kit.js');
const baseline = readFileSync('.bench/dist/baseline.js');
const gzip = (bytes) => gzipSync(bytes, {level: 9}).length;
const brotli = (bytes) => brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;

const lighthouse = await runLighthouse();
const date = new Date().toISOString().slice(0, 10);
const lines = [
  `Measured with \`npm run bench\` on ${date} (headless Chromium, median of ${runs} runs, each in a fresh frame).`,
  '',
  '| what | kit | one-line Lit element | ratio | budget |',
  '|---|---|---|---|---|',
  ...results.map(({scene, elements, kitMs, baselineMs}) => {
    const ratio = (kitMs / baselineMs).toFixed(1);
    // A new tab's own start-up (a new renderer, compiling Lit) is no element's doing: there
    // the kit is judged by what it adds to the one-line element.
    const budget = scene.endsWith('new tab')
      ? `${(kitMs - baselineMs).toFixed(1)} ms more than the one-line element`
      : scene.startsWith('demo')
        ? `${FRAME_MS} ms frame: ${kitMs <= FRAME_MS ? 'within' : 'over'}`
        : `${(kitMs / elements).toFixed(2)} ms per estimator`;
    return `| first render, ${scene} | ${kitMs.toFixed(1)} ms | ${baselineMs.toFixed(1)} ms | ${ratio}× | ${budget} |`;
  }),
  `| bundle, gzip | ${gzip(bundle).toLocaleString('en')} B | ${gzip(baseline).toLocaleString('en')} B | ${(gzip(bundle) / gzip(baseline)).toFixed(1)}× | ${BUDGET_GZIP.toLocaleString('en')} B: ${gzip(bundle) <= BUDGET_GZIP ? 'within' : 'over'} |`,
  `| bundle, brotli | ${brotli(bundle).toLocaleString('en')} B | ${brotli(baseline).toLocaleString('en')} B | ${(brotli(bundle) / brotli(baseline)).toFixed(1)}× | |`,
  lighthouse,
];
console.log(`\n${lines.join('\n')}\n`);

/** Lighthouse on the demo page, served as `npm start` serves it. */
async function runLighthouse() {
  const chrome = findBrowser('chromium');
  const port = 8199;
  const server = spawn('node', ['scripts/serve-demo.mjs'], {env: {...process.env, PORT: String(port)}, stdio: 'ignore'});
  try {
    await new Promise((resolve) => setTimeout(resolve, 800));
    const flags = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';
    execFileSync(
      'npx',
      [
        '--yes',
        'lighthouse@12.8.2',
        `http://127.0.0.1:${port}/`,
        '--quiet',
        `--chrome-flags=${flags}`,
        '--only-categories=performance,accessibility,best-practices',
        '--output=json',
        '--output-path=.bench/lighthouse.json',
      ],
      {stdio: 'inherit', env: {...process.env, CHROME_PATH: chrome ?? ''}, timeout: 240_000},
    );
    const report = JSON.parse(readFileSync('.bench/lighthouse.json', 'utf8'));
    const score = (id) => Math.round(report.categories[id].score * 100);
    const cls = report.audits['cumulative-layout-shift'].numericValue;
    return `| Lighthouse, demo page | performance ${score('performance')}, accessibility ${score('accessibility')}, best practices ${score('best-practices')}, CLS ${cls.toFixed(3)} | | | 100 / 100 / 100, CLS 0 |`;
  } catch (error) {
    return `| Lighthouse, demo page | could not run here: ${String(error.message).split('\n')[0]} | | | |`;
  } finally {
    server.kill();
  }
}
