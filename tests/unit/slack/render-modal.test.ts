import { describe, expect, it } from 'vitest';
import {
  readModalMetadata,
  readSubmission,
  renderModal,
  viewErrors,
} from '../../../adapters/slack/render/modal.js';
import type { Form } from '../../../src/chat/form.js';
import { viewProblem } from '../../fakes/slack-api/validate.js';

const form: Form = {
  formId: 'item.promise',
  title: 'Log a promise to pay for an invoice',
  submitLabel: 'Save',
  intro: 'Invoice **INV-1042** for Acme & Co',
  fields: [
    { id: 'amount', label: 'Amount', kind: 'amount', currency: 'EUR', required: true, initial: '1200' },
    { id: 'date', label: 'Pay date', kind: 'date', required: true },
    { id: 'note', label: 'Note', kind: 'multiline', placeholder: 'What did they say?' },
    { id: 'name', label: 'Contact', kind: 'text' },
    {
      id: 'channel',
      label: 'Reached by',
      kind: 'select',
      initial: 'phone',
      options: [
        { value: 'phone', label: 'Phone' },
        { value: 'email', label: 'Email' },
      ],
    },
  ],
  metadata: { itemId: '1042', key: 'overdue:team-1:2026-11-23' },
};

describe('forms as modals', () => {
  it('renders every field kind as an input block with the form id as callback id', () => {
    const view = renderModal(form, { messageRef: { channel: 'C1', ts: '1.2' } });
    expect(viewProblem(view)).toBeUndefined();
    expect(view.callback_id).toBe('item.promise');
    expect([...view.title.text]).toHaveLength(24);
    expect(view.title.text.endsWith('…')).toBe(true);
    expect(view.blocks[0]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: 'Invoice *INV-1042* for Acme &amp; Co' },
    });
    const inputs = view.blocks.slice(1) as {
      block_id: string;
      optional: boolean;
      label: { text: string };
      element: Record<string, unknown>;
      hint?: { text: string };
    }[];
    expect(inputs.map((b) => b.block_id)).toEqual(['amount', 'date', 'note', 'name', 'channel']);
    expect(inputs[0]).toMatchObject({
      optional: false,
      label: { text: 'Amount (EUR)' },
      element: { type: 'plain_text_input', initial_value: '1200', multiline: false },
    });
    expect(inputs[1]?.element.type).toBe('plain_text_input');
    expect(inputs[1]?.hint?.text).toContain('next Friday');
    expect(inputs[2]).toMatchObject({
      optional: true,
      element: { multiline: true, placeholder: { text: 'What did they say?' } },
    });
    expect(inputs[4]?.element).toMatchObject({
      type: 'static_select',
      action_id: 'channel',
      initial_option: { value: 'phone' },
    });
    expect(readModalMetadata(view.private_metadata)).toEqual({
      metadata: form.metadata,
      messageRef: { channel: 'C1', ts: '1.2' },
    });
  });

  it('shows errors under their fields when reopened, and answers a submission with response_action errors', () => {
    const view = renderModal({ ...form, errors: { date: 'I could not read "blue moon" as a date' } });
    const at = view.blocks.findIndex((b) => b.block_id === 'date');
    expect(view.blocks[at + 1]).toMatchObject({
      type: 'context',
      elements: [{ text: ':warning: I could not read "blue moon" as a date' }],
    });
    expect(viewErrors({ date: 'bad date' })).toEqual({
      response_action: 'errors',
      errors: { date: 'bad date' },
    });
  });

  it('refuses forms that would not fit a modal instead of dropping fields', () => {
    const fields = Array.from({ length: 101 }, (_, i) => ({
      id: `f${i}`,
      label: `F${i}`,
      kind: 'text' as const,
    }));
    expect(() => renderModal({ ...form, intro: undefined, fields })).toThrow(/a modal holds 100/);
    expect(() => renderModal({ ...form, metadata: { big: 'x'.repeat(3000) } })).toThrow(/metadata/);
  });

  it('reads submitted values back by field id', () => {
    const values = {
      amount: { amount: { type: 'plain_text_input', value: '900' } },
      note: { note: { type: 'plain_text_input', value: null } },
      channel: { channel: { type: 'static_select', selected_option: { value: 'email' } } },
    };
    expect(readSubmission(values)).toEqual({ amount: '900', channel: 'email' });
  });
});
