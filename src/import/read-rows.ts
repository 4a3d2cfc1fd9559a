import { stat } from 'node:fs/promises';
import path from 'node:path';
import { ImportUsageError } from './errors.js';
import { HEADER_SEARCH_ROWS, type HeaderChoice } from './find-header.js';
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

/** Picks the header among the first non-blank rows; by default the first of them. */
export type HeaderChooser = (rows: readonly SourceRow[]) => HeaderChoice | null;

const firstRow: HeaderChooser = (rows) =>
  rows[0] ? { index: 0, span: 1, header: rows[0].cells.map((c) => c.trim()) } : null;

/** Opens a .csv or .xlsx file; throws ImportUsageError when it is missing or of another type. */
export async function openRowSource(
  file: string,
  batchSize = 1000,
  choose: HeaderChooser = firstRow,
): Promise<RowSource> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new ImportUsageError(`file not found: ${file}`);
  const ext = path.extname(file).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx' && ext !== '.txt') {
    throw new ImportUsageError(`unsupported file type "${ext || file}": use .csv or .xlsx`);
  }
  const bytes = { read: 0 };
  const all = ext === '.xlsx' ? xlsxRows(file, bytes, batchSize) : csvRows(file, bytes, batchSize);
  // Reads ahead far enough to see the header below any title rows; the rest is data.
  const seen: SourceRow[] = [];
  let nonBlank = 0;
  while (nonBlank < HEADER_SEARCH_ROWS + 1) {
    const next = await all.next();
    if (next.done) break;
    seen.push(...next.value);
    nonBlank += next.value.filter((r) => !isBlank(r.cells)).length;
  }
  const candidates = seen.filter((r) => !isBlank(r.cells));
  const choice = choose(candidates);
  const headerLast = choice ? candidates[choice.index + choice.span - 1] : undefined;
  const pending = headerLast ? seen.filter((r) => r.row > headerLast.row) : [];
  const header = choice && headerLast ? { row: headerLast.row, cells: choice.header } : undefined;
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
