import { type Kysely, type Migration, sql } from 'kysely';

/** A migration made of plain SQL statements run in order, undone by dropping its tables in reverse. */
export function statementsMigration(
  statements: readonly string[],
  tablesToDrop: readonly string[],
): Migration {
  return {
    async up(db: Kysely<unknown>) {
      // One statement per call: the embedded PGlite driver runs a single statement per query.
      for (const statement of statements) await sql.raw(statement).execute(db);
    },
    async down(db: Kysely<unknown>) {
      for (const table of tablesToDrop) await sql.raw(`DROP TABLE ${table}`).execute(db);
    },
  };
}
