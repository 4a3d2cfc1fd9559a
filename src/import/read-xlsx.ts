import { createReadStream } from 'node:fs';
import ExcelJS from 'exceljs';
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

/** Streams the first worksheet of an .xlsx file with exceljs's WorkbookReader; row numbers are the sheet's. */
export async function* xlsxRows(file: string, bytes: { read: number }): AsyncGenerator<SourceRow> {
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
  try {
    for await (const sheet of workbook) {
      for await (const row of sheet) {
        const values = row.values as unknown[];
        const cells: string[] = [];
        for (let i = 1; i < values.length; i += 1) cells.push(cellText(values[i]));
        yield { row: row.number, cells };
      }
      break;
    }
  } finally {
    input.destroy();
  }
}
