import { sql } from 'kysely';
import type { DbOrTrx } from '../connect.js';

/** An open receivable with everything the daily lists show about it. */
export interface OpenItem {
  id: number;
  invoiceNo: string;
  contractNo: string | null;
  kind: 'invoice' | 'retention' | 'other';
  currency: string;
  amount: number;
  outstanding: number;
  dueOn: string;
  disputed: boolean;
  status: string;
  customerId: number;
  customerName: string;
  customerStatus: string;
  creditLimit: number;
  creditCurrency: string;
  termsDays: number;
  collectorId: number | null;
  collectorName: string | null;
  lastPromise: { amount: number; promisedOn: string; status: string; madeOn: string } | null;
  lastFollowUp: { method: string; note: string | null; on: Date; outcome: string } | null;
  claimPending: boolean;
}

export interface OpenItemFilter {
  teamId: number;
  /** Inclusive bounds on the due date. */
  dueFrom?: string;
  dueTo?: string;
  collectorId?: number;
  itemIds?: readonly number[];
}

/** Open items of a team (or the named items, open or not) with their latest promise and follow-up, in due-date order. */
export async function listOpenItems(db: DbOrTrx, filter: OpenItemFilter): Promise<OpenItem[]> {
  let query = db
    .selectFrom('receivables as r')
    .innerJoin('customers as c', 'c.id', 'r.customer_id')
    .leftJoin('people as p', 'p.id', 'r.collector_id')
    .select([
      'r.id',
      'r.invoice_no',
      'r.contract_no',
      'r.kind',
      'r.currency',
      'r.amount',
      'r.outstanding',
      'r.due_on',
      'r.disputed',
      'r.status',
      'c.id as customer_id',
      'c.name as customer_name',
      'c.status as customer_status',
      'c.credit_limit',
      'c.credit_currency',
      'c.payment_terms_days',
      'r.collector_id',
      'p.name as collector_name',
      sql<OpenItem['lastPromise']>`(
        SELECT json_build_object('amount', pr.amount, 'promisedOn', pr.promised_on, 'status', pr.status, 'madeOn', pr.made_on)
        FROM promises pr WHERE pr.receivable_id = r.id AND pr.status <> 'cancelled'
        ORDER BY pr.created_at DESC, pr.id DESC LIMIT 1)`.as('last_promise'),
      sql<{ method: string; note: string | null; on: string; outcome: string } | null>`(
        SELECT json_build_object('method', f.method, 'note', f.note, 'on', f.created_at, 'outcome', f.outcome)
        FROM follow_ups f WHERE f.receivable_id = r.id ORDER BY f.created_at DESC, f.id DESC LIMIT 1)`.as(
        'last_follow_up',
      ),
      sql<boolean>`EXISTS (SELECT 1 FROM paid_claims pc WHERE pc.receivable_id = r.id AND pc.state = 'pending')`.as(
        'claim_pending',
      ),
    ])
    .where('r.team_id', '=', filter.teamId);
  // Redrawing a posted list names its items and must show the ones paid since; daily lists want open ones.
  if (!filter.itemIds) query = query.where('r.status', '=', 'open').where('r.outstanding', '>', 0);
  if (filter.dueFrom) query = query.where('r.due_on', '>=', filter.dueFrom);
  if (filter.dueTo) query = query.where('r.due_on', '<=', filter.dueTo);
  if (filter.collectorId !== undefined) query = query.where('r.collector_id', '=', filter.collectorId);
  if (filter.itemIds)
    query = query.where('r.id', 'in', filter.itemIds.length > 0 ? [...filter.itemIds] : [-1]);
  const rows = await query.orderBy('r.due_on').orderBy('r.id').execute();
  return rows.map((r) => ({
    id: r.id,
    invoiceNo: r.invoice_no,
    contractNo: r.contract_no,
    kind: r.kind,
    currency: r.currency,
    amount: r.amount,
    outstanding: r.outstanding,
    dueOn: r.due_on,
    disputed: r.disputed,
    status: r.status,
    customerId: r.customer_id,
    customerName: r.customer_name,
    customerStatus: r.customer_status,
    creditLimit: r.credit_limit,
    creditCurrency: r.credit_currency,
    termsDays: r.payment_terms_days,
    collectorId: r.collector_id,
    collectorName: r.collector_name,
    lastPromise: r.last_promise,
    lastFollowUp: r.last_follow_up && { ...r.last_follow_up, on: new Date(r.last_follow_up.on) },
    claimPending: r.claim_pending,
  }));
}

/** Each customer's promise outcomes and contact results in order, for the three-strikes rule. */
export async function customerEvents(
  db: DbOrTrx,
  customerIds: readonly number[],
): Promise<Map<number, ({ kind: 'promise'; outcome: string } | { kind: 'follow_up'; outcome: string })[]>> {
  const events = new Map<
    number,
    ({ kind: 'promise'; outcome: string } | { kind: 'follow_up'; outcome: string })[]
  >();
  if (customerIds.length === 0) return events;
  const { rows } = await sql<{ customer_id: number; kind: 'promise' | 'follow_up'; outcome: string }>`
    SELECT customer_id, kind, outcome FROM (
      SELECT customer_id, 'promise' AS kind, status AS outcome, coalesce(resolved_at, created_at) AS at, id FROM promises
      WHERE customer_id = ANY(${[...customerIds]}::int[])
      UNION ALL
      SELECT customer_id, 'follow_up', outcome, created_at, id FROM follow_ups
      WHERE customer_id = ANY(${[...customerIds]}::int[]) AND method NOT IN ('dispute', 'note')
    ) e ORDER BY customer_id, at, id`.execute(db);
  for (const row of rows) {
    const list = events.get(row.customer_id) ?? [];
    list.push({ kind: row.kind, outcome: row.outcome });
    events.set(row.customer_id, list);
  }
  return events;
}
