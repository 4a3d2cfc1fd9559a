import { ClaimLost, DeliveryError, RateLimitError } from '../chat/errors.js';
import type { ChatPort, Delivered, DeliveryLog } from '../chat/port.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/connect.js';
import type { Platform } from '../db/schema/index.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../observability/metrics.js';
import { backoffMs } from './backoff.js';
import { RowDeliveryLog } from './delivery-log.js';
import {
  claimDue,
  markDead,
  markRetry,
  markSent,
  type OutboxItem,
  outboxState,
  releaseClaim,
} from './outbox.repository.js';
import { targetOf } from './payload.js';
import { findPosted, savePosted } from './posted-message.repository.js';

export interface OutboxWorkerOptions {
  db: Db;
  clock: Clock;
  logger: Logger;
  ports: Partial<Record<Platform, ChatPort>>;
  /** How long a claim holds a row (clock time); every platform call must time out well within it. */
  leaseMs?: number;
  /** How often (real time) a claim is renewed while a row is being delivered. */
  renewEveryMs?: number;
  batchSize?: number;
  maxAttempts?: number;
  /** Counts deliveries, retries and rate-limit waits per platform. */
  metrics?: Metrics;
}

/** Counters for /metrics. */
export interface OutboxStats {
  delivered: number;
  retried: number;
  rateLimited: number;
  dead: number;
}

/** Waiting for an earlier message (thread root, message to edit) that has not been delivered yet. */
class NotYetPosted extends Error {}

/** Delivers queued messages exactly once: claim with SKIP LOCKED, send, record; retries what is retryable. */
export class OutboxWorker {
  readonly stats: OutboxStats = { delivered: 0, retried: 0, rateLimited: 0, dead: 0 };
  private timer: NodeJS.Timeout | undefined;
  /** Drains of one worker run one after another, so a caller's drain also waits for a nudged one. */
  private queue: Promise<unknown> = Promise.resolve();
  private nudgeQueued = false;
  private stopping = false;

  constructor(private readonly options: OutboxWorkerOptions) {}

