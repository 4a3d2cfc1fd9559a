import type { Interaction } from '../../../src/chat/interaction.js';
import { MAX_COMMAND_CHARS } from '../../../src/domain/command/parse.js';

/** The fields of `im.message.receive_v1` Duebot reads (schema 2.0 `event`). */
export interface MessageEvent {
  sender?: { sender_id?: { open_id?: string }; sender_type?: string };
  message?: {
    message_id?: string;
    chat_id?: string;
    chat_type?: string;
    message_type?: string;
    content?: string;
    mentions?: { key?: string; name?: string }[];
  };
}

/** A text command someone wrote to Duebot, and where to answer it. */
export interface InboundText {
  interaction: Extract<Interaction, { kind: 'command' }>;
  openId: string;
  chatId: string;
  messageId: string;
  direct: boolean;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A person's text message → a command interaction. The bot's @mention in front (`@_user_1`) is
 * removed; other mentions become `@name` for the grammar. Direct chats have no channel (they
 * belong to no team). Messages from bots, other message types and empty texts give null.
 */
export function normaliseMessageEvent(event: MessageEvent): InboundText | null {
  const openId = event.sender?.sender_id?.open_id;
  const m = event.message;
  if (event.sender?.sender_type !== 'user' || !openId || !m?.message_id || !m.chat_id) return null;
  if (m.message_type !== 'text' || !m.content) return null;
  let text: string;
  try {
    text = String((JSON.parse(m.content) as { text?: unknown }).text ?? '');
  } catch {
    return null;
  }
  const mentions = (m.mentions ?? []).filter((x): x is { key: string; name?: string } => !!x.key);
  // Keys in front address the bot; strip them before anything else.
  for (let again = true; again; ) {
    again = false;
    text = text.trimStart();
    for (const { key } of mentions)
      if (text.startsWith(key)) {
        text = text.slice(key.length);
        again = true;
      }
  }
  // Text too long to be a command goes on as it is: the grammar refuses it before reading it.
  if (text.length <= MAX_COMMAND_CHARS)
    for (const { key, name } of mentions)
      text = text.replace(
        new RegExp(`${escapeRegExp(key)}(?!\\d)`, 'g'),
        `@${(name ?? key).replace(/\s+/g, '')}`,
      );
  text = text.trim();
  if (text === '') return null;
  const direct = m.chat_type === 'p2p';
  const user = { platform: 'lark' as const, workspaceId: '', userId: openId };
  return {
    interaction: {
      kind: 'command',
      user,
      channel: direct ? null : { platform: 'lark', workspaceId: '', chatId: m.chat_id },
      text,
    },
    openId,
    chatId: m.chat_id,
    messageId: m.message_id,
    direct,
  };
}
