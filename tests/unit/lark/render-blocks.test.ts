import { describe, expect, it } from 'vitest';
import { renderMessageCards } from '../../../adapters/lark/render/index.js';
import type { Block } from '../../../src/chat/message.js';

const one = (blocks: Block[], mentions = {}) => {
  const cards = renderMessageCards({ message: { text: 'fallback', blocks }, mentions });
  expect(cards).toHaveLength(1);
  const [first] = cards;
  if (!first) throw new Error('no card rendered');
  return first;
};

describe('neutral blocks → Lark card JSON 2.0', () => {
  it('makes the first header the card header and later ones bold headings', () => {
    const c = one([
      { type: 'header', text: 'Overdue today' },
      { type: 'header', text: 'East' },
    ]);
    expect(c.schema).toBe('2.0');
    expect(c.header?.title).toEqual({ tag: 'plain_text', content: 'Overdue today' });
    expect(c.body.elements).toEqual([{ tag: 'markdown', content: '**East**' }]);
  });

  it('turns the markdown subset into Lark markdown and mentions into <at> tags or names', () => {
    const c = one([{ type: 'text', text: '**Acme** is _late_, ask <@person:7> or <@person:8>\n`INV-1`' }], {
      '7': { userId: 'ou_abc', name: 'Li Wei' },
      '8': { userId: null, name: 'Ann' },
    });
    expect(c.body.elements[0]).toEqual({
      tag: 'markdown',
      content: '**Acme** is *late*, ask <at id=ou_abc></at> or @Ann\n`INV-1`',
    });
  });

  it('escapes user text so it cannot forge mentions or markup', () => {
    const c = one([{ type: 'text', text: 'Customer <at id=all></at> & <font>Co</font> owes_nothing' }]);
    expect(c.body.elements[0]?.content).toBe(
      'Customer &lt;at id=all&gt;&lt;/at&gt; &amp; &lt;font&gt;Co&lt;/font&gt; owes_nothing',
    );
  });

  it('renders fields two to a row, tables as the table component, and context as grey notes', () => {
    const c = one([
      {
        type: 'fields',
        fields: [
          { label: 'Owed', value: '¥1,000' },
          { label: 'Days', value: '12' },
          { label: 'Owner', value: '<@person:1>' },
        ],
      },
      {
        type: 'table',
        columns: [
          { key: 'customer', label: 'Customer' },
          { key: 'amount', label: 'Amount', align: 'right' },
        ],
        rows: [{ customer: 'A<b>', amount: '10' }],
      },
      { type: 'context', text: 'as of 09:00' },
      { type: 'divider' },
    ]);
    const [row1, row2, table, note, hr] = c.body.elements;
    expect(row1?.tag).toBe('column_set');
    expect(row1?.columns).toHaveLength(2);
    expect(JSON.stringify(row2)).toContain('@person 1');
    expect(table).toMatchObject({
      tag: 'table',
      columns: [
        { name: 'c0', display_name: 'Customer', data_type: 'lark_md', horizontal_align: 'left' },
        { name: 'c1', display_name: 'Amount', horizontal_align: 'right' },
      ],
      rows: [{ c0: 'A&lt;b&gt;', c1: '10' }],
    });
    expect(note).toEqual({
      tag: 'markdown',
      content: "<font color='grey'>as of 09:00</font>",
      text_size: 'notation',
    });
    expect(hr).toEqual({ tag: 'hr' });
  });

  it('gives buttons callback behaviours carrying the action id and value', () => {
    const c = one([
      {
        type: 'actions',
        buttons: [
          { actionId: 'item.promise', label: 'Promise', value: 'r:1:2026-11-23', style: 'primary' },
          { actionId: 'item.dispute', label: 'Dispute', value: 'r:1' },
        ],
      },
    ]);
    const row = c.body.elements[0] as unknown as { columns: { elements: Record<string, unknown>[] }[] };
    expect(row.columns.map((col) => col.elements[0])).toEqual([
      {
        tag: 'button',
        text: { tag: 'plain_text', content: 'Promise' },
        type: 'primary',
        behaviors: [{ type: 'callback', value: { actionId: 'item.promise', value: 'r:1:2026-11-23' } }],
      },
      {
        tag: 'button',
        text: { tag: 'plain_text', content: 'Dispute' },
        type: 'default',
        behaviors: [{ type: 'callback', value: { actionId: 'item.dispute', value: 'r:1' } }],
      },
    ]);
  });

  it('says a file follows in the thread, and falls back to the text when there are no blocks', () => {
    const c = one([{ type: 'file', fileKey: 'k', name: 'overdue.xlsx', title: 'Overdue list' }]);
    expect(c.body.elements[0]?.content).toContain('overdue.xlsx');
    expect(c.body.elements[0]?.content).toContain('follows in this thread');
    expect(one([]).body.elements).toEqual([{ tag: 'markdown', content: 'fallback' }]);
  });
});
