import type { DbOrTrx } from '../db/connect.js';

export interface PostedMessage {
  key: string;
  platform: string;
  channelRef: string;
  messageId: string;
  threadId: string | null;
}

/** Remembers where a keyed message landed, so it can be edited or replied to later. */
export async function savePosted(db: DbOrTrx, posted: PostedMessage, now: Date): Promise<void> {
  await db
    .insertInto('posted_messages')
    .values({
      key: posted.key,
      platform: posted.platform,
      channel_ref: posted.channelRef,
      platform_message_id: posted.messageId,
      thread_ref: posted.threadId,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet({ platform_message_id: posted.messageId, thread_ref: posted.threadId, updated_at: now }),
    )
    .execute();
}

/** Where the message with this key landed, or undefined when it has not been delivered yet. */
export async function findPosted(db: DbOrTrx, key: string): Promise<PostedMessage | undefined> {
  const row = await db.selectFrom('posted_messages').selectAll().where('key', '=', key).executeTakeFirst();
  return (
    row && {
      key: row.key,
      platform: row.platform,
      channelRef: row.channel_ref,
      messageId: row.platform_message_id,
      threadId: row.thread_ref,
    }
  );
}
