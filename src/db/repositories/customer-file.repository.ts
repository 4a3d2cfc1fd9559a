import { sql } from 'kysely';
import type { LocalDate } from '../../domain/local-date.js';
import type { DbOrTrx } from '../connect.js';

/** A person to talk to at the customer. */
export interface ContactLine {
  name: string;
  role: string;
  phone: string | null;
  email: string | null;
}

/** A receipt as the customer's payment history shows it. */
export interface ReceiptLine {
  receivedOn: LocalDate;
  currency: string;
  amount: number;
}

/** One entry of the customer's credit history. */
export interface CreditHistoryLine {
  kind: string;
  detail: Record<string, unknown>;
  personName: string | null;
  at: Date;
}

/** The customer's contacts: those imported for it, then the one on the customer row if it is not among them. */
export async function customerContacts(db: DbOrTrx, customerId: number): Promise<ContactLine[]> {
  const [rows, own] = await Promise.all([
    db
      .selectFrom('customer_contacts')
      .select(['name', 'role', 'phone', 'email'])
      .where('customer_id', '=', customerId)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('customers')
      .select(['contact_name', 'contact_phone', 'contact_email'])
      .where('id', '=', customerId)
      .executeTakeFirst(),
  ]);
  const contacts: ContactLine[] = rows.map((r) => ({ ...r }));
  if (own?.contact_name && !contacts.some((c) => c.name === own.contact_name))
    contacts.push({
      name: own.contact_name,
      role: 'other',
      phone: own.contact_phone,
      email: own.contact_email,
    });
  return contacts;
}

/** The customer's latest receipts, newest first. */
export async function latestReceipts(db: DbOrTrx, customerId: number, limit: number): Promise<ReceiptLine[]> {
  const rows = await db
    .selectFrom('payments')
    .select(['received_on', 'currency', 'amount'])
    .where('customer_id', '=', customerId)
    .orderBy('received_on', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ receivedOn: r.received_on, currency: r.currency, amount: r.amount }));
}

/**
 * Days receipts came after the due date of the items they paid, weighted by amount, over receipts
 * since `since` (early payment counts as on time); null when nothing was paid in that time.
 */
export async function averageDaysLate(
  db: DbOrTrx,
  customerId: number,
  since: LocalDate,
): Promise<number | null> {
  const { rows } = await sql<{ days: number | null }>`
    SELECT round(sum(a.amount::numeric * greatest(p.received_on - r.due_on, 0)) / nullif(sum(a.amount), 0))::int
      AS days
    FROM payment_allocations a
    JOIN payments p ON p.id = a.payment_id
    JOIN receivables r ON r.id = a.receivable_id
    WHERE p.customer_id = ${customerId} AND p.received_on >= ${since}::date`.execute(db);
  return rows[0]?.days ?? null;
}

/** The customer's credit history, newest first. */
export async function creditHistory(
  db: DbOrTrx,
  customerId: number,
  limit: number,
): Promise<CreditHistoryLine[]> {
  const rows = await db
    .selectFrom('credit_history as h')
    .leftJoin('people as p', 'p.id', 'h.person_id')
    .select(['h.kind', 'h.detail', 'p.name', 'h.at'])
    .where('h.customer_id', '=', customerId)
    .orderBy('h.at', 'desc')
    .orderBy('h.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ kind: r.kind, detail: r.detail, personName: r.name, at: r.at }));
}

/** The team's policy for a rating: the longest terms and the default limit it allows. */
export async function ratingPolicy(
  db: DbOrTrx,
  teamId: number,
  rating: string,
): Promise<{ maxTermsDays: number; defaultLimit: number; currency: string } | null> {
  const row = await db
    .selectFrom('rating_policies')
    .select(['max_terms_days', 'default_limit', 'limit_currency'])
    .where('team_id', '=', teamId)
    .where('rating', '=', rating as 'A' | 'B' | 'C' | 'D')
    .executeTakeFirst();
  return row
    ? { maxTermsDays: row.max_terms_days, defaultLimit: row.default_limit, currency: row.limit_currency }
    : null;
}

/** Each customer's contact to call first: the finance contact, else the decision-maker, else any. */
export async function firstContacts(
  db: DbOrTrx,
  customerIds: readonly number[],
): Promise<Map<number, ContactLine>> {
  if (customerIds.length === 0) return new Map();
  const { rows } = await sql<ContactLine & { customer_id: number }>`
    SELECT DISTINCT ON (customer_id) customer_id, name, role, phone, email
    FROM customer_contacts WHERE customer_id = ANY(${[...new Set(customerIds)]}::int[])
    ORDER BY customer_id, CASE role WHEN 'finance' THEN 0 WHEN 'decision_maker' THEN 1 ELSE 2 END, id`.execute(
    db,
  );
  return new Map(
    rows.map((r) => [r.customer_id, { name: r.name, role: r.role, phone: r.phone, email: r.email }]),
  );
}
