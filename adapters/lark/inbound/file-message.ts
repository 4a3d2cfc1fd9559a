import type * as lark from '@larksuiteoapi/node-sdk';
import type { Interaction } from '../../../src/chat/interaction.js';
import type { MessageEvent } from './message-event.js';

/** A file someone sent to Duebot in their direct chat, and where to answer. */
export interface InboundFile {
  interaction: Extract<Interaction, { kind: 'file' }>;
  openId: string;
  chatId: string;
  messageId: string;
}

/** Fetches the bytes of a file in a message (`im.v1.messageResource.get`). */
export type ResourceDownload = (messageId: string, fileKey: string) => Promise<Buffer>;

/** The SDK's message-resource download as a whole buffer. */
export function messageResourceDownload(client: lark.Client): ResourceDownload {
  return async (messageId, fileKey) => {
    const resource = await client.im.messageResource.get({
      path: { message_id: messageId, file_key: fileKey },
      params: { type: 'file' },
    });
    const chunks: Buffer[] = [];
    for await (const chunk of resource.getReadableStream()) chunks.push(Buffer.from(chunk as Uint8Array));
    return Buffer.concat(chunks);
  };
}

/**
 * A file message from a person in a direct chat → a `file` interaction. Lark's event names the
 * file but not its size, so the app learns the size from the download itself. Files in groups,
 * from bots, and other message types give null.
 */
export function normaliseFileMessage(event: MessageEvent, download: ResourceDownload): InboundFile | null {
  const openId = event.sender?.sender_id?.open_id;
  const m = event.message;
  if (event.sender?.sender_type !== 'user' || !openId || !m?.message_id || !m.chat_id) return null;
  if (m.message_type !== 'file' || m.chat_type !== 'p2p' || !m.content) return null;
  let file: { file_key?: unknown; file_name?: unknown };
  try {
    file = JSON.parse(m.content) as typeof file;
  } catch {
    return null;
  }
  const fileKey = typeof file.file_key === 'string' ? file.file_key : '';
  if (!fileKey) return null;
  const messageId = m.message_id;
  return {
    interaction: {
      kind: 'file',
      user: { platform: 'lark', workspaceId: '', userId: openId },
      channel: { platform: 'lark', workspaceId: '', chatId: m.chat_id },
      file: {
        name: typeof file.file_name === 'string' && file.file_name ? file.file_name : fileKey,
        size: 0,
        read: () => download(messageId, fileKey),
      },
    },
    openId,
    chatId: m.chat_id,
    messageId,
  };
}
