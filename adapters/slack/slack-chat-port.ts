import {
  type ChatPostMessageArguments,
  type FilesUploadV2Arguments,
  type Logger,
  LogLevel,
  WebClient,
} from '@slack/web-api';
import type { OutgoingFile } from '../../src/chat/message.js';
import type { ChatPort, Delivered, Rendered } from '../../src/chat/port.js';
import { toDeliveryError } from './errors.js';
import {
  DUEBOT_EVENT,
  type FoundMessage,
  findByKey,
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
  /** How many recent messages (and replies per thread) `findDelivered` searches. */
  searchDepth?: number;
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
  readonly client: WebClient;
  private readonly searchDepth: number;
  /** Messages found half-posted after a crash, by channel and key, until their missing parts are sent. */
  private readonly unfinished = new Map<string, FoundMessage>();

  constructor(options: SlackChatPortOptions) {
    this.client = new WebClient(options.token, {
      slackApiUrl: options.slackApiUrl ?? 'https://slack.com/api/',
      rejectRateLimitedCalls: true,
      retryConfig: { retries: 0 },
      ...(options.logger ? { logger: options.logger } : { logLevel: LogLevel.ERROR }),
    });
    this.searchDepth = options.searchDepth ?? 200;
  }

  /** Posts a message; a message too big for one Slack message continues in its own thread. */
  async post(
    chatId: string,
    content: Rendered,
    options: { threadId?: string; dedupeKey?: string } = {},
  ): Promise<Delivered> {
    return this.call(() =>
      this.postParts(chatId, renderMessage(content), options.threadId, options.dedupeKey),
    );
  }

  /** Replaces a message's content; parts that no longer fit follow in its thread. */
  async update(chatId: string, messageId: string, content: Rendered): Promise<void> {
    await this.call(async () => {
      const channel = await this.channelOf(chatId);
      const payloads = renderMessage(content);
      const [first, ...rest] = payloads;
      if (!first) return;
      // Parts of the previous version are rewritten in place; surplus ones are removed, so a
      // list edited many times still reads as one message plus its current parts.
      const old = await partsOf(this.client, channel, messageId, this.searchDepth);
      await this.client.chat.update({ channel, ts: messageId, text: first.text, blocks: first.blocks });
      for (const [i, part] of rest.entries()) {
        const ts = old.get(i + 1);
        const metadata = partMetadata(undefined, i + 1, messageId);
        if (ts) await this.client.chat.update({ channel, ts, text: part.text, blocks: part.blocks });
        else await this.send({ channel, thread_ts: messageId, ...part, metadata });
      }
      for (const [n, ts] of old) if (n >= payloads.length) await this.client.chat.delete({ channel, ts });
    });
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
  async sendDirect(
    userId: string,
    content: Rendered,
    options: { dedupeKey?: string } = {},
  ): Promise<Delivered> {
    return this.call(async () =>
      this.postParts(await this.channelOf(userId), renderMessage(content), undefined, options.dedupeKey),
    );
  }

  /** Shares a file through files.uploadV2, into the thread when one is given. */
  async uploadFile(
    chatId: string,
    file: OutgoingFile,
    options: { threadId?: string; comment?: string; dedupeKey?: string } = {},
  ): Promise<Delivered> {
    return this.call(async () => {
      const args = {
        channel_id: await this.channelOf(chatId),
        file: Buffer.from(file.contentBase64, 'base64'),
        filename: file.name,
        title: file.title,
        ...(options.threadId ? { thread_ts: options.threadId } : {}),
        ...(options.comment ? { initial_comment: options.comment } : {}),
      };
      // The SDK's argument type is a union the optional thread cannot be spread into.
      const result = await this.client.filesUploadV2(args as FilesUploadV2Arguments);
      const completed = (result.files as { files?: { id?: string }[] }[] | undefined)?.[0]?.files?.[0]?.id;
      if (!completed) throw new Error('files.uploadV2 returned no file id');
      return { messageId: completed, ...(options.threadId ? { threadId: options.threadId } : {}) };
    });
  }

  /**
   * Looks for a message carrying this outbox key among the channel's recent messages and their
   * threads, so a message sent just before a crash is recorded instead of sent again. A message
   * whose thread parts did not all arrive counts as not delivered; posting it again then only
   * adds the missing parts.
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
      if (found.partsPosted.size + 1 >= found.parts) return { messageId: found.ts, threadId: found.threadTs };
      this.unfinished.set(`${channel}|${dedupeKey}`, found);
      return null;
    });
  }

  private async postParts(
    channel: string,
    parts: SlackPayload[],
    threadId: string | undefined,
    key: string | undefined,
  ): Promise<Delivered> {
    const [first, ...rest] = parts;
    if (!first) throw new Error('nothing to post');
    const resumed = key ? this.unfinished.get(`${channel}|${key}`) : undefined;
    if (key && resumed) {
      this.unfinished.delete(`${channel}|${key}`);
      await this.postRest(channel, key, resumed, rest);
      return { messageId: resumed.ts, threadId: resumed.threadTs };
    }
    const posted = await this.send({
      channel,
      ...first,
      ...(threadId ? { thread_ts: threadId } : {}),
      ...(key ? { metadata: rootMetadata(key, parts.length) } : {}),
    });
    const ts = posted.ts as string;
    const thread = threadId ?? ts;
    await this.postRest(
      channel,
      key,
      { ts, threadTs: thread, parts: parts.length, partsPosted: new Set() },
      rest,
    );
    return { messageId: ts, threadId: thread };
  }

  /**
   * Posts the continuation parts not yet in the thread. When one fails (a 429 halfway through a
   * long list), what was posted is remembered, so the outbox's retry continues instead of
   * posting the message again from the top.
   */
  private async postRest(
    channel: string,
    key: string | undefined,
    message: FoundMessage,
    rest: SlackPayload[],
  ) {
    for (const [i, part] of rest.entries()) {
      if (message.partsPosted.has(i + 1)) continue;
      try {
        await this.send({
          channel,
          thread_ts: message.threadTs,
          ...part,
          metadata: partMetadata(key, i + 1, message.ts),
        });
      } catch (err) {
        if (key) this.unfinished.set(`${channel}|${key}`, message);
        throw err;
      }
      message.partsPosted.add(i + 1);
    }
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
