import {
  type ChatPostMessageArguments,
  type FilesUploadV2Arguments,
  type Logger,
  LogLevel,
  WebClient,
} from '@slack/web-api';
import { memoryLog } from '../../src/chat/delivery-log.js';
import type { OutgoingFile } from '../../src/chat/message.js';
import type { ChatPort, Delivered, DeliveryLog, Rendered, SendOptions } from '../../src/chat/port.js';
import { toDeliveryError } from './errors.js';
import {
  DUEBOT_EVENT,
  fileRef,
  findByKey,
  findFileByKey,
  partMetadata,
  partsOf,
  rootMetadata,
} from './find-by-key.js';
import type { SlackPayload } from './render/blocks.js';
import { renderMessage } from './render/message.js';

export { DUEBOT_EVENT };

export interface SlackChatPortOptions {
  token: string;
  /** Web API base; Slack's own by default, the emulator in tests. */
  slackApiUrl?: string;
  /** How many recent channel messages a lookup by key searches (threads are read whole). */
  searchDepth?: number;
  /** How long one Web API call may take; shorter than the outbox claim, so a hung call is given up. */
  timeoutMs?: number;
  logger?: Logger;
}

/**
 * Sends Duebot's messages to Slack through `@slack/web-api`. The client never waits on a 429 by
 * itself: the outbox owns retries, so one throttled channel does not hold up the others.
 */
export class SlackChatPort implements ChatPort {
  readonly platform = 'slack' as const;
  readonly threadsListParts = true;
  // Image blocks need a public URL; the PNG is shared as a file in the thread, its summary as the message.
  readonly picturesAsFiles = true;
  readonly keepsDeliveryLog = true;
  readonly client: WebClient;
  private readonly searchDepth: number;

  constructor(options: SlackChatPortOptions) {
    this.client = new WebClient(options.token, {
      slackApiUrl: options.slackApiUrl ?? 'https://slack.com/api/',
      rejectRateLimitedCalls: true,
      retryConfig: { retries: 0 },
      timeout: options.timeoutMs ?? 10_000,
      ...(options.logger ? { logger: options.logger } : { logLevel: LogLevel.ERROR }),
    });
    this.searchDepth = options.searchDepth ?? 1_000;
  }

  /** Posts a message; a message too big for one Slack message continues in its own thread. */
  async post(
    chatId: string,
    content: Rendered,
    options: { threadId?: string } & SendOptions = {},
  ): Promise<Delivered> {
    return this.call(() => this.postParts(chatId, renderMessage(content), options));
  }

  /** Replaces a message's content; parts that no longer fit follow in its thread. */
  async update(
    chatId: string,
    messageId: string,
    content: Rendered,
    options: SendOptions = {},
  ): Promise<void> {
    const log = options.delivery ?? memoryLog();
    await this.call(async () => {
      const channel = await this.channelOf(chatId);
      const payloads = renderMessage(content);
      const [first, ...rest] = payloads;
      if (!first) return;
      // Parts of the previous version are rewritten in place; surplus ones are removed, so a
      // list edited many times still reads as one message plus its current parts. The thread is
      // read whole, so a retried edit finds the parts an earlier attempt added.
      const old = await partsOf(this.client, channel, messageId);
      await log.check();
      await this.client.chat.update({ channel, ts: messageId, text: first.text, blocks: first.blocks });
      for (const [i, part] of rest.entries()) {
        const ts = old.get(i + 1);
        const metadata = partMetadata(undefined, i + 1, messageId);
        await log.check();
        if (ts) await this.client.chat.update({ channel, ts, text: part.text, blocks: part.blocks });
        else await this.send({ channel, thread_ts: messageId, ...part, metadata });
      }
      for (const [n, ts] of old)
        if (n >= payloads.length) {
          await log.check();
          await this.remove(channel, ts);
        }
    });
  }

  /** Deletes a message; one already gone (an earlier attempt removed it) is fine. */
  private async remove(channel: string, ts: string): Promise<void> {
    try {
      await this.client.chat.delete({ channel, ts });
    } catch (err) {
      if ((err as { data?: { error?: string } }).data?.error !== 'message_not_found') throw err;
    }
  }

  /** Slack accounts by e-mail, one users.lookupByEmail each; e-mails Slack does not know are left out. */
  async findUsersByEmail(emails: readonly string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    for (const email of emails) {
      try {
        const answer = await this.client.users.lookupByEmail({ email });
        const user = answer.user;
        if (user?.id && !user.deleted && !user.is_bot) found.set(email, user.id);
      } catch (err) {
        if ((err as { data?: { error?: string } }).data?.error === 'users_not_found') continue;
        throw toDeliveryError(err);
      }
    }
    return found;
  }

  /** Writes to a person in the direct conversation between them and the bot. */
  async sendDirect(userId: string, content: Rendered, options: SendOptions = {}): Promise<Delivered> {
    return this.call(async () =>
      this.postParts(await this.channelOf(userId), renderMessage(content), options),
    );
  }

