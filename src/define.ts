import {SpaBookButton} from './components/book-button/book-button.js';
import {SpaScarExplainer} from './components/scar-explainer/scar-explainer.js';
import {SpaSessionEstimator} from './components/session-estimator/session-estimator.js';
import {defineOnce} from './shared/registry.js';

/** The one place that registers the kit's tags. Each is guarded: a taken tag is left alone. */
export function defineElements(): void {
  defineOnce('spa-scar-explainer', SpaScarExplainer);
  defineOnce('spa-session-estimator', SpaSessionEstimator);
  defineOnce('spa-book-button', SpaBookButton);
}
