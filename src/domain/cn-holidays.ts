/**
 * Official Chinese public holidays and adjusted working days (调休), as published by the
 * State Council and packaged by `chinese-days`.
 *
 * The package's date functions parse through the host's local timezone and can answer for the
 * wrong day on a server west of UTC; its published JSON tables are keyed by plain dates, so
 * the calendar reads those directly.
 */
import data from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import type { LocalDate } from './local-date.js';

const holidays: Readonly<Record<string, string>> = data.holidays;
const workdays: Readonly<Record<string, string>> = data.workdays;

// A year counts as covered once the State Council schedule for it is in the tables; every
// published schedule has at least New Year's Day, so the holiday keys name all covered years.
const coveredYears: ReadonlySet<number> = new Set(Object.keys(holidays).map((d) => Number(d.slice(0, 4))));

/** What the official schedule says about a date: a holiday, a 调休 working day, or nothing. */
export type CnDayStatus = 'holiday' | 'adjusted_working_day' | 'regular';

/** Whether the package has the official holiday schedule for a year. */
export function hasCnHolidayData(year: number): boolean {
  return coveredYears.has(year);
}

/** The years the official holiday schedule covers, ascending. */
export function cnHolidayYears(): number[] {
  return [...coveredYears].sort((a, b) => a - b);
}

/** The official status of a date: public holiday, adjusted working day, or an ordinary day. */
export function cnDayStatus(date: LocalDate): CnDayStatus {
  if (Object.hasOwn(workdays, date)) return 'adjusted_working_day';
  if (Object.hasOwn(holidays, date)) return 'holiday';
  return 'regular';
}

/** The English and Chinese name of the holiday (or the holiday an adjusted working day serves). */
export function cnHolidayName(date: LocalDate): { en: string; zh: string } | null {
  const raw = workdays[date] ?? holidays[date];
  if (raw === undefined) return null;
  // Entries read "National Day,国庆节,3": English name, Chinese name, holiday index.
  const [en = '', zh = ''] = raw.split(',');
  return { en, zh };
}
