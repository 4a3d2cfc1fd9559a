import type { WebClient } from '@slack/web-api';
import type { Interaction, PlatformUser } from '../../../src/chat/interaction.js';

/** The part of a `message` event with subtype `file_share` that Duebot reads. */
export interface FileShareEvent {
  type: 'message';
  subtype?: string;
  channel_type?: string;
  user?: string;
  bot_id?: string;
  channel: string;
  files?: { id: string; name?: string; size?: number }[];
}

/** Whether an event is a person sharing files in their direct conversation with the bot. */
export function isDirectFileShare(event: { type: string; subtype?: string }): event is FileShareEvent {
  const share = event as FileShareEvent;
  return (
    share.subtype === 'file_share' &&
    share.channel_type === 'im' &&
    Boolean(share.user) &&
    !share.bot_id &&
    (share.files?.length ?? 0) > 0
  );
}

interface FileInfo {
  name?: string;
  size?: number;
  url_private_download?: string;
  url_private?: string;
}

/**
 * Each shared file as a neutral `file` interaction. Events may carry only the file id, so the
 * name, size and private URL come from `files.info`; the bytes are fetched with the bot token
 * only when the app asks for them (after it has checked who sent it and how large it is).
 */
export async function fromFileShare(
  event: FileShareEvent,
  teamId: string,
  user: PlatformUser,
  client: WebClient,
  botToken: string,
): Promise<Extract<Interaction, { kind: 'file' }>[]> {
  const channel = { platform: 'slack' as const, workspaceId: teamId, chatId: event.channel };
  const interactions: Extract<Interaction, { kind: 'file' }>[] = [];
  for (const shared of event.files ?? []) {
    const info = ((await client.files.info({ file: shared.id })).file ?? {}) as FileInfo;
    const url = info.url_private_download ?? info.url_private;
    const name = info.name ?? shared.name ?? shared.id;
    interactions.push({
      kind: 'file',
      user,
      channel,
      file: {
        name,
        size: info.size ?? shared.size ?? 0,
        async read() {
          if (!url) throw new Error(`Slack gave no download address for ${name}`);
          const res = await fetch(url, { headers: { Authorization: `Bearer ${botToken}` } });
          if (!res.ok) throw new Error(`Slack answered ${res.status} to the download of ${name}`);
          return Buffer.from(await res.arrayBuffer());
        },
      },
    });
  }
  return interactions;
}
