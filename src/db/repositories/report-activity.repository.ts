import { sql } from 'kysely';
import { addDays } from '../../domain/local-date.js';
import { instantAt } from '../../domain/local-time.js';
import type { DbOrTrx } from '../connect.js';

/** The instants that bound team-local days [from, to], so indexes on created_at can be used. */
export function instants(from: string, to: string, timezone: string): { start: Date; end: Date } {
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
      SELECT person_id, receivable_id, created_at FROM commitments
        WHERE receivable_id IS NOT NULL AND kind <> 'next_action' AND created_at >= ${start} AND created_at < ${end}
      UNION ALL SELECT person_id, receivable_id, created_at FROM follow_ups
        WHERE receivable_id IS NOT NULL AND created_at >= ${start} AND created_at < ${end}
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
