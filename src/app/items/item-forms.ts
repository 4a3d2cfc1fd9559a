import type { Form } from '../../chat/form.js';
import { FOLLOW_UP_METHODS } from '../../domain/command/methods.js';
import { REASONS } from '../../domain/command/reasons.js';
import { formatAmount } from '../../domain/money-format.js';
import type { Locale, Messages } from '../../locale/index.js';
import { letterField } from '../letters/letter-option.js';
import { money } from '../lists/labels.js';
import type { ItemInContext } from './item-access.js';

export type ItemFormId = 'item.promise' | 'item.followup' | 'item.dispute' | 'item.paid' | 'predue.delay';

const label = (info: { zh: string; en: string }, locale: Locale) => (locale === 'en' ? info.en : info.zh);

function reasonOptions(locale: Locale) {
  return REASONS.map((r) => ({ value: r.code, label: label(r, locale) }));
}

/**
 * The form for answering an item; `value` is the list button's value, carried back as metadata.
 * `letters` adds the "generate letter" choice to the follow-up form.
 */
export function itemForm(
  formId: ItemFormId,
  item: ItemInContext,
  value: string,
  m: Messages,
  locale: Locale,
  letters = false,
): Form {
  const intro = m.forms.itemIntro(
    item.customerName,
    item.invoiceNo,
    money(item.outstanding, item.currency),
    item.dueOn,
  );
  const base = { formId, submitLabel: m.forms.submit, intro, metadata: { value } };
  const amountField = {
    id: 'amount',
    kind: 'amount' as const,
    currency: item.currency,
    label: `${m.forms.amount} (${item.currency})`,
    required: true,
    initial: formatAmount(item.outstanding, item.currency),
    hint: m.forms.amountHint,
  };
  const note = { id: 'note', kind: 'multiline' as const, label: m.forms.note };
  switch (formId) {
    case 'item.promise':
      return {
        ...base,
        title: m.forms.promiseTitle,
        fields: [
          amountField,
          { id: 'date', kind: 'date', label: m.forms.promisedDate, required: true, hint: m.forms.dateHint },
          note,
        ],
      };
    case 'item.followup':
      return {
        ...base,
        title: m.forms.followUpTitle,
        fields: [
          {
            id: 'method',
            kind: 'select',
            label: m.forms.method,
            required: true,
            // Nothing is chosen for the collector: one click on Save must not record an empty follow-up.
            options: FOLLOW_UP_METHODS.map((f) => ({ value: f.code, label: label(f, locale) })),
          },
          {
            id: 'outcome',
            kind: 'select',
            label: m.forms.outcome,
            required: true,
            options: [
              { value: 'contacted', label: m.outcome.contacted },
              { value: 'no_contact', label: m.outcome.no_contact },
            ],
          },
          { id: 'reason', kind: 'select', label: m.forms.reason, options: reasonOptions(locale) },
          { ...note, required: true },
          { id: 'next', kind: 'date', label: m.forms.nextAction, hint: m.forms.dateHint },
          ...(letters ? [letterField(m)] : []),
        ],
      };
    case 'item.dispute':
      return {
        ...base,
        title: m.forms.disputeTitle,
        fields: [
          {
            id: 'reason',
            kind: 'select',
            label: m.forms.reason,
            required: true,
            initial: 'quality_dispute',
            options: reasonOptions(locale),
          },
          { ...note, required: true },
        ],
      };
    case 'item.paid':
      return {
        ...base,
        title: m.forms.paidTitle,
        fields: [
          amountField,
          { id: 'date', kind: 'date', label: m.forms.paidDate, required: true, hint: m.forms.dateHint },
          { id: 'bank', kind: 'text', label: m.forms.bank },
          { id: 'reference', kind: 'text', label: m.forms.reference },
        ],
      };
    case 'predue.delay':
      return {
        ...base,
        title: m.forms.delayTitle,
        fields: [
          { id: 'date', kind: 'date', label: m.forms.newDate, required: true, hint: m.forms.dateHint },
          {
            id: 'reason',
            kind: 'select',
            label: m.forms.reason,
            required: true,
            options: reasonOptions(locale),
          },
          note,
        ],
      };
  }
}
