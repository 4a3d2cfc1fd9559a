import type { Platform } from '../db/schema/index.js';

/** Who acted, as the platform knows them; the app resolves this to a person of the roster. */
export interface PlatformUser {
  platform: Platform;
  workspaceId: string;
  userId: string;
  /** From the platform profile when available, for identity lookup by e-mail. */
  email?: string;
  displayName?: string;
}

/** Where it happened. */
export interface ChannelRef {
  platform: Platform;
  workspaceId: string;
  chatId: string;
}

/** A message Duebot posted earlier, as the platform identifies it. */
export interface MessageRef {
  chatId: string;
  messageId: string;
}

/** A file a person sent to Duebot: its name and declared size first, the bytes only when asked. */
export interface IncomingFile {
  name: string;
  /** Bytes, as the platform declares them before download. */
  size: number;
  read(): Promise<Buffer>;
}

/** Everything a person can do to Duebot, normalised at the edge by each adapter. */
export type Interaction =
  | { kind: 'command'; user: PlatformUser; channel: ChannelRef | null; text: string }
  | {
      kind: 'action';
      user: PlatformUser;
      channel: ChannelRef | null;
      actionId: string;
      value: string;
      message: MessageRef | null;
    }
  | {
      kind: 'form_submit';
      user: PlatformUser;
      channel: ChannelRef | null;
      formId: string;
      values: Record<string, string>;
      metadata: Record<string, string>;
    }
  | { kind: 'file'; user: PlatformUser; channel: ChannelRef | null; file: IncomingFile };
