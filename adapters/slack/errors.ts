import {
  WebAPIHTTPError,
  WebAPIPlatformError,
  WebAPIRateLimitedError,
  WebAPIRequestError,
} from '@slack/web-api';
import { DeliveryError, RateLimitError } from '../../src/chat/errors.js';
import { RenderError } from './render/limits.js';

/** Slack error codes that mean "try the same call again later". */
const TRANSIENT = new Set([
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
  'team_added_to_org',
]);

/**
 * Translates what `@slack/web-api` throws into the outbox's errors: a 429 becomes a
 * RateLimitError with Slack's wait, outages and network failures retryable DeliveryErrors, and
 * everything Slack refuses on its merits (unknown channel, bad blocks, bad token) permanent ones.
 */
export function toDeliveryError(err: unknown): Error {
  if (err instanceof RateLimitError || err instanceof DeliveryError) return err;
  if (err instanceof WebAPIRateLimitedError) return new RateLimitError(err.retryAfter * 1000, { cause: err });
  if (err instanceof WebAPIPlatformError) {
    const code = err.data.error;
    if (code === 'ratelimited')
      return new RateLimitError(
        ((err.data.response_metadata?.retryAfter as number | undefined) ?? 1) * 1000,
        { cause: err },
      );
    const detail = err.data.response_metadata?.messages?.join('; ');
    return new DeliveryError(code, TRANSIENT.has(code), {
      cause: err,
      outcomeUnknown: TRANSIENT.has(code),
      message: `slack refused: ${code}${detail ? ` (${detail})` : ''}`,
    });
  }
  if (err instanceof WebAPIHTTPError)
    return new DeliveryError(`http_${err.statusCode}`, err.statusCode >= 500, {
      cause: err,
      outcomeUnknown: err.statusCode >= 500,
    });
  // A timeout or a connection closed before the answer: Slack may have carried the call out.
  if (err instanceof WebAPIRequestError)
    return new DeliveryError('network_error', true, {
      cause: err,
      outcomeUnknown: true,
      message: `slack unreachable: ${err.original.message}`,
    });
  if (err instanceof RenderError)
    return new DeliveryError('invalid_blocks', false, { cause: err, message: err.message });
  // Anything else (e.g. the file upload URL refusing the bytes) is treated as transient.
  return new DeliveryError('unexpected', true, {
    cause: err,
    outcomeUnknown: true,
    message: err instanceof Error ? err.message : String(err),
  });
}
