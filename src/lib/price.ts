/**
 * What a number of sessions costs, from the spa's prices. Pure.
 *
 * With a per-session price and a package (N sessions for a total), the cheapest mix of
 * packages and single sessions that covers the sessions; with only a package, whole
 * packages; with only a per-session price, sessions × price.
 */
export interface Pricing {
  perSession: number | null;
  packageSize: number | null;
  packagePrice: number | null;
}

export function courseCost(sessions: number, pricing: Pricing): number | null {
  const {perSession, packageSize, packagePrice} = pricing;
  const hasPackage = packageSize != null && packagePrice != null && packageSize > 0;
  if (sessions <= 0) return 0;
  if (!hasPackage) return perSession == null ? null : exact(sessions * perSession);
  const packagesToCoverAll = Math.ceil(sessions / packageSize);
  if (perSession == null) return exact(packagesToCoverAll * packagePrice);
  let best = Infinity;
  for (let packages = 0; packages <= packagesToCoverAll; packages++) {
    const singles = Math.max(0, sessions - packages * packageSize);
    best = Math.min(best, packages * packagePrice + singles * perSession);
  }
  return exact(best);
}

/**
 * Binary floats miss decimal prices (3 × 99.99 is 299.96999999999997), and the event detail
 * and analytics `value` would carry that. Rounding to a millionth is finer than any currency's
 * minor unit, and exact well past the largest course a spa can configure (50 × 1,000,000).
 */
function exact(amount: number): number {
  return Math.round(amount * 1e6) / 1e6;
}
