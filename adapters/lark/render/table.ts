import type { TableColumn } from '../../../src/chat/message.js';
import { type Mentions, toLarkMarkdown } from './markdown.js';
import { type CardElement, TABLE_ROWS_PER_COMPONENT } from './types.js';

/**
 * A table as Lark's table component. Column names are positional (c0, c1…) because neutral keys
 * may hold characters Lark does not accept in a column name. Long tables become several table
 * components so the splitter can spread them over cards.
 */
export function renderTable(
  columns: TableColumn[],
  rows: Record<string, string>[],
  mentions: Mentions,
): CardElement[] {
  const larkColumns = columns.map((c, i) => ({
    name: `c${i}`,
    display_name: c.label,
    data_type: 'lark_md',
    horizontal_align: c.align ?? 'left',
    width: 'auto',
  }));
  const larkRows = rows.map((row) =>
    Object.fromEntries(columns.map((c, i) => [`c${i}`, toLarkMarkdown(row[c.key] ?? '', mentions)])),
  );
  const parts: CardElement[] = [];
  for (let i = 0; i < Math.max(larkRows.length, 1); i += TABLE_ROWS_PER_COMPONENT) {
    parts.push({
      tag: 'table',
      page_size: 10,
      row_height: 'low',
      header_style: { bold: true, background_style: 'grey' },
      columns: larkColumns,
      rows: larkRows.slice(i, i + TABLE_ROWS_PER_COMPONENT),
    });
  }
  return parts;
}
