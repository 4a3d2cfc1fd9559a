/**
 * The working week of the check-ins: a plan on its first working day, results on its last.
 */
import { addDays, type LocalDate, startOfWeek } from './local-date.js';

/** A week (Monday to Sunday) and the days its check-ins fall on. */
export interface CheckInWeek {
  /** The Monday that names the week. */
  weekStart: LocalDate;
  weekEnd: LocalDate;
  /** First working day: the plan check-in. */
  planDay: LocalDate;
  /** Last working day: the result check-in. */
  resultDay: LocalDate;
}

/** The check-in days of the week containing `date`; null when the week has no working day at all. */
export function checkInWeek(date: LocalDate, isWorkingDay: (d: LocalDate) => boolean): CheckInWeek | null {
  const weekStart = startOfWeek(date);
  const days = Array.from({ length: 7 }, (_, i) => addDays(weekStart, i)).filter(isWorkingDay);
  const planDay = days[0];
  const resultDay = days[days.length - 1];
  if (planDay === undefined || resultDay === undefined) return null;
  return { weekStart, weekEnd: addDays(weekStart, 6), planDay, resultDay };
}

/** Collected over planned in basis points (10000 = 100 %), rounded half up; null when nothing was planned. */
export function achievementBp(planned: number, collected: number): number | null {
  if (planned <= 0) return null;
  return Math.floor((collected * 10_000 + Math.floor(planned / 2)) / planned);
}

/** Basis points as a percentage rounded to one decimal: 4286 → "42.9%". */
export function formatPercent(bp: number | null): string {
  if (bp === null) return '–';
  const tenths = Math.floor((bp + 5) / 10);
  return `${Math.floor(tenths / 10)}.${tenths % 10}%`;
}

/** The outcomes a plan line can have at the result check-in. */
export const PLAN_OUTCOMES = ['collected', 'partial', 'promised_again', 'disputed', 'no_contact'] as const;
export type PlanLineOutcome = (typeof PLAN_OUTCOMES)[number];
