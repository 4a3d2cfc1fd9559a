import { createHash } from 'node:crypto';

/**
 * The `uuid` Lark deduplicates sends by (same uuid within an hour → the first message, not a new
 * one). Derived from the outbox dedupe key, so a resend after a crash is absorbed by Lark itself;
 * each part of a split message and each step of a file delivery gets its own.
 */
export function larkUuid(dedupeKey: string | undefined, part: string): string | undefined {
  if (!dedupeKey) return undefined;
  // Lark accepts at most 50 characters; 40 hex digits of SHA-256 leave no realistic collision.
  return createHash('sha256').update(`${dedupeKey}\u0000${part}`).digest('hex').slice(0, 40);
}
