/**
 * <spa-session-estimator> on its own, for bundlers: Lit and @lit/localize are imported, not inlined,
 * so an app that already uses Lit ships it once. Importing this module registers the tag.
 */
import {SpaSessionEstimator} from '../components/session-estimator/session-estimator.js';
import {defineOnce} from '../shared/registry.js';
import {startKit} from '../shared/kit.js';

startKit();
defineOnce('spa-session-estimator', SpaSessionEstimator);

export {SpaSessionEstimator};
export type {EstimateSummary} from '../shared/estimate.js';
export {setLocale, getLocale} from '../shared/kit.js';
