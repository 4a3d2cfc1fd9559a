import { creditExposures } from '../../db/repositories/credit-exposure.repository.js';
import {
  addCreditHistory,
  saveWatch,
  teamReportChats,
  watchedCustomers,
} from '../../db/repositories/credit-watch.repository.js';
import { managerFor } from '../../db/repositories/escalation.repository.js';
import type { TeamRow } from '../../db/schema/index.js';
import { daysOverdue } from '../../domain/aging.js';
import { holdReasons } from '../../domain/credit-hold.js';
import type { LocalDate } from '../../domain/local-date.js';
import { type RiskClass, riskClass } from '../../domain/risk.js';
import { enqueue } from '../../outbox/outbox.repository.js';
import { type PublishContext, renderFor, sendToPerson } from '../publish.js';
import { readTeamSettings } from '../team-settings.js';
import { holdChangeMessage, riskCrossingMessage } from './credit-watch-message.js';

// The classes a customer's oldest item crosses into that the manager hears about (准呆账, 呆账, 死账).
const ANNOUNCED: readonly RiskClass[] = ['doubtful', 'bad', 'dead'];
const rank = (c: string | null) => (c === null ? -1 : ANNOUNCED.indexOf(c as RiskClass));

/** What one run of the watch announced. */
export interface CreditWatchResult {
  holdsOn: number[];
  holdsOff: number[];
  riskCrossings: { customerId: number; riskClass: RiskClass }[];
}

/**
 * Compares every customer's hold and oldest-item risk class with what was last announced, and
 * announces each change once: holds on and off to the team's report chat (else its manager),
 * risk crossings to the customer's manager. The first watch of a team records a baseline silently.
 * Run inside a transaction: the state and the outbox rows are written together.
 */
export async function watchCredit(
  ctx: PublishContext,
  team: TeamRow,
  today: LocalDate,
  personId: number | null = null,
): Promise<CreditWatchResult> {
  const result: CreditWatchResult = { holdsOn: [], holdsOff: [], riskCrossings: [] };
  const { holdAgeDays } = readTeamSettings(team.settings);
  const watched = await watchedCustomers(ctx.db, team.id);
  const baseline = watched.size === 0;
  const exposures = await creditExposures(ctx.db, { teamId: team.id }, today, team.timezone);
  const customers = await ctx.db
    .selectFrom('customers')
    .select(['id', 'name', 'external_id', 'owner_id'])
    .where('team_id', '=', team.id)
    .execute();
  const byId = new Map(customers.map((c) => [c.id, c]));
  for (const x of exposures.values()) {
    const reasons = holdReasons(x, today, holdAgeDays);
    const onHold = reasons.length > 0;
    const oldest = x.oldestDueOn === null ? 0 : daysOverdue(x.oldestDueOn, today);
    const risk = riskClass({ daysOverdue: oldest });
    const riskNow = ANNOUNCED.includes(risk) ? risk : null;
    const before = watched.get(x.customerId);
    const wasHeld = before?.onHold ?? false;
    const holdChanged = before ? wasHeld !== onHold : onHold;
    const riskUp = rank(riskNow) > rank(before?.riskClass ?? null);
    if (before && !holdChanged && before.riskClass === riskNow) continue;
    // The first watch keeps a row for every customer, so later newcomers count as changes.
    if (!before && !onHold && riskNow === null && !baseline) continue;
    const changes = (before?.changes ?? 0) + (holdChanged ? 1 : 0);
    await saveWatch(ctx.db, {
      customerId: x.customerId,
      onHold,
      reasons,
      changes,
      riskClass: riskNow,
      now: ctx.now,
    });
    const customer = byId.get(x.customerId);
    if (baseline || !customer) continue;
    if (holdChanged) {
      (onHold ? result.holdsOn : result.holdsOff).push(x.customerId);
      await addCreditHistory(ctx.db, {
        customerId: x.customerId,
        kind: onHold ? 'hold_on' : 'hold_off',
        detail: { reasons },
        personId,
        at: ctx.now,
      });
      const message = holdChangeMessage(team, customer, reasons);
      await announceHold(ctx, team, `credit-hold:${x.customerId}:${changes}`, message, customer.owner_id);
    }
    if (riskUp && riskNow !== null) {
      result.riskCrossings.push({ customerId: x.customerId, riskClass: riskNow });
      await addCreditHistory(ctx.db, {
        customerId: x.customerId,
        kind: 'risk_class',
        detail: { riskClass: riskNow, invoiceNo: x.oldestInvoiceNo, daysOverdue: oldest },
        personId: null,
        at: ctx.now,
      });
      const managerId = await managerFor(ctx.db, customer.owner_id, team.id);
      if (managerId !== null)
        await sendToPerson(
          ctx,
          managerId,
          `credit-risk:${x.customerId}:${riskNow}`,
          riskCrossingMessage(team, customer, riskNow, x.oldestInvoiceNo ?? '', oldest),
        );
    }
  }
  return result;
}

/** Runs the watch in a transaction of its own unless it already runs in one. */
export function watchCreditNow(
  ctx: PublishContext,
  team: TeamRow,
  today: LocalDate,
  personId: number | null = null,
): Promise<CreditWatchResult> {
  if (ctx.db.isTransaction) return watchCredit(ctx, team, today, personId);
  return ctx.db.transaction().execute((trx) => watchCredit({ ...ctx, db: trx }, team, today, personId));
}

/** A hold change goes to the team's report chats so sales and the warehouse act; with none, to the manager. */
async function announceHold(
  ctx: PublishContext,
  team: TeamRow,
  key: string,
  message: ReturnType<typeof holdChangeMessage>,
  ownerId: number | null,
): Promise<void> {
  const chats = await teamReportChats(ctx.db, ctx.platforms, team.id);
  if (chats.length === 0) {
    const managerId = await managerFor(ctx.db, ownerId, team.id);
    if (managerId !== null) await sendToPerson(ctx, managerId, key, message);
    return;
  }
  for (const chat of chats)
    await enqueue(ctx.db, {
      dedupeKey: `${key}@${chat.platform}:${chat.chatId}`,
      platform: chat.platform,
      payload: { op: 'post', chatId: chat.chatId, content: await renderFor(ctx.db, chat.platform, message) },
      now: ctx.now,
    });
}
