import { mention } from '../../chat/message.js';
import { privately, type Reply } from '../../chat/reply.js';
import { recordAudit } from '../../db/repositories/audit.repository.js';
import { latestListPartOf } from '../../db/repositories/commitment.repository.js';
import { openDisputeOn, settleDispute } from '../../db/repositories/dispute.repository.js';
import type { Command } from '../../domain/command/types.js';
import { messagesFor } from '../../locale/index.js';
import type { Actor } from '../actor.js';
import { storable } from '../commands/plain-text.js';
import { type Chosen, resolveItemTarget } from '../commands/resolve-target.js';
import { whichCustomer, whichItem } from '../commands/which-one.js';
import type { AppContext } from '../context.js';
import { readAmount } from '../items/field-readers.js';
import { money } from '../lists/labels.js';
import { redrawListMessage } from '../lists/redraw.js';
import { postToTeam } from '../publish.js';

type ResolveCommand = Extract<Command, { kind: 'resolve' }>;

/**
 * `resolve` / `解决争议`: a manager of the item's team or finance settles its open dispute. "The
 * customer will pay" puts the item back in the chase; a credit note lowers its outstanding by the
 * amount, with its reference. Audited, and announced in the item's thread to the dispute's owner.
 */
export async function resolveDispute(
  app: AppContext,
  actor: Actor,
  command: ResolveCommand,
  text: string,
  chosen: Chosen | null,
): Promise<Reply> {
  const m = messagesFor(actor.locale);
  if (actor.role !== 'admin' && actor.role !== 'manager') return privately(m.disputes.noRights);
  const now = app.clock.now();
  const found = await resolveItemTarget(app.db, actor, command.target, now, chosen);
  const typed = command.target.text;
  if (found.kind === 'items') return whichItem(typed, found.items, text, m);
  if (found.kind === 'customers') return whichCustomer(typed, found.customers, text, m);
  if (found.kind === 'refused')
    return privately(found.why === 'settled' ? m.commands.settled(found.invoiceNo) : m.disputes.noRights);
  if (found.kind !== 'item') return privately(chosen ? m.commands.pickGone : m.commands.noMatch(typed));
  const item = found.item;
  const label = `${item.customerName} · ${item.invoiceNo}`;
  const resolution = command.resolution;
  let credit = 0;
  if (resolution.kind === 'credit_note') {
    const checked = readAmount(resolution.amount.text, item.currency, item.outstanding, m);
    if (!checked.ok) return privately(`${label}: ${checked.error}`);
    credit = checked.value;
  }
  const answer = await app.db.transaction().execute(async (trx) => {
    const ctx = { db: trx, platforms: app.platforms, now };
    const dispute = await openDisputeOn(trx, item.id);
    if (!dispute) return null;
    const reference = resolution.kind === 'credit_note' ? resolution.reference : undefined;
    const settled = await settleDispute(trx, dispute.id, {
      state: resolution.kind,
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
    const note = storable(command.note);
    await recordAudit(trx, {
      at: now,
      actorId: actor.personId,
      actorLabel: 'person',
      action: `dispute.${resolution.kind}`,
      entity: 'dispute',
      entityId: dispute.id,
      before: { state: 'open', outstanding: item.outstanding },
      after: {
        state: resolution.kind,
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
  if (answer === null) return privately(m.disputes.noneOpen(item.invoiceNo));
  app.nudge();
  return privately(`✓ ${label}: ${answer}`);
}
