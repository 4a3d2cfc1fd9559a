import type { DbOrTrx } from '../../db/connect.js';
import { creditExposures } from '../../db/repositories/credit-exposure.repository.js';
import {
  type CustomerPlan,
  customerOpenDisputes,
  customerPlans,
} from '../../db/repositories/customer-commitments.repository.js';
import { loadItemHistory } from '../../db/repositories/item-history.repository.js';
import {
  type CustomerCard,
  customerCard,
  type FollowUpLine,
  latestFollowUps,
  latestPromises,
  type PromiseCounts,
  type PromiseLine,
  promiseCounts,
} from '../../db/repositories/lookup-story.repository.js';
import { openReceivablesOf, receivableById } from '../../db/repositories/lookup-targets.repository.js';
import { listOpenItems } from '../../db/repositories/open-items.repository.js';
import { type HoldReason, holdReasons } from '../../domain/credit-hold.js';
import { type LadderStep, stepRank } from '../../domain/ladder.js';
import { type LocalDate, localDateIn } from '../../domain/local-date.js';
import { type CustomerFile, loadCustomerFile } from '../credit/customer-file.js';
import { deriveHistory } from '../lists/item-history.js';
import { type ItemView, viewItems } from '../lists/item-view.js';
import { readTeamSettings } from '../team-settings.js';

/** Everything `ar` tells about a customer. */
export interface CustomerStory {
  card: CustomerCard;
  today: LocalDate;
  /** Open items in priority order, with aging, risk, ladder and credit hold applied. */
  items: ItemView[];
  /** The invoice the person named, when they named one. */
  highlight: { id: number; invoiceNo: string; open: boolean } | null;
  creditHold: boolean;
  /** Why the customer is on hold; empty when it is not. */
  holdReasons: HoldReason[];
  /** The whole open balance in the limit's currency. */
  exposure: number;
  promises: PromiseLine[];
  /** Repayment plans, newest first, each with its instalments' standing. */
  plans: CustomerPlan[];
  /** Open disputes, oldest first. */
  disputes: Awaited<ReturnType<typeof customerOpenDisputes>>;
  counts: PromiseCounts;
  followUps: FollowUpLine[];
  /** Contacts, payment history and credit history. */
  file: CustomerFile;
  /** The harshest step any of the customer's items calls for; null when nothing is open. */
  nextStep: LadderStep | null;
}

const PROMISES_SHOWN = 5;
const PLANS_SHOWN = 3;
const FOLLOW_UPS_SHOWN = 5;

/** Promises kept out of those that were decided (kept, partly kept or broken); null before any. */
export function keepingRate(counts: PromiseCounts): { kept: number; resolved: number } | null {
  const resolved = counts.kept + counts.partiallyKept + counts.broken;
  return resolved === 0 ? null : { kept: counts.kept, resolved };
}

/** Loads a customer's story as of `now`: the same rules the daily lists apply, over all its open items. */
export async function loadCustomerStory(
  db: DbOrTrx,
  customerId: number,
  highlightId: number | null,
  now: Date,
): Promise<CustomerStory | null> {
  const card = await customerCard(db, customerId);
  if (!card) return null;
  const today = localDateIn(now, card.timezone);
  const open = await openReceivablesOf(db, [customerId]);
  const ids = open.map((i) => i.id);
  const rows = ids.length ? await listOpenItems(db, { teamId: card.teamId, itemIds: ids }) : [];
  const history = deriveHistory(
    await loadItemHistory(db, { customerIds: [customerId], itemIds: ids }),
    now,
    today,
  );
  const exposure = (await creditExposures(db, { customerIds: [customerId] }, today, card.timezone)).get(
    customerId,
  );
  const reasons = exposure ? holdReasons(exposure, today, readTeamSettings(card.settings).holdAgeDays) : [];
  // Overdue items come first, in priority order; items not yet due follow in theirs.
  const ranked = viewItems(rows, today, history, new Map([[customerId, reasons]]));
  const items = [...ranked.filter((i) => i.daysOverdue > 0), ...ranked.filter((i) => i.daysOverdue <= 0)];
  const named = highlightId === null ? null : await receivableById(db, highlightId);
  const [promises, plans, disputes, counts, followUps, file] = await Promise.all([
    latestPromises(db, customerId, PROMISES_SHOWN),
    customerPlans(db, customerId, PLANS_SHOWN),
    customerOpenDisputes(db, customerId),
    promiseCounts(db, customerId),
    latestFollowUps(db, customerId, FOLLOW_UPS_SHOWN),
    loadCustomerFile(db, card, today),
  ]);
  let nextStep: LadderStep | null = null;
  for (const item of items)
    if (nextStep === null || stepRank(item.step) > stepRank(nextStep)) nextStep = item.step;
  return {
    card,
    today,
    items,
    highlight: named ? { id: named.id, invoiceNo: named.invoiceNo, open: named.open } : null,
    creditHold: reasons.length > 0,
    holdReasons: reasons,
    exposure: exposure?.exposure ?? 0,
    promises,
    plans,
    disputes,
    counts,
    followUps,
    file,
    nextStep,
  };
}
