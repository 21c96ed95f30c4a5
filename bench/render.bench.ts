/**
 * Runs in headless Chromium through the test runner (`npm run bench`): each scene in a fresh
 * frame (or a new tab), alternating the kit and the baseline so both see the same machine, many
 * times over.
 * Writes medians to .bench/results.json for scripts/bench.mjs to report.
 */
import {executeServerCommand, writeFile} from '@web/test-runner-commands';

const RUNS = 15;
const KIT = '/dist/spa-scar-kit.js';
const BASELINE = '/.bench/dist/baseline.js';

function measure(query: string): Promise<{ms: number; rendered: number}> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1280px; height: 800px; border: 0';
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow) return;
      window.removeEventListener('message', onMessage);
      frame.remove();
      resolve(event.data);
    };
    window.addEventListener('message', onMessage);
    frame.onerror = reject;
    frame.src = `/bench/frame.html?${query}&run=${Math.random()}`;
    document.body.append(frame);
  });
}

/** The same page in a new tab (bench/fresh-tab-plugin.mjs): a visitor's first page of the site. */
function measureInFreshTab(query: string): Promise<{ms: number; rendered: number}> {
  return executeServerCommand('first-render-in-fresh-tab', {path: `/bench/frame.html?${query}&run=${Math.random()}`});
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

it('measures first render against a one-line Lit element', async function () {
  this.timeout(600_000);
  const scenes = [
    {name: 'demo page (3 elements)', kit: `scene=demo&count=3&module=${KIT}`, baseline: `scene=baseline&count=1&module=${BASELINE}`, elements: 3},
    {
      name: 'demo page (3 elements), new tab',
      kit: `scene=demo&count=3&module=${KIT}`,
      baseline: `scene=baseline&count=1&module=${BASELINE}`,
      elements: 3,
      freshTab: true,
    },
    ...[1, 10, 100].map((count) => ({
      name: `${count} estimator${count > 1 ? 's' : ''}`,
      kit: `scene=estimators&count=${count}&module=${KIT}`,
      baseline: `scene=baseline&count=${count}&module=${BASELINE}`,
      elements: count,
    })),
  ];
  const results = [];
  for (const scene of scenes) {
    const kit: number[] = [];
    const baseline: number[] = [];
    const measureScene = 'freshTab' in scene ? measureInFreshTab : measure;
    await measureScene(scene.kit); // warm the HTTP cache and the compiler alike for both
    await measureScene(scene.baseline);
    for (let run = 0; run < RUNS; run++) {
      const k = await measureScene(scene.kit);
      if (k.rendered !== scene.elements) throw new Error(`${scene.name}: ${k.rendered} of ${scene.elements} rendered`);
      kit.push(k.ms);
      baseline.push((await measureScene(scene.baseline)).ms);
    }
    results.push({scene: scene.name, elements: scene.elements, kitMs: median(kit), baselineMs: median(baseline)});
  }
  await writeFile({path: '../.bench/results.json', content: JSON.stringify({runs: RUNS, results}, null, 2)});
});
