import {html, nothing, type PropertyValues} from 'lit';
import {msg, str} from '@lit/localize';
import {SpaElement} from '../../shared/spa-element.js';
import {displayLocale} from '../../shared/localization.js';
import {opensNewTabNote} from '../../shared/common-messages.js';
import {themeStyles} from '../../shared/theme.styles.js';
import {isEstimateSource, type EstimateSummary} from '../../shared/estimate.js';
import {analyticsWindow, pageLocation} from '../../shared/page-address.js';
import {hidesHostBehindName, likelyMeantHref, parseBookingHref, withAttribution} from '../../lib/booking-url.js';
import {
  bookingFrameUrl,
  detectProvider,
  isBookingCompleteMessage,
  PROVIDER_NAMES,
  PROVIDERS,
  type Provider,
} from '../../lib/providers.js';
import {bookingParams, sendAnalyticsEvent} from '../../lib/analytics.js';
import {lockPageScroll} from './scroll-lock.js';
import {pinnedTo} from './pinned-ancestor.js';
import {isFramed, openFromFrame} from './open-from-frame.js';
import {bookButtonStyles} from './book-button.styles.js';

export const TARGETS = ['new-tab', 'self', 'dialog'] as const;
export const VARIANTS = ['primary', 'outline', 'text'] as const;
export const SIZES = ['sm', 'md', 'lg'] as const;
export type BookTarget = (typeof TARGETS)[number];

/**
 * Screens where the `dialog` target opens a new tab, as a framed booking page would be too
 * cramped: narrow (a phone), or short (a phone held sideways, a strip 300 px tall). The screen's
 * own size counts too: a page without a viewport meta tag is laid out 980 px wide on a phone and
 * shrunk to fit, and a dialog there would be drawn at less than half size.
 */
export const SMALL_SCREEN = '(max-width: 640px), (max-height: 480px), (max-device-width: 640px), (max-device-height: 480px)';

export interface BookClickDetail {
  /** The booking URL as opened, attribution included. */
  href: string;
  provider: Provider;
  /**
   * Where it opens: `new-tab` for a middle click or a click with Ctrl, Cmd or Shift, whatever
   * the target; `dialog` also becomes `new-tab` on small screens.
   */
  target: BookTarget;
  /** The latest result of the linked estimator, without any screening answer. */
  estimate: EstimateSummary | null;
}

export interface BookDialogDetail {
  href: string;
  provider: Provider;
}

/** What a booking link accepts, with the address the text most likely meant, if any. */
function hrefAccepts(raw: string): string {
  const meant = likelyMeantHref(raw);
  const hint = meant
    ? ` (did you mean ${meant}?)`
    : hidesHostBehindName(raw)
      ? ' (a name@ before the host hides where the link goes)'
      : '';
  return `it takes an https: or http: URL, or a path starting with /${hint}`;
}

/** Text as it reads: spaces and line breaks collapsed, none at the ends. */
const tidy = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * What a pasted link says: its text, else the alt text of its image (a booking platform's
 * "Book now" badge is an image in a link), else its aria-label (an icon link).
 */
function linkText(link: HTMLAnchorElement): string {
  const alt = [...link.querySelectorAll('img')].map((image) => tidy(image.alt)).find(Boolean);
  return tidy(link.textContent) || alt || tidy(link.getAttribute('aria-label'));
}

/**
 * Text written straight inside the element, as inside a native button. A script, a style or
 * a no-script fallback there is not text to show.
 */
function writtenText(host: Element): string {
  const shown = [...host.childNodes].filter((node) => !(node as Element).matches?.('script, style, noscript, template'));
  return tidy(shown.map((node) => node.textContent).join(''));
}

/** The light-DOM link a spa pastes inside the element, as read by the element. */
interface SlottedLink {
  href: string | null;
  text: string;
}

