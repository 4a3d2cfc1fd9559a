import type { DbOrTrx } from '../../db/connect.js';
import { type ActiveLeave, leavesOn } from '../../db/repositories/leave.repository.js';

/** A collector of the team and, when away on the day, their leave. */
export interface TeamCollector {
  id: number;
  name: string;
  leave: ActiveLeave | null;
}

/** The team's active collectors by name, each with the leave in force on `date`. */
export async function teamCollectors(db: DbOrTrx, teamId: number, date: string): Promise<TeamCollector[]> {
  const people = await db
    .selectFrom('people')
    .select(['id', 'name'])
    .where('team_id', '=', teamId)
    .where('role', '=', 'collector')
    .where('active', '=', true)
    .orderBy('name')
    .orderBy('id')
    .execute();
  const leaves = await leavesOn(
    db,
    date,
    people.map((p) => p.id),
  );
  return people.map((p) => ({ ...p, leave: leaves.get(p.id) ?? null }));
}
