import type { DbOrTrx } from '../../db/connect.js';
import { recordAudit } from '../../db/repositories/audit.repository.js';
import type { Actor } from '../actor.js';
import type { ItemInContext } from './item-access.js';

const audit = (
  db: DbOrTrx,
  actor: Actor,
  now: Date,
  action: string,
  entity: string,
  id: number,
  after: unknown,
  before?: unknown,
) =>
  recordAudit(db, {
    at: now,
    actorId: actor.personId,
    actorLabel: 'person',
    action,
    entity,
    entityId: id,
    after,
    before,
  });

/** Whose promise it is for scoring: a delegate covering a leave logs it for the collector away. */
function promiseOwner(actor: Actor, item: ItemInContext): number {
  const covering = item.collectorId !== null && actor.coveringFor?.includes(item.collectorId);
  return covering && item.collectorId !== null ? item.collectorId : actor.personId;
}

/** A promise to pay; an earlier open promise on the item is cancelled, superseded by this one. */
export async function savePromise(
  db: DbOrTrx,
  actor: Actor,
  item: ItemInContext,
  input: { amount: number; date: string; note: string | null },
  now: Date,
): Promise<number> {
  const created = await db
    .insertInto('promises')
    .values({
      receivable_id: item.id,
      customer_id: item.customerId,
      person_id: promiseOwner(actor, item),
      currency: item.currency,
      amount: input.amount,
      promised_on: input.date,
      made_on: item.today,
      note: input.note,
      superseded_by: null,
      resolved_at: null,
      created_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const superseded = await db
    .updateTable('promises')
    .set({ status: 'cancelled', superseded_by: created.id, resolved_at: now })
    .where('receivable_id', '=', item.id)
    .where('status', '=', 'open')
    .where('id', '<>', created.id)
    .returning('id')
    .execute();
  for (const old of superseded)
    await audit(
      db,
      actor,
      now,
      'promise.cancel',
      'promise',
      old.id,
      { status: 'cancelled', supersededBy: created.id },
      { status: 'open' },
    );
  await audit(db, actor, now, 'promise.create', 'promise', created.id, created);
  return created.id;
}

/** A follow-up: how the customer was chased, whether they were reached, why they have not paid. */
export async function saveFollowUp(
  db: DbOrTrx,
  actor: Actor,
  item: ItemInContext,
  input: { method: string; outcome: string; reason: string | null; note: string | null; next: string | null },
  now: Date,
): Promise<number> {
  const row = await db
    .insertInto('follow_ups')
    .values({
      receivable_id: item.id,
      customer_id: item.customerId,
      person_id: actor.personId,
      method: input.method,
      outcome: input.outcome,
      reason_code: input.reason,
      note: input.note,
      next_action_on: input.next,
      created_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await audit(db, actor, now, 'follow_up.create', 'follow_up', row.id, row);
  return row.id;
}

/** Marks the item disputed and keeps the dispute as a follow-up in its history. */
export async function saveDispute(
  db: DbOrTrx,
  actor: Actor,
  item: ItemInContext,
  input: { reason: string; note: string },
  now: Date,
): Promise<void> {
  const before = await db
    .selectFrom('receivables')
    .select(['disputed', 'dispute_note'])
    .where('id', '=', item.id)
    .executeTakeFirstOrThrow();
  await db
    .updateTable('receivables')
    .set({ disputed: true, dispute_note: input.note, updated_at: now })
    .where('id', '=', item.id)
    .execute();
  await audit(
    db,
    actor,
    now,
    'receivable.dispute',
    'receivable',
    item.id,
    { disputed: true, dispute_note: input.note },
    before,
  );
  await saveFollowUp(
    db,
    actor,
    item,
    { method: 'dispute', outcome: 'contacted', reason: input.reason, note: input.note, next: null },
    now,
  );
}

/** The customer says they paid: kept as a claim for finance to confirm against the bank statement. */
export async function savePaidClaim(
  db: DbOrTrx,
  actor: Actor,
  item: ItemInContext,
  input: { amount: number; date: string; bank: string | null; reference: string | null },
  now: Date,
): Promise<number> {
  const row = await db
    .insertInto('paid_claims')
    .values({
      receivable_id: item.id,
      person_id: actor.personId,
      currency: item.currency,
      amount: input.amount,
      paid_on: input.date,
      bank: input.bank,
      reference: input.reference,
      decided_by: null,
      decided_at: null,
      created_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await audit(db, actor, now, 'paid_claim.create', 'paid_claim', row.id, row);
  return row.id;
}

/** The collector's answer to a pre-due warning: on time, or a later date (pending approval beyond the limit). */
export async function saveDueConfirmation(
  db: DbOrTrx,
  actor: Actor,
  item: ItemInContext,
  input:
    | { kind: 'on_time' }
    | { kind: 'delay'; date: string; reason: string; note: string | null; needsApproval: boolean },
  now: Date,
): Promise<number> {
  const delay = input.kind === 'delay' ? input : null;
  const row = await db
    .insertInto('due_confirmations')
    .values({
      receivable_id: item.id,
      person_id: actor.personId,
      confirmed_on: item.today,
      kind: input.kind,
      new_due_on: delay?.date ?? null,
      reason_code: delay?.reason ?? null,
      note: delay?.note ?? null,
      approval_state: delay?.needsApproval ? 'pending' : 'not_needed',
      approver_id: null,
      decided_at: null,
      created_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await audit(db, actor, now, `due_confirmation.${input.kind}`, 'due_confirmation', row.id, row);
  return row.id;
}
