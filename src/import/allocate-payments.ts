import { sql } from 'kysely';
import type { DbOrTrx } from '../db/connect.js';

export interface AllocationCounts {
  allocations: number;
  itemsPaid: number;
}

// Applies the allocations in `alloc` (payment_id, receivable_id, amount): records them and
// lowers each item's outstanding balance, closing items that reach zero.
const apply = (importId: number, now: string) => `,
  ins AS (
    INSERT INTO payment_allocations (payment_id, receivable_id, amount, created_at)
    SELECT payment_id, receivable_id, amount, ${now} FROM alloc WHERE amount > 0
    -- A payment that took a ledger receipt's place on this item already has an allocation to it.
    ON CONFLICT (payment_id, receivable_id) DO UPDATE SET amount = payment_allocations.amount + EXCLUDED.amount
    RETURNING receivable_id),
  upd AS (
    UPDATE receivables r SET
      outstanding = r.outstanding - t.total,
      status = CASE WHEN r.outstanding - t.total = 0 THEN 'paid' ELSE r.status END,
      import_id = ${importId}, updated_at = ${now}
    FROM (SELECT receivable_id, sum(amount) AS total FROM alloc WHERE amount > 0 GROUP BY receivable_id) t
    WHERE r.id = t.receivable_id
    RETURNING r.status)
  SELECT (SELECT count(*)::int FROM ins) AS allocations,
    (SELECT count(*)::int FROM upd WHERE status = 'paid') AS items_paid`;

/**
 * Allocates the payments this import inserted. A payment naming an invoice goes to that
 * invoice only; the others go to the customer's open items in the same currency, oldest due
 * date first. Payments are taken in the order received. Whatever exceeds the open balance
 * stays unallocated on the payment.
 *
 * Both steps are set-based: each payment and each item covers an interval of a running total
 * per customer and currency, and an allocation is the overlap of a payment's interval with an
 * item's.
 */
export async function allocatePayments(db: DbOrTrx, importId: number, at: Date): Promise<AllocationCounts> {
  const now = `'${at.toISOString()}'::timestamptz`;
  // What each payment of the import has left: all of it, unless it took ledger receipts' places.
  const unallocated = (
    where: string,
  ) => `SELECT p.id, p.receivable_id, p.customer_id, p.currency, p.received_on,
        p.amount - COALESCE(pre.done, 0) AS amount
      FROM payments p LEFT JOIN (
        SELECT payment_id, sum(amount) AS done FROM payment_allocations
        WHERE payment_id IN (SELECT id FROM payments WHERE import_id = ${importId}) GROUP BY payment_id) pre
        ON pre.payment_id = p.id
      WHERE p.import_id = ${importId} AND ${where}`;
  const named = `WITH own AS (${unallocated('p.receivable_id IS NOT NULL')}),
    pay AS (
      SELECT id, receivable_id, amount,
        sum(amount) OVER (PARTITION BY receivable_id ORDER BY received_on, id) - amount AS p_start
      FROM own WHERE amount > 0),
    alloc AS (
      SELECT pay.id AS payment_id, r.id AS receivable_id,
        LEAST(pay.amount, r.outstanding - pay.p_start) AS amount
      FROM pay JOIN receivables r ON r.id = pay.receivable_id
      WHERE r.status = 'open' AND r.outstanding > pay.p_start)${apply(importId, now)}`;
  const oldestFirst = `WITH own AS (${unallocated('p.receivable_id IS NULL')}),
    pay AS (
      SELECT id, customer_id, currency,
        sum(amount) OVER w - amount AS p_start, sum(amount) OVER w AS p_end
      FROM own WHERE amount > 0
      WINDOW w AS (PARTITION BY customer_id, currency ORDER BY received_on, id)),
    items AS (
      SELECT id, customer_id, currency,
        sum(outstanding) OVER w - outstanding AS r_start, sum(outstanding) OVER w AS r_end
      FROM receivables
      WHERE status = 'open' AND outstanding > 0
        AND customer_id IN (SELECT customer_id FROM pay)
      WINDOW w AS (PARTITION BY customer_id, currency ORDER BY due_on, id)),
    alloc AS (
      SELECT pay.id AS payment_id, items.id AS receivable_id,
        LEAST(pay.p_end, items.r_end) - GREATEST(pay.p_start, items.r_start) AS amount
      FROM pay JOIN items USING (customer_id, currency)
      WHERE pay.p_start < items.r_end AND items.r_start < pay.p_end)${apply(importId, now)}`;

  const totals: AllocationCounts = { allocations: 0, itemsPaid: 0 };
  for (const text of [named, oldestFirst]) {
    const result = await sql.raw<{ allocations: number; items_paid: number }>(text).execute(db);
    totals.allocations += result.rows[0]?.allocations ?? 0;
    totals.itemsPaid += result.rows[0]?.items_paid ?? 0;
  }
  return totals;
}
