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

// The whole suite runs once, in the machine's timezone (UTC unless TZ says otherwise); the tests
// of date work run again under two zones far from it, since no result may depend on the
// process's own timezone. They are a small part of the suite, so this costs seconds.
const DATE_TESTS = [
  'tests/unit/domain',
  'tests/unit/import',
  'tests/integration/rhythm/new-york-dst.test.ts',
  'tests/integration/import/erp-exports.test.ts',
];
const mainZone = process.env.TZ || 'UTC';
const otherZones = ['UTC', 'America/Los_Angeles', 'Asia/Shanghai'].filter((zone) => zone !== mainZone);
const extraArgs = process.argv.slice(2);

mkdirSync('.vitest', { recursive: true });
const env = { ...process.env, DUEBOT_TEST_TARGET: onPostgres ? 'postgres' : 'pglite' };

/** One vitest run; its counts from the JSON report (a run that reported nothing counts as failed). */
function runVitest(reportFile, args, zone) {
  rmSync(reportFile, { force: true });
  const run = spawnSync(
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`, ...args],
    { stdio: 'inherit', env: { ...env, TZ: zone } },
  );
  try {
    const report = JSON.parse(readFileSync(reportFile, 'utf8'));
    const failed =
      report.numFailedTests +
      (report.numTotalTestSuites > 0 && !report.success && report.numFailedTests === 0 ? 1 : 0);
    return { passed: report.numPassedTests, failed, ok: run.status === 0 && failed === 0 };
  } catch {
    return { passed: 0, failed: 1, ok: false };
  }
}

const runs = [runVitest('.vitest/report.json', extraArgs, mainZone)];
// A run of chosen files (npm test -- tests/x) stays one run.
if (extraArgs.length === 0) {
  for (const zone of otherZones) {
    console.log(`Date tests again with TZ=${zone}`);
    runs.push(runVitest(`.vitest/report-${zone.replace('/', '-')}.json`, DATE_TESTS, zone));
  }
}
const passed = runs.reduce((n, r) => n + r.passed, 0);
const failed = runs.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(runs.every((r) => r.ok) ? 0 : 1);
