/**
 * Overdue interest (逾期利息): simple interest on what is still owed, from the day after the due
 * date to today, at an annual rate (per 365 days) or a daily rate, in parts per million.
 */

export type InterestBasis = 'annual' | 'daily';

/** Interest in minor units on `outstanding` for `days` overdue, rounded half up; 0 when nothing accrues. */
export function overdueInterest(
  outstanding: number,
  days: number,
  ppm: number,
  basis: InterestBasis,
): number {
  if (outstanding <= 0 || days <= 0 || ppm <= 0) return 0;
  // BigInt keeps large balances exact: amount × rate × days can pass 2^53.
  const accrued = BigInt(outstanding) * BigInt(ppm) * BigInt(days);
  const per = basis === 'annual' ? 1_000_000n * 365n : 1_000_000n;
  return Number((accrued * 2n + per) / (2n * per));
}

/** A rate in percent as typed ("6", "6%", "0.05%") in parts per million; null when it does not read. */
export function percentToPpm(text: string): number | null {
  const m = /^(\d{1,3})(?:\.(\d{1,4}))?\s*%?$/.exec(text.trim());
  if (!m) return null;
  const whole = Number(m[1]);
  const fraction = Number((m[2] ?? '').padEnd(4, '0'));
  return whole * 10_000 + fraction;
}

/** A rate in parts per million written as a percent: 60000 → "6", 500 → "0.05". */
export function ppmToPercent(ppm: number): string {
  const whole = Math.floor(ppm / 10_000);
  const fraction = String(ppm % 10_000)
    .padStart(4, '0')
    .replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}
