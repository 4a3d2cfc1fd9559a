/**
 * Credit hold (停止供货): a customer is held when its whole open balance in its limit's currency
 * exceeds the limit, when anything is overdue longer than the team's hold age, or by hand.
 */
import { daysOverdue } from './aging.js';
import type { LocalDate } from './local-date.js';

/** Why a customer is on hold; a held customer has one or more. */
export type HoldReason =
  | { kind: 'over_limit'; over: number; currency: string }
  | { kind: 'aged'; invoiceNo: string; daysOverdue: number }
  | { kind: 'manual'; by: string | null; on: LocalDate | null };

/** A customer's exposure as the database sums it over every open item. */
export interface CreditExposure {
  customerId: number;
  status: string;
  creditLimit: number;
  creditCurrency: string;
  /** Open balance in the limit's currency, minor units. */
  exposure: number;
  /** The oldest overdue open item, if any. */
  oldestInvoiceNo: string | null;
  oldestDueOn: LocalDate | null;
  manualBy: string | null;
  manualOn: LocalDate | null;
}

export const DEFAULT_HOLD_AGE_DAYS = 60;

/** The reasons a customer is on hold today; empty when it is not. A limit of 0 means no limit. */
export function holdReasons(x: CreditExposure, today: LocalDate, holdAgeDays: number): HoldReason[] {
  const reasons: HoldReason[] = [];
  if (x.status === 'credit_hold') reasons.push({ kind: 'manual', by: x.manualBy, on: x.manualOn });
  if (x.creditLimit > 0 && x.exposure > x.creditLimit)
    reasons.push({ kind: 'over_limit', over: x.exposure - x.creditLimit, currency: x.creditCurrency });
  if (x.oldestDueOn !== null && x.oldestInvoiceNo !== null) {
    const late = daysOverdue(x.oldestDueOn, today);
    if (late > holdAgeDays) reasons.push({ kind: 'aged', invoiceNo: x.oldestInvoiceNo, daysOverdue: late });
  }
  return reasons;
}

/** A stable text of the reasons' kinds, to tell whether a hold changed in substance. */
export function holdKinds(reasons: readonly HoldReason[]): string {
  return reasons
    .map((r) => r.kind)
    .sort()
    .join(',');
}
