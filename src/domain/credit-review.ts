/**
 * Credit review (信用评估): every N months per rating, and whenever a customer's behaviour turns —
 * promises kept below a rate, paying later on average than a limit, or three broken promises in a row.
 */
import { addMonths, compareLocalDate, type LocalDate } from './local-date.js';

/** Why a review is due. */
export type ReviewTrigger = 'periodic' | 'keeping_rate' | 'days_late' | 'three_strikes';

/** What the rule reads about one customer. */
export interface ReviewStanding {
  /** Months between reviews for the customer's rating; null when the team has no policy for it. */
  reviewMonths: number | null;
  /** The date of the last decided review, else the date the customer was first seen. */
  lastReviewedOn: LocalDate;
  /** Promises settled over the last twelve months, and how many of them were kept in full. */
  promisesSettled: number;
  promisesKept: number;
  /** Amount-weighted days late over the last twelve months; null without receipts. */
  averageDaysLate: number | null;
  /** Broken among the customer's last three settled promises. */
  brokenOfLastThree: number;
}

/** The team's thresholds. */
export interface ReviewRules {
  keepingRateBp: number;
  averageDaysLate: number;
}

// A keeping rate over fewer promises than this says nothing about the customer.
export const MIN_PROMISES_FOR_RATE = 3;
const STRIKES = 3;

/** The triggers a customer meets today, in a fixed order. */
export function reviewTriggers(s: ReviewStanding, rules: ReviewRules, today: LocalDate): ReviewTrigger[] {
  const out: ReviewTrigger[] = [];
  if (s.reviewMonths !== null && compareLocalDate(addMonths(s.lastReviewedOn, s.reviewMonths), today) <= 0)
    out.push('periodic');
  if (
    s.promisesSettled >= MIN_PROMISES_FOR_RATE &&
    s.promisesKept * 10_000 < rules.keepingRateBp * s.promisesSettled
  )
    out.push('keeping_rate');
  if (s.averageDaysLate !== null && s.averageDaysLate > rules.averageDaysLate) out.push('days_late');
  if (s.brokenOfLastThree >= STRIKES) out.push('three_strikes');
  return out;
}

/**
 * Whether to open a review: a periodic one is due, or behaviour turned in a way the last decided
 * review did not already weigh (a manager who kept the terms is not asked again for the same reason).
 */
export function shouldOpenReview(
  triggers: readonly ReviewTrigger[],
  lastDecidedTriggers: readonly ReviewTrigger[] | null,
): boolean {
  if (triggers.includes('periodic')) return true;
  const weighed = new Set(lastDecidedTriggers ?? []);
  return triggers.some((t) => !weighed.has(t));
}
