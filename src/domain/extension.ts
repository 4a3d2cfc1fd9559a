/**
 * Pre-due delays: a customer may ask to pay later than the due date. A short delay is the
 * collector's call; one past due + ⌈payment terms / 3⌉ days needs a manager's approval.
 */
import { addDays, compareLocalDate, type LocalDate } from './local-date.js';

/** The latest date a collector may agree to without approval: due + ⌈termsDays / 3⌉ calendar days. */
export function extensionLimit(due: LocalDate, termsDays: number): LocalDate {
  return addDays(due, Math.ceil(Math.max(0, termsDays) / 3));
}

/** Whether moving payment to `newDate` needs a manager's approval. */
export function needsApproval(newDate: LocalDate, due: LocalDate, termsDays: number): boolean {
  return compareLocalDate(newDate, extensionLimit(due, termsDays)) > 0;
}

/**
 * The latest date a collector may accept a promise for without approval: the same span past the
 * due date, or past today once the item is overdue.
 */
export function promiseLimit(due: LocalDate, today: LocalDate, termsDays: number): LocalDate {
  return extensionLimit(compareLocalDate(today, due) > 0 ? today : due, termsDays);
}

/** Whether a promise to pay on `date` goes to the manager for approval. */
export function promiseNeedsApproval(
  date: LocalDate,
  due: LocalDate,
  today: LocalDate,
  termsDays: number,
): boolean {
  return compareLocalDate(date, promiseLimit(due, today, termsDays)) > 0;
}
