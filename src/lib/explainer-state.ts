import {parseChoice} from './attributes.js';
import {parseIdList} from './type-list.js';
import {SCAR_TYPE_IDS, type ScarTypeId} from '../data/scar-types.js';

/**
 * What an explainer with these `types` and `selected` attributes shows: its types, in order,
 * and the selected one, or null when `selected` is absent or names a type not shown. The
 * estimator reads a linked explainer through it too, so that the two agree on " Rolling "
 * (selected) and on a `selected` the explainer refuses.
 */
export function explainerState(types: string | null, selected: string | null) {
  const list = parseIdList(types, SCAR_TYPE_IDS);
  const choice = parseChoice(selected, list.ids, list.ids[0]);
  const chosen: ScarTypeId | null = selected != null && !choice.invalid ? choice.value : null;
  return {list, chosen, selectedInvalid: choice.invalid};
}
