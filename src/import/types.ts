import type { ImportKind } from '../db/schema/index.js';
import type { Metrics } from '../observability/metrics.js';

export type { ImportKind };

/** Every kind of file the import understands, in the order a new company loads them. */
export const IMPORT_KINDS: readonly ImportKind[] = [
  'teams',
  'roster',
  'customers',
  'receivables',
  'payments',
  'contacts',
  'ratings',
];

export function isImportKind(value: string): value is ImportKind {
  return (IMPORT_KINDS as readonly string[]).includes(value);
}

/** One problem with one cell, located the way a person finds it in the spreadsheet. */
export interface RowIssue {
  /** Spreadsheet row: the header is row 1, the first data row is row 2. */
  row: number;
  /** The column header as written in the file (or the field's name when the column is absent). */
  column: string;
  /** The cell as written. */
  value: string;
  reason: string;
}

/** A problem found while reading one row, before its row number and header are attached. */
export interface CellIssue {
  field: string;
  value: string;
  reason: string;
}

/** What a staged column holds; the staging table is typed so the upsert needs no casts. */
export type StageType = 'text' | 'int' | 'bigint' | 'date' | 'jsonb';
export type StageValue = string | number | null;

export interface StageColumn {
  name: string;
  type: StageType;
}

/** One data row after validation: typed values in stage-column order, null where unreadable. */
export interface StagedRow {
  row: number;
  ok: boolean;
  values: StageValue[];
}

export interface ImportProgress {
  phase: 'reading' | 'checking' | 'writing';
  rows: number;
  bytesRead: number;
  bytesTotal: number;
}

/** What the caller asks for; the use case reads no globals. */
export interface ImportOptions {
  kind: ImportKind;
  /** Path of a .csv or .xlsx file. */
  file: string;
  /** Extra header → field mappings ("--map Column=field"); a field of "-" ignores the column. */
  map?: Readonly<Record<string, string>>;
  /** Write the good rows and put the bad ones in a rejects file, instead of rejecting the file. */
  skipInvalid?: boolean;
  /** Recorded on the import and in the audit log; default 'import'. */
  actorLabel?: string;
  /** The roster person who imported it (a file sent in the chat), for the audit log. */
  actorId?: number;
  /** Rows per batch when validating and staging; default 1,000. */
  batchSize?: number;
  onProgress?: (progress: ImportProgress) => void;
  /** Counts the import and its rows for /metrics. */
  metrics?: Metrics;
}

export interface ImportCounts {
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export interface ImportResult extends ImportCounts {
  importId: number;
  kind: ImportKind;
  file: string;
  state: 'committed' | 'rejected';
  /** Subtotal, total and footer rows passed by (小计, 合计, Total, 制表人 …). */
  skipped: number;
  /** Where open balances came from: the file's balance column, amount less its paid column, or neither. */
  balanceFrom: 'balance' | 'paid' | null;
  /** Problems found, in row order (the report keeps the first 1,000; `issueCount` has them all). */
  issues: RowIssue[];
  issueCount: number;
  /** Headers the import did not use. */
  ignoredColumns: string[];
  /** Path of the rejects file written with skipInvalid, when some rows were rejected. */
  rejectsFile: string | null;
  /** Extra figures per kind (e.g. payment allocations). */
  details: Record<string, number>;
  /** Milliseconds spent reading and staging, checking, and writing. */
  phasesMs: Record<string, number>;
  elapsedMs: number;
}
