/**
 * The public shape of a session estimate, as carried by `spa-estimate-change` and by
 * `spa-book-click`. Deliberately holds no screening answer: health answers never leave
 * the estimator.
 */
export interface EstimateSummary {
  scarType: string | null;
  severity: number | null;
  suitability: string | null;
  sessions: {min: number; typical: number; max: number} | null;
  intervalWeeks: {min: number; max: number} | null;
  spanWeeks: number | null;
  price: {min: number; max: number; currency: string} | null;
}

/** What an element must offer for `<spa-book-button estimator>` to read its result. */
export interface EstimateSource extends HTMLElement {
  readonly estimate: EstimateSummary | null;
}

export function isEstimateSource(element: Element | null): element is EstimateSource {
  return !!element && element.localName === 'spa-session-estimator' && 'estimate' in element;
}
