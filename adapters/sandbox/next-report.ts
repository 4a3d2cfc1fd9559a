import type { TeamSettings } from '../../src/app/team-settings.js';
import { weekOf } from '../../src/app/weekly/team-week.js';
import type { WorkingCalendar } from '../../src/domain/calendar.js';
import { addDays, addMonths, localDateIn, startOfMonth } from '../../src/domain/local-date.js';
import { instantAt } from '../../src/domain/local-time.js';

/** Far enough to step over a week without working days (Golden Week). */
const HORIZON_DAYS = 21;

/** The next time the weekly report goes out after `now`: the week's last working day at its time. */
export function nextWeeklyReport(
  calendar: WorkingCalendar,
  settings: TeamSettings,
  timezone: string,
  now: Date,
): Date | null {
  const today = localDateIn(now, timezone);
  for (let i = 0; i < HORIZON_DAYS; i++) {
    const day = addDays(today, i);
    if (weekOf(calendar, day)?.resultDay !== day) continue;
    const at = instantAt(day, settings.weeklyReportTime, timezone);
    if (at > now) return at;
  }
  return null;
}

/** The next time the monthly report goes out after `now`: the month's first working day at its time. */
export function nextMonthlyReport(
  calendar: WorkingCalendar,
  settings: TeamSettings,
  timezone: string,
  now: Date,
): Date {
  const month = startOfMonth(localDateIn(now, timezone));
  for (const first of [month, addMonths(month, 1)]) {
    const at = instantAt(calendar.nextWorkingDay(first, true), settings.monthlyReportTime, timezone);
    if (at > now) return at;
  }
  return instantAt(calendar.nextWorkingDay(addMonths(month, 2), true), settings.monthlyReportTime, timezone);
}
