import { describe, expect, it } from 'vitest';
import type { SlackBlock } from '../../../adapters/slack/render/blocks.js';
import { renderMessage } from '../../../adapters/slack/render/message.js';
import type { Block, Message } from '../../../src/chat/message.js';
import { mention } from '../../../src/chat/message.js';
import { blocksProblem } from '../../fakes/slack-api/validate.js';

/** A morning overdue list: per collector a header, the items, one button row per item. */
function overdueList(items: number, collectors: number): Message {
  const blocks: Block[] = [
    { type: 'header', text: 'Overdue today' },
    { type: 'text', text: `**${items}** items` },
  ];
  const per = Math.ceil(items / collectors);
  for (let c = 0; c < collectors; c++) {
    blocks.push({ type: 'header', text: `Collector ${mention(c + 1)}` });
    for (let i = c * per; i < Math.min(items, (c + 1) * per); i++) {
      blocks.push({ type: 'text', text: `item-${i}: Customer ${i} owes **${i * 10} EUR**` });
      blocks.push({
        type: 'actions',
        buttons: [
          { actionId: 'item.promise', label: 'Promise', value: `p:${i}` },
          { actionId: 'item.dispute', label: 'Dispute', value: `d:${i}`, style: 'danger' },
        ],
      });
    }
    blocks.push({ type: 'divider' });
  }
  return { text: `${items} overdue items`, blocks };
}

const mentions = Object.fromEntries(
  Array.from({ length: 10 }, (_, i) => [String(i + 1), { userId: `U00${i + 1}`, name: `C${i + 1}` }]),
);
const texts = (blocks: SlackBlock[]) =>
  blocks.flatMap((b) => ('text' in b && b.type === 'section' ? [b.text.text] : []));

describe('message splitting', () => {
  it('keeps a small message as one payload with its fallback text', () => {
    const payloads = renderMessage({
      message: { text: 'Hi <@person:1>', blocks: [{ type: 'text', text: 'x' }] },
      mentions,
    });
    expect(payloads).toEqual([
      { text: 'Hi <@U001>', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'x' } }] },
    ]);
  });

  it('splits a 300-item list into valid payloads where every item appears exactly once', () => {
    const payloads = renderMessage({ message: overdueList(300, 6), mentions });
    expect(payloads.length).toBeGreaterThan(12);
    for (const p of payloads) {
      expect(blocksProblem(p.blocks, 'message')).toBeUndefined();
      expect(p.text.length).toBeGreaterThan(0);
    }
    expect(payloads[1]?.text).toBe(`300 overdue items (2/${payloads.length})`);
    const all = payloads.flatMap((p) => texts(p.blocks));
    for (let i = 0; i < 300; i++) expect(all.filter((t) => t.startsWith(`item-${i}:`))).toHaveLength(1);
    const values = payloads.flatMap((p) =>
      p.blocks.flatMap((b) => (b.type === 'actions' ? b.elements.map((e) => e.value) : [])),
    );
    expect(values).toHaveLength(600);
    expect(new Set(values).size).toBe(600);
  });

  it('starts a continuation at a collector header where one is near the cut', () => {
    const payloads = renderMessage({ message: overdueList(60, 3), mentions });
    for (const p of payloads.slice(1)) expect(p.blocks[0]?.type).toBe('header');
  });

  it('splits one huge text block into sections and messages without dropping a line', () => {
    const lines = Array.from({ length: 8000 }, (_, i) => `line ${i} <@person:2> & more`);
    const payloads = renderMessage({
      message: { text: 'long', blocks: [{ type: 'text', text: lines.join('\n') }] },
      mentions,
    });
    expect(payloads.length).toBeGreaterThan(1);
    for (const p of payloads) expect(blocksProblem(p.blocks, 'message')).toBeUndefined();
    const joined = payloads.flatMap((p) => texts(p.blocks)).join('\n');
    expect(joined.split('\n')).toEqual(lines.map((_, i) => `line ${i} <@U002> &amp; more`));
  });
});
