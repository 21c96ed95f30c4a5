import {configureLocalization} from '@lit/localize';
import {sourceLocale, targetLocales} from '../generated/locale-codes.js';
import * as es from '../generated/locales/es.js';
import * as fr from '../generated/locales/fr.js';
import {asLanguageTag, resolveLocale} from '../lib/locale.js';
import {redrawAll} from './spa-element.js';
import {pageLanguage} from './page-address.js';

/**
 * Runtime localization, configured once per copy of the kit. The locales are imported
 * statically: the kit ships as one file, so there is nothing to fetch.
 */
const templates = {es, fr} as const;

/** The active locale of this copy of the kit; 'en' until localization starts. */
let activeLocale: () => string = () => 'en';

/**
 * The language the kit shows things in: the page's own `<html lang>` when it resolves to the
 * active locale (so `es-MX` gets Mexican number and date formats), else the active locale.
 * Intl formats with it, and it is the `lang` of every element holding the kit's own text:
 * that text is often not in the page's language (a German page gets English), and screen
 * readers choose their voice, browsers their hyphenation, from `lang`. Such elements also take
 * `dir="ltr"`, as every shipped locale is written left to right.
 */
export function displayLocale(): string {
  const active = activeLocale();
  try {
    // A page in a language the kit does not ship (`de`) gets English text, so English formats.
    const [page] = Intl.getCanonicalLocales(asLanguageTag(pageLanguage()));
    if (page && new Intl.Locale(page).language === active) return page;
  } catch {
    // No `lang`, or a malformed one.
  }
  return active;
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
  const followPageLanguage = () => {
    const lang = pageLanguage();
    // Another region of the same locale (en-US → en-GB): @lit/localize reports nothing, yet
    // dates, numbers and `lang` must follow. A new locale redraws through @lit/localize.
    if (resolveLocale(lang) === localization.getLocale()) redrawAll();
    void setLocale(lang);
  };

  followPageLanguage();
  new MutationObserver(followPageLanguage).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
  });
  return {setLocale, getLocale: localization.getLocale};
}
