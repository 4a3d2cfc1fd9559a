/**
 * Report periods as people write them: an ISO week `2026-W47` or a month `2026-11`.
 */
import {
  addDays,
  compareLocalDate,
  diffDays,
  endOfMonth,
  type LocalDate,
  localDateFromParts,
  startOfWeek,
} from '../local-date.js';

/** A week (Monday to Sunday) or a calendar month. */
export interface ReportPeriod {
  kind: 'week' | 'month';
  /** As written in commands and file names: 2026-W47, 2026-11. */
  label: string;
  start: LocalDate;
  end: LocalDate;
}

export type PeriodReadError = 'period_invalid' | 'period_future';

/** The ISO year and week number of a date (weeks start on Monday; week 1 holds 4 January). */
export function isoWeekOf(date: LocalDate): { year: number; week: number } {
  const thursday = addDays(startOfWeek(date), 3);
  const year = Number(thursday.slice(0, 4));
  const firstMonday = startOfWeek(`${year}-01-04`);
  return { year, week: Math.floor(diffDays(thursday, firstMonday) / 7) + 1 };
}

/** The week period of a date. */
export function weekPeriod(date: LocalDate): ReportPeriod {
  const start = startOfWeek(date);
  const { year, week } = isoWeekOf(date);
  return { kind: 'week', label: `${year}-W${String(week).padStart(2, '0')}`, start, end: addDays(start, 6) };
}

/** The month period of a date. */
export function monthPeriod(date: LocalDate): ReportPeriod {
  const start = `${date.slice(0, 8)}01`;
  return { kind: 'month', label: date.slice(0, 7), start, end: endOfMonth(start) };
}

/** The period before this one of the same kind. */
export function previousPeriod(p: ReportPeriod): ReportPeriod {
  return p.kind === 'week' ? weekPeriod(addDays(p.start, -7)) : monthPeriod(addDays(p.start, -1));
}

/**
 * Reads `2026-W47` (also `2026W47`, `2026-w47`) or `2026-11` (also `2026/11`, `2026年11月`). A
 * period that begins after `today` is refused: it has no figures yet.
 */
export function readPeriod(
  text: string,
  today: LocalDate,
): { ok: true; period: ReportPeriod } | { ok: false; error: PeriodReadError } {
  const t = text.trim();
  let period: ReportPeriod | null = null;
  const week = /^(\d{4})-?[Ww](\d{1,2})$/.exec(t);
  const month = /^(\d{4})(?:[-/]|年)(\d{1,2})月?$/.exec(t);
  if (week) {
    const year = Number(week[1]);
    const n = Number(week[2]);
    const monday = addDays(startOfWeek(`${week[1]}-01-04`), 7 * (n - 1));
    const check = isoWeekOf(monday);
    if (n >= 1 && check.year === year && check.week === n) period = weekPeriod(monday);
  } else if (month) {
    const first = localDateFromParts(Number(month[1]), Number(month[2]), 1);
    if (first) period = monthPeriod(first);
  }
  if (!period) return { ok: false, error: 'period_invalid' };
  if (compareLocalDate(period.start, today) > 0) return { ok: false, error: 'period_future' };
  return { ok: true, period };
}

/** The last day a period's figures are taken on: its end, or today while it is still running. */
export function periodAsOf(p: ReportPeriod, today: LocalDate): LocalDate {
  return compareLocalDate(p.end, today) > 0 ? today : p.end;
}
