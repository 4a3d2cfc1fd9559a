import { mkdirSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import pg from 'pg';
import type { Config } from '../config.js';
import { lockDataDir } from './data-dir-lock.js';
import { pglitePool } from './pglite-pool.js';
import type { Database } from './schema/index.js';
import { PG_TYPES, parseDate, parseSafeInteger } from './type-parsers.js';

export type Db = Kysely<Database>;
/** Repositories take either the database or an open transaction as their first argument. */
export type DbOrTrx = Kysely<Database> | Transaction<Database>;

/** One dedicated connection: Kysely queries and, on PostgreSQL, COPY streams on the same session. */
export interface DbSession {
  readonly db: Db;
  /** Bulk load via COPY FROM STDIN; absent on PGlite, where callers insert in batches instead. */
  readonly copyFrom?: (copySql: string, source: Readable) => Promise<void>;
}

export interface DbHandle {
  readonly db: Db;
  readonly kind: 'postgres' | 'pglite';
  /** Runs `fn` on one connection held for its whole duration. */
  session<T>(fn: (session: DbSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const pgTypes = {
  getTypeParser(oid: number, format?: string) {
    if (oid === PG_TYPES.INT8) return parseSafeInteger;
    if (oid === PG_TYPES.DATE) return parseDate;
    return pg.types.getTypeParser(oid, format as 'text');
  },
} as pg.CustomTypesConfig;

/** Opens the database the config names: PostgreSQL when DATABASE_URL is set, else embedded PGlite. */
export async function openDatabase(config: Config): Promise<DbHandle> {
  if (config.database.kind === 'postgres') return openPostgres(config.database.url);
  return openPglite(config.database.dataDir);
}

/** Connects to a PostgreSQL server through a pg pool. */
export function openPostgres(url: string, poolSize = 10): DbHandle {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types: pgTypes });
  // An idle connection the server dropped is simply replaced; the next query that needs one reports any real outage.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'postgres',
    async session(fn) {
      const client = await pool.connect();
      try {
        // Kysely over a single client, so its queries share the session with COPY. Kysely gets a
        // view of the client whose release is a no-op: the real release below returns it to the pool.
        const shared = { query: client.query.bind(client), release() {} } as unknown as pg.PoolClient;
        const single = new Kysely<Database>({
          dialect: new PostgresDialect({ pool: { connect: async () => shared, end: async () => {} } }),
        });
        const copyFrom = async (copySql: string, source: Readable) => {
          const { from } = await import('pg-copy-streams');
          const { pipeline } = await import('node:stream/promises');
          await pipeline(source, client.query(from(copySql)));
        };
        return await fn({ db: single, copyFrom });
      } finally {
        client.release();
      }
    },
    close: () => db.destroy(),
  };
}

/** Opens (creating when absent) an embedded PGlite database in `dataDir`, or in memory for undefined. */
export async function openPglite(dataDir: string | undefined): Promise<DbHandle> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const release = dataDir ? lockDataDir(dataDir) : () => {};
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(dataDir, {
      parsers: { [PG_TYPES.INT8]: parseSafeInteger, [PG_TYPES.DATE]: parseDate },
    });
  } catch (err) {
    release();
    throw err;
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: pglitePool(pglite) }) });
  return {
    db,
    kind: 'pglite',
    session: (fn) => fn({ db }),
    async close() {
      await db.destroy();
      await pglite.close();
      release();
    },
  };
}
