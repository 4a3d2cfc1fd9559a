import type { Form, FormField } from '../../chat/form.js';
import type { CheckInWeek } from '../../domain/week.js';
import type { Messages } from '../../locale/index.js';

/**
 * Lines a plan holds at most. Each line comes back on Friday as three fields of the result form
 * (amount, an outcome of five choices, note), and that form must fit every chat platform in one
 * piece: a Lark card holds 200 elements, a Slack modal 100 blocks.
 */
export const MAX_PLAN_LINES = 12;

/** Empty lines offered under the suggestions, for customers the collector adds. */
export const BLANK_LINES = 3;

/** Customers pre-filled at most, leaving room for the empty lines. */
export const MAX_SUGGESTED = MAX_PLAN_LINES - BLANK_LINES;

export const PLAN_FORM = 'weekly.plan';

/** One line of the plan form as shown: what the fields hold. */
export interface PlanRow {
  customer: string;
  currency: string;
  amount: string;
  action: string;
}

/** Field ids of line `n` (1-based). */
export const planFieldIds = (n: number) => ({
  customer: `customer_${n}`,
  amount: `amount_${n}`,
  action: `action_${n}`,
});

/**
 * The plan form: a customer, an expected amount and a planned action per line. Blanking an amount
 * drops the line; the empty lines at the end take added customers.
 */
export function planForm(m: Messages, week: CheckInWeek, rows: readonly PlanRow[], intro: string): Form {
  const fields: FormField[] = [];
  rows.forEach((row, i) => {
    const ids = planFieldIds(i + 1);
    fields.push(
      { id: ids.customer, kind: 'text', label: m.weekly.customer(i + 1), initial: row.customer },
      {
        id: ids.amount,
        kind: 'amount',
        currency: row.currency,
        label: m.weekly.amount(i + 1),
        initial: row.amount,
        hint: m.forms.amountHint,
      },
      { id: ids.action, kind: 'text', label: m.weekly.action(i + 1), initial: row.action },
    );
  });
  return {
    formId: PLAN_FORM,
    title: m.weekly.planTitle,
    submitLabel: m.weekly.submitPlan,
    intro,
    fields,
    metadata: { week: week.weekStart, currencies: rows.map((r) => r.currency).join(',') },
  };
}

/** The rows a submitted plan form had, from its metadata and values. */
export function submittedRows(values: Record<string, string>, metadata: Record<string, string>): PlanRow[] {
  const currencies = (metadata.currencies ?? '')
    .split(',')
    .filter((c) => /^[A-Z]{3}$/.test(c))
    .slice(0, MAX_PLAN_LINES);
  return currencies.map((currency, i) => {
    const ids = planFieldIds(i + 1);
    return {
      customer: (values[ids.customer] ?? '').trim(),
      currency,
      amount: (values[ids.amount] ?? '').trim(),
      action: (values[ids.action] ?? '').trim(),
    };
  });
}
