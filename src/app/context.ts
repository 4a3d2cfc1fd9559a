import type { Clock } from '../clock.js';
import type { Db } from '../db/connect.js';
import type { Platform } from '../db/schema/index.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../observability/metrics.js';

/** What every use case gets: the database, time, logging, and where messages can go. */
export interface AppContext {
  db: Db;
  clock: Clock;
  logger: Logger;
  platforms: readonly Platform[];
  /** Platforms whose messages cannot hold pictures (they go to the thread as files). */
  picturesAsFiles?: readonly Platform[];
  /** Looks people up by e-mail on a platform; absent where the platform has no directory. */
  findUsersByEmail?(platform: Platform, emails: readonly string[]): Promise<Map<string, string> | null>;
  /** Tells the outbox there is something new to deliver. */
  nudge(): void;
  /** Counters for /metrics (imports and their rows); absent in tests that build a bare context. */
  metrics?: Metrics;
}
