import {withParamsAdded} from './booking-url.js';

/** The booking platforms the button knows by name (SPEC.md), plus `generic`. */
export const PROVIDERS = [
  'calendly',
  'acuity',
  'square',
  'vagaro',
  'fresha',
  'boulevard',
  'mindbody',
  'glossgenius',
  'jane',
  'zenoti',
  'generic',
] as const;
export type Provider = (typeof PROVIDERS)[number];

/**
 * Registrable domains each platform serves booking pages from (its own domain and any
 * subdomain of it). Sources: ../shared/reference/booking-embeds-notes.md.
 */
const PROVIDER_DOMAINS: Record<Exclude<Provider, 'generic'>, readonly string[]> = {
  calendly: ['calendly.com'],
  // Acuity is also sold as "Squarespace Scheduling"; `as.me` is its short-link domain.
  acuity: ['acuityscheduling.com', 'squarespacescheduling.com', 'as.me'],
  square: ['squareup.com', 'square.site'],
  vagaro: ['vagaro.com'],
  fresha: ['fresha.com'],
  boulevard: ['joinblvd.com', 'boulevard.io', 'joinboulevard.com'],
  mindbody: ['mindbodyonline.com', 'mindbody.io', 'healcode.com'],
  glossgenius: ['glossgenius.com'],
  jane: ['janeapp.com', 'jane.app'],
  zenoti: ['zenoti.com'],
};

/** Human names, for the dialog's iframe title. Brand names are not translated. */
export const PROVIDER_NAMES: Record<Provider, string> = {
  calendly: 'Calendly',
  acuity: 'Acuity Scheduling',
  square: 'Square Appointments',
  vagaro: 'Vagaro',
  fresha: 'Fresha',
  boulevard: 'Boulevard',
  mindbody: 'Mindbody',
  glossgenius: 'GlossGenius',
  jane: 'Jane',
  zenoti: 'Zenoti',
  generic: '',
};

/**
 * The platform behind a booking URL, matched on whole host labels only:
 * `acme.glossgenius.com` is GlossGenius, `calendly.com.evil.example` is not Calendly.
 */
export function detectProvider(url: URL | null): Provider {
  if (!url) return 'generic';
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  for (const [provider, domains] of Object.entries(PROVIDER_DOMAINS)) {
    if (domains.some((domain) => host === domain || host.endsWith(`.${domain}`))) {
      return provider as Provider;
    }
  }
  return 'generic';
}

/**
 * Whether a message from the booking frame reports a finished booking. Calendly posts
 * `{event: 'calendly.event_scheduled', payload}` (developer.calendly.com, "Notifying the
 * parent window"). The caller checks the message's origin and source first.
 */
export function isBookingCompleteMessage(data: unknown): boolean {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as {event?: unknown}).event === 'calendly.event_scheduled'
  );
}

/**
 * The URL the booking dialog's frame loads.
 *
 * An `http:` link is asked for over https where http cannot work: browsers block an http page
 * framed in an https one (the dialog would say "Loading" forever), and the booking platforms
 * serve https only, so their http address only redirects, away from the origin whose messages
 * the dialog listens to.
 *
 * Calendly's page tells its parent about the booking (the message above) only when its URL
 * names the parent's host in `embed_domain`; Calendly's own embed script adds that, with
 * `embed_type=PopupText` for a popup opened from the page's own button, and so does this.
 * Parameters the URL already has are kept. Other platforms' URLs are loaded as they are.
 */
export function bookingFrameUrl(url: URL, provider: Provider, page: {host: string; protocol: string}): URL {
  let frameUrl = url;
  if (url.protocol === 'http:' && (page.protocol === 'https:' || provider !== 'generic')) {
    frameUrl = new URL(url);
    frameUrl.protocol = 'https:';
  }
  if (provider !== 'calendly') return frameUrl;
  return withParamsAdded(frameUrl, [
    ['embed_domain', page.host],
    ['embed_type', 'PopupText'],
  ]);
}
