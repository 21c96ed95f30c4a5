import {css} from 'lit';
import {privateTokens} from './theme-tokens.js';

/**
 * The public theme tokens (SPEC.md) resolved once, with their defaults (theme-tokens.ts),
 * into private `--_` variables that every element's styles use. A page that sets no token
 * still gets a finished look whose colours meet WCAG AA (4.5:1 for text on the default surface).
 *
 * The `.base` rule shields the widgets from the host page: inherited properties that page
 * CSS commonly sets (huge line heights, letter spacing, text-transform, alignment, words broken
 * anywhere or hyphenated, glowing or gradient-filled text) are reset there, while the font
 * family still inherits from the page by default. It is on each shadow root's top-level
 * elements, not on :host, because page rules such as `* { font: inherit }` reach the host
 * element itself and win over :host.
 */
export const themeStyles = css`
  :host {
    ${privateTokens}
    /* Boxes of several lines (panels, answers, the dialog) round up to 24 px: a brand's pill
       radius (999px) makes pill buttons, not ovals whose border cuts across the text. */
    --_box-radius: min(var(--_radius), 24px);
    box-sizing: border-box;
    /* The default surface is light, and so are its native controls, whatever scheme the page
       declares for itself: a page's "light dark" in dark mode would draw every radio filled.
       A page's own rule on the element (the dark recipe's "color-scheme: dark") wins. */
    color-scheme: light;
  }
  .base,
  dialog {
    font-family: var(--_font);
    color: var(--_text);
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    white-space: normal;
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    word-break: normal;
    hyphens: manual;
    /* break-word, not anywhere: a word too long for its line still breaks, but a narrowest
       size keeps whole words, so a page's flex row cannot squeeze "Book" to "Boo k". */
    overflow-wrap: break-word;
    text-shadow: none;
    -webkit-text-fill-color: currentcolor;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  svg {
    max-width: 100%;
    height: auto;
  }
  /* Hidden text is placed against the widget, not against some box up the page: in a page's
     scrolling box (a pop-up, a drawer) it would escape the box and lengthen the page. */
  .base {
    position: relative;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
`;
