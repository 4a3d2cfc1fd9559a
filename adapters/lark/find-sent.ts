import type * as lark from '@larksuiteoapi/node-sdk';
import { larkUuid } from './idempotency.js';
import type { Card } from './render/index.js';

/** How far back a look for an earlier delivery reads: ten pages of fifty, newest first. */
const PAGES = 10;
const PAGE_SIZE = 50;

type Call = <T>(request: () => Promise<T>) => Promise<T>;
interface ListedMessage {
  message_id?: string;
  msg_type?: string;
  body?: { content?: string };
}

/**
 * The mark a card carries as the element id of its first element: a letter and 19 hex digits of
 * the piece's uuid, within Lark's element-id rule. Lark forgets a uuid after an hour; the mark
 * stays on the card, so a resend later still finds what arrived.
 */
export function cardMark(dedupeKey: string | undefined, part: string): string | undefined {
  const uuid = larkUuid(dedupeKey, part);
  return uuid ? `k${uuid.slice(0, 19)}` : undefined;
}

/** The card with its mark on the first element (a card whose first element has an id keeps it). */
export function markCard(card: Card, mark: string | undefined): Card {
  const [first, ...rest] = card.body.elements;
  if (!mark || !first || first.element_id !== undefined) return card;
  return { ...card, body: { elements: [{ ...first, element_id: mark }, ...rest] } };
}

/**
 * Looks on Lark for a card with this mark among a chat's or a thread's recent messages
 * (im.v1.message.list, newest first, following `page_token` while `has_more`).
 */
export function findMarked(
  client: lark.Client,
  call: Call,
  where: { chatId: string } | { rootId: string },
  mark: string,
): Promise<string | null> {
  const needle = `"element_id":"${mark}"`;
  return findListed(
    client,
    call,
    where,
    (m) => m.msg_type === 'interactive' && !!m.body?.content?.includes(needle),
  );
}

/** Looks in a thread for a file message sharing a file of this name (a list's file is named by list and day). */
export function findFileNamed(
  client: lark.Client,
  call: Call,
  rootId: string,
  name: string,
): Promise<string | null> {
  return findListed(client, call, { rootId }, (m) => {
    if (m.msg_type !== 'file') return false;
    try {
      return (JSON.parse(m.body?.content ?? '{}') as { file_name?: unknown }).file_name === name;
    } catch {
      return false;
    }
  });
}

async function findListed(
  client: lark.Client,
  call: Call,
  where: { chatId: string } | { rootId: string },
  match: (m: ListedMessage) => boolean,
): Promise<string | null> {
  let container: { type: 'chat' | 'thread'; id: string };
  if ('chatId' in where) container = { type: 'chat', id: where.chatId };
  else {
    const root = await call(() => client.im.message.get({ path: { message_id: where.rootId } }));
    const threadId = root?.data?.items?.[0]?.thread_id;
    // No thread yet: nothing was ever replied under the root.
    if (!threadId) return null;
    container = { type: 'thread', id: threadId };
  }
  let pageToken: string | undefined;
  for (let page = 0; page < PAGES; page += 1) {
    const answer = await call(() =>
      client.im.message.list({
        params: {
          container_id_type: container.type,
          container_id: container.id,
          sort_type: 'ByCreateTimeDesc',
          page_size: PAGE_SIZE,
          ...(pageToken ? { page_token: pageToken } : {}),
        },
      }),
    );
    const items = (answer?.data?.items ?? []) as ListedMessage[];
    const found = items.find(match);
    if (found?.message_id) return found.message_id;
    pageToken = answer?.data?.page_token;
    if (!answer?.data?.has_more || !pageToken) return null;
  }
  return null;
}
