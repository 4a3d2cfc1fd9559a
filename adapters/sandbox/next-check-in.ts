import type { TeamSettings } from '../../src/app/team-settings.js';
import { weekOf } from '../../src/app/weekly/team-week.js';
import type { WorkingCalendar } from '../../src/domain/calendar.js';
import { addDays, localDateIn } from '../../src/domain/local-date.js';
import { instantAt } from '../../src/domain/local-time.js';

/** How far ahead to look: a fortnight covers a week without working days (Golden Week). */
const HORIZON_DAYS = 21;

/**
 * The next moment a weekly check-in step is due for the team after `now`: the plan prompt,
 * reminder and summary on the week's first working day, the result steps on its last.
 */
export function nextCheckIn(
  calendar: WorkingCalendar,
  settings: TeamSettings,
  timezone: string,
  now: Date,
): Date | null {
  const today = localDateIn(now, timezone);
  const steps = [
    ['planDay', settings.planTime],
    ['planDay', settings.planReminderTime],
    ['planDay', settings.planSummaryTime],
    ['resultDay', settings.resultTime],
    ['resultDay', settings.resultReminderTime],
    ['resultDay', settings.resultSummaryTime],
  ] as const;
  for (let i = 0; i < HORIZON_DAYS; i++) {
    const day = addDays(today, i);
    const week = weekOf(calendar, day);
    if (!week) continue;
    const due = steps
      .filter(([which]) => week[which] === day)
      .map(([, time]) => instantAt(day, time, timezone))
      .filter((at) => at > now)
      .sort((a, b) => a.getTime() - b.getTime());
    if (due[0]) return due[0];
  }
  return null;
}
