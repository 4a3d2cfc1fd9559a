import type { Cell } from './cells.js';
import type { ColumnPlan } from './headers.js';
import type { CellIssue, StageColumn, StageValue } from './types.js';

/** Field-by-field access to one row, collecting every problem instead of stopping at the first. */
export class RowReader {
  private readonly index: Record<string, number>;
  private cells: readonly string[] = [];
  issues: CellIssue[] = [];

  constructor(plan: ColumnPlan) {
    this.index = Object.fromEntries(plan.columns);
  }

  /** Points the reader at the next row (the issues of the previous row must have been taken). */
  reset(cells: readonly string[]): void {
    this.cells = cells;
    if (this.issues.length > 0) this.issues = [];
  }

  /** Whether the file has a column for the field. */
  has(field: string): boolean {
    return this.index[field] !== undefined;
  }

  /** The trimmed cell, or null when the column is absent or the cell is empty. */
  text(field: string): string | null {
    const i = this.index[field];
    if (i === undefined) return null;
    const value = this.cells[i]?.trim() ?? '';
    return value === '' ? null : value;
  }

  /** Like `text`, but an empty or absent cell is reported as missing. */
  required(field: string): string | null {
    const value = this.text(field);
    if (value === null) this.issue(field, '', 'missing required field');
    return value;
  }

  /** Reads a cell with a parser; null when empty, or (with an issue noted) when unreadable. */
  read<T>(field: string, parse: (text: string) => Cell<T>, required = false): T | null {
    const text = required ? this.required(field) : this.text(field);
    if (text === null) return null;
    const cell = parse(text);
    if (cell.ok) return cell.value;
    this.issue(field, text, cell.reason);
    return null;
  }

  issue(field: string, value: string, reason: string): void {
    this.issues.push({ field, value, reason });
  }
}

/** How one kind turns a row into staged values. Pure: no database, no I/O. */
export interface RowValidator {
  /** Staged columns after row and ok, in the order `validate` returns values. */
  readonly columns: readonly StageColumn[];
  validate(row: RowReader): StageValue[];
}
