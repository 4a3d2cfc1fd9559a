import { DeliveryError } from '../../src/chat/errors.js';
import type { Message, OutgoingFile } from '../../src/chat/message.js';
import type { ChatPort, Delivered, Rendered } from '../../src/chat/port.js';
import type { Clock } from '../../src/clock.js';
import type { Db } from '../../src/db/connect.js';
import { SandboxEvents } from './events.js';
import {
  type Destination,
  findById,
  findByKey,
  insertFile,
  insertMessage,
  replacePayload,
  toView,
} from './message-store.js';
import { type SandboxDb, type SandboxMessageRow, sandboxDb } from './tables.js';

/** Thread replies point at their root, which is the message itself for a root. */
function delivered(row: SandboxMessageRow): Delivered {
  return { messageId: String(row.id), threadId: String(row.thread_id ?? row.id) };
}

function messageId(id: string): number {
  const n = Number(id);
  if (!Number.isSafeInteger(n) || n <= 0) throw new DeliveryError('message_not_found', false);
  return n;
}

/**
 * The chat "platform" of the local sandbox: messages live in its own tables and every change is
 * pushed to the open pages. Times come from the bot's clock, so moving simulated time shows.
 */
export class SandboxChatPort implements ChatPort {
  readonly platform = 'sandbox' as const;
  readonly events: SandboxEvents;
  private readonly db: SandboxDb;
  private readonly clock: Clock;

  constructor(options: { db: Db; clock: Clock; events?: SandboxEvents }) {
    this.db = sandboxDb(options.db);
    this.clock = options.clock;
    this.events = options.events ?? new SandboxEvents();
  }

  async post(
    chatId: string,
    content: Rendered,
    options: { threadId?: string; dedupeKey?: string } = {},
  ): Promise<Delivered> {
    const threadId = options.threadId ? await this.threadRoot(chatId, options.threadId) : undefined;
    return this.store({ chatId, threadId }, content, options.dedupeKey);
  }

  async update(chatId: string, id: string, content: Rendered): Promise<void> {
    const existing = await findById(this.db, messageId(id));
    // Direct messages are addressed by the person's id, as `sendDirect` was.
    if (!existing || (existing.chat_id ?? existing.direct_user_id) !== chatId)
      throw new DeliveryError('message_not_found', false, { message: `no message ${id} in ${chatId}` });
    const row = await replacePayload(this.db, existing.id, content, this.clock.now());
    if (row) this.events.emit({ type: 'message', message: toView(row) });
  }

  async sendDirect(
    userId: string,
    content: Rendered,
    options: { dedupeKey?: string } = {},
  ): Promise<Delivered> {
    return this.store({ directUserId: userId }, content, options.dedupeKey);
  }

  async uploadFile(
    chatId: string,
    file: OutgoingFile,
    options: { threadId?: string; comment?: string; dedupeKey?: string } = {},
  ): Promise<Delivered> {
    const already = options.dedupeKey ? await findByKey(this.db, options.dedupeKey) : undefined;
    if (already) return delivered(already);
    // Sandbox people are addressed by e-mail: a file for one of them goes to their direct messages.
    const direct = chatId.includes('@');
    const threadId =
      options.threadId && !direct ? await this.threadRoot(chatId, options.threadId) : undefined;
    const to: Destination = direct ? { directUserId: chatId } : { chatId, threadId };
    const now = this.clock.now();
    const { row, created } = await this.db.transaction().execute(async (trx) => {
      const fileId = await insertFile(
        trx,
        { ...file, content: Buffer.from(file.contentBase64, 'base64'), chatId, threadId },
        now,
      );
      const message: Message = {
        text: options.comment ?? file.title,
        blocks: [
          ...(options.comment ? [{ type: 'text' as const, text: options.comment }] : []),
          { type: 'file', fileKey: String(fileId), name: file.name, title: file.title },
        ],
      };
      const stored = await insertMessage(trx, to, { message, mentions: {} }, options.dedupeKey, now);
      // Another delivery of the same key won the race: keep its file, not a second copy.
      if (!stored.created) await trx.deleteFrom('sandbox_files').where('id', '=', fileId).execute();
      return stored;
    });
    if (created) this.events.emit({ type: 'message', message: toView(row) });
    return delivered(row);
  }

  async findDelivered(dedupeKey: string): Promise<Delivered | null> {
    const row = await findByKey(this.db, dedupeKey);
    return row ? delivered(row) : null;
  }

  private async store(to: Destination, content: Rendered, dedupeKey: string | undefined): Promise<Delivered> {
    const { row, created } = await insertMessage(this.db, to, content, dedupeKey, this.clock.now());
    if (created) this.events.emit({ type: 'message', message: toView(row) });
    return delivered(row);
  }

  /** Replies always hang off the thread's root, even when asked to reply to a reply. */
  private async threadRoot(chatId: string, threadId: string): Promise<number> {
    const parent = await findById(this.db, messageId(threadId));
    if (!parent || parent.chat_id !== chatId)
      throw new DeliveryError('thread_not_found', false, { message: `no thread ${threadId} in ${chatId}` });
    return parent.thread_id ?? parent.id;
  }
}
