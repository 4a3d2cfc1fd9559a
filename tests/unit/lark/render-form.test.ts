import { describe, expect, it } from 'vitest';
import { FORM_NAME, renderFormCard } from '../../../adapters/lark/render/index.js';
import type { Form } from '../../../src/chat/form.js';

const form: Form = {
  formId: 'item.promise',
  title: 'Log a promise',
  submitLabel: 'Save',
  intro: 'Invoice **INV-7** for <@person:3>',
  fields: [
    { id: 'amount', kind: 'amount', label: 'Amount', currency: 'CNY', required: true },
    { id: 'date', kind: 'date', label: 'Pay by', initial: '2026-11-30' },
    { id: 'note', kind: 'multiline', label: 'Note', hint: 'What they said' },
    {
      id: 'channel',
      kind: 'select',
      label: 'How',
      options: [
        { value: 'call', label: 'Call' },
        { value: 'mail', label: 'Mail' },
      ],
      initial: 'call',
    },
    { id: 'ref', kind: 'text', label: 'Reference', placeholder: 'PO number' },
  ],
  metadata: { itemId: '1042', key: 'digest:team-7' },
};

describe('neutral form → Lark form card', () => {
  it('puts named inputs, a date picker, a select and a submit button in one form container', () => {
    const c = renderFormCard(form, { '3': { userId: 'ou_x', name: 'Wang' } });
    expect(c.header?.title.content).toBe('Log a promise');
    expect(c.body.elements[0]).toEqual({
      tag: 'markdown',
      content: 'Invoice **INV-7** for <at id=ou_x></at>',
    });
    const container = c.body.elements[1] as {
      tag: string;
      name: string;
      elements: Record<string, unknown>[];
    };
    expect(container).toMatchObject({ tag: 'form', name: FORM_NAME });
    const controls = container.elements.filter((e) => e.name);
    expect(controls.map((e) => [e.tag, e.name])).toEqual([
      ['input', 'amount'],
      ['date_picker', 'date'],
      ['input', 'note'],
      ['select_static', 'channel'],
      ['input', 'ref'],
      ['button', 'duebot_submit'],
    ]);
    expect(controls[0]).toMatchObject({ required: true });
    expect(controls[1]).toMatchObject({ initial_date: '2026-11-30' });
    expect(controls[2]).toMatchObject({ input_type: 'multiline_text' });
    expect(controls[3]).toMatchObject({ initial_option: 'call' });
    expect(controls[5]).toMatchObject({
      form_action_type: 'submit',
      behaviors: [{ type: 'callback', value: { formId: 'item.promise', metadata: form.metadata } }],
    });
    expect(JSON.stringify(c)).toContain('Amount (CNY)');
  });

  it('shows each field error right under its field', () => {
    const c = renderFormCard({ ...form, errors: { amount: 'Must be > 0', date: 'Not a <date>' } });
    const els = (c.body.elements[1] as unknown as { elements: Record<string, unknown>[] }).elements;
    const below = (name: string) => els[els.findIndex((e) => e.name === name) + 1];
    expect(below('amount')).toEqual({
      tag: 'markdown',
      content: "<font color='red'>⚠ Must be &gt; 0</font>",
    });
    expect(below('date')).toEqual({
      tag: 'markdown',
      content: "<font color='red'>⚠ Not a &lt;date&gt;</font>",
    });
    expect(JSON.stringify(c).match(/⚠/g)).toHaveLength(2);
  });
});
