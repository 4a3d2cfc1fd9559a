import { sql } from 'kysely';
import type { DbOrTrx } from '../connect.js';

/** An open receivable with its customer and collector. */
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
  /** The step three strikes raised the customer to, if any. */
  escalationStep: string | null;
}

export interface OpenItemFilter {
  teamId: number;
  /** Inclusive bounds on the due date. */
  dueFrom?: string;
  dueTo?: string;
  collectorId?: number;
  itemIds?: readonly number[];
}

/** The receivables (aliased `r`) a filter selects, as SQL: the same rows `listOpenItems` reads. */
export function openItemsWhere(filter: OpenItemFilter) {
  const parts = [sql`r.team_id = ${filter.teamId}`];
  if (!filter.itemIds) parts.push(sql`r.status = 'open'`, sql`r.outstanding > 0`);
  if (filter.dueFrom) parts.push(sql`r.due_on >= ${filter.dueFrom}`);
  if (filter.dueTo) parts.push(sql`r.due_on <= ${filter.dueTo}`);
  if (filter.collectorId !== undefined) parts.push(sql`r.collector_id = ${filter.collectorId}`);
  if (filter.itemIds) parts.push(sql`r.id = ANY(${[...filter.itemIds]}::int[])`);
  return sql.join(parts, sql` AND `);
}

/** Open items of a team (or the named items, open or not) with customer and collector, in due-date order. */
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
      'c.escalation_step',
    ])
    .where('r.team_id', '=', filter.teamId);
  // Redrawing a posted list names its items and must show the ones paid since; daily lists want open ones.
  if (!filter.itemIds) query = query.where('r.status', '=', 'open').where('r.outstanding', '>', 0);
  if (filter.dueFrom) query = query.where('r.due_on', '>=', filter.dueFrom);
  if (filter.dueTo) query = query.where('r.due_on', '<=', filter.dueTo);
  if (filter.collectorId !== undefined) query = query.where('r.collector_id', '=', filter.collectorId);
  if (filter.itemIds) query = query.where(sql<boolean>`r.id = ANY(${[...filter.itemIds]}::int[])`);
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
    escalationStep: r.escalation_step,
  }));
}
