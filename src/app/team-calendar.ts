import type { DbOrTrx } from '../db/connect.js';
import { listCalendarOverrides } from '../db/repositories/calendar.repository.js';
import type { TeamRow } from '../db/schema/index.js';
import { createCalendar, type WorkingCalendar } from '../domain/calendar.js';
import type { Logger } from '../logger.js';

const warnedYears = new Set<number>();

/** The team's working-day calendar: official schedule for its kind plus its own overrides. */
export async function loadTeamCalendar(
  db: DbOrTrx,
  team: Pick<TeamRow, 'id' | 'calendar_kind'>,
  logger: Logger,
): Promise<WorkingCalendar> {
  const overrides = await listCalendarOverrides(db, team.id);
  return createCalendar({
    kind: team.calendar_kind,
    overrides,
    onFallback: (year) => {
      // Once per process and year: every team shares the same gap in the official data.
      if (warnedYears.has(year)) return;
      warnedYears.add(year);
      logger.warn({ year }, `no official holiday data for ${year}: using Monday–Friday as working days`);
    },
  });
}
