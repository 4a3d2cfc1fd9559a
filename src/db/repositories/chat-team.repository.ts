import type { ChannelRef } from '../../chat/interaction.js';
import type { DbOrTrx } from '../connect.js';

export interface ChatTeam {
  id: number;
  locale: string;
  timezone: string;
}

/** The team a conversation belongs to: the chat's bound team, else the person's own team. */
export async function teamOfConversation(
  db: DbOrTrx,
  channel: ChannelRef | null,
  personTeamId: number | null,
): Promise<ChatTeam | undefined> {
  const fromChat = channel
    ? await db
        .selectFrom('channels')
        .innerJoin('teams', 'teams.id', 'channels.team_id')
        .select(['teams.id', 'teams.locale', 'teams.timezone'])
        .where('channels.platform', '=', channel.platform)
        .where('channels.workspace_id', '=', channel.workspaceId)
        .where('channels.platform_chat_id', '=', channel.chatId)
        .executeTakeFirst()
    : undefined;
  if (fromChat || personTeamId === null) return fromChat;
  return db
    .selectFrom('teams')
    .select(['id', 'locale', 'timezone'])
    .where('id', '=', personTeamId)
    .executeTakeFirst();
}
