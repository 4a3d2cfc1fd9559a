import { sql } from 'kysely';
import type { Message } from '../../chat/message.js';
import { privately, type Reply } from '../../chat/reply.js';
import { recordAudit } from '../../db/repositories/audit.repository.js';
import { addCreditHistory } from '../../db/repositories/credit-watch.repository.js';
import type { AmountArg, Target } from '../../domain/command/types.js';
import { messagesFor } from '../../locale/index.js';
import type { Actor } from '../actor.js';
import type { AppContext } from '../context.js';
import { money } from '../lists/labels.js';
import { sendToPerson, updateDirects } from '../publish.js';

export const WRITE_OFF_APPROVE = 'writeoff.approve';
export const WRITE_OFF_REJECT = 'writeoff.reject';

/** Whether a button belongs to a write-off decision. */
export function isWriteOffAction(actionId: string): boolean {
  return actionId === WRITE_OFF_APPROVE || actionId === WRITE_OFF_REJECT;
}

/**
 * `writeoff <invoice> <amount | all> <reason> evidence <ref>` (核销): finance proposes; the card goes
 * to every other person with finance or manager rights over the team, and one of them decides.
 */
export async function proposeWriteOff(
  app: AppContext,
  actor: Actor,
  input: { target: Target; amount: AmountArg | null; reason: string; evidence: string },
): Promise<Reply> {
  const m = messagesFor(actor.locale).credit;
  if (actor.role !== 'admin') return privately(m.writeOffFinanceOnly);
  const item = await app.db
    .selectFrom('receivables as r')
    .innerJoin('customers as c', 'c.id', 'r.customer_id')
    .select(['r.id', 'r.invoice_no', 'r.currency', 'r.outstanding', 'r.team_id', 'r.customer_id', 'c.name'])
    .where(sql<boolean>`upper(r.invoice_no) = upper(${input.target.text})`)
    .where('r.status', '=', 'open')
    .where('r.outstanding', '>', 0)
    .executeTakeFirst();
  if (!item) return privately(m.writeOffNoItem(input.target.text));
  const amount = input.amount?.minor ?? item.outstanding;
  const outstanding = money(item.outstanding, item.currency);
  if (amount <= 0 || amount > item.outstanding)
    return privately(m.writeOffTooMuch(money(amount, item.currency), item.invoice_no, outstanding));
  const now = app.clock.now();
  const proposed = await app.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('write_offs')
      .values({
        receivable_id: item.id,
        customer_id: item.customer_id,
        team_id: item.team_id,
        currency: item.currency,
        amount,
        reason: input.reason,
        evidence: input.evidence,
        proposed_by: actor.personId,
        proposed_at: now,
      })
      .onConflict((oc) => oc.column('receivable_id').where('status', '=', 'proposed').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row) return null;
    await recordAudit(trx, {
      at: now,
      actorId: actor.personId,
      actorLabel: 'person',
      action: 'writeoff.propose',
      entity: 'receivable',
      entityId: item.id,
      after: { writeOff: row.id, amount, reason: input.reason, evidence: input.evidence },
    });
    const approvers = await trx
      .selectFrom('people')
      .select('id')
      .where('active', '=', true)
      .where('id', '<>', actor.personId)
      .where((eb) =>
        eb.or([
          eb('role', '=', 'admin'),
          eb.and([eb('role', '=', 'manager'), eb('team_id', '=', item.team_id)]),
        ]),
      )
      .execute();
    const card = approvalCard(actor, row.id, item.name, item.invoice_no, money(amount, item.currency), input);
    for (const a of approvers)
      await sendToPerson({ db: trx, platforms: app.platforms, now }, a.id, `writeoff:${row.id}`, card);
    return row.id;
  });
  if (proposed === null) return privately(m.writeOffPending(item.invoice_no));
  app.nudge();
  return privately(m.writeOffProposed(item.invoice_no, money(amount, item.currency)));
}

function approvalCard(
  actor: Actor,
  id: number,
  customer: string,
  invoice: string,
  amount: string,
  input: { reason: string; evidence: string },
): Message {
  const m = messagesFor(actor.locale).credit;
  const text = m.writeOffCard(actor.name, customer, invoice, amount, input.reason, input.evidence);
  const value = String(id);
  return {
    text,
    blocks: [
      { type: 'text', text },
      {
        type: 'actions',
        buttons: [
          { actionId: WRITE_OFF_APPROVE, label: m.approve, value, style: 'primary' },
          { actionId: WRITE_OFF_REJECT, label: m.reject, value, style: 'danger' },
        ],
      },
    ],
  };
}

