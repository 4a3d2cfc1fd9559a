import path from 'node:path';
import { type ColumnPlan, headerOf } from './headers.js';
import type { CellIssue, ImportResult, RowIssue } from './types.js';

/** How many problems the stored report and the printed report keep. */
export const REPORT_ISSUE_LIMIT = 1000;
export const PRINTED_ISSUE_LIMIT = 50;

/** Collects the problems of an import, each located by row and column header. */
export class IssueLog {
  private readonly issues: RowIssue[] = [];
  private readonly rows = new Map<number, string[]>();

  constructor(private readonly plan: ColumnPlan) {}

  add(row: number, cells: readonly CellIssue[]): void {
    for (const cell of cells) {
      const issue = { row, column: headerOf(this.plan, cell.field), value: cell.value, reason: cell.reason };
      this.issues.push(issue);
      // The rejects file has the row number in a column of its own.
      const reason = formatIssue(issue).replace(/^row \d+ · /, '');
      const reasons = this.rows.get(row);
      if (reasons) reasons.push(reason);
      else this.rows.set(row, [reason]);
    }
  }

  get count(): number {
    return this.issues.length;
  }

  /** Rows with at least one problem. */
  get rejectedRows(): ReadonlyMap<number, readonly string[]> {
    return this.rows;
  }

  /** All problems in row order, stable within a row. */
  sorted(): RowIssue[] {
    return this.issues
      .map((issue, i) => ({ issue, i }))
      .sort((a, b) => a.issue.row - b.issue.row || a.i - b.i)
      .map((x) => x.issue);
  }
}

/** "x.csv" → "x.rejects.csv", next to the input. */
export function rejectsPath(file: string): string {
  const ext = path.extname(file);
  return `${ext ? file.slice(0, -ext.length) : file}.rejects.csv`;
}

export function formatIssue(issue: RowIssue): string {
  const value = issue.value === '' ? '' : ` "${issue.value}"`;
  return `row ${issue.row} · ${issue.column}${value}: ${issue.reason}`;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The one line an import ends with. */
export function summaryLine(result: ImportResult): string {
  const skipped = result.skipped > 0 ? ` (${result.skipped} subtotal/total/footer rows skipped)` : '';
  const head = `${result.kind}: ${result.rows} rows${skipped} — `;
  if (result.state === 'rejected') {
    const bad = result.rejected === 1 ? '1 row' : `${result.rejected} rows`;
    const what = result.rejected > 0 ? `${bad} with problems` : 'the file lacks required columns';
    return `${head}rejected, nothing written: ${what} (import #${result.importId}) in ${seconds(result.elapsedMs)}`;
  }
  const rejects = result.rejectsFile ? ` (rejects: ${path.basename(result.rejectsFile)})` : '';
  return (
    `${head}${result.inserted} inserted, ${result.updated} updated, ${result.unchanged} unchanged, ` +
    `${result.rejected} rejected${rejects}${balanceNote(result)} in ${seconds(result.elapsedMs)}`
  );
}

/** How the file's balances were taken, and the receipts they stand for. */
function balanceNote(result: ImportResult): string {
  if (result.balanceFrom === null) return '';
  const from =
    result.balanceFrom === 'paid'
      ? 'open balances computed as amount less the paid column'
      : 'open balances from the file';
  const receipts = result.details.ledgerReceipts ?? 0;
  const closed = result.details.itemsClosed ?? 0;
  return `; ${from}: ${receipts} receipt${receipts === 1 ? '' : 's'} no payment explains recorded, ${closed} item${closed === 1 ? '' : 's'} closed`;
}

/** Everything printed for an import: problems (capped), ignored columns, then the summary line. */
export function reportLines(result: ImportResult): string[] {
  const lines = result.issues.slice(0, PRINTED_ISSUE_LIMIT).map(formatIssue);
  if (result.issueCount > PRINTED_ISSUE_LIMIT) {
    lines.push(
      `… and ${result.issueCount - PRINTED_ISSUE_LIMIT} more (see the report of import #${result.importId})`,
    );
  }
  if (result.ignoredColumns.length > 0) lines.push(`ignored columns: ${result.ignoredColumns.join(', ')}`);
  lines.push(summaryLine(result));
  return lines;
}

/** The JSON kept on the imports row. */
export function storedReport(result: ImportResult): Record<string, unknown> {
  return {
    kind: result.kind,
    file: result.file,
    rows: result.rows,
    skipped: result.skipped,
    balanceFrom: result.balanceFrom,
    inserted: result.inserted,
    updated: result.updated,
    unchanged: result.unchanged,
    rejected: result.rejected,
    ignoredColumns: result.ignoredColumns,
    rejectsFile: result.rejectsFile,
    details: result.details,
    issueCount: result.issueCount,
    issues: result.issues.slice(0, REPORT_ISSUE_LIMIT),
  };
}
