import type {Parsed} from './attributes.js';
import {sharedFormatter} from './format.js';

/** Up to nine digits, then optionally a point and the decimals (their count is checked apart). */
const PLAIN_DECIMAL = /^\d{1,9}(?:\.(\d+))?$/;

/**
 * A plain decimal number attribute ("250", "249.50"), within [min, max], with at most
 * `decimals` decimals (2 by default, 0 for a whole number; a function is called only for a
 * number that has decimals). Absent gives null silently; anything else (empty, negative, NaN,
 * "1e3", "1,250", HTML) gives null, flagged.
 */
export function parseNumber(
  raw: string | null | undefined,
  {min, max, decimals = 2}: {min: number; max: number; decimals?: number | (() => number)},
): Parsed<number | null> {
  if (raw == null) return {value: null, invalid: false};
  const text = raw.trim();
  const match = PLAIN_DECIMAL.exec(text);
  const fraction = match?.[1];
  const allowed = () => (typeof decimals === 'number' ? decimals : decimals());
  if (!match || (fraction && fraction.length > allowed())) return {value: null, invalid: true};
  const value = Number(text);
  return value >= min && value <= max ? {value, invalid: false} : {value: null, invalid: true};
}

/** The spa's interval: "4" or "4-6" (or "4–6") weeks, each 1–12, the first not above the second. */
export function parseWeeksRange(raw: string | null | undefined): Parsed<{min: number; max: number} | null> {
  if (raw == null) return {value: null, invalid: false};
  const match = /^\s*(\d{1,2})\s*(?:[-–]\s*(\d{1,2}))?\s*$/.exec(raw);
  if (!match) return {value: null, invalid: true};
  const min = Number(match[1]);
  const max = Number(match[2] ?? match[1]);
  const valid = min >= 1 && max <= 12 && min <= max;
  return valid ? {value: {min, max}, invalid: false} : {value: null, invalid: true};
}

/** The decimals a currency's prices have: 2 for USD, 0 for JPY, 3 for KWD. */
export function currencyDecimals(currency: string): number {
  return sharedFormatter(Intl.NumberFormat, 'en', {style: 'currency', currency}).resolvedOptions().maximumFractionDigits ?? 2;
}

/** An ISO 4217 code this browser's Intl knows ("usd" → "USD"). */
export function parseCurrency(raw: string | null | undefined, fallback = 'USD'): Parsed<string> {
  if (raw == null) return {value: fallback, invalid: false};
  const code = raw.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) return {value: fallback, invalid: true};
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : [code];
  return known.includes(code) ? {value: code, invalid: false} : {value: fallback, invalid: true};
}
