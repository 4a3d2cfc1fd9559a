import { type Kysely, type MigrationResultSet, Migrator } from 'kysely';
import { migrations } from '../../migrations/index.js';
import { DuebotError } from '../errors.js';
import type { Db } from './connect.js';

/** The migrator over Duebot's ordered migration list. */
export function createMigrator(db: Db): Migrator {
  // The migrator keeps its own bookkeeping tables, outside the typed schema.
  return new Migrator({
    db: db as unknown as Kysely<unknown>,
    provider: { getMigrations: async () => migrations },
    // Features land on separate lines of work; a database migrated between them still takes the rest.
    allowUnorderedMigrations: true,
  });
}

/** Brings the schema to the latest version; throws a `migration_failed` error naming the step. */
export async function migrateToLatest(db: Db): Promise<MigrationResultSet> {
  const result = await createMigrator(db).migrateToLatest();
  throwIfFailed(result);
  return result;
}

/** Turns Kysely's result set into an error when any step failed. */
export function throwIfFailed(result: MigrationResultSet): void {
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown step';
    throw new DuebotError('migration_failed', `migration ${failed} failed`, { cause: result.error });
  }
}
