import type { OpenItem } from '../../db/repositories/open-items.repository.js';
import { type AgingBucket, agingBucket, daysOverdue, daysUntilDue } from '../../domain/aging.js';
import type { HoldReason } from '../../domain/credit-hold.js';
import { escalate } from '../../domain/escalation.js';
import type { LadderStep } from '../../domain/ladder.js';
import { baseStep, stepRank } from '../../domain/ladder.js';
import type { LocalDate } from '../../domain/local-date.js';
import { expectedRecovery, sortByPriority } from '../../domain/priority.js';
import { type RiskClass, riskClass } from '../../domain/risk.js';
import type { ItemHistory, LiveCommitment } from './item-history.js';

/** An open item with the rules of DESIGN §3 applied for today. */
export interface ItemView extends OpenItem {
  lastPromise: { amount: number; promisedOn: string; status: string; madeOn: string } | null;
  lastFollowUp: { method: string; note: string | null; on: Date; outcome: string } | null;
  /** A customer's "already paid" claim awaits finance. */
  claimPending: boolean;
  daysOverdue: number;
  daysUntilDue: number;
  bucket: AgingBucket;
  risk: RiskClass;
  step: LadderStep;
  creditHold: boolean;
  /** Why the customer is on hold, from its whole ledger; empty when it is not. */
  holdReasons: HoldReason[];
  /** An open promise dated today or later covers the item (the `until_promised` policy). */
  promisedAhead: boolean;
  /** The live commitment (on the item or its whole customer) that answers for it today. */
  live: LiveCommitment | null;
  /** The item's open next action, shown on its line. */
  nextAction: { dueOn: string; note: string | null } | null;
  expectedRecovery: number;
}

/**
 * Applies aging, risk, ladder, credit and priority to items; the result is in priority order.
 * The rows are extended in place (they come fresh from their query): copying 30-field objects
 * with a spread costs more than all the rules together on a 100,000-item day.
 */
export function viewItems(
  items: OpenItem[],
  today: LocalDate,
  history: ItemHistory,
  holds: ReadonlyMap<number, HoldReason[]>,
): ItemView[] {
  // The escalation of a customer's items depends only on the age step and the customer's history.
  const escalations = new Map<string, ReturnType<typeof escalate>>();
  const views = items.map((item) => {
    const late = daysOverdue(item.dueOn, today);
    const key = `${item.customerId}:${baseStep(late)}`;
    let escalation = escalations.get(key);
    if (!escalation) {
      escalation = escalate(late, history.events.get(item.customerId) ?? []);
      // A customer escalated by three strikes stays at that step until age calls for a higher one.
      const persisted = item.escalationStep as LadderStep | null;
      if (persisted && stepRank(persisted) > stepRank(escalation.step))
        escalation = { ...escalation, step: persisted };
      escalations.set(key, escalation);
    }
    const lastPromise = history.lastPromise.get(item.id) ?? null;
    const live = history.live.get(item.id) ?? history.customerLive.get(item.customerId) ?? null;
    return Object.assign(item, {
      lastPromise,
      lastFollowUp: history.lastFollowUp.get(item.id) ?? null,
      claimPending: history.claimPending.has(item.id),
      daysOverdue: late,
      daysUntilDue: daysUntilDue(item.dueOn, today),
      bucket: agingBucket(late),
      risk: riskClass({ daysOverdue: late, consecutiveBrokenPromises: escalation.brokenPromisesInARow }),
      step: escalation.step,
      creditHold: (holds.get(item.customerId)?.length ?? 0) > 0,
      holdReasons: holds.get(item.customerId) ?? [],
      promisedAhead: live !== null && (live.kind === 'promise' || live.kind === 'instalment'),
      live,
      nextAction: history.nextAction.get(item.id) ?? null,
      expectedRecovery: expectedRecovery(item.outstanding, late),
    });
  });
  return sortByPriority(views);
}
