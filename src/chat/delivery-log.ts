import type { DeliveryLog } from './port.js';

/**
 * A delivery log kept in memory, for sends outside the outbox (an answer to the person who
 * acted): pieces are remembered for this one call only, and there is no claim to lose.
 */
export function memoryLog(): DeliveryLog {
  const done: Record<string, string> = {};
  return {
    done,
    uncertain: false,
    async record(piece, id) {
      done[piece] = id;
    },
    async check() {},
  };
}
