import type { OutgoingFile } from '../../src/chat/message.js';
import type { ChatPort, Delivered, Rendered } from '../../src/chat/port.js';
import type { Platform } from '../../src/db/schema/index.js';

export interface Recorded {
  op: 'post' | 'update' | 'direct' | 'file';
  id: string;
  chatId?: string;
  userId?: string;
  threadId?: string;
  dedupeKey?: string;
  content?: Rendered;
  file?: OutgoingFile;
}

/** A ChatPort of our own that records what it is asked to send; tests script failures into it. */
export class RecordingChatPort implements ChatPort {
  readonly platform: Platform;
  readonly sent: Recorded[] = [];
  /** Each call takes the next scripted failure, if any, instead of sending. */
  readonly failures: Error[] = [];
  /** When set, the next send records the message and then never returns, like a process that died. */
  hangAfterNextSend = false;
  private next = 1;

  constructor(platform: Platform = 'sandbox') {
    this.platform = platform;
  }

  async post(
    chatId: string,
    content: Rendered,
    options: { threadId?: string; dedupeKey?: string } = {},
  ): Promise<Delivered> {
    return this.record({
      op: 'post',
      chatId,
      content,
      threadId: options.threadId,
      dedupeKey: options.dedupeKey,
    });
  }

  async update(chatId: string, messageId: string, content: Rendered): Promise<void> {
    await this.record({ op: 'update', chatId, content, threadId: messageId });
  }

  async sendDirect(
    userId: string,
    content: Rendered,
    options: { dedupeKey?: string } = {},
  ): Promise<Delivered> {
    return this.record({ op: 'direct', userId, content, dedupeKey: options.dedupeKey });
  }

  async uploadFile(
    chatId: string,
    file: OutgoingFile,
    options: { threadId?: string; dedupeKey?: string } = {},
  ): Promise<Delivered> {
    return this.record({
      op: 'file',
      chatId,
      file,
      threadId: options.threadId,
      dedupeKey: options.dedupeKey,
    });
  }

  async findDelivered(dedupeKey: string): Promise<Delivered | null> {
    const found = this.sent.find((s) => s.dedupeKey === dedupeKey);
    return found ? { messageId: found.id } : null;
  }

  /** Messages (not edits) sent with this key. */
  withKey(key: string): Recorded[] {
    return this.sent.filter((s) => s.dedupeKey === key);
  }

  private async record(entry: Omit<Recorded, 'id'>): Promise<Delivered> {
    const failure = this.failures.shift();
    if (failure) throw failure;
    const id = `m${this.next++}`;
    this.sent.push({ ...entry, id });
    if (this.hangAfterNextSend) {
      this.hangAfterNextSend = false;
      return new Promise<Delivered>(() => {});
    }
    return { messageId: id };
  }
}
