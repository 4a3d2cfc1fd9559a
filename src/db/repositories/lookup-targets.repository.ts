import { sql } from 'kysely';
import type { DbOrTrx } from '../connect.js';

/** A customer a typed name may mean. */
export interface CustomerMatch {
  id: number;
  name: string;
  externalId: string;
  teamId: number;
}

/** A receivable a typed invoice number or a chosen customer leads to. */
export interface ReceivableMatch {
  id: number;
  invoiceNo: string;
  customerId: number;
  customerName: string;
  teamId: number;
  collectorId: number | null;
  currency: string;
  outstanding: number;
  dueOn: string;
  open: boolean;
}

// Searching the customer table by a typed name reads at most this many rows.
const MAX_CUSTOMERS = 50;

/**
 * Customers a typed name means, limited to a team when `teamId` is given: exact name (ignoring
 * case) or external id first; only when none matches exactly, names containing the text.
 */
export async function findCustomers(
  db: DbOrTrx,
  text: string,
  teamId: number | null,
): Promise<CustomerMatch[]> {
  const lowered = text.toLowerCase();
  const base = () => {
    let q = db.selectFrom('customers').select(['id', 'name', 'external_id', 'team_id']);
    if (teamId !== null) q = q.where('team_id', '=', teamId);
    return q.orderBy('name').orderBy('id').limit(MAX_CUSTOMERS);
  };
  let rows = await base()
    .where((eb) => eb.or([eb(sql`lower(name)`, '=', lowered), eb('external_id', '=', text)]))
    .execute();
  if (rows.length === 0)
    rows = await base()
      // strpos, not LIKE: a typed % or _ is a character to find, not a wildcard.
      .where(sql<boolean>`strpos(lower(name), ${lowered}) > 0`)
      .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, externalId: r.external_id, teamId: r.team_id }));
}

/** Reads a customer by id. */
export async function customerById(db: DbOrTrx, id: number): Promise<CustomerMatch | null> {
  const row = await db
    .selectFrom('customers')
    .select(['id', 'name', 'external_id', 'team_id'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? { id: row.id, name: row.name, externalId: row.external_id, teamId: row.team_id } : null;
}

function receivables(db: DbOrTrx) {
  return db
    .selectFrom('receivables as r')
    .innerJoin('customers as c', 'c.id', 'r.customer_id')
    .select([
      'r.id',
      'r.invoice_no',
      'r.customer_id',
      'c.name as customer_name',
      'r.team_id',
      'r.collector_id',
      'r.currency',
      'r.outstanding',
      'r.due_on',
      'r.status',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof receivables>['execute']>>[number];

const toMatch = (r: Row): ReceivableMatch => ({
  id: r.id,
  invoiceNo: r.invoice_no,
  customerId: r.customer_id,
  customerName: r.customer_name,
  teamId: r.team_id,
  collectorId: r.collector_id,
  currency: r.currency,
  outstanding: r.outstanding,
  dueOn: r.due_on,
  open: r.status === 'open' && r.outstanding > 0,
});

/** Receivables with this invoice number (ignoring case), open or not; invoice numbers are not unique. */
export async function findInvoices(db: DbOrTrx, invoiceNo: string): Promise<ReceivableMatch[]> {
  const rows = await receivables(db)
    .where(sql`lower(r.invoice_no)`, '=', invoiceNo.toLowerCase())
    .orderBy('r.due_on')
    .orderBy('r.id')
    .limit(MAX_CUSTOMERS)
    .execute();
  return rows.map(toMatch);
}

/** A receivable by id, open or not. */
export async function receivableById(db: DbOrTrx, id: number): Promise<ReceivableMatch | null> {
  const row = await receivables(db).where('r.id', '=', id).executeTakeFirst();
  return row ? toMatch(row) : null;
}

/** The open receivables of the given customers, oldest due date first. */
export async function openReceivablesOf(
  db: DbOrTrx,
  customerIds: readonly number[],
): Promise<ReceivableMatch[]> {
  if (customerIds.length === 0) return [];
  const rows = await receivables(db)
    .where('r.customer_id', 'in', [...customerIds])
    .where('r.status', '=', 'open')
    .where('r.outstanding', '>', 0)
    .orderBy('r.due_on')
    .orderBy('r.id')
    .execute();
  return rows.map(toMatch);
}
