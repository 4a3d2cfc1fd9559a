import { type Block, mention } from '../../chat/message.js';
import { recordAudit } from '../../db/repositories/audit.repository.js';
import { latestListPartOf } from '../../db/repositories/commitment.repository.js';
import { insertDispute, openDisputeOn, setDisputeHelpers } from '../../db/repositories/dispute.repository.js';
import { messagesFor } from '../../locale/index.js';
import type { Actor } from '../actor.js';
import type { ItemInContext } from '../items/item-access.js';
import { saveDispute } from '../items/save-answers.js';
import { type PublishContext, postToTeam } from '../publish.js';

/** The buttons under a dispute in the item's thread, for a manager or finance to settle it. */
export const DISPUTE_PAY = 'dispute.pay';
export const DISPUTE_CREDIT = 'dispute.credit';

/** A dispute as the collector gives it: the reason, the note, and the colleagues brought in. */
export interface DisputeInput {
  reason: string;
  note: string;
  helperIds: readonly number[];
}

/**
 * Opens a dispute on an item, or adds to the open one: the item is marked disputed, the note kept
 * in its history, its collector owns it, and the colleagues named are @mentioned with the note in
 * the item's thread. Audited. Returns how many colleagues were newly brought in.
 */
export async function openDispute(
  ctx: PublishContext,
  actor: Actor,
  item: ItemInContext,
  input: DisputeInput,
): Promise<number> {
  const { db, now } = ctx;
  const followUpId = await saveDispute(db, actor, item, { reason: input.reason, note: input.note }, now);
  const existing = await openDisputeOn(db, item.id);
  const audit = (action: string, id: number, after: unknown, before?: unknown) =>
    recordAudit(db, {
      at: now,
      actorId: actor.personId,
      actorLabel: 'person',
      action,
      entity: 'dispute',
      entityId: id,
      after,
      before,
    });
  let dispute = existing;
  let added = [...new Set(input.helperIds)];
  if (existing) {
    added = added.filter((id) => !existing.helper_ids.includes(id));
    if (added.length > 0) {
      const helpers = [...existing.helper_ids, ...added];
      await setDisputeHelpers(db, existing.id, helpers);
      await audit('dispute.helpers', existing.id, { helperIds: helpers }, { helperIds: existing.helper_ids });
    }
  } else {
    dispute = await insertDispute(db, {
      teamId: item.teamId,
      itemId: item.id,
      customerId: item.customerId,
      ownerId: item.collectorId ?? actor.personId,
      reason: input.reason,
      note: input.note,
      openedOn: item.today,
      helperIds: added,
      at: now,
    });
    await audit('dispute.open', dispute.id, {
      itemId: item.id,
      ownerId: dispute.owner_id,
      reason: input.reason,
      note: input.note,
      helperIds: added,
    });
  }
  const m = messagesFor(item.teamLocale);
  const owner = dispute?.owner_id ?? null;
  const facts = {
    customer: item.customerName,
    invoice: item.invoiceNo,
    owner: owner === null ? m.lists.unassigned : mention(owner),
    note: input.note,
  };
  const text = m.disputes.opened(facts, added.map(mention).join(' '));
  const thread = (await latestListPartOf(db, item.id)) ?? item.list.key;
  const value = String(dispute?.id ?? 0);
  const blocks: Block[] = [
    { type: 'text', text },
    {
      type: 'actions',
      buttons: [
        { actionId: DISPUTE_PAY, label: m.disputes.buttons.pay, value, style: 'primary' },
        { actionId: DISPUTE_CREDIT, label: m.disputes.buttons.credit, value },
      ],
    },
  ];
  await postToTeam(ctx, item.teamId, `dispute-note:${followUpId}`, { text, blocks }, thread);
  return added.length;
}
