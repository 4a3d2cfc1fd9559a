import { chooseHeader } from './find-header.js';
import { planColumns } from './headers.js';
import { openRowSource } from './read-rows.js';
import { IMPORT_KINDS, type ImportKind } from './types.js';

/** How well a file's header fits one kind. */
export interface KindFit {
  kind: ImportKind;
  /** Columns recognised as fields of the kind. */
  recognised: number;
  /** Every required column is there. */
  complete: boolean;
}

/**
 * Reads the header of a .csv or .xlsx file once per kind and says how well it fits each, best
 * first. Throws ImportUsageError when the file cannot be read (encoding, type).
 */
export async function fitKinds(file: string): Promise<KindFit[]> {
  const fits: KindFit[] = [];
  for (const kind of IMPORT_KINDS) {
    const source = await openRowSource(file, 200, (rows) => chooseHeader(kind, rows));
    try {
      const plan = planColumns(kind, source.header);
      fits.push({ kind, recognised: plan.columns.size, complete: plan.missing.length === 0 });
    } finally {
      await source.close();
    }
  }
  return fits.sort((a, b) => Number(b.complete) - Number(a.complete) || b.recognised - a.recognised);
}

/** Fewer known columns than this say too little to tell one kind of file from another. */
const TELLING_COLUMNS = 3;

/**
 * The kind the header makes plain: the complete fit recognising the most columns, when it knows
 * enough of them and no other complete fit knows as many.
 */
export function plainKind(fits: readonly KindFit[]): ImportKind | null {
  const [first, second] = fits.filter((f) => f.complete);
  if (!first || first.recognised < TELLING_COLUMNS) return null;
  return !second || first.recognised > second.recognised ? first.kind : null;
}
