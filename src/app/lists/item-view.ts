import type { OpenItem } from '../../db/repositories/open-items.repository.js';
import { type AgingBucket, agingBucket, daysOverdue, daysUntilDue } from '../../domain/aging.js';
import { type CollectionEvent, escalate } from '../../domain/escalation.js';
import type { LadderStep } from '../../domain/ladder.js';
import type { LocalDate } from '../../domain/local-date.js';
import { expectedRecovery, sortByPriority } from '../../domain/priority.js';
import { type RiskClass, riskClass } from '../../domain/risk.js';

/** An open item with the rules of DESIGN §3 applied for today. */
export interface ItemView extends OpenItem {
  daysOverdue: number;
  daysUntilDue: number;
  bucket: AgingBucket;
  risk: RiskClass;
  step: LadderStep;
  creditHold: boolean;
  /** An open promise dated today or later covers the item (the `until_promised` policy). */
  promisedAhead: boolean;
  expectedRecovery: number;
}

const CREDIT_HOLD_DAYS = 60;

/** Customers on credit hold: marked so, over their credit limit, or with anything more than 60 days overdue. */
function creditHolds(items: readonly OpenItem[], today: LocalDate): Set<number> {
  const owed = new Map<number, number>();
  const held = new Set<number>();
  for (const item of items) {
    if (item.customerStatus === 'credit_hold' || daysOverdue(item.dueOn, today) > CREDIT_HOLD_DAYS)
      held.add(item.customerId);
    if (item.currency === item.creditCurrency)
      owed.set(item.customerId, (owed.get(item.customerId) ?? 0) + item.outstanding);
  }
  for (const item of items) {
    if (item.creditLimit > 0 && (owed.get(item.customerId) ?? 0) > item.creditLimit)
      held.add(item.customerId);
  }
  return held;
}

/** Applies aging, risk, ladder, credit and priority to items; the result is in priority order. */
export function viewItems(
  items: readonly OpenItem[],
  today: LocalDate,
  events: ReadonlyMap<number, readonly { kind: string; outcome: string }[]>,
): ItemView[] {
  const held = creditHolds(items, today);
  const views = items.map((item) => {
    const late = daysOverdue(item.dueOn, today);
    const history = (events.get(item.customerId) ?? []) as CollectionEvent[];
    const escalation = escalate(late, history);
    return {
      ...item,
      daysOverdue: late,
      daysUntilDue: daysUntilDue(item.dueOn, today),
      bucket: agingBucket(late),
      risk: riskClass({ daysOverdue: late, consecutiveBrokenPromises: escalation.brokenPromisesInARow }),
      step: escalation.step,
      creditHold: held.has(item.customerId),
      promisedAhead: item.lastPromise?.status === 'open' && item.lastPromise.promisedOn >= today,
      expectedRecovery: expectedRecovery(item.outstanding, late),
    };
  });
  return sortByPriority(views);
}
