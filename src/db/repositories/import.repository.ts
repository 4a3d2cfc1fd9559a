import type { DbOrTrx } from '../connect.js';
import type { ImportKind, ImportState } from '../schema/index.js';

/** Opens the record of one import attempt, before any of its rows are written. */
export async function startImport(
  db: DbOrTrx,
  entry: { kind: ImportKind; fileName: string; actorLabel: string; at: Date },
): Promise<number> {
  const row = await db
    .insertInto('imports')
    .values({
      kind: entry.kind,
      file_name: entry.fileName,
      state: 'running',
      actor_label: entry.actorLabel,
      started_at: entry.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface ImportOutcome {
  state: Exclude<ImportState, 'running'>;
  rowsTotal: number;
  rowsInserted: number;
  rowsUpdated: number;
  rowsUnchanged: number;
  rowsRejected: number;
  report: unknown;
  at: Date;
}

/** Closes the record: final state, counts and the report. */
export async function finishImport(db: DbOrTrx, id: number, outcome: ImportOutcome): Promise<void> {
  await db
    .updateTable('imports')
    .set({
      state: outcome.state,
      rows_total: outcome.rowsTotal,
      rows_inserted: outcome.rowsInserted,
      rows_updated: outcome.rowsUpdated,
      rows_unchanged: outcome.rowsUnchanged,
      rows_rejected: outcome.rowsRejected,
      report: JSON.stringify(outcome.report),
      finished_at: outcome.at,
    })
    .where('id', '=', id)
    .execute();
}