  /** Delivers everything due now (after any drain already under way); returns how many rows were handled. */
  drain(): Promise<number> {
    const run = this.queue.then(() => this.drainOnce());
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Polls for due rows until stopped. */
  start(intervalMs = 1_000): void {
    this.timer = setInterval(() => this.nudge(), intervalMs);
  }

  /** Asks for a drain soon; nudges that arrive while one is waiting to start share it. */
  nudge(): void {
    if (this.nudgeQueued) return;
    this.nudgeQueued = true;
    const run = this.queue.then(() => {
      this.nudgeQueued = false;
      return this.drainOnce();
    });
    this.queue = run.catch((err) => this.options.logger.error({ err }, 'outbox delivery round failed'));
  }

  /**
   * Stops claiming: the row being delivered is finished, the rest of the batch handed back at
   * once, so another instance carries on without waiting for the claims to run out.
   */
  async stop(): Promise<void> {
    this.stopping = true;
    clearInterval(this.timer);
    await this.queue;
  }

  private async drainOnce(): Promise<number> {
    let handled = 0;
    while (!this.stopping) {
      const items = await claimDue(
        this.options.db,
        this.options.clock.now(),
        this.leaseMs,
        this.options.batchSize ?? 20,
      );
      if (items.length === 0) return handled;
      for (const item of items) {
        if (this.stopping) await releaseClaim(this.options.db, item, this.options.clock.now());
        else await this.deliver(item);
      }
      handled += items.length;
    }
    return handled;
  }

  private get leaseMs(): number {
    return this.options.leaseMs ?? 30_000;
  }

  private async deliver(item: OutboxItem): Promise<void> {
    const { db, clock } = this.options;
    const port = this.options.ports[item.platform];
    if (!port) {
      await markDead(db, item, `no ${item.platform} connection is configured`);
      this.stats.dead++;
      this.options.metrics?.gaveUp(item.platform);
      return;
    }
    const log = new RowDeliveryLog(
      db,
      clock,
      item,
      this.leaseMs,
      this.options.renewEveryMs ?? Math.min(this.leaseMs / 3, 10_000),
    );
    try {
      await log.check();
      // Ports without a delivery log can only tell whether the whole message arrived.
      const already =
        item.uncertain && !port.keepsDeliveryLog && port.findDelivered
          ? await port.findDelivered(item.dedupeKey, targetOf(item.payload))
          : null;
      const delivered = already ?? (await this.send(port, item, log));
      await db.transaction().execute(async (trx) => {
        const now = clock.now();
        if (!(await markSent(trx, item, delivered.messageId, now))) throw new ClaimLost(item.dedupeKey);
        if (item.payload.op !== 'update') {
          const channelRef = item.payload.op === 'direct' ? item.payload.userId : item.payload.chatId;
          await savePosted(
            trx,
            {
              key: item.dedupeKey,
              platform: item.platform,
              channelRef,
              messageId: delivered.messageId,
              threadId: delivered.threadId ?? delivered.messageId,
            },
            now,
          );
        }
      });
      this.stats.delivered++;
      this.options.metrics?.delivered(item.platform);
    } catch (err) {
      await this.fail(item, err);
    } finally {
      log.close();
    }
  }

  private async send(port: ChatPort, item: OutboxItem, delivery: DeliveryLog): Promise<Delivered> {
    const p = item.payload;
    const key = { dedupeKey: item.dedupeKey, delivery };
    switch (p.op) {
      case 'post':
        return port.post(p.chatId, p.content, { threadId: await this.threadOf(p.threadOf), ...key });
      case 'update': {
        const target = await findPosted(this.options.db, p.messageOf);
        if (!target) throw new NotYetPosted(p.messageOf);
        await port.update(p.chatId, target.messageId, p.content, key);
        return { messageId: target.messageId };
      }
      case 'direct':
        return port.sendDirect(p.userId, p.content, key);
      case 'file':
        return port.uploadFile(p.chatId, p.file, {
          threadId: await this.threadOf(p.threadOf),
          comment: p.comment,
          ...key,
        });
    }
  }

  private async threadOf(key: string | undefined): Promise<string | undefined> {
    if (!key) return undefined;
    const root = await findPosted(this.options.db, key);
    if (!root) throw new NotYetPosted(key);
    return root.threadId ?? root.messageId;
  }

  private async fail(item: OutboxItem, err: unknown): Promise<void> {
    const { db, clock, logger } = this.options;
    const now = clock.now().getTime();
    const reason = err instanceof Error ? err.message : String(err);
    if (err instanceof ClaimLost) {
      // Another instance holds the row now and finishes it from the recorded pieces.
      logger.warn(
        { key: item.dedupeKey },
        'claim taken over mid-delivery; leaving the row to its new holder',
      );
      return;
    }
    if (err instanceof NotYetPosted) {
      // Waiting is not failing, unless the earlier message itself was given up on.
      if ((await outboxState(db, err.message)) !== 'dead') {
        await markRetry(
          db,
          item,
          new Date(now + 2_000),
          `waiting for ${err.message} to be delivered first`,
          false,
        );
        return;
      }
    }
    if (err instanceof RateLimitError) {
      this.stats.rateLimited++;
      this.options.metrics?.rateLimited(item.platform);
      await markRetry(db, item, new Date(now + err.retryAfterMs), reason, false);
      return;
    }
    const retryable = !(err instanceof DeliveryError) || err.retryable;
    if (!retryable || item.attempts >= (this.options.maxAttempts ?? 8)) {
      this.stats.dead++;
      this.options.metrics?.gaveUp(item.platform);
      logger.error(
        { key: item.dedupeKey, attempts: item.attempts, reason },
        'message could not be delivered; giving up',
      );
      await markDead(db, item, reason);
      return;
    }
    this.stats.retried++;
    this.options.metrics?.retried(item.platform);
    logger.warn(
      { key: item.dedupeKey, attempts: item.attempts, reason },
      'message delivery failed; will retry',
    );
    const unknown = err instanceof DeliveryError && err.outcomeUnknown;
    await markRetry(db, item, new Date(now + backoffMs(item.attempts)), reason, true, unknown);
  }
}
