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

/**
 * What of one outbox row already reached the platform, kept with the row as it happens, so any
 * instance continues a half-delivered message from the next piece instead of from the top.
 */
export interface DeliveryLog {
  /** Platform ids of the pieces delivered so far, by piece name ("root", "part:2", "file"). */
  readonly done: Readonly<Record<string, string>>;
  /** An earlier attempt ended without knowing whether the platform acted: look before sending. */
  readonly uncertain: boolean;
  /** Records one delivered piece with the row; throws ClaimLost when another instance holds it. */
  record(piece: string, id: string): Promise<void>;
  /** Renews this instance's claim; throws ClaimLost when it was taken over. Called before every send. */
  check(): Promise<void>;
}

/** Options of every send: the outbox key and, from the outbox, the row's delivery log. */
export interface SendOptions {
  dedupeKey?: string;
  delivery?: DeliveryLog;
}

/** What an adapter implements so Duebot can speak on its platform. */
export interface ChatPort {
  readonly platform: Platform;
  /**
   * True where a busy channel should see one message per daily list: each collector's part then
   * goes in the thread of the list's summary instead of the channel.
   */
  readonly threadsListParts?: boolean;
  /**
   * True when the port records each delivered piece in the `delivery` log it is given and, after
   * an uncertain attempt, looks on the platform for what arrived before sending again.
   */
  readonly keepsDeliveryLog?: boolean;
  /** True where a message cannot hold pictures: each one is shared as a file in the message's thread. */
  readonly picturesAsFiles?: boolean;
  post(chatId: string, content: Rendered, options?: { threadId?: string } & SendOptions): Promise<Delivered>;
  update(chatId: string, messageId: string, content: Rendered, options?: SendOptions): Promise<void>;
  sendDirect(userId: string, content: Rendered, options?: SendOptions): Promise<Delivered>;
  uploadFile(
    chatId: string,
    file: OutgoingFile,
    options?: { threadId?: string; comment?: string } & SendOptions,
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
