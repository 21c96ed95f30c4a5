/**
 * Vue 3 typings: `import 'spa-scar-kit/vue';` once. Also tell Vue's compiler these are custom
 * elements: `compilerOptions.isCustomElement: (tag) => tag.startsWith('spa-')`. Listen with
 * `@spa-book-click="…"`.
 */
import type {DefineComponent} from 'vue';
import type {
  SpaBookButtonAttributes,
  SpaScarExplainerAttributes,
  SpaSessionEstimatorAttributes,
} from './elements.js';

declare module 'vue' {
  interface GlobalComponents {
    'spa-book-button': DefineComponent<SpaBookButtonAttributes>;
    'spa-scar-explainer': DefineComponent<SpaScarExplainerAttributes>;
    'spa-session-estimator': DefineComponent<SpaSessionEstimatorAttributes>;
  }
}
