import {css} from 'lit';

/**
 * The framed panel the explainer and the estimator draw in: a block host whose width its
 * container queries read, a bordered surface, and no default margins inside. Each element sets
 * its own padding, gap and columns on `.base`. In a contrast theme, the panels' accent is the
 * system highlight.
 */
export const panelStyles = css`
  :host {
    display: block;
    /* Fills the space it is given, as a block does, in a centred flex column too, and can
       shrink beside other items. */
    width: -webkit-fill-available;
    width: -moz-available;
    width: stretch;
    min-width: 0;
  }
  /* The box container queries measure. Its containment gives it no width of its own: the
     empty grid beside it (panel-frame.ts) is what the page sees of the element's content,
     20em at most and nothing at least, so a float gets a readable 20em and a 1fr grid column
     on a phone may still go narrower. */
  .measure {
    container-type: inline-size;
  }
  .readable-width {
    display: grid;
    grid-template-columns: minmax(0, 20em);
  }
  /* Answers and tabs: 44 px tall at least, a fingertip's size, held by an empty first item
     rather than min-height: WebKit kept a box that centres its content at its min-height when a
     narrower window wrapped its words onto more lines. The box sets --_pad-block (its padding
     above and below) and --_gap (its gap, which the item takes back). */
  .fingertip::before {
    content: '';
    height: calc(44px - var(--_pad-block) * 2 - 2px);
    margin-inline-end: calc(var(--_gap) * -1);
  }
  /* Its column, and those of the single-column grids inside (each element's styles), may be
     narrower than their longest word (text at 200 % in a 240 px sidebar): the word then breaks,
     by the theme's overflow-wrap, where an auto column would widen past the panel's edge and
     take the text out with it. */
  .base {
    display: grid;
    grid-auto-columns: minmax(0, 1fr);
    border: 1px solid color-mix(in srgb, var(--_border) 50%, transparent);
    border-radius: var(--_box-radius);
    background: var(--_surface);
    color: var(--_text);
  }
  /* Contrast themes (Windows) swap every colour for the user's own and drop shadows and
     backgrounds. The accent becomes the system highlight, so that the chosen tab or answer and
     the timeline's dots still stand out. (The book button needs none of this: as a link it
     takes the theme's link colours.) */
  @media (forced-colors: active) {
    :host {
      --_primary: Highlight;
      --_surface: Canvas;
    }
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
