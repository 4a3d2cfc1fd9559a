import { describe, expect, it } from 'vitest';
import { neutralActionId } from '../../../adapters/slack/render/actions.js';
import { renderBlock } from '../../../adapters/slack/render/message.js';
import { splitText, toMrkdwn } from '../../../adapters/slack/render/mrkdwn.js';
import type { Block } from '../../../src/chat/message.js';

const mentions = { '7': { userId: 'U07ANNA', name: 'Anna' }, '8': { userId: null, name: 'Bo <Ops>' } };
const one = (block: Block) => renderBlock(block, mentions);

describe('markdown subset to mrkdwn', () => {
  it('converts bold, keeps italic, code and line breaks', () => {
    expect(toMrkdwn('**Due** _today_\n`r:1` and `**raw**`', {})).toBe('*Due* _today_\n`r:1` and `**raw**`');
  });

  it('escapes &, < and > in user text but keeps our own mentions as Slack mentions', () => {
    expect(toMrkdwn('A&B <script> <@person:7> owes > 5', mentions)).toBe(
      'A&amp;B &lt;script&gt; <@U07ANNA> owes &gt; 5',
    );
  });

  it('names a person without a Slack id, escaped, and never leaks the neutral token', () => {
    expect(toMrkdwn('ask <@person:8> or <@person:99>', mentions)).toBe('ask @Bo &lt;Ops&gt; or @someone');
  });

  it('splits long text at line breaks without losing or breaking anything', () => {
    const text = Array.from({ length: 400 }, (_, i) => `line ${i} &amp; <@U1>`).join('\n');
    const chunks = splitText(text, 3000);
    expect(chunks.every((c) => c.length <= 3000)).toBe(true);
    expect(chunks.join('\n')).toBe(text);
    const long = 'word&amp; '.repeat(800);
    const parts = splitText(long, 3000);
    expect(parts.join('')).toBe(long);
    expect(parts.every((p) => p.length <= 3000 && !/&[a-z]*$/.test(p))).toBe(true);
  });
});

