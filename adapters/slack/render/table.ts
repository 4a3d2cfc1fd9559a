import type { TableColumn } from '../../../src/chat/message.js';
import { mrkdwn, type SlackBlock } from './blocks.js';
import { renderFields } from './fields.js';
import { LIMITS, RenderError } from './limits.js';
import { escapeSlack, type Mentions, withMentions } from './mrkdwn.js';

/** Tables of two columns and up to five rows read best as side-by-side section fields. */
const SMALL_TABLE_ROWS = 5;

function cellText(value: string | undefined, mentions: Mentions): string {
  // Inside a code block Slack shows mentions raw, so people appear by name.
  return withMentions((value ?? '').replace(/\n/g, ' '), mentions, true);
}

/** How wide escaped text shows: Slack displays `&amp;` as one character. */
function shownWidth(text: string): number {
  return [...text.replace(/&(amp|lt|gt);/g, '&')].length;
}

function pad(text: string, width: number, align: 'left' | 'right' | undefined): string {
  const gap = ' '.repeat(Math.max(0, width - shownWidth(text)));
  return align === 'right' ? gap + text : text + gap;
}

/**
 * A table: small two-column ones as fields, the rest as aligned preformatted text. Rows are
 * grouped into sections of at most 3,000 characters, each repeating the column heads.
 */
export function renderTable(
  columns: TableColumn[],
  rows: Record<string, string>[],
  mentions: Mentions,
): SlackBlock[] {
  const [first, second] = columns;
  if (columns.length === 2 && first && second && rows.length > 0 && rows.length <= SMALL_TABLE_ROWS)
    return renderFields(
      rows.map((r) => ({ label: r[first.key] ?? '', value: r[second.key] ?? '' })),
      mentions,
    );
  const cells = rows.map((r) => columns.map((c) => cellText(r[c.key], mentions)));
  const heads = columns.map((c) => escapeSlack(c.label));
  const widths = columns.map((_, i) =>
    Math.max(shownWidth(heads[i] ?? ''), ...cells.map((r) => shownWidth(r[i] ?? ''))),
  );
  const line = (values: string[]) =>
    values
      .map((v, i) => pad(v, widths[i] ?? 0, columns[i]?.align))
      .join('  ')
      .trimEnd();
  const head = line(heads);
  const wrap = (lines: string[]) => `\`\`\`\n${lines.join('\n')}\n\`\`\``;
  const budget = LIMITS.sectionText - wrap([head, '']).length;
  const blocks: SlackBlock[] = [];
  let group: string[] = [];
  let size = 0;
  for (const row of cells) {
    const text = line(row);
    if (text.length + 1 > budget) throw new RenderError(`a table row is longer than ${budget} characters`);
    if (size + text.length + 1 > budget) {
      blocks.push({ type: 'section', text: mrkdwn(wrap([head, ...group])) });
      group = [];
      size = 0;
    }
    group.push(text);
    size += text.length + 1;
  }
  if (group.length > 0 || blocks.length === 0)
    blocks.push({ type: 'section', text: mrkdwn(wrap([head, ...group])) });
  return blocks;
}
