import type { DbOrTrx } from '../db/connect.js';
import type { CellIssue } from './types.js';

export interface WriteContext {
  importId: number;
  now: Date;
  /** Fields the file has a column for. */
  present: ReadonlySet<string>;
}

export interface WriteCounts {
  inserted: number;
  updated: number;
  /** Extra figures for the report (e.g. allocations made). */
  details?: Record<string, number>;
}

/** The database side of one kind: set-based checks against the staging table, then the write. */
export interface KindStore {
  check(db: DbOrTrx, present: ReadonlySet<string>): Promise<(CellIssue & { row: number })[]>;
  write(db: DbOrTrx, ctx: WriteContext): Promise<WriteCounts>;
}
