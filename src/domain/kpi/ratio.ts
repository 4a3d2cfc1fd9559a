/** Whole basis points of a ratio (10000 = 100 %), rounded half up; null when the base is not positive. */
export function ratioBp(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  // part × 10000 can pass 2^53 for large money amounts, so the product is taken in BigInt.
  const p = BigInt(Math.round(part));
  const w = BigInt(Math.round(whole));
  const scaled = p * 10_000n;
  const q = scaled >= 0n ? (scaled * 2n + w) / (2n * w) : -((-scaled * 2n + w) / (2n * w));
  return Number(q);
}

/** An amount times basis points, rounded toward zero, exact for any safe amount. */
export function applyBp(amount: number, bp: number): number {
  return Number((BigInt(amount) * BigInt(bp)) / 10_000n);
}

/** A number of days rounded to one decimal, the precision reports show. */
export function roundDays(days: number): number {
  return Math.round(days * 10) / 10;
}
