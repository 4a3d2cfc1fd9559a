import { SandboxChatPort, startSandbox } from '../adapters/sandbox/index.js';
import { dailySummaries } from './app/daily-summary.js';
import { createDuebot } from './app/duebot.js';
import { renderSummary } from './app/render-summary.js';
import { sandboxDirectory } from './app/sandbox-directory.js';
import { configOrExit, loggerFor, openReadyDatabase } from './bootstrap.js';
import { OffsetClock } from './clock.js';
import type { DbHandle } from './db/connect.js';
import { DuebotError } from './errors.js';

async function main(): Promise<void> {
  const config = configOrExit(process.env);
  const logger = loggerFor(config);
  // The sandbox can move time forward to show a week of work in minutes; real time otherwise.
  const clock = new OffsetClock();
  let handle: DbHandle;
  try {
    handle = await openReadyDatabase(config, clock, logger);
  } catch (err) {
    const message = err instanceof DuebotError ? err.message : String(err);
    const cause = err instanceof Error && err.cause instanceof Error ? `: ${err.cause.message}` : '';
    process.stderr.write(`Duebot cannot start: ${message}${cause}\n`);
    process.exit(1);
  }

  for (const summary of await dailySummaries(handle.db, clock, logger))
    process.stdout.write(`\n${renderSummary(summary)}\n`);

  const chat = new SandboxChatPort({ db: handle.db, clock });
  const app = createDuebot({ db: handle.db, clock, logger, ports: [chat] });
  await sandboxDirectory(handle.db, clock.now());
  await app.start();
  let sandbox: Awaited<ReturnType<typeof startSandbox>>;
  try {
    sandbox = await startSandbox({ app, chat, logger, port: config.http.port, host: config.http.host });
  } catch (err) {
    process.stderr.write(
      `Duebot cannot open its web page on ${config.http.host}:${config.http.port}: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    process.stderr.write('Set PORT to a free port, e.g. PORT=3001 npm start\n');
    await app.stop();
    await handle.close();
    process.exit(1);
  }
  process.stdout.write(`\nDuebot is running. Open ${sandbox.url} to see the team chats (Ctrl+C stops it).\n`);

  const stop = async (signal: string) => {
    logger.info({ signal }, 'stopping');
    await sandbox.close();
    await app.stop();
    await handle.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

await main();
