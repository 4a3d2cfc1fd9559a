import path from 'node:path';
import type { AuditEntry } from '../db/repositories/audit.repository.js';
import type { ImportOutcome } from '../db/repositories/import.repository.js';
import { storedReport } from './report.js';
import type { ImportKind, ImportResult } from './types.js';

/** The result of an import before anything has been read. */
export function newResult(
  importId: number,
  kind: ImportKind,
  file: string,
  ignoredColumns: string[],
): ImportResult {
  return {
    importId,
    kind,
    file,
    state: 'rejected',
    rows: 0,
    skipped: 0,
    balanceFrom: null,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    issues: [],
    issueCount: 0,
    ignoredColumns,
    rejectsFile: null,
    details: {},
    phasesMs: {},
    elapsedMs: 0,
  };
}

/** What the imports row records at the end of an attempt. */
export function outcomeOf(
  result: ImportResult,
  state: ImportOutcome['state'],
  at: Date,
  error?: unknown,
): ImportOutcome {
  return {
    state,
    rowsTotal: result.rows,
    rowsInserted: result.inserted,
    rowsUpdated: result.updated,
    rowsUnchanged: result.unchanged,
    rowsRejected: result.rejected,
    report: error === undefined ? storedReport(result) : { ...storedReport(result), error: String(error) },
    at,
  };
}

/** The one audit entry of a committed import: its id and counts. */
export function auditEntryOf(
  result: ImportResult,
  actorLabel: string,
  at: Date,
  actorId?: number,
): AuditEntry {
  return {
    at,
    ...(actorId === undefined ? {} : { actorId }),
    actorLabel,
    action: 'import.committed',
    entity: 'import',
    entityId: result.importId,
    after: {
      kind: result.kind,
      file: path.basename(result.file),
      rows: result.rows,
      inserted: result.inserted,
      updated: result.updated,
      unchanged: result.unchanged,
      rejected: result.rejected,
    },
    importId: result.importId,
  };
}
