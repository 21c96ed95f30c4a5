/**
 * The attributes and events of the kit's elements, as plain types that the framework typings
 * (react.d.ts, vue.d.ts, svelte.d.ts) share.
 */
import type {
  BookClickDetail,
  BookDialogDetail,
  EstimateSummary,
  Provider,
  ScarSelectDetail,
  ScarTypeId,
} from '../dist/types/index.js';

export type {BookClickDetail, BookDialogDetail, EstimateSummary, ScarSelectDetail};

export interface SpaBookButtonAttributes {
  href?: string;
  target?: 'new-tab' | 'self' | 'dialog';
  provider?: Provider;
  label?: string;
  variant?: 'primary' | 'outline' | 'text';
  size?: 'sm' | 'md' | 'lg';
  floating?: boolean;
  estimator?: string;
  analytics?: 'on' | 'off';
}

export interface SpaScarExplainerAttributes {
  /** Space-separated type ids. */
  types?: string;
  selected?: ScarTypeId;
  layout?: 'tabs' | 'cards';
  'hide-alternatives'?: boolean;
}

type Grade = 1 | 2 | 3 | 4;
type Amount = number | `${number}`;

export interface SpaSessionEstimatorAttributes {
  for?: string;
  'scar-type'?: ScarTypeId;
  severity?: Grade | `${Grade}`;
  price?: Amount;
  'package-size'?: Amount;
  'package-price'?: Amount;
  currency?: string;
  'interval-weeks'?: Amount | `${number}-${number}`;
  'max-sessions'?: Amount;
  'hide-screening'?: boolean;
}

export interface SpaEventMap {
  'spa-book-click': CustomEvent<BookClickDetail>;
  'spa-book-open': CustomEvent<BookDialogDetail>;
  'spa-book-close': CustomEvent<BookDialogDetail>;
  'spa-book-complete': CustomEvent<BookDialogDetail>;
  'spa-scar-select': CustomEvent<ScarSelectDetail>;
  'spa-estimate-change': CustomEvent<EstimateSummary>;
}

/** The events each element fires, for the framework typings' listener props. */
export type SpaBookButtonEvents = 'spa-book-click' | 'spa-book-open' | 'spa-book-close' | 'spa-book-complete';
export type SpaScarExplainerEvents = 'spa-scar-select';
export type SpaSessionEstimatorEvents = 'spa-estimate-change';

/** Listener props named `on<event-name>`, the way React 19 and Svelte 5 bind custom events. */
export type OnEventProps<Names extends keyof SpaEventMap> = {
  [Name in Names as `on${Name}`]?: (event: SpaEventMap[Name]) => void;
};
