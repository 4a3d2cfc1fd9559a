import type { IncomingMessage, ServerResponse } from 'node:http';
import type * as lark from '@larksuiteoapi/node-sdk';
import type { Clock } from '../../../src/clock.js';
import { readLimitedBody } from '../../../src/http/read-body.js';
import type { Logger } from '../../../src/logger.js';
import type { SeenKeys } from './nonces.js';
import type { CallbackVerifier } from './verify.js';

/** The two callback addresses configured in the developer console. */
export const LARK_PATHS = new Set(['/lark/events', '/lark/cards']);
const MAX_BODY_BYTES = 1024 * 1024;

export interface RouteDeps {
  verifier: CallbackVerifier;
  seen: SeenKeys;
  clock: Clock;
  logger: Logger;
  dispatcher: lark.EventDispatcher;
  /** False until the edge is started: callbacks are then refused with 503 so Lark retries. */
  ready(): boolean;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/**
 * One HTTP callback: verified (signature, freshness, token), refused if its nonce was seen before,
 * then handed to the SDK dispatcher already opened, so the same handler table serves HTTP and the
 * long connection. Every refusal is a 401 before anything is read or written.
 */
export async function serveCallback(
  req: IncomingMessage,
  res: ServerResponse,
  deps: RouteDeps,
): Promise<void> {
  const path = (req.url ?? '').split('?')[0] ?? '';
  if (!LARK_PATHS.has(path)) return json(res, 404, { msg: 'not found' });
  if (req.method !== 'POST') return json(res, 405, { msg: 'POST only' });
  const body = await readLimitedBody(req, MAX_BODY_BYTES);
  if (body === null) return json(res, 413, { msg: 'body too large' });
  const now = deps.clock.now();
  const verdict = deps.verifier.verify(req.headers, body, now);
  if (verdict.kind === 'rejected') {
    deps.logger.warn({ path, reason: verdict.reason }, 'lark: callback refused');
    return json(res, 401, { msg: 'unauthorized' });
  }
  if (verdict.kind === 'challenge') return json(res, 200, { challenge: verdict.challenge });
  if (verdict.kind === 'malformed') return json(res, 400, { msg: verdict.reason });
  if (!(await deps.seen.first(`nonce:${verdict.nonce}`, now))) {
    deps.logger.warn({ path, reason: 'replayed nonce' }, 'lark: callback refused');
    return json(res, 401, { msg: 'unauthorized' });
  }
  if (!deps.ready()) return json(res, 503, { msg: 'starting' });
  const result: unknown = await deps.dispatcher.invoke(verdict.payload, { needCheck: false });
  // The SDK answers an event type without a handler with a string; Lark only needs a 200.
  json(res, 200, typeof result === 'object' && result !== null ? result : {});
}
