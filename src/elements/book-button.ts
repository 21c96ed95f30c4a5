/**
 * <spa-book-button> on its own, for bundlers: Lit and @lit/localize are imported, not inlined,
 * so an app that already uses Lit ships it once. Importing this module registers the tag.
 */
import {SpaBookButton} from '../components/book-button/book-button.js';
import {defineOnce} from '../shared/registry.js';
import {startKit} from '../shared/kit.js';

startKit();
defineOnce('spa-book-button', SpaBookButton);

export {SpaBookButton};
export type {BookClickDetail, BookDialogDetail} from '../components/book-button/book-button.js';
export {setLocale, getLocale} from '../shared/kit.js';
