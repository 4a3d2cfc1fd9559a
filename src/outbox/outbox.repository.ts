import { sql } from 'kysely';
import type { DbOrTrx } from '../db/connect.js';
import type { Platform } from '../db/schema/index.js';
import { type OutboxPayload, targetOf } from './payload.js';

export interface OutboxItem {
  id: number;
  dedupeKey: string;
  platform: Platform;
  payload: OutboxPayload;
  version: number;
  attempts: number;
  /** True when a previous claim expired mid-delivery: the message may already have arrived. */
  recovered: boolean;
  /** This claim's fencing number: writes under an older one change nothing. */
  claim: number;
  /** The last attempt ended without knowing whether the platform acted. */
  uncertain: boolean;
  /** Platform ids of the pieces already delivered. */
  progress: Record<string, string>;
}

/**
 * Queues a message once per dedupe key: queuing the same key again changes nothing, except for
 * edits (`replace`), where the newest content replaces a pending or sent one and is delivered again.
 */
export async function enqueue(
  db: DbOrTrx,
  item: { dedupeKey: string; platform: Platform; payload: OutboxPayload; now: Date; replace?: boolean },
): Promise<void> {
  const row = {
    dedupe_key: item.dedupeKey,
    platform: item.platform,
    target: JSON.stringify(targetOf(item.payload)),
    kind: item.payload.op,
    payload: JSON.stringify(item.payload),
    next_attempt_at: item.now,
    created_at: item.now,
  };
  await db
    .insertInto('outbox')
    .values(row)
    .onConflict((oc) =>
      item.replace
        ? oc.column('dedupe_key').doUpdateSet({
            payload: row.payload,
            version: sql`outbox.version + 1`,
            state: 'pending',
            attempts: 0,
            next_attempt_at: item.now,
            last_error: null,
            progress: sql`'{}'::jsonb`,
            uncertain: false,
          })
        : oc.column('dedupe_key').doNothing(),
    )
    .execute();
}

/** Claims up to `limit` due rows for this worker; other workers skip them until the lease ends. */
export async function claimDue(
  db: DbOrTrx,
  now: Date,
  leaseMs: number,
  limit: number,
): Promise<OutboxItem[]> {
  const until = new Date(now.getTime() + leaseMs);
  const { rows } = await sql<{
    id: number;
    dedupe_key: string;
    platform: Platform;
    payload: OutboxPayload;
    version: number;
    attempts: number;
    prev_state: string;
    claim: number;
    uncertain: boolean;
    progress: Record<string, string>;
  }>`
    WITH picked AS (
      SELECT id, state AS prev_state FROM outbox
      WHERE (state = 'pending' AND next_attempt_at <= ${now})
         OR (state = 'sending' AND locked_until < ${now})
      ORDER BY id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    UPDATE outbox o SET state = 'sending', locked_until = ${until}, attempts = o.attempts + 1,
      claim = o.claim + 1
    FROM picked WHERE o.id = picked.id
    RETURNING o.id, o.dedupe_key, o.platform, o.payload, o.version, o.attempts, picked.prev_state,
      o.claim, o.uncertain, o.progress`.execute(db);
  return rows
    .sort((a, b) => a.id - b.id)
    .map((r) => ({
      id: r.id,
      dedupeKey: r.dedupe_key,
      platform: r.platform,
      payload: r.payload,
      version: r.version,
      attempts: r.attempts,
      recovered: r.prev_state === 'sending',
      claim: r.claim,
      uncertain: r.uncertain || r.prev_state === 'sending',
      progress: r.progress ?? {},
    }));
}

