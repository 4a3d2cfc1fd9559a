import { describe, expect, it } from 'vitest';
import { byteSize, countElements, renderMessageCards } from '../../../adapters/lark/render/index.js';
import { splitMarkdown } from '../../../adapters/lark/render/markdown.js';
import type { Block } from '../../../src/chat/message.js';

const items = Array.from({ length: 300 }, (_, i) => `ITEM-${String(i).padStart(3, '0')}`);
const occurrences = (json: string, item: string) => json.split(item).length - 1;

function collectorList(): Block[] {
  const blocks: Block[] = [{ type: 'header', text: 'Overdue list' }];
  items.forEach((item, i) => {
    blocks.push({ type: 'text', text: `**${item}** Customer ${i} owes ¥${i * 1000} (${'x'.repeat(60)})` });
    blocks.push({
      type: 'actions',
      buttons: [
        { actionId: 'item.promise', label: 'Promise', value: item },
        { actionId: 'item.paid', label: 'Paid', value: item },
      ],
    });
  });
  return blocks;
}

describe('splitting to Lark limits', () => {
  it('spreads a 300-item collector list over valid cards, every item exactly once', () => {
    const cards = renderMessageCards({
      message: { text: 'Overdue list', blocks: collectorList() },
      mentions: {},
    });
    expect(cards.length).toBeGreaterThan(1);
    for (const c of cards) {
      expect(byteSize(c)).toBeLessThanOrEqual(30 * 1024);
      expect(countElements(c)).toBeLessThanOrEqual(200);
      expect(c.schema).toBe('2.0');
    }
    const all = cards.map((c) => JSON.stringify(c));
    for (const item of items) {
      const total = all.reduce((n, json) => n + occurrences(json, `**${item}**`), 0);
      expect(total).toBe(1);
      // Both buttons of the item, each exactly once.
      expect(all.reduce((n, json) => n + occurrences(json, `"value":"${item}"`), 0)).toBe(2);
      // …and on the same card as the item's text.
      const home = all.find((json) => json.includes(`**${item}**`)) ?? '';
      expect(occurrences(home, `"value":"${item}"`)).toBe(2);
    }
    expect(cards[0]?.header?.title.content).toBe('Overdue list');
    expect(cards[1]?.header?.title.content).toBe(`Overdue list (2/${cards.length})`);
  });

  it('splits one huge text and one huge table without losing a line or a row', () => {
    const lines = items.map((i) => `${i} ${'y'.repeat(200)}`);
    const rows = items.map((i) => ({ id: i, note: 'z'.repeat(300) }));
    const cards = renderMessageCards({
      message: {
        text: 'big',
        blocks: [
          { type: 'text', text: lines.join('\n') },
          {
            type: 'table',
            columns: [
              { key: 'id', label: 'Id' },
              { key: 'note', label: 'Note' },
            ],
            rows,
          },
        ],
      },
      mentions: {},
    });
    for (const c of cards) expect(byteSize(c)).toBeLessThanOrEqual(30 * 1024);
    const all = cards.map((c) => JSON.stringify(c)).join('');
    for (const item of items) expect(occurrences(all, item)).toBe(2); // one line, one row
  });

  it('cuts one very long line of mixed scripts into pieces within the limit that join back to the line', () => {
    const line = '应收账款 overdue 😀'.repeat(12_000);
    const pieces = splitMarkdown(`first\n\n${line}\nlast`, 4000);
    for (const p of pieces) expect(Buffer.byteLength(p)).toBeLessThanOrEqual(4000);
    expect(pieces.join('').replace(/\n/g, '')).toBe(`first\n\n${line}\nlast`.replace(/\n/g, ''));
    expect(pieces[0]).toBe('first\n');
    expect(pieces.at(-1)?.endsWith('last')).toBe(true);
  });
});
