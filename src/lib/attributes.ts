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

/** Shortens hostile attribute text before it is echoed in a console warning. */
export function describeValue(raw: string, max = 60): string {
  const shown = raw.length > max ? `${raw.slice(0, max)}…` : raw;
  return JSON.stringify(shown);
}
