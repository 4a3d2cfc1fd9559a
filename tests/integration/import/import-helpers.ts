import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { ManualClock } from '../../../src/clock.js';
import type { DbHandle } from '../../../src/db/connect.js';
import { runImport } from '../../../src/import/run-import.js';
import type { ImportKind, ImportOptions, ImportResult } from '../../../src/import/types.js';
import { createLogger } from '../../../src/logger.js';

export const SAMPLES = path.resolve(import.meta.dirname, '../../../scripts/samples');
export const clock = new ManualClock('2026-11-23T01:00:00Z');
export const logger = createLogger({ level: 'silent', pretty: false });

/** Runs the import use case the way the command does. */
export function importFile(
  handle: DbHandle,
  kind: ImportKind,
  file: string,
  options: Partial<ImportOptions> = {},
): Promise<ImportResult> {
  return runImport(handle, clock, logger, { kind, file, ...options });
}

export const sample = (name: string) => path.join(SAMPLES, name);

/** A temporary directory for generated files, removed by the returned cleanup. */
export async function tempDir(): Promise<{
  dir: string;
  file: (name: string, text?: string) => Promise<string>;
  cleanup: () => Promise<void>;
}> {
  const dir = await mkdtemp(path.join(tmpdir(), 'duebot-import-'));
  return {
    dir,
    async file(name, text) {
      const target = path.join(dir, name);
      if (text !== undefined) await writeFile(target, text);
      return target;
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

/** Every row of the tables an import writes, for before/after comparison. */
export async function dumpTables(handle: DbHandle): Promise<Record<string, unknown[]>> {
  const tables = [
    'teams',
    'people',
    'chat_identities',
    'customers',
    'receivables',
    'payments',
    'payment_allocations',
  ];
  const dump: Record<string, unknown[]> = {};
  for (const table of tables) {
    dump[table] = (await sql.raw(`SELECT * FROM ${table} ORDER BY id`).execute(handle.db)).rows;
  }
  return dump;
}

export async function count(handle: DbHandle, table: string, where = 'true'): Promise<number> {
  const result = await sql
    .raw<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`)
    .execute(handle.db);
  return result.rows[0]?.n ?? 0;
}

/** Imports the sample teams, roster and customers. */
export async function loadSampleCompany(handle: DbHandle): Promise<void> {
  for (const kind of ['teams', 'roster', 'customers'] as const) {
    const result = await importFile(handle, kind, sample(`${kind}.csv`));
    if (result.state !== 'committed')
      throw new Error(`${kind} sample rejected: ${JSON.stringify(result.issues)}`);
  }
}

export async function receivable(handle: DbHandle, externalId: string) {
  return handle.db
    .selectFrom('receivables')
    .selectAll()
    .where('external_id', '=', externalId)
    .executeTakeFirstOrThrow();
}
