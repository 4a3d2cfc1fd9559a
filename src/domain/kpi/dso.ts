/**
 * Days sales outstanding by the countback method, best possible DSO and average days delinquent.
 * Invoiced amounts stand in for sales.
 */
import { roundDays } from './ratio.js';

/** One month's invoicing, newest month first in the lists below. */
export interface SalesMonth {
  /** Minor units invoiced in the month. */
  sales: number;
  /** Calendar days of the month (or of the part of it the period covers). */
  days: number;
}

/**
 * Countback DSO: walk back month by month from the period end, taking each month's sales off the
 * balance; every month fully absorbed counts all its days, the last one the fraction still left.
 * A balance larger than all the sales given counts every day given.
 */
export function countbackDso(balance: number, monthsNewestFirst: readonly SalesMonth[]): number {
  let remaining = balance;
  let days = 0;
  for (const month of monthsNewestFirst) {
    if (remaining <= 0) break;
    if (month.sales <= 0) {
      days += month.days;
      continue;
    }
    if (remaining >= month.sales) {
      days += month.days;
      remaining -= month.sales;
    } else {
      days += (month.days * remaining) / month.sales;
      remaining = 0;
    }
  }
  return roundDays(days);
}

/** Best possible DSO: the countback of the not-yet-due balance alone, what DSO would be with nothing overdue. */
export function bestPossibleDso(notDueBalance: number, monthsNewestFirst: readonly SalesMonth[]): number {
  return countbackDso(notDueBalance, monthsNewestFirst);
}

/** Average days delinquent: DSO less best possible DSO, the days that lateness adds. */
export function averageDaysDelinquent(dso: number, bestPossible: number): number {
  return roundDays(dso - bestPossible);
}
