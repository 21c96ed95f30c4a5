import {msg} from '@lit/localize';

/** Said after a link that opens a new tab, for screen-reader users (the button, the explainer's sources). */
export const opensNewTabNote = () => msg('(opens in a new tab)', {id: 'common.opensNewTab'});
