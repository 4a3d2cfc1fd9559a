import type { ServerResponse } from 'node:http';
import { fail } from './replies.js';
import type { EmulatorState, StoredMessage } from './state.js';

/** Files people sent in messages, by message id and file key, with the downloads the bot made. */
export class MessageResources {
  private readonly files = new Map<string, { name: string; data: Buffer }>();
  /** `message_id/file_key` of every resource served. */
  readonly downloads: string[] = [];

  /** A person sends a file in a chat: the file message is stored and its bytes kept behind its key. */
  userSendsFile(state: EmulatorState, chatId: string, name: string, data: Buffer): StoredMessage {
    const fileKey = `file_v3_${state.newFileKey()}`;
    const message = state.store({
      chatId,
      msgType: 'file',
      content: JSON.stringify({ file_key: fileKey, file_name: name }),
    });
    this.files.set(`${message.message_id}/${fileKey}`, { name, data });
    return message;
  }

  /** GET /open-apis/im/v1/messages/:message_id/resources/:file_key?type=file */
  serve(res: ServerResponse, messageId: string, fileKey: string, query: Record<string, string>): void {
    if (query.type !== 'file' && query.type !== 'image') {
      fail(res, 234001, 'Invalid request param, type must be image or file');
      return;
    }
    const file = this.files.get(`${messageId}/${fileKey}`);
    if (!file) {
      fail(res, 234003, 'File not in msg.');
      return;
    }
    this.downloads.push(`${messageId}/${fileKey}`);
    res.writeHead(200, {
      'Content-Type': 'application/octet-stream',
      'Content-Length': file.data.length,
      'Content-Disposition': `attachment; filename="${encodeURIComponent(file.name)}"`,
    });
    res.end(file.data);
  }
}
