import { createReadStream } from 'node:fs';
import type { SourceRow } from './read-rows.js';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The text a person sees in a cell; dates become 2026-12-01, formulas their result. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    // Spreadsheet numbers are doubles: 15 significant digits drop binary noise such as 0.1+0.2.
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    // Excel dates carry no zone; exceljs reads them as UTC. Round to the second against float noise.
    const d = new Date(Math.round(value.getTime() / 1000) * 1000);
    return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  }
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText))
      return v.richText.map((part: { text?: string }) => part.text ?? '').join('');
    if ('result' in v) return cellText(v.result);
    if ('text' in v) return cellText(v.text);
    if ('error' in v) return String(v.error);
  }
  return String(value);
}

/**
 * Streams the first worksheet of an .xlsx file in batches, with exceljs's WorkbookReader; row
 * numbers are the sheet's. The workbook is always read to its end, even when the caller stops
 * early: abandoning exceljs's zip reader midway makes it fail after the fact.
 */
export async function* xlsxRows(
  file: string,
  bytes: { read: number },
  size: number,
): AsyncGenerator<SourceRow[]> {
  // Loaded on first use: CSV imports need none of it. (Before the file is opened: a stream
  // that starts flowing before exceljs pipes it would lose its first bytes.)
  const { default: ExcelJS } = await import('exceljs');
  const input = createReadStream(file, { highWaterMark: 1 << 20 });
  input.on('data', (chunk) => {
    bytes.read += chunk.length;
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'emit',
  });
  const queue: SourceRow[][] = [];
  let done = false;
  let stopped = false;
  let failure: unknown = null;
  let wakeReader: (() => void) | null = null;
  let wakePump: (() => void) | null = null;
  const wake = (which: 'reader' | 'pump') => {
    const fn = which === 'reader' ? wakeReader : wakePump;
    if (which === 'reader') wakeReader = null;
    else wakePump = null;
    fn?.();
  };
  const pump = async () => {
    let first = true;
    let batch: SourceRow[] = [];
    try {
      for await (const sheet of workbook) {
        for await (const row of sheet) {
          if (!first || stopped) continue;
          const values = row.values as unknown[];
          const cells: string[] = [];
          for (let i = 1; i < values.length; i += 1) cells.push(cellText(values[i]));
          batch.push({ row: row.number, cells });
          if (batch.length < size) continue;
          queue.push(batch);
          batch = [];
          wake('reader');
          while (queue.length >= 2 && !stopped) await new Promise<void>((resolve) => (wakePump = resolve));
        }
        if (first && batch.length > 0) queue.push(batch);
        first = false;
      }
    } catch (err) {
      failure = err;
    } finally {
      done = true;
      wake('reader');
    }
  };
  void pump();
  try {
    for (;;) {
      const next = queue.shift();
      if (next) {
        wake('pump');
        yield next;
        continue;
      }
      if (failure) throw failure;
      if (done) return;
      await new Promise<void>((resolve) => (wakeReader = resolve));
    }
  } finally {
    stopped = true;
    wake('pump');
  }
}
