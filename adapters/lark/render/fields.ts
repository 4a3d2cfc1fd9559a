import { type Mentions, toLarkMarkdown } from './markdown.js';
import type { CardElement } from './types.js';

/** Label/value fields, two to a row as columns, like a form read-out. */
export function renderFields(fields: { label: string; value: string }[], mentions: Mentions): CardElement[] {
  const rows: CardElement[] = [];
  for (let i = 0; i < fields.length; i += 2) {
    rows.push({
      tag: 'column_set',
      flex_mode: 'none',
      horizontal_spacing: 'default',
      columns: fields.slice(i, i + 2).map((f) => ({
        tag: 'column',
        width: 'weighted',
        weight: 1,
        elements: [
          {
            tag: 'markdown',
            content: `**${toLarkMarkdown(f.label, mentions)}**\n${toLarkMarkdown(f.value, mentions)}`,
          },
        ],
      })),
    });
  }
  return rows;
}