  /** Shares a file through files.uploadV2, into the thread when one is given. */
  async uploadFile(
    chatId: string,
    file: OutgoingFile,
    options: { threadId?: string; comment?: string } & SendOptions = {},
  ): Promise<Delivered> {
    const log = options.delivery ?? memoryLog();
    const key = options.dedupeKey;
    const thread = options.threadId ? { threadId: options.threadId } : {};
    return this.call(async () => {
      const channel = await this.channelOf(chatId);
      if (log.done.file) return { messageId: log.done.file, ...thread };
      if (key && log.uncertain) {
        const shared = await findFileByKey(this.client, channel, key, this.searchDepth, options.threadId);
        if (shared) {
          await log.record('file', shared);
          return { messageId: shared, ...thread };
        }
      }
      await log.check();
      const args = {
        channel_id: channel,
        file: Buffer.from(file.contentBase64, 'base64'),
        filename: file.name,
        title: key ? `${file.title} (${fileRef(key)})` : file.title,
        ...(options.threadId ? { thread_ts: options.threadId } : {}),
        ...(options.comment ? { initial_comment: options.comment } : {}),
      };
      // The SDK's argument type is a union the optional thread cannot be spread into.
      const result = await this.client.filesUploadV2(args as FilesUploadV2Arguments);
      const completed = (result.files as { files?: { id?: string }[] }[] | undefined)?.[0]?.files?.[0]?.id;
      if (!completed) throw new Error('files.uploadV2 returned no file id');
      await log.record('file', completed);
      return { messageId: completed, ...thread };
    });
  }

  /**
   * Looks for a message carrying this outbox key among the channel's recent messages and their
   * threads, so a message sent just before a crash is recorded instead of sent again. A message
   * whose thread parts did not all arrive counts as not delivered.
   */
  async findDelivered(
    dedupeKey: string,
    where: { chatId?: string; userId?: string },
  ): Promise<Delivered | null> {
    const target = where.chatId ?? where.userId;
    if (!target) return null;
    return this.call(async () => {
      const channel = await this.channelOf(target);
      const found = await findByKey(this.client, channel, dedupeKey, this.searchDepth);
      if (!found) return null;
      return found.partTs.size + 1 >= found.parts ? { messageId: found.ts, threadId: found.threadTs } : null;
    });
  }

  /**
   * Posts the first payload, then the rest in its thread, recording each piece in the delivery
   * log as it arrives; pieces already there are skipped. After an attempt that ended uncertain,
   * Slack is asked first (by the metadata key) which pieces arrived.
   */
  private async postParts(
    channel: string,
    parts: SlackPayload[],
    options: { threadId?: string } & SendOptions,
  ): Promise<Delivered> {
    const [first, ...rest] = parts;
    if (!first) throw new Error('nothing to post');
    const key = options.dedupeKey;
    const log = options.delivery ?? memoryLog();
    if (key && log.uncertain) await this.recover(channel, key, options.threadId, log);
    let ts = log.done.root;
    if (!ts) {
      await log.check();
      const posted = await this.send({
        channel,
        ...first,
        ...(options.threadId ? { thread_ts: options.threadId } : {}),
        ...(key ? { metadata: rootMetadata(key, parts.length) } : {}),
      });
      ts = posted.ts as string;
      await log.record('root', ts);
    }
    const thread = options.threadId ?? ts;
    for (const [i, part] of rest.entries()) {
      if (log.done[`part:${i + 1}`]) continue;
      await log.check();
      const posted = await this.send({
        channel,
        thread_ts: thread,
        ...part,
        metadata: partMetadata(key, i + 1, ts),
      });
      await log.record(`part:${i + 1}`, posted.ts as string);
    }
    return { messageId: ts, threadId: thread };
  }

  /** Records in the log the pieces of this message that Slack already shows. */
  private async recover(channel: string, key: string, threadId: string | undefined, log: DeliveryLog) {
    let root = log.done.root;
    let parts: Map<number, string>;
    if (root) parts = await partsOf(this.client, channel, root, threadId ?? root);
    else {
      const found = await findByKey(this.client, channel, key, this.searchDepth, threadId);
      if (!found) return;
      root = found.ts;
      parts = found.partTs;
      await log.record('root', root);
    }
    for (const [n, ts] of parts) if (!log.done[`part:${n}`]) await log.record(`part:${n}`, ts);
  }

  private send(args: Record<string, unknown>) {
    // The SDK types postMessage as a union of exclusive shapes; ours is always channel + text + blocks.
    return this.client.chat.postMessage(args as unknown as ChatPostMessageArguments);
  }

  /** A channel id as is; a user id becomes the id of the direct conversation with them. */
  private async channelOf(target: string): Promise<string> {
    if (!/^[UW][A-Z0-9]+$/.test(target)) return target;
    const opened = await this.client.conversations.open({ users: target });
    const id = opened.channel?.id;
    if (!id) throw new Error(`conversations.open gave no channel for ${target}`);
    return id;
  }

  private async call<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (err) {
      throw toDeliveryError(err);
    }
  }
}
