import type { DbOrTrx } from '../../db/connect.js';
import type { TeamRow } from '../../db/schema/index.js';
import type { WorkingCalendar } from '../../domain/calendar.js';
import { addDays, type LocalDate, localDateIn, startOfWeek } from '../../domain/local-date.js';
import { instantAt } from '../../domain/local-time.js';
import { type CheckInWeek, checkInWeek } from '../../domain/week.js';
import type { Logger } from '../../logger.js';
import { loadTeamCalendar } from '../team-calendar.js';
import { readTeamSettings, type TeamSettings } from '../team-settings.js';

/** A team's week as the check-ins see it: its days, its times and where "now" falls. */
export interface TeamWeek {
  team: TeamRow;
  settings: TeamSettings;
  today: LocalDate;
  /** The Monday of the week meant; the week may have no check-in days. */
  weekStart: LocalDate;
  week: CheckInWeek | null;
}

/** The check-in days of the week containing `date` by the team's calendar. */
export function weekOf(calendar: WorkingCalendar, date: LocalDate): CheckInWeek | null {
  return checkInWeek(date, (d) => calendar.isWorkingDay(d));
}

/**
 * The week a person plans for now: the current one, or (`upcoming`) the next once this one's plan
 * has closed at the result check-in, so Friday evening and the weekend plan ahead.
 */
export async function planningWeek(
  db: DbOrTrx,
  logger: Logger,
  teamId: number,
  now: Date,
  next: 'current' | 'upcoming',
): Promise<TeamWeek> {
  const team = await db.selectFrom('teams').selectAll().where('id', '=', teamId).executeTakeFirstOrThrow();
  const calendar = await loadTeamCalendar(db, team, logger);
  const today = localDateIn(now, team.timezone);
  const settings = readTeamSettings(team.settings);
  const current: TeamWeek = {
    team,
    settings,
    today,
    weekStart: startOfWeek(today),
    week: weekOf(calendar, today),
  };
  if (next === 'current' || planOpen(current, now)) return current;
  const weekStart = addDays(current.weekStart, 7);
  return { ...current, weekStart, week: weekOf(calendar, weekStart) };
}

/** Whether the plan of this week can still change: until the result check-in starts. */
export function planOpen(tw: TeamWeek, now: Date): boolean {
  if (!tw.week) return false;
  return now < instantAt(tw.week.resultDay, tw.settings.resultTime, tw.team.timezone);
}
