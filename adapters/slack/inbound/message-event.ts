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
