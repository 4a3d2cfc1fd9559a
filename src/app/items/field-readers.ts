import { minorDigits } from '../../domain/currency.js';
import { parseDatePhrase } from '../../domain/date-phrase.js';
import type { LocalDate } from '../../domain/local-date.js';
import { parseAmount } from '../../domain/money-parse.js';
import type { Messages } from '../../locale/index.js';
import { money } from '../lists/labels.js';

export type Read<T> = { ok: true; value: T } | { ok: false; error: string };

/** Reads an amount typed into a form for an item in `currency`, at most `max` minor units. */
export function readAmount(
  text: string | undefined,
  currency: string,
  max: number,
  m: Messages,
): Read<number> {
  const input = (text ?? '').trim();
  if (!input) return { ok: false, error: m.errors.required };
  const parsed = parseAmount(input, { minorDigits: minorDigits(currency) });
  if (!parsed.ok) {
    const error =
      parsed.code === 'amount_zero'
        ? m.errors.amountZero
        : parsed.code === 'amount_too_precise'
          ? m.errors.amountTooPrecise(input)
          : parsed.code === 'amount_too_large'
            ? m.errors.amountTooLarge(input)
            : m.errors.amount(input);
    return { ok: false, error };
  }
  if (parsed.currency && parsed.currency !== currency)
    return { ok: false, error: m.errors.amountCurrency(currency) };
  if (parsed.minor > max) return { ok: false, error: m.errors.amountOverOutstanding(money(max, currency)) };
  return { ok: true, value: parsed.minor };
}

/** Reads a date typed into a form; `when` says whether it must lie ahead (promises) or behind (payments). */
export function readDate(
  text: string | undefined,
  today: LocalDate,
  when: 'ahead' | 'behind',
  m: Messages,
  required = true,
): Read<LocalDate | null> {
  const input = (text ?? '').trim();
  if (!input) return required ? { ok: false, error: m.errors.required } : { ok: true, value: null };
  const parsed = parseDatePhrase(input, today, { direction: when === 'ahead' ? 'forward' : 'backward' });
  if (!parsed.ok) {
    if (parsed.code === 'date_passed' && parsed.suggestion)
      return { ok: false, error: m.errors.datePassed(input, parsed.suggestion) };
    return {
      ok: false,
      error: parsed.code === 'date_nonexistent' ? m.errors.dateNonexistent(input) : m.errors.date(input),
    };
  }
  if (when === 'ahead' && parsed.date < today) return { ok: false, error: m.errors.dateInPast(parsed.date) };
  if (when === 'behind' && parsed.date > today)
    return { ok: false, error: m.errors.dateInFuture(parsed.date) };
  return { ok: true, value: parsed.date };
}

/** Reads a choice that must be one of `allowed`. */
export function readChoice<T extends string>(
  text: string | undefined,
  allowed: readonly T[],
  m: Messages,
  required = true,
): Read<T | null> {
  const input = (text ?? '').trim();
  if (!input) return required ? { ok: false, error: m.errors.choose } : { ok: true, value: null };
  return (allowed as readonly string[]).includes(input)
    ? { ok: true, value: input as T }
    : { ok: false, error: m.errors.choose };
}

/** Collects the errors of several reads; empty when all succeeded. */
export function fieldErrors(reads: Record<string, Read<unknown>>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [field, read] of Object.entries(reads)) if (!read.ok) errors[field] = read.error;
  return errors;
}
