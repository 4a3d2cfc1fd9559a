import path from 'node:path';
import type { Clock } from '../clock.js';
import type { DbHandle } from '../db/connect.js';
import { recordAudit } from '../db/repositories/audit.repository.js';
import { finishImport, startImport } from '../db/repositories/import.repository.js';
import type { Logger } from '../logger.js';
import { ImportUsageError } from './errors.js';
import { type ColumnPlan, HeaderMapError, planColumns } from './headers.js';
import { KINDS } from './kinds.js';
import { openRowSource, type RowSource } from './read-rows.js';
import { writeRejectsFile } from './rejects-file.js';
import { IssueLog, rejectsPath, storedReport } from './report.js';
import { RowReader, type RowValidator } from './row-reader.js';
import { createStage, loadStage, markRejected } from './stage.js';
import type { ImportOptions, ImportResult, StagedRow } from './types.js';

/** Thrown inside the transaction to roll it back when the file is rejected. */
class Rejected extends Error {}

/** Validates rows as they stream in and hands them on in batches for staging. */
async function* validatedBatches(
  source: RowSource,
  validator: RowValidator,
  plan: ColumnPlan,
  issues: IssueLog,
  counter: { rows: number },
  options: ImportOptions,
): AsyncGenerator<StagedRow[]> {
  const reader = new RowReader(plan);
  for await (const rows of source.rows) {
    const batch: StagedRow[] = [];
    for (const { row, cells } of rows) {
      reader.reset(cells);
      const values = validator.validate(reader);
      if (reader.issues.length > 0) issues.add(row, reader.issues);
      batch.push({ row, ok: reader.issues.length === 0, values });
    }
    counter.rows += batch.length;
    yield batch;
    options.onProgress?.({
      phase: 'reading',
      rows: counter.rows,
      bytesRead: source.bytesRead(),
      bytesTotal: source.bytesTotal,
    });
  }
}

/**
 * Imports one file of teams, roster, customers, receivables or payments.
 *
 * The file is streamed, validated row by row and staged in a temporary table (COPY on
 * PostgreSQL, batched INSERTs on PGlite); references are then checked set-based in SQL and
 * the rows upserted by one statement, all in one transaction. Any bad row rejects the whole
 * file and nothing is written, unless `skipInvalid` is set: then the good rows are written and
 * the bad ones go to `<file>.rejects.csv`. Every attempt is recorded in `imports`; a committed
 * one also in the audit log, and the rows it changed carry its id.
 *
 * Throws ImportUsageError when the command is wrong (missing file, unsupported type, bad map).
 */
