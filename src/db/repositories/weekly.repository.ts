import { sql } from 'kysely';
import type { DbOrTrx } from '../connect.js';
import type { PlanOutcome, WeeklyPlanRow } from '../schema/index.js';

/** One line of a weekly plan with its customer's name. */
export interface PlanLine {
  id: number;
  customerId: number;
  customerName: string;
  /** The customer's code (external id), shown beside the name. */
  customerCode: string;
  currency: string;
  planned: number;
  action: string | null;
  actual: number | null;
  ledger: number | null;
  outcome: PlanOutcome | null;
  resultNote: string | null;
}

/** A plan line as the collector submits it. */
export interface NewPlanLine {
  customerId: number;
  currency: string;
  planned: number;
  action: string | null;
}

/** A plan line's result as the collector submits it. */
export interface LineResult {
  lineId: number;
  actual: number;
  ledger: number;
  outcome: PlanOutcome;
  note: string | null;
}

/** A person's plan for the week starting `weekStart`, if they have one. */
export function findPlan(
  db: DbOrTrx,
  personId: number,
  weekStart: string,
): Promise<WeeklyPlanRow | undefined> {
  return db
    .selectFrom('weekly_plans')
    .selectAll()
    .where('person_id', '=', personId)
    .where('week_start', '=', weekStart)
    .executeTakeFirst();
}

/** Every plan of a team's week. */
export function teamPlans(db: DbOrTrx, teamId: number, weekStart: string): Promise<WeeklyPlanRow[]> {
  return db
    .selectFrom('weekly_plans')
    .selectAll()
    .where('team_id', '=', teamId)
    .where('week_start', '=', weekStart)
    .orderBy('id')
    .execute();
}

/** The lines of the given plans in the order they were planned. */
export async function planLines(db: DbOrTrx, planIds: readonly number[]): Promise<Map<number, PlanLine[]>> {
  const lines = new Map<number, PlanLine[]>(planIds.map((id) => [id, []]));
  if (planIds.length === 0) return lines;
  const rows = await db
    .selectFrom('plan_lines as l')
    .innerJoin('customers as c', 'c.id', 'l.customer_id')
    .select([
      'l.id',
      'l.plan_id',
      'l.customer_id',
      'c.name as customer_name',
      'c.external_id as customer_code',
      'l.currency',
      'l.planned_amount',
      'l.action',
      'l.actual_amount',
      'l.ledger_amount',
      'l.outcome',
      'l.result_note',
    ])
    .where(sql<boolean>`l.plan_id = ANY(${[...planIds]}::int[])`)
    .orderBy('l.position')
    .orderBy('l.id')
    .execute();
  for (const r of rows)
    lines.get(r.plan_id)?.push({
      id: r.id,
      customerId: r.customer_id,
      customerName: r.customer_name,
      customerCode: r.customer_code,
      currency: r.currency,
      planned: r.planned_amount,
      action: r.action,
      actual: r.actual_amount,
      ledger: r.ledger_amount,
      outcome: r.outcome,
      resultNote: r.result_note,
    });
  return lines;
}

/** Creates or replaces a person's plan for the week with these lines; returns the plan id. */
export async function savePlan(
  db: DbOrTrx,
  plan: { teamId: number; personId: number; weekStart: string; lines: readonly NewPlanLine[]; now: Date },
): Promise<number> {
  const row = await db
    .insertInto('weekly_plans')
    .values({
      team_id: plan.teamId,
      person_id: plan.personId,
      week_start: plan.weekStart,
      plan_submitted_at: plan.now,
      result_submitted_at: null,
      created_at: plan.now,
    })
    .onConflict((oc) => oc.columns(['person_id', 'week_start']).doUpdateSet({ plan_submitted_at: plan.now }))
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.deleteFrom('plan_lines').where('plan_id', '=', row.id).execute();
  if (plan.lines.length > 0)
    await db
      .insertInto('plan_lines')
      .values(
        plan.lines.map((l, position) => ({
          plan_id: row.id,
          receivable_id: null,
          customer_id: l.customerId,
          currency: l.currency,
          planned_amount: l.planned,
          expected_on: null,
          note: null,
          action: l.action,
          actual_amount: null,
          outcome: null,
          result_note: null,
          position,
        })),
      )
      .execute();
  return row.id;
}

/** Stores the results of a plan's lines and marks the result given. */
export async function saveResults(
  db: DbOrTrx,
  planId: number,
  results: readonly LineResult[],
  now: Date,
): Promise<void> {
  for (const r of results)
    await db
      .updateTable('plan_lines')
      .set({ actual_amount: r.actual, ledger_amount: r.ledger, outcome: r.outcome, result_note: r.note })
      .where('id', '=', r.lineId)
      .where('plan_id', '=', planId)
      .execute();
  await db.updateTable('weekly_plans').set({ result_submitted_at: now }).where('id', '=', planId).execute();
}

/** Closes a team's week: plans and results can no longer change. */
export async function closeWeek(db: DbOrTrx, teamId: number, weekStart: string, now: Date): Promise<void> {
  await db
    .updateTable('weekly_plans')
    .set({ closed_at: now })
    .where('team_id', '=', teamId)
    .where('week_start', '=', weekStart)
    .where('closed_at', 'is', null)
    .execute();
}
