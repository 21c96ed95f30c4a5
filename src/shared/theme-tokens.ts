import {unsafeCSS} from 'lit';

/**
 * The public theme tokens (SPEC.md) and their defaults, written once. Each element's styles
 * read a token through a private `--_name` variable (see theme.styles.ts).
 */
const TOKENS: [name: string, token: string, fallback: string][] = [
  ['primary', '--spa-color-primary', '#1d5c57'],
  ['on-primary', '--spa-color-on-primary', '#ffffff'],
  ['surface', '--spa-color-surface', '#ffffff'],
  ['text', '--spa-color-text', '#2a2a2a'],
  ['muted', '--spa-color-muted', '#5b6470'],
  ['border', '--spa-color-border', '#8a9099'],
  ['good', '--spa-color-good', '#17692e'],
  ['caution', '--spa-color-caution', '#7a5000'],
  ['stop', '--spa-color-stop', '#a1241a'],
  ['skin', '--spa-color-skin', '#dcae8e'],
  ['font', '--spa-font-family', 'inherit'],
  ['radius', '--spa-radius', '8px'],
  ['space', '--spa-space', '8px'],
  ['focus-ring', '--spa-focus-ring', '3px solid #1a56db'],
];

/** `--_primary: var(--spa-color-primary, #1d5c57);` and so on, for a `:host` rule. */
export const privateTokens = unsafeCSS(
  TOKENS.map(([name, token, fallback]) => `--_${name}: var(${token}, ${fallback});`).join(''),
);

/**
 * Tells the browser the colour tokens are colours. A colour it cannot read (a typo such as
 * `#1d5c5`) then gives the colour the page set further out, or the default, instead of no
 * value at all: a primary button with no fill, its white label on the page's white.
 * Lengths stay unregistered: registered, `--spa-space: 0.5em` would be measured where the page
 * sets it rather than in each widget's own text. Once per page; a copy of the kit, or the
 * page, that registered them first keeps its registration.
 */
export function registerColorTokens(): void {
  for (const [, token, fallback] of TOKENS) {
    if (!token.startsWith('--spa-color-')) continue;
    try {
      CSS.registerProperty({name: token, syntax: '<color>', inherits: true, initialValue: fallback});
    } catch {
      // Already registered, or a browser without registerProperty: the var() fallbacks stand.
    }
  }
}
