/**
 * Vue 3 typings: `import 'spa-scar-kit/vue';` once. Also tell Vue's compiler these are custom
 * elements: `compilerOptions.isCustomElement: (tag) => tag.startsWith('spa-')`. Listen with
 * `@spa-book-click="…"`: Vue's template compiler turns it into the `onSpaBookClick` prop typed here.
 */
import type {DefineComponent} from 'vue';
import type {
  SpaBookButtonAttributes,
  SpaBookButtonEvents,
  SpaEventMap,
  SpaScarExplainerAttributes,
  SpaScarExplainerEvents,
  SpaSessionEstimatorAttributes,
  SpaSessionEstimatorEvents,
} from './elements.js';

/** `spa-book-click` → `spaBookClick`, as Vue camelizes `@spa-book-click`. */
type Camelize<Name extends string> = Name extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camelize<Tail>>}` : Name;
type Events<Names extends keyof SpaEventMap> = {
  [Name in Names as `on${Capitalize<Camelize<Name>>}`]?: (event: SpaEventMap[Name]) => void;
};

declare module 'vue' {
  interface GlobalComponents {
    'spa-book-button': DefineComponent<SpaBookButtonAttributes & Events<SpaBookButtonEvents>>;
    'spa-scar-explainer': DefineComponent<SpaScarExplainerAttributes & Events<SpaScarExplainerEvents>>;
    'spa-session-estimator': DefineComponent<SpaSessionEstimatorAttributes & Events<SpaSessionEstimatorEvents>>;
  }
}
