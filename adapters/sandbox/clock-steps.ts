import { readTeamSettings, type TeamSettings } from '../../src/app/team-settings.js';
import { addDays, compareLocalDate, localDateIn } from '../../src/domain/local-date.js';
import { instantAt } from '../../src/domain/local-time.js';

/** A job as the clock control needs it: its name and its time of day from the team's settings. */
export interface TimedJob {
  name: string;
  timeOf(settings: TeamSettings): string;
}

/**
 * Every instant in (from, to] at which some team's job falls due, oldest first, so moving the
 * clock can stop at each and run what a real day would have run in order.
 */
export function dueInstantsBetween(
  teams: readonly { timezone: string; settings: unknown }[],
  jobs: readonly TimedJob[],
  from: Date,
  to: Date,
): Date[] {
  const times = new Set<number>();
  for (const team of teams) {
    const settings = readTeamSettings(team.settings);
    const last = localDateIn(to, team.timezone);
    for (
      let day = localDateIn(from, team.timezone);
      compareLocalDate(day, last) <= 0;
      day = addDays(day, 1)
    ) {
      for (const job of jobs) {
        const at = instantAt(day, job.timeOf(settings), team.timezone);
        if (at > from && at <= to) times.add(at.getTime());
      }
    }
  }
  return [...times].sort((a, b) => a - b).map((t) => new Date(t));
}
