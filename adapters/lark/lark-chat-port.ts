import type * as lark from '@larksuiteoapi/node-sdk';
import { memoryLog } from '../../src/chat/delivery-log.js';
import { DeliveryError } from '../../src/chat/errors.js';
import type { OutgoingFile } from '../../src/chat/message.js';
import type { ChatPort, Delivered, DeliveryLog, Rendered, SendOptions } from '../../src/chat/port.js';
import type { CardParts } from './card-parts.js';
import { createLarkClient, type LarkClientOptions } from './client.js';
import { openIdsByEmail } from './contacts.js';
import { fromLarkCode, toDeliveryError } from './errors.js';
import { type Outgoing, shareFile, type Target } from './file-share.js';
import { cardMark, findMarked, markCard } from './find-sent.js';
import { larkUuid } from './idempotency.js';
import { uploadImages } from './images.js';
import { ChatPacer } from './pacer.js';
import { type Card, card, renderMessageCards } from './render/index.js';

const BLANK = { tag: 'markdown', content: '—' };

type Answer = { code?: number; msg?: string; data?: { message_id?: string } } | null | undefined;

/**
 * Duebot speaking in Feishu/Lark through the official SDK: messages are JSON 2.0 cards, long ones
 * continue as cards in the thread of the first, files are uploaded then sent in the thread. Every
 * send carries a `uuid` derived from the outbox key, so Lark itself refuses to deliver twice.
 */
export class LarkChatPort implements ChatPort {
  readonly platform = 'lark' as const;
  readonly threadsListParts = true;
  readonly keepsDeliveryLog = true;
  readonly client: lark.Client;
  private readonly pacer: ChatPacer;
  private readonly parts: CardParts | undefined;

  /** With `parts`, split messages can be edited: their continuation cards are remembered there. */
  constructor(options: LarkClientOptions & { client?: lark.Client; pacer?: ChatPacer; parts?: CardParts }) {
    this.client = options.client ?? createLarkClient(options);
    this.pacer = options.pacer ?? new ChatPacer();
    this.parts = options.parts;
  }

  /** Posts a message to a group chat (in a thread when `threadId` is given); returns the first card. */
  async post(
    chatId: string,
    content: Rendered,
    options: { threadId?: string } & SendOptions = {},
  ): Promise<Delivered> {
    const target: Target = options.threadId
      ? { chat: chatId, replyTo: options.threadId }
      : { chat: chatId, receiveIdType: 'chat_id', receiveId: chatId };
    const cards = renderMessageCards(content, await this.images(content));
    return this.sendCards(target, cards, options, options.threadId);
  }

  /**
   * Replaces a message's cards in place: the first card, then its continuation cards in the
   * thread; parts the new version needs beyond the old are added, surplus ones are blanked.
   * Without a part store, a message that no longer fits one card is refused, not cut.
   */
  async update(
    chatId: string,
    messageId: string,
    content: Rendered,
    options: SendOptions = {},
  ): Promise<void> {
    const log = options.delivery ?? memoryLog();
    const [first, ...rest] = renderMessageCards(content, await this.images(content));
    if (!first || (rest.length > 0 && !this.parts))
      throw new DeliveryError('lark_update_too_large', false, {
        message: `the update of ${messageId} needs ${rest.length + 1} cards; a Lark card can only be replaced by one`,
      });
    await log.check();
    await this.patch(chatId, messageId, first);
    if (!this.parts) return;
    const old = await this.parts.partsOf(messageId);
    for (const [i, next] of rest.entries()) {
      const part = i + 2;
      await log.check();
      const existing = old.get(part);
      if (existing) await this.patch(chatId, existing, next);
      else {
        const uuid = larkUuid(`${messageId}:edit`, `card-${part}`);
        const id = await this.send(
          { chat: chatId, replyTo: messageId },
          { msgType: 'interactive', content: JSON.stringify(next), uuid },
        );
        await this.parts.record(messageId, part, id);
      }
    }
    // Recalling is limited to 24 hours and needs its own scope; a part no longer needed is blanked.
    for (const [part, id] of old)
      if (part > rest.length + 1) await this.patch(chatId, id, card(undefined, [BLANK]));
  }

  private async patch(chatId: string, messageId: string, next: Card): Promise<void> {
    await this.pacer.take(chatId);
    await this.call(() =>
      this.client.im.message.patch({
        path: { message_id: messageId },
        data: { content: JSON.stringify(next) },
      }),
    );
  }

  /** Feishu accounts (open_ids) by e-mail through the contact API; unknown e-mails are left out. */
  findUsersByEmail(emails: readonly string[]): Promise<Map<string, string>> {
    return openIdsByEmail(this.client, [...emails]);
  }

