import { sql } from 'kysely';
import type { DbOrTrx } from '../connect.js';

/** What a hand-over moved. */
export interface MovedCounts {
  items: number;
  customers: number;
  commitments: number;
  disputes: number;
}

/**
 * Moves the open items of `fromId` (all, or of `customerIds`) to `toId`, with the customers they
 * own, the open commitments and repayment plans on those customers, and the open disputes.
 */
export async function moveCollection(
  db: DbOrTrx,
  move: { fromId: number; toId: number; teamId: number; customerIds: readonly number[] | null; now: Date },
): Promise<{ counts: MovedCounts; customerIds: number[] }> {
  const only =
    move.customerIds === null ? sql`true` : sql`customer_id = ANY(${[...move.customerIds]}::int[])`;
  const onlyId = move.customerIds === null ? sql`true` : sql`id = ANY(${[...move.customerIds]}::int[])`;
  const items = await sql<{ customer_id: number }>`
    UPDATE receivables SET collector_id = ${move.toId}, updated_at = ${move.now}
    WHERE collector_id = ${move.fromId} AND team_id = ${move.teamId} AND status = 'open' AND ${only}
    RETURNING customer_id`.execute(db);
  const owned = await sql<{ id: number }>`
    UPDATE customers SET owner_id = ${move.toId}, updated_at = ${move.now}
    WHERE owner_id = ${move.fromId} AND team_id = ${move.teamId} AND ${onlyId}
    RETURNING id`.execute(db);
  const customerIds = [...new Set([...items.rows.map((r) => r.customer_id), ...owned.rows.map((r) => r.id)])];
  const commitments = await sql`
    UPDATE commitments SET person_id = ${move.toId}
    WHERE person_id = ${move.fromId} AND status = 'open' AND customer_id = ANY(${customerIds}::int[])`.execute(
    db,
  );
  await sql`
    UPDATE repayment_plans SET person_id = ${move.toId}
    WHERE person_id = ${move.fromId} AND customer_id = ANY(${customerIds}::int[])`.execute(db);
  const disputes = await sql`
    UPDATE disputes SET owner_id = ${move.toId}
    WHERE owner_id = ${move.fromId} AND state = 'open' AND customer_id = ANY(${customerIds}::int[])`.execute(
    db,
  );
  return {
    counts: {
      items: items.rows.length,
      customers: customerIds.length,
      commitments: Number(commitments.numAffectedRows ?? 0),
      disputes: Number(disputes.numAffectedRows ?? 0),
    },
    customerIds,
  };
}

/** One line of the successor's hand-over summary. */
export interface HandOverLine {
  kind: 'promise' | 'instalment' | 'next_action' | 'delay' | 'dispute' | 'hold';
  customerName: string;
  invoiceNo: string | null;
  dueOn: string | null;
  currency: string | null;
  amount: number | null;
}

/** The open promises, instalments, next actions and delays, disputes and held customers among `customerIds`. */
export async function handOverLines(
  db: DbOrTrx,
  personId: number,
  customerIds: readonly number[],
): Promise<HandOverLine[]> {
  if (customerIds.length === 0) return [];
  const ids = [...customerIds];
  const { rows } = await sql<HandOverLine & { kind: string }>`
    SELECT k.kind, c.name AS "customerName", r.invoice_no AS "invoiceNo", k.due_on::text AS "dueOn",
      k.currency, k.amount::bigint AS amount
    FROM commitments k JOIN customers c ON c.id = k.customer_id
    LEFT JOIN receivables r ON r.id = k.receivable_id
    WHERE k.person_id = ${personId} AND k.status = 'open' AND k.customer_id = ANY(${ids}::int[])
      AND k.kind IN ('promise', 'instalment', 'next_action', 'delay')
    UNION ALL
    SELECT 'dispute', c.name, r.invoice_no, d.opened_on::text, r.currency, r.outstanding::bigint
    FROM disputes d JOIN customers c ON c.id = d.customer_id JOIN receivables r ON r.id = d.receivable_id
    WHERE d.owner_id = ${personId} AND d.state = 'open' AND d.customer_id = ANY(${ids}::int[])
    UNION ALL
    SELECT 'hold', c.name, NULL, NULL, NULL, NULL
    FROM customers c JOIN credit_watch w ON w.customer_id = c.id
    WHERE c.id = ANY(${ids}::int[]) AND w.on_hold
    ORDER BY 1, 4 NULLS LAST, 2`.execute(db);
  return rows.map((r) => ({ ...r, amount: r.amount === null ? null : Number(r.amount) }));
}

/** The people among `ids` who have left, with the manager who looks after their items meanwhile. */
export async function leaversAmong(
  db: DbOrTrx,
  ids: readonly number[],
): Promise<{ id: number; name: string; leftOn: string | null; managerId: number | null }[]> {
  if (ids.length === 0) return [];
  const { rows } = await sql<{ id: number; name: string; left_on: string | null; manager_id: number | null }>`
    SELECT p.id, p.name, p.left_on::text AS left_on,
      COALESCE(p.manager_id, (SELECT m.id FROM people m
        WHERE m.team_id = p.team_id AND m.role = 'manager' AND m.active ORDER BY m.id LIMIT 1)) AS manager_id
    FROM people p WHERE p.id = ANY(${[...ids]}::int[]) AND NOT p.active`.execute(db);
  return rows.map((r) => ({ id: r.id, name: r.name, leftOn: r.left_on, managerId: r.manager_id }));
}
