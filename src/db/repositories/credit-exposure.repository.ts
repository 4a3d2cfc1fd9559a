import { sql } from 'kysely';
import type { CreditExposure } from '../../domain/credit-hold.js';
import type { LocalDate } from '../../domain/local-date.js';
import type { DbOrTrx } from '../connect.js';

/** Whose exposure to read: a whole team, or the named customers. */
export type ExposureScope = { teamId: number } | { customerIds: readonly number[] };

/**
 * Each customer's whole open balance in its limit's currency and its oldest overdue item, summed
 * in the database over every open item, whatever part of them a view shows.
 */
export async function creditExposures(
  db: DbOrTrx,
  scope: ExposureScope,
  today: LocalDate,
  timezone: string,
): Promise<Map<number, CreditExposure>> {
  if ('customerIds' in scope && scope.customerIds.length === 0) return new Map();
  // A customer's receivables carry its team (the ledger import sets it), so a whole team's
  // balances come from the team's open-items index instead of a scan of every receivable.
  const customers =
    'teamId' in scope ? sql`c.team_id = ${scope.teamId}` : sql`c.id = ANY(${[...scope.customerIds]}::int[])`;
  const items =
    'teamId' in scope
      ? sql`r.team_id = ${scope.teamId}`
      : sql`r.customer_id = ANY(${[...scope.customerIds]}::int[])`;
  const { rows } = await sql<{
    id: number;
    status: string;
    credit_limit: number;
    credit_currency: string;
    exposure: number;
    oldest_invoice: string | null;
    oldest_due: string | null;
    hold_by: string | null;
    hold_on: string | null;
  }>`
    WITH open_items AS (
      SELECT r.customer_id, r.currency, sum(r.outstanding) AS outstanding,
        (array_agg(r.invoice_no ORDER BY r.due_on, r.id) FILTER (WHERE r.due_on < ${today}::date))[1]
          AS oldest_invoice,
        (array_agg(r.id ORDER BY r.due_on, r.id) FILTER (WHERE r.due_on < ${today}::date))[1] AS oldest_id,
        min(r.due_on) FILTER (WHERE r.due_on < ${today}::date) AS oldest_due
      FROM receivables r
      WHERE ${items} AND r.status = 'open' AND r.outstanding > 0
      GROUP BY r.customer_id, r.currency)
    SELECT c.id, c.status, c.credit_limit, c.credit_currency,
      coalesce(sum(o.outstanding) FILTER (WHERE o.currency = c.credit_currency), 0)::bigint AS exposure,
      (array_agg(o.oldest_invoice ORDER BY o.oldest_due, o.oldest_id) FILTER (WHERE o.oldest_due IS NOT NULL))[1]
        AS oldest_invoice,
      min(o.oldest_due) AS oldest_due,
      p.name AS hold_by,
      (c.hold_set_at AT TIME ZONE ${timezone})::date AS hold_on
    FROM customers c
    LEFT JOIN open_items o ON o.customer_id = c.id
    LEFT JOIN people p ON p.id = c.hold_set_by
    WHERE ${customers}
    GROUP BY c.id, p.name`.execute(db);
  return new Map(
    rows.map((r) => [
      r.id,
      {
        customerId: r.id,
        status: r.status,
        creditLimit: r.credit_limit,
        creditCurrency: r.credit_currency,
        exposure: r.exposure,
        oldestInvoiceNo: r.oldest_invoice,
        oldestDueOn: r.oldest_due,
        manualBy: r.hold_by,
        manualOn: r.hold_on,
      },
    ]),
  );
}
