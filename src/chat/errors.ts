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
  /** The call may have been carried out (timeout, lost connection, 5xx): ask before sending again. */
  readonly outcomeUnknown: boolean;

  constructor(
    platformCode: string,
    retryable: boolean,
    options: { cause?: unknown; message?: string; outcomeUnknown?: boolean } = {},
  ) {
    super(options.message ?? `delivery failed: ${platformCode}`, { cause: options.cause });
    this.name = 'DeliveryError';
    this.retryable = retryable;
    this.platformCode = platformCode;
    this.outcomeUnknown = options.outcomeUnknown ?? false;
  }
}

/** This instance no longer holds the outbox row it was delivering: another one took it over. */
export class ClaimLost extends Error {
  constructor(readonly dedupeKey: string) {
    super(`the claim on ${dedupeKey} was taken over by another instance`);
    this.name = 'ClaimLost';
  }
}
