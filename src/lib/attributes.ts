/**
 * Attribute parsing, kept out of the element classes so it is easy to read and test.
 * Every parser returns the value to use plus whether the raw text was invalid, so the
 * element can warn once and fall back to the documented default.
 */

export interface Parsed<T> {
  value: T;
  /** True when an attribute was present but unusable (the element warns). */
  invalid: boolean;
}

/**
 * An enumerated attribute: ASCII case-insensitive and trimmed, like HTML's own.
 * Absent (null) gives the fallback silently; anything not in `choices` gives it with `invalid`.
 */
export function parseChoice<T extends string>(
  raw: string | null | undefined,
  choices: readonly T[],
  fallback: T,
): Parsed<T> {
  if (raw == null) return {value: fallback, invalid: false};
  const wanted = raw.trim().toLowerCase();
  const match = choices.find((choice) => choice === wanted);
  return match ? {value: match, invalid: false} : {value: fallback, invalid: true};
}

/** How people spell ice pick scars' id. */
const ICE_PICK = {'ice-pick': 'icepick', 'ice pick': 'icepick', ice_pick: 'icepick'};

/**
 * Words people type for the kit's values, from HTML (`<a target="_self">`) or habit
 * (`size="large"`, `severity="moderate"`), and the value each most likely means: the warning
 * names it. They stay refused, like any other unknown value. Words that mean the default
 * (`_blank`, `medium`) need no hint: the default is what they get.
 */
const LIKELY_MEANT: Record<string, Record<string, string>> = {
  target: {_self: 'self', _top: 'self', _parent: 'self'},
  size: {small: 'sm', large: 'lg'},
  variant: {outlined: 'outline', link: 'text'},
  analytics: {false: 'off', no: 'off', 0: 'off', none: 'off', disabled: 'off'},
  layout: {card: 'cards', grid: 'cards'},
  // The Goodman–Baron grades by name.
  severity: {macular: '1', mild: '2', moderate: '3', severe: '4'},
  'scar-type': ICE_PICK,
  selected: ICE_PICK,
};

/** The choice a refused text most likely meant (`size="large"` → `lg`), or undefined. */
export function likelyChoice(attribute: string, raw: string): string | undefined {
  const meanings = LIKELY_MEANT[attribute];
  const typed = raw.trim().toLowerCase();
  return meanings && Object.hasOwn(meanings, typed) ? meanings[typed] : undefined;
}

/** Shortens hostile attribute text before it is echoed in a console warning. */
export function describeValue(raw: string, max = 60): string {
  const shown = raw.length > max ? `${raw.slice(0, max)}…` : raw;
  return JSON.stringify(shown);
}

/**
 * A property's value as the attribute text it stands for. React 19, Vue and Svelte set a
 * property whenever the element has one, with the template's own value: `price={250}` is the
 * number 250. As with the DOM's own text properties (`link.href = url`), any value becomes
 * text, and the attribute's usual checks then accept it or warn. Never throws.
 */
export function asAttributeText(value: unknown): string | null {
  if (value == null) return null;
  try {
    return String(value);
  } catch {
    // An object with no prototype (Object.create(null)) has no way to become text.
    return Object.prototype.toString.call(value);
  }
}
