import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import type { Clock } from '../../../src/clock.js';
import { readLimitedBody } from '../../../src/http/read-body.js';
import type { Logger } from '../../../src/logger.js';

/** Slack's window for a request's timestamp, either side of now. */
const WINDOW_SEC = 5 * 60;
const MAX_BODY_BYTES = 1024 * 1024;

/** Remembers inbound keys across instances: true the first time a key is offered. */
export type FirstTime = (key: string) => Promise<boolean>;

export interface GateDeps {
  signingSecret: string;
  clock: Clock;
  logger: Logger;
  firstTime: FirstTime;
}

type Body = Record<string, unknown>;

const isObject = (v: unknown): v is Body => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): v is string => typeof v === 'string' && v !== '';

function refuse(res: ServerResponse, status: number, message: string): false {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(message);
  return false;
}

function signed(deps: GateDeps, req: IncomingMessage, raw: Buffer): string | null {
  const signature = req.headers['x-slack-signature'];
  const stamp = req.headers['x-slack-request-timestamp'];
  if (typeof signature !== 'string' || typeof stamp !== 'string' || !/^\d+$/.test(stamp)) return null;
  const expected = `v0=${createHmac('sha256', deps.signingSecret).update(`v0:${stamp}:`).update(raw).digest('hex')}`;
  const a = Buffer.from(signature);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b) ? signature : null;
}

/** The payload of a form body (`payload=…`) or of a JSON body; undefined when it does not parse. */
function payloadOf(req: IncomingMessage, raw: Buffer): unknown {
  const type = req.headers['content-type'] ?? '';
  try {
    if (type.startsWith('application/x-www-form-urlencoded')) {
      const form = parseQuery(raw.toString('utf8'));
      return typeof form.payload === 'string' ? JSON.parse(form.payload) : form;
    }
    return JSON.parse(raw.toString('utf8'));
  } catch {
    return undefined;
  }
}

/** What a payload must carry for Duebot to act on it; the reason when it does not. */
function malformed(body: Body): string | null {
  if (typeof body.command === 'string') return text(body.user_id) ? null : 'a command without user_id';
  switch (body.type) {
    case 'url_verification':
    case 'event_callback':
      return null;
    case 'block_actions':
      if (!isObject(body.user) || !text(body.user.id)) return 'block_actions without a user';
      return Array.isArray(body.actions) ? null : 'block_actions without actions';
    case 'view_submission':
    case 'view_closed':
      if (!isObject(body.user) || !text(body.user.id)) return `${body.type} without a user`;
      return isObject(body.view) ? null : `${body.type} without a view`;
    default:
      return text(body.type) ? null : 'a payload without a type';
  }
}

/** The key that makes an event Slack redelivers (`X-Slack-Retry-Num`) count once. */
function onceKey(body: Body): string | null {
  return body.type === 'event_callback' && text(body.event_id) ? `slack:event:${body.event_id}` : null;
}

/**
 * Checks a Slack request before Bolt sees it: the signature, a timestamp within five minutes of
 * now in either direction, a signature never seen before (a replay is refused on every
 * instance), and a payload of the expected shape (a 400 otherwise, never a crash). A redelivered
 * event (`X-Slack-Retry-Num`) is acknowledged and not carried out again. True when the request goes on to Bolt, with its body buffered for it.
 */
export async function gateSlackRequest(
  req: IncomingMessage,
  res: ServerResponse,
  deps: GateDeps,
): Promise<boolean> {
  const raw = await readLimitedBody(req, MAX_BODY_BYTES);
  if (raw === null) return refuse(res, 413, 'body too large');
  const type = req.headers['content-type'] ?? '';
  if (type.startsWith('application/x-www-form-urlencoded') && parseQuery(raw.toString()).ssl_check === '1')
    return refuse(res, 200, '');
  const signature = signed(deps, req, raw);
  if (!signature) return refuse(res, 401, 'invalid signature');
  const nowSec = Math.floor(deps.clock.now().getTime() / 1000);
  const stamp = Number(req.headers['x-slack-request-timestamp']);
  if (Math.abs(nowSec - stamp) > WINDOW_SEC)
    return refuse(res, 401, 'request timestamp outside five minutes');
  if (!(await deps.firstTime(`slack:signature:${signature}`))) {
    deps.logger.warn('slack: a replayed request was refused');
    return refuse(res, 401, 'replayed request');
  }
  const body = payloadOf(req, raw);
  if (!isObject(body)) return refuse(res, 400, 'the payload is not a JSON object');
  const problem = malformed(body);
  if (problem) return refuse(res, 400, `malformed payload: ${problem}`);
  const key = onceKey(body);
  if (key && !(await deps.firstTime(key))) {
    deps.logger.info({ key, retry: req.headers['x-slack-retry-num'] }, 'slack: already carried out');
    return refuse(res, 200, '');
  }
  // Bolt reads the buffered body instead of the stream, and checks the signature again itself.
  (req as IncomingMessage & { rawBody?: Buffer }).rawBody = raw;
  return true;
}
