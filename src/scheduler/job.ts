import type { TeamSettings } from '../app/team-settings.js';
import type { DbOrTrx } from '../db/connect.js';
import type { TeamRow } from '../db/schema/index.js';
import type { WorkingCalendar } from '../domain/calendar.js';
import type { LocalDate } from '../domain/local-date.js';

/** What a scheduled job gets for one team on one day. */
export interface JobContext {
  db: DbOrTrx;
  team: TeamRow;
  settings: TeamSettings;
  calendar: WorkingCalendar;
  today: LocalDate;
  now: Date;
  runKey: string;
}

/** A recurring piece of the collection rhythm, run once per team per working day at a team-set time. */
export interface JobDefinition {
  name: string;
  /** 'HH:MM' in the team's timezone. */
  timeOf(settings: TeamSettings): string;
  /** Days of the week (0 = Sunday) the job runs on; every working day when absent. */
  weekdays?: readonly number[];
  /** Whether the job runs on this working day at all (weekly jobs pick one day of the week). */
  runsOn?(today: LocalDate, calendar: WorkingCalendar): boolean;
  /** Does the work inside the claiming transaction; messages go to the outbox. */
  run(ctx: JobContext): Promise<void>;
}

/** The key that makes a run unique: one per job, team and team-local date. */
export function runKeyOf(job: string, teamId: number, date: LocalDate): string {
  return `${job}:team-${teamId}:${date}`;
}
