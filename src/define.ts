import {SpaBookButton} from './components/book-button/book-button.js';
import {defineOnce} from './shared/registry.js';

/** The one place that registers the kit's tags. Each is guarded: a taken tag is left alone. */
export function defineElements(): boolean {
  const defined = [defineOnce('spa-book-button', SpaBookButton)];
  return defined.some(Boolean);
}
