import { isSummaryRow } from './find-header.js';
import type { ColumnPlan } from './headers.js';
import type { RowSource } from './read-rows.js';
import type { IssueLog } from './report.js';
import { RowReader, type RowValidator } from './row-reader.js';
import type { ImportOptions, StagedRow } from './types.js';

/**
 * Validates rows as they stream in and hands them on in batches for staging. Bad rows are
 * staged too (flagged, with what could be read) so the database checks can report every
 * problem of the file in one go.
 */
export async function* validatedBatches(
  source: RowSource,
  validator: RowValidator,
  plan: ColumnPlan,
  issues: IssueLog,
  counter: { rows: number; skipped: number },
  onProgress: ImportOptions['onProgress'],
): AsyncGenerator<StagedRow[]> {
  const reader = new RowReader(plan);
  for await (const rows of source.rows) {
    const batch: StagedRow[] = [];
    for (const { row, cells } of rows) {
      // Subtotal, total and footer lines of an ERP report are not records: counted, not read.
      if (isSummaryRow(cells)) {
        counter.skipped += 1;
        continue;
      }
      reader.reset(cells);
      const values = validator.validate(reader);
      if (reader.issues.length > 0) issues.add(row, reader.issues);
      batch.push({ row, ok: reader.issues.length === 0, values });
    }
    counter.rows += batch.length;
    yield batch;
    onProgress?.({
      phase: 'reading',
      rows: counter.rows,
      bytesRead: source.bytesRead(),
      bytesTotal: source.bytesTotal,
    });
  }
}
