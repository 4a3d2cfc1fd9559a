import { sql } from 'kysely';
import type { DbOrTrx } from '../connect.js';

/** A customer's credit terms and the team it belongs to. */
export interface CustomerCard {
  id: number;
  name: string;
  externalId: string;
  teamId: number;
  timezone: string;
  /** The team's stored rule settings. */
  settings: unknown;
  rating: string;
  creditLimit: number;
  creditCurrency: string;
  termsDays: number;
  status: string;
}

/** One promise to pay as the customer's history shows it. */
export interface PromiseLine {
  /** Null for a promise on the whole customer. */
  invoiceNo: string | null;
  currency: string;
  amount: number;
  promisedOn: string;
  madeOn: string;
  status: string;
}

/** One follow-up as the customer's history shows it. */
export interface FollowUpLine {
  invoiceNo: string | null;
  method: string;
  outcome: string;
  reasonCode: string | null;
  note: string | null;
  personName: string | null;
  at: Date;
}

/** Promise outcomes of a customer, counted over its whole history. */
export interface PromiseCounts {
  kept: number;
  partiallyKept: number;
  broken: number;
  open: number;
}

/** Reads a customer with its team's timezone. */
export async function customerCard(db: DbOrTrx, customerId: number): Promise<CustomerCard | null> {
  const row = await db
    .selectFrom('customers as c')
    .innerJoin('teams as t', 't.id', 'c.team_id')
    .select([
      'c.id',
      'c.name',
      'c.external_id',
      'c.team_id',
      't.timezone',
      't.settings',
      'c.rating',
      'c.credit_limit',
      'c.credit_currency',
      'c.payment_terms_days',
      'c.status',
    ])
    .where('c.id', '=', customerId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    externalId: row.external_id,
    teamId: row.team_id,
    timezone: row.timezone,
    settings: row.settings,
    rating: row.rating,
    creditLimit: row.credit_limit,
    creditCurrency: row.credit_currency,
    termsDays: row.payment_terms_days,
    status: row.status,
  };
}

/** The customer's latest promises, newest first. */
export async function latestPromises(db: DbOrTrx, customerId: number, limit: number): Promise<PromiseLine[]> {
  const rows = await db
    .selectFrom('commitments as p')
    .leftJoin('receivables as r', 'r.id', 'p.receivable_id')
    .select(['r.invoice_no', 'p.currency', 'p.amount', 'p.due_on', 'p.made_on', 'p.status'])
    .where('p.customer_id', '=', customerId)
    .where('p.kind', '=', 'promise')
    .orderBy('p.created_at', 'desc')
    .orderBy('p.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    invoiceNo: r.invoice_no,
    currency: r.currency as string,
    amount: r.amount as number,
    promisedOn: r.due_on,
    madeOn: r.made_on,
    status: r.status,
  }));
}

/** How the customer's promises turned out, in one pass over them. */
export async function promiseCounts(db: DbOrTrx, customerId: number): Promise<PromiseCounts> {
  const row = await db
    .selectFrom('commitments')
    .select([
      sql<number>`count(*) FILTER (WHERE status = 'kept')::int`.as('kept'),
      sql<number>`count(*) FILTER (WHERE status = 'partially_kept')::int`.as('partially_kept'),
      sql<number>`count(*) FILTER (WHERE status = 'broken')::int`.as('broken'),
      sql<number>`count(*) FILTER (WHERE status = 'open')::int`.as('open'),
    ])
    .where('customer_id', '=', customerId)
    .where('kind', '=', 'promise')
    .executeTakeFirstOrThrow();
  return { kept: row.kept, partiallyKept: row.partially_kept, broken: row.broken, open: row.open };
}

/** The customer's latest follow-ups, newest first, with who made them. */
export async function latestFollowUps(
  db: DbOrTrx,
  customerId: number,
  limit: number,
): Promise<FollowUpLine[]> {
  const rows = await db
    .selectFrom('follow_ups as f')
    .leftJoin('receivables as r', 'r.id', 'f.receivable_id')
    .leftJoin('people as p', 'p.id', 'f.person_id')
    .select(['r.invoice_no', 'f.method', 'f.outcome', 'f.reason_code', 'f.note', 'p.name', 'f.created_at'])
    .where('f.customer_id', '=', customerId)
    .orderBy('f.created_at', 'desc')
    .orderBy('f.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    invoiceNo: r.invoice_no,
    method: r.method,
    outcome: r.outcome,
    reasonCode: r.reason_code,
    note: r.note,
    personName: r.name,
    at: r.created_at,
  }));
}
