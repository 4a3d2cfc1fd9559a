import type { HoldReason } from '../../domain/credit-hold.js';
import type { Messages } from '../../locale/index.js';
import { money } from '../lists/labels.js';

/** Each reason of a hold in words: "over limit by ¥30,000", "INV-… 75 days overdue", "set by 财务 on 11-28". */
export function holdReasonText(reason: HoldReason, m: Messages): string {
  if (reason.kind === 'over_limit') return m.credit.overLimit(money(reason.over, reason.currency));
  if (reason.kind === 'aged') return m.credit.aged(reason.invoiceNo, reason.daysOverdue);
  return m.credit.manual(reason.by, reason.on);
}

/** The hold badge with its reasons; empty when the customer is not held. */
export function holdBadge(reasons: readonly HoldReason[], m: Messages): string {
  if (reasons.length === 0) return '';
  return m.credit.hold(reasons.map((r) => holdReasonText(r, m)).join(m.credit.separator));
}

/**
 * A customer's standing in a report: the hold with its reasons, else its status (legal, written off).
 * Figures stored before holds had reasons carry none and show the stored status as it was.
 */
export function standingText(
  status: string,
  reasons: readonly HoldReason[] | undefined,
  m: Messages,
): string {
  if (reasons === undefined) return m.reports.customerStatus(status);
  if (reasons.length > 0) return holdBadge(reasons, m);
  return status === 'credit_hold' ? '' : m.reports.customerStatus(status);
}
