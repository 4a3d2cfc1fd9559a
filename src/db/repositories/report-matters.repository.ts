import { sql } from 'kysely';
import type { DbOrTrx } from '../connect.js';
import { instants } from './report-activity.repository.js';

// The matters a weekly report lists: escalations of the period, open disputes, claims waiting for finance.

/** A customer moved up the escalation ladder. */
export interface ReportEscalation {
  customerId: number;
  fromStep: string;
  toStep: string;
  on: string;
}

export async function loadEscalations(
  db: DbOrTrx,
  teamId: number,
  from: string,
  to: string,
  timezone: string,
): Promise<ReportEscalation[]> {
  const { rows } = await sql<{ customer_id: number; from_step: string; to_step: string; on: string }>`
    SELECT customer_id, from_step, to_step, (created_at AT TIME ZONE ${timezone})::date::text AS on
    FROM escalations WHERE team_id = ${teamId}
      AND created_at >= ${instants(from, to, timezone).start} AND created_at < ${instants(from, to, timezone).end}
    ORDER BY created_at`.execute(db);
  return rows.map((r) => ({ customerId: r.customer_id, fromStep: r.from_step, toStep: r.to_step, on: r.on }));
}

/** An open disputed item and the day the dispute was first logged. */
export interface ReportDispute {
  itemId: number;
  customerId: number;
  invoiceNo: string;
  currency: string;
  outstanding: number;
  since: string;
  note: string | null;
}

export async function loadOpenDisputes(
  db: DbOrTrx,
  teamId: number,
  timezone: string,
): Promise<ReportDispute[]> {
  const { rows } = await sql<{
    id: number;
    customer_id: number;
    invoice_no: string;
    currency: string;
    outstanding: number;
    since: string;
    dispute_note: string | null;
  }>`
    SELECT r.id, r.customer_id, r.invoice_no, r.currency, r.outstanding, r.dispute_note,
      (COALESCE((SELECT min(f.created_at) FROM follow_ups f WHERE f.receivable_id = r.id AND f.method = 'dispute'),
        r.updated_at) AT TIME ZONE ${timezone})::date::text AS since
    FROM receivables r
    WHERE r.team_id = ${teamId} AND r.status = 'open' AND r.disputed
    ORDER BY since, r.id`.execute(db);
  return rows.map((r) => ({
    itemId: r.id,
    customerId: r.customer_id,
    invoiceNo: r.invoice_no,
    currency: r.currency,
    outstanding: Number(r.outstanding),
    since: r.since,
    note: r.dispute_note,
  }));
}

/** An "already paid" claim waiting for finance. */
export interface ReportClaim {
  itemId: number;
  customerId: number;
  invoiceNo: string;
  currency: string;
  amount: number;
  paidOn: string;
  since: string;
}

export async function loadPendingClaims(
  db: DbOrTrx,
  teamId: number,
  timezone: string,
): Promise<ReportClaim[]> {
  const { rows } = await sql<{
    receivable_id: number;
    customer_id: number;
    invoice_no: string;
    currency: string;
    amount: number;
    paid_on: string;
    since: string;
  }>`
    SELECT pc.receivable_id, r.customer_id, r.invoice_no, pc.currency, pc.amount, pc.paid_on::text AS paid_on,
      (pc.created_at AT TIME ZONE ${timezone})::date::text AS since
    FROM paid_claims pc JOIN receivables r ON r.id = pc.receivable_id
    WHERE r.team_id = ${teamId} AND pc.state = 'pending'
    ORDER BY pc.created_at, pc.id`.execute(db);
  return rows.map((r) => ({
    itemId: r.receivable_id,
    customerId: r.customer_id,
    invoiceNo: r.invoice_no,
    currency: r.currency,
    amount: Number(r.amount),
    paidOn: r.paid_on,
    since: r.since,
  }));
}
