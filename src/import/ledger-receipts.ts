import { sql } from 'kysely';
import type { DbOrTrx } from '../db/connect.js';
import { STAGE } from './stage.js';

/**
 * The rule that keeps a receipt from being counted twice when both the ERP's balances and the
 * bank's payments are imported: a balance in a receivables file is the truth as of the day it
 * is imported. Whatever of the gap between the item's amount and that balance no recorded
 * payment explains is recorded as one 'ledger' receipt of that day, allocated to the item.
 * A bank payment imported later that was received on or before that day takes the ledger
 * receipt's place (`explainLedgerReceipts`) instead of lowering the balance again.
 */

/**
 * Brings each item of this receivables import whose file names a balance to that balance:
 * a ledger receipt for what is missing, or (when the ERP shows more open than before) its
 * earlier ledger receipts given back, newest first. Returns the receipts recorded.
 */
export async function applyLedgerBalances(
  db: DbOrTrx,
  importId: number,
  at: Date,
): Promise<{ ledgerReceipts: number; itemsClosed: number; itemsReopened: number }> {
  const now = at.toISOString();
  const recorded = await sql<{ receipts: number; closed: number }>`
    WITH gap AS (
      SELECT r.id, r.customer_id, r.currency, r.outstanding - s.balance AS amount,
        (${now}::timestamptz AT TIME ZONE t.timezone)::date AS on_day
      FROM ${sql.raw(STAGE)} s
      JOIN receivables r ON r.external_id = s.external_id
      JOIN teams t ON t.id = r.team_id
      WHERE s.ok AND s.balance IS NOT NULL AND r.outstanding > s.balance),
    pay AS (
      INSERT INTO payments (external_id, customer_id, receivable_id, currency, amount, received_on, source, import_id, created_at)
      SELECT 'ledger:' || ${importId}::text || ':' || gap.id, customer_id, id, currency, amount, on_day, 'ledger', ${importId}, ${now}::timestamptz
      FROM gap
      RETURNING id, receivable_id, amount),
    ins AS (
      INSERT INTO payment_allocations (payment_id, receivable_id, amount, created_at)
      SELECT id, receivable_id, amount, ${now}::timestamptz FROM pay
      RETURNING receivable_id, amount),
    upd AS (
      UPDATE receivables r SET
        outstanding = r.outstanding - ins.amount,
        status = CASE WHEN r.outstanding - ins.amount = 0 AND r.status = 'open' THEN 'paid' ELSE r.status END,
        updated_at = ${now}::timestamptz
      FROM ins WHERE r.id = ins.receivable_id
      RETURNING r.status)
    SELECT (SELECT count(*)::int FROM ins) AS receipts,
      (SELECT count(*)::int FROM upd WHERE status = 'paid') AS closed`.execute(db);

  // The ERP shows more open than the ledger: give back ledger receipts (the check made sure there are enough).
  const above = await sql<{ id: number; give: number }>`
    SELECT r.id, s.balance - r.outstanding AS give
    FROM ${sql.raw(STAGE)} s JOIN receivables r ON r.external_id = s.external_id
    WHERE s.ok AND s.balance IS NOT NULL AND r.outstanding < s.balance`.execute(db);
  for (const item of above.rows) {
    let left = item.give;
    const receipts = await sql<{ allocation_id: number; payment_id: number; amount: number }>`
      SELECT pa.id AS allocation_id, p.id AS payment_id, pa.amount
      FROM payment_allocations pa JOIN payments p ON p.id = pa.payment_id
      WHERE pa.receivable_id = ${item.id} AND p.source = 'ledger'
      ORDER BY p.received_on DESC, p.id DESC`.execute(db);
    for (const receipt of receipts.rows) {
      if (left <= 0) break;
      const take = Math.min(left, receipt.amount);
      await shrinkAllocation(db, receipt.allocation_id, receipt.payment_id, take);
      left -= take;
    }
    await sql`UPDATE receivables SET outstanding = outstanding + ${item.give - left},
      status = CASE WHEN status = 'paid' THEN 'open' ELSE status END, updated_at = ${now}::timestamptz
      WHERE id = ${item.id}`.execute(db);
  }
  const row = recorded.rows[0];
  return {
    ledgerReceipts: row?.receipts ?? 0,
    itemsClosed: row?.closed ?? 0,
    itemsReopened: above.rows.length,
  };
}

/** Lowers one allocation of a ledger receipt and the receipt itself by `by`, removing them at zero. */
async function shrinkAllocation(db: DbOrTrx, allocationId: number, paymentId: number, by: number) {
  // Amounts are positive by constraint: a row that would reach zero is deleted instead.
  await sql`DELETE FROM payment_allocations WHERE id = ${allocationId} AND amount <= ${by}`.execute(db);
  await sql`UPDATE payment_allocations SET amount = amount - ${by} WHERE id = ${allocationId}`.execute(db);
  await sql`DELETE FROM payments WHERE id = ${paymentId} AND amount <= ${by}`.execute(db);
  await sql`UPDATE payments SET amount = amount - ${by} WHERE id = ${paymentId}`.execute(db);
}

/**
 * Lets the bank payments of this import take the place of ledger receipts they stand for: a
 * payment received on or before a ledger receipt of the same customer and currency (of the
 * invoice it names, when it names one) moves that receipt's allocation onto itself. The item's
 * balance does not change; what is left of the payment is allocated as usual afterwards.
 */
export async function explainLedgerReceipts(db: DbOrTrx, importId: number, at: Date): Promise<number> {
  const candidates = await sql<{
    payment_id: number;
    payment_amount: number;
    allocation_id: number;
    ledger_id: number;
    receivable_id: number;
    amount: number;
  }>`
    SELECT b.id AS payment_id, b.amount AS payment_amount, pa.id AS allocation_id, l.id AS ledger_id,
      pa.receivable_id, pa.amount
    FROM payments b
    JOIN payments l ON l.customer_id = b.customer_id AND l.currency = b.currency
      AND l.source = 'ledger' AND l.received_on >= b.received_on
    JOIN payment_allocations pa ON pa.payment_id = l.id
    WHERE b.import_id = ${importId} AND b.source = 'import'
      AND (b.receivable_id IS NULL OR b.receivable_id = pa.receivable_id)
    ORDER BY b.received_on, b.id, (pa.receivable_id IS DISTINCT FROM b.receivable_id), l.received_on, pa.id`.execute(
    db,
  );
  const left = new Map<number, number>();
  const taken = new Map<number, number>();
  let moved = 0;
  for (const c of candidates.rows) {
    const paymentLeft = left.get(c.payment_id) ?? c.payment_amount;
    const allocationLeft = c.amount - (taken.get(c.allocation_id) ?? 0);
    const take = Math.min(paymentLeft, allocationLeft);
    if (take <= 0) continue;
    left.set(c.payment_id, paymentLeft - take);
    taken.set(c.allocation_id, (taken.get(c.allocation_id) ?? 0) + take);
    await shrinkAllocation(db, c.allocation_id, c.ledger_id, take);
    await sql`INSERT INTO payment_allocations (payment_id, receivable_id, amount, created_at)
      VALUES (${c.payment_id}, ${c.receivable_id}, ${take}, ${at})
      ON CONFLICT (payment_id, receivable_id) DO UPDATE SET amount = payment_allocations.amount + EXCLUDED.amount`.execute(
      db,
    );
    moved += take;
  }
  return moved;
}
