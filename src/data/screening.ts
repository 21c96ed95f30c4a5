import {msg} from '@lit/localize';
import type {SourceId} from './sources.js';

/**
 * The safety check: the contraindications of ../shared/reference/clinical-evidence.md §4.
 * A `stop` answer replaces the estimate with "please talk to a provider first"; a `talk`
 * answer keeps it and adds a note. Answers never leave the estimator element.
 */
export type ScreeningLevel = 'stop' | 'talk';

export interface ScreeningItem {
  id: string;
  level: ScreeningLevel;
  /** The checkbox label, in the visitor's words. */
  label: () => string;
  /** For `talk` items: what it means for them. */
  note?: () => string;
  /** Cited under the result ("Based on: …") while the answer is ticked. */
  sources: readonly SourceId[];
}

export const SCREENING: readonly ScreeningItem[] = [
  {
    id: 'pregnant',
    level: 'stop',
    label: () => msg('I am pregnant or breastfeeding', {id: 'screen.pregnant'}),
    sources: ['skinPenLabel'],
  },
  {
    id: 'isotretinoin-now',
    level: 'stop',
    label: () => msg('I take isotretinoin (Accutane) now', {id: 'screen.isoNow'}),
    sources: ['skinPenLabel'],
  },
  {
    id: 'active-skin',
    level: 'stop',
    label: () =>
      msg('Where I would be treated, I have a breakout, an infection or cold sore, a wound, sunburn or a flare of eczema or rosacea', {
        id: 'screen.activeSkin',
      }),
    sources: ['skinPenLabel', 'chu2021'],
  },
  {
    id: 'skin-cancer',
    level: 'stop',
    label: () => msg('I have skin cancer in that area', {id: 'screen.cancer'}),
    sources: ['skinPenLabel'],
  },
  {
    id: 'bleeding',
    level: 'stop',
    label: () => msg('I have a bleeding disorder', {id: 'screen.bleeding'}),
    sources: ['skinPenLabel'],
  },
  {
    id: 'allergy',
    level: 'stop',
    label: () => msg('I am allergic to metals or to numbing creams', {id: 'screen.allergy'}),
    sources: ['skinPenLabel', 'chu2021'],
  },
  {
    id: 'keloid-history',
    level: 'stop',
    label: () => msg('I get keloids (raised scars that spread)', {id: 'screen.keloids'}),
    sources: ['clinicLists', 'fdaMicroneedling'],
  },
  {
    id: 'isotretinoin-recent',
    level: 'talk',
    label: () => msg('I stopped isotretinoin in the last 6 months', {id: 'screen.isoRecent'}),
    note: () =>
      msg('Isotretinoin in the last 6 months: advice on how long to wait differs, so your provider will decide.', {
        id: 'screen.isoRecent.note',
      }),
    sources: ['isotretinoinConsensus'],
  },
  {
    id: 'blood-thinners',
    level: 'talk',
    label: () => msg('I take blood thinners', {id: 'screen.thinners'}),
    note: () => msg('Blood thinners: tell your provider, as you may bleed or bruise more.', {id: 'screen.thinners.note'}),
    sources: ['clinicLists'],
  },
  {
    id: 'skin-condition',
    level: 'talk',
    label: () => msg('I have rosacea, eczema or psoriasis (not flaring now)', {id: 'screen.condition'}),
    note: () =>
      msg('Rosacea, eczema or psoriasis: your provider will check your skin is calm before treating.', {
        id: 'screen.condition.note',
      }),
    sources: ['clinicLists'],
  },
  {
    id: 'cold-sores',
    level: 'talk',
    label: () => msg('I get cold sores from time to time', {id: 'screen.coldSores'}),
    note: () =>
      msg('Cold sores: your provider may suggest an antiviral before treatment.', {id: 'screen.coldSores.note'}),
    sources: ['clinicLists'],
  },
  {
    id: 'dark-marks',
    level: 'talk',
    label: () => msg('My skin easily gets dark marks after spots, cuts or burns', {id: 'screen.pih'}),
    note: () =>
      msg(
        'Dark marks: microneedling can leave some, though fewer than lasers do. Your provider can adjust the treatment.',
        {id: 'screen.pih.note'},
      ),
    // Fewer than lasers: 6.7% against 30% in the split-face trial (clinical-evidence.md §4).
    sources: ['chu2021', 'dogra2014', 'idoj2024'],
  },
  {
    id: 'health',
    level: 'talk',
    label: () =>
      msg('I have diabetes, a weakened immune system, an autoimmune condition or vitiligo, or I am having chemotherapy or radiotherapy', {
        id: 'screen.health',
      }),
    note: () =>
      msg('Your health conditions: talk them through with your provider, who may ask your doctor first.', {
        id: 'screen.health.note',
      }),
    sources: ['clinicLists', 'skinPenLabel'],
  },
  {
    id: 'recent-procedure',
    level: 'talk',
    label: () => msg('I had a peel, laser, filler or injection in that area recently', {id: 'screen.recent'}),
    note: () =>
      msg('A recent treatment in the area: your provider will tell you how long to wait.', {id: 'screen.recent.note'}),
    sources: ['clinicLists'],
  },
  {
    id: 'under-22',
    level: 'talk',
    label: () => msg('I am under 22', {id: 'screen.under22'}),
    note: () =>
      msg('Under 22: the FDA-authorized microneedling pen is authorized for adults 22 and over; ask your provider.', {
        id: 'screen.under22.note',
      }),
    sources: ['skinPenLabel'],
  },
];
