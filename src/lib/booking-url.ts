/**
 * Booking URL safety and attribution. Pure: every function takes the page's URLs as input.
 */

/** Longest href accepted; real booking links are far shorter, hostile ones are not. */
export const MAX_HREF_LENGTH = 4096;

/** Any C0 control character or DEL: never part of a real booking link. */
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** Page parameters that carry attribution to the booking page (SPEC.md). */
const ATTRIBUTION_PARAM = /^(utm_[a-z0-9_]+|gclid|fbclid)$/;
const MAX_ATTRIBUTION_VALUE = 500;

/**
 * The URL a booking link may navigate to, or null when the text is unsafe or garbage.
 *
 * Accepted: an absolute `https:`/`http:` URL without a user name or password, or a same-site
 * path starting with `/`, resolved against `baseUrl` (the document's base URL, as its links are).
 * The scheme is checked on the URL as the browser itself would parse it, so obfuscations
 * (`JaVa\tScRiPt:`, leading spaces, `&#106;avascript:`, `data:`, `vbscript:`) cannot slip past.
 */
export function parseBookingHref(raw: string, baseUrl: string | URL): URL | null {
  const text = raw.trim();
  if (!text || text.length > MAX_HREF_LENGTH || CONTROL_CHARACTER.test(text)) return null;
  try {
    if (HAS_SCHEME.test(text)) {
      const url = new URL(text);
      const isWeb = url.protocol === 'https:' || url.protocol === 'http:';
      return isWeb && url.hostname && !namesUser(url) ? url : null;
    }
    // `//host` and `/\host` look like paths but leave the site; only a plain `/path` stays.
    if (text.startsWith('/') && !/^\/[/\\]/.test(text)) {
      const base = new URL(baseUrl);
      const url = new URL(text, base);
      return url.origin === base.origin ? url : null;
    }
  } catch {
    // Unparseable text is garbage: fall through.
  }
  return null;
}

/**
 * `https://calendly.com@evil.example/` goes to evil.example: a name@ before the host only
 * disguises it (and browsers refuse to frame such a URL).
 */
function namesUser(url: URL): boolean {
  return url.username !== '' || url.password !== '';
}

/** For text refused as a booking link: whether a name@ before its host is the reason. */
export function hidesHostBehindName(raw: string): boolean {
  try {
    return namesUser(new URL(raw.trim()));
  } catch {
    return false;
  }
}

/** A host name at the start of the text: `calendly.com/…`, `www.vagaro.com`, not `book.html`. */
const LEADING_HOST = /^(?:[a-z0-9-]+\.)+(?!html?\b|php\b|aspx?\b)[a-z]{2,}(?=[/?#:]|$)/i;

/**
 * For text refused as a booking link, the https: URL it most likely meant, or null. The most
 * common slip is an address pasted without its scheme: `calendly.com/botanica`.
 */
export function likelyMeantHref(raw: string): string | null {
  const text = raw.trim();
  if (!LEADING_HOST.test(text)) return null;
  return parseBookingHref(`https://${text}`, 'https://example.invalid/')?.href ?? null;
}

/**
 * The booking URL with the page's `utm_*`, `gclid` and `fbclid` parameters added, never
 * overwriting a parameter the booking URL already has. Other page parameters stay behind.
 */
export function withAttribution(bookingUrl: URL, pageSearch: string): URL {
  const attribution = [...new URLSearchParams(pageSearch)].filter(
    ([key, value]) => ATTRIBUTION_PARAM.test(key) && value.length <= MAX_ATTRIBUTION_VALUE,
  );
  return withParamsAdded(bookingUrl, attribution);
}

/**
 * A copy of the URL with each parameter it does not have yet appended (the first value of a
 * repeated one). The URL's own query text is kept byte for byte: nothing is re-encoded.
 */
export function withParamsAdded(url: URL, params: Iterable<[string, string]>): URL {
  const added = new URLSearchParams();
  for (const [key, value] of params) {
    if (!url.searchParams.has(key) && !added.has(key)) added.append(key, value);
  }
  const result = new URL(url);
  const extra = added.toString();
  if (extra) result.search = result.search ? `${result.search}&${extra}` : `?${extra}`;
  return result;
}