  /** Sends a message to a person's direct chat with the bot, by open_id. */
  async sendDirect(userId: string, content: Rendered, options: SendOptions = {}): Promise<Delivered> {
    return this.sendCards(
      { chat: userId, receiveIdType: 'open_id', receiveId: userId },
      renderMessageCards(content, await this.images(content)),
      options,
    );
  }

  /** Uploads the file, then sends it as a file message (after the comment, if any) in the thread. */
  async uploadFile(
    chatId: string,
    file: OutgoingFile,
    options: { threadId?: string; comment?: string } & SendOptions = {},
  ): Promise<Delivered> {
    const target: Target = options.threadId
      ? { chat: chatId, replyTo: options.threadId }
      : { chat: chatId, receiveIdType: 'chat_id', receiveId: chatId };
    return shareFile(
      { client: this.client, call: this.call.bind(this), send: (to, out) => this.send(to, out) },
      target,
      file,
      options,
    );
  }

  /**
   * Sends the cards of one message, recording each in the delivery log and skipping those an
   * earlier attempt delivered; every card's uuid absorbs a resend whose answer was lost.
   */
  private async sendCards(
    target: Target,
    cards: Card[],
    options: SendOptions,
    threadId?: string,
  ): Promise<Delivered> {
    const [first, ...rest] = cards;
    if (!first) throw new DeliveryError('lark_empty_message', false);
    const { dedupeKey } = options;
    const log: DeliveryLog = options.delivery ?? memoryLog();
    let messageId = log.done.root;
    if (!messageId) {
      await log.check();
      messageId = await this.sendCardOnce(target, first, dedupeKey, 'card-1', log.uncertain);
      await log.record('root', messageId);
    }
    const root = threadId ?? messageId;
    for (const [i, card] of rest.entries()) {
      if (log.done[`part:${i + 1}`]) continue;
      await log.check();
      // Continuation cards reply to the root so the whole list reads as one thread.
      const id = await this.sendCardOnce(
        { chat: target.chat, replyTo: root },
        card,
        dedupeKey,
        `card-${i + 2}`,
        log.uncertain,
      );
      await this.parts?.record(messageId, i + 2, id);
      await log.record(`part:${i + 1}`, id);
    }
    return { messageId, threadId: root };
  }

  /**
   * Sends one marked card. After an attempt that may have arrived, it first looks for the card's
   * mark on Lark, which still finds it once the uuid's hour has passed.
   */
  private async sendCardOnce(
    target: Target,
    next: Card,
    dedupeKey: string | undefined,
    part: string,
    uncertain: boolean,
  ): Promise<string> {
    const mark = cardMark(dedupeKey, part);
    if (uncertain && mark) {
      const where =
        'replyTo' in target
          ? { rootId: target.replyTo }
          : target.receiveIdType === 'chat_id'
            ? { chatId: target.receiveId }
            : null;
      const found = where ? await findMarked(this.client, this.call.bind(this), where, mark) : null;
      if (found) return found;
    }
    const content = JSON.stringify(markCard(next, mark));
    return this.send(target, { msgType: 'interactive', content, uuid: larkUuid(dedupeKey, part) });
  }

  private async send(target: Target, out: Outgoing): Promise<string> {
    await this.pacer.take(target.chat);
    const data = { msg_type: out.msgType, content: out.content, ...(out.uuid ? { uuid: out.uuid } : {}) };
    const answer: Answer = await this.call(() =>
      'replyTo' in target
        ? this.client.im.message.reply({
            path: { message_id: target.replyTo },
            data: { ...data, reply_in_thread: true },
          })
        : this.client.im.message.create({
            params: { receive_id_type: target.receiveIdType },
            data: { ...data, receive_id: target.receiveId },
          }),
    );
    const messageId = answer?.data?.message_id;
    if (!messageId)
      throw new DeliveryError('lark_no_message_id', true, {
        message: 'Lark accepted the message without an id',
      });
    return messageId;
  }

  private images(content: Rendered) {
    return uploadImages(this.client, content.message, (request) => this.call(request));
  }

  /** Runs one SDK call; failures, thrown or answered with a non-zero code, become outbox errors. */
  private async call<T>(request: () => Promise<T>): Promise<T> {
    let answer: T;
    try {
      answer = await request();
    } catch (err) {
      throw toDeliveryError(err);
    }
    const code = (answer as { code?: unknown } | null)?.code;
    if (typeof code === 'number' && code !== 0) throw fromLarkCode(code, (answer as { msg?: string }).msg);
    return answer;
  }
}