/**
 * Approves or rejects a proposal: only a second person with finance rights, or a manager of the
 * item's team. Approved, the amount leaves the item; written off in full, the item is 死账 and
 * leaves the chase. Audited and kept in the customer's credit history.
 */
export async function decideWriteOff(
  app: AppContext,
  actor: Actor,
  actionId: string,
  value: string,
): Promise<Reply> {
  const m = messagesFor(actor.locale).credit;
  const id = Number(value);
  const now = app.clock.now();
  return app.db.transaction().execute(async (trx) => {
    const w = Number.isSafeInteger(id)
      ? await trx
          .selectFrom('write_offs as w')
          .innerJoin('receivables as r', 'r.id', 'w.receivable_id')
          .select([
            'w.id',
            'w.status',
            'w.amount',
            'w.currency',
            'w.proposed_by',
            'w.team_id',
            'w.receivable_id',
          ])
          .select(['w.customer_id', 'w.reason', 'w.evidence', 'r.invoice_no', 'r.outstanding'])
          .where('w.id', '=', id)
          .forUpdate()
          .executeTakeFirst()
      : undefined;
    if (!w) return privately(m.writeOffGone);
    const rights = actor.role === 'admin' || (actor.role === 'manager' && actor.teamId === w.team_id);
    if (!rights) return privately(m.writeOffNoRights);
    if (w.proposed_by === actor.personId) return privately(m.writeOffSecondPerson);
    if (w.status !== 'proposed')
      return privately(m.writeOffDecided(w.invoice_no, m.writeOffStatus(w.status)));
    const approve = actionId === WRITE_OFF_APPROVE;
    if (approve && w.outstanding === 0) return privately(m.writeOffNothingOwed(w.invoice_no));
    // The item may have been paid down since the proposal: never write off more than is owed.
    const amount = Math.min(w.amount, w.outstanding);
    await trx
      .updateTable('write_offs')
      .set({
        status: approve ? 'approved' : 'rejected',
        decided_by: actor.personId,
        decided_at: now,
        ...(approve ? { amount } : {}),
      })
      .where('id', '=', w.id)
      .execute();
    if (approve) {
      const left = w.outstanding - amount;
      await trx
        .updateTable('receivables')
        .set({
          outstanding: left,
          ...(left === 0 ? { status: 'written_off' as const } : {}),
          updated_at: now,
        })
        .where('id', '=', w.receivable_id)
        .execute();
      await addCreditHistory(trx, {
        customerId: w.customer_id,
        kind: 'write_off',
        detail: {
          invoiceNo: w.invoice_no,
          amount,
          currency: w.currency,
          reason: w.reason,
          evidence: w.evidence,
        },
        personId: actor.personId,
        at: now,
      });
    }
    await recordAudit(trx, {
      at: now,
      actorId: actor.personId,
      actorLabel: 'person',
      action: approve ? 'writeoff.approve' : 'writeoff.reject',
      entity: 'receivable',
      entityId: w.receivable_id,
      before: { outstanding: w.outstanding },
      after: { writeOff: w.id, outstanding: approve ? w.outstanding - amount : w.outstanding },
    });
    const amountText = money(amount, w.currency);
    // Every approver's card loses its buttons and says who decided, so nobody decides twice.
    const team = await trx
      .selectFrom('teams as t')
      .innerJoin('customers as c', 'c.team_id', 't.id')
      .select(['t.locale', 'c.name'])
      .where('c.id', '=', w.customer_id)
      .executeTakeFirstOrThrow();
    const tm = messagesFor(team.locale).credit;
    const decided = tm.writeOffDecidedCard(
      team.name,
      w.invoice_no,
      amountText,
      tm.writeOffStatus(approve ? 'approved' : 'rejected'),
      actor.name,
    );
    const ctx = { db: trx, platforms: app.platforms, now };
    await updateDirects(ctx, `writeoff:${w.id}@`, {
      text: decided,
      blocks: [{ type: 'text', text: decided }],
    });
    return privately(
      approve ? m.writeOffApproved(w.invoice_no, amountText) : m.writeOffRejected(w.invoice_no),
    );
  });
}
