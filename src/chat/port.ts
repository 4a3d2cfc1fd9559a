import type { Platform } from '../db/schema/index.js';
import type { Message, OutgoingFile } from './message.js';

/** How a mentioned person appears on the platform the message goes to. */
export interface MentionTarget {
  /** The platform user id, when the person is bound on that platform. */
  userId: string | null;
  name: string;
}

/** Everything an adapter needs to render one message, resolved by the app before sending. */
export interface Rendered {
  message: Message;
  mentions: Record<string, MentionTarget>;
}

export interface Delivered {
  messageId: string;
  /** Thread root to reply under later; usually the message itself. */
  threadId?: string;
}

/** What an adapter implements so Duebot can speak on its platform. */
export interface ChatPort {
  readonly platform: Platform;
  /**
   * True where a busy channel should see one message per daily list: each collector's part then
   * goes in the thread of the list's summary instead of the channel.
   */
  readonly threadsListParts?: boolean;
  /** True where a message cannot hold pictures: each one is shared as a file in the message's thread. */
  readonly picturesAsFiles?: boolean;
  post(
    chatId: string,
    content: Rendered,
    options?: { threadId?: string; dedupeKey?: string },
  ): Promise<Delivered>;
  update(chatId: string, messageId: string, content: Rendered): Promise<void>;
  sendDirect(userId: string, content: Rendered, options?: { dedupeKey?: string }): Promise<Delivered>;
  uploadFile(
    chatId: string,
    file: OutgoingFile,
    options?: { threadId?: string; comment?: string; dedupeKey?: string },
  ): Promise<Delivered>;
  /**
   * The platform user ids of people by (lower-case) e-mail, for those the platform knows, so
   * Duebot can write to and mention people who have not written to it yet.
   */
  findUsersByEmail?(emails: readonly string[]): Promise<Map<string, string>>;
  /**
   * After a crash between sending and recording, asks the platform whether a message with this
   * key already arrived, so it is not sent twice. Platforms without a way to tell return null.
   */
  findDelivered?(dedupeKey: string, where: { chatId?: string; userId?: string }): Promise<Delivered | null>;
}
