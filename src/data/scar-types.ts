import {msg} from '@lit/localize';
import type {SourceId} from './sources.js';

/**
 * The acne scar types (and the two kinds of marks that are not scars), in plain words,
 * with how well microneedling helps each. Every fact names its sources (./sources.ts);
 * the facts come from ../shared/reference/clinical-evidence.md §1, written in our words.
 *
 * Texts are functions so that they are read in the active locale at render time.
 */

export const SCAR_TYPE_IDS = [
  'icepick',
  'boxcar-shallow',
  'boxcar-deep',
  'rolling',
  'hypertrophic',
  'keloid',
  'pih',
  'pie',
] as const;
export type ScarTypeId = (typeof SCAR_TYPE_IDS)[number];

/** How well microneedling helps: a rating inferred from the trials (clinical-evidence.md §1). */
export const SUITABILITIES = ['good', 'fair', 'poor', 'not-suitable'] as const;
export type Suitability = (typeof SUITABILITIES)[number];

/** One statement a visitor reads, with the sources that back it. */
export interface Fact {
  text: () => string;
  sources: readonly SourceId[];
}

export interface ScarType {
  id: ScarTypeId;
  /** Marks (PIH, PIE) change colour, not shape: they are not scars. */
  kind: 'scar' | 'mark';
  name: () => string;
  aliases: () => readonly string[];
  looks: Fact;
  feels: Fact;
  size: Fact;
  suitability: Suitability;
  /** The one-line reason for the rating. */
  reason: Fact;
  /** What else providers use for this type. */
  alternatives: {items: () => readonly string[]; sources: readonly SourceId[]};
}

/** Shallow and deep boxcar scars look alike from above; they differ in depth. */
const boxcarLooks: Fact = {
  text: () =>
    msg('Round or oval dents with sharp, steep edges and a flat bottom, like chickenpox scars.', {id: 'boxcar.looks'}),
  sources: ['jacob2001'],
};

/** Both kinds of marks are a change of colour you cannot feel (Goodman–Baron grade 1). */
const flatMarkFeels: Fact = {
  text: () => msg('Flat: you can see them but not feel them. A change of colour, not of shape.', {id: 'pih.feels'}),
  sources: ['goodmanBaron2006'],
};

