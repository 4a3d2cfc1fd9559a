import type { InteractionHandler } from '../../../src/chat/edge.js';
import type { ChannelRef, Interaction } from '../../../src/chat/interaction.js';
import type { Clock } from '../../../src/clock.js';
import type { Db } from '../../../src/db/connect.js';
import { teamOfConversation } from '../../../src/db/repositories/chat-team.repository.js';
import { asLocale, type Locale } from '../../../src/locale/index.js';
import type { Logger } from '../../../src/logger.js';
import type { EmailDirectory } from '../identity.js';
import { type CallbackAnswer, cardActionAnswer, privateCards } from '../reply/card-answer.js';
import type { PrivateDelivery } from '../reply/private-delivery.js';
import { toastWords } from '../reply/toasts.js';
import { type CardActionEvent, normaliseCardAction } from './card-action.js';
import { type MessageEvent, normaliseMessageEvent } from './message-event.js';
import type { SeenKeys } from './nonces.js';

export interface InteractionsDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
  emails: EmailDirectory;
  privately: PrivateDelivery;
  seen: SeenKeys;
}

const LOCALE_FOR_MS = 60_000;

/**
 * What Duebot does with each Feishu event, whichever way it arrived (HTTP callback or long
 * connection): text commands are acknowledged at once and answered afterwards; card actions are
 * answered in the callback itself (toast, replaced card), with any private card sent right after.
 */
export class LarkInteractions {
  handler: InteractionHandler | null = null;
  private readonly pending = new Set<Promise<void>>();
  private readonly locales = new Map<string, { locale: Locale; until: number }>();

  constructor(private readonly deps: InteractionsDeps) {}

  /** The SDK handler table, registered the same for HTTP callbacks and the long connection. */
  table() {
    return {
      'im.message.receive_v1': (data: MessageEvent & { event_id?: string }) => this.onMessage(data),
      'card.action.trigger': (data: CardActionEvent) => this.onCardAction(data),
    };
  }

  /** Resolves once every answer sent after an acknowledgement has gone out. */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  async onMessage(data: MessageEvent & { event_id?: string }): Promise<Record<string, never>> {
    const handler = this.handler;
    const inbound = normaliseMessageEvent(data);
    if (!handler || !inbound) return {};
    // Lark redelivers an event whose acknowledgement it missed; answer it once.
    if (data.event_id && !(await this.deps.seen.first(`event:${data.event_id}`, this.deps.clock.now())))
      return {};
    this.later(async () => {
      const reply = await handler.handle(await this.withEmail(inbound.interaction, inbound.openId));
      await this.deps.privately.send(
        {
          openId: inbound.openId,
          groupChatId: inbound.direct ? null : inbound.chatId,
          replyTo: inbound.messageId,
        },
        privateCards(reply),
      );
    });
    return {};
  }

  async onCardAction(data: CardActionEvent): Promise<CallbackAnswer> {
    const handler = this.handler;
    const inbound = normaliseCardAction(data);
    if (!handler || !inbound) return {};
    const interaction = await this.withEmail(inbound.interaction, inbound.openId);
    const [reply, locale] = await Promise.all([
      handler.handle(interaction),
      this.localeOf(interaction.channel),
    ]);
    const { answer, followUp } = cardActionAnswer(reply, toastWords(locale));
    if (followUp.length > 0)
      this.later(() =>
        this.deps.privately.send(
          { openId: inbound.openId, groupChatId: inbound.chatId, replyTo: null },
          followUp,
        ),
      );
    return answer;
  }

  private async withEmail<T extends Interaction>(interaction: T, openId: string): Promise<T> {
    const email = await this.deps.emails.emailOf(openId);
    return email ? { ...interaction, user: { ...interaction.user, email } } : interaction;
  }

  /** The chat's team language for the adapter's own toasts; Chinese where the chat has no team. */
  private async localeOf(channel: ChannelRef | null): Promise<Locale> {
    if (!channel) return 'zh-CN';
    const now = this.deps.clock.now().getTime();
    const cached = this.locales.get(channel.chatId);
    if (cached && cached.until > now) return cached.locale;
    const team = await teamOfConversation(this.deps.db, channel, null);
    const locale = asLocale(team?.locale ?? 'zh-CN');
    this.locales.set(channel.chatId, { locale, until: now + LOCALE_FOR_MS });
    return locale;
  }

  private later(work: () => Promise<void>): void {
    const done: Promise<void> = work()
      .catch((err: unknown) => this.deps.logger.error({ err }, 'lark: answering an interaction failed'))
      .finally(() => this.pending.delete(done));
    this.pending.add(done);
  }
}
