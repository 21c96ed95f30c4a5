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
  const setLocale = (locale: string) => localization.setLocale(resolveLocale(locale));
  const followPageLanguage = () => void setLocale(document.documentElement.lang);

  followPageLanguage();
  new MutationObserver(followPageLanguage).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
  });
  return {setLocale, getLocale: localization.getLocale};
}
