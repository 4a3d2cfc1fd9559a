import type { Db } from '../../../src/db/connect.js';
import { type LarkDb, larkDb } from '../tables.js';
import { FRESHNESS_MS } from './verify.js';

/** A request is fresh for five minutes either side of now, so a nonce must be kept for ten and a bit. */
const KEEP_MS = 2 * FRESHNESS_MS + 60_000;
const PURGE_EVERY_MS = 60_000;

interface Waiting {
  key: string;
  resolve: (first: boolean) => void;
  reject: (err: unknown) => void;
}

/**
 * Remembers what Lark sent within the freshness window, in Postgres so every instance behind the
 * load balancer sees it: a request nonce seen twice is a replay; an event id seen twice is Lark
 * redelivering an event already handled. Keys offered in the same moment go in one statement, so
 * a burst of callbacks costs one round trip and one connection, not one each.
 */
export class SeenKeys {
  private readonly db: LarkDb;
  private lastPurge = 0;
  private batch: Waiting[] = [];

  constructor(db: Db) {
    this.db = larkDb(db);
  }

  /** True the first time `key` is offered within the window; false for a repeat. */
  first(key: string, now: Date): Promise<boolean> {
    return new Promise((resolve, reject) => {
      if (this.batch.length === 0) setImmediate(() => void this.flush(now));
      this.batch.push({ key, resolve, reject });
    });
  }

  private async flush(now: Date): Promise<void> {
    const batch = this.batch;
    this.batch = [];
    try {
      await this.purge(now);
      const inserted = await this.db
        .insertInto('lark_request_nonces')
        .values(batch.map((w) => ({ nonce: w.key, seen_at: now })))
        .onConflict((oc) => oc.column('nonce').doNothing())
        .returning('nonce')
        .execute();
      const fresh = new Set(inserted.map((r) => r.nonce));
      // The same key twice in one batch: the first is new, the second a repeat.
      for (const w of batch) w.resolve(fresh.delete(w.key));
    } catch (err) {
      for (const w of batch) w.reject(err);
    }
  }

  private async purge(now: Date): Promise<void> {
    if (now.getTime() - this.lastPurge < PURGE_EVERY_MS) return;
    this.lastPurge = now.getTime();
    await this.db
      .deleteFrom('lark_request_nonces')
      .where('seen_at', '<', new Date(now.getTime() - KEEP_MS))
      .execute();
  }
}
