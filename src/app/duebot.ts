import type { Interaction } from '../chat/interaction.js';
import type { ChatPort } from '../chat/port.js';
import type { Reply } from '../chat/reply.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/connect.js';
import type { Platform } from '../db/schema/index.js';
import type { Logger } from '../logger.js';
import { Metrics } from '../observability/metrics.js';
import { OutboxWorker } from '../outbox/worker.js';
import { PgRunCoordinator } from '../scheduler/run-coordinator.js';
import { Scheduler } from '../scheduler/scheduler.js';
import type { Ticker } from '../scheduler/ticker.js';
import type { AppContext } from './context.js';
import { dailyJobs } from './jobs.js';
import { route } from './router.js';

export interface DuebotOptions {
  db: Db;
  clock: Clock;
  logger: Logger;
  /** One adapter per platform the bot speaks on. */
  ports: readonly ChatPort[];
  /** Names this process in job claims; defaults to host and pid. */
  instance?: string;
  /** Where counters go; a fresh registry by default. */
  metrics?: Metrics;
  /** What wakes the scheduler; every minute of real time by default. */
  ticker?: Ticker;
}

/** Duebot assembled: the interaction entry point, the scheduler of the daily rhythm and the outbox. */
export interface Duebot {
  readonly db: Db;
  readonly clock: Clock;
  readonly context: AppContext;
  readonly scheduler: Scheduler;
  readonly outbox: OutboxWorker;
  readonly metrics: Metrics;
  handle(interaction: Interaction): Promise<Reply>;
  /** Starts the outbox worker and the scheduler (catching up today's missed runs). */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Wires the use cases to a database, a clock and the platform adapters. */
export function createDuebot(options: DuebotOptions): Duebot {
  const platforms: Platform[] = options.ports.map((p) => p.platform);
  const picturesAsFiles = options.ports.filter((p) => p.picturesAsFiles).map((p) => p.platform);
  const metrics = options.metrics ?? new Metrics(options.db);
  const outbox = new OutboxWorker({
    metrics,
    db: options.db,
    clock: options.clock,
    logger: options.logger,
    ports: Object.fromEntries(options.ports.map((p) => [p.platform, p])),
  });
  const context: AppContext = {
    db: options.db,
    clock: options.clock,
    logger: options.logger,
    platforms,
    picturesAsFiles,
    async findUsersByEmail(platform, emails) {
      const port = options.ports.find((p) => p.platform === platform);
      return port?.findUsersByEmail ? port.findUsersByEmail(emails) : null;
    },
    nudge: () => outbox.nudge(),
    metrics,
  };
  const scheduler = new Scheduler({
    db: options.db,
    clock: options.clock,
    logger: options.logger,
    jobs: dailyJobs(
      platforms,
      options.ports.filter((p) => p.threadsListParts).map((p) => p.platform),
      picturesAsFiles,
    ),
    coordinator: new PgRunCoordinator(options.clock, options.instance ?? `${process.pid}`),
    afterRun: () => outbox.nudge(),
    metrics,
    ...(options.ticker ? { ticker: options.ticker } : {}),
  });
  return {
    db: options.db,
    clock: options.clock,
    context,
    scheduler,
    outbox,
    metrics,
    async handle(interaction) {
      const started = performance.now();
      try {
        return await route(context, interaction);
      } finally {
        const seconds = (performance.now() - started) / 1000;
        metrics.interactionHandled(interaction.kind, interaction.user.platform, seconds);
      }
    },
    async start() {
      outbox.start();
      await scheduler.start();
    },
    async stop() {
      await scheduler.stop();
      await outbox.stop();
    },
  };
}
