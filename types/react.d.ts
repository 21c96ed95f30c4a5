/**
 * React 19 typings: `import 'spa-scar-kit/react';` once (e.g. in your app's entry or a .d.ts).
 * React 19 sets known properties, passes the rest as attributes, and turns `on<event-name>`
 * props into listeners for that exact event: `onspa-book-click={(event) => …}`.
 */
import type {DetailedHTMLProps, HTMLAttributes} from 'react';
import type {SpaBookButton, SpaScarExplainer, SpaSessionEstimator} from '../dist/types/index.js';
import type {
  SpaBookButtonAttributes,
  SpaEventMap,
  SpaScarExplainerAttributes,
  SpaSessionEstimatorAttributes,
} from './elements.js';

type Events<Names extends keyof SpaEventMap> = {[Name in Names as `on${Name}`]?: (event: SpaEventMap[Name]) => void};
type KitElement<T extends HTMLElement, Attributes> = DetailedHTMLProps<HTMLAttributes<T>, T> & Attributes;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'spa-book-button': KitElement<SpaBookButton, SpaBookButtonAttributes> &
        Events<'spa-book-click' | 'spa-book-open' | 'spa-book-close' | 'spa-book-complete'>;
      'spa-scar-explainer': KitElement<SpaScarExplainer, SpaScarExplainerAttributes> & Events<'spa-scar-select'>;
      'spa-session-estimator': KitElement<SpaSessionEstimator, SpaSessionEstimatorAttributes> &
        Events<'spa-estimate-change'>;
    }
  }
}
