import { sql } from 'kysely';
import type { DbOrTrx } from '../connect.js';

interface Who {
  person_id: number | null;
  person_name: string | null;
}

/** Everything recorded about a set of items and their customers. */
export interface ItemHistoryRows {
  promises: (Who & {
    id: number;
    receivable_id: number;
    customer_id: number;
    amount: number;
    promised_on: string;
    made_on: string;
    status: string;
    created_at: Date;
    resolved_at: Date | null;
  })[];
  followUps: (Who & {
    id: number;
    receivable_id: number | null;
    customer_id: number;
    method: string;
    outcome: string;
    reason_code: string | null;
    note: string | null;
    created_at: Date;
  })[];
  claims: (Who & {
    receivable_id: number;
    amount: number;
    paid_on: string;
    state: string;
    created_at: Date;
  })[];
  confirmations: (Who & {
    receivable_id: number;
    kind: string;
    new_due_on: string | null;
    approval_state: string;
    at: Date;
  })[];
}

interface Row extends Who {
  source: 'promise' | 'follow_up' | 'claim' | 'confirmation';
  id: number;
  receivable_id: number | null;
  customer_id: number;
  amount: number | null;
  day1: string | null;
  day2: string | null;
  state: string;
  method: string | null;
  reason_code: string | null;
  note: string | null;
  created_at: Date;
  ended_at: Date | null;
}

/**
 * In one query: promises and follow-ups of the customers (the three-strikes rule looks at the whole
 * customer), "already paid" claims of the items, and due confirmations of the items since `since`.
 */
export async function loadItemHistory(
  db: DbOrTrx,
  customerIds: readonly number[],
  itemIds: readonly number[],
  since: Date,
): Promise<ItemHistoryRows> {
  const history: ItemHistoryRows = { promises: [], followUps: [], claims: [], confirmations: [] };
  if (itemIds.length === 0) return history;
  const customers = [...customerIds];
  const items = [...itemIds];
  const { rows } = await sql<Row>`
    SELECT h.*, p.name AS person_name FROM (
      SELECT 'promise' AS source, id, receivable_id, customer_id, person_id, amount, promised_on::text AS day1,
             made_on::text AS day2, status AS state, NULL AS method, NULL AS reason_code, NULL AS note, created_at, resolved_at AS ended_at
        FROM promises WHERE customer_id = ANY(${customers}::int[])
      UNION ALL
      SELECT 'follow_up', id, receivable_id, customer_id, person_id, NULL, NULL, NULL, outcome, method, reason_code, note, created_at, NULL
        FROM follow_ups WHERE customer_id = ANY(${customers}::int[])
      UNION ALL
      SELECT 'claim', id, receivable_id, 0, person_id, amount, paid_on::text, NULL, state, NULL, NULL, NULL, created_at, decided_at
        FROM paid_claims WHERE receivable_id = ANY(${items}::int[])
      UNION ALL
      SELECT 'confirmation', id, receivable_id, 0, person_id, NULL, new_due_on::text, kind, approval_state, NULL, NULL, NULL, created_at, decided_at
        FROM due_confirmations WHERE receivable_id = ANY(${items}::int[]) AND created_at >= ${since}
    ) h LEFT JOIN people p ON p.id = h.person_id
    ORDER BY h.created_at, h.id`.execute(db);
  for (const r of rows) {
    const who = { person_id: r.person_id, person_name: r.person_name };
    const created_at = r.created_at;
    if (r.source === 'promise') {
      history.promises.push({
        ...who,
        id: r.id,
        receivable_id: r.receivable_id as number,
        customer_id: r.customer_id,
        amount: r.amount as number,
        promised_on: r.day1 as string,
        made_on: r.day2 as string,
        status: r.state,
        created_at,
        resolved_at: r.ended_at,
      });
    } else if (r.source === 'follow_up') {
      history.followUps.push({
        ...who,
        id: r.id,
        receivable_id: r.receivable_id,
        customer_id: r.customer_id,
        method: r.method as string,
        outcome: r.state,
        reason_code: r.reason_code,
        note: r.note,
        created_at,
      });
    } else if (r.source === 'claim') {
      history.claims.push({
        ...who,
        receivable_id: r.receivable_id as number,
        amount: r.amount as number,
        paid_on: r.day1 as string,
        state: r.state,
        created_at,
      });
    } else {
      history.confirmations.push({
        ...who,
        receivable_id: r.receivable_id as number,
        kind: r.day2 as string,
        new_due_on: r.day1,
        approval_state: r.state,
        at: r.ended_at ?? created_at,
      });
    }
  }
  return history;
}
