import type { Db } from '../../../src/db/connect.js';
import { type LarkDb, larkDb } from '../tables.js';
import { FRESHNESS_MS } from './verify.js';

/** A request is fresh for five minutes either side of now, so a nonce must be kept for ten and a bit. */
const KEEP_MS = 2 * FRESHNESS_MS + 60_000;
const PURGE_EVERY_MS = 60_000;

/**
 * Remembers what Lark sent within the freshness window, in Postgres so every instance behind the
 * load balancer sees it: a request nonce seen twice is a replay; an event id seen twice is Lark
 * redelivering an event already handled.
 */
export class SeenKeys {
  private readonly db: LarkDb;
  private lastPurge = 0;

  constructor(db: Db) {
    this.db = larkDb(db);
  }

  /** True the first time `key` is offered within the window; false for a repeat. */
  async first(key: string, now: Date): Promise<boolean> {
    await this.purge(now);
    const inserted = await this.db
      .insertInto('lark_request_nonces')
      .values({ nonce: key, seen_at: now })
      .onConflict((oc) => oc.column('nonce').doNothing())
      .returning('nonce')
      .executeTakeFirst();
    return inserted !== undefined;
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
