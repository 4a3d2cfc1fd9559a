/**
 * A team's working-day calendar: when reminders go out, how many working days a collector
 * has, and when "the next working day" is.
 */
import { cnDayStatus, hasCnHolidayData } from './cn-holidays.js';
import { addDays, compareLocalDate, isWeekend, type LocalDate } from './local-date.js';

/** 'cn': Chinese public holidays and 调休 working days; 'weekdays': plain Monday to Friday. */
export type CalendarKind = 'cn' | 'weekdays';

/** A team's own exception for one date; it wins over the official schedule and the weekend. */
export interface CalendarOverride {
  date: LocalDate;
  working: boolean;
}

/** How to build a team calendar. */
export interface CalendarOptions {
  /** Defaults to 'cn'. */
  kind?: CalendarKind;
  overrides?: readonly CalendarOverride[];
  /** Told (once per year per calendar) that a year has no official data and Mon–Fri is used. */
  onFallback?: (year: number) => void;
}

/** Working-day arithmetic for one team. */
export interface WorkingCalendar {
  readonly kind: CalendarKind;
  /** Whether people work on that date. */
  isWorkingDay(date: LocalDate): boolean;
  /** The first working day after `from` (or `from` itself when `inclusive` and it is working). */
  nextWorkingDay(from: LocalDate, inclusive?: boolean): LocalDate;
  /** The last working day before `from` (or `from` itself when `inclusive` and it is working). */
  previousWorkingDay(from: LocalDate, inclusive?: boolean): LocalDate;
  /** The n-th working day after `date` (before it when n < 0); `date` itself when n = 0. */
  addWorkingDays(date: LocalDate, n: number): LocalDate;
  /** Working days d with a < d ≤ b; negated when b is before a. */
  workingDaysBetween(a: LocalDate, b: LocalDate): number;
}

/** Builds a team calendar from its kind, its overrides and a fallback notifier. */
export function createCalendar(options: CalendarOptions = {}): WorkingCalendar {
  const kind: CalendarKind = options.kind ?? 'cn';
  const overrides = new Map<LocalDate, boolean>();
  for (const o of options.overrides ?? []) overrides.set(o.date, o.working);
  const reportedYears = new Set<number>();

  const isWorkingDay = (date: LocalDate): boolean => {
    const override = overrides.get(date);
    if (override !== undefined) return override;
    if (kind === 'cn') {
      const year = Number(date.slice(0, 4));
      if (hasCnHolidayData(year)) {
        const status = cnDayStatus(date);
        if (status === 'holiday') return false;
        if (status === 'adjusted_working_day') return true;
      } else if (!reportedYears.has(year)) {
        // Told once per year so the log says the schedule is missing without repeating it on
        // every date looked up.
        reportedYears.add(year);
        options.onFallback?.(year);
      }
    }
    return !isWeekend(date);
  };

  const step = (from: LocalDate, direction: 1 | -1, inclusive: boolean): LocalDate => {
    let d = inclusive ? from : addDays(from, direction);
    // Terminates: overrides are finite and no official holiday run lasts more than a few weeks.
    while (!isWorkingDay(d)) d = addDays(d, direction);
    return d;
  };

  const countUpTo = (a: LocalDate, b: LocalDate): number => {
    let count = 0;
    for (let d = addDays(a, 1); compareLocalDate(d, b) <= 0; d = addDays(d, 1)) {
      if (isWorkingDay(d)) count += 1;
    }
    return count;
  };

  return {
    kind,
    isWorkingDay,
    nextWorkingDay: (from, inclusive = false) => step(from, 1, inclusive),
    previousWorkingDay: (from, inclusive = false) => step(from, -1, inclusive),
    addWorkingDays: (date, n) => {
      if (!Number.isSafeInteger(n)) throw new RangeError(`Working-day count must be an integer: ${n}`);
      let d = date;
      const direction = n < 0 ? -1 : 1;
      for (let i = 0; i < Math.abs(n); i += 1) d = step(d, direction, false);
      return d;
    },
    workingDaysBetween: (a, b) => (compareLocalDate(a, b) <= 0 ? countUpTo(a, b) : -countUpTo(b, a)),
  };
}
