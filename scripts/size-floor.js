// What every Lit element with @lit/localize carries: the floor of the size breakdown.
export {LitElement, html, css, svg, nothing} from 'lit';
export {configureLocalization, msg, str, updateWhenLocaleChanges} from '@lit/localize';
