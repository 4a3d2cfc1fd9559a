import { type RawBuilder, sql } from 'kysely';
import type { CommitmentKind } from '../../domain/commitment.js';
import type { DbOrTrx } from '../connect.js';
import { type OpenItemFilter, openItemsWhere } from './open-items.repository.js';

interface Who {
  person_id: number | null;
  person_name: string | null;
}

/** Everything recorded about a set of items and their customers. */
export interface ItemHistoryRows {
  /** Every commitment of the customers (promises, instalments, pre-due answers, next actions). */
  promises: (Who & {
    id: number;
    kind: CommitmentKind;
    receivable_id: number | null;
    customer_id: number;
    amount: number | null;
    approval_state: string;
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
}

interface Row extends Who {
  source: 'promise' | 'follow_up' | 'claim';
  kind: CommitmentKind | null;
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

/** Whose history to read: named customers and items, or the items a list filter selects and their customers. */
export type HistoryScope =
  | { customerIds: readonly number[]; itemIds: readonly number[] }
  | { items: OpenItemFilter };

/**
 * In one query: commitments and follow-ups of the customers (the three-strikes rule looks at the
 * whole customer) and "already paid" claims of the items. A filter lets it run alongside the
 * items' own query instead of after it.
 */
export async function loadItemHistory(db: DbOrTrx, scope: HistoryScope): Promise<ItemHistoryRows> {
  const history: ItemHistoryRows = { promises: [], followUps: [], claims: [] };
  let customers: RawBuilder<unknown>;
  let items: RawBuilder<unknown>;
  if ('items' in scope) {
    const where = openItemsWhere(scope.items);
    // ANY(ARRAY(…)) is worked out once, so each table is still read through its customer index.
    customers = sql`customer_id = ANY(ARRAY(SELECT DISTINCT r.customer_id FROM receivables r WHERE ${where}))`;
    items = sql`receivable_id = ANY(ARRAY(SELECT r.id FROM receivables r WHERE ${where}))`;
  } else {
    if (scope.itemIds.length === 0) return history;
    customers = sql`customer_id = ANY(${[...scope.customerIds]}::int[])`;
    items = sql`receivable_id = ANY(${[...scope.itemIds]}::int[])`;
  }
  const { rows } = await sql<Row>`
    SELECT h.*, p.name AS person_name FROM (
      SELECT 'promise' AS source, kind, id, receivable_id, customer_id, person_id, amount, due_on::text AS day1,
             made_on::text AS day2, status AS state, approval_state AS method, NULL AS reason_code, NULL AS note, created_at,
             CASE WHEN decided_at IS NOT NULL AND status = 'open' THEN decided_at ELSE resolved_at END AS ended_at
        FROM commitments WHERE ${customers} AND (status = 'open' OR kind <> 'next_action')
      UNION ALL
      SELECT 'follow_up', NULL, id, receivable_id, customer_id, person_id, NULL, NULL, NULL, outcome, method, reason_code, note, created_at, NULL
        FROM follow_ups WHERE ${customers}
      UNION ALL
      SELECT 'claim', NULL, id, receivable_id, 0, person_id, amount, paid_on::text, NULL, state, NULL, NULL, NULL, created_at, decided_at
        FROM paid_claims WHERE ${items}
    ) h LEFT JOIN people p ON p.id = h.person_id
    ORDER BY h.created_at, h.id`.execute(db);
  for (const r of rows) {
    // Fields are copied one by one: a spread per row costs more than the rest of the loop.
    const created_at = r.created_at;
    if (r.source === 'promise') {
      history.promises.push({
        person_id: r.person_id,
        person_name: r.person_name,
        id: r.id,
        kind: r.kind as CommitmentKind,
        receivable_id: r.receivable_id,
        customer_id: r.customer_id,
        amount: r.amount === null ? null : Number(r.amount),
        approval_state: r.method as string,
        promised_on: r.day1 as string,
        made_on: r.day2 as string,
        status: r.state,
        created_at,
        resolved_at: r.ended_at,
      });
    } else if (r.source === 'follow_up') {
      history.followUps.push({
        person_id: r.person_id,
        person_name: r.person_name,
        id: r.id,
        receivable_id: r.receivable_id,
        customer_id: r.customer_id,
        method: r.method as string,
        outcome: r.state,
        reason_code: r.reason_code,
        note: r.note,
        created_at,
      });
    } else {
      history.claims.push({
        person_id: r.person_id,
        person_name: r.person_name,
        receivable_id: r.receivable_id as number,
        amount: r.amount as number,
        paid_on: r.day1 as string,
        state: r.state,
        created_at,
      });
    }
  }
  return history;
}
