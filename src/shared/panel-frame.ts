import {html, type TemplateResult} from 'lit';

/**
 * A panel's base (panel.styles.ts) inside the box its container queries measure, with an empty
 * grid beside it that asks for a readable 20em where the page sizes the element by its content
 * (a float, an inline-block, a table cell), yet lets it shrink below that where the page has
 * less room (a `1fr` grid column, a flex item on a 320 px phone).
 */
export const framed = (base: TemplateResult) => html`<div class="readable-width"></div><div class="measure">${base}</div>`;
