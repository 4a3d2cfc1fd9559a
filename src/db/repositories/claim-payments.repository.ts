import { sql } from 'kysely';
import type { DbOrTrx } from '../connect.js';
import { recordAudit } from './audit.repository.js';
import type { ClaimForDecision } from './claim.repository.js';

export type ProvisionalOutcome =
  | { kind: 'recorded'; paymentId: number; allocated: number; outstanding: number; closed: boolean }
  /** A payment with the claim's reference is already on record: adding another would count it twice. */
  | { kind: 'on_record'; paymentId: number };

/** Payments compare references without case or surrounding spaces: people retype them from statements. */
const sameReference = (column: string, reference: string) =>
  sql<boolean>`upper(btrim(${sql.ref(column)})) = upper(btrim(${reference}))`;

/**
 * Records a confirmed claim as a provisional payment allocated to its item, lowering the item's
 * outstanding balance (and closing it at zero) until the bank payment arrives in an import.
 */
export async function recordProvisionalPayment(
  db: DbOrTrx,
  claim: ClaimForDecision,
  at: Date,
): Promise<ProvisionalOutcome> {
  if (claim.reference?.trim()) {
    const existing = await db
      .selectFrom('payments')
      .select('id')
      .where('customer_id', '=', claim.customerId)
      .where(sameReference('reference', claim.reference))
      .executeTakeFirst();
    if (existing) return { kind: 'on_record', paymentId: existing.id };
  }
  const payment = await db
    .insertInto('payments')
    .values({
      external_id: `provisional:claim-${claim.id}`,
      customer_id: claim.customerId,
      receivable_id: claim.receivableId,
      currency: claim.currency,
      amount: claim.amount,
      received_on: claim.paidOn,
      bank: claim.bank,
      reference: claim.reference?.trim() || null,
      source: 'provisional',
      import_id: null,
      created_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const item = await db
    .selectFrom('receivables')
    .select(['outstanding', 'status'])
    .where('id', '=', claim.receivableId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  // The item may have been paid in part since the claim: only what is still owed is allocated.
  const allocated = item.status === 'open' ? Math.min(claim.amount, item.outstanding) : 0;
  const outstanding = item.outstanding - allocated;
  if (allocated > 0) {
    await db
      .insertInto('payment_allocations')
      .values({
        payment_id: payment.id,
        receivable_id: claim.receivableId,
        amount: allocated,
        created_at: at,
      })
      .execute();
    await db
      .updateTable('receivables')
      .set({ outstanding, status: outstanding === 0 ? 'paid' : item.status, updated_at: at })
      .where('id', '=', claim.receivableId)
      .execute();
  }
  return { kind: 'recorded', paymentId: payment.id, allocated, outstanding, closed: outstanding === 0 };
}

/**
 * Before an import's payments are allocated, removes each provisional payment that a newly
 * imported bank payment of the same customer and reference stands for: its allocations are
 * undone (items it closed reopen) so the bank payment is counted once, in its place.
 */
export async function replaceProvisionalPayments(db: DbOrTrx, importId: number, at: Date): Promise<number> {
  const matches = await db
    .selectFrom('payments as p')
    .innerJoin('payments as b', (join) =>
      join
        .onRef('b.customer_id', '=', 'p.customer_id')
        .on(sql<boolean>`upper(btrim(b.reference)) = upper(btrim(p.reference))`),
    )
    .select(['p.id', 'b.id as bank_id', 'p.external_id', 'p.amount', 'p.reference', 'p.receivable_id'])
    .where('p.source', '=', 'provisional')
    .where('b.import_id', '=', importId)
    .where('b.source', '=', 'import')
    .distinctOn('p.id')
    .orderBy('p.id')
    .orderBy('b.id')
    .execute();
  if (matches.length === 0) return 0;
  const ids = matches.map((m) => m.id);
  await sql`
    UPDATE receivables r SET
      outstanding = r.outstanding + a.total,
      status = CASE WHEN r.status = 'paid' THEN 'open' ELSE r.status END,
      updated_at = ${at}
    FROM (SELECT receivable_id, sum(amount) AS total FROM payment_allocations
          WHERE payment_id = ANY(${ids}::int[]) GROUP BY receivable_id) a
    WHERE r.id = a.receivable_id`.execute(db);
  await db.deleteFrom('payments').where('id', 'in', ids).execute();
  await recordAudit(
    db,
    ...matches.map((m) => ({
      at,
      actorLabel: 'import',
      action: 'payment.provisional_replaced',
      entity: 'payment',
      entityId: m.id,
      before: { externalId: m.external_id, amount: m.amount, reference: m.reference, item: m.receivable_id },
      after: { replacedBy: m.bank_id },
      importId,
    })),
  );
  return matches.length;
}
