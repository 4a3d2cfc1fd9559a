import type { Form, FormField } from '../../../src/chat/form.js';
import { escapeLark, type Mentions, toLarkMarkdown } from './markdown.js';
import { card } from './message-card.js';
import {
  byteSize,
  CARD_BYTE_BUDGET,
  CARD_ELEMENT_BUDGET,
  type Card,
  type CardElement,
  countElements,
  plain,
} from './types.js';

/** The form container's name; Lark sends the inputs back as `form_value` keyed by field id. */
export const FORM_NAME = 'duebot_form';
export const SUBMIT_NAME = 'duebot_submit';

/** What the submit button sends back in the card callback's `action.value`. */
export interface SubmitValue {
  formId: string;
  metadata: Record<string, string>;
}

/**
 * A neutral form → a form card: a form container holding one input per field (named by the field
 * id) and a submit button. With `form.errors`, each field's error shows in red under it.
 */
export function renderFormCard(form: Form, mentions: Mentions = {}): Card {
  const fields = form.fields.flatMap((f) => renderField(f, form.errors?.[f.id]));
  const value: SubmitValue = { formId: form.formId, metadata: form.metadata };
  const submit: CardElement = {
    tag: 'button',
    name: SUBMIT_NAME,
    text: plain(form.submitLabel),
    type: 'primary',
    form_action_type: 'submit',
    behaviors: [{ type: 'callback', value }],
  };
  const intro: CardElement[] = form.intro
    ? [{ tag: 'markdown', content: toLarkMarkdown(form.intro, mentions) }]
    : [];
  const result = card(form.title, [
    ...intro,
    { tag: 'form', name: FORM_NAME, elements: [...fields, submit] },
  ]);
  // A form is submitted as one whole, so it cannot be split over cards like a message can.
  if (byteSize(result) > CARD_BYTE_BUDGET || countElements(result) > CARD_ELEMENT_BUDGET)
    throw new Error(`form ${form.formId} is too large for one Lark card`);
  return result;
}

function renderField(field: FormField, error: string | undefined): CardElement[] {
  const required = field.required ? " <font color='red'>*</font>" : '';
  const label = field.kind === 'amount' ? `${field.label} (${field.currency})` : field.label;
  // The hint goes under the label in the same element: a card holds 200 elements, and long forms need them.
  const hint = field.hint ? `\n<font color='grey'>${escapeLark(field.hint)}</font>` : '';
  const out: CardElement[] = [{ tag: 'markdown', content: `**${escapeLark(label)}**${required}${hint}` }];
  out.push(control(field));
  if (error) out.push({ tag: 'markdown', content: `<font color='red'>⚠ ${escapeLark(error)}</font>` });
  return out;
}

function control(field: FormField): CardElement {
  const common = {
    name: field.id,
    required: field.required ?? false,
    ...(field.placeholder ? { placeholder: plain(field.placeholder) } : {}),
  };
  switch (field.kind) {
    case 'text':
    case 'amount':
      return { tag: 'input', ...common, ...(field.initial ? { default_value: field.initial } : {}) };
    case 'multiline':
      return {
        tag: 'input',
        ...common,
        input_type: 'multiline_text',
        rows: 3,
        ...(field.initial ? { default_value: field.initial } : {}),
      };
    case 'date':
      return { tag: 'date_picker', ...common, ...(field.initial ? { initial_date: field.initial } : {}) };
    case 'select':
      return {
        tag: 'select_static',
        ...common,
        ...(field.initial ? { initial_option: field.initial } : {}),
        options: field.options.map((o) => ({ text: plain(o.label), value: o.value })),
      };
  }
}
