import type { DbOrTrx } from '../../src/db/connect.js';

export type RosterRole = 'collector' | 'manager' | 'admin';

/** The nth demo person (by id) with this role, in the team when one is named. */
export async function rosterPerson(
  db: DbOrTrx,
  role: RosterRole,
  teamCode?: string | null,
  nth = 0,
): Promise<{ id: number; email: string; name: string }> {
  let q = db
    .selectFrom('people')
    .leftJoin('teams', 'teams.id', 'people.team_id')
    .select(['people.id', 'people.email', 'people.name'])
    .where('people.role', '=', role);
  if (teamCode) q = q.where('teams.code', '=', teamCode);
  const row = (await q.orderBy('people.id').execute())[nth];
  if (!row) throw new Error(`no ${role} #${nth} in ${teamCode ?? 'any team'}`);
  return row;
}
