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
  /** Data rows after the header; blank rows are passed by. */
  rows: AsyncIterable<SourceRow>;
  bytesRead(): number;
  bytesTotal: number;
  close(): Promise<void>;
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/** Opens a .csv or .xlsx file; throws ImportUsageError when it is missing or of another type. */
export async function openRowSource(file: string): Promise<RowSource> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new ImportUsageError(`file not found: ${file}`);
  const ext = path.extname(file).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx' && ext !== '.txt') {
    throw new ImportUsageError(`unsupported file type "${ext || file}": use .csv or .xlsx`);
  }
  const bytes = { read: 0 };
  const all = ext === '.xlsx' ? xlsxRows(file, bytes) : csvRows(file, bytes);
  let first = await all.next();
  while (!first.done && isBlank(first.value.cells)) first = await all.next();
  const header = first.done ? [] : first.value.cells.map((cell) => cell.trim());
  const headerRow = first.done ? 1 : first.value.row;
  async function* rows(): AsyncGenerator<SourceRow> {
    for await (const row of { [Symbol.asyncIterator]: () => all }) {
      if (!isBlank(row.cells)) yield row;
    }
  }
  return {
    header,
    headerRow,
    rows: rows(),
    bytesRead: () => bytes.read,
    bytesTotal: info.size,
    close: async () => {
      await all.return(undefined);
    },
  };
}
