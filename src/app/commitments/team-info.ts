import { sql } from 'kysely';
import type { DbOrTrx } from '../../db/connect.js';
import type { TeamRow } from '../../db/schema/index.js';
import { localDateIn } from '../../domain/local-date.js';
import { readTeamSettings, type TeamSettings } from '../team-settings.js';

/** A team with its rules and its own calendar date at the moment of a run. */
export interface TeamToday {
  team: TeamRow;
  settings: TeamSettings;
  today: string;
}

/** The teams by id, each with its settings and team-local today at `now`. */
export async function teamsToday(
  db: DbOrTrx,
  teamIds: readonly number[],
  now: Date,
): Promise<Map<number, TeamToday>> {
  if (teamIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('teams')
    .selectAll()
    .where(sql<boolean>`id = ANY(${[...new Set(teamIds)]}::int[])`)
    .execute();
  return new Map(
    rows.map((team) => [
      team.id,
      { team, settings: readTeamSettings(team.settings), today: localDateIn(now, team.timezone) },
    ]),
  );
}
