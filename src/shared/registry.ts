import {VERSION} from '../version.js';

/**
 * What one copy of the kit leaves on the page so that a second copy (a second script tag,
 * a page builder injecting it twice, another version) can find it instead of fighting it.
 */
export interface KitRecord {
  version: string;
  setLocale(locale: string): Promise<void>;
  getLocale(): string;
  warnedAboutVersion?: boolean;
}

const KIT_KEY = Symbol.for('spa-scar-kit');
type KitGlobal = typeof globalThis & {[KIT_KEY]?: KitRecord};

export function existingKit(): KitRecord | undefined {
  return (globalThis as KitGlobal)[KIT_KEY];
}

export function recordKit(record: KitRecord): void {
  (globalThis as KitGlobal)[KIT_KEY] = record;
}

/**
 * Registers a tag unless something already did. A tag already taken is left alone: by
 * this same kit that is silent, by another version (or another script) it warns once.
 * Never throws, so one taken tag cannot stop the others from registering.
 */
export function defineOnce(tag: string, element: CustomElementConstructor): boolean {
  if (customElements.get(tag)) {
    warnAboutOtherCopy(tag);
    return false;
  }
  try {
    customElements.define(tag, element);
    return true;
  } catch (error) {
    console.warn(`spa-scar-kit ${VERSION}: could not register <${tag}>.`, error);
    return false;
  }
}

function warnAboutOtherCopy(tag: string): void {
  const kit = existingKit();
  if (kit?.version === VERSION || kit?.warnedAboutVersion) return;
  if (kit) kit.warnedAboutVersion = true;
  const owner = kit ? `spa-scar-kit ${kit.version}` : 'another script';
  console.warn(
    `spa-scar-kit ${VERSION}: <${tag}> is already registered by ${owner}; keeping that one. ` +
      'Load the kit only once per page.',
  );
}
