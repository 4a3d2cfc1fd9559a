import { mention } from '../../chat/message.js';
import { recordAudit } from '../../db/repositories/audit.repository.js';
import { latestListPartOf } from '../../db/repositories/commitment.repository.js';
import { openDisputeOn, settleDispute } from '../../db/repositories/dispute.repository.js';
import { messagesFor } from '../../locale/index.js';
import type { Actor } from '../actor.js';
import type { AppContext } from '../context.js';
import type { ItemInContext } from '../items/item-access.js';
import { money } from '../lists/labels.js';
import { redrawListMessage } from '../lists/redraw.js';
import { postToTeam } from '../publish.js';

/** How a dispute is settled: the customer will pay, or a credit note of an amount (minor units). */
export type Settlement = { kind: 'will_pay' } | { kind: 'credit_note'; amount: number; reference: string };

/**
 * Settles the item's open dispute in one transaction: the dispute records how and by whom, the item
 * leaves the disputed state (a credit note lowers its outstanding, closing it at zero), audited and
 * announced in the item's thread to the owner. Returns the answer, or null when no dispute is open.
 */
export async function settleOpenDispute(
  app: AppContext,
  actor: Actor,
  item: ItemInContext,
  settlement: Settlement,
  note: string | null,
): Promise<string | null> {
  const m = messagesFor(actor.locale);
  const now = app.clock.now();
  const answer = await app.db.transaction().execute(async (trx) => {
    const ctx = { db: trx, platforms: app.platforms, now };
    const dispute = await openDisputeOn(trx, item.id);
    if (!dispute) return null;
    const credit = settlement.kind === 'credit_note' ? settlement.amount : 0;
    const reference = settlement.kind === 'credit_note' ? settlement.reference : undefined;
    const settled = await settleDispute(trx, dispute.id, {
      state: settlement.kind,
      by: actor.personId,
      at: now,
      ...(reference === undefined ? {} : { creditAmount: credit, creditReference: reference }),
    });
    if (!settled) return null;
    const left = item.outstanding - credit;
    await trx
      .updateTable('receivables')
      .set({
        disputed: false,
        outstanding: left,
        // A credit note for everything owed closes the item: nothing is left to collect.
        ...(left === 0 ? { status: 'cancelled' as const } : {}),
        updated_at: now,
      })
      .where('id', '=', item.id)
      .execute();
    await recordAudit(trx, {
      at: now,
      actorId: actor.personId,
      actorLabel: 'person',
      action: `dispute.${settlement.kind}`,
      entity: 'dispute',
      entityId: dispute.id,
      before: { state: 'open', outstanding: item.outstanding },
      after: {
        state: settlement.kind,
        outstanding: left,
        ...(reference === undefined ? {} : { creditAmount: credit, creditReference: reference }),
        note,
      },
    });
    const t = messagesFor(item.teamLocale);
    const facts = {
      customer: item.customerName,
      invoice: item.invoiceNo,
      owner: dispute.owner_id === null ? t.lists.unassigned : mention(dispute.owner_id),
      note: dispute.note,
    };
    const by = mention(actor.personId);
    const announced =
      reference === undefined
        ? t.disputes.willPay(facts, by)
        : t.disputes.credited(facts, by, money(credit, item.currency), reference, money(left, item.currency));
    const thread = (await latestListPartOf(trx, item.id)) ?? item.list.key;
    await postToTeam(
      ctx,
      item.teamId,
      `dispute-settled:${dispute.id}`,
      { text: announced, blocks: [{ type: 'text', text: announced }] },
      thread,
    );
    await redrawListMessage(ctx, item.list.key);
    return reference === undefined
      ? m.disputes.resolvedWillPay(item.invoiceNo)
      : m.disputes.resolvedCredit(item.invoiceNo, money(credit, item.currency), money(left, item.currency));
  });
  if (answer !== null) app.nudge();
  return answer;
}