export const SCAR_TYPES: Record<ScarTypeId, ScarType> = {
  icepick: {
    id: 'icepick',
    kind: 'scar',
    name: () => msg('Ice pick scars', {id: 'icepick.name'}),
    aliases: () => [msg('pitted scars', {id: 'icepick.alias1'}), msg('V-shaped scars', {id: 'icepick.alias2'})],
    looks: {
      text: () =>
        msg('Small, deep holes, as if the skin had been pricked with a sharp point.', {id: 'icepick.looks'}),
      sources: ['jacob2001'],
    },
    feels: {
      text: () => msg('A narrow pit that goes straight down into the skin.', {id: 'icepick.feels'}),
      sources: ['jacob2001'],
    },
    size: {
      text: () =>
        msg('Usually under 2\u00a0mm wide, but deep: they can reach the lowest layer of the skin.', {
          id: 'icepick.size',
        }),
      sources: ['jacob2001'],
    },
    suitability: 'poor',
    reason: {
      text: () =>
        msg(
          'Ice pick scars respond least. In one study their number fell by about 6%, against 47% for boxcar scars.',
          {id: 'icepick.reason'},
        ),
      sources: ['garg', 'idoj2024'],
    },
    alternatives: {
      items: () => [
        msg('TCA CROSS: a doctor places a strong acid inside each scar', {id: 'icepick.alt1'}),
        msg('Punch excision: a doctor removes each scar and closes the skin', {id: 'icepick.alt2'}),
      ],
      sources: ['lee2002', 'callaghan2020'],
    },
  },

  'boxcar-shallow': {
    id: 'boxcar-shallow',
    kind: 'scar',
    name: () => msg('Shallow boxcar scars', {id: 'boxcarShallow.name'}),
    aliases: () => [
      msg('U-shaped scars', {id: 'boxcar.alias1'}),
      msg('chickenpox-like scars', {id: 'boxcar.alias2'}),
    ],
    looks: boxcarLooks,
    feels: {
      text: () => msg('A shallow dip with a clear edge.', {id: 'boxcarShallow.feels'}),
      sources: ['jacob2001'],
    },
    size: {
      text: () => msg('1.5 to 4\u00a0mm across and shallow, up to about 0.5\u00a0mm deep.', {id: 'boxcarShallow.size'}),
      sources: ['jacob2001'],
    },
    suitability: 'good',
    reason: {
      text: () =>
        msg('Shallow boxcar scars usually improve. In one study boxcar scars fell in number by about half.', {
          id: 'boxcarShallow.reason',
        }),
      sources: ['garg', 'jacob2001'],
    },
    alternatives: {
      items: () => [
        msg('Fractional laser', {id: 'alt.fractionalLaser'}),
        msg('TCA CROSS (a focused acid treatment by a doctor)', {id: 'alt.tcaCross'}),
        msg('Subcision', {id: 'alt.subcision'}),
        msg('Fillers', {id: 'alt.fillers'}),
      ],
      sources: ['jacob2001', 'fabbrocini2010'],
    },
  },

  'boxcar-deep': {
    id: 'boxcar-deep',
    kind: 'scar',
    name: () => msg('Deep boxcar scars', {id: 'boxcarDeep.name'}),
    aliases: () => [msg('U-shaped scars', {id: 'boxcar.alias1'})],
    looks: boxcarLooks,
    feels: {
      text: () => msg('A clear hollow with a steep, firm edge.', {id: 'boxcarDeep.feels'}),
      sources: ['jacob2001'],
    },
    size: {
      text: () => msg('1.5 to 4\u00a0mm across and deeper than 0.5\u00a0mm.', {id: 'boxcarDeep.size'}),
      sources: ['jacob2001'],
    },
    suitability: 'fair',
    reason: {
      text: () =>
        msg(
          'Deep boxcar scars improve somewhat, but less: in one trial they improved far more with a fractional CO2 laser.',
          {id: 'boxcarDeep.reason'},
        ),
      sources: ['idoj2024'],
    },
    alternatives: {
      items: () => [
        msg('Punch elevation or excision by a doctor', {id: 'boxcarDeep.alt1'}),
        msg('Fractional CO2 laser', {id: 'alt.co2Laser'}),
        msg('TCA CROSS (a focused acid treatment by a doctor)', {id: 'alt.tcaCross'}),
        msg('Subcision', {id: 'alt.subcision'}),
      ],
      sources: ['jacob2001', 'idoj2024'],
    },
  },

  rolling: {
    id: 'rolling',
    kind: 'scar',
    name: () => msg('Rolling scars', {id: 'rolling.name'}),
    aliases: () => [msg('undulating scars', {id: 'rolling.alias1'}), msg('M-shaped scars', {id: 'rolling.alias2'})],
    looks: {
      text: () =>
        msg('Broad, shallow dips with soft, sloping edges that make the skin look wavy, like rolling hills.', {
          id: 'rolling.looks',
        }),
      sources: ['jacob2001'],
    },
    feels: {
      text: () =>
        msg('Smooth hollows rather than holes: bands of tissue under the skin pull the surface down.', {
          id: 'rolling.feels',
        }),
      sources: ['jacob2001', 'fabbrocini2010'],
    },
    size: {
      text: () => msg('Wide: usually more than 4 to 5\u00a0mm across.', {id: 'rolling.size'}),
      sources: ['jacob2001'],
    },
    suitability: 'good',
    reason: {
      text: () =>
        msg(
          'Rolling scars usually improve: in one study everyone with them improved after two sessions. Scars held down by bands may also need subcision.',
          {id: 'rolling.reason'},
        ),
      sources: ['fabbrocini2009', 'garg'],
    },
    alternatives: {
      items: () => [
        msg('Subcision: a needle releases the bands under the scar', {id: 'rolling.alt1'}),
        msg('Fillers', {id: 'alt.fillers'}),
        msg('Fractional laser', {id: 'alt.fractionalLaser'}),
        msg('Microneedling with PRP (platelet-rich plasma)', {id: 'rolling.alt4'}),
      ],
      sources: ['jacob2001', 'karnik2014', 'asif2016'],
    },
  },

  hypertrophic: {
    id: 'hypertrophic',
    kind: 'scar',
    name: () => msg('Hypertrophic scars', {id: 'hypertrophic.name'}),
    aliases: () => [msg('raised scars', {id: 'hypertrophic.alias1'})],
    looks: {
      text: () =>
        msg('A firm, raised, often pink scar that stays within the edges of the original spot.', {
          id: 'hypertrophic.looks',
        }),
      sources: ['fabbrocini2010'],
    },
    feels: {
      text: () => msg('Firm, and higher than the skin around it.', {id: 'hypertrophic.feels'}),
      sources: ['fabbrocini2010'],
    },
    size: {
      text: () => msg('No wider than the spot that caused it.', {id: 'hypertrophic.size'}),
      sources: ['fabbrocini2010'],
    },
    suitability: 'not-suitable',
    reason: {
      text: () =>
        msg(
          'Microneedling is meant for scars that sit below the skin; raised scars already have too much collagen. A doctor should treat them.',
          {id: 'hypertrophic.reason'},
        ),
      sources: ['fabbrocini2010', 'needlingRaisedScars'],
    },
    alternatives: {
      items: () => [
        msg('Steroid injections by a doctor', {id: 'alt.steroid'}),
        msg('Silicone gel or sheets', {id: 'alt.silicone'}),
        msg('Cryotherapy (freezing)', {id: 'alt.cryo'}),
        msg('Laser treatment by a doctor', {id: 'hypertrophic.alt4'}),
      ],
      sources: ['needlingRaisedScars', 'morelliCoppola2018'],
    },
  },

  keloid: {
    id: 'keloid',
    kind: 'scar',
    name: () => msg('Keloids', {id: 'keloid.name'}),
    aliases: () => [msg('keloid scars', {id: 'keloid.alias1'})],
    looks: {
      text: () =>
        msg('A raised scar that grows beyond the edges of the original spot and can keep growing.', {
          id: 'keloid.looks',
        }),
      sources: ['morelliCoppola2018', 'fabbrocini2010'],
    },
    feels: {
      text: () => msg('Firm and raised; it can itch or hurt.', {id: 'keloid.feels'}),
      sources: ['morelliCoppola2018'],
    },
    size: {
      text: () => msg('Spreads past the edges of the spot that caused it.', {id: 'keloid.size'}),
      sources: ['morelliCoppola2018'],
    },
    suitability: 'not-suitable',
    reason: {
      text: () =>
        msg(
          'Microneedling is a controlled injury to the skin, and scarring is one of its known risks. Keloids need a doctor.',
          {id: 'keloid.reason'},
        ),
      sources: ['fdaMicroneedling', 'morelliCoppola2018'],
    },
    alternatives: {
      items: () => [
        msg('Steroid injections by a doctor', {id: 'alt.steroid'}),
        msg('5-FU injections', {id: 'keloid.alt2'}),
        msg('Cryotherapy (freezing)', {id: 'alt.cryo'}),
        msg('Silicone gel or sheets', {id: 'alt.silicone'}),
        msg('Surgery with follow-up treatment', {id: 'keloid.alt5'}),
      ],
      sources: ['morelliCoppola2018'],
    },
  },

  pih: {
    id: 'pih',
    kind: 'mark',
    name: () => msg('Dark marks (PIH)', {id: 'pih.name'}),
    aliases: () => [
      msg('post-inflammatory hyperpigmentation', {id: 'pih.alias1'}),
      msg('brown spots', {id: 'pih.alias2'}),
    ],
    looks: {
      text: () =>
        msg('Flat brown, grey or dark marks left after a pimple heals. More common in darker skin.', {
          id: 'pih.looks',
        }),
      sources: ['goodmanBaron2006', 'marksWeb'],
    },
    feels: flatMarkFeels,
    size: {
      text: () => msg('About the size of the pimple. They fade over months, sometimes years.', {id: 'pih.size'}),
      sources: ['marksWeb'],
    },
    suitability: 'fair',
    reason: {
      text: () =>
        msg(
          'It can help, but it is not the first choice: marks faded in one study of darker skin, yet microneedling can itself leave dark marks.',
          {id: 'pih.reason'},
        ),
      sources: ['alQarqaz2018', 'dogra2014', 'chu2021'],
    },
    alternatives: {
      items: () => [
        msg('Sunscreen every day', {id: 'marks.altSunscreen'}),
        msg('Creams such as azelaic acid, retinoids, niacinamide or hydroquinone', {id: 'pih.alt2'}),
        msg('Chemical peels', {id: 'pih.alt3'}),
      ],
      sources: ['marksWeb'],
    },
  },

  pie: {
    id: 'pie',
    kind: 'mark',
    name: () => msg('Red marks (PIE)', {id: 'pie.name'}),
    aliases: () => [
      msg('post-inflammatory erythema', {id: 'pie.alias1'}),
      msg('pink marks', {id: 'pie.alias2'}),
    ],
    looks: {
      text: () =>
        msg('Flat pink, red or purple marks from small blood vessels widened by a pimple. More common in lighter skin.', {
          id: 'pie.looks',
        }),
      sources: ['goodmanBaron2006', 'pieWeb'],
    },
    feels: flatMarkFeels,
    size: {
      text: () => msg('About the size of the pimple. They often fade on their own.', {id: 'pie.size'}),
      sources: ['pieWeb'],
    },
    suitability: 'poor',
    reason: {
      text: () =>
        msg('We found no study of microneedling for red marks; time, sun protection or a vascular laser are the usual routes.', {
          id: 'pie.reason',
        }),
      sources: ['goodmanBaron2006', 'pieWeb'],
    },
    alternatives: {
      items: () => [
        msg('Time, and sunscreen every day', {id: 'pie.alt1'}),
        msg('Vascular laser (pulsed dye, Nd:YAG, KTP) or IPL', {id: 'pie.alt2'}),
      ],
      sources: ['pieWeb'],
    },
  },
};

