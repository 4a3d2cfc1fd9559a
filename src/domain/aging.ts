/**
 * Aging: how long an item has been overdue, and the bucket it is reported under
 * (账龄: not due · 1–30 · 31–60 · 61–90 · 91–180 · 181–365 · >365 days).
 */
import { diffDays, type LocalDate } from './local-date.js';

/** Aging buckets, from "not due yet" to "over a year overdue". */
export type AgingBucket = 'not_due' | 'd1_30' | 'd31_60' | 'd61_90' | 'd91_180' | 'd181_365' | 'over_365';

/** The buckets in the order reports show them (youngest first). */
export const AGING_BUCKETS: readonly AgingBucket[] = [
  'not_due',
  'd1_30',
  'd31_60',
  'd61_90',
  'd91_180',
  'd181_365',
  'over_365',
];

/** Calendar days an item is overdue on `today`; 0 on the due date and before it. */
export function daysOverdue(due: LocalDate, today: LocalDate): number {
  // Aging counts calendar days, not working days: that is how contracts and auditors count.
  return Math.max(0, diffDays(today, due));
}

/** Calendar days until the due date (0 on the day, negative once overdue), for pre-due warnings. */
export function daysUntilDue(due: LocalDate, today: LocalDate): number {
  return diffDays(due, today);
}

/** The aging bucket for a number of days overdue. */
export function agingBucket(days: number): AgingBucket {
  if (days <= 0) return 'not_due';
  if (days <= 30) return 'd1_30';
  if (days <= 60) return 'd31_60';
  if (days <= 90) return 'd61_90';
  if (days <= 180) return 'd91_180';
  if (days <= 365) return 'd181_365';
  return 'over_365';
}

/** The aging bucket of an item due on `due`, seen on `today`. */
export function agingBucketOf(due: LocalDate, today: LocalDate): AgingBucket {
  return agingBucket(daysOverdue(due, today));
}
