import {LitElement} from 'lit';
import {updateWhenLocaleChanges} from '@lit/localize';
import {describeValue, parseChoice} from '../lib/attributes.js';

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
 * language changes, typed, composed events, and once-per-value warnings about attributes the
 * element had to ignore.
 */
export class SpaElement extends LitElement {
  private readonly warnedAbout = new Set<string>();

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
   * Warns, once per attribute and value, that a value was ignored: names the attribute,
   * what it accepts and what the element uses instead.
   */
  protected warnInvalid(attribute: string, raw: string, accepts: string, using: string): void {
    this.warnOnce(
      `${attribute}\u0000${raw}`,
      `<${this.localName}> ignored ${attribute}=${describeValue(raw)}: ${accepts}. Using ${using}.`,
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

  /** Warns in the console the first time `key` comes up for this element. */
  protected warnOnce(key: string, message: string): void {
    if (this.warnedAbout.has(key)) return;
    this.warnedAbout.add(key);
    console.warn(message);
  }
}
