import { sql } from 'kysely';
import type { DbOrTrx } from '../connect.js';

/**
 * True the first time an inbound key (a request signature, an event id, an interaction's key) is
 * offered, across every instance sharing the database; false when it was already carried out.
 */
export async function firstTimeInbound(
  db: DbOrTrx,
  platform: string,
  key: string,
  now: Date,
): Promise<boolean> {
  const inserted = await db
    .insertInto('inbound_events')
    .values({ key, platform, received_at: now })
    .onConflict((oc) => oc.column('key').doNothing())
    .executeTakeFirst();
  return (inserted.numInsertedOrUpdatedRows ?? 0n) > 0n;
}

/** Forgets inbound keys older than `before`: replays that old are refused by their timestamp anyway. */
export async function forgetInboundBefore(db: DbOrTrx, before: Date): Promise<void> {
  await sql`DELETE FROM inbound_events WHERE received_at < ${before}`.execute(db);
}
