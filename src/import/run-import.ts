import path from 'node:path';
import { evaluateAfterPayments } from '../app/commitments/after-payments.js';
import type { Clock } from '../clock.js';
import type { DbHandle } from '../db/connect.js';
import { recordAudit } from '../db/repositories/audit.repository.js';
import { finishImport, startImport } from '../db/repositories/import.repository.js';
import type { Logger } from '../logger.js';
import { ImportUsageError } from './errors.js';
import { chooseHeader } from './find-header.js';
import { type ColumnPlan, HeaderMapError, planColumns } from './headers.js';
import { auditEntryOf, newResult, outcomeOf } from './import-record.js';
import { KINDS } from './kinds.js';
import { openRowSource } from './read-rows.js';
import { writeRejectsFile } from './rejects-file.js';
import { IssueLog, rejectsPath } from './report.js';
import { createStage, loadStage, markRejected } from './stage.js';
import type { ImportOptions, ImportResult } from './types.js';
import { validatedBatches } from './validate-stream.js';

/** Thrown inside the transaction to roll it back when the file is rejected. */
class Rejected extends Error {}

function planOrUsageError(options: ImportOptions, header: string[]): ColumnPlan {
  try {
    return planColumns(options.kind, header, options.map);
  } catch (err) {
    if (err instanceof HeaderMapError) throw new ImportUsageError(err.message);
    throw err;
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
  const source = await openRowSource(file, options.batchSize ?? 1000, (rows) =>
    chooseHeader(options.kind, rows, options.map),
  );
  try {
    const plan = planOrUsageError(options, source.header);
    const actorLabel = options.actorLabel ?? 'import';
    const importId = await startImport(handle.db, {
      kind: options.kind,
      fileName: path.basename(file),
      actorLabel,
      at: clock.now(),
    });
    const result = newResult(importId, options.kind, file, plan.ignored);
    result.balanceFrom = plan.columns.has('balance') ? 'balance' : plan.columns.has('paid') ? 'paid' : null;
    const issues = new IssueLog(plan);
    const counter = { rows: 0, skipped: 0 };
    const count = (outcome: 'committed' | 'rejected') =>
      options.metrics?.imported(options.kind, outcome, {
        written: outcome === 'committed' ? result.rows - result.rejected : 0,
        rejected: result.rejected,
        skipped: result.skipped,
      });
    const settle = () => {
      result.rows = counter.rows;
      result.skipped = counter.skipped;
      result.rejected = issues.rejectedRows.size;
      result.issues = issues.sorted();
      result.issueCount = issues.count;
      result.elapsedMs = performance.now() - startedAt;
    };

    if (plan.missing.length > 0) {
      for (const label of plan.missing) {
        issues.add(source.headerRow, [{ field: label, value: '', reason: 'missing required column' }]);
      }
      settle();
      result.rejected = 0;
      await finishImport(handle.db, importId, outcomeOf(result, 'rejected', clock.now()));
      count('rejected');
      return result;
    }

    const present = new Set(plan.columns.keys());
    let mark = performance.now();
    const lap = (name: string) => {
      const now = performance.now();
      result.phasesMs[name] = Math.round(now - mark);
      mark = now;
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
          const rows = validatedBatches(source, kind.rows, plan, issues, counter, options.onProgress);
          await createStage(trx, kind.rows.columns);
          await loadStage(trx, session.copyFrom, kind.rows.columns, rows);
          lap('readAndStageMs');
          progress('checking');
          const found = await kind.store.check(trx, present);
          lap('checkMs');
          const flagged = new Set(issues.rejectedRows.keys());
          for (const issue of found) issues.add(issue.row, [issue]);
          if (issues.count > 0 && !options.skipInvalid) throw new Rejected();
          await markRejected(
            trx,
            [...issues.rejectedRows.keys()].filter((row) => !flagged.has(row)),
          );

          progress('writing');
          const now = clock.now();
          const counts = await kind.store.write(trx, { importId, now, present });
          lap('writeMs');
          settle();
          Object.assign(result, {
            state: 'committed',
            inserted: counts.inserted,
            updated: counts.updated,
            unchanged: result.rows - result.rejected - counts.inserted - counts.updated,
            details: { ...counts.details },
            rejectsFile: issues.count > 0 ? rejectsPath(file) : null,
          });
          await finishImport(trx, importId, outcomeOf(result, 'committed', now));
          await recordAudit(trx, auditEntryOf(result, actorLabel, now, options.actorId));
        }),
      );
    } catch (err) {
      settle();
      if (!(err instanceof Rejected)) {
        await finishImport(handle.db, importId, outcomeOf(result, 'failed', clock.now(), err)).catch(
          () => {},
        );
        throw err;
      }
      await finishImport(handle.db, importId, outcomeOf(result, 'rejected', clock.now()));
      logger.info(
        { importId, kind: options.kind, rows: result.rows, rejected: result.rejected },
        'import rejected',
      );
      count('rejected');
      return result;
    }

    if (result.rejectsFile) await writeRejectsFile(file, result.rejectsFile, issues.rejectedRows);
    // Ledger receipts from a receivables file's balances settle promises as bank payments do.
    if (options.kind === 'payments' || (result.details.ledgerReceipts ?? 0) > 0)
      await evaluateAfterPayments(handle.db, clock, logger, importId);
    result.elapsedMs = performance.now() - startedAt;
    count('committed');
    const { rows, inserted, updated, unchanged, rejected, phasesMs } = result;
    logger.info(
      { importId, kind: options.kind, rows, inserted, updated, unchanged, rejected, phasesMs },
      'import committed',
    );
    return result;
  } finally {
    await source.close();
  }
}
