/**
 * <spa-scar-explainer> on its own, for bundlers: Lit and @lit/localize are imported, not inlined,
 * so an app that already uses Lit ships it once. Importing this module registers the tag.
 */
import {SpaScarExplainer} from '../components/scar-explainer/scar-explainer.js';
import {defineOnce} from '../shared/registry.js';
import {startKit} from '../shared/kit.js';

startKit();
defineOnce('spa-scar-explainer', SpaScarExplainer);

export {SpaScarExplainer};
export type {ScarSelectDetail} from '../components/scar-explainer/scar-explainer.js';
export {setLocale, getLocale} from '../shared/kit.js';
