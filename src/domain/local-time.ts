import { instantOf, wallClockIn } from './dayjs.js';
import type { LocalDate } from './local-date.js';

/** Wall-clock time 'HH:MM' (24-hour). */
export type LocalTime = string;

/** The wall-clock time an instant shows in a timezone, as 'HH:MM'. */
export function localTimeIn(instant: Date, timeZone: string): LocalTime {
  return wallClockIn(instant, timeZone).time;
}

/** The instant at which a timezone's clocks show `date` `time` (the earlier one across a DST fold). */
export function instantAt(date: LocalDate, time: LocalTime, timeZone: string): Date {
  return instantOf(date, time, timeZone);
}
