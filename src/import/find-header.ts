import { findField, HeaderMapError, planColumns } from './headers.js';
import type { SourceRow } from './read-rows.js';
import type { ImportKind } from './types.js';

/** Where the header is: the row (or two rows) it takes, and the column names read from it. */
export interface HeaderChoice {
  /** Index in the rows given of the header's first row. */
  index: number;
  /** 1 for a plain header, 2 for a two-row header with merged group cells above. */
  span: 1 | 2;
  header: string[];
}

/** ERP exports put a title, the company and the period above the header; this many rows are looked at. */
export const HEADER_SEARCH_ROWS = 30;

/**
 * Names for each column of a two-row header: a group cell merged across columns (客户 over
 * 编码 | 名称) is carried to the right, and each column takes the first of "group + own",
 * its own cell, or the group cell that names a field of the kind.
 */
export function mergeHeaderRows(
  kind: ImportKind,
  top: readonly string[],
  bottom: readonly string[],
): string[] {
  const width = Math.max(top.length, bottom.length);
  const names: string[] = [];
  let group = '';
  for (let i = 0; i < width; i += 1) {
    const above = (top[i] ?? '').trim();
    const own = (bottom[i] ?? '').trim();
    // A group cell reaches right over the columns below it; an empty column ends it.
    if (above !== '') group = above;
    else if (own === '') group = '';
    const over = above || (own ? group : '');
    const candidates = [over && own ? `${over}${own}` : '', own, over].filter((c) => c !== '');
    names.push(candidates.find((c) => findField(kind, c) !== undefined) ?? (own || over));
  }
  return names;
}

function score(kind: ImportKind, header: readonly string[], map: Readonly<Record<string, string>>) {
  try {
    const plan = planColumns(kind, header, map);
    return { recognised: plan.columns.size, missing: plan.missing.length };
  } catch (err) {
    if (err instanceof HeaderMapError) return { recognised: -1, missing: Number.POSITIVE_INFINITY };
    throw err;
  }
}

/**
 * Picks the header among the first non-blank rows: the row, or pair of adjacent rows, that
 * names the kind's required columns and most of its fields. Without any recognised column
 * the first row is the header, so the missing columns are named against it.
 */
export function chooseHeader(
  kind: ImportKind,
  rows: readonly SourceRow[],
  map: Readonly<Record<string, string>> = {},
): HeaderChoice | null {
  if (rows.length === 0) return null;
  let best: HeaderChoice & { recognised: number; missing: number } = {
    index: 0,
    span: 1,
    header: (rows[0] as SourceRow).cells.map((c) => c.trim()),
    recognised: 0,
    missing: Number.POSITIVE_INFINITY,
  };
  const better = (s: { recognised: number; missing: number }) =>
    s.missing < best.missing || (s.missing === best.missing && s.recognised > best.recognised);
  rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, index) => {
    const single = row.cells.map((c) => c.trim());
    const one = score(kind, single, map);
    if (one.recognised > 0 && better(one)) best = { index, span: 1, header: single, ...one };
    const next = rows[index + 1];
    if (!next || next.row !== row.row + 1) return;
    const merged = mergeHeaderRows(kind, row.cells, next.cells);
    const two = score(kind, merged, map);
    // Two rows only when together they say more than either alone (a title row above adds nothing).
    const lower = score(kind, next.cells, map);
    const beats = (s: { recognised: number; missing: number }) =>
      two.missing < s.missing || (two.missing === s.missing && two.recognised > s.recognised);
    if (two.recognised > 0 && better(two) && beats(one) && beats(lower))
      best = { index, span: 2, header: merged, ...two };
  });
  return { index: best.index, span: best.span, header: best.header };
}

// Subtotal, total and signature lines of ERP reports: a cell reading exactly one of these
// words (optionally followed by a colon and more text) marks the row as not being data.
const SUMMARY_WORDS =
  /^(小计|合计|总计|本页小计|本页合计|累计|客户小计|总合计|制表人|制表|制单人|制单|审核人|审核|复核人|复核|财务负责人|会计主管|打印人|打印日期|打印时间|total|subtotal|sub-total|grand total|prepared by|approved by|printed on)\s*([:：].*)?$/i;

/** Whether a row is a subtotal, total or footer line of a report rather than a record. */
export function isSummaryRow(cells: readonly string[]): boolean {
  return cells.some((cell) => SUMMARY_WORDS.test(cell.trim().normalize('NFKC')));
}
