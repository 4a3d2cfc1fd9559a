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
import { normaliseFileMessage, type ResourceDownload } from './file-message.js';
import { type MessageEvent, normaliseMessageEvent } from './message-event.js';
import type { SeenKeys } from './nonces.js';
import { WorkQueue } from './work-queue.js';

export interface InteractionsDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
  emails: EmailDirectory;
  privately: PrivateDelivery;
  seen: SeenKeys;
  /** Downloads a file someone sent in a message. */
  download: ResourceDownload;
  /** How long a form submission's callback waits for the app's answer before acknowledging only. */
  answerBudgetMs: number;
}

const LOCALE_FOR_MS = 60_000;
/** Interactions handled at once; the rest wait in line, leaving database connections free. */
const CONCURRENCY = 2;

/** How long after answering a callback its card may be updated with the callback's token. */
const AFTER_ANSWER_MS = 200;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** The promise's value if it settles within `ms`, else null (it keeps running). */
function within<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * What Duebot does with each Feishu event, whichever way it arrived (HTTP callback or long
 * connection): text commands are acknowledged at once and answered afterwards; card actions are
 * answered in the callback itself (toast, replaced card), with any private card sent right after.
 */
export class LarkInteractions {
  handler: InteractionHandler | null = null;
  private readonly pending = new Set<Promise<void>>();
  private readonly locales = new Map<string, { locale: Locale; until: number }>();
  private readonly queue = new WorkQueue(CONCURRENCY);

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
    const inbound = normaliseMessageEvent(data) ?? normaliseFileMessage(data, this.deps.download);
    if (!handler || !inbound) return {};
    // Lark redelivers an event whose acknowledgement it missed; answer it once.
    if (data.event_id && !(await this.deps.seen.first(`event:${data.event_id}`, this.deps.clock.now())))
      return {};
    this.later(async () => {
      const interaction = await this.withEmail(inbound.interaction, inbound.openId);
      const reply = await this.queue.run(() => handler.handle(interaction));
      await this.deps.privately.send(
        {
          openId: inbound.openId,
          groupChatId: 'direct' in inbound && !inbound.direct ? inbound.chatId : null,
          replyTo: inbound.messageId,
        },
        privateCards(reply),
      );
    });
    return {};
  }

  /**
   * A click is acknowledged at once: what it opens or records is answered by a card of its own.
   * A form submission is answered in the callback (toast, form re-rendered or done) when the app
   * is free and answers within the budget; otherwise it is acknowledged and the card replaced when
   * ready, so a burst of callbacks never waits on the work of the ones before it.
   */
  async onCardAction(data: CardActionEvent): Promise<CallbackAnswer> {
    const handler = this.handler;
    const inbound = normaliseCardAction(data);
    if (!handler || !inbound) return {};
    const words = toastWords(await this.localeOf(inbound.interaction.channel));
    const to = { openId: inbound.openId, groupChatId: inbound.chatId, replyTo: null };
    const wait = inbound.interaction.kind === 'form_submit' && !this.queue.busy();
    const answering = this.withEmail(inbound.interaction, inbound.openId).then((i) =>
      this.queue.run(() => handler.handle(i)),
    );
    if (inbound.interaction.kind === 'action') {
      this.later(async () => this.deps.privately.send(to, privateCards(await answering)));
      return { toast: { type: 'info', content: words.received } };
    }
    const reply = wait ? await within(answering, this.deps.answerBudgetMs) : null;
    if (reply) {
      const { answer, followUp } = cardActionAnswer(reply, words);
      if (followUp.length > 0) this.later(() => this.deps.privately.send(to, followUp));
      return answer;
    }
    const token = inbound.token;
    const answeredAt = Date.now();
    this.later(async () => {
      const { answer, followUp } = cardActionAnswer(await answering, words);
      // Lark undoes a delayed update that overtakes the callback's own answer.
      await sleep(answeredAt + AFTER_ANSWER_MS - Date.now());
      if (answer.card && token) await this.deps.privately.updateByToken(token, answer.card.data);
      await this.deps.privately.send(to, followUp);
    });
    return { toast: { type: 'info', content: words.saving } };
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
