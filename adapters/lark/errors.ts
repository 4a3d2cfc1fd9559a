import { DeliveryError, RateLimitError } from '../../src/chat/errors.js';

/** Without a reset header, wait a second: Lark allows 5 messages per second per chat. */
export const DEFAULT_RETRY_AFTER_MS = 1_000;

/** Lark codes that mean "slow down": the API frequency limit and the per-chat send limit. */
const RATE_LIMIT_CODES = new Set([99991400, 230020]);

/** Codes that will fail the same way again, with the hint an operator needs. */
const PERMANENT: Record<number, string> = {
  230001: 'invalid request parameter',
  230002: 'the bot is not in this chat: add the bot to the group',
  230006: 'the bot ability is not enabled for this app',
  230011: 'the message was withdrawn or does not exist',
  230013: 'the bot has no availability to this user (outside the app visibility range)',
  230025: 'the message is longer than Lark allows',
  230099: 'Lark rejected the card JSON',
  234001: 'invalid file request',
  10003: 'invalid app id',
  10014: 'invalid app secret: check LARK_APP_SECRET',
  99991672: 'the app lacks a permission (scope): grant it in the developer console',
  99991679: 'the app lacks a permission (scope): grant it in the developer console',
  99992402: 'invalid request field',
};

interface LarkFailure {
  status?: number;
  code?: number;
  msg?: string;
  headers: Record<string, unknown>;
}

function failureOf(err: unknown): LarkFailure | null {
  if (typeof err !== 'object' || err === null) return null;
  const response = (
    err as { response?: { status?: number; data?: unknown; headers?: Record<string, unknown> } }
  ).response;
  if (!response) return null;
  const data = (response.data ?? {}) as { code?: unknown; msg?: unknown };
  return {
    status: response.status,
    code: typeof data.code === 'number' ? data.code : undefined,
    msg: typeof data.msg === 'string' ? data.msg : undefined,
    headers: response.headers ?? {},
  };
}

/** Retry-After or Lark's x-ogw-ratelimit-reset (both in seconds), else the default. */
export function retryAfterMs(headers: Record<string, unknown>): number {
  for (const name of ['retry-after', 'x-ogw-ratelimit-reset']) {
    const seconds = Number(headers[name]);
    if (Number.isFinite(seconds) && seconds > 0) return Math.ceil(seconds * 1000);
  }
  return DEFAULT_RETRY_AFTER_MS;
}

/** A business error answered with HTTP 200 and a non-zero code. */
export function fromLarkCode(
  code: number,
  msg: string | undefined,
  headers: Record<string, unknown> = {},
): Error {
  if (RATE_LIMIT_CODES.has(code)) return new RateLimitError(retryAfterMs(headers));
  const hint = PERMANENT[code];
  const text = `Lark error ${code}: ${msg ?? 'no message'}${hint ? ` (${hint})` : ''}`;
  return new DeliveryError(`lark_${code}`, hint === undefined, { message: text });
}

/**
 * Classifies whatever the SDK threw for the outbox: rate limits wait as told, the codes listed
 * above are permanent, 5xx, network failures and codes not known here are retried (the outbox
 * bounds the attempts), so an unfamiliar transient code never loses a message.
 */
export function toDeliveryError(err: unknown): Error {
  if (err instanceof RateLimitError || err instanceof DeliveryError) return err;
  const failure = failureOf(err);
  if (!failure) {
    const message = err instanceof Error ? err.message : String(err);
    return new DeliveryError('lark_network', true, {
      cause: err,
      message: `Lark unreachable: ${message}`,
      outcomeUnknown: true,
    });
  }
  if (failure.status === 429 || (failure.code !== undefined && RATE_LIMIT_CODES.has(failure.code)))
    return new RateLimitError(retryAfterMs(failure.headers), { cause: err });
  if (failure.status !== undefined && failure.status >= 500)
    return new DeliveryError(`http_${failure.status}`, true, {
      cause: err,
      outcomeUnknown: true,
      message: `Lark answered HTTP ${failure.status}`,
    });
  if (failure.code !== undefined) {
    const mapped = fromLarkCode(failure.code, failure.msg, failure.headers);
    // Token codes (99991661/99991663) clear up once the SDK fetches a fresh token.
    const tokenProblem = failure.code === 99991661 || failure.code === 99991663;
    return tokenProblem
      ? new DeliveryError(`lark_${failure.code}`, true, { cause: err, message: mapped.message })
      : mapped;
  }
  return new DeliveryError(`http_${failure.status ?? 'unknown'}`, false, { cause: err });
}
