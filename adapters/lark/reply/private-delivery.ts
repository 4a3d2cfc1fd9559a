import type * as lark from '@larksuiteoapi/node-sdk';
import { RateLimitError } from '../../../src/chat/errors.js';
import type { Logger } from '../../../src/logger.js';
import { fromLarkCode, toDeliveryError } from '../errors.js';
import type { ChatPacer } from '../pacer.js';
import type { Card } from '../render/index.js';

/** Who a private answer is for and where they asked. */
export interface PrivateTarget {
  openId: string;
  /** The group chat they acted in; null in their direct chat with the bot. */
  groupChatId: string | null;
  /** Their message to answer in a direct chat, if any. */
  replyTo: string | null;
}

type Answer = { code?: number; msg?: string } | null | undefined;

/** A private answer waits at most this long for a rate limit before it is given up. */
const MAX_WAIT_MS = 5_000;

async function checked(request: () => Promise<Answer>, retryWhenLimited = false): Promise<void> {
  let answer: Answer;
  try {
    answer = await request();
    if (answer?.code !== undefined && answer.code !== 0) throw fromLarkCode(answer.code, answer.msg);
  } catch (err) {
    const failure = toDeliveryError(err);
    if (!retryWhenLimited || !(failure instanceof RateLimitError)) throw failure;
    await new Promise((resolve) => setTimeout(resolve, Math.min(failure.retryAfterMs, MAX_WAIT_MS)));
    await checked(request);
  }
}

/**
 * Sends cards only one person sees. In a group: Feishu's ephemeral card ("仅你可见"), falling back
 * to a direct message where that is refused. In the direct chat: a reply to their message.
 */
export class PrivateDelivery {
  constructor(
    private readonly client: lark.Client,
    private readonly pacer: ChatPacer,
    private readonly logger: Logger,
  ) {}

  async send(to: PrivateTarget, cards: Card[]): Promise<void> {
    let sent = 0;
    if (to.groupChatId) {
      try {
        for (const c of cards) {
          await this.ephemeral(to.groupChatId, to.openId, c);
          sent += 1;
        }
      } catch (err) {
        this.logger.info(
          { err, chatId: to.groupChatId },
          'lark: ephemeral card refused; answering by direct message',
        );
      }
    }
    for (const c of cards.slice(sent)) {
      const content = JSON.stringify(c);
      await this.pacer.take(to.openId);
      if (to.replyTo && !to.groupChatId) {
        const replyTo = to.replyTo;
        await checked(
          () =>
            this.client.im.message.reply({
              path: { message_id: replyTo },
              data: { msg_type: 'interactive', content },
            }),
          true,
        );
      } else
        await checked(
          () =>
            this.client.im.message.create({
              params: { receive_id_type: 'open_id' },
              data: { receive_id: to.openId, msg_type: 'interactive', content },
            }),
          true,
        );
    }
  }

  /** Replaces the card a callback came from, after the callback was answered (Lark's delayed update). */
  async updateByToken(token: string, card: Card): Promise<void> {
    await checked(() =>
      this.client.request<Answer>({
        method: 'POST',
        url: '/open-apis/interactive/v1/card/update',
        data: { token, card },
      }),
    );
  }

  private async ephemeral(chatId: string, openId: string, c: Card): Promise<void> {
    await this.pacer.take(chatId);
    await checked(() =>
      this.client.request<Answer>({
        method: 'POST',
        url: '/open-apis/ephemeral/v1/send',
        data: { chat_id: chatId, open_id: openId, msg_type: 'interactive', card: c },
      }),
    );
  }
}
