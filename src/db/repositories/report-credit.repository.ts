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
