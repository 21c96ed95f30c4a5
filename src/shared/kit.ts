import {isServer} from 'lit';
import {VERSION} from '../version.js';
import {existingKit, recordKit} from './registry.js';
import {startLocalization} from './localization.js';
import {registerColorTokens} from './theme-tokens.js';

/**
 * Starts the kit once per page: its colour tokens registered as colours, localization from
 * `<html lang>`, and the record that lets a second copy (another script tag, another
 * version) find the first instead of fighting it.
 * Both the one-file bundle and the per-element modules call it before registering tags.
 */
export function startKit(): void {
  // A server importing the package (Next.js, Nuxt, SvelteKit, Astro) has no page to read or
  // localize. `isServer` alone also holds under jsdom (tests that load Lit's Node build), where
  // the page is real. In the browser build `isServer` is `false`: the check weighs nothing.
  if ((isServer && typeof document === 'undefined') || existingKit()) return;
  registerColorTokens();
  recordKit({version: VERSION, ...startLocalization()});
}

/** Switches every element of the kit on the page to `locale` (`en`, `es`, `fr`; others → `en`). */
export function setLocale(locale: string): Promise<void> {
  return existingKit()?.setLocale(locale) ?? Promise.resolve();
}

/** The locale the kit's elements are showing. */
export function getLocale(): string {
  return existingKit()?.getLocale() ?? 'en';
}
