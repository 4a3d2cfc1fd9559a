import { sql } from 'kysely';
import type { LocalDate } from '../../domain/local-date.js';
import type { DbOrTrx } from '../connect.js';

/** An approved write-off as the monthly report lists it. */
export interface ReportWriteOff {
  customerName: string;
  invoiceNo: string;
  currency: string;
  amount: number;
  reason: string;
  evidence: string;
  approvedOn: LocalDate;
  proposedBy: string;
  approvedBy: string | null;
}

/** The team's write-offs approved between `from` and `to` (team-local dates), in the order approved. */
export async function loadWriteOffs(
  db: DbOrTrx,
  teamId: number,
  from: LocalDate,
  to: LocalDate,
  timezone: string,
): Promise<ReportWriteOff[]> {
  const { rows } = await sql<ReportWriteOff>`
    SELECT c.name AS "customerName", r.invoice_no AS "invoiceNo", w.currency, w.amount::bigint AS amount,
      w.reason, w.evidence, (w.decided_at AT TIME ZONE ${timezone})::date::text AS "approvedOn",
      p.name AS "proposedBy", d.name AS "approvedBy"
    FROM write_offs w
    JOIN receivables r ON r.id = w.receivable_id
    JOIN customers c ON c.id = w.customer_id
    JOIN people p ON p.id = w.proposed_by
    LEFT JOIN people d ON d.id = w.decided_by
    WHERE w.team_id = ${teamId} AND w.status = 'approved'
      AND (w.decided_at AT TIME ZONE ${timezone})::date BETWEEN ${from}::date AND ${to}::date
    ORDER BY w.decided_at, w.id`.execute(db);
  return rows.map((r) => ({ ...r, amount: Number(r.amount) }));
}

/** A customer whose terms or limit exceed what the team's policy allows its rating. */
export interface PolicyMismatch {
  customerName: string;
  externalId: string;
  rating: string;
  termsDays: number;
  maxTermsDays: number;
  currency: string;
  creditLimit: number;
  /** The rating's limit, when it is in the customer's limit currency. */
  ratingLimit: number | null;
}

/** The team's customers (in collection) whose terms or limit exceed their rating's policy. */
export async function loadPolicyMismatches(db: DbOrTrx, teamId: number): Promise<PolicyMismatch[]> {
  const { rows } = await sql<PolicyMismatch>`
    SELECT c.name AS "customerName", c.external_id AS "externalId", c.rating,
      c.payment_terms_days AS "termsDays", rp.max_terms_days AS "maxTermsDays", c.credit_currency AS currency,
      c.credit_limit::bigint AS "creditLimit",
      CASE WHEN rp.limit_currency = c.credit_currency THEN rp.default_limit::bigint END AS "ratingLimit"
    FROM customers c
    JOIN rating_policies rp ON rp.team_id = c.team_id AND rp.rating = c.rating
    WHERE c.team_id = ${teamId} AND c.status NOT IN ('legal', 'written_off')
      AND (c.payment_terms_days > rp.max_terms_days
        OR (rp.limit_currency = c.credit_currency AND c.credit_limit > rp.default_limit))
    ORDER BY c.rating DESC, c.name`.execute(db);
  return rows.map((r) => ({
    ...r,
    creditLimit: Number(r.creditLimit),
    ratingLimit: r.ratingLimit === null ? null : Number(r.ratingLimit),
  }));
}
