/** How report figures read in chat: money with its currency, shares, changes and days. */
import { formatAmount } from '../../domain/money-format.js';
import { formatPercent } from '../../domain/week.js';
import type { Messages } from '../../locale/index.js';

import { money } from '../lists/labels.js';

/** Money in minor units, with the currency's symbol: ¥1,234.00 (as in the daily lists). */
export { money };

/** Basis points as a percentage: 2222 → 22.2%; – when there is none. */
export function pct(bp: number | null): string {
  return formatPercent(bp);
}

/** A change between two amounts: ▲ ¥1,000.00, ▼ ¥500.00 or "no change". */
export function change(now: number, before: number, currency: string, m: Messages): string {
  const delta = now - before;
  if (delta === 0) return m.reports.same;
  return delta > 0 ? m.reports.up(money(delta, currency)) : m.reports.down(money(-delta, currency));
}

/** A signed amount for a table cell: +1,000.00 / -500.00. */
export function signed(amount: number, currency: string): string {
  const text = formatAmount(amount, currency);
  return amount > 0 ? `+${text}` : text;
}

/** Days with one decimal, or – when there is nothing to measure. */
export function days(n: number | null, m: Messages): string {
  return m.reports.days(n);
}
