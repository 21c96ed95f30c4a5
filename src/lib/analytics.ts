import type {EstimateSummary} from '../shared/estimate.js';

/** A flat record of analytics parameters (GA4 and GTM both want flat, snake_case keys). */
export type AnalyticsParams = Record<string, string | number | undefined>;

/**
 * Analytics parameters for a booking event: the booking link, and the course's size and price
 * (a booking's value). Never the visitor's answers about their skin, neither scar type and grade
 * nor a safety answer: tied to an analytics id they are health data, which the GDPR lets a spa
 * process only with explicit consent, and Google's ad policies keep out of audiences.
 * The estimate's keys are always there, undefined without one: Tag Manager's data model keeps
 * each key from push to push until one sets it, so a click without an estimate would report
 * the last click's.
 */
export function bookingParams(
  href: string,
  provider: string,
  target: string,
  estimate: EstimateSummary | null,
): AnalyticsParams {
  const {sessions, price} = estimate ?? {};
  return {
    link_url: href,
    booking_provider: provider,
    booking_target: target,
    sessions_typical: sessions?.typical,
    value: price?.min,
    price_max: price?.max,
    currency: price?.currency,
  };
}

/** The globals analytics may live in; read loosely, since pages set them up in many ways. */
type AnalyticsWindow = object & {dataLayer?: unknown; gtag?: unknown; google_tag_manager?: unknown};

/**
 * Whether a Google Tag Manager container runs on the page. The Google tag (gtag.js) alone
 * registers only its G-/AW- ids there, and keeps a dataLayer of its own as well.
 */
function runsTagManager(win: AnalyticsWindow): boolean {
  const tags = win.google_tag_manager;
  return typeof tags === 'object' && tags !== null && Object.keys(tags).some((id) => id.startsWith('GTM-'));
}

/**
 * Sends one event: pushed to `window.dataLayer` when the page has one (Tag Manager reads it),
 * and sent with `gtag('event', …)` when gtag exists without a Tag Manager container: the
 * Google tag on its own ignores a plain object on its dataLayer, and with a container the
 * page's own tags decide (both would count the click twice).
 * A broken analytics setup on the page must never break booking, so nothing here throws.
 */
export function sendAnalyticsEvent(win: AnalyticsWindow, event: string, params: AnalyticsParams): void {
  try {
    if (Array.isArray(win.dataLayer)) win.dataLayer.push({event, ...params});
    if (typeof win.gtag === 'function' && !runsTagManager(win)) {
      // gtag's parameters last one event, so only the set ones go.
      const set = Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined));
      (win.gtag as (...args: unknown[]) => void)('event', event, set);
    }
  } catch (error) {
    console.warn('spa-scar-kit: the page\'s analytics threw; booking goes on.', error);
  }
}
