import type { Block, Message } from '../../chat/message.js';
import type { ImportResult } from '../../import/types.js';
import type { Locale } from '../../locale/index.js';
import { messagesFor } from '../../locale/index.js';

/** How many problems the chat answer lists; the rejects file has them all. */
export const SHOWN_PROBLEMS = 20;

const message = (blocks: Block[]): Message => ({
  text: blocks
    .map((b) => ('text' in b ? b.text : ''))
    .filter(Boolean)
    .join('\n'),
  blocks,
});

/** What the person who sent the file is told: what was saved, or every problem found and where. */
export function importAnswer(locale: Locale, fileName: string, result: ImportResult): Message {
  const m = messagesFor(locale).imports;
  const kind = m.kind(result.kind);
  const lines: string[] = [m.summary(result)];
  if (result.skipped > 0) lines.push(m.skipped(result.skipped));
  if (result.state === 'committed') {
    if (result.balanceFrom === 'balance') lines.push(m.balanceFromFile);
    if (result.balanceFrom === 'paid') lines.push(m.balanceFromPaid);
    if (result.balanceFrom !== null)
      lines.push(m.receipts(result.details.ledgerReceipts ?? 0, result.details.itemsClosed ?? 0));
    if (result.ignoredColumns.length > 0) lines.push(m.ignored(result.ignoredColumns.join(', ')));
    return message([
      { type: 'header', text: m.importedTitle(fileName, kind) },
      { type: 'text', text: lines.join('\n') },
      { type: 'context', text: m.importId(result.importId) },
    ]);
  }
  const blocks: Block[] = [{ type: 'header', text: m.rejectedTitle(fileName, kind) }];
  if (result.rejected === 0) {
    const missing = result.issues.map((issue) => issue.column).join(', ');
    blocks.push({ type: 'text', text: m.missingColumns(missing) });
  } else {
    lines.push(m.badRows(result.rejected));
    blocks.push({ type: 'text', text: lines.join('\n') });
    const c = m.issueColumns;
    blocks.push({
      type: 'table',
      columns: [
        { key: 'row', label: c.row, align: 'right' },
        { key: 'column', label: c.column },
        { key: 'value', label: c.value },
        { key: 'reason', label: c.reason },
      ],
      rows: result.issues.slice(0, SHOWN_PROBLEMS).map((issue) => ({
        row: String(issue.row),
        column: issue.column,
        value: issue.value,
        reason: m.reason(issue.reason),
      })),
    });
    if (result.issueCount > SHOWN_PROBLEMS)
      blocks.push({ type: 'text', text: m.moreProblems(result.issueCount - SHOWN_PROBLEMS) });
    blocks.push({ type: 'context', text: `${m.rejectsFollow} · ${m.importId(result.importId)}` });
  }
  return message(blocks);
}
