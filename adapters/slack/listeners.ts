import type { AckFn, App, RespondArguments, ViewResponseAction } from '@slack/bolt';
import type { InteractionHandler } from '../../src/chat/edge.js';
import type { Logger } from '../../src/logger.js';
import type { InFlight } from './in-flight.js';
import { type BlockActionBody, fromBlockAction, teamOf } from './inbound/block-action.js';
import { fromSlashCommand, SLASH_COMMANDS } from './inbound/command.js';
import { fromFileShare, isDirectFileShare } from './inbound/file-share.js';
import type { SlackDirectory } from './inbound/identity.js';
import { fromDirectMessage, fromMention, isDirectText, type MentionEvent } from './inbound/message-event.js';
import { channelOfView, fromViewSubmission, type ViewSubmissionBody } from './inbound/view-submission.js';
import { deliverReply } from './reply/deliver.js';
import { submissionAnswer } from './reply/submission.js';
import type { WorkQueue } from './work-queue.js';

export interface ListenerDeps {
  directory: SlackDirectory;
  logger: Logger;
  inFlight: InFlight;
  /** Where the work after an early acknowledgement waits its turn. */
  queue: WorkQueue;
  /** The app's router once the edge is started. */
  handler(): InteractionHandler;
  /** Downloads files people share with the bot. */
  botToken: string;
}

const commandPattern = new RegExp(`^(${SLASH_COMMANDS.map((c) => c.replace('/', '\\/')).join('|')})$`);

/**
 * Wires Slack's four inbound kinds to the app. Commands and clicks are acknowledged before any
 * work, so Slack always gets its answer in time; a submitted modal is acknowledged with the
 * app's verdict, since field errors travel in the acknowledgement itself.
 */
export function listen(app: App, deps: ListenerDeps): void {
  const { directory, inFlight, queue } = deps;

  app.command(commandPattern, async ({ command, ack, respond, client }) => {
    const receivedAt = Date.now();
    await inFlight.run(async () => {
      await ack();
      const user = await directory.user(command.team_id, command.user_id);
      const interaction = fromSlashCommand(command, user);
      const reply = await queue.run(() => deps.handler().handle(interaction));
      await deliverReply(
        {
          client,
          userId: command.user_id,
          channelId: command.channel_id || null,
          triggerId: command.trigger_id,
          receivedAt,
          respond: (message) => respond(message as RespondArguments),
          commandText: interaction.text,
        },
        reply,
      );
    });
  });

  app.action({ type: 'block_actions' }, async ({ body, ack, client }) => {
    const receivedAt = Date.now();
    await inFlight.run(async () => {
      await ack();
      const click = body as unknown as BlockActionBody & { trigger_id: string };
      const user = await directory.user(teamOf(click), click.user.id);
      const interaction = fromBlockAction(click, user);
      if (!interaction) return;
      const reply = await queue.run(() => deps.handler().handle(interaction));
      const message = interaction.message;
      await deliverReply(
        {
          client,
          userId: click.user.id,
          channelId: interaction.channel?.chatId ?? null,
          triggerId: click.trigger_id,
          receivedAt,
          ...(message ? { messageRef: { channel: message.chatId, ts: message.messageId } } : {}),
        },
        reply,
      );
    });
  });

  app.view({ type: 'view_submission' }, async ({ body, ack, client }) => {
    await inFlight.run(async () => {
      const submitted = body as unknown as ViewSubmissionBody;
      const user = await directory.user(teamOf(submitted), submitted.user.id);
      const reply = await deps.handler().handle(fromViewSubmission(submitted, user));
      const channel = channelOfView(submitted);
      const answer = submissionAnswer(reply, channel);
      // Only submissions reach here, whose acknowledgement may carry a response action.
      await (ack as AckFn<ViewResponseAction>)(answer.ack as ViewResponseAction | undefined);
      await deliverReply({ client, userId: submitted.user.id, channelId: channel }, answer.after);
    });
  });

  app.event('app_mention', async ({ event, body, context, client }) => {
    await inFlight.run(async () => {
      const mention = event as MentionEvent;
      if (!mention.user) return;
      const user = await directory.user(body.team_id, mention.user);
      const interaction = fromMention(mention, body.team_id, context.botUserId, user);
      if (!interaction) return;
      const reply = await queue.run(() => deps.handler().handle(interaction));
      await deliverReply(
        { client, userId: mention.user, channelId: mention.channel, commandText: interaction.text },
        reply,
      );
    });
  });

  app.event('message', async ({ event, body, context, client }) => {
    const typed = event as { user?: string; channel: string };
    if (!isDirectFileShare(event)) {
      // Text written to Duebot in its Messages tab is a command, as after an @mention.
      if (!isDirectText(event) || !typed.user) return;
      const userId = typed.user;
      await inFlight.run(async () => {
        const user = await directory.user(body.team_id, userId);
        const interaction = fromDirectMessage(event, body.team_id, context.botUserId, user);
        if (!interaction) return;
        const reply = await queue.run(() => deps.handler().handle(interaction));
        await deliverReply(
          { client, userId, channelId: typed.channel, commandText: interaction.text },
          reply,
        );
      });
      return;
    }
    const share = event;
    await inFlight.run(async () => {
      const userId = share.user ?? '';
      const user = await directory.user(body.team_id, userId);
      for (const interaction of await fromFileShare(share, body.team_id, user, client, deps.botToken)) {
        const reply = await queue.run(() => deps.handler().handle(interaction));
        await deliverReply({ client, userId, channelId: share.channel }, reply);
      }
    });
  });

  app.error(async (err) => {
    deps.logger.error({ err }, 'slack: could not answer an interaction');
  });
}
