/**
 * Calendar dates without a time of day, as 'YYYY-MM-DD' strings.
 *
 * Receivables are due on a date, not at an instant: a date is always read in the team's
 * timezone, so the arithmetic here is day counting in dayjs's UTC mode (see `dayjs.ts`), with
 * no clocks involved. Functions taking a `LocalDate` expect a valid one (check input with
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

import {
  daysFrom,
  isCalendarDate,
  isoWeekMonday,
  knowsTimeZone,
  monthEndOf,
  plusDays,
  plusMonths,
  wallClockIn,
  weekdayOf,
} from './dayjs.js';

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
  return ISO_DATE.test(text) && isCalendarDate(text);
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

/** The date `days` days after (or, when negative, before) the given one. */
export function addDays(date: LocalDate, days: number): LocalDate {
  return plusDays(date, days);
}

/** Whole days from `b` to `a` (a − b): positive when `a` is later, e.g. diffDays(today, due). */
export function diffDays(a: LocalDate, b: LocalDate): number {
  return daysFrom(a, b);
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
  return weekdayOf(date) as DayOfWeek;
}

/** Whether a date falls on Saturday or Sunday. */
export function isWeekend(date: LocalDate): boolean {
  const dow = dayOfWeek(date);
  return dow === 0 || dow === 6;
}

/** The Monday of the week containing the date (weeks run Monday to Sunday, as at work). */
export function startOfWeek(date: LocalDate): LocalDate {
  return isoWeekMonday(date);
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
  return monthEndOf(date);
}

/** The same day `months` months later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: LocalDate, months: number): LocalDate {
  return plusMonths(date, months);
}

/** Whether the IANA timezone name is known to this runtime (e.g. 'Asia/Shanghai'). */
export function isValidTimeZone(timeZone: string): boolean {
  return knowsTimeZone(timeZone);
}

/** The calendar date an instant falls on in an IANA timezone (the zone must be valid). */
export function localDateIn(instant: Date, timeZone: string): LocalDate {
  return wallClockIn(instant, timeZone).date;
}
