import type { WebClient } from '@slack/web-api';

/** The metadata event type that marks Duebot's messages with their outbox key. */
export const DUEBOT_EVENT = 'duebot_message';

type Payload = { key?: string; part?: number; parts?: number; of?: string };
type Listed = {
  ts?: string;
  reply_count?: number;
  metadata?: { event_type?: string; event_payload?: Payload };
};

/** What a message posted under a key looks like on Slack, including how many of its parts arrived. */
export interface FoundMessage {
  ts: string;
  threadTs: string;
  /** How many payloads the message was rendered into. */
  parts: number;
  /** The continuation parts (1…parts-1) already in the thread. */
  partsPosted: Set<number>;
}

/** Metadata for the first payload of a message posted under `key`. */
export function rootMetadata(key: string, parts: number) {
  return { event_type: DUEBOT_EVENT, event_payload: parts > 1 ? { key, parts } : { key } };
}

/** Metadata for continuation part `part` of the message `of`, so edits and recovery can find it. */
export function partMetadata(key: string | undefined, part: number, of: string) {
  return { event_type: DUEBOT_EVENT, event_payload: { key: key ?? '', part, of } };
}

/** The continuation parts already posted for message `ts`, by part number. */
export async function partsOf(
  client: WebClient,
  channel: string,
  ts: string,
  depth: number,
): Promise<Map<number, string>> {
  const parts = new Map<number, string>();
  for (const m of await thread(client, channel, ts, depth)) {
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

async function thread(client: WebClient, channel: string, ts: string, depth: number): Promise<Listed[]> {
  const replies = await client.conversations.replies({
    channel,
    ts,
    include_all_metadata: true,
    limit: depth,
  });
  return ((replies.messages ?? []) as Listed[]).filter((m) => m.ts !== ts);
}

function found(ts: string, threadTs: string, first: Payload, siblings: Listed[], key: string): FoundMessage {
  const partsPosted = new Set<number>();
  for (const m of siblings) {
    const part = payloadOf(m, key)?.part;
    if (part) partsPosted.add(part);
  }
  return { ts, threadTs, parts: first.parts ?? 1, partsPosted };
}

/**
 * Searches a channel's recent messages, and the threads under them, for the message posted with
 * this key. Only a crash recovery pays for this search; normal delivery never calls it.
 */
export async function findByKey(
  client: WebClient,
  channel: string,
  key: string,
  depth: number,
): Promise<FoundMessage | null> {
  const history = await client.conversations.history({ channel, limit: depth, include_all_metadata: true });
  const roots = (history.messages ?? []) as Listed[];
  const root = roots.find((m) => payloadOf(m, key) && !payloadOf(m, key)?.part);
  if (root?.ts) {
    const first = payloadOf(root, key) as Payload;
    const replies = (first.parts ?? 1) > 1 ? await thread(client, channel, root.ts, depth) : [];
    return found(root.ts, root.ts, first, replies, key);
  }
  // A message posted into an existing thread: look through the threads of recent messages.
  for (const parent of roots.filter((m) => m.reply_count && m.ts).slice(0, 20)) {
    const replies = await thread(client, channel, parent.ts as string, depth);
    const reply = replies.find((m) => payloadOf(m, key) && !payloadOf(m, key)?.part);
    if (reply?.ts)
      return found(reply.ts, parent.ts as string, payloadOf(reply, key) as Payload, replies, key);
  }
  return null;
}
