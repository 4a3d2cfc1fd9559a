import type { Form, FormField } from '../../chat/form.js';
import type { PlanLine } from '../../db/repositories/weekly.repository.js';
import { formatAmount } from '../../domain/money-format.js';
import { PLAN_OUTCOMES } from '../../domain/week.js';
import type { Messages } from '../../locale/index.js';
import { money } from '../lists/labels.js';
import { customerLabel } from './customer-label.js';

export const RESULT_FORM = 'weekly.result';

/** Field ids of one plan line in the result form, keyed by the line's id. */
export const resultFieldIds = (lineId: number) => ({
  collected: `collected_${lineId}`,
  outcome: `outcome_${lineId}`,
  note: `note_${lineId}`,
});

export const PROMISE_FIELDS = {
  customer: 'promise_customer',
  amount: 'promise_amount',
  date: 'promise_date',
};

/** The outcome a line starts with: the one given before, else what the ledger says. */
function startingOutcome(line: PlanLine, ledger: number): string | undefined {
  if (line.outcome) return line.outcome;
  if (ledger > 0) return ledger >= line.planned ? 'collected' : 'partial';
  return undefined;
}

/**
 * The result form: per plan line the amount collected (receipts in the ledger filled in and
 * marked), an outcome and a note; then an optional new promise.
 */
export function resultForm(
  m: Messages,
  week: { weekStart: string; weekEnd: string },
  lines: readonly PlanLine[],
  ledger: ReadonlyMap<number, number>,
): Form {
  const fields: FormField[] = [];
  for (const line of lines) {
    const ids = resultFieldIds(line.id);
    const customer = customerLabel(line.customerName, line.customerCode);
    const received = ledger.get(line.id) ?? 0;
    const collected = line.actual ?? (received > 0 ? received : null);
    fields.push(
      {
        id: ids.collected,
        kind: 'amount',
        currency: line.currency,
        label: m.weekly.collected(customer, money(line.planned, line.currency)),
        ...(collected !== null ? { initial: formatAmount(collected, line.currency) } : {}),
        ...(received > 0 ? { hint: m.weekly.fromLedger(money(received, line.currency)) } : {}),
      },
      {
        id: ids.outcome,
        kind: 'select',
        label: m.weekly.outcome(customer),
        required: true,
        options: PLAN_OUTCOMES.map((o) => ({ value: o, label: m.weekly.outcomes[o] ?? o })),
        ...(startingOutcome(line, received) ? { initial: startingOutcome(line, received) } : {}),
      },
      { id: ids.note, kind: 'text', label: m.weekly.note(customer), initial: line.resultNote ?? '' },
    );
  }
  const currency = lines[0]?.currency ?? 'CNY';
  fields.push(
    {
      id: PROMISE_FIELDS.customer,
      kind: 'text',
      label: m.weekly.promiseCustomer,
      hint: m.weekly.promiseHint,
    },
    {
      id: PROMISE_FIELDS.amount,
      kind: 'amount',
      currency,
      label: m.weekly.promiseAmount,
      hint: m.forms.amountHint,
    },
    { id: PROMISE_FIELDS.date, kind: 'date', label: m.weekly.promiseDate, hint: m.forms.dateHint },
  );
  return {
    formId: RESULT_FORM,
    title: m.weekly.resultTitle,
    submitLabel: m.weekly.submitResult,
    intro: m.weekly.resultIntro(week.weekStart, week.weekEnd),
    fields,
    metadata: { week: week.weekStart },
  };
}

/** The form shown again with what was typed and the errors. */
export function withValues(form: Form, values: Record<string, string>, errors: Record<string, string>): Form {
  return { ...form, fields: form.fields.map((f) => ({ ...f, initial: values[f.id] ?? f.initial })), errors };
}
