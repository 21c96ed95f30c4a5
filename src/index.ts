/**
 * The bundle's entry: load it once with `<script type="module">` and the kit's tags are
 * registered, localized from `<html lang>`, and ready.
 */
import {VERSION} from './version.js';
import {resolveLocale} from './lib/locale.js';
// Each element module starts the kit once and registers its own tag, guarded: a second copy
// (another script tag, a page builder injecting it twice) finds the first copy's record and
// tags, and defines nothing; the first copy's elements and locale stay in charge.
import './elements/book-button.js';
import './elements/scar-explainer.js';
import './elements/session-estimator.js';

export {setLocale, getLocale} from './shared/kit.js';
export {VERSION, resolveLocale};
export {detectProvider, PROVIDER_NAMES, PROVIDERS, type Provider} from './lib/providers.js';
export {parseBookingHref, withAttribution} from './lib/booking-url.js';
export {SpaBookButton} from './components/book-button/book-button.js';
export type {BookClickDetail, BookDialogDetail} from './components/book-button/book-button.js';
export {SpaScarExplainer} from './components/scar-explainer/scar-explainer.js';
export type {ScarSelectDetail} from './components/scar-explainer/scar-explainer.js';
export {SCAR_TYPE_IDS, type ScarTypeId} from './data/scar-types.js';
export {SpaSessionEstimator} from './components/session-estimator/session-estimator.js';
export {estimate, summarize} from './lib/estimate.js';
export type {EstimateSummary} from './shared/estimate.js';
