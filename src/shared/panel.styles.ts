import {css} from 'lit';

/**
 * The framed panel the explainer and the estimator draw in: a block host whose width its
 * container queries read, a bordered surface, and no default margins inside. Each element sets
 * its own padding, gap and columns on `.base`.
 */
export const panelStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .base {
    display: grid;
    border: 1px solid color-mix(in srgb, var(--_border) 50%, transparent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  p,
  h3,
  h4,
  dl,
  dd,
  ul,
  ol,
  figure,
  fieldset {
    margin: 0;
  }
`;
