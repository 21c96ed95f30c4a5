import {configureLocalization} from '@lit/localize';
import {sourceLocale, targetLocales} from '../generated/locale-codes.js';
import * as es from '../generated/locales/es.js';
import * as fr from '../generated/locales/fr.js';
import {resolveLocale} from '../lib/locale.js';

/**
 * Runtime localization, configured once per copy of the kit. The locales are imported
 * statically: the kit ships as one file, so there is nothing to fetch.
 */
const templates = {es, fr} as const;

/** The active locale of this copy of the kit; 'en' until localization starts. */
let activeLocale: () => string = () => 'en';

/**
 * The locale for Intl formatting: the page's own `<html lang>` when it resolves to the active
 * locale (so `es-MX` gets Mexican number and date formats), else the active locale.
 */
export function intlLocale(): string {
  const active = activeLocale();
  const page = document.documentElement.lang.trim();
  if (!page || resolveLocale(page) !== active) return active;
  try {
    return Intl.getCanonicalLocales(page)[0] ?? active;
  } catch {
    return active;
  }
}

export interface Localization {
  setLocale(locale: string): Promise<void>;
  getLocale(): string;
}

/**
 * Configures @lit/localize, applies `<html lang>` and follows its later changes.
 * A page that calls `setLocale()` itself wins until `<html lang>` changes again.
 */
export function startLocalization(): Localization {
  const localization = configureLocalization({
    sourceLocale,
    targetLocales,
    loadLocale: async (locale) => templates[locale as keyof typeof templates],
  });
  activeLocale = localization.getLocale;
  const setLocale = (locale: string) => localization.setLocale(resolveLocale(locale));
  const followPageLanguage = () => void setLocale(document.documentElement.lang);

  followPageLanguage();
  new MutationObserver(followPageLanguage).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
  });
  return {setLocale, getLocale: localization.getLocale};
}
