import type { Interaction, PlatformUser } from '../../../src/chat/interaction.js';

/** The slash commands Duebot answers; `/duebot` takes any command of the shared grammar. */
export const SLASH_COMMANDS = [
  '/promise',
  '/followup',
  '/ar',
  '/overdue',
  '/plan',
  '/result',
  '/duebot',
] as const;

/** The part of a slash command request Duebot reads. */
export interface SlashCommandBody {
  command: string;
  text: string;
  team_id: string;
  user_id: string;
  channel_id: string;
}

/** `/promise INV-1 5万 fri` → `promise INV-1 5万 fri`; `/duebot help` → `help`. */
export function commandText(command: string, text: string): string {
  const name = command.replace(/^\//, '').trim().toLowerCase();
  const rest = text.trim();
  if (name === 'duebot') return rest;
  return rest ? `${name} ${rest}` : name;
}

/** A slash command as the neutral command interaction, typed in the channel it came from. */
export function fromSlashCommand(
  body: SlashCommandBody,
  user: PlatformUser,
): Extract<Interaction, { kind: 'command' }> {
  return {
    kind: 'command',
    user,
    channel: body.channel_id
      ? { platform: 'slack', workspaceId: body.team_id, chatId: body.channel_id }
      : null,
    text: commandText(body.command, body.text ?? ''),
  };
}
