import { sql } from 'kysely';
import type { LedgerItem, LedgerReceipt } from '../../domain/kpi/ledger.js';
import type { DbOrTrx } from '../connect.js';

/** A team's ledger up to a date: every receivable issued by then and every receipt allocated by then. */
export interface TeamLedger {
  items: LedgerItem[];
  receipts: LedgerReceipt[];
}

/**
 * Reads the team's receivables issued on or before `upTo` (an item without an issue date became
 * receivable its payment terms before its due date) and the allocations of payments received on
 * or before `upTo`, dated by the payment's received date: allocations carry no date of their own,
 * and the money counts from the day it arrived. Cancelled and written-off items are left out.
 */
export async function loadTeamLedger(db: DbOrTrx, teamId: number, upTo: string): Promise<TeamLedger> {
  // The two reads are independent: on a pool they overlap, inside a transaction they queue.
  const [items, receipts] = await Promise.all([readItems(db, teamId, upTo), readReceipts(db, teamId, upTo)]);
  return {
    items: items.rows.map((r) => ({
      id: r.id,
      customerId: r.customer_id,
      collectorId: r.collector_id,
      kind: r.kind,
      currency: r.currency,
      amount: Number(r.amount),
      issuedOn: r.issued_on,
      dueOn: r.due_on,
    })),
    receipts: receipts.rows.map((r) => ({
      itemId: r.receivable_id,
      amount: Number(r.amount),
      on: r.received_on,
    })),
  };
}

function readItems(db: DbOrTrx, teamId: number, upTo: string) {
  return sql<{
    id: number;
    customer_id: number;
    collector_id: number | null;
    kind: LedgerItem['kind'];
    currency: string;
    amount: number;
    issued_on: string;
    due_on: string;
  }>`
    SELECT r.id, r.customer_id, r.collector_id, r.kind, r.currency, r.amount,
      COALESCE(r.issued_on, r.due_on - c.payment_terms_days)::text AS issued_on, r.due_on::text AS due_on
    FROM receivables r JOIN customers c ON c.id = r.customer_id
    WHERE r.team_id = ${teamId} AND r.status NOT IN ('cancelled', 'written_off')
      AND COALESCE(r.issued_on, r.due_on - c.payment_terms_days) <= ${upTo}::date
    ORDER BY r.id`.execute(db);
}

function readReceipts(db: DbOrTrx, teamId: number, upTo: string) {
  return sql<{ receivable_id: number; amount: number; received_on: string }>`
    SELECT a.receivable_id, a.amount, p.received_on::text AS received_on
    FROM payment_allocations a
    JOIN payments p ON p.id = a.payment_id
    JOIN receivables r ON r.id = a.receivable_id
    WHERE r.team_id = ${teamId} AND p.received_on <= ${upTo}::date`.execute(db);
}

/** A customer as the reports name it, with its standing today. */
export interface ReportCustomer {
  id: number;
  externalId: string;
  name: string;
  status: string;
  rating: string;
  escalationStep: string | null;
}

/** The team's customers by id. */
export async function loadReportCustomers(db: DbOrTrx, teamId: number): Promise<Map<number, ReportCustomer>> {
  const rows = await db
    .selectFrom('customers')
    .select(['id', 'external_id', 'name', 'status', 'rating', 'escalation_step'])
    .where('team_id', '=', teamId)
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        externalId: r.external_id,
        name: r.name,
        status: r.status,
        rating: r.rating,
        escalationStep: r.escalation_step,
      },
    ]),
  );
}

/** Names of the people the reports mention (collectors of the team and anyone holding its items). */
export async function loadPeopleNames(db: DbOrTrx, ids: readonly number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('people')
    .select(['id', 'name'])
    .where(sql<boolean>`id = ANY(${[...new Set(ids)]}::int[])`)
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
