import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { type DbHandle, openPglite, openPostgres } from '../../src/db/connect.js';
import { migrateToLatest } from '../../src/db/migrate.js';

export interface TestDatabase extends DbHandle {
  /** Connection URL on PostgreSQL (for tools that connect themselves); undefined on PGlite. */
  readonly url: string | undefined;
}

/** A fresh, migrated, throw-away database for one test file; `close()` drops it. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const target = inject('testTarget');
  if (target.kind === 'pglite') {
    const handle = await openPglite(undefined);
    await migrateToLatest(handle.db);
    return { ...handle, url: undefined };
  }
  const name = `duebot_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: target.adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(target.adminUrl);
  url.pathname = `/${name}`;
  const handle = openPostgres(url.toString(), 4);
  await migrateToLatest(handle.db);
  return {
    ...handle,
    url: url.toString(),
    async close() {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: target.adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
