/**
 * The suggested bad-debt provision (坏账准备参考): outstanding × (1 − the likelihood of recovery
 * for its age), by aging bucket. Guidance for finance, not a booking.
 */
import { AGING_BUCKETS, type AgingBucket } from '../aging.js';
import { DEFAULT_LIKELIHOOD_TABLE, type LikelihoodTable, likelihoodBasisPoints } from '../priority.js';
import { applyBp } from './ratio.js';

/** An open amount and how many days overdue it is. */
export interface AgedAmount {
  outstanding: number;
  daysOverdue: number;
  bucket: AgingBucket;
}

/** The provision of one amount: what the likelihood table expects not to recover. */
export function provisionOf(
  a: Pick<AgedAmount, 'outstanding' | 'daysOverdue'>,
  table: LikelihoodTable,
): number {
  return applyBp(a.outstanding, 10_000 - likelihoodBasisPoints(a.daysOverdue, table));
}

/** The provision by bucket (one currency's amounts) and its total. */
export function suggestedProvision(
  amounts: readonly AgedAmount[],
  table: LikelihoodTable = DEFAULT_LIKELIHOOD_TABLE,
): { byBucket: Record<AgingBucket, number>; total: number } {
  const byBucket = Object.fromEntries(AGING_BUCKETS.map((b) => [b, 0])) as Record<AgingBucket, number>;
  let total = 0;
  for (const a of amounts) {
    const p = provisionOf(a, table);
    byBucket[a.bucket] += p;
    total += p;
  }
  return { byBucket, total };
}
