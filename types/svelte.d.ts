/**
 * Svelte 5 typings: `import 'spa-scar-kit/svelte';` once. Svelte sets properties when the
 * element has them and listens with `onspa-book-click={…}`.
 */
import type {HTMLAttributes} from 'svelte/elements';
import type {
  SpaBookButtonAttributes,
  SpaEventMap,
  SpaScarExplainerAttributes,
  SpaSessionEstimatorAttributes,
} from './elements.js';

type Events<Names extends keyof SpaEventMap> = {[Name in Names as `on${Name}`]?: (event: SpaEventMap[Name]) => void};

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'spa-book-button': HTMLAttributes<HTMLElement> & SpaBookButtonAttributes &
      Events<'spa-book-click' | 'spa-book-open' | 'spa-book-close' | 'spa-book-complete'>;
    'spa-scar-explainer': HTMLAttributes<HTMLElement> & SpaScarExplainerAttributes & Events<'spa-scar-select'>;
    'spa-session-estimator': HTMLAttributes<HTMLElement> & SpaSessionEstimatorAttributes & Events<'spa-estimate-change'>;
  }
}
