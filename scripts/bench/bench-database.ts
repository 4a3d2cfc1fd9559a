import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type DbHandle, openPostgres } from '../../src/db/connect.js';
import { migrateToLatest } from '../../src/db/migrate.js';

/** A throw-away, migrated PostgreSQL database for one benchmark run, with a peak-memory sampler. */
export interface BenchDatabase {
  handle: DbHandle;
  url: string;
  /** The highest RSS seen since the last `resetPeak`. */
  peakRss(): number;
  resetPeak(): void;
  /** Fills it with the demo company in a separate process, so its memory is not counted here. */
  seedDemo(sizes: { teams: number; collectors: number; customers: number; receivables: number }): void;
  close(): Promise<void>;
}

export async function openBenchDatabase(): Promise<BenchDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `duebot_bench_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = openPostgres(url.toString());
  let peak = 0;
  const sample = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  await migrateToLatest(handle.db);
  return {
    handle,
    url: url.toString(),
    peakRss: () => peak,
    resetPeak: () => {
      peak = process.memoryUsage().rss;
    },
    seedDemo(sizes) {
      const args = Object.entries(sizes).flatMap(([k, v]) => [`--${k}`, String(v)]);
      const seed = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/seed-demo.ts', ...args], {
        env: { ...process.env, DATABASE_URL: url.toString(), LOG_LEVEL: 'warn' },
        encoding: 'utf8',
      });
      if (seed.status !== 0) throw new Error(`seeding failed: ${seed.stderr}`);
    },
    async close() {
      clearInterval(sample);
      await handle.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
