// The benchmark's yardstick: a one-line Lit element, bundled exactly like the kit.
import {LitElement, html} from 'lit';

customElements.define(
  'base-line',
  class extends LitElement {
    override render() {
      return html`<p>Hello</p>`;
    }
  },
);
