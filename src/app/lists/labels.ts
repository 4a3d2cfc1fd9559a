import { FOLLOW_UP_METHODS } from '../../domain/command/methods.js';
import { REASONS } from '../../domain/command/reasons.js';
import { formatAmount } from '../../domain/money-format.js';
import { type Locale, messagesFor } from '../../locale/index.js';

/** A follow-up method in the team's language. */
export function methodLabel(code: string, locale: Locale): string {
  const info = FOLLOW_UP_METHODS.find((m) => m.code === code);
  if (info) return locale === 'en' ? info.en : info.zh;
  return messagesFor(locale).lists.recordKind(code) ?? code;
}

/** A non-payment reason in the team's language. */
export function reasonLabel(code: string | null, locale: Locale): string {
  const info = REASONS.find((r) => r.code === code);
  return info ? (locale === 'en' ? info.en : info.zh) : (code ?? '');
}

/** Money as people read it in the lists: symbol and thousands separators. */
export function money(minor: number, currency: string): string {
  return formatAmount(minor, currency, 'symbol');
}
