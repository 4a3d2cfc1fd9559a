import type { ServerResponse } from 'node:http';
import { validateCardContent } from './card-validation.js';
import { fail, messageView, ok } from './replies.js';
import type { EmulatorState, StoredMessage } from './state.js';

type Body = Record<string, unknown>;

/** Refuses a request to a chat under a scripted rate limit, as Lark does. */
export function refuseIfLimited(state: EmulatorState, res: ServerResponse, chatId: string): boolean {
  const limit = state.takeRateLimit(chatId);
  if (!limit) return false;
  const headers = { 'x-ogw-ratelimit-reset': String(limit.resetSeconds) };
  if (limit.code === 99991400) fail(res, 99991400, 'request trigger frequency limit', 429, headers);
  else fail(res, 230020, 'This operation triggers the frequency limit.', 400, headers);
  return true;
}

function checkContent(
  state: EmulatorState,
  res: ServerResponse,
  msgType: unknown,
  content: unknown,
): boolean {
  if (typeof msgType !== 'string' || typeof content !== 'string') {
    fail(
      res,
      230001,
      'Your request contains an invalid request parameter, ext=msg_type and content are required',
    );
    return false;
  }
  if (msgType === 'interactive') {
    const problem = validateCardContent(content);
    if (problem) fail(res, problem.code, problem.msg);
    return !problem;
  }
  let parsed: Body;
  try {
    parsed = JSON.parse(content) as Body;
  } catch {
    fail(res, 230001, 'Your request contains an invalid request parameter, ext=content is not JSON');
    return false;
  }
  if (msgType === 'file' && !state.files.has(String(parsed.file_key))) {
    fail(res, 234001, 'Invalid request param, ext=file_key not found');
    return false;
  }
  if (msgType === 'text' && typeof parsed.text !== 'string') {
    fail(res, 230001, 'Your request contains an invalid request parameter, ext=text is required');
    return false;
  }
  return true;
}

/** POST /open-apis/im/v1/messages?receive_id_type=chat_id|open_id */
export function createMessage(
  state: EmulatorState,
  res: ServerResponse,
  query: Record<string, string>,
  body: Body,
): void {
  const receiveId = String(body.receive_id ?? '');
  let chatId: string;
  if (query.receive_id_type === 'chat_id') {
    // A person's direct chat with the bot is a chat too, addressable by its chat_id.
    const direct = [...state.users.keys()].some((openId) => state.p2pChat(openId) === receiveId);
    if (!state.chats.has(receiveId) && !direct) {
      fail(res, 230002, 'The bot is not in the chat.');
      return;
    }
    chatId = receiveId;
  } else if (query.receive_id_type === 'open_id') {
    if (!state.users.has(receiveId)) {
      fail(res, 230013, 'Bot has NO availability to this user.');
      return;
    }
    chatId = state.p2pChat(receiveId);
  } else {
    fail(res, 99992402, 'field validation failed, ext=receive_id_type');
    return;
  }
  const again = state.byUuid(body.uuid as string | undefined);
  if (again) {
    ok(res, messageView(again));
    return;
  }
  if (refuseIfLimited(state, res, chatId)) return;
  if (!checkContent(state, res, body.msg_type, body.content)) return;
  const stored = state.store({
    chatId,
    msgType: String(body.msg_type),
    content: String(body.content),
    uuid: body.uuid as string | undefined,
  });
  ok(res, messageView(stored));
}

/** POST /open-apis/im/v1/messages/:id/reply */
export function replyMessage(state: EmulatorState, res: ServerResponse, parentId: string, body: Body): void {
  const parent = state.find(parentId);
  if (!parent) {
    fail(res, 230011, 'The message was withdrawn or does not exist.');
    return;
  }
  const again = state.byUuid(body.uuid as string | undefined);
  if (again) {
    ok(res, messageView(again));
    return;
  }
  if (refuseIfLimited(state, res, parent.chat_id)) return;
  if (!checkContent(state, res, body.msg_type, body.content)) return;
  const stored = state.store({
    chatId: parent.chat_id,
    msgType: String(body.msg_type),
    content: String(body.content),
    uuid: body.uuid as string | undefined,
    parent,
    inThread: body.reply_in_thread === true,
  });
  ok(res, messageView(stored));
}

/** PATCH /open-apis/im/v1/messages/:id — only cards can be updated. */
export function patchMessage(state: EmulatorState, res: ServerResponse, messageId: string, body: Body): void {
  const message = state.find(messageId);
  if (!message) {
    fail(res, 230011, 'The message was withdrawn or does not exist.');
    return;
  }
  if (message.msg_type !== 'interactive') {
    fail(res, 230001, 'Your request contains an invalid request parameter, ext=only cards can be patched');
    return;
  }
  if (refuseIfLimited(state, res, message.chat_id)) return;
  if (!checkContent(state, res, 'interactive', body.content)) return;
  message.content = String(body.content);
  message.update_time = String(state.now());
  message.updated = true;
  ok(res, {});
}

/** A message as Lark lists it: a file message names its file, as Lark's own content does. */
function listedView(state: EmulatorState, m: StoredMessage): Record<string, unknown> {
  const view = messageView(m);
  if (m.msg_type !== 'file') return view;
  const key = String((JSON.parse(m.content) as { file_key?: unknown }).file_key);
  const content = JSON.stringify({ file_key: key, file_name: state.files.get(key)?.name ?? '' });
  return { ...view, body: { content } };
}

/**
 * GET /open-apis/im/v1/messages?container_id_type=chat|thread&container_id=…: a chat's messages,
 * or a thread's (its root first), oldest first unless `ByCreateTimeDesc`; at most 50 a page, with
 * `has_more` and a `page_token` for the next page, as Lark pages them.
 */
export function listMessages(state: EmulatorState, res: ServerResponse, query: Record<string, string>): void {
  const kind = query.container_id_type;
  const containerId = query.container_id ?? '';
  let items: StoredMessage[];
  if (kind === 'chat') {
    if (
      !state.chats.has(containerId) &&
      ![...state.users.keys()].some((u) => state.p2pChat(u) === containerId)
    ) {
      fail(res, 230002, 'The bot is not in the chat.');
      return;
    }
    items = state.messages.filter((m) => m.chat_id === containerId && !m.ephemeral_to);
  } else if (kind === 'thread') {
    items = state.messages.filter((m) => m.thread_id === containerId);
    if (items.length === 0) {
      fail(res, 230001, 'Your request contains an invalid request parameter, ext=thread not found');
      return;
    }
  } else {
    fail(res, 230001, 'Your request contains an invalid request parameter, ext=container_id_type');
    return;
  }
  if (query.sort_type === 'ByCreateTimeDesc') items = [...items].reverse();
  const pageSize = Math.max(1, Math.min(Number(query.page_size ?? 20), 50));
  const start = query.page_token ? Number(Buffer.from(query.page_token, 'base64url').toString()) : 0;
  const page = items.slice(start, start + pageSize);
  const more = start + pageSize < items.length;
  ok(res, {
    has_more: more,
    ...(more ? { page_token: Buffer.from(String(start + pageSize)).toString('base64url') } : {}),
    items: page.map((m) => listedView(state, m)),
  });
}

/** GET /open-apis/im/v1/messages/:id: the message as one item. */
export function getMessage(state: EmulatorState, res: ServerResponse, messageId: string): void {
  const message = state.find(messageId);
  if (!message) {
    fail(res, 230011, 'The message was withdrawn or does not exist.');
    return;
  }
  ok(res, { items: [listedView(state, message)] });
}
