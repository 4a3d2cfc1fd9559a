import { stat } from 'node:fs/promises';
import path from 'node:path';
import { ImportUsageError } from './errors.js';
import { csvRows } from './read-csv.js';
import { xlsxRows } from './read-xlsx.js';

/** One row of a file: its spreadsheet row number and its cells as text. */
export interface SourceRow {
  row: number;
  cells: string[];
}

/** A file opened for streaming: the header row is read, the data rows follow on demand. */
export interface RowSource {
  header: string[];
  headerRow: number;
  /** Data rows after the header, in batches; blank rows are passed by. */
  rows: AsyncIterable<SourceRow[]>;
  bytesRead(): number;
  bytesTotal: number;
  close(): Promise<void>;
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/** Opens a .csv or .xlsx file; throws ImportUsageError when it is missing or of another type. */
export async function openRowSource(file: string, batchSize = 1000): Promise<RowSource> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new ImportUsageError(`file not found: ${file}`);
  const ext = path.extname(file).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx' && ext !== '.txt') {
    throw new ImportUsageError(`unsupported file type "${ext || file}": use .csv or .xlsx`);
  }
  const bytes = { read: 0 };
  const all = ext === '.xlsx' ? xlsxRows(file, bytes, batchSize) : csvRows(file, bytes, batchSize);
  // The header is the first row with any text in it; the rest of its batch is data.
  let pending: SourceRow[] = [];
  let header: SourceRow | undefined;
  while (!header) {
    const next = await all.next();
    if (next.done) break;
    const at = next.value.findIndex((r) => !isBlank(r.cells));
    if (at >= 0) {
      header = next.value[at];
      pending = next.value.slice(at + 1);
    }
  }
  async function* rows(): AsyncGenerator<SourceRow[]> {
    if (!header) return;
    let batch: SourceRow[] | undefined = pending;
    while (batch) {
      const kept = batch.filter((r) => !isBlank(r.cells));
      if (kept.length > 0) yield kept;
      const next = await all.next();
      batch = next.done ? undefined : next.value;
    }
  }
  return {
    header: header?.cells.map((cell) => cell.trim()) ?? [],
    headerRow: header?.row ?? 1,
    rows: rows(),
    bytesRead: () => bytes.read,
    bytesTotal: info.size,
    close: async () => {
      await all.return(undefined);
    },
  };
}
