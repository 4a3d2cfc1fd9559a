import { type Message, mentionedPeople, type OutgoingFile } from '../chat/message.js';
import type { MentionTarget, Rendered } from '../chat/port.js';
import type { DbOrTrx } from '../db/connect.js';
import type { Platform } from '../db/schema/index.js';
import { enqueue } from '../outbox/outbox.repository.js';
import type { OutboxPayload } from '../outbox/payload.js';

/** Where the app may speak: the platforms with a configured adapter, and the time to stamp rows with. */
export interface PublishContext {
  db: DbOrTrx;
  platforms: readonly Platform[];
  now: Date;
  /** Platforms whose adapters want a daily list's parts in the thread of its summary. */
  threadedLists?: readonly Platform[];
}

interface Channel {
  id: number;
  platform: Platform;
  chatId: string;
}

async function collectionChannels(ctx: PublishContext, teamId: number): Promise<Channel[]> {
  if (ctx.platforms.length === 0) return [];
  const rows = await ctx.db
    .selectFrom('channels')
    .select(['id', 'platform', 'platform_chat_id'])
    .where('team_id', '=', teamId)
    .where('purpose', '=', 'collection')
    .where('platform', 'in', [...ctx.platforms])
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, platform: r.platform, chatId: r.platform_chat_id }));
}

/** The key of a team message in one particular channel: a team may be bound to several chats. */
function channelKey(key: string, channel: Channel): string {
  return `${key}@${channel.platform}:${channel.chatId}`;
}

function textsOf(message: Message): string {
  const parts = [message.text];
  for (const b of message.blocks) {
    if (b.type === 'text' || b.type === 'context' || b.type === 'header') parts.push(b.text);
    if (b.type === 'fields') parts.push(...b.fields.map((f) => f.value));
  }
  return parts.join('\n');
}

/** Resolves the people a message mentions to their identities on one platform. */
export async function renderFor(db: DbOrTrx, platform: Platform, message: Message): Promise<Rendered> {
  const ids = [...new Set(mentionedPeople(textsOf(message)))];
  const mentions: Record<string, MentionTarget> = {};
  if (ids.length > 0) {
    const rows = await db
      .selectFrom('people as p')
      .leftJoin('chat_identities as ci', (join) =>
        join.onRef('ci.person_id', '=', 'p.id').on('ci.platform', '=', platform),
      )
      .select(['p.id', 'p.name', 'ci.platform_user_id'])
      .where('p.id', 'in', ids)
      .execute();
    for (const r of rows) mentions[String(r.id)] = { userId: r.platform_user_id, name: r.name };
  }
  return { message, mentions };
}

/** Queues one outbox row per collection chat of the team, keyed per chat. */
async function enqueueOnTeam(
  ctx: PublishContext,
  teamId: number,
  key: string,
  payloadFor: (channel: Channel, channelKey: (k: string) => string) => Promise<OutboxPayload>,
  options: { edit?: boolean } = {},
): Promise<void> {
  for (const channel of await collectionChannels(ctx, teamId)) {
    const keyOf = (k: string) => channelKey(k, channel);
    await enqueue(ctx.db, {
      // An edit has a key of its own, replaced by each newer version of the same message.
      dedupeKey: options.edit ? `${keyOf(key)}~edit` : keyOf(key),
      platform: channel.platform,
      payload: await payloadFor(channel, keyOf),
      now: ctx.now,
      replace: options.edit === true,
    });
  }
}

/** Posts a team message (or a reply under `threadOf`) in every collection chat of the team, once per key. */
export function postToTeam(
  ctx: PublishContext,
  teamId: number,
  key: string,
  message: Message,
  threadOf?: string,
): Promise<void> {
  return enqueueOnTeam(ctx, teamId, key, async (channel, keyOf) => ({
    op: 'post',
    chatId: channel.chatId,
    ...(threadOf ? { threadOf: keyOf(threadOf) } : {}),
    content: await renderFor(ctx.db, channel.platform, message),
  }));
}

/** Posts one collector's part of a daily list: in the summary's thread where the platform wants it. */
export function postListPart(
  ctx: PublishContext,
  teamId: number,
  key: string,
  message: Message,
  headerKey: string,
): Promise<void> {
  return enqueueOnTeam(ctx, teamId, key, async (channel, keyOf) => ({
    op: 'post',
    chatId: channel.chatId,
    ...(ctx.threadedLists?.includes(channel.platform) ? { threadOf: keyOf(headerKey) } : {}),
    content: await renderFor(ctx.db, channel.platform, message),
  }));
}

/** Replaces the content of a team message posted earlier under `key`; the newest version wins. */
export function updateOnTeam(
  ctx: PublishContext,
  teamId: number,
  key: string,
  message: Message,
): Promise<void> {
  return enqueueOnTeam(
    ctx,
    teamId,
    key,
    async (channel, keyOf) => ({
      op: 'update',
      chatId: channel.chatId,
      messageOf: keyOf(key),
      content: await renderFor(ctx.db, channel.platform, message),
    }),
    { edit: true },
  );
}

/** Attaches a file to the team's chats, in the thread of `threadOf` when given. */
export function uploadToTeam(
  ctx: PublishContext,
  teamId: number,
  key: string,
  file: OutgoingFile,
  threadOf?: string,
): Promise<void> {
  return enqueueOnTeam(ctx, teamId, key, async (channel, keyOf) => ({
    op: 'file',
    chatId: channel.chatId,
    file,
    ...(threadOf ? { threadOf: keyOf(threadOf) } : {}),
  }));
}

/** Sends a private message to a person on each configured platform they are known on, once per key. */
export async function sendToPerson(
  ctx: PublishContext,
  personId: number,
  key: string,
  message: Message,
): Promise<void> {
  if (ctx.platforms.length === 0) return;
  const identities = await ctx.db
    .selectFrom('chat_identities')
    .select(['platform', 'platform_user_id'])
    .where('person_id', '=', personId)
    .where('platform', 'in', [...ctx.platforms])
    .execute();
  for (const identity of identities) {
    await enqueue(ctx.db, {
      dedupeKey: `${key}@${identity.platform}:${identity.platform_user_id}`,
      platform: identity.platform,
      payload: {
        op: 'direct',
        userId: identity.platform_user_id,
        content: await renderFor(ctx.db, identity.platform, message),
      },
      now: ctx.now,
    });
  }
}

/**
 * Replaces every private message sent with `sendToPerson` under a key starting with `prefix`,
 * on whichever platform it went to; the newest version wins.
 */
export async function updateDirects(ctx: PublishContext, prefix: string, message: Message): Promise<void> {
  const sent = await ctx.db
    .selectFrom('outbox')
    .select(['dedupe_key', 'platform', 'target'])
    .where('kind', '=', 'direct')
    .where('dedupe_key', 'like', `${prefix.replace(/[\\%_]/g, '\\$&')}%`)
    .execute();
  for (const row of sent) {
    const platform = row.platform as Platform;
    if (!ctx.platforms.includes(platform)) continue;
    const target = (typeof row.target === 'string' ? JSON.parse(row.target) : row.target) as {
      userId?: string;
    };
    if (!target.userId) continue;
    await enqueue(ctx.db, {
      dedupeKey: `${row.dedupe_key}~edit`,
      platform,
      // Direct messages are addressed by the person's platform id, as they were sent.
      payload: {
        op: 'update',
        chatId: target.userId,
        messageOf: row.dedupe_key,
        content: await renderFor(ctx.db, platform, message),
      },
      now: ctx.now,
      replace: true,
    });
  }
}
