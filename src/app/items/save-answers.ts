import type { DbOrTrx } from '../../db/connect.js';
import { recordAudit } from '../../db/repositories/audit.repository.js';
import { insertCommitment, supersedeOpen } from '../../db/repositories/commitment.repository.js';
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

/** Whose commitment it is for scoring: a delegate covering a leave logs it for the collector away. */
export function commitmentOwner(actor: Actor, item: ItemInContext): number {
  const covering = item.collectorId !== null && actor.coveringFor?.includes(item.collectorId);
  return covering && item.collectorId !== null ? item.collectorId : actor.personId;
}

/**
 * A promise to pay; an earlier open promise on the item is cancelled, superseded by this one.
 * One beyond the collector's limit is saved pending the manager's approval.
 */
export function savePromise(
  db: DbOrTrx,
  actor: Actor,
  item: ItemInContext,
  input: { amount: number; date: string; note: string | null; needsApproval?: boolean },
  now: Date,
): Promise<number> {
  return recordPromise(db, actor, item, input, now, item.id);
}

/**
 * A promise on a customer as a whole (kept from all its receipts by the date); an earlier open
 * customer-wide promise is superseded. `item` is any of the customer's items, for team and today.
 */
export function saveCustomerPromise(
  db: DbOrTrx,
  actor: Actor,
  item: ItemInContext,
  input: { amount: number; date: string; note: string | null },
  now: Date,
): Promise<number> {
  return recordPromise(db, actor, item, input, now, null);
}

async function recordPromise(
  db: DbOrTrx,
  actor: Actor,
  item: ItemInContext,
  input: { amount: number; date: string; note: string | null; needsApproval?: boolean },
  now: Date,
  itemId: number | null,
): Promise<number> {
  const id = await insertCommitment(db, {
    kind: 'promise',
    team_id: item.teamId,
    receivable_id: itemId,
    customer_id: item.customerId,
    person_id: commitmentOwner(actor, item),
    currency: item.currency,
    amount: input.amount,
    due_on: input.date,
    made_on: item.today,
    note: input.note,
    approval_state: input.needsApproval ? 'pending' : 'not_needed',
    superseded_by: null,
    resolved_at: null,
    created_at: now,
  });
  await supersede(db, actor, now, { itemId, customerId: item.customerId, kinds: ['promise'] }, id);
  const on = itemId === null ? { customerId: item.customerId } : { itemId };
  await audit(db, actor, now, 'promise.create', 'promise', id, { kind: 'promise', ...input, ...on });
  return id;
}

/** Cancels older open commitments replaced by a new one, each audited. */
export async function supersede(
  db: DbOrTrx,
  actor: Actor,
  now: Date,
  where: Parameters<typeof supersedeOpen>[1],
  byId: number,
): Promise<void> {
  for (const old of await supersedeOpen(db, where, byId, now)) {
    const promise = where.kinds.length === 1 && where.kinds[0] === 'promise';
    await audit(
      db,
      actor,
      now,
      promise ? 'promise.cancel' : 'commitment.cancel',
      promise ? 'promise' : 'commitment',
      old,
      { status: 'cancelled', supersededBy: byId },
      { status: 'open' },
    );
  }
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
  // The next date is a commitment of its own: shown on the item, due in the collector's Today.
  if (input.next) {
    const next = await insertCommitment(db, {
      kind: 'next_action',
      team_id: item.teamId,
      receivable_id: item.id,
      customer_id: item.customerId,
      person_id: commitmentOwner(actor, item),
      currency: null,
      amount: null,
      due_on: input.next,
      made_on: item.today,
      note: input.note,
      follow_up_id: row.id,
      superseded_by: null,
      resolved_at: null,
      created_at: now,
    });
    await audit(db, actor, now, 'commitment.create', 'commitment', next, {
      kind: 'next_action',
      date: input.next,
    });
    await supersede(
      db,
      actor,
      now,
      { itemId: item.id, customerId: item.customerId, kinds: ['next_action'] },
      next,
    );
  } else {
    // Chasing again settles the next action that asked for it.
    await db
      .updateTable('commitments')
      .set({ status: 'kept', resolved_at: now })
      .where('receivable_id', '=', item.id)
      .where('kind', '=', 'next_action')
      .where('status', '=', 'open')
      .where('due_on', '<=', item.today)
      .execute();
  }
  return row.id;
}

/** Marks the item disputed and keeps the dispute as a follow-up in its history; returns the follow-up's id. */
export async function saveDispute(
  db: DbOrTrx,
  actor: Actor,
  item: ItemInContext,
  input: { reason: string; note: string },
  now: Date,
): Promise<number> {
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
  return saveFollowUp(
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

/**
 * The collector's answer to a pre-due warning: on time (held until the due date), or a later date
 * (pending approval beyond the limit). Either is a commitment for the outstanding amount; a new
 * answer replaces the last one.
 */
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
  const id = await insertCommitment(db, {
    kind: input.kind,
    team_id: item.teamId,
    receivable_id: item.id,
    customer_id: item.customerId,
    person_id: commitmentOwner(actor, item),
    currency: item.currency,
    amount: item.outstanding,
    due_on: delay?.date ?? item.dueOn,
    made_on: item.today,
    note: delay?.note ?? null,
    reason_code: delay?.reason ?? null,
    approval_state: delay?.needsApproval ? 'pending' : 'not_needed',
    superseded_by: null,
    resolved_at: null,
    created_at: now,
  });
  await supersede(
    db,
    actor,
    now,
    { itemId: item.id, customerId: item.customerId, kinds: ['on_time', 'delay'] },
    id,
  );
  await audit(db, actor, now, `due_confirmation.${input.kind}`, 'commitment', id, {
    kind: input.kind,
    dueOn: delay?.date ?? item.dueOn,
    approval: delay?.needsApproval ? 'pending' : 'not_needed',
  });
  return id;
}
