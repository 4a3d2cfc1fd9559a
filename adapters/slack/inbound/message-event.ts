import type { Interaction, PlatformUser } from '../../../src/chat/interaction.js';

/** The part of an `app_mention` event Duebot reads. */
export interface MentionEvent {
  type: 'app_mention';
  user?: string;
  text: string;
  channel: string;
  bot_id?: string;
}

/** `<@U123> promise INV-1 5万 fri` → `promise INV-1 5万 fri`: every mention of the bot is dropped. */
export function mentionText(text: string, botUserId: string | undefined): string {
  const own = botUserId ? new RegExp(`<@${botUserId}(\\|[^>]*)?>`, 'g') : /^\s*<@[UW][A-Z0-9]+(\|[^>]*)?>/;
  return text.replace(own, ' ').replace(/\s+/g, ' ').trim();
}

/** An @mention of the bot in a channel as the neutral command, or null when a bot wrote it. */
export function fromMention(
  event: MentionEvent,
  teamId: string,
  botUserId: string | undefined,
  user: PlatformUser,
): Extract<Interaction, { kind: 'command' }> | null {
  if (!event.user || event.bot_id) return null;
  return {
    kind: 'command',
    user,
    channel: { platform: 'slack', workspaceId: teamId, chatId: event.channel },
    text: mentionText(event.text, botUserId),
  };
}

/** The part of a plain `message` event in a direct conversation with the bot that Duebot reads. */
export interface DirectMessageEvent {
  type: 'message';
  subtype?: string;
  channel_type?: string;
  user?: string;
  bot_id?: string;
  text?: string;
  channel: string;
}

/** Whether an event is a person's plain text message in their direct conversation with the bot. */
export function isDirectText(event: { type: string; subtype?: string }): boolean {
  const dm = event as DirectMessageEvent;
  return dm.subtype === undefined && dm.channel_type === 'im' && Boolean(dm.user) && !dm.bot_id;
}

/**
 * Text someone wrote to the bot in their direct conversation, as the neutral command (a leading
 * slash or @mention of the bot is dropped); null for edits, bots, files and other channels.
 */
export function fromDirectMessage(
  event: { type: string; subtype?: string },
  teamId: string,
  botUserId: string | undefined,
  user: PlatformUser,
): Extract<Interaction, { kind: 'command' }> | null {
  const dm = event as DirectMessageEvent;
  if (!isDirectText(event)) return null;
  const text = mentionText(dm.text ?? '', botUserId);
  if (text === '') return null;
  return {
    kind: 'command',
    user,
    channel: { platform: 'slack', workspaceId: teamId, chatId: dm.channel },
    text,
  };
}
