import type { Form, FormField } from '../../../src/chat/form.js';
import { mrkdwn, type PlainText, plain } from './blocks.js';
import { ellipsize, LIMITS, RenderError } from './limits.js';
import { escapeSlack, type Mentions } from './mrkdwn.js';
import { renderText } from './text.js';

const DATE_HINT = 'A date or a phrase such as "next Friday", "Dec 5" or "in two weeks".';

interface Option {
  text: PlainText;
  value: string;
}

/** A modal view as `views.open` takes it. */
export interface SlackModal {
  type: 'modal';
  callback_id: string;
  title: PlainText;
  submit: PlainText;
  close: PlainText;
  private_metadata: string;
  blocks: Record<string, unknown>[];
}

/** What travels in `private_metadata`: the form's hidden values and the message it came from. */
export interface ModalMetadata {
  metadata: Record<string, string>;
  messageRef?: { channel: string; ts: string };
  /** The channel a command opened the form in, so the answer to the submission goes back there. */
  channel?: string;
}

function option(value: string, label: string): Option {
  if (value.length > LIMITS.optionValue)
    throw new RenderError(`select value ${value.slice(0, 20)}… is too long`);
  return { text: plain(ellipsize(label, LIMITS.optionText)), value };
}

function element(field: FormField): Record<string, unknown> {
  const placeholder = field.placeholder
    ? { placeholder: plain(ellipsize(field.placeholder, LIMITS.placeholder)) }
    : {};
  if (field.kind === 'select') {
    if (field.options.length > LIMITS.optionsPerSelect)
      throw new RenderError(`select ${field.id} has more than ${LIMITS.optionsPerSelect} options`);
    const initial = field.options.find((o) => o.value === field.initial);
    return {
      type: 'static_select',
      action_id: field.id,
      options: field.options.map((o) => option(o.value, o.label)),
      ...(initial ? { initial_option: option(initial.value, initial.label) } : {}),
      ...placeholder,
    };
  }
  // Dates stay free text: Duebot understands phrases like "next Friday" that a datepicker cannot hold.
  return {
    type: 'plain_text_input',
    action_id: field.id,
    multiline: field.kind === 'multiline',
    ...(field.initial ? { initial_value: field.initial } : {}),
    ...placeholder,
  };
}

function hintOf(field: FormField): string | undefined {
  if (field.hint) return field.hint;
  if (field.kind === 'date') return DATE_HINT;
  if (field.kind === 'amount') return `Amount in ${field.currency}.`;
  return undefined;
}

function inputBlock(field: FormField, error: string | undefined): Record<string, unknown>[] {
  const label = field.kind === 'amount' ? `${field.label} (${field.currency})` : field.label;
  const hint = hintOf(field);
  const input = {
    type: 'input',
    block_id: field.id,
    optional: !field.required,
    label: plain(ellipsize(label, LIMITS.inputLabel)),
    element: element(field),
    ...(hint ? { hint: plain(ellipsize(hint, LIMITS.inputHint)) } : {}),
  };
  // A view opened with errors shows them under the field; submissions use `viewErrors` instead.
  return error
    ? [input, { type: 'context', elements: [mrkdwn(`:warning: ${escapeSlack(error)}`)] }]
    : [input];
}

/** A neutral form as the modal view for `views.open`; `callback_id` is the form id. */
export function renderModal(
  form: Form,
  options: { messageRef?: ModalMetadata['messageRef']; channel?: string; mentions?: Mentions } = {},
): SlackModal {
  const meta: ModalMetadata = {
    metadata: form.metadata,
    ...(options.messageRef ? { messageRef: options.messageRef } : {}),
    ...(options.channel && !options.messageRef ? { channel: options.channel } : {}),
  };
  const privateMetadata = JSON.stringify(meta);
  if (privateMetadata.length > LIMITS.privateMetadata)
    throw new RenderError(
      `form ${form.formId} carries more than ${LIMITS.privateMetadata} characters of metadata`,
    );
  const blocks = [
    ...(form.intro ? renderText(form.intro, options.mentions ?? {}) : []),
    ...form.fields.flatMap((f) => inputBlock(f, form.errors?.[f.id])),
  ];
  if (blocks.length > LIMITS.blocksPerModal)
    throw new RenderError(
      `form ${form.formId} needs ${blocks.length} blocks; a modal holds ${LIMITS.blocksPerModal}`,
    );
  return {
    type: 'modal',
    callback_id: form.formId,
    title: plain(ellipsize(form.title, LIMITS.modalTitle)),
    submit: plain(ellipsize(form.submitLabel, LIMITS.modalButton)),
    close: plain('Cancel'),
    private_metadata: privateMetadata,
    blocks,
  };
}

/** Field errors as the answer to a `view_submission`, keyed by each field's block id. */
export function viewErrors(errors: Record<string, string>): {
  response_action: 'errors';
  errors: Record<string, string>;
} {
  return { response_action: 'errors', errors: { ...errors } };
}

/** Reads `private_metadata` back from a submitted view. */
export function readModalMetadata(privateMetadata: string): ModalMetadata {
  const parsed = JSON.parse(privateMetadata) as Partial<ModalMetadata>;
  return {
    metadata: parsed.metadata ?? {},
    ...(parsed.messageRef ? { messageRef: parsed.messageRef } : {}),
    ...(parsed.channel ? { channel: parsed.channel } : {}),
  };
}

type StateValue = { type: string; value?: string | null; selected_option?: { value: string } | null };

/** The submitted values of a view's `state.values`, keyed by field id; empty fields are left out. */
export function readSubmission(values: Record<string, Record<string, StateValue>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [blockId, actions] of Object.entries(values)) {
    const state = actions[blockId] ?? Object.values(actions)[0];
    const value = state?.selected_option?.value ?? state?.value;
    if (value != null && value !== '') out[blockId] = value;
  }
  return out;
}
