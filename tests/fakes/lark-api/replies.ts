import type { ServerResponse } from 'node:http';
import type { StoredMessage } from './state.js';

/** Sends a Lark-shaped JSON answer. */
export function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

/** A success envelope: `{ code: 0, msg: 'success', data }`. */
export function ok(res: ServerResponse, data: unknown): void {
  send(res, 200, { code: 0, msg: 'success', data });
}

/** A business error; Lark answers most of them with HTTP 400 and its own code. */
export function fail(
  res: ServerResponse,
  code: number,
  msg: string,
  status = 400,
  headers: Record<string, string> = {},
): void {
  send(res, status, { code, msg }, headers);
}

/** A message as im/v1 returns it. */
export function messageView(m: StoredMessage): Record<string, unknown> {
  return {
    message_id: m.message_id,
    root_id: m.root_id,
    parent_id: m.parent_id,
    thread_id: m.thread_id,
    msg_type: m.msg_type,
    create_time: m.create_time,
    update_time: m.update_time,
    deleted: false,
    updated: m.updated,
    chat_id: m.chat_id,
    sender: { id: 'cli_emulated', id_type: 'app_id', sender_type: 'app' },
    body: { content: m.content },
  };
}
