/** Stable error codes: callers branch on these, never on message text. */
export type ErrorCode =
  | 'config_invalid'
  | 'db_unreachable'
  | 'migration_failed'
  | 'import_invalid'
  | 'import_failed'
  | 'not_found'
  | 'forbidden'
  | 'rate_limited'
  | 'platform_error'
  | 'internal';

const RETRYABLE: ReadonlySet<ErrorCode> = new Set(['db_unreachable', 'rate_limited', 'platform_error']);

/** An error with a stable code and the underlying cause. */
export class DuebotError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown>;

  constructor(
    code: ErrorCode,
    message: string,
    options: { cause?: unknown; details?: Record<string, unknown> } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'DuebotError';
    this.code = code;
    this.details = options.details ?? {};
  }
}

/** True when repeating the same operation later may succeed. */
export function isRetryable(err: unknown): boolean {
  return err instanceof DuebotError && RETRYABLE.has(err.code);
}
