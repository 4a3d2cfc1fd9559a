import { sql } from 'kysely';
import type { Receipt } from '../../domain/promise-status.js';
import type { DbOrTrx } from '../connect.js';

/** An open promise with what evaluating and announcing it needs: its item, customer and team. */
export interface OpenPromise {
  id: number;
  itemId: number;
  customerId: number;
  customerName: string;
  teamId: number;
  personId: number | null;
  collectorId: number | null;
  invoiceNo: string;
  currency: string;
  amount: number;
  promisedOn: string;
  madeOn: string;
}

/** Which promises to look at: those on some items, or every open promise of a team. */
export type PromiseScope = { itemIds: readonly number[] } | { teamId: number };

/** Open promises in scope, oldest first. */
export async function listOpenPromises(db: DbOrTrx, scope: PromiseScope): Promise<OpenPromise[]> {
  let query = db
    .selectFrom('promises as pr')
    .innerJoin('receivables as r', 'r.id', 'pr.receivable_id')
    .innerJoin('customers as c', 'c.id', 'pr.customer_id')
    .select([
      'pr.id',
      'pr.receivable_id',
      'pr.customer_id',
      'c.name as customer_name',
      'r.team_id',
      'pr.person_id',
      'r.collector_id',
      'r.invoice_no',
      'pr.currency',
      'pr.amount',
      'pr.promised_on',
      'pr.made_on',
    ])
    .where('pr.status', '=', 'open');
  if ('itemIds' in scope) {
    if (scope.itemIds.length === 0) return [];
    query = query.where(sql<boolean>`pr.receivable_id = ANY(${[...scope.itemIds]}::int[])`);
  } else query = query.where('r.team_id', '=', scope.teamId);
  const rows = await query.orderBy('pr.id').execute();
  return rows.map((r) => ({
    id: r.id,
    itemId: r.receivable_id,
    customerId: r.customer_id,
    customerName: r.customer_name,
    teamId: r.team_id,
    personId: r.person_id,
    collectorId: r.collector_id,
    invoiceNo: r.invoice_no,
    currency: r.currency,
    amount: r.amount,
    promisedOn: r.promised_on,
    madeOn: r.made_on,
  }));
}

/** The payments allocated to each item, dated by the day the money arrived. */
export async function receiptsOf(db: DbOrTrx, itemIds: readonly number[]): Promise<Map<number, Receipt[]>> {
  const receipts = new Map<number, Receipt[]>();
  if (itemIds.length === 0) return receipts;
  const rows = await db
    .selectFrom('payment_allocations as a')
    .innerJoin('payments as p', 'p.id', 'a.payment_id')
    .select(['a.receivable_id', 'a.amount', 'p.received_on'])
    .where(sql<boolean>`a.receivable_id = ANY(${[...itemIds]}::int[])`)
    .execute();
  for (const r of rows) {
    const list = receipts.get(r.receivable_id) ?? [];
    list.push({ date: r.received_on, amount: r.amount });
    receipts.set(r.receivable_id, list);
  }
  return receipts;
}

/** The items a payments import allocated money to. */
export async function itemsPaidByImport(db: DbOrTrx, importId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('payment_allocations as a')
    .innerJoin('payments as p', 'p.id', 'a.payment_id')
    .select('a.receivable_id')
    .distinct()
    .where('p.import_id', '=', importId)
    .execute();
  return rows.map((r) => r.receivable_id);
}

/**
 * Settles an open promise; null when it was settled meanwhile (another run got there first),
 * so each change is made, audited and announced once.
 */
export async function settlePromise(
  db: DbOrTrx,
  id: number,
  change: { status: 'kept' | 'partially_kept' | 'broken'; received: number; at: Date },
): Promise<{ id: number } | null> {
  const row = await db
    .updateTable('promises')
    .set({ status: change.status, received: change.received, resolved_at: change.at })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .returning('id')
    .executeTakeFirst();
  return row ?? null;
}

/** The key of the latest posted daily list part that shows the item: where its news belongs. */
export async function latestListPartOf(db: DbOrTrx, itemId: number): Promise<string | null> {
  const row = await db
    .selectFrom('list_messages')
    .select('key')
    .where(sql<boolean>`${itemId}::int = ANY(item_ids)`)
    .orderBy('on_date', 'desc')
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.key ?? null;
}

/** Broken promises counted by someone: per customer or per collector (who made the promise). */
export interface BrokenCountFilter {
  teamId: number;
  /** Inclusive bounds on when the promise broke. */
  since?: Date;
  until?: Date;
}

async function brokenCounts(
  db: DbOrTrx,
  by: 'pr.customer_id' | 'pr.person_id',
  filter: BrokenCountFilter,
): Promise<Map<number, number>> {
  let query = db
    .selectFrom('promises as pr')
    .innerJoin('receivables as r', 'r.id', 'pr.receivable_id')
    .select([`${by} as key`, sql<number>`count(*)::int`.as('n')])
    .where('pr.status', '=', 'broken')
    .where('r.team_id', '=', filter.teamId)
    .where(by, 'is not', null);
  if (filter.since) query = query.where('pr.resolved_at', '>=', filter.since);
  if (filter.until) query = query.where('pr.resolved_at', '<=', filter.until);
  const rows = await query.groupBy(by).execute();
  return new Map(rows.map((r) => [r.key as number, r.n]));
}

/** How many promises each customer of a team has broken (optionally within a period). */
export function brokenPromisesByCustomer(
  db: DbOrTrx,
  filter: BrokenCountFilter,
): Promise<Map<number, number>> {
  return brokenCounts(db, 'pr.customer_id', filter);
}

/** How many promises logged by each collector of a team were broken (optionally within a period). */
export function brokenPromisesByCollector(
  db: DbOrTrx,
  filter: BrokenCountFilter,
): Promise<Map<number, number>> {
  return brokenCounts(db, 'pr.person_id', filter);
}