/** Extends this instance's claim; false when another instance claimed the row meanwhile. */
export async function renewClaim(db: DbOrTrx, item: OutboxItem, until: Date): Promise<boolean> {
  const result = await db
    .updateTable('outbox')
    .set({ locked_until: until })
    .where('id', '=', item.id)
    .where('claim', '=', item.claim)
    .where('state', '=', 'sending')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Records one delivered piece with the row, under this claim only; false when the claim was lost. */
export async function recordPiece(
  db: DbOrTrx,
  item: OutboxItem,
  piece: string,
  platformId: string,
  until: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('outbox')
    .set({
      progress: sql`outbox.progress || jsonb_build_object(${piece}::text, ${platformId}::text)`,
      locked_until: until,
    })
    .where('id', '=', item.id)
    .where('claim', '=', item.claim)
    .where('state', '=', 'sending')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Hands a claimed row back untouched (an instance stopping), for any instance to take at once. */
export async function releaseClaim(db: DbOrTrx, item: OutboxItem, now: Date): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ state: 'pending', locked_until: null, next_attempt_at: now, attempts: item.attempts - 1 })
    .where('id', '=', item.id)
    .where('claim', '=', item.claim)
    .where('state', '=', 'sending')
    .execute();
}

/**
 * Records a delivery; a row replaced meanwhile by a newer version stays pending for that version.
 * False when this instance's claim was taken over (the other instance records it).
 */
export async function markSent(
  db: DbOrTrx,
  item: OutboxItem,
  messageId: string,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('outbox')
    .set({
      state: 'sent',
      sent_at: now,
      platform_message_id: messageId,
      locked_until: null,
      last_error: null,
      uncertain: false,
    })
    .where('id', '=', item.id)
    .where('version', '=', item.version)
    .where('claim', '=', item.claim)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Puts a row back for another try at `at`; `countAttempt` false for waits that are not failures. */
export async function markRetry(
  db: DbOrTrx,
  item: OutboxItem,
  at: Date,
  error: string,
  countAttempt: boolean,
  outcomeUnknown = false,
): Promise<void> {
  await db
    .updateTable('outbox')
    .set({
      state: 'pending',
      next_attempt_at: at,
      locked_until: null,
      last_error: error,
      attempts: countAttempt ? item.attempts : item.attempts - 1,
      // Once unknown, it stays so until a delivery settles it: a later 429 does not make it known.
      uncertain: sql<boolean>`outbox.uncertain OR ${outcomeUnknown}`,
    })
    .where('id', '=', item.id)
    .where('version', '=', item.version)
    .where('claim', '=', item.claim)
    .execute();
}

/** Gives up on a row after a permanent error or too many attempts. */
export async function markDead(db: DbOrTrx, item: OutboxItem, error: string): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ state: 'dead', locked_until: null, last_error: error })
    .where('id', '=', item.id)
    .where('version', '=', item.version)
    .where('claim', '=', item.claim)
    .execute();
}

/** Rows per state, for metrics and the health page. */
export async function outboxDepth(db: DbOrTrx): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('outbox')
    .select(['state', sql<number>`count(*)::bigint`.as('n')])
    .groupBy('state')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.state, r.n]));
}

/** The delivery state of the row with this key, if there is one. */
export async function outboxState(db: DbOrTrx, dedupeKey: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('outbox')
    .select('state')
    .where('dedupe_key', '=', dedupeKey)
    .executeTakeFirst();
  return row?.state;
}

/** When the oldest undelivered message was queued, and since when the longest-waiting due one has been due. */
export async function outboxBacklog(
  db: DbOrTrx,
  now: Date,
): Promise<{ oldestQueuedAt: Date | null; oldestDueAt: Date | null }> {
  const row = await db
    .selectFrom('outbox')
    .select([
      sql<Date | null>`min(created_at)`.as('oldest_queued'),
      sql<Date | null>`min(next_attempt_at) FILTER (WHERE next_attempt_at <= ${now})`.as('oldest_due'),
    ])
    .where('state', 'in', ['pending', 'sending'])
    .executeTakeFirstOrThrow();
  return { oldestQueuedAt: row.oldest_queued, oldestDueAt: row.oldest_due };
}
