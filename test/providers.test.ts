import {expect} from '@open-wc/testing';
import {bookingFrameUrl, detectProvider, isBookingCompleteMessage} from '../src/lib/providers.js';

// Realistic booking links per platform (../shared/reference/booking-embeds-notes.md).
const BOOKING_LINKS: Array<[string, string]> = [
  ['https://calendly.com/botanica/microneedling', 'calendly'],
  ['https://calendly.com/d/abc-123/consultation?month=2026-12', 'calendly'],
  ['https://app.acuityscheduling.com/schedule.php?owner=12345678&appointmentType=987', 'acuity'],
  ['https://botanica.as.me/schedule.php', 'acuity'],
  ['https://app.squarespacescheduling.com/schedule.php?owner=123', 'acuity'],
  ['https://square.site/appointments/buyer/widget/abc123/LOC1', 'square'],
  ['https://app.squareup.com/appointments/buyer/widget/abc123/LOC1', 'square'],
  ['https://book.squareup.com/appointments/abc/location/LOC/services', 'square'],
  ['https://www.vagaro.com/botanicaspa/services', 'vagaro'],
  ['https://www.fresha.com/book-now/botanica-spa-abc123/all-offer?share=true&pId=42', 'fresha'],
  ['https://www.fresha.com/a/botanica-spa-austin-1st-street-x1/all-offer?menu=true', 'fresha'],
  ['https://book.joinblvd.com/botanica', 'boulevard'],
  ['https://dashboard.boulevard.io/booking/businesses/abc/widget', 'boulevard'],
  ['https://clients.mindbodyonline.com/classic/ws?studioid=123&stype=-9', 'mindbody'],
  ['https://widgets.mindbodyonline.com/widget/appointments/123', 'mindbody'],
  // Mindbody's older widget host (HealCode).
  ['https://widgets.healcode.com/widgets/appointments/123', 'mindbody'],
  ['https://acme.glossgenius.com/services', 'glossgenius'],
  ['https://acme.glossgenius.com/book?service_token=abc', 'glossgenius'],
  ['https://acme.janeapp.com/embed/book_online', 'jane'],
  ['https://acme.janeapp.com/#/staff_member/1', 'jane'],
  ['https://acme.zenoti.com/webstoreNew/services/ctr-1', 'zenoti'],
  ['https://www.botanica.zenoti.com/webstoreNew', 'zenoti'],
  ['https://CALENDLY.com/Botanica', 'calendly'],
  ['https://calendly.com./botanica', 'calendly'],
];

const LOOK_ALIKES = [
  'https://calendly.com.evil.example/botanica',
  'https://evilcalendly.com/botanica',
  'https://calendly.co/botanica',
  'https://glossgenius.com-book.example/x',
  'https://notjaneapp.com/x',
  'https://evil.example/?next=calendly.com',
  'https://calendly.com@evil.example/x',
  'https://botanica.example/book',
];

describe('detectProvider', () => {
  for (const [href, provider] of BOOKING_LINKS) {
    it(`${href} → ${provider}`, () => {
      expect(detectProvider(new URL(href))).to.equal(provider);
    });
  }
  for (const href of LOOK_ALIKES) {
    it(`${href} → generic`, () => {
      expect(detectProvider(new URL(href))).to.equal('generic');
    });
  }
  it('no URL → generic', () => {
    expect(detectProvider(null)).to.equal('generic');
  });
});

describe('isBookingCompleteMessage', () => {
  it("recognises Calendly's event_scheduled message and nothing else", () => {
    expect(isBookingCompleteMessage({event: 'calendly.event_scheduled', payload: {}})).to.equal(true);
    expect(isBookingCompleteMessage({event: 'calendly.page_height'})).to.equal(false);
    expect(isBookingCompleteMessage('calendly.event_scheduled')).to.equal(false);
    expect(isBookingCompleteMessage(null)).to.equal(false);
  });
});

describe('bookingFrameUrl', () => {
  const frameSrc = (href: string, provider: Parameters<typeof bookingFrameUrl>[1], protocol = 'https:') =>
    bookingFrameUrl(new URL(href), provider, {host: 'www.botanica.example:8443', protocol}).href;

  it("names the page's host to Calendly, so that its page reports the booking", () => {
    expect(frameSrc('https://calendly.com/botanica/mn?utm_source=site', 'calendly')).to.equal(
      'https://calendly.com/botanica/mn?utm_source=site&embed_domain=www.botanica.example%3A8443&embed_type=PopupText',
    );
  });

  it("keeps the Calendly URL's own query text byte for byte, and its own embed parameters", () => {
    expect(frameSrc('https://calendly.com/b/mn?name=Ana%20Ruiz', 'calendly')).to.equal(
      'https://calendly.com/b/mn?name=Ana%20Ruiz&embed_domain=www.botanica.example%3A8443&embed_type=PopupText',
    );
    expect(frameSrc('https://calendly.com/b/mn?embed_domain=botanica.example&embed_type=Inline', 'calendly')).to.equal(
      'https://calendly.com/b/mn?embed_domain=botanica.example&embed_type=Inline',
    );
  });

  it('asks for an http: link over https where http cannot work: on a secure page, and on a booking platform', () => {
    // A secure page: browsers block an http page in its frame, whoever serves it.
    expect(frameSrc('http://book.example/mn?x=1', 'generic')).to.equal('https://book.example/mn?x=1');
    expect(frameSrc('http://app.acuityscheduling.com/schedule.php?owner=1', 'acuity')).to.equal(
      'https://app.acuityscheduling.com/schedule.php?owner=1',
    );
    // A page on http: the platforms serve https only (their http address redirects there);
    // another site's http page is loaded as it is.
    expect(frameSrc('http://calendly.com/b/mn', 'calendly', 'http:')).to.equal(
      'https://calendly.com/b/mn?embed_domain=www.botanica.example%3A8443&embed_type=PopupText',
    );
    expect(frameSrc('http://book.example/mn', 'generic', 'http:')).to.equal('http://book.example/mn');
  });

  it("leaves other platforms' URLs as they are", () => {
    expect(frameSrc('https://app.acuityscheduling.com/schedule.php?owner=1', 'acuity')).to.equal(
      'https://app.acuityscheduling.com/schedule.php?owner=1',
    );
    expect(frameSrc('https://book.example/mn', 'generic')).to.equal('https://book.example/mn');
  });
});
