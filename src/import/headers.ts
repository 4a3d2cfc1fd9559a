import { FIELDS, type FieldSpec, REQUIRED_COLUMNS } from './fields.js';
import type { ImportKind } from './types.js';

/**
 * Reduces a header to what identifies it: full-width folded, lower-case, without spaces,
 * punctuation or a trailing unit in brackets. "Invoice No.", "invoice_no" and "INVOICE NO"
 * become "invoiceno"; "金额（元）" becomes "金额".
 */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】/g, '')
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

/** Which column holds which field, worked out once from the header row. */
export interface ColumnPlan {
  kind: ImportKind;
  headers: readonly string[];
  /** Field id → column index. */
  columns: ReadonlyMap<string, number>;
  /** Headers the import does not use, in file order. */
  ignored: string[];
  /** Required column groups the file lacks, as readable labels ("金额 / Amount"). */
  missing: string[];
}

/** A --map entry that cannot be applied: the command is wrong, not the file. */
export class HeaderMapError extends Error {}

const IGNORE = new Set(['-', 'ignore', '忽略']);

/** Finds a field of `kind` by id or by any of its header names. */
export function findField(kind: ImportKind, name: string): FieldSpec | undefined {
  const key = normalizeHeader(name);
  if (key === '') return undefined;
  return (
    FIELDS[kind].find((field) => field.id === name) ??
    FIELDS[kind].find((field) => field.aliases.some((alias) => normalizeHeader(alias) === key))
  );
}

/**
 * Matches the header row to the kind's fields. Explicit `map` entries ("Column Header" → field)
 * win; the first column recognised for a field is used and later ones are ignored.
 */
export function planColumns(
  kind: ImportKind,
  headers: readonly string[],
  map: Readonly<Record<string, string>> = {},
): ColumnPlan {
  const byColumn = new Map<number, string | null>();
  for (const [header, target] of Object.entries(map)) {
    const exact = headers.indexOf(header);
    const index =
      exact >= 0 ? exact : headers.findIndex((h) => normalizeHeader(h) === normalizeHeader(header));
    if (index < 0) throw new HeaderMapError(`--map names a column "${header}" that the file does not have`);
    if (IGNORE.has(target.trim())) {
      byColumn.set(index, null);
      continue;
    }
    const field = findField(kind, target.trim());
    if (!field) {
      const known = FIELDS[kind].map((x) => x.id).join(', ');
      throw new HeaderMapError(`--map target "${target}" is not a ${kind} field (fields: ${known})`);
    }
    byColumn.set(index, field.id);
  }

  const columns = new Map<string, number>();
  const claim = (field: string, index: number): boolean => {
    if (columns.has(field)) return false;
    columns.set(field, index);
    return true;
  };
  // Mapped columns first, so a --map entry can take a field a recognised header would also claim.
  for (const [index, field] of byColumn) if (field !== null) claim(field, index);
  const ignored: string[] = [];
  headers.forEach((header, index) => {
    if (byColumn.has(index)) {
      if (byColumn.get(index) === null && header.trim() !== '') ignored.push(header);
      return;
    }
    const field = findField(kind, header);
    if (!field || !claim(field.id, index)) {
      if (header.trim() !== '') ignored.push(header);
    }
  });

  const missing = REQUIRED_COLUMNS[kind]
    .filter((group) => !group.some((field) => columns.has(field)))
    .map((group) =>
      group.map((id) => FIELDS[kind].find((field) => field.id === id)?.label ?? id).join(' or '),
    );
  return { kind, headers, columns, ignored, missing };
}

/** The header a person sees for a field: the file's own when present, else the field's label. */
export function headerOf(plan: ColumnPlan, field: string): string {
  const index = plan.columns.get(field);
  if (index !== undefined) return plan.headers[index] ?? field;
  return FIELDS[plan.kind].find((spec) => spec.id === field)?.label ?? field;
}
