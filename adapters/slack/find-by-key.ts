import { createHash } from 'node:crypto';
import type { WebClient } from '@slack/web-api';

/** The metadata event type that marks Duebot's messages with their outbox key. */
export const DUEBOT_EVENT = 'duebot_message';

/** Page size for history and thread reads; every page is followed through its cursor. */
const PAGE = 200;
/** A thread is read whole up to this many replies (Slack keeps at most this many in a thread view). */
const THREAD_MAX = 10_000;

type Payload = { key?: string; part?: number; parts?: number; of?: string };
type Listed = {
  ts?: string;
  reply_count?: number;
  metadata?: { event_type?: string; event_payload?: Payload };
  files?: { id?: string; title?: string }[];
};

/** What a message posted under a key looks like on Slack, including which of its parts arrived. */
export interface FoundMessage {
  ts: string;
  threadTs: string;
  /** How many payloads the message was rendered into. */
  parts: number;
  /** The continuation parts (1…parts-1) already in the thread, by part number. */
  partTs: Map<number, string>;
}

/** Metadata for the first payload of a message posted under `key`. */
export function rootMetadata(key: string, parts: number) {
  return { event_type: DUEBOT_EVENT, event_payload: parts > 1 ? { key, parts } : { key } };
}

/** Metadata for continuation part `part` of the message `of`, so edits and recovery can find it. */
export function partMetadata(key: string | undefined, part: number, of: string) {
  return { event_type: DUEBOT_EVENT, event_payload: { key: key ?? '', part, of } };
}

/**
 * The short reference a shared file carries in its title: file shares take no message metadata,
 * so this is how a share is found again after a crash.
 */
export function fileRef(key: string): string {
  return `ref ${createHash('sha256').update(key).digest('hex').slice(0, 10)}`;
}

/** Reads a paginated listing, following `has_more` and the cursor, up to `max` messages. */
async function listAll(
  read: (cursor: string | undefined) => Promise<{
    messages?: unknown[];
    has_more?: boolean;
    response_metadata?: { next_cursor?: string };
  }>,
  max: number,
): Promise<Listed[]> {
  const all: Listed[] = [];
  let cursor: string | undefined;
  do {
    const page = await read(cursor);
    all.push(...((page.messages ?? []) as Listed[]));
    cursor = page.has_more ? page.response_metadata?.next_cursor || undefined : undefined;
  } while (cursor && all.length < max);
  return all;
}

/** Every reply of the thread of `ts` (the root left out), all pages. */
async function thread(client: WebClient, channel: string, ts: string): Promise<Listed[]> {
  const all = await listAll(
    (cursor) =>
      client.conversations.replies({
        channel,
        ts,
        include_all_metadata: true,
        limit: PAGE,
        ...(cursor ? { cursor } : {}),
      }),
    THREAD_MAX,
  );
  return all.filter((m) => m.ts !== ts);
}

/** The channel's most recent top-level messages, newest first, up to `depth`. */
function history(client: WebClient, channel: string, depth: number): Promise<Listed[]> {
  return listAll(
    (cursor) =>
      client.conversations.history({
        channel,
        limit: Math.min(PAGE, depth),
        include_all_metadata: true,
        ...(cursor ? { cursor } : {}),
      }),
    depth,
  );
}

/** The continuation parts already posted for message `ts`, by part number. */
export async function partsOf(
  client: WebClient,
  channel: string,
  ts: string,
  threadTs = ts,
): Promise<Map<number, string>> {
  const parts = new Map<number, string>();
  for (const m of await thread(client, channel, threadTs)) {
    const meta = m.metadata;
    if (meta?.event_type === DUEBOT_EVENT && meta.event_payload?.of === ts && meta.event_payload.part && m.ts)
      parts.set(meta.event_payload.part, m.ts);
  }
  return parts;
}

function payloadOf(m: Listed, key: string): Payload | undefined {
  const meta = m.metadata;
  return meta?.event_type === DUEBOT_EVENT && meta.event_payload?.key === key
    ? meta.event_payload
    : undefined;
}

const isRoot = (m: Listed, key: string) => Boolean(m.ts && payloadOf(m, key) && !payloadOf(m, key)?.part);

function found(root: Listed, threadTs: string, siblings: Listed[], key: string): FoundMessage {
  const ts = root.ts as string;
  const partTs = new Map<number, string>();
  for (const m of siblings) {
    const p = payloadOf(m, key);
    if (p?.part && p.of === ts && m.ts) partTs.set(p.part, m.ts);
  }
  return { ts, threadTs, parts: payloadOf(root, key)?.parts ?? 1, partTs };
}

/**
 * Searches Slack for the message posted with this key: in the thread it was posted into when
 * that is known, else among the channel's recent messages and the threads under them. Only a
 * retry after an uncertain attempt pays for this search; normal delivery never calls it.
 */
export async function findByKey(
  client: WebClient,
  channel: string,
  key: string,
  depth: number,
  threadId?: string,
): Promise<FoundMessage | null> {
  if (threadId) {
    const replies = await thread(client, channel, threadId);
    const reply = replies.find((m) => isRoot(m, key));
    return reply ? found(reply, threadId, replies, key) : null;
  }
  const roots = await history(client, channel, depth);
  const root = roots.find((m) => isRoot(m, key));
  if (root?.ts) {
    const replies = (payloadOf(root, key)?.parts ?? 1) > 1 ? await thread(client, channel, root.ts) : [];
    return found(root, root.ts, replies, key);
  }
  // A message posted into an existing thread: look through the threads of recent messages.
  for (const parent of roots.filter((m) => m.reply_count && m.ts).slice(0, 20)) {
    const replies = await thread(client, channel, parent.ts as string);
    const reply = replies.find((m) => isRoot(m, key));
    if (reply) return found(reply, parent.ts as string, replies, key);
  }
  return null;
}

/** The id of a file shared under this key (its title carries `fileRef`), in the thread or channel. */
export async function findFileByKey(
  client: WebClient,
  channel: string,
  key: string,
  depth: number,
  threadId?: string,
): Promise<string | null> {
  const ref = fileRef(key);
  const listed = threadId ? await thread(client, channel, threadId) : await history(client, channel, depth);
  for (const m of listed) for (const f of m.files ?? []) if (f.id && f.title?.includes(ref)) return f.id;
  return null;
}
