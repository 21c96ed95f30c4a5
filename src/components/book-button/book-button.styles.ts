import {css} from 'lit';

export const bookButtonStyles = css`
  :host {
    /* inline-flex: the host is exactly as tall as the button, so a :not(:defined) rule can
       reserve that height and nothing moves when the script arrives. */
    display: inline-flex;
    vertical-align: middle;
    max-width: 100%;
  }
  :host([floating]) {
    position: fixed;
    z-index: 999;
    inset-block-end: max(16px, env(safe-area-inset-bottom));
    inset-inline-end: max(16px, env(safe-area-inset-right));
    max-width: calc(100% - 32px);
    /* The host's own box takes no click: stepped aside (hidden), the corner stays the page's. */
    pointer-events: none;
  }
  :host([floating]) .button,
  :host([floating]) dialog {
    pointer-events: auto;
  }
  /* On a right-to-left page the inline end is the left edge, with its own safe area. */
  :host([floating]:dir(rtl)) {
    inset-inline-end: max(16px, env(safe-area-inset-left));
  }
  @media print {
    :host([floating]) {
      display: none;
    }
  }

  .button {
    --_height: 44px;
    --_pad: calc(var(--_space) * 2.5);
    /* Fills the host when the page sizes it (width: 100% for a full-width call to action, a
       flex column's stretch), as a native link-button would; else the host fits the button. */
    flex: 1 1 auto;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 0.75);
    max-width: 100%;
    min-height: var(--_height);
    padding: calc(var(--_space) * 0.75) var(--_pad);
    margin: 0;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font-size: 1em;
    font-weight: 600;
    line-height: 1.25;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
    transition: background-color 150ms ease, color 150ms ease, box-shadow 150ms ease;
  }
  /* Hover looks only where the pointer hovers: on a touch screen the element last tapped keeps
     :hover, and would keep looking pressed after the finger left. Each rule stays where it was,
     in its own block, so the variants below still win over it in the cascade. */
  @media (hover: hover) {
    .button:hover {
      background: color-mix(in srgb, var(--_primary) 86%, black);
      border-color: color-mix(in srgb, var(--_primary) 86%, black);
    }
  }
  .button.outline {
    background: transparent;
    color: var(--_primary);
  }
  @media (hover: hover) {
    .button.outline:hover {
      background: color-mix(in srgb, var(--_primary) 10%, transparent);
    }
  }
  .button.text {
    background: transparent;
    border-color: transparent;
    color: var(--_primary);
    text-decoration: underline;
    text-underline-offset: 0.2em;
    --_pad: var(--_space);
  }
  @media (hover: hover) {
    .button.text:hover {
      background: color-mix(in srgb, var(--_primary) 8%, transparent);
    }
  }
  .button.sm {
    --_height: 32px;
    --_pad: calc(var(--_space) * 1.5);
    padding-block: calc(var(--_space) * 0.5);
    font-size: 0.875em;
  }
  .button.lg {
    --_height: 52px;
    --_pad: calc(var(--_space) * 3.5);
    font-size: 1.125em;
  }
  :host([floating]) .button {
    box-shadow: 0 6px 20px rgb(0 0 0 / 0.25);
    transition: opacity 200ms ease, transform 200ms ease, visibility 200ms;
  }
  /* Never while focused: focus hidden would be lost to the keyboard (WCAG 2.4.11). */
  :host([floating]) .button.tucked:not(:focus) {
    visibility: hidden;
    opacity: 0;
    transform: translateY(12px);
  }
  .button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.55;
    background: transparent;
    color: var(--_text);
    border-color: var(--_border);
  }
  /* The label may shrink below its longest word, so such a word breaks inside the button. */
  [part='label'] {
    min-width: 0;
  }
  .icon {
    flex: none;
    width: 1em;
    /* Firefox leaves the icon out of the button's narrowest width (its automatic minimum is
       0), then draws it anyway, squeezing the label by its width: "Bo/ok" in a page's flex row. */
    min-width: 1em;
    height: 1em;
  }

  /* In % of the viewport, a modal's containing block, not in vw and dvh: WebKitGTK 2.50 gave a
     dialog opened after the window shrank from 1280 to 800 px the old vw (960 px wide). */
  dialog {
    width: min(960px, calc(100% - 32px));
    height: min(820px, calc(100% - 32px));
    max-width: none;
    max-height: none;
    padding: 0;
    /* Transparent, but a contrast theme, which drops the shadow, draws it. */
    border: 1px solid transparent;
    border-radius: var(--_box-radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 20px 60px rgb(0 0 0 / 0.35);
    overflow: hidden;
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.6);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    padding: var(--_space) calc(var(--_space) * 2);
    border-block-end: 1px solid var(--_border);
  }
  .bar h2 {
    flex: 1 1 auto;
    margin: 0;
    font-size: 1.0625em;
    font-weight: 600;
    line-height: 1.3;
  }
  .new-tab {
    color: var(--_primary);
    font-weight: 600;
    text-underline-offset: 0.2em;
    padding: calc(var(--_space) * 0.5);
    border-radius: calc(var(--_radius) / 2);
  }
  .close {
    display: inline-grid;
    place-items: center;
    width: 44px;
    height: 44px;
    margin: 0;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: 50%;
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  @media (hover: hover) {
    .close:hover {
      background: color-mix(in srgb, var(--_text) 8%, var(--_surface));
    }
  }
  .close svg {
    width: 20px;
    height: 20px;
  }
  iframe {
    flex: 1 1 auto;
    display: block;
    width: 100%;
    min-height: 0;
    border: 0;
    background: transparent;
    /* Positioned, and after the loading line: painted above it, so a page that paints as it
       arrives covers it at once. */
    position: relative;
  }
  iframe.loaded {
    background: var(--_surface);
  }
  /* Under the see-through frame, in the middle of the space it takes, until its page arrives. */
  .loading {
    position: absolute;
    inset: 50% 0 auto;
    margin: 0;
    padding-inline: calc(var(--_space) * 2);
    text-align: center;
    color: var(--_muted);
  }
`;
