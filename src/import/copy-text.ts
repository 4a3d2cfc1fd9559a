import type { StagedRow } from './types.js';

const SPECIAL = /[\\\t\n\r]/;
const SPECIAL_ALL = /[\\\t\n\r]/g;
const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function field(value: string | number | null): string {
  if (value === null) return '\\N';
  if (typeof value === 'number') return String(value);
  return SPECIAL.test(value) ? value.replace(SPECIAL_ALL, (c) => ESCAPES[c] ?? c) : value;
}

/** Encodes staged rows in PostgreSQL's COPY text format: tab-separated, \N for null. */
export function encodeCopyText(rows: readonly StagedRow[]): string {
  let out = '';
  for (const row of rows) {
    out += `${row.row}\t${row.ok ? 't' : 'f'}`;
    for (const value of row.values) out += `\t${field(value)}`;
    out += '\n';
  }
  return out;
}
