/**
 * The reference list behind every fact the kit shows. Taken from
 * ../shared/reference/clinical-evidence.md §7. Citations are not translated.
 *
 * `kind` is shown to visitors so that they can weigh a source: a peer-reviewed paper, a
 * regulator's page, or a consumer web page (used only where nothing better was found).
 */
import {msg} from '@lit/localize';

export type SourceKind = 'peer-reviewed' | 'regulatory' | 'web';

export interface Source {
  /** Short label shown beside a fact, e.g. "Jacob 2001". */
  label: string;
  /** Title (shortened) and where it was published. */
  citation: string;
  url?: string;
  kind: SourceKind;
}

export const SOURCES = {
  jacob2001: {
    label: 'Jacob 2001',
    citation: 'Acne scarring: a classification system and review of treatment options. J Am Acad Dermatol 2001;45:109-17',
    url: 'https://pubmed.ncbi.nlm.nih.gov/11423843/',
    kind: 'peer-reviewed',
  },
  goodmanBaron2006: {
    label: 'Goodman & Baron 2006',
    citation: 'Postacne scarring: a qualitative global scarring grading system. Dermatol Surg 2006;32:1458-66',
    url: 'https://pubmed.ncbi.nlm.nih.gov/17199653/',
    kind: 'peer-reviewed',
  },
  fabbrocini2010: {
    label: 'Fabbrocini 2010',
    citation: 'Acne scars: pathogenesis, classification and treatment. Dermatol Res Pract 2010:893080',
    url: 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC2958495/',
    kind: 'peer-reviewed',
  },
  fabbrocini2009: {
    label: 'Fabbrocini 2009',
    citation: 'Acne scarring treatment using skin needling. Clin Exp Dermatol 2009;34:874-9',
    url: 'https://doi.org/10.1111/j.1365-2230.2009.03291.x',
    kind: 'peer-reviewed',
  },
  garg: {
    label: 'Garg & Chaudhary',
    citation: 'Efficacy of dermaroller on morphology of acne scars. Int J Res Dermatol',
    kind: 'peer-reviewed',
  },
  idoj2024: {
    label: 'IDOJ 2024',
    citation: 'Fractional CO2 laser vs microneedling, split-face trial. Indian Dermatol Online J 2024',
    url: 'https://pubmed.ncbi.nlm.nih.gov/39640445/',
    kind: 'peer-reviewed',
  },
  lee2002: {
    label: 'Lee 2002',
    citation: 'Focal treatment of acne scars with trichloroacetic acid (CROSS). Dermatol Surg 2002;28:1017-21',
    url: 'https://pubmed.ncbi.nlm.nih.gov/12460296/',
    kind: 'peer-reviewed',
  },
  callaghan2020: {
    label: 'Callaghan 2020',
    citation: 'Management of ice pick acne scars. Plast Aesthet Res 2020;7:66',
    kind: 'peer-reviewed',
  },
  harris2015: {
    label: 'Harris 2015',
    citation: 'Skin needling for acne scarring: a review. Int J Womens Dermatol 2015;1:77-81',
    kind: 'peer-reviewed',
  },
  asif2016: {
    label: 'Asif 2016',
    citation: 'PRP with microneedling vs microneedling for atrophic acne scars. J Cosmet Dermatol 2016;15:434-43',
    url: 'https://doi.org/10.1111/jocd.12207',
    kind: 'peer-reviewed',
  },
  karnik2014: {
    label: 'Karnik 2014',
    citation: 'PMMA microspheres for atrophic acne scars, randomized trial. J Am Acad Dermatol 2014;71:77',
    kind: 'peer-reviewed',
  },
  dogra2014: {
    label: 'Dogra 2014',
    citation: 'Microneedling for acne scars in Asian skin type. J Cosmet Dermatol 2014;13:180-7',
    url: 'https://pubmed.ncbi.nlm.nih.gov/25196684/',
    kind: 'peer-reviewed',
  },
  chu2021: {
    label: 'Chu 2021',
    citation: 'Safety profile for microneedling: a systematic review. Dermatol Surg 2021;47:1249-54',
    url: 'https://pubmed.ncbi.nlm.nih.gov/34448760/',
    kind: 'peer-reviewed',
  },
  alQarqaz2018: {
    label: 'Al Qarqaz 2018',
    citation: 'Skin microneedling for acne scars with pigmentation in dark skin. J Cosmet Dermatol 2018',
    kind: 'peer-reviewed',
  },
  morelliCoppola2018: {
    label: 'Morelli Coppola 2018',
    citation: 'Triamcinolone injection for keloid scars. Clin Cosmet Investig Dermatol 2018;11:387-96',
    url: 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC6063260/',
    kind: 'peer-reviewed',
  },
  needlingRaisedScars: {
    label: 'PMC6880027',
    citation: 'Review of needling for raised (mostly burn) scars. PMC6880027',
    url: 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC6880027/',
    kind: 'peer-reviewed',
  },
  fdaMicroneedling: {
    label: 'FDA',
    citation: 'Microneedling devices (fda.gov)',
    url: 'https://www.fda.gov/medical-devices/aesthetic-cosmetic-devices/microneedling-devices',
    kind: 'regulatory',
  },
  marksWeb: {
    label: 'acne.org, acneaction.ca, minarsdermatology.com',
    citation: 'Consumer pages on dark marks',
    kind: 'web',
  },
  pieWeb: {
    label: 'pm360online.com, buoyhealth.com',
    citation: 'Consumer pages on red marks',
    kind: 'web',
  },
  alam2014: {
    label: 'Alam 2014',
    citation: 'Efficacy of a needling device for acne scars: a randomized clinical trial. JAMA Dermatol 2014;150:844-9',
    url: 'https://pubmed.ncbi.nlm.nih.gov/24919799/',
    kind: 'peer-reviewed',
  },
  elDomyati2015: {
    label: 'El-Domyati 2015',
    citation: 'Microneedling therapy for atrophic acne scars: an objective evaluation. J Clin Aesthet Dermatol 2015;8:36-42',
    kind: 'peer-reviewed',
  },
  tirmizi2021: {
    label: 'Tirmizi 2021',
    citation: 'Role of microneedling in atrophic post-acne scars. Cureus 2021;13:e12578',
    kind: 'peer-reviewed',
  },
  patil2016: {
    label: 'Patil 2016',
    citation: 'Dermaroller: simple and effective acne scar treatment. Int J Res Dermatol 2016;2:46-8',
    kind: 'peer-reviewed',
  },
  skinPenLabel: {
    label: 'SkinPen labelling (FDA De Novo DEN160029)',
    citation: 'Contraindications of the FDA-authorized microneedling device, as quoted by providers',
    kind: 'regulatory',
  },
  isotretinoinConsensus: {
    label: 'Waldman 2017; Spring 2017',
    citation: 'Consensus recommendations on procedures during and after isotretinoin. Dermatol Surg 2017;43:1249-62; JAMA Dermatol 2017;153:802-9',
    kind: 'peer-reviewed',
  },
  clinicLists: {
    label: 'Clinic contraindication lists',
    citation: 'Contraindication lists published by clinics',
    kind: 'web',
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;

/** A source's label as shown: its year held on the line of the name before it ("IDOJ 2024"). */
export function sourceLabel(id: SourceId): string {
  return SOURCES[id].label.replace(/ (?=(19|20)\d\d\b)/g, '\u00a0');
}

/**
 * "Jacob 2001; Lee 2002": the labels, separated as the visitor's language punctuates (French
 * puts a narrow no-break space before the semicolon).
 */
export function citationLabels(ids: readonly SourceId[]): string {
  return ids.map(sourceLabel).join(msg('; ', {id: 'cite.separator'}));
}
