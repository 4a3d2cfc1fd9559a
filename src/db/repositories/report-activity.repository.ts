import { sql } from 'kysely';
import { addDays } from '../../domain/local-date.js';
import { instantAt } from '../../domain/local-time.js';
import type { DbOrTrx } from '../connect.js';

/** The instants that bound team-local days [from, to], so indexes on created_at can be used. */
function instants(from: string, to: string, timezone: string): { start: Date; end: Date } {
  return { start: instantAt(from, '00:00', timezone), end: instantAt(addDays(to, 1), '00:00', timezone) };
}

/** A follow-up as the reports count it: who, when (team-local), which item or customer, why. */
export interface ReportFollowUp {
  personId: number | null;
  itemId: number | null;
  customerId: number;
  reasonCode: string | null;
  method: string;
  on: string;
}

/** The team's follow-ups logged in [from, to], team-local dates. */
export async function loadFollowUps(
  db: DbOrTrx,
  teamId: number,
  from: string,
  to: string,
  timezone: string,
): Promise<ReportFollowUp[]> {
  const span = instants(from, to, timezone);
  const { rows } = await sql<{
    person_id: number | null;
    receivable_id: number | null;
    customer_id: number;
    reason_code: string | null;
    method: string;
    on: string;
  }>`
    SELECT f.person_id, f.receivable_id, f.customer_id, f.reason_code, f.method,
      (f.created_at AT TIME ZONE ${timezone})::date::text AS on
    FROM follow_ups f JOIN customers c ON c.id = f.customer_id
    WHERE c.team_id = ${teamId} AND f.created_at >= ${span.start} AND f.created_at < ${span.end}
    ORDER BY f.created_at, f.id`.execute(db);
  return rows.map((r) => ({
    personId: r.person_id,
    itemId: r.receivable_id,
    customerId: r.customer_id,
    reasonCode: r.reason_code,
    method: r.method,
    on: r.on,
  }));
}

/** An answer someone gave on an item (promise, follow-up, due confirmation, paid claim), team-local. */
export interface ReportAnswer {
  personId: number;
  itemId: number;
  on: string;
  /** 'HH:MM' team-local. */
  at: string;
}

/** Every answer given on the team's items in [from, to], for counting those in by the deadline. */
export async function loadAnswers(
  db: DbOrTrx,
  teamId: number,
  from: string,
  to: string,
  timezone: string,
): Promise<ReportAnswer[]> {
  const { start, end } = instants(from, to, timezone);
  const { rows } = await sql<{ person_id: number; receivable_id: number; on: string; at: string }>`
    SELECT a.person_id, a.receivable_id,
      (a.created_at AT TIME ZONE ${timezone})::date::text AS on,
      to_char(a.created_at AT TIME ZONE ${timezone}, 'HH24:MI') AS at
    FROM (
      SELECT person_id, receivable_id, created_at FROM promises WHERE created_at >= ${start} AND created_at < ${end}
      UNION ALL SELECT person_id, receivable_id, created_at FROM follow_ups
        WHERE receivable_id IS NOT NULL AND created_at >= ${start} AND created_at < ${end}
      UNION ALL SELECT person_id, receivable_id, created_at FROM due_confirmations
        WHERE created_at >= ${start} AND created_at < ${end}
      UNION ALL SELECT person_id, receivable_id, created_at FROM paid_claims
        WHERE created_at >= ${start} AND created_at < ${end}
    ) a JOIN receivables r ON r.id = a.receivable_id
    WHERE r.team_id = ${teamId} AND a.person_id IS NOT NULL`.execute(db);
  return rows.map((r) => ({ personId: r.person_id, itemId: r.receivable_id, on: r.on, at: r.at }));
}

/** The last follow-up with a reason on each item, up to the end of `upTo` (team-local). */
export async function lastReasons(
  db: DbOrTrx,
  teamId: number,
  upTo: string,
  timezone: string,
): Promise<{ byItem: Map<number, string>; byCustomer: Map<number, string> }> {
  const { rows } = await sql<{ receivable_id: number | null; customer_id: number; reason_code: string }>`
    SELECT DISTINCT ON (COALESCE(f.receivable_id, -f.customer_id)) f.receivable_id, f.customer_id, f.reason_code
    FROM follow_ups f JOIN customers c ON c.id = f.customer_id
    WHERE c.team_id = ${teamId} AND f.reason_code IS NOT NULL
      AND f.created_at < ${instantAt(addDays(upTo, 1), '00:00', timezone)}
    ORDER BY COALESCE(f.receivable_id, -f.customer_id), f.created_at DESC, f.id DESC`.execute(db);
  const byItem = new Map<number, string>();
  const byCustomer = new Map<number, string>();
  for (const r of rows) {
    if (r.receivable_id !== null) byItem.set(r.receivable_id, r.reason_code);
    else byCustomer.set(r.customer_id, r.reason_code);
  }
  return { byItem, byCustomer };
}

/** A collector's weekly plan score in one currency. */
export interface ReportPlanScore {
  personId: number;
  weekStart: string;
  currency: string;
  planned: number;
  collected: number;
}

/** Weekly scores of the team's collectors for weeks starting in [from, to]. */
export async function loadPlanScores(
  db: DbOrTrx,
  teamId: number,
  from: string,
  to: string,
): Promise<ReportPlanScore[]> {
  const rows = await db
    .selectFrom('weekly_scores as s')
    .innerJoin('weekly_plans as p', 'p.id', 's.plan_id')
    .select(['p.person_id', 'p.week_start', 's.currency', 's.planned', 's.collected'])
    .where('p.team_id', '=', teamId)
    .where('p.week_start', '>=', from)
    .where('p.week_start', '<=', to)
    .execute();
  return rows.map((r) => ({
    personId: r.person_id,
    weekStart: r.week_start,
    currency: r.currency,
    planned: Number(r.planned),
    collected: Number(r.collected),
  }));
}

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
