/**
 * Calendar dates without a time of day, as 'YYYY-MM-DD' strings.
 *
 * Receivables are due on a date, not at an instant: a date is always read in the team's
 * timezone, so the arithmetic here is plain proleptic-Gregorian day counting with no clocks
 * involved. Functions taking a `LocalDate` expect a valid one (check input with
 * `isValidLocalDate` at the boundary).
 */

/** A calendar date in ISO form, e.g. '2026-12-01'. */
export type LocalDate = string;

/** Day of the week, 0 = Sunday … 6 = Saturday (same numbering as `Date#getUTCDay`). */
export type DayOfWeek = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Year, month (1–12) and day (1–31) of a date. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a year has 29 February. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether the text is an existing date written exactly as 'YYYY-MM-DD'. */
export function isValidLocalDate(text: string): text is LocalDate {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Builds a date from parts, or null when such a day does not exist (e.g. 2 Feb 30). */
export function localDateFromParts(year: number, month: number, day: number): LocalDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Splits a date into year, month and day numbers. */
export function localDateParts(date: LocalDate): DateParts {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

// Days since 1970-01-01 by Howard Hinnant's days_from_civil: exact integer arithmetic, no
// Date objects, so years before 100 are not remapped the way Date.UTC remaps them.
function toEpochDay(date: LocalDate): number {
  const { year, month, day } = localDateParts(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromEpochDay(epochDay: number): LocalDate {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The date `days` days after (or, when negative, before) the given one. */
export function addDays(date: LocalDate, days: number): LocalDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Whole days from `b` to `a` (a − b): positive when `a` is later, e.g. diffDays(today, due). */
export function diffDays(a: LocalDate, b: LocalDate): number {
  return toEpochDay(a) - toEpochDay(b);
}

/** Orders two dates: negative when `a` is earlier, 0 when equal, positive when later. */
export function compareLocalDate(a: LocalDate, b: LocalDate): number {
  // ISO strings of equal width sort chronologically, which keeps this cheap for sorting.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The later of two dates. */
export function maxLocalDate(a: LocalDate, b: LocalDate): LocalDate {
  return a >= b ? a : b;
}

/** The earlier of two dates. */
export function minLocalDate(a: LocalDate, b: LocalDate): LocalDate {
  return a <= b ? a : b;
}

/** Day of the week of a date, 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: LocalDate): DayOfWeek {
  // 1970-01-01 was a Thursday (4).
  return ((((toEpochDay(date) + 4) % 7) + 7) % 7) as DayOfWeek;
}

/** Whether a date falls on Saturday or Sunday. */
export function isWeekend(date: LocalDate): boolean {
  const dow = dayOfWeek(date);
  return dow === 0 || dow === 6;
}

/** The Monday of the week containing the date (weeks run Monday to Sunday, as at work). */
export function startOfWeek(date: LocalDate): LocalDate {
  return addDays(date, -((dayOfWeek(date) + 6) % 7));
}

/** The Sunday that ends the week containing the date. */
export function endOfWeek(date: LocalDate): LocalDate {
  return addDays(startOfWeek(date), 6);
}

/** The first day of the date's month. */
export function startOfMonth(date: LocalDate): LocalDate {
  return `${date.slice(0, 8)}01`;
}

/** The last day of the date's month. */
export function endOfMonth(date: LocalDate): LocalDate {
  const { year, month } = localDateParts(date);
  return `${date.slice(0, 8)}${String(daysInMonth(year, month)).padStart(2, '0')}`;
}

/** The same day `months` months later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const { year, month, day } = localDateParts(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(day, daysInMonth(y, m))).padStart(2, '0')}`;
}

/** Whether the IANA timezone name is known to this runtime (e.g. 'Asia/Shanghai'). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date an instant falls on in an IANA timezone (the zone must be valid). */
export function localDateIn(instant: Date, timeZone: string): LocalDate {
  let fmt = formatters.get(timeZone);
  if (!fmt) {
    // Formatter construction is the slow part of Intl; one per zone is reused for every call.
    // The en-CA short date is already 'YYYY-MM-DD', which spares the slower formatToParts.
    fmt = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      calendar: 'gregory',
      numberingSystem: 'latn',
    });
    formatters.set(timeZone, fmt);
  }
  const text = fmt.format(instant);
  if (ISO_DATE.test(text)) return text;
  const parts = fmt.formatToParts(instant);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  const date = localDateFromParts(get('year'), get('month'), get('day'));
  if (date === null)
    throw new RangeError(`Instant outside the supported date range: ${instant.toISOString()}`);
  return date;
}
