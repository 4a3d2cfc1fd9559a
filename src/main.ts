import { createLarkEdge } from '../adapters/lark/index.js';
import { createSandboxHandler, restoreSandboxClock, SandboxChatPort } from '../adapters/sandbox/index.js';
import { createSlackEdge } from '../adapters/slack/index.js';
import { dailySummaries } from './app/daily-summary.js';
import { createDuebot } from './app/duebot.js';
import { renderSummary } from './app/render-summary.js';
import { sandboxDirectory } from './app/sandbox-directory.js';
import { configOrExit, loggerFor, openReadyDatabase } from './bootstrap.js';
import type { PlatformEdge } from './chat/edge.js';
import type { ChatPort } from './chat/port.js';
import { OffsetClock } from './clock.js';
import type { Config } from './config.js';
import type { DbHandle } from './db/connect.js';
import { DuebotError } from './errors.js';
import { type AppServer, startAppServer } from './http/app-server.js';
import { checkHealth } from './http/health.js';

/** What the person starting Duebot should know about where it is reachable. */
function announce(config: Config, url: string): string[] {
  const lines: string[] = [];
  if (config.slack)
    lines.push(
      config.slack.appToken
        ? 'Slack: connected over Socket Mode.'
        : `Slack: request URL ${url}/slack/events (events, slash commands and interactivity).`,
    );
  if (config.lark)
    lines.push(
      config.lark.connection === 'ws'
        ? 'Feishu/Lark: connected over the long connection.'
        : `Feishu/Lark: event URL ${url}/lark/events, card callback URL ${url}/lark/cards.`,
    );
  if (config.sandbox) lines.push(`Open ${url} to see the team chats (the local sandbox).`);
  return lines;
}

async function main(): Promise<void> {
  const config = configOrExit(process.env);
  const logger = loggerFor(config);
  // One failed request or callback must never stop scheduling and delivery for every team.
  process.on('unhandledRejection', (reason) =>
    logger.error({ err: reason }, 'unhandled rejection; carrying on'),
  );
  process.on('uncaughtException', (err) => logger.error({ err }, 'uncaught exception; carrying on'));
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

  // The sandbox's simulated clock carries on where it was left, before anything reads the time.
  if (config.sandbox) await restoreSandboxClock(handle.db, clock);
  for (const summary of await dailySummaries(handle.db, clock, logger))
    process.stdout.write(`\n${renderSummary(summary)}\n`);

  const deps = { db: handle.db, clock, logger };
  const edges: PlatformEdge[] = [];
  if (config.slack) edges.push(createSlackEdge({ ...deps, config: config.slack }));
  if (config.lark) edges.push(createLarkEdge({ ...deps, config: config.lark }));
  const sandboxChat = config.sandbox ? new SandboxChatPort({ db: handle.db, clock }) : null;
  const ports: ChatPort[] = edges.map((e) => e.port);
  if (sandboxChat) ports.push(sandboxChat);
  const app = createDuebot({ ...deps, ports });
  if (sandboxChat) await sandboxDirectory(handle.db, clock.now());
  const sandbox = sandboxChat
    ? createSandboxHandler({ app, chat: sandboxChat, logger, host: config.http.host })
    : null;

  let server: AppServer;
  try {
    await app.start();
    for (const edge of edges) await edge.start(app);
    server = await startAppServer({
      edges,
      fallback: sandbox?.handle ?? null,
      observe: { health: () => checkHealth({ db: handle.db, clock, edges }), metrics: app.metrics },
      port: config.http.port,
      host: config.http.host,
      logger,
    });
  } catch (err) {
    process.stderr.write(
      `Duebot cannot start on ${config.http.host}:${config.http.port}: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    process.stderr.write(
      'Check the chat platform settings, or set PORT to a free port, e.g. PORT=3001 npm start\n',
    );
    for (const edge of edges) await edge.stop().catch(() => {});
    await app.stop();
    await handle.close();
    process.exit(1);
  }
  process.stdout.write('\nDuebot is running (Ctrl+C stops it).\n');
  for (const line of announce(config, server.url)) process.stdout.write(`${line}\n`);

  const stop = async (signal: string) => {
    logger.info({ signal }, 'stopping');
    sandbox?.close();
    await server.close();
    for (const edge of edges) await edge.stop().catch(() => {});
    await app.stop();
    await handle.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

await main();
