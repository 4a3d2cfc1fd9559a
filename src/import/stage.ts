import { Readable } from 'node:stream';
import { sql } from 'kysely';
import type { DbOrTrx, DbSession } from '../db/connect.js';
import { encodeCopyText } from './copy-text.js';
import type { StageColumn, StagedRow } from './types.js';

/** The per-import staging table: temporary, dropped when the import's transaction ends. */
export const STAGE = 'import_stage';

const SQL_TYPES = { text: 'text', int: 'integer', bigint: 'bigint', date: 'date', jsonb: 'jsonb' } as const;

// The staging table is not in the schema types: it is reached through raw SQL only.
type AnyDb = DbOrTrx;

export async function createStage(trx: AnyDb, columns: readonly StageColumn[]): Promise<void> {
  const defs = ['row_no integer NOT NULL', 'ok boolean NOT NULL'];
  for (const c of columns) defs.push(`${c.name} ${SQL_TYPES[c.type]}`);
  await sql.raw(`CREATE TEMP TABLE ${STAGE} (${defs.join(', ')}) ON COMMIT DROP`).execute(trx);
}

/**
 * Loads validated rows into the staging table as they stream in: one COPY on PostgreSQL,
 * multi-row INSERTs per batch on PGlite. Statistics are refreshed so the set-based
 * statements that follow get hash joins.
 */
export async function loadStage(
  trx: AnyDb,
  copyFrom: DbSession['copyFrom'],
  columns: readonly StageColumn[],
  batches: AsyncIterable<StagedRow[]>,
): Promise<void> {
  const names = ['row_no', 'ok', ...columns.map((c) => c.name)];
  if (copyFrom) {
    const chunks = (async function* () {
      for await (const batch of batches) if (batch.length > 0) yield Buffer.from(encodeCopyText(batch));
    })();
    await copyFrom(`COPY ${STAGE} (${names.join(', ')}) FROM STDIN`, Readable.from(chunks));
  } else {
    const target = sql.raw(`${STAGE} (${names.join(', ')})`);
    for await (const batch of batches) {
      if (batch.length === 0) continue;
      const rows = batch.map((r) => sql`(${sql.join([r.row, r.ok, ...r.values])})`);
      await sql`INSERT INTO ${target} VALUES ${sql.join(rows)}`.execute(trx);
    }
  }
  await sql.raw(`ANALYZE ${STAGE}`).execute(trx);
}

/** Marks rows that failed a check so the upsert passes them by. */
export async function markRejected(trx: AnyDb, rows: readonly number[]): Promise<void> {
  if (rows.length === 0) return;
  await sql`UPDATE ${sql.raw(STAGE)} SET ok = false
    WHERE row_no = ANY (string_to_array(${rows.join(',')}, ',')::int[])`.execute(trx);
}
