/**
 * Svelte 5 typings: `import 'spa-scar-kit/svelte';` once. Svelte sets properties when the
 * element has them and listens with `onspa-book-click={…}`.
 */
import type {HTMLAttributes} from 'svelte/elements';
import type {
  OnEventProps,
  SpaBookButtonAttributes,
  SpaBookButtonEvents,
  SpaScarExplainerAttributes,
  SpaScarExplainerEvents,
  SpaSessionEstimatorAttributes,
  SpaSessionEstimatorEvents,
} from './elements.js';

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'spa-book-button': HTMLAttributes<HTMLElement> & SpaBookButtonAttributes &
      OnEventProps<SpaBookButtonEvents>;
    'spa-scar-explainer': HTMLAttributes<HTMLElement> & SpaScarExplainerAttributes & OnEventProps<SpaScarExplainerEvents>;
    'spa-session-estimator': HTMLAttributes<HTMLElement> & SpaSessionEstimatorAttributes & OnEventProps<SpaSessionEstimatorEvents>;
  }
}
