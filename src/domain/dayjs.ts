/**
 * The one place dayjs is used. Calendar dates are handled in dayjs's UTC mode (midnight UTC,
 * where no daylight-saving change can shift a day); a team's timezone only turns an instant
 * into its date and wall-clock time, and back. Everything else in the code goes through
 * `local-date.ts` and `local-time.ts`, which speak plain 'YYYY-MM-DD' and 'HH:MM' strings.
 */
import dayjs, { type Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';
import isoWeek from 'dayjs/plugin/isoWeek.js';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.extend(customParseFormat);
dayjs.extend(isoWeek);

const DATE = 'YYYY-MM-DD';

/** A valid 'YYYY-MM-DD' date as a dayjs value at midnight UTC. */
function calendarDay(date: string): Dayjs {
  return dayjs.utc(date);
}

const DAY_MS = 86_400_000;
// Reports and lists count days between the same few thousand dates millions of times; dayjs
// parses and formats on every call, so each date's day number is worked out by dayjs once.
const CACHE_LIMIT = 200_000;
const dayNumbers = new Map<string, number>();
const datesByNumber = new Map<number, string>();

function remember<K, V>(cache: Map<K, V>, key: K, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/** Days since 1970-01-01 of a valid date (NaN for an invalid one, which is never cached). */
function dayNumber(date: string): number {
  const known = dayNumbers.get(date);
  if (known !== undefined) return known;
  const n = Math.round(calendarDay(date).valueOf() / DAY_MS);
  return Number.isNaN(n) ? n : remember(dayNumbers, date, n);
}

/** The date of a day number, formatted by dayjs. */
function dateOfNumber(n: number): string {
  const known = datesByNumber.get(n);
  if (known !== undefined) return known;
  return remember(datesByNumber, n, dayjs.utc(n * DAY_MS).format(DATE));
}

/** Whether the text is an existing date in exactly the 'YYYY-MM-DD' form (strict parse). */
export function isCalendarDate(text: string): boolean {
  return dayjs.utc(text, DATE, true).isValid();
}

/** The date `days` days after (negative: before) `date`. */
export function plusDays(date: string, days: number): string {
  const n = dayNumber(date);
  return Number.isNaN(n) ? calendarDay(date).add(days, 'day').format(DATE) : dateOfNumber(n + days);
}

/** Whole days from `b` to `a`. */
export function daysFrom(a: string, b: string): number {
  const diff = dayNumber(a) - dayNumber(b);
  return Number.isNaN(diff) ? calendarDay(a).diff(calendarDay(b), 'day') : diff;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  return calendarDay(date).day();
}

/** The Monday of the ISO week containing `date`. */
export function isoWeekMonday(date: string): string {
  return calendarDay(date).startOf('isoWeek').format(DATE);
}

/** The ISO week number and its year (weeks run Monday to Sunday; week 1 holds the first Thursday). */
export function isoWeekOf(date: string): { year: number; week: number } {
  const day = calendarDay(date);
  return { year: day.isoWeekYear(), week: day.isoWeek() };
}

/** The last day of the month of `date`. */
export function monthEndOf(date: string): string {
  return calendarDay(date).endOf('month').format(DATE);
}

/** The same day `months` months later, clamped to that month's end. */
export function plusMonths(date: string, months: number): string {
  return calendarDay(date).add(months, 'month').format(DATE);
}

const HOUR_MS = 3_600_000;
// dayjs's timezone plugin asks Intl on every call; a zone's offset only changes on the hour, so
// it is asked once per zone and hour, and the wall clock is that offset applied in UTC mode.
const offsets = new Map<string, number>();
const instants = new Map<string, number>();

/** Minutes the timezone's clocks are ahead of UTC during the hour holding `ms`. */
function offsetMinutes(ms: number, timeZone: string): number {
  const key = `${timeZone} ${Math.floor(ms / HOUR_MS)}`;
  const known = offsets.get(key);
  if (known !== undefined) return known;
  return remember(offsets, key, dayjs(ms).tz(timeZone).utcOffset());
}

/** The date and 'HH:MM:ss' wall-clock time an instant shows in an IANA timezone. */
export function wallClockIn(
  instant: Date,
  timeZone: string,
): { date: string; time: string; seconds: number } {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) {
    const shown = dayjs(instant).tz(timeZone);
    return { date: shown.format(DATE), time: shown.format('HH:mm'), seconds: shown.second() };
  }
  // Lists show thousands of instants: the date comes from the day-number cache, the clock from arithmetic.
  const local = ms + offsetMinutes(ms, timeZone) * 60_000;
  const day = Math.floor(local / DAY_MS);
  const inDay = local - day * DAY_MS;
  const hours = Math.floor(inDay / HOUR_MS);
  const minutes = Math.floor((inDay % HOUR_MS) / 60_000);
  const time = `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
  return { date: dateOfNumber(day), time, seconds: Math.floor((inDay % 60_000) / 1000) };
}

/** The instant a timezone's clocks show `date` `time`. */
export function instantOf(date: string, time: string, timeZone: string): Date {
  const key = `${date} ${time} ${timeZone}`;
  const known = instants.get(key);
  if (known !== undefined) return new Date(known);
  const at = dayjs.tz(`${date} ${time}`, 'YYYY-MM-DD HH:mm', timeZone).toDate();
  if (!Number.isNaN(at.getTime())) remember(instants, key, at.getTime());
  return at;
}

/** Whether dayjs (through Intl) knows the IANA timezone. */
export function knowsTimeZone(timeZone: string): boolean {
  try {
    dayjs().tz(timeZone);
    return true;
  } catch {
    return false;
  }
}