export async function runImport(
  handle: DbHandle,
  clock: Clock,
  logger: Logger,
  options: ImportOptions,
): Promise<ImportResult> {
  const startedAt = performance.now();
  const file = path.resolve(options.file);
  const kind = KINDS[options.kind];
  if (!kind) throw new ImportUsageError(`unknown kind "${options.kind}"`);
  const source = await openRowSource(file, options.batchSize ?? 2000);
  try {
    let plan: ColumnPlan;
    try {
      plan = planColumns(options.kind, source.header, options.map);
    } catch (err) {
      if (err instanceof HeaderMapError) throw new ImportUsageError(err.message);
      throw err;
    }
    const actorLabel = options.actorLabel ?? 'import';
    const importId = await startImport(handle.db, {
      kind: options.kind,
      fileName: path.basename(file),
      actorLabel,
      at: clock.now(),
    });
    const issues = new IssueLog(plan);
    const counter = { rows: 0 };
    const result: ImportResult = {
      importId,
      kind: options.kind,
      file,
      state: 'rejected',
      rows: 0,
      inserted: 0,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      issues: [],
      issueCount: 0,
      ignoredColumns: plan.ignored,
      rejectsFile: null,
      details: {},
      phasesMs: {},
      elapsedMs: 0,
    };
    const settle = () => {
      result.rows = counter.rows;
      result.rejected = issues.rejectedRows.size;
      result.issues = issues.sorted();
      result.issueCount = issues.count;
      result.elapsedMs = performance.now() - startedAt;
    };
    const outcome = (state: 'committed' | 'rejected') => ({
      state,
      rowsTotal: result.rows,
      rowsInserted: result.inserted,
      rowsUpdated: result.updated,
      rowsUnchanged: result.unchanged,
      rowsRejected: result.rejected,
      report: storedReport(result),
      at: clock.now(),
    });

    if (plan.missing.length > 0) {
      for (const label of plan.missing) {
        issues.add(source.headerRow, [{ field: label, value: '', reason: 'missing required column' }]);
      }
      settle();
      result.rejected = 0;
      await finishImport(handle.db, importId, outcome('rejected'));
      return result;
    }

    const present = new Set(plan.columns.keys());
    const phases = result.phasesMs;
    let mark = performance.now();
    const lap = (name: string) => {
      const t = performance.now();
      phases[name] = Math.round(t - mark);
      mark = t;
    };
    const progress = (phase: 'checking' | 'writing') =>
      options.onProgress?.({
        phase,
        rows: counter.rows,
        bytesRead: source.bytesTotal,
        bytesTotal: source.bytesTotal,
      });

    try {
      await handle.session((session) =>
        session.db.transaction().execute(async (trx) => {
          await createStage(trx, kind.rows.columns);
          await loadStage(
            trx,
            session.copyFrom,
            kind.rows.columns,
            validatedBatches(source, kind.rows, plan, issues, counter, options),
          );
          lap('readAndStageMs');
          progress('checking');
          const found = await kind.store.check(trx, present);
          lap('checkMs');
          const before = new Set(issues.rejectedRows.keys());
          for (const issue of found) issues.add(issue.row, [issue]);
          if (issues.count > 0 && !options.skipInvalid) throw new Rejected();
          await markRejected(
            trx,
            [...issues.rejectedRows.keys()].filter((row) => !before.has(row)),
          );
          progress('writing');
          const now = clock.now();
          const counts = await kind.store.write(trx, { importId, now, present });
          lap('writeMs');
          result.inserted = counts.inserted;
          result.updated = counts.updated;
          result.details = { ...counts.details };
          result.state = 'committed';
          if (issues.count > 0) result.rejectsFile = rejectsPath(file);
          settle();
          result.unchanged = result.rows - result.rejected - result.inserted - result.updated;
          await finishImport(trx, importId, outcome('committed'));
          await recordAudit(trx, {
            at: now,
            actorLabel,
            action: 'import.committed',
            entity: 'import',
            entityId: importId,
            after: {
              kind: options.kind,
              file: path.basename(file),
              rows: result.rows,
              inserted: result.inserted,
              updated: result.updated,
              unchanged: result.unchanged,
              rejected: result.rejected,
            },
            importId,
          });
        }),
      );
    } catch (err) {
      if (!(err instanceof Rejected)) {
        settle();
        await finishImport(handle.db, importId, {
          ...outcome('rejected'),
          state: 'failed',
          report: { error: String(err) },
        }).catch(() => {});
        throw err;
      }
      settle();
      await finishImport(handle.db, importId, outcome('rejected'));
      logger.info(
        { importId, kind: options.kind, rows: result.rows, rejected: result.rejected },
        'import rejected',
      );
      return result;
    }

    if (result.rejectsFile) await writeRejectsFile(file, result.rejectsFile, issues.rejectedRows);
    result.elapsedMs = performance.now() - startedAt;
    logger.info(
      {
        importId,
        kind: options.kind,
        rows: result.rows,
        inserted: result.inserted,
        updated: result.updated,
        unchanged: result.unchanged,
        rejected: result.rejected,
        phases,
      },
      'import committed',
    );
    return result;
  } finally {
    await source.close();
  }
}
