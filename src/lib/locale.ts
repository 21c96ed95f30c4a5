/** The locales the bundle ships; `en` is the source locale. */
export const SUPPORTED_LOCALES = ['en', 'es', 'fr'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/**
 * Maps any language tag (from `<html lang>` or a page's own call) to a shipped locale:
 * `es-MX` (or `es_MX`) → `es`, `FR` → `fr`, anything unknown, empty or malformed → `en`.
 */
export function resolveLocale(tag: string | null | undefined): SupportedLocale {
  if (!tag) return 'en';
  let language: string;
  try {
    language = new Intl.Locale(asLanguageTag(tag)).language;
  } catch {
    return 'en';
  }
  return (SUPPORTED_LOCALES as readonly string[]).includes(language)
    ? (language as SupportedLocale)
    : 'en';
}

/** A page's `lang` as a BCP 47 tag: trimmed, and `es_MX` (the POSIX form some CMSs write) as `es-MX`. */
export function asLanguageTag(lang: string): string {
  return lang.trim().replace(/_/g, '-');
}