/** Everything the element draws, resolved from attributes, the slotted link and the page. */
interface Resolved {
  url: URL | null;
  /** What the dialog's frame loads: `url`, over https where http cannot work, with Calendly's embed parameters. */
  frameUrl: URL | null;
  provider: Provider;
  target: BookTarget;
  variant: (typeof VARIANTS)[number];
  size: (typeof SIZES)[number];
  analytics: boolean;
}

const closeIcon = html`<svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
  <path d="M5 5l10 10M15 5L5 15" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
</svg>`;

const newTabIcon = html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
  <path
    d="M9 3h4v4M13 3L7 9M11 9.5V13H3V5h3.5"
    fill="none"
    stroke="currentColor"
    stroke-width="1.6"
    stroke-linecap="round"
    stroke-linejoin="round"
  />
</svg>`;

/**
 * The focused element, inside shadow roots too (`document.activeElement` stops at their hosts),
 * or null when nothing is.
 */
function focusedElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

/**
 * The floating buttons on the page, so that an in-page button connected later (a framework
 * changing route) can ask them to watch it too.
 */
const floatingButtons = new Set<SpaBookButton>();

/**
 * A real booking link, drawn as a button. It works without JavaScript (the slotted `<a>` is
 * an ordinary link) and, with it, opens the booking page in a new tab, the same tab or an
 * in-page dialog, carrying the page's campaign attribution and the visitor's estimate.
 *
 * @tagname spa-book-button
 * @summary A booking button for any booking platform: new tab, same tab or in-page dialog.
 *
 * @slot - An `<a href>` to the booking page. Visitors without JavaScript use it as is; with
 *   JavaScript its `href` is the default booking link and its text the button's label. Text
 *   without a link is the label when `label` is not set.
 *
 * @csspart base - The link drawn as a button.
 * @csspart label - The button's text.
 * @csspart dialog - The `<dialog>` of the `dialog` target.
 * @csspart dialog-title - The dialog's heading.
 * @csspart new-tab-link - The dialog's "Open in a new tab" link.
 * @csspart close-button - The dialog's close button.
 * @csspart frame - The `<iframe>` showing the booking page.
 *
 * @cssprop [--spa-color-primary=#1d5c57] - Button colour; text colour of `outline` and `text`.
 * @cssprop [--spa-color-on-primary=#ffffff] - Text on the `primary` button.
 * @cssprop [--spa-color-surface=#ffffff] - Dialog background.
 * @cssprop [--spa-color-text=#2a2a2a] - Dialog text.
 * @cssprop [--spa-color-muted=#5b6470] - The dialog's "Loading the booking page…" line.
 * @cssprop [--spa-color-border=#8a9099] - Dialog dividers and the close button's ring.
 * @cssprop [--spa-font-family=inherit] - Font; inherits the page's by default.
 * @cssprop [--spa-radius=8px] - Corner radius of the button and the dialog.
 * @cssprop [--spa-space=8px] - Base spacing unit.
 * @cssprop [--spa-focus-ring=3px solid #1a56db] - Keyboard focus outline.
 *
 * @event {CustomEvent<BookClickDetail>} spa-book-click - The visitor activated the button.
 *   Cancelable: `preventDefault()` stops the navigation so the page can book itself.
 * @event {CustomEvent<BookDialogDetail>} spa-book-open - The booking dialog opened.
 * @event {CustomEvent<BookDialogDetail>} spa-book-close - The booking dialog closed.
 * @event {CustomEvent<BookDialogDetail>} spa-book-complete - The booking page in the dialog
 *   reported a finished booking (Calendly's `calendly.event_scheduled`), from its own origin.
 */
export class SpaBookButton extends SpaElement {
  static override styles = [themeStyles, bookButtonStyles];

  // Declared here rather than with decorators: the same reactive properties in fewer bytes.
  // Internal state says `attribute: false` so that custom-elements.json does not list it.
  static override properties = {
    href: {},
    target: {},
    provider: {},
    label: {},
    variant: {},
    size: {},
    floating: {type: Boolean, reflect: true},
    estimator: {},
    analytics: {},
    slotted: {state: true, attribute: false},
    written: {state: true, attribute: false},
    smallScreen: {state: true, attribute: false},
    dialogOpen: {state: true, attribute: false},
    frameLoaded: {state: true, attribute: false},
    tucked: {state: true, attribute: false},
  };

  /** The booking page: `https:`/`http:` or a same-site path. Default: the slotted link's href. */
  href: string | null = null;
  /** `new-tab` (default), `self` or `dialog`. */
  target: string | null = null;
  /** The booking platform; detected from the URL's host when absent. */
  provider: string | null = null;
  /** The button text when no link is slotted. Default: "Book now", localized. */
  label: string | null = null;
  /** `primary` (default), `outline` or `text`. */
  variant: string | null = null;
  /** `sm`, `md` (default) or `lg`. */
  size: string | null = null;
  /** A fixed button in the bottom corner, clear of the device's safe areas. */
  floating = false;
  /** Id of the `<spa-session-estimator>` whose result travels with the booking. */
  estimator: string | null = null;
  /** `off` stops the dataLayer / gtag push. */
  analytics: string | null = null;

  private slotted: SlottedLink | null = null;
  /** Text inside the element without a link, the button text when no `label` is set. */
  private written = '';
  private smallScreen = false;
  private dialogOpen = false;
  /** The address the dialog's frame has finished loading; until then it says it is loading. */
  private frameLoaded: string | null = null;
  /** A floating button steps aside while one of the page's own booking buttons is in view. */
  private tucked = false;
  /** What the open dialog shows; its events report it even after the page changed `href`. */
  private shownInDialog: BookDialogDetail = {href: '', provider: 'generic'};
  /**
   * Where focus goes back to when the dialog closes: what had it when the dialog opened (this
   * button, or the page's own Book link calling click()), else this button.
   */
  private opener: HTMLElement | null = null;

  private get button(): HTMLAnchorElement | null {
    return this.renderRoot.querySelector('a.button');
  }
  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }
  private get frame(): HTMLIFrameElement | null {
    return this.renderRoot.querySelector('iframe');
  }

  private resolved!: Resolved;
  private readonly lightDomObserver = new MutationObserver(() => this.readLightDom());
  private smallScreenQuery?: MediaQueryList;
  private unlockPageScroll?: () => void;
  private inPageButtonsObserver?: IntersectionObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    this.readLightDom();
    // The page may fill or change the slotted link later (parsers, CMS editors, frameworks).
    this.lightDomObserver.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['href', 'alt', 'aria-label'],
    });
    this.smallScreenQuery = window.matchMedia(SMALL_SCREEN);
    this.smallScreenQuery.addEventListener('change', this.onScreenChange);
    this.smallScreen = this.smallScreenQuery.matches;
    // Moved by the page (a disconnect, then a connect): watch again what disconnecting stopped.
    if (this.hasUpdated && this.floating) this.watchInPageButtons(true);
    if (!this.floating) {
      // Only where the floating one looks when it starts: its own document or shadow root.
      for (const floating of floatingButtons) {
        if (floating.getRootNode() === this.getRootNode()) floating.inPageButtonsObserver?.observe(this);
      }
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.lightDomObserver.disconnect();
    this.smallScreenQuery?.removeEventListener('change', this.onScreenChange);
    // Removed with its dialog open (a single-page app changing route): closed as the visitor
    // would close it, with the event and focus back where it was, if that is still in the page.
    // Shown means the page's scroll is locked and spa-book-open was sent (the lock stays until
    // the `close` event, a task after close()); removed while still opening, it only forgets.
    if (this.unlockPageScroll) this.dialogClosed();
    this.dialogOpen = false;
    // A removed modal keeps `open`: put back, it would show as a plain box in the page.
    this.dialog?.close();
    this.watchInPageButtons(false);
  }

  /**
   * A floating button is a shortcut for when no other way to book is on screen: while any
   * in-page <spa-book-button> is visible, it hides (and leaves the tab order).
   */
  private watchInPageButtons(watch: boolean): void {
    const lookingAgain = watch && this.inPageButtonsObserver !== undefined;
    const wasTucked = this.tucked;
    this.inPageButtonsObserver?.disconnect();
    this.inPageButtonsObserver = undefined;
    this.tucked = false;
    floatingButtons.delete(this);
    if (!watch) return;
    floatingButtons.add(this);
    const visible = new Set<Element>();
    this.inPageButtonsObserver = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) visible.add(entry.target);
        else visible.delete(entry.target);
      }
      this.tucked = visible.size > 0;
    });
    const root = this.getRootNode() as Document | ShadowRoot;
    const inPage = [...root.querySelectorAll('spa-book-button:not([floating])')];
    for (const button of inPage) this.inPageButtonsObserver.observe(button);
    // Start aside when the page has its own buttons: the observer's first report (a moment
    // later) reveals it if none is in view, instead of it flashing in and fading out on load.
    // Looking again, it keeps where it is until that report, rather than fading out and in.
    this.tucked = inPage.length > 0 && (lookingAgain ? wasTucked : true);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Here rather than in updated(): `tucked` then lands in this render, not in a second one.
    if (changed.has('floating')) this.watchInPageButtons(this.floating);
    const url = this.resolveUrl();
    const provider = this.resolveProvider(url);
    const target = this.choice('target', this.target, TARGETS, 'new-tab');
    const frameUrl = url && target === 'dialog' ? bookingFrameUrl(url, provider, pageLocation()) : null;
    if (url && frameUrl && frameUrl.protocol !== url.protocol) {
      this.warnOnce(
        'http',
        `<${this.localName}>'s dialog loads ${frameUrl.origin}, not the http:// of its link (see the README's dialog target): write https:// in the link.`,
      );
    }
    this.resolved = {
      url,
      frameUrl,
      provider,
      target,
      variant: this.choice('variant', this.variant, VARIANTS, 'primary'),
      size: this.choice('size', this.size, SIZES, 'md'),
      analytics: this.choice('analytics', this.analytics, ['on', 'off'] as const, 'on') === 'on',
    };
    if (this.dialogOpen) {
      const {url, provider, target} = this.resolved;
      if (url && target === 'dialog') this.shownInDialog = {href: url.href, provider};
      // The page took the dialog away while it was open (a new target, an unsafe href): close
      // it as the visitor would, or the page would stay scroll-locked with no dialog to close.
      else this.closeDialog();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A button that turned floating, or back: the other floating buttons look again at which
    // buttons are in the page. Here, once `floating` is reflected to the attribute they look for.
    if (changed.get('floating') !== undefined) {
      for (const floating of [...floatingButtons]) {
        if (floating !== this && floating.getRootNode() === this.getRootNode()) floating.watchInPageButtons(true);
      }
    }
    if (changed.has('floating') && this.floating) {
      // After layout, and again once the page's late styles and scripts have run.
      requestAnimationFrame(() => this.warnIfPinned());
      if (document.readyState !== 'complete') {
        window.addEventListener('load', () => this.warnIfPinned(), {once: true});
      }
    }
  }

  private warnIfPinned(): void {
    const ancestor = this.floating && this.isConnected ? pinnedTo(this) : null;
    if (ancestor) {
      this.warnOnce(
        'pinned',
        `<spa-book-button floating> cannot stay in the corner of the screen: ${ancestor} has a ` +
          'transform, filter or containment, which carries fixed elements along with it. ' +
          'Put the button directly inside <body>.',
      );
    }
  }

  protected override render() {
    const {url, target, variant, size} = this.resolved;
    // Not aside while its dialog is open: focus comes back to it (the styles keep it while focused).
    const classes = `base button ${variant} ${size}${this.floating && this.tucked && !this.dialogOpen ? ' tucked' : ''}`;
    const pageLabel = this.pageLabel();
    const label = pageLabel
      ? html`<span part="label" lang=${pageLabel.lang ?? nothing}>${pageLabel.text}</span>`
      : html`<span part="label" lang=${displayLocale()} dir="ltr">${msg('Book now', {id: 'book.bookNow'})}</span>`;
    const opensDialog = url && target === 'dialog' && !this.smallScreen;
    const opensNewTab = url && (target === 'new-tab' || (target === 'dialog' && this.smallScreen));
    // Without a usable link, the same element, disabled: out of the tab order, but able to keep
    // focus, so that focus stays on it when the page disables or enables it.
    // `_self` written out: a link without a target follows the page's <base target>, which
    // old themes set to `_blank`.
    return html`
      <a
        part="base"
        class=${classes}
        href=${url?.href ?? nothing}
        role=${url ? nothing : 'link'}
        aria-disabled=${url ? nothing : 'true'}
        tabindex=${url ? nothing : -1}
        target=${url ? (target === 'self' ? '_self' : '_blank') : nothing}
        rel=${url && target !== 'self' ? 'noopener' : nothing}
        aria-haspopup=${opensDialog ? 'dialog' : nothing}
        @click=${this.onClick}
        @auxclick=${this.onClick}
        >${label}${opensNewTab
          ? html`${newTabIcon}<span class="visually-hidden" lang=${displayLocale()}>${opensNewTabNote()}</span>`
          : nothing}</a
      >
      ${url && target === 'dialog' ? this.renderDialog(url) : nothing}
    `;
  }

  private renderDialog(url: URL) {
    const {provider, frameUrl} = this.resolved;
    const providerName = PROVIDER_NAMES[provider];
    const frameTitle = providerName
      ? msg(str`Booking page (${providerName})`, {id: 'book.bookingPageOf'})
      : msg('Booking page', {id: 'book.bookingPage'});
    return html`
      <dialog
        part="dialog"
        lang=${displayLocale()}
        dir="ltr"
        aria-labelledby="dialog-title"
        @close=${this.onDialogClose}
        @click=${this.onDialogClick}
      >
        <div class="bar">
          <h2 id="dialog-title" part="dialog-title">${msg('Book your appointment', {id: 'book.bookAppointment'})}</h2>
          <a
            part="new-tab-link"
            class="new-tab"
            href=${url.href}
            target="_blank"
            rel="noopener"
            @click=${this.closeDialog}
            @auxclick=${(event: MouseEvent) => event.button === 1 && this.closeDialog()}
            >${msg('Open in a new tab', {id: 'book.openNewTab'})}<span class="visually-hidden"
              >${opensNewTabNote()}</span
            ></a
          >
          <button
            part="close-button"
            class="close"
            type="button"
            aria-label=${msg('Close booking', {id: 'book.closeBooking'})}
            @click=${this.closeDialog}
          >
            ${closeIcon}
          </button>
        </div>
        ${this.dialogOpen ? this.renderFrame(frameUrl!.href, frameTitle) : nothing}
      </dialog>
    `;
  }

  /**
   * The booking page, over a line saying it is loading: the frame is see-through until its page
   * has loaded, so the visitor never stares at an empty box.
   */
  private renderFrame(src: string, title: string) {
    const loaded = this.frameLoaded === src;
    return html`
      <p class="loading" ?hidden=${loaded}>${msg('Loading the booking page…', {id: 'book.loadingBookingPage'})}</p>
      <iframe part="frame" class=${loaded ? 'loaded' : ''} src=${src} title=${title} allow="payment" @load=${this.onFrameLoad}></iframe>
    `;
  }

  private onFrameLoad = (event: Event) => {
    this.frameLoaded = (event.target as HTMLIFrameElement).getAttribute('src');
  };

  /** Opens the booking dialog, as a click on a `dialog` button does. */
  async openDialog(): Promise<void> {
    const url = this.resolved?.url;
    if (!url || this.dialogOpen) return;
    this.opener = focusedElement();
    this.dialogOpen = true;
    this.frameLoaded = null;
    await this.updateComplete;
    if (!this.dialog || !this.isConnected) return;
    this.dialog.showModal();
    this.unlockPageScroll = lockPageScroll();
    window.addEventListener('message', this.onMessage);
    this.emit<BookDialogDetail>('spa-book-open', this.shownInDialog);
  }

  /** Closes the booking dialog; focus goes back to the button. */
  closeDialog(): void {
    this.dialog?.close();
  }

  // As on a native link: a page wiring its own Book link to this button calls click() and
  // focus(), which on the element itself would reach no link (it is in the shadow root).

  /** Books as the visitor's click does: the `spa-book-click` event, analytics, the target. */
  override click(): void {
    this.button ? this.button.click() : super.click();
  }

  /** Puts keyboard focus on the button. */
  override focus(options?: FocusOptions): void {
    this.button ? this.button.focus(options) : super.focus(options);
  }

  /** Takes keyboard focus off the button. */
  override blur(): void {
    this.button ? this.button.blur() : super.blur();
  }

  private onDialogClose = () => {
    // `close` arrives a task later: a dialog reopened meanwhile (a moved button) stays open.
    if (this.dialogOpen && !this.dialog?.open) this.dialogClosed();
  };

  /** Undoes what opening the dialog did, gives focus back and tells the page. */
  private dialogClosed(): void {
    window.removeEventListener('message', this.onMessage);
    this.unlockPageScroll?.();
    this.unlockPageScroll = undefined;
    this.dialogOpen = false;
    // Back where it was: focus sent to this button, further down the page than the page's own
    // Book link, would scroll the page there. Where that is gone or hidden (a menu that closed),
    // to this button rather than lost.
    this.opener?.focus();
    if (!this.opener || focusedElement() !== this.opener) this.button?.focus();
    this.opener = null;
    this.emit<BookDialogDetail>('spa-book-close', this.shownInDialog);
  }

  /** A click on the backdrop (outside the dialog's box) closes it, as visitors expect. */
  private onDialogClick = (event: MouseEvent) => {
    const dialog = event.target as HTMLDialogElement;
    if (dialog !== this.dialog) return;
    const box = dialog.getBoundingClientRect();
    const inside =
      event.clientX >= box.left &&
      event.clientX <= box.right &&
      event.clientY >= box.top &&
      event.clientY <= box.bottom;
    if (!inside) this.closeDialog();
  };

  /** A click, or a middle click (`auxclick`, a new tab): both book. A right click does not. */
  private onClick = (event: MouseEvent) => {
    const {url, provider, target, analytics} = this.resolved;
    if (!url || (event.type === 'auxclick' && event.button !== 1)) return;
    // A middle click or Ctrl/Cmd/Shift opens a new tab or window whatever the target. Alt
    // (a download in Chrome) only keeps the dialog shut.
    const asksNewTab = event.button === 1 || event.metaKey || event.ctrlKey || event.shiftKey;
    const opens: BookTarget =
      asksNewTab || (target === 'dialog' && (this.smallScreen || event.altKey)) ? 'new-tab' : target;
    const estimate = this.currentEstimate();
    const detail: BookClickDetail = {href: url.href, provider, target: opens, estimate};
    if (!this.emit('spa-book-click', detail, {cancelable: true})) {
      // The page books itself, and tracks it itself.
      event.preventDefault();
      return;
    }
    if (analytics) {
      sendAnalyticsEvent(analyticsWindow(), 'spa_book_click', bookingParams(url.href, provider, opens, estimate));
    }
    if (opens === 'dialog') {
      event.preventDefault();
      void this.openDialog();
    } else if (!asksNewTab && isFramed()) {
      event.preventDefault();
      openFromFrame(url.href, opens === 'new-tab');
    }
  };

  /** Accepts the booking frame's messages only from that frame, at the booking page's origin. */
  private onMessage = (event: MessageEvent) => {
    const {url, frameUrl} = this.resolved;
    if (!url || !frameUrl || !this.frame || event.source !== this.frame.contentWindow) return;
    if (event.origin !== frameUrl.origin || !isBookingCompleteMessage(event.data)) return;
    this.emit<BookDialogDetail>('spa-book-complete', this.shownInDialog);
    if (this.resolved.analytics) {
      const {provider} = this.resolved;
      // The estimate the visitor booked with: the modal dialog kept them from changing it.
      sendAnalyticsEvent(analyticsWindow(), 'spa_book_complete', bookingParams(url.href, provider, 'dialog', this.currentEstimate()));
    }
  };

  private onScreenChange = (event: MediaQueryListEvent) => {
    this.smallScreen = event.matches;
  };

  private readLightDom(): void {
    const link = this.querySelector('a');
    const next: SlottedLink | null = link ? {href: link.getAttribute('href'), text: linkText(link)} : null;
    if (next?.href !== this.slotted?.href || next?.text !== this.slotted?.text) this.slotted = next;
    this.written = link ? '' : writtenText(this);
  }

  /**
   * The button text the page gave, with the language of the place it was written; null for
   * the kit's own. The language is stated, not inherited: Firefox does not carry a page's
   * `lang` into a shadow root, and a bilingual page may set it on a section.
   */
  private pageLabel(): {text: string; lang: string | null} | null {
    const languageAt = (where: Element) => where.closest('[lang]')?.getAttribute('lang') ?? null;
    if (this.slotted?.text) return {text: this.slotted.text, lang: languageAt(this.querySelector('a') ?? this)};
    if (this.label != null && this.label.trim()) return {text: this.label.trim(), lang: languageAt(this)};
    if (this.label != null) {
      this.warnInvalid('label', this.label, 'it takes the button text', this.written ? 'the text inside' : 'the default text');
    }
    return this.written ? {text: this.written, lang: languageAt(this)} : null;
  }

  /**
   * The `href` attribute, else the slotted link's href; each checked for safety. The page's
   * attribution parameters are added to whichever is used.
   */
  private resolveUrl(): URL | null {
    // A path resolves as the page's own links do: against <base href>, and in a srcdoc
    // frame against the page that wrote it (whose location is about:srcdoc).
    const base = document.baseURI;
    let url: URL | null = null;
    if (this.href != null) {
      url = parseBookingHref(this.href, base);
      if (!url) {
        const using = this.slotted?.href ? "the slotted link's href" : 'no link (button disabled)';
        this.warnInvalid('href', this.href, hrefAccepts(this.href), using);
      }
    }
    if (!url && this.slotted?.href != null) {
      url = parseBookingHref(this.slotted.href, base);
      if (!url) {
        const {href} = this.slotted;
        this.warnInvalid("the slotted link's href", href, hrefAccepts(href), 'no link (button disabled)');
      }
    }
    // While the page loads, its link may not be parsed, or not set by the page's script, yet.
    if (!url && this.href == null && this.slotted?.href == null && !this.pageStillLoading()) {
      this.warnOnce('no-link', `<${this.localName}> has no booking link: set href="https://…" or put an <a href> inside. The button is disabled.`);
    }
    return url && withAttribution(url, pageLocation().search);
  }

  /** The `provider` attribute, else (and when it is not a known platform) the URL's host. */
  private resolveProvider(url: URL | null): Provider {
    return this.choice('provider', this.provider, PROVIDERS, detectProvider(url));
  }

  /** The linked estimator's latest result: the one named by `estimator`, or the only one. */
  private currentEstimate(): EstimateSummary | null {
    const source = this.linked('estimator', this.estimator, 'spa-session-estimator');
    return isEstimateSource(source) && source.estimate ? structuredClone(source.estimate) : null;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'spa-book-button': SpaBookButton;
  }
  interface GlobalEventHandlersEventMap {
    'spa-book-click': CustomEvent<BookClickDetail>;
    'spa-book-open': CustomEvent<BookDialogDetail>;
    'spa-book-close': CustomEvent<BookDialogDetail>;
    'spa-book-complete': CustomEvent<BookDialogDetail>;
  }
}
