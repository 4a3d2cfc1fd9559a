import { sql } from 'kysely';
import type { CommitmentKind } from '../../domain/commitment.js';
import type { Receipt } from '../../domain/promise-status.js';
import type { DbOrTrx } from '../connect.js';
import type { NewCommitment } from '../schema/index.js';

/** An open money commitment with what settling and announcing it needs: its item, customer and team. */
export interface OpenCommitment {
  id: number;
  kind: Exclude<CommitmentKind, 'next_action'>;
  /** Null for a promise or instalment on the whole customer. */
  itemId: number | null;
  customerId: number;
  customerName: string;
  teamId: number;
  personId: number | null;
  collectorId: number | null;
  invoiceNo: string | null;
  currency: string;
  amount: number;
  dueOn: string;
  madeOn: string;
  planId: number | null;
  instalmentNo: number | null;
}

/** Which commitments to look at: those touching some items (or their customers), or a whole team's. */
export type CommitmentScope = { itemIds: readonly number[] } | { teamId: number };

/** Open money commitments in scope, oldest first; customer-wide ones when any of the customer's items is named. */
export async function listOpenCommitments(db: DbOrTrx, scope: CommitmentScope): Promise<OpenCommitment[]> {
  let query = db
    .selectFrom('commitments as cm')
    .leftJoin('receivables as r', 'r.id', 'cm.receivable_id')
    .innerJoin('customers as c', 'c.id', 'cm.customer_id')
    .leftJoin('people as owner', 'owner.id', 'c.owner_id')
    .select([
      'cm.id',
      'cm.kind',
      'cm.receivable_id',
      'cm.customer_id',
      'c.name as customer_name',
      'cm.team_id',
      'cm.person_id',
      sql<number | null>`coalesce(r.collector_id, c.owner_id)`.as('collector_id'),
      'r.invoice_no',
      'cm.currency',
      'cm.amount',
      'cm.due_on',
      'cm.made_on',
      'cm.plan_id',
      'cm.instalment_no',
    ])
    .where('cm.status', '=', 'open')
    .where('cm.kind', '<>', 'next_action');
  if ('itemIds' in scope) {
    if (scope.itemIds.length === 0) return [];
    const ids = [...scope.itemIds];
    query = query.where(
      sql<boolean>`(cm.receivable_id = ANY(${ids}::int[]) OR (cm.receivable_id IS NULL AND cm.customer_id IN
        (SELECT customer_id FROM receivables WHERE id = ANY(${ids}::int[]))))`,
    );
  } else query = query.where('cm.team_id', '=', scope.teamId);
  const rows = await query.orderBy('cm.id').execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as OpenCommitment['kind'],
    itemId: r.receivable_id,
    customerId: r.customer_id,
    customerName: r.customer_name,
    teamId: r.team_id,
    personId: r.person_id,
    collectorId: r.collector_id,
    invoiceNo: r.invoice_no,
    currency: r.currency as string,
    amount: r.amount as number,
    dueOn: r.due_on,
    madeOn: r.made_on,
    planId: r.plan_id,
    instalmentNo: r.instalment_no,
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

/** The payments allocated to any item of each customer in one currency, dated by arrival. */
export async function customerReceiptsOf(
  db: DbOrTrx,
  customerIds: readonly number[],
): Promise<Map<string, Receipt[]>> {
  const receipts = new Map<string, Receipt[]>();
  if (customerIds.length === 0) return receipts;
  const rows = await db
    .selectFrom('payment_allocations as a')
    .innerJoin('payments as p', 'p.id', 'a.payment_id')
    .innerJoin('receivables as r', 'r.id', 'a.receivable_id')
    .select(['r.customer_id', 'r.currency', 'a.amount', 'p.received_on'])
    .where(sql<boolean>`r.customer_id = ANY(${[...new Set(customerIds)]}::int[])`)
    .execute();
  for (const r of rows) {
    const key = `${r.customer_id}:${r.currency}`;
    const list = receipts.get(key) ?? [];
    list.push({ date: r.received_on, amount: r.amount });
    receipts.set(key, list);
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

/** Records a commitment and returns its id. */
export async function insertCommitment(db: DbOrTrx, row: NewCommitment): Promise<number> {
  const created = await db.insertInto('commitments').values(row).returning('id').executeTakeFirstOrThrow();
  return created.id;
}

/**
 * Cancels the open commitments of the given kinds on an item (or on a customer as a whole when
 * `itemId` is null), superseded by `byId`; returns the ids cancelled.
 */
export async function supersedeOpen(
  db: DbOrTrx,
  where: { itemId: number | null; customerId: number; kinds: readonly CommitmentKind[] },
  byId: number,
  at: Date,
): Promise<number[]> {
  const rows = await db
    .updateTable('commitments')
    .set({ status: 'cancelled', superseded_by: byId, resolved_at: at })
    .where('customer_id', '=', where.customerId)
    .where((eb) =>
      where.itemId === null ? eb('receivable_id', 'is', null) : eb('receivable_id', '=', where.itemId),
    )
    .where('kind', 'in', [...where.kinds])
    .where('status', '=', 'open')
    .where('id', '<>', byId)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Settles an open commitment; null when it was settled meanwhile (another run got there first),
 * so each change is made, audited and announced once.
 */
export async function settleCommitment(
  db: DbOrTrx,
  id: number,
  change: { status: 'kept' | 'partially_kept' | 'broken' | 'cancelled'; received: number; at: Date },
): Promise<{ id: number } | null> {
  const row = await db
    .updateTable('commitments')
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

/** Broken commitments counted by someone: per customer or per collector (who obtained them). */
export interface BrokenCountFilter {
  teamId: number;
  /** Inclusive bounds on when the commitment broke. */
  since?: Date;
  until?: Date;
}

async function brokenCounts(
  db: DbOrTrx,
  by: 'cm.customer_id' | 'cm.person_id',
  filter: BrokenCountFilter,
): Promise<Map<number, number>> {
  let query = db
    .selectFrom('commitments as cm')
    .select([`${by} as key`, sql<number>`count(*)::int`.as('n')])
    .where('cm.status', '=', 'broken')
    .where('cm.team_id', '=', filter.teamId)
    .where(by, 'is not', null);
  if (filter.since) query = query.where('cm.resolved_at', '>=', filter.since);
  if (filter.until) query = query.where('cm.resolved_at', '<=', filter.until);
  const rows = await query.groupBy(by).execute();
  return new Map(rows.map((r) => [r.key as number, r.n]));
}

/** How many commitments each customer of a team has broken (optionally within a period). */
export function brokenPromisesByCustomer(
  db: DbOrTrx,
  filter: BrokenCountFilter,
): Promise<Map<number, number>> {
  return brokenCounts(db, 'cm.customer_id', filter);
}

/** How many commitments obtained by each collector of a team were broken (optionally within a period). */
export function brokenPromisesByCollector(
  db: DbOrTrx,
  filter: BrokenCountFilter,
): Promise<Map<number, number>> {
  return brokenCounts(db, 'cm.person_id', filter);
}

/** Every instalment of the plans, settled or not, in instalment order: receipts fill them in turn. */
export async function planInstalments(
  db: DbOrTrx,
  planIds: readonly number[],
): Promise<Map<number, { id: number; amount: number; dueOn: string }[]>> {
  const plans = new Map<number, { id: number; amount: number; dueOn: string }[]>();
  if (planIds.length === 0) return plans;
  const rows = await db
    .selectFrom('commitments')
    .select(['id', 'plan_id', 'amount', 'due_on'])
    .where(sql<boolean>`plan_id = ANY(${[...new Set(planIds)]}::int[])`)
    .where('status', '<>', 'cancelled')
    .orderBy('plan_id')
    .orderBy('instalment_no')
    .execute();
  for (const r of rows) {
    const list = plans.get(r.plan_id as number) ?? [];
    list.push({ id: r.id, amount: r.amount as number, dueOn: r.due_on });
    plans.set(r.plan_id as number, list);
  }
  return plans;
}

/** The newest commitment on an item other than `kind` (0 when there is none). */
export async function latestCommitmentBesides(
  db: DbOrTrx,
  itemId: number,
  kind: CommitmentKind,
): Promise<number> {
  const row = await db
    .selectFrom('commitments')
    .select('id')
    .where('receivable_id', '=', itemId)
    .where('kind', '!=', kind)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row?.id ?? 0;
}
