import type {Plugin} from 'vite';

/**
 * Minifies the CSS inside Lit's css`…` templates at build time (neither Vite nor rolldown
 * touches template literals). Conservative on purpose: drops comments and the whitespace
 * around `{ } ; , :` and at the ends, and collapses the rest to one space, which keeps
 * descendant combinators and `calc()` operators intact.
 */
export function minifyLitCss(): Plugin {
  return {
    name: 'minify-lit-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.ts$/.test(id) || !code.includes('css`')) return null;
      return code.replace(/css`([^`]*)`/g, (_match, body: string) => `css\`${minifyCss(body)}\``);
    },
  };
}

export function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}
