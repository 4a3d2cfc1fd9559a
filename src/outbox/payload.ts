import type { OutgoingFile } from '../chat/message.js';
import type { Rendered } from '../chat/port.js';

/**
 * What an outbox row asks to be delivered. Threads and edits point at earlier messages by their
 * outbox key, because the platform's message id is only known once that message has been sent.
 */
export type OutboxPayload =
  | { op: 'post'; chatId: string; threadOf?: string; content: Rendered }
  | { op: 'update'; chatId: string; messageOf: string; content: Rendered }
  | { op: 'direct'; userId: string; content: Rendered }
  | { op: 'file'; chatId: string; threadOf?: string; file: OutgoingFile; comment?: string };

/** Where a message goes, for the row's target column (queried by operators, not by code paths). */
export function targetOf(payload: OutboxPayload): { chatId?: string; userId?: string } {
  return payload.op === 'direct' ? { userId: payload.userId } : { chatId: payload.chatId };
}
