import {expect} from '@open-wc/testing';
import {MAX_HREF_LENGTH, hidesHostBehindName, likelyMeantHref, parseBookingHref, withAttribution} from '../src/lib/booking-url.js';

const PAGE = 'https://botanica.example/microneedling/?utm_source=ig';

describe('parseBookingHref', () => {
  it('accepts https and http booking pages as they are', () => {
    expect(parseBookingHref('https://calendly.com/botanica/microneedling', PAGE)?.href).to.equal(
      'https://calendly.com/botanica/microneedling',
    );
    expect(parseBookingHref('http://book.example/x?y=1#z', PAGE)?.href).to.equal('http://book.example/x?y=1#z');
    expect(parseBookingHref('  https://calendly.com/a  ', PAGE)?.href).to.equal('https://calendly.com/a');
  });

  it('accepts a same-site path and resolves it against the page', () => {
    expect(parseBookingHref('/book?service=mn', PAGE)?.href).to.equal('https://botanica.example/book?service=mn');
  });

  const unsafe: Array<[string, string]> = [
    ['javascript:', 'javascript:alert(1)'],
    ['mixed case with a tab', 'JaVa\tScRiPt:alert(1)'],
    ['leading spaces', '   javascript:alert(1)'],
    ['a leading control character', '\u0001javascript:alert(1)'],
    ['a newline inside', 'java\nscript:alert(1)'],
    ['an HTML entity', '&#106;avascript:alert(1)'],
    ['a named entity', 'javascript&colon;alert(1)'],
    ['percent-encoding', '%6Aavascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['file:', 'file:///etc/passwd'],
    ['ftp:', 'ftp://files.example/x'],
    ['a scheme-relative URL', '//evil.example/book'],
    ['a backslash trick', '/\\evil.example/book'],
    ['a name before the host that disguises it', 'https://calendly.com@evil.example/book'],
    ['a user name and password', 'https://spa:secret@book.example/x'],
    ['a name before a look-alike subdomain', 'https://acme.glossgenius.com:x@evil.example/'],
    ['a bare word', 'book-now'],
    ['HTML', '<img src=x onerror=alert(1)>'],
    ['empty text', ''],
    ['only spaces', '   '],
    ['https without a host', 'https://'],
    ['text longer than the limit', `https://calendly.com/${'a'.repeat(MAX_HREF_LENGTH)}`],
  ];
  for (const [name, text] of unsafe) {
    it(`rejects ${name}`, () => {
      expect(parseBookingHref(text, PAGE)).to.equal(null);
    });
  }
});

describe('hidesHostBehindName', () => {
  it('names a user or password before the host as the reason, and nothing else', () => {
    for (const text of ['https://calendly.com@evil.example/book', ' https://spa:secret@book.example/x', 'http://a:@b.example/']) {
      expect(hidesHostBehindName(text), text).to.equal(true);
    }
    for (const text of ['https://calendly.com/a?email=x@y.example', 'calendly.com@evil.example', 'javascript:alert(1)', '']) {
      expect(hidesHostBehindName(text), text).to.equal(false);
    }
  });
});

describe('likelyMeantHref', () => {
  it('an address pasted without https:// is most likely that address', () => {
    expect(likelyMeantHref('calendly.com/botanica/mn')).to.equal('https://calendly.com/botanica/mn');
    expect(likelyMeantHref(' www.vagaro.com/botanica ')).to.equal('https://www.vagaro.com/botanica');
    expect(likelyMeantHref('botanica.as.me?appointmentType=1')).to.equal('https://botanica.as.me/?appointmentType=1');
  });
  it('suggests nothing for a file name, a word or a script', () => {
    for (const text of ['book.html', 'booking.php', 'book-now', 'javascript:alert(1)', '<b>x</b>', 'evil.com:alert(1)', '']) {
      expect(likelyMeantHref(text), text).to.equal(null);
    }
  });
});

describe('withAttribution', () => {
  const booking = new URL('https://calendly.com/botanica/mn?utm_source=site&month=2026-12');

  it('adds utm_*, gclid and fbclid from the page', () => {
    const url = withAttribution(new URL('https://calendly.com/b'), '?utm_medium=cpc&utm_campaign=fall&gclid=G1&fbclid=F1');
    expect(url.searchParams.get('utm_medium')).to.equal('cpc');
    expect(url.searchParams.get('utm_campaign')).to.equal('fall');
    expect(url.searchParams.get('gclid')).to.equal('G1');
    expect(url.searchParams.get('fbclid')).to.equal('F1');
  });

  it("never overwrites the booking URL's own parameters and keeps its text", () => {
    const url = withAttribution(booking, '?utm_source=instagram&utm_term=scars');
    expect(url.searchParams.getAll('utm_source')).to.deep.equal(['site']);
    expect(url.search).to.equal('?utm_source=site&month=2026-12&utm_term=scars');
  });

  it('leaves other page parameters behind', () => {
    const url = withAttribution(new URL('https://calendly.com/b'), '?email=a@b.c&session=123&UTM_SOURCE=x&utm_=y');
    expect(url.search).to.equal('');
  });

  it('keeps the hash at the end and encodes hostile values', () => {
    const url = withAttribution(new URL('https://x.example/b#top'), '?utm_content=%3Cscript%3E%22');
    expect(url.href).to.equal('https://x.example/b?utm_content=%3Cscript%3E%22#top');
  });

  it('takes the first of a repeated parameter, and leaves over-long values behind', () => {
    const url = withAttribution(new URL('https://calendly.com/b'), `?utm_source=ad&utm_source=mail&utm_term=${'x'.repeat(501)}`);
    expect(url.search).to.equal('?utm_source=ad');
    const longest = withAttribution(new URL('https://calendly.com/b'), `?utm_term=${'x'.repeat(500)}`);
    expect(longest.searchParams.get('utm_term')).to.have.length(500);
  });

  it('returns the URL unchanged when the page has nothing to add', () => {
    expect(withAttribution(booking, '').href).to.equal(booking.href);
  });
});
