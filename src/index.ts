/**
 * The bundle's entry: load it once with `<script type="module">` and the kit's tags are
 * registered, localized from `<html lang>`, and ready.
 */
import {VERSION} from './version.js';
import {existingKit, recordKit} from './shared/registry.js';
import {startLocalization} from './shared/localization.js';
import {defineElements} from './define.js';
import {resolveLocale} from './lib/locale.js';

// A second copy (another script tag, a page builder injecting it twice) finds the first
// copy's record and defines nothing: the first copy's elements and locale stay in charge.
const firstCopy = !existingKit();
if (firstCopy) recordKit({version: VERSION, ...startLocalization()});
defineElements();

/** Switches every element of the kit on the page to `locale` (`en`, `es`, `fr`; others → `en`). */
export function setLocale(locale: string): Promise<void> {
  return existingKit()?.setLocale(locale) ?? Promise.resolve();
}

/** The locale the kit's elements are showing. */
export function getLocale(): string {
  return existingKit()?.getLocale() ?? 'en';
}

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
