import type { DbOrTrx } from '../connect.js';

/** A team's own working-day exceptions, oldest first. */
export async function listCalendarOverrides(
  db: DbOrTrx,
  teamId: number,
): Promise<{ date: string; working: boolean }[]> {
  return db
    .selectFrom('calendar_overrides')
    .select(['date', 'working'])
    .where('team_id', '=', teamId)
    .orderBy('date')
    .execute();
}
