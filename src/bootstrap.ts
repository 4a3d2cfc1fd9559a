import type { Clock } from './clock.js';
import { type Config, ConfigError, loadConfig, shouldSeedDemo } from './config.js';
import { type DbHandle, openDatabase } from './db/connect.js';
import { migrateToLatest } from './db/migrate.js';
import { isEmptyDatabase, SANDBOX_DEMO_SIZE, seedDemo } from './demo/seed.js';
import { localDateIn } from './domain/local-date.js';
import { DuebotError } from './errors.js';
import { createLogger, type Logger, redactUrl } from './logger.js';

/** Reads the environment or ends the process with one line per problem and exit code 2. */
export function configOrExit(env: Record<string, string | undefined>): Config {
  try {
    return loadConfig(env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`Duebot cannot start: the configuration is not valid.\n`);
    for (const problem of err.problems) process.stderr.write(`  - ${problem}\n`);
    process.stderr.write('See .env.example for every setting.\n');
    process.exit(2);
  }
}

/** Opens and migrates the database the config names, seeding the demo company into an empty embedded one. */
export async function openReadyDatabase(config: Config, clock: Clock, logger: Logger): Promise<DbHandle> {
  const where =
    config.database.kind === 'postgres' ? redactUrl(config.database.url) : config.database.dataDir;
  const handle = await openDatabase(config);
  try {
    await migrateToLatest(handle.db);
  } catch (err) {
    await handle.close().catch(() => {});
    if (err instanceof DuebotError) throw err;
    throw new DuebotError('db_unreachable', `cannot use the database at ${where}`, { cause: err });
  }
  logger.info({ database: config.database.kind, location: where }, 'database ready');
  if (shouldSeedDemo(config) && (await isEmptyDatabase(handle.db))) {
    const result = await seedDemo(handle, clock, {
      today: localDateIn(clock.now(), 'Asia/Shanghai'),
      ...SANDBOX_DEMO_SIZE,
    });
    logger.info(
      result,
      'first run: demo company seeded (3 teams, 12 collectors); set DUEBOT_DEMO=off to start empty',
    );
  }
  return handle;
}

/** The logger for a process run with this config. */
export function loggerFor(config: Config): Logger {
  return createLogger({ level: config.logLevel });
}