/**
 * What helps flat marks of a kind the visitor has not named (a rolling or boxcar scar with
 * "flat marks only"): both kinds' treatments, each under its kind, as the creams and peels for
 * dark marks are not what the evidence lists for red ones.
 */
export const FLAT_MARK_ALTERNATIVES: ScarType['alternatives'] = {
  items: () => [
    msg('Sunscreen every day', {id: 'marks.altSunscreen'}),
    msg('For dark marks: creams such as azelaic acid, retinoids, niacinamide or hydroquinone, or chemical peels', {
      id: 'marks.altDark',
    }),
    msg('For red marks: time, or a vascular laser (pulsed dye, Nd:YAG, KTP) or IPL', {id: 'marks.altRed'}),
  ],
  sources: ['marksWeb', 'pieWeb'],
};

/** The plain-words label of a rating, e.g. "Usually helps". */
export function suitabilityLabel(suitability: Suitability): string {
  switch (suitability) {
    case 'good':
      return msg('Usually helps', {id: 'suitability.good'});
    case 'fair':
      return msg('Helps somewhat', {id: 'suitability.fair'});
    case 'poor':
      return msg('Helps little', {id: 'suitability.poor'});
    case 'not-suitable':
      return msg('Not suitable', {id: 'suitability.notSuitable'});
  }
}
