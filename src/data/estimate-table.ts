import type {ScarTypeId} from './scar-types.js';
import type {SourceId} from './sources.js';

/**
 * The session model: a course of microneedling by Goodman–Baron grade, for the scar types
 * it treats, and the types it should not be used for. Every row names its evidence.
 *
 * The rows are the proposal of ../shared/reference/clinical-evidence.md §3: trials used 2–6
 * sessions (median 3) at 2–6 week intervals (median 4), and no trial set the number of
 * sessions by severity, so the grades widen the range rather than predict it.
 */

export type Grade = 1 | 2 | 3 | 4;
export const GRADES: readonly Grade[] = [1, 2, 3, 4];

export interface Range {
  min: number;
  typical: number;
  max: number;
}

export interface CourseRow {
  sessions: Range;
  intervalWeeks: Range;
  /** Best results usually need other treatments alongside microneedling. */
  combination: boolean;
  sources: readonly SourceId[];
}

/** Grades 2–4 (grade 1 is flat marks: no course). */
export const COURSE_BY_GRADE: Record<Exclude<Grade, 1>, CourseRow> = {
  2: {
    sessions: {min: 2, typical: 3, max: 4},
    intervalWeeks: {min: 4, typical: 4, max: 6},
    combination: false,
    sources: ['harris2015', 'patil2016', 'alam2014'],
  },
  3: {
    sessions: {min: 3, typical: 4, max: 6},
    intervalWeeks: {min: 2, typical: 4, max: 6},
    combination: false,
    sources: ['dogra2014', 'elDomyati2015', 'tirmizi2021'],
  },
  4: {
    sessions: {min: 4, typical: 5, max: 6},
    intervalWeeks: {min: 4, typical: 4, max: 6},
    combination: true,
    sources: ['dogra2014', 'idoj2024', 'harris2015'],
  },
};

/**
 * What the estimate says for a scar type: a course, or why not.
 * - `course`: microneedling is a reasonable treatment; the grade sets the course.
 * - `marks`: flat marks are not scars; other treatments come first.
 * - `icepick`: microneedling alone helps little; a doctor's focused treatments are used.
 * - `raised`: raised scars and keloids are not for microneedling in a spa.
 */
export type Verdict = 'course' | 'marks' | 'icepick' | 'raised';

export interface VerdictRow {
  verdict: Verdict;
  /** Best results usually need other treatments alongside microneedling. */
  combination?: boolean;
  sources: readonly SourceId[];
}

export const VERDICT_BY_TYPE: Record<ScarTypeId, VerdictRow> = {
  rolling: {verdict: 'course', sources: ['fabbrocini2009', 'garg']},
  'boxcar-shallow': {verdict: 'course', sources: ['garg']},
  'boxcar-deep': {verdict: 'course', combination: true, sources: ['idoj2024']},
  icepick: {verdict: 'icepick', sources: ['garg', 'idoj2024', 'lee2002']},
  hypertrophic: {verdict: 'raised', sources: ['fabbrocini2010', 'needlingRaisedScars']},
  keloid: {verdict: 'raised', sources: ['fdaMicroneedling', 'morelliCoppola2018']},
  pih: {verdict: 'marks', sources: ['goodmanBaron2006', 'chu2021']},
  pie: {verdict: 'marks', sources: ['goodmanBaron2006', 'pieWeb']},
};

/**
 * Grade 1 ("flat marks only") with a rolling or boxcar scar chosen: marks of a kind not named,
 * so the pages behind both kinds' treatments are cited (see FLAT_MARK_ALTERNATIVES).
 */
export const FLAT_MARKS: VerdictRow = {verdict: 'marks', sources: ['goodmanBaron2006', 'marksWeb', 'pieWeb']};

/** The intervals the trials used, 2 to 6 weeks (Harris 2015: median 4); none was weekly or 8-weekly. */
export const STUDIED_INTERVAL_WEEKS = {min: 2, max: 6} as const;

/** Results are judged 3–6 months after the last session (Alam 2014: significant at 6, not 3). */
export const RESULTS_AFTER_MONTHS = {min: 3, max: 6} as const;
