/**
 * React 19 typings: `import 'spa-scar-kit/react';` once (e.g. in your app's entry or a .d.ts).
 * React 19 sets known properties, passes the rest as attributes, and turns `on<event-name>`
 * props into listeners for that exact event: `onspa-book-click={(event) => …}`.
 */
import type {DetailedHTMLProps, HTMLAttributes} from 'react';
import type {SpaBookButton, SpaScarExplainer, SpaSessionEstimator} from '../dist/types/index.js';
import type {
  OnEventProps,
  SpaBookButtonAttributes,
  SpaBookButtonEvents,
  SpaScarExplainerAttributes,
  SpaScarExplainerEvents,
  SpaSessionEstimatorAttributes,
  SpaSessionEstimatorEvents,
} from './elements.js';

type KitElement<T extends HTMLElement, Attributes> = DetailedHTMLProps<HTMLAttributes<T>, T> & Attributes;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'spa-book-button': KitElement<SpaBookButton, SpaBookButtonAttributes> &
        OnEventProps<SpaBookButtonEvents>;
      'spa-scar-explainer': KitElement<SpaScarExplainer, SpaScarExplainerAttributes> & OnEventProps<SpaScarExplainerEvents>;
      'spa-session-estimator': KitElement<SpaSessionEstimator, SpaSessionEstimatorAttributes> &
        OnEventProps<SpaSessionEstimatorEvents>;
    }
  }
}
