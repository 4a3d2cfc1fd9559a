import { sql } from 'kysely';
import type { DbOrTrx } from '../connect.js';

/** What deciding and announcing a customer's escalation needs to know about them. */
export interface EscalationSubject {
  id: number;
  name: string;
  status: string;
  teamId: number;
  ownerId: number | null;
  step: string | null;
  escalatedAt: Date | null;
  /** Days the customer's oldest open item is overdue (0 or less when nothing is). */
  maxDaysOverdue: number;
}

/** The customer with their persisted step and the age of their oldest open item on `today`. */
export async function escalationSubject(
  db: DbOrTrx,
  customerId: number,
  today: string,
): Promise<EscalationSubject | null> {
  const row = await db
    .selectFrom('customers as c')
    .select([
      'c.id',
      'c.name',
      'c.status',
      'c.team_id',
      'c.owner_id',
      'c.escalation_step',
      'c.escalated_at',
      sql<number | null>`(SELECT (${today}::date - min(r.due_on))::int FROM receivables r
        WHERE r.customer_id = c.id AND r.status = 'open' AND r.outstanding > 0)`.as('max_days'),
    ])
    .where('c.id', '=', customerId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    teamId: row.team_id,
    ownerId: row.owner_id,
    step: row.escalation_step,
    escalatedAt: row.escalated_at,
    maxDaysOverdue: row.max_days ?? 0,
  };
}

/**
 * Customers of a team who may have struck out: at least `strikes` broken promises or failed
 * contacts since their last escalation. A cheap filter; the exact rule runs on each.
 */
export async function strikeCandidates(db: DbOrTrx, teamId: number, strikes: number): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`
    SELECT c.id FROM customers c
    WHERE c.team_id = ${teamId} AND c.status NOT IN ('legal', 'written_off')
      AND ((SELECT count(*) FROM commitments p WHERE p.customer_id = c.id AND p.status = 'broken'
             AND (c.escalated_at IS NULL OR p.resolved_at > c.escalated_at)) >= ${strikes}
        OR (SELECT count(*) FROM follow_ups f WHERE f.customer_id = c.id AND f.outcome = 'no_contact'
             AND (c.escalated_at IS NULL OR f.created_at > c.escalated_at)) >= ${strikes})
    ORDER BY c.id`.execute(db);
  return rows.map((r) => r.id);
}

/** One escalation to record: the customer moves from one step to the next because of these strikes. */
export interface NewEscalation {
  customerId: number;
  teamId: number;
  fromStep: string;
  toStep: string;
  reasons: string[];
  brokenInARow: number;
  failedInARow: number;
  promiseIds: number[];
  followUpIds: number[];
  managerId: number | null;
  at: Date;
}

/** Records the escalation and raises the customer's step; returns the escalation's id. */
export async function recordEscalation(db: DbOrTrx, e: NewEscalation): Promise<number> {
  const row = await db
    .insertInto('escalations')
    .values({
      customer_id: e.customerId,
      team_id: e.teamId,
      from_step: e.fromStep,
      to_step: e.toStep,
      reasons: e.reasons,
      broken_in_a_row: e.brokenInARow,
      failed_in_a_row: e.failedInARow,
      promise_ids: e.promiseIds,
      follow_up_ids: e.followUpIds,
      manager_id: e.managerId,
      created_at: e.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .updateTable('customers')
    .set({
      escalation_step: e.toStep,
      escalated_at: e.at,
      escalation_reason: e.reasons.join(','),
      updated_at: e.at,
    })
    .where('id', '=', e.customerId)
    .execute();
  return row.id;
}

/** Who hears about a collector's customer: their manager, else the team's first active manager. */
export async function managerFor(
  db: DbOrTrx,
  personId: number | null,
  teamId: number,
): Promise<number | null> {
  if (personId !== null) {
    const row = await db
      .selectFrom('people')
      .select('manager_id')
      .where('id', '=', personId)
      .executeTakeFirst();
    if (row?.manager_id) return row.manager_id;
  }
  const fallback = await db
    .selectFrom('people')
    .select('id')
    .where('team_id', '=', teamId)
    .where('role', '=', 'manager')
    .where('active', '=', true)
    .orderBy('id')
    .executeTakeFirst();
  return fallback?.id ?? null;
}
