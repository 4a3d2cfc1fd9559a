/** The platform asked us to slow down; try again after `retryAfterMs`. */
export class RateLimitError extends Error {
  readonly retryAfterMs: number;

  constructor(retryAfterMs: number, options: { cause?: unknown } = {}) {
    super(`rate limited: retry after ${retryAfterMs} ms`, options);
    this.name = 'RateLimitError';
    this.retryAfterMs = retryAfterMs;
  }
}

/** A delivery failed; `retryable` says whether sending the same thing later may work. */
export class DeliveryError extends Error {
  readonly retryable: boolean;
  readonly platformCode: string;

  constructor(platformCode: string, retryable: boolean, options: { cause?: unknown; message?: string } = {}) {
    super(options.message ?? `delivery failed: ${platformCode}`, { cause: options.cause });
    this.name = 'DeliveryError';
    this.retryable = retryable;
    this.platformCode = platformCode;
  }
}
