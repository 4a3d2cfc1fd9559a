import pg from 'pg';

export const DEFAULT_TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export type TestTarget = { kind: 'postgres'; adminUrl: string } | { kind: 'pglite' };

/** Picks where integration tests run: TEST_DATABASE_URL, else the local server, else embedded PGlite. */
export async function detectTestTarget(env = process.env): Promise<TestTarget> {
  if (env.DUEBOT_TEST_TARGET === 'pglite') return { kind: 'pglite' };
  const adminUrl = env.TEST_DATABASE_URL || DEFAULT_TEST_DATABASE_URL;
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return { kind: 'postgres', adminUrl };
  } catch {
    if (env.TEST_DATABASE_URL) throw new Error(`TEST_DATABASE_URL is set but not reachable`);
    return { kind: 'pglite' };
  } finally {
    await client.end().catch(() => {});
  }
}
