// Runs the test suite and ends with the line CI reads: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import pg from 'pg';

const adminUrl = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

async function reachable() {
  if (process.env.DUEBOT_TEST_TARGET === 'pglite') return false;
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

const onPostgres = await reachable();
const shown = adminUrl.replace(/\/\/([^:/@]+):([^@]*)@/, '//$1:[redacted]@');
console.log(
  onPostgres
    ? `Integration tests run on PostgreSQL at ${shown}`
    : 'No PostgreSQL server reachable: integration tests run on embedded PGlite',
);

const reportFile = '.vitest/report.json';
mkdirSync('.vitest', { recursive: true });
rmSync(reportFile, { force: true });
const run = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportFile}`,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit', env: { ...process.env, DUEBOT_TEST_TARGET: onPostgres ? 'postgres' : 'pglite' } },
);

let passed = 0;
let failed = 0;
try {
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  passed = report.numPassedTests;
  failed =
    report.numFailedTests +
    (report.numTotalTestSuites > 0 && !report.success && report.numFailedTests === 0 ? 1 : 0);
} catch {
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(run.status === 0 && failed === 0 ? 0 : 1);
