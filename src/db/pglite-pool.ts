import type { PGlite } from '@electric-sql/pglite';
import type { PostgresPool, PostgresPoolClient } from 'kysely';

/**
 * Lets Kysely's own Postgres driver run on PGlite. PGlite is one connection, so clients are
 * handed out one at a time: a transaction holds the only client until it commits.
 */
export function pglitePool(pg: PGlite): PostgresPool {
  let tail: Promise<void> = Promise.resolve();

  const client = (release: () => void): PostgresPoolClient =>
    ({
      async query(sqlText: string, parameters: readonly unknown[]) {
        const result = await pg.query(sqlText, parameters as unknown[]);
        const command = sqlText.trimStart().split(/\s/, 1)[0]?.toUpperCase();
        return { command, rowCount: result.affectedRows ?? result.rows.length, rows: result.rows };
      },
      release,
    }) as unknown as PostgresPoolClient;

  return {
    connect() {
      let release!: () => void;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      const ready = tail.then(() => client(release));
      tail = tail.then(() => held);
      return ready;
    },
    async end() {
      await tail;
    },
  };
}
