import type * as lark from '@larksuiteoapi/node-sdk';
import { memoryLog } from '../../src/chat/delivery-log.js';
import { DeliveryError } from '../../src/chat/errors.js';
import type { OutgoingFile } from '../../src/chat/message.js';
import type { Delivered, SendOptions } from '../../src/chat/port.js';
import { findFileNamed } from './find-sent.js';
import { larkUuid } from './idempotency.js';

type ReceiveIdType = 'chat_id' | 'open_id';

/** One message to send: its type, content and the uuid Lark deduplicates it by. */
export interface Outgoing {
  msgType: 'interactive' | 'file' | 'text';
  content: string;
  uuid: string | undefined;
}

/** What goes where: a new message to a chat or person, or a reply in a message's thread; `chat` paces it. */
export type Target = { chat: string } & (
  | { receiveIdType: ReceiveIdType; receiveId: string }
  | { replyTo: string }
);

/** What sharing a file needs of the port: the SDK client, its call wrapper and its paced send. */
export interface ShareDeps {
  client: lark.Client;
  call: <T>(request: () => Promise<T>) => Promise<T>;
  send(target: Target, out: Outgoing): Promise<string>;
}

const FILE_TYPES: Record<string, 'pdf' | 'doc' | 'xls' | 'ppt'> = {
  'application/pdf': 'pdf',
  'application/msword': 'doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'doc',
  'application/vnd.ms-excel': 'xls',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xls',
  'application/vnd.ms-powerpoint': 'ppt',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'ppt',
};

/**
 * Uploads the file, then sends it as a file message (after the comment, if any), each step
 * recorded in the delivery log; after an uncertain attempt the thread is searched for the share first.
 */
export async function shareFile(
  deps: ShareDeps,
  target: Target,
  file: OutgoingFile,
  options: { threadId?: string; comment?: string } & SendOptions,
): Promise<Delivered> {
  const log = options.delivery ?? memoryLog();
  const sent = log.done.file;
  if (sent) return { messageId: sent, threadId: options.threadId ?? sent };
  if (options.comment && !log.done.comment) {
    await log.check();
    const id = await deps.send(target, {
      msgType: 'text',
      content: JSON.stringify({ text: options.comment }),
      uuid: larkUuid(options.dedupeKey, 'comment'),
    });
    await log.record('comment', id);
  }
  await log.check();
  // After an uncertain attempt, a share Lark no longer knows by its uuid is found by its name.
  const found =
    log.uncertain && options.threadId
      ? await findFileNamed(deps.client, deps.call, options.threadId, file.name)
      : null;
  if (found) {
    await log.record('file', found);
    return { messageId: found, threadId: options.threadId ?? found };
  }
  const uploaded = await deps.call(() =>
    deps.client.im.file.create({
      data: {
        file_type: FILE_TYPES[file.mimeType] ?? 'stream',
        file_name: file.name,
        file: Buffer.from(file.contentBase64, 'base64'),
      },
    }),
  );
  const fileKey = uploaded?.file_key;
  if (!fileKey)
    throw new DeliveryError('lark_upload_failed', true, {
      message: `Lark returned no file_key for ${file.name}`,
    });
  await log.check();
  // The uuid makes Lark answer a resend with the first file message: a share is never doubled.
  const messageId = await deps.send(target, {
    msgType: 'file',
    content: JSON.stringify({ file_key: fileKey }),
    uuid: larkUuid(options.dedupeKey, 'file'),
  });
  await log.record('file', messageId);
  return { messageId, threadId: options.threadId ?? messageId };
}
