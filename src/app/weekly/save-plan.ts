import type { DbOrTrx } from '../../db/connect.js';
import { recordAudit } from '../../db/repositories/audit.repository.js';
import { findPlan, type NewPlanLine, planLines, savePlan } from '../../db/repositories/weekly.repository.js';
import type { Actor } from '../actor.js';

/** Stores a person's plan for the week, replacing an earlier one, with the change in the audit log. */
export async function savePlanOf(
  db: DbOrTrx,
  actor: Actor,
  teamId: number,
  weekStart: string,
  lines: readonly NewPlanLine[],
  now: Date,
): Promise<number> {
  const earlier = await findPlan(db, actor.personId, weekStart);
  const before = earlier?.plan_submitted_at
    ? ((await planLines(db, [earlier.id])).get(earlier.id) ?? [])
    : undefined;
  const planId = await savePlan(db, { teamId, personId: actor.personId, weekStart, lines, now });
  await recordAudit(db, {
    at: now,
    actorId: actor.personId,
    actorLabel: 'person',
    action: earlier?.plan_submitted_at ? 'plan.change' : 'plan.submit',
    entity: 'weekly_plan',
    entityId: planId,
    before,
    after: { weekStart, lines },
  });
  return planId;
}