describe('one renderer per block kind', () => {
  it('header: plain text, names for mentions, cut with an ellipsis and kept in full below', () => {
    expect(one({ type: 'header', text: 'Overdue for <@person:7>' })).toEqual([
      { type: 'header', text: { type: 'plain_text', text: 'Overdue for @Anna', emoji: true } },
    ]);
    const long = 'x'.repeat(200);
    const [header, context] = one({ type: 'header', text: long });
    expect(header).toMatchObject({ type: 'header' });
    const cut = (header as { text: { text: string } }).text.text;
    expect([...cut]).toHaveLength(150);
    expect(cut.endsWith('…')).toBe(true);
    expect(context).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: long }] });
  });

  it('text: sections of at most 3,000 characters', () => {
    const blocks = one({ type: 'text', text: 'a\n'.repeat(4000) });
    expect(blocks.length).toBeGreaterThan(2);
    for (const b of blocks)
      expect((b as { text: { text: string } }).text.text.length).toBeLessThanOrEqual(3000);
    expect(one({ type: 'text', text: '  ' })).toEqual([]);
  });

  it('fields: ten per section, bold labels, an oversized one as its own section', () => {
    const fields = Array.from({ length: 12 }, (_, i) => ({ label: `L${i}`, value: `v${i}` }));
    const blocks = one({ type: 'fields', fields: [...fields, { label: 'Note', value: 'n'.repeat(2500) }] });
    expect(blocks).toHaveLength(3);
    expect((blocks[0] as { fields: unknown[] }).fields).toHaveLength(10);
    expect((blocks[0] as { fields: { text: string }[] }).fields[0]?.text).toBe('*L0*\nv0');
    expect((blocks[2] as { text: { text: string } }).text.text.startsWith('*Note*\n')).toBe(true);
  });

  it('table: small two-column tables as fields, larger ones as aligned preformatted text', () => {
    const columns = [
      { key: 'who', label: 'Customer' },
      { key: 'amt', label: 'Amount', align: 'right' as const },
    ];
    const small = one({ type: 'table', columns, rows: [{ who: 'Acme', amt: '1,200' }] });
    expect(small).toEqual([{ type: 'section', fields: [{ type: 'mrkdwn', text: '*Acme*\n1,200' }] }]);
    const rows = Array.from({ length: 6 }, (_, i) => ({ who: `C${i}&Co <@person:7>`, amt: String(10 ** i) }));
    const [table] = one({ type: 'table', columns, rows });
    const text = (table as { text: { text: string } }).text.text;
    expect(text.split('\n')).toEqual([
      '```',
      'Customer     Amount',
      'C0&amp;Co @Anna       1',
      'C1&amp;Co @Anna      10',
      'C2&amp;Co @Anna     100',
      'C3&amp;Co @Anna    1000',
      'C4&amp;Co @Anna   10000',
      'C5&amp;Co @Anna  100000',
      '```',
    ]);
  });

  it('table: a long table becomes several sections, each with the column heads, every row once', () => {
    const rows = Array.from({ length: 300 }, (_, i) => ({ id: `item-${i}`, note: 'n'.repeat(40) }));
    const blocks = one({
      type: 'table',
      columns: [
        { key: 'id', label: 'Id' },
        { key: 'note', label: 'Note' },
      ],
      rows,
    });
    expect(blocks.length).toBeGreaterThan(3);
    const lines = blocks.flatMap((b) => (b as { text: { text: string } }).text.text.split('\n'));
    for (const b of blocks)
      expect((b as { text: { text: string } }).text.text.length).toBeLessThanOrEqual(3000);
    for (let i = 0; i < 300; i++) expect(lines.filter((l) => l.startsWith(`item-${i} `))).toHaveLength(1);
  });

  it('actions: at most 25 buttons a block, unique action ids within it, labels cut to 75', () => {
    const buttons = Array.from({ length: 30 }, (_, i) => ({
      actionId: 'item.promise',
      label: i === 0 ? 'P'.repeat(90) : `Promise ${i}`,
      value: `r:${i}`,
      ...(i === 1 ? { style: 'primary' as const } : {}),
    }));
    const blocks = one({ type: 'actions', buttons }) as {
      elements: { action_id: string; text: { text: string }; value: string; style?: string }[];
    }[];
    expect(blocks.map((b) => b.elements.length)).toEqual([25, 5]);
    const ids = blocks[0]?.elements.map((e) => e.action_id) ?? [];
    expect(new Set(ids).size).toBe(25);
    expect(ids.map(neutralActionId).every((id) => id === 'item.promise')).toBe(true);
    expect(blocks[0]?.elements[0]?.text.text).toHaveLength(75);
    expect(blocks[0]?.elements[1]).toMatchObject({ style: 'primary', value: 'r:1' });
    expect(blocks.flatMap((b) => b.elements.map((e) => e.value))).toEqual(buttons.map((b) => b.value));
    expect(() =>
      one({ type: 'actions', buttons: [{ actionId: 'a', label: 'x', value: 'v'.repeat(2001) }] }),
    ).toThrow(/value/);
  });

  it('context, file and divider', () => {
    expect(one({ type: 'context', text: '**as of** 9:00' })).toEqual([
      { type: 'context', elements: [{ type: 'mrkdwn', text: '*as of* 9:00' }] },
    ]);
    expect(one({ type: 'file', fileKey: 'f1', name: 'overdue.xlsx', title: 'Overdue <East>' })).toEqual([
      {
        type: 'context',
        elements: [{ type: 'mrkdwn', text: ':page_facing_up: Overdue &lt;East&gt; (overdue.xlsx)' }],
      },
    ]);
    expect(one({ type: 'divider' })).toEqual([{ type: 'divider' }]);
  });
});
