import { dailySummaries } from './app/daily-summary.js';
import { renderSummary } from './app/render-summary.js';
import { configOrExit, loggerFor, openReadyDatabase } from './bootstrap.js';
import { systemClock } from './clock.js';
import type { DbHandle } from './db/connect.js';
import { DuebotError } from './errors.js';
import type { Logger } from './logger.js';

const CHECK_EVERY_MS = 60_000;

async function printSummaries(handle: DbHandle, logger: Logger): Promise<string> {
  const summaries = await dailySummaries(handle.db, systemClock, logger);
  if (summaries.length === 0) {
    process.stdout.write(
      'No teams yet. Import them with: npm run import -- teams scripts/samples/teams.csv\n',
    );
  }
  for (const summary of summaries) process.stdout.write(`\n${renderSummary(summary)}\n`);
  return summaries.map((s) => s.today).join(',');
}

async function main(): Promise<void> {
  const config = configOrExit(process.env);
  const logger = loggerFor(config);
  let handle: DbHandle;
  try {
    handle = await openReadyDatabase(config, systemClock, logger);
  } catch (err) {
    const message = err instanceof DuebotError ? err.message : String(err);
    const cause = err instanceof Error && err.cause instanceof Error ? `: ${err.cause.message}` : '';
    process.stderr.write(`Duebot cannot start: ${message}${cause}\n`);
    process.exit(1);
  }
  let shownFor = await printSummaries(handle, logger);
  logger.info('Duebot is running; the summary is shown again when a team starts a new day. Ctrl+C stops it.');

  // Print again when any team's local date rolls over, so a long-running bot shows each new day.
  const timer = setInterval(() => {
    printSummariesIfNewDay().catch((err) => logger.error({ err }, 'could not build the daily summary'));
  }, CHECK_EVERY_MS);
  async function printSummariesIfNewDay(): Promise<void> {
    const days = (await dailySummaries(handle.db, systemClock, logger)).map((s) => s.today).join(',');
    if (days !== shownFor) shownFor = await printSummaries(handle, logger);
  }

  const stop = async (signal: string) => {
    clearInterval(timer);
    logger.info({ signal }, 'stopping');
    await handle.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

await main();
