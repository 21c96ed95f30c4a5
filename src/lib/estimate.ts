import {SCAR_TYPES, type ScarTypeId, type Suitability} from '../data/scar-types.js';
import {
  COURSE_BY_GRADE,
  FLAT_MARKS,
  STUDIED_INTERVAL_WEEKS,
  VERDICT_BY_TYPE,
  type Grade,
  type Range,
  type Verdict,
} from '../data/estimate-table.js';
import type {SourceId} from '../data/sources.js';
import type {EstimateSummary} from '../shared/estimate.js';
import {courseCost, type Pricing} from './price.js';

/** What the visitor answered (never the safety check: that stays in the element). */
export interface Answers {
  scarType: ScarTypeId | null;
  severity: Grade | null;
}

/** What the spa configured through attributes, already parsed and valid. */
export interface SpaConfig {
  pricing: Pricing;
  currency: string;
  /** The spa's own interval, replacing the evidence's. */
  intervalWeeks: {min: number; max: number} | null;
  /** The most sessions the spa offers. */
  maxSessions: number | null;
}

export interface Estimate {
  scarType: ScarTypeId;
  severity: Grade;
  verdict: Verdict;
  suitability: Suitability;
  /** Null unless the verdict is a course. */
  sessions: Range | null;
  intervalWeeks: Range | null;
  /** Weeks from the first session to the last. */
  spanWeeks: Range | null;
  price: {min: number; max: number; currency: string} | null;
  /** Best results usually need other treatments too. */
  combination: boolean;
  /** The spa's cap is below the number of sessions the studies used. */
  cappedBySpa: boolean;
  /** The spa's interval reaches outside the intervals the studies used (and there is more than one session). */
  intervalUnlikeStudies: boolean;
  sources: readonly SourceId[];
}

/**
 * The estimate for the visitor's answers and the spa's settings, or null until both the scar
 * type and the grade are answered. Pure; every number it returns satisfies
 * 1 ≤ min ≤ typical ≤ max, and price min ≤ max.
 */
export function estimate(answers: Answers, config: SpaConfig): Estimate | null {
  const {scarType, severity} = answers;
  if (!scarType || !severity) return null;
  // Grade 1 means flat marks only: a colour problem, with no course for rolling or boxcar
  // scars. A type with its own answer keeps it: a keloid said to be flat still needs a doctor.
  const ownVerdict = VERDICT_BY_TYPE[scarType];
  const verdictRow = severity === 1 && ownVerdict.verdict === 'course' ? FLAT_MARKS : ownVerdict;
  const verdict: Verdict = verdictRow.verdict;
  const base = {scarType, severity, verdict, suitability: SCAR_TYPES[scarType].suitability};
  // (Grade 1 is never a course; saying so again lets the grade index COURSE_BY_GRADE below.)
  if (verdict !== 'course' || severity === 1) {
    return {
      ...base,
      sessions: null,
      intervalWeeks: null,
      spanWeeks: null,
      price: null,
      combination: false,
      cappedBySpa: false,
      intervalUnlikeStudies: false,
      sources: verdictRow.sources,
    };
  }
  const row = COURSE_BY_GRADE[severity];
  const sessions = capSessions(row.sessions, config.maxSessions);
  const intervalWeeks = config.intervalWeeks
    ? {...config.intervalWeeks, typical: clamp(row.intervalWeeks.typical, config.intervalWeeks.min, config.intervalWeeks.max)}
    : row.intervalWeeks;
  const spanWeeks = {
    min: (sessions.min - 1) * intervalWeeks.min,
    typical: (sessions.typical - 1) * intervalWeeks.typical,
    max: (sessions.max - 1) * intervalWeeks.max,
  };
  const low = courseCost(sessions.min, config.pricing);
  const high = courseCost(sessions.max, config.pricing);
  return {
    ...base,
    sessions,
    intervalWeeks,
    spanWeeks,
    price: low != null && high != null ? {min: low, max: high, currency: config.currency} : null,
    combination: row.combination || !!verdictRow.combination,
    cappedBySpa: config.maxSessions != null && config.maxSessions < row.sessions.max,
    intervalUnlikeStudies:
      sessions.max > 1 && (intervalWeeks.min < STUDIED_INTERVAL_WEEKS.min || intervalWeeks.max > STUDIED_INTERVAL_WEEKS.max),
    sources: [...new Set([...row.sources, ...verdictRow.sources])],
  };
}

/** The public summary (SPEC.md's `spa-estimate-change` detail): numbers only, no answers to health questions. */
export function summarize(result: Estimate | null, answers: Answers): EstimateSummary {
  return {
    scarType: answers.scarType,
    severity: answers.severity,
    suitability: result?.suitability ?? null,
    sessions: result?.sessions ? {...result.sessions} : null,
    intervalWeeks: result?.intervalWeeks ? {min: result.intervalWeeks.min, max: result.intervalWeeks.max} : null,
    spanWeeks: result?.spanWeeks?.typical ?? null,
    price: result?.price ? {...result.price} : null,
  };
}

/** The spa's cap applied without ever giving min > typical > max or fewer than one session. */
function capSessions(range: Range, cap: number | null): Range {
  if (cap == null) return {...range};
  const limit = Math.max(1, Math.floor(cap));
  const max = Math.min(range.max, limit);
  const typical = Math.min(range.typical, max);
  return {min: Math.min(range.min, typical), typical, max};
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
