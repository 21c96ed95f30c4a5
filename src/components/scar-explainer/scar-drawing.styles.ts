import {css} from 'lit';

/**
 * Colours of the scar drawings (scar-drawing.ts), shared by every element that shows them.
 * They follow the theme, and `--spa-color-skin` (its default in theme-tokens.ts) sets the skin tone.
 */
export const scarDrawingStyles = css`
  .skin {
    fill: var(--_skin);
  }
  .skin-edge {
    fill: none;
    stroke: color-mix(in srgb, var(--_skin) 70%, black);
    stroke-width: 1.5;
  }
  .dermis {
    fill: color-mix(in srgb, var(--_skin) 30%, #f8d7cf);
  }
  .fat {
    fill: #f6e6b0;
  }
  .fat-line {
    fill: none;
    stroke: #e3cb82;
    stroke-width: 1.2;
  }
  .epidermis {
    fill: none;
    stroke: var(--_skin);
    stroke-width: 16;
  }
  .surface-line {
    fill: none;
    stroke: color-mix(in srgb, var(--_skin) 55%, black);
    stroke-width: 1.5;
    stroke-linejoin: round;
  }
  .band {
    fill: none;
    stroke: color-mix(in srgb, var(--_skin) 35%, #6b3b2e);
    stroke-width: 3;
    stroke-linecap: round;
  }
  .scar-tissue {
    fill: color-mix(in srgb, var(--_skin) 45%, #e59aa5);
    stroke: color-mix(in srgb, var(--_skin) 40%, #9c4a58);
    stroke-width: 1;
  }
  .spot-edge {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1.2;
    stroke-dasharray: 3 3;
  }
  .shade {
    fill: color-mix(in srgb, var(--_skin) 35%, black);
  }
  .dent {
    fill: color-mix(in srgb, var(--_skin) 82%, black);
    stroke: color-mix(in srgb, var(--_skin) 45%, black);
    stroke-width: 1.5;
  }
  .dent.deep {
    fill: color-mix(in srgb, var(--_skin) 62%, black);
  }
  .soft-shadow {
    fill: color-mix(in srgb, var(--_skin) 75%, black);
    opacity: 0.55;
  }
  .raised {
    fill: color-mix(in srgb, var(--_skin) 50%, #e48a9a);
    stroke: color-mix(in srgb, var(--_skin) 40%, #9c4a58);
    stroke-width: 1.2;
  }
  .highlight {
    fill: white;
    opacity: 0.45;
  }
  .pigment {
    fill: color-mix(in srgb, var(--_skin) 30%, #4a2a14);
  }
  .vessel,
  .redness {
    fill: color-mix(in srgb, var(--_skin) 25%, #cf2e3a);
  }
  .faint {
    opacity: 0.6;
  }
`;
