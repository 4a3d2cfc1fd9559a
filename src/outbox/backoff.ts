/** Delay before retry number `attempt` (1-based) of a transient failure: 2 s, 4 s, 8 s … capped at 5 minutes. */
export function backoffMs(attempt: number): number {
  return Math.min(2_000 * 2 ** Math.max(0, attempt - 1), 300_000);
}
