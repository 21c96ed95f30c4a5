import {LitElement, type PropertyValues} from 'lit';
import {updateWhenLocaleChanges} from '@lit/localize';
import {asAttributeText, describeValue, likelyChoice, parseChoice} from '../lib/attributes.js';
import {findLinked} from '../lib/linked-element.js';

/** This copy's elements that are on the page. */
const connected = new Set<SpaElement>();

/**
 * Draws every element again. For a change @lit/localize does not report: the page's regional
 * tag changed (`en-US` → `en-GB`) within the same locale, and dates, numbers and `lang` follow it.
 */
export function redrawAll(): void {
  for (const element of connected) element.requestUpdate();
}

/**
 * What all three elements share, and nothing more: re-rendering when the locale or the page's
 * language changes, typed, composed events, once-per-value warnings about attributes the
 * element had to ignore, finding the element a linking attribute points to, and keeping focus
 * when the page changes what had it.
 */
export class SpaElement extends LitElement {
  private readonly warnedAbout = new Set<string>();
  /** Whether focus was inside as this update began (see updated()). */
  private hadFocus = false;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
  }

  /**
   * Before anything reads them, every property but the boolean ones holds the text its
   * attribute would: React 19, Vue and Svelte set `price={250}` as the number 250.
   * Subclasses call this first. (Setting properties here adds no second update.)
   */
  protected override willUpdate(changed: PropertyValues): void {
    this.hadFocus = !!this.shadowRoot?.activeElement;
    const declared = (this.constructor as typeof SpaElement).elementProperties;
    const properties = this as unknown as Record<PropertyKey, unknown>;
    for (const name of changed.keys()) {
      const options = declared.get(name);
      const value = properties[name];
      if (!options || options.state || options.type === Boolean) continue;
      if (value != null && typeof value !== 'string') properties[name] = asAttributeText(value);
    }
  }

  /**
   * The page changed an attribute, and what had focus went with this update: focus fell to the
   * page, where a screen reader loses its place and the keyboard's next Tab starts from the top.
   * It goes to focusHome(), without scrolling a page the visitor has scrolled on.
   */
  protected override updated(_changed: PropertyValues): void {
    if (this.hadFocus && !this.shadowRoot!.activeElement) this.focusHome()?.focus({preventScroll: true});
  }

  /** Where focus goes when what had it is gone. */
  protected focusHome(): HTMLElement | null {
    return null;
  }

  /**
   * Fires a `CustomEvent` that bubbles out of the shadow root. Call it only for the
   * visitor's own actions, never when the page sets an attribute.
   * Returns false when a listener called `preventDefault()` on a cancelable event.
   */
  protected emit<T>(type: `spa-${string}`, detail: T, options: {cancelable?: boolean} = {}): boolean {
    const event = new CustomEvent<T>(type, {
      detail,
      bubbles: true,
      composed: true,
      cancelable: options.cancelable ?? false,
    });
    return this.dispatchEvent(event);
  }

  /**
   * Warns, once per attribute and value, that a value was ignored: names the attribute, what
   * it accepts, the value a common slip most likely meant, and what the element uses instead.
   */
  protected warnInvalid(attribute: string, raw: string, accepts: string, using: string): void {
    const meant = likelyChoice(attribute, raw);
    const hint = meant ? ` (did you mean ${meant}?)` : '';
    this.warnOnce(
      `${attribute}\u0000${raw}`,
      `<${this.localName}> ignored ${attribute}=${describeValue(raw)}: ${accepts}${hint}. Using ${using}.`,
    );
  }

  /** An enumerated attribute's value, or `fallback` with one warning when the text is not a choice. */
  protected choice<T extends string>(attribute: string, raw: string | null, choices: readonly T[], fallback: T): T {
    const parsed = parseChoice(raw, choices, fallback);
    if (parsed.invalid) {
      this.warnInvalid(attribute, raw!, `use one of ${choices.join(', ')}`, `"${parsed.value}"`);
    }
    return parsed.value;
  }

  /**
   * The element a linking attribute names by id, else the only `tag` on the page. Warns once
   * when the id names none, and once when several could be meant and the attribute is missing.
   * While the page is still loading, the element may be further down: nothing is said yet.
   */
  protected linked(attribute: string, id: string | null, tag: string): Element | null {
    const {element, problem, count} = findLinked(this, id, tag);
    if (!element && this.pageStillLoading()) return null;
    if (problem === 'unknown-id') this.warnInvalid(attribute, id!, `it takes the id of a <${tag}>`, 'none');
    if (problem === 'several') {
      this.warnOnce(
        `several\u0000${attribute}`,
        `<${this.localName}> follows none of the ${count} <${tag}> elements here: set ${attribute}="…" to the id of the one it goes with.`,
      );
    }
    return element;
  }

  /**
   * Whether the page is still loading, and if so, a second look (`pageLoaded()`) once it has.
   * A script loaded `async`, or by a tag manager, can run before the rest of the page, this
   * element's own content included, has arrived; and the page's own scripts that run after the
   * kit (`defer`, Alpine's bindings) may still set an `href`. What is missing then is reported
   * only at the second look.
   */
  protected pageStillLoading(): boolean {
    if (document.readyState === 'complete') return false;
    window.addEventListener('load', this.pageLoaded, {once: true});
    return true;
  }

  /** The page has loaded, after something was looked for too early: look again. */
  protected pageLoaded = (): void => this.requestUpdate();

  /**
   * Warns in the console the first time `key` comes up for this element. The element goes
   * along, so a page with three buttons shows (and lets one click to) the one it is about.
   */
  protected warnOnce(key: string, message: string): void {
    if (this.warnedAbout.has(key)) return;
    this.warnedAbout.add(key);
    console.warn(message, this);
  }
}
