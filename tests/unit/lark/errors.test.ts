import { describe, expect, it } from 'vitest';
import { larkUuid, sdkDomain, toDeliveryError } from '../../../adapters/lark/index.js';
import { DeliveryError, RateLimitError } from '../../../src/chat/errors.js';

const axiosLike = (status: number, data: unknown, headers: Record<string, string> = {}) =>
  Object.assign(new Error(`Request failed with status code ${status}`), {
    response: { status, data, headers },
  });

describe('Lark error classification', () => {
  it('turns HTTP 429 / 99991400 into a RateLimitError with the reset header, else a default', () => {
    const reset = toDeliveryError(axiosLike(429, { code: 99991400 }, { 'x-ogw-ratelimit-reset': '12' }));
    expect(reset).toBeInstanceOf(RateLimitError);
    expect((reset as RateLimitError).retryAfterMs).toBe(12_000);
    const retryAfter = toDeliveryError(axiosLike(429, {}, { 'retry-after': '3' }));
    expect((retryAfter as RateLimitError).retryAfterMs).toBe(3_000);
    expect((toDeliveryError(axiosLike(400, { code: 230020 })) as RateLimitError).retryAfterMs).toBe(1_000);
  });

  it('retries server errors, network failures and token trouble; gives up on permissions', () => {
    expect(toDeliveryError(axiosLike(503, 'upstream'))).toMatchObject({
      platformCode: 'http_503',
      retryable: true,
    });
    expect(toDeliveryError(new Error('socket hang up'))).toMatchObject({
      platformCode: 'lark_network',
      retryable: true,
    });
    expect(toDeliveryError(axiosLike(400, { code: 99991663 }))).toMatchObject({ retryable: true });
    const scope = toDeliveryError(axiosLike(400, { code: 99991672, msg: 'Access denied' }));
    expect(scope).toBeInstanceOf(DeliveryError);
    expect(scope).toMatchObject({ platformCode: 'lark_99991672', retryable: false });
    expect(scope.message).toContain('scope');
  });

  it('derives a stable uuid of at most 50 characters per key and part', () => {
    const a = larkUuid('digest:team-7:2026-11-23', 'card-1');
    expect(a).toHaveLength(40);
    expect(larkUuid('digest:team-7:2026-11-23', 'card-1')).toBe(a);
    expect(larkUuid('digest:team-7:2026-11-23', 'card-2')).not.toBe(a);
    expect(larkUuid(undefined, 'card-1')).toBeUndefined();
  });

  it('accepts feishu, lark or a base URL as the domain', () => {
    expect(sdkDomain('http://127.0.0.1:9/')).toBe('http://127.0.0.1:9');
    expect(() => sdkDomain('open.feishu.cn')).toThrow(/LARK_DOMAIN/);
  });
});
