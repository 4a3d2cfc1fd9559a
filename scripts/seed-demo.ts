// npm run seed:demo -- [--customers N] [--receivables N] [--teams N] [--collectors N] [--seed N] [--reset]
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { configOrExit, loggerFor, openReadyDatabase } from '../src/bootstrap.js';
import { systemClock } from '../src/clock.js';
import { buildConfig } from '../src/config.js';
import { isEmptyDatabase, SANDBOX_DEMO_SIZE, seedDemo } from '../src/demo/seed.js';
import { localDateIn } from '../src/domain/local-date.js';

const USAGE =
  'Usage: npm run seed:demo -- [--customers 300] [--receivables 3000] [--teams 3] [--collectors 12] [--seed N] [--reset]';

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) {
    process.stderr.write(`--${name} must be a whole number of at least 1, not '${value}'.\n${USAGE}\n`);
    process.exit(2);
  }
  return n;
}

let args: ReturnType<typeof parseArgs>['values'];
try {
  args = parseArgs({
    options: {
      customers: { type: 'string' },
      receivables: { type: 'string' },
      teams: { type: 'string' },
      collectors: { type: 'string' },
      seed: { type: 'string' },
      reset: { type: 'boolean', default: false },
    },
  }).values;
} catch (err) {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n${USAGE}\n`);
  process.exit(2);
}

const customers = positive('customers', args.customers as string | undefined, SANDBOX_DEMO_SIZE.customers);
// As many items per customer as the demo `npm start` shows, unless told otherwise.
const perCustomer = SANDBOX_DEMO_SIZE.receivables / SANDBOX_DEMO_SIZE.customers;
const options = {
  today: localDateIn(systemClock.now(), 'Asia/Shanghai'),
  customers,
  receivables: positive(
    'receivables',
    args.receivables as string | undefined,
    Math.round(customers * perCustomer),
  ),
  teams: positive('teams', args.teams as string | undefined, 3),
  collectors: positive('collectors', args.collectors as string | undefined, 12),
  seed: positive('seed', args.seed as string | undefined, 20261123),
};

// This command seeds explicitly, so first start-up must not seed on its own as well.
const config = buildConfig({ ...configOrExit(process.env), demo: 'off' });
const logger = loggerFor(config);
const handle = await openReadyDatabase(config, systemClock, logger);
try {
  if (args.reset) {
    const tables = await sql<{ tablename: string }>`
      SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE 'kysely_%'`.execute(
      handle.db,
    );
    await sql
      .raw(`TRUNCATE ${tables.rows.map((t) => t.tablename).join(', ')} RESTART IDENTITY CASCADE`)
      .execute(handle.db);
  } else if (!(await isEmptyDatabase(handle.db))) {
    process.stderr.write(
      'The database already has teams; nothing was seeded. Add --reset to wipe it and seed again.\n',
    );
    process.exitCode = 1;
  }
  if (process.exitCode !== 1) {
    const started = performance.now();
    const result = await seedDemo(handle, systemClock, options);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      `Demo company seeded in ${seconds} s: ${result.teams} teams, ${result.people} people, ${result.customers} customers, ` +
        `${result.receivables} receivables, ${result.payments} payments, ${result.promises} promises, ${result.followUps} follow-ups.\n`,
    );
  }
} finally {
  await handle.close();
}
