// One measurement in a fresh frame: put the markup in the page, then time from the module's
// import (parse, evaluation, registration) to the first render of every element.
const params = new URLSearchParams(location.search);
const module = params.get('module');
const count = Number(params.get('count'));
const scene = params.get('scene');

const markup = {
  demo: () => `
    <spa-scar-explainer></spa-scar-explainer>
    <spa-session-estimator severity="3" price="250"></spa-session-estimator>
    <spa-book-button href="https://calendly.com/botanica/microneedling"></spa-book-button>`,
  estimators: () => '<spa-session-estimator scar-type="rolling" severity="3" price="250"></spa-session-estimator>'.repeat(count),
  baseline: () => '<base-line></base-line>'.repeat(count),
}[scene]();
document.body.insertAdjacentHTML('beforeend', markup);

const elements = [...document.body.children].filter((element) => element.localName.includes('-'));
const start = performance.now();
await import(module);
await Promise.all(
  elements.map((element) => customElements.whenDefined(element.localName).then(() => element.updateComplete)),
);
const ms = performance.now() - start;
const result = {ms, rendered: elements.filter((element) => element.shadowRoot?.childNodes.length).length};
// In a frame, to the test page; in a tab of its own, for bench/fresh-tab-plugin.mjs to read.
if (parent !== window) parent.postMessage(result, '*');
window.benchResult = result;
