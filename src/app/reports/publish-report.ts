import { imagesOf, type Message, PNG_MIME } from '../../chat/message.js';
import type { Platform } from '../../db/schema/index.js';
import { enqueue } from '../../outbox/outbox.repository.js';
import { type PublishContext, renderFor } from '../publish.js';
import type { ReportOutput } from './output.js';
import { type ReportChat, reportChats } from './report-chats.js';

/** Where reports may be published, and which platforms show pictures as files in the thread. */
export interface ReportPublishing extends PublishContext {
  picturesAsFiles: readonly Platform[];
}

/**
 * Queues a report in each of the team's report chats once per key: the main message, its parts
 * in the thread, then the spreadsheet. Where pictures cannot sit in a message (Slack), each one
 * follows in the thread as a file with its summary as the message. Returns the chats used.
 */
export async function publishReport(
  ctx: ReportPublishing,
  teamId: number,
  key: string,
  output: ReportOutput,
  chats?: readonly ReportChat[],
): Promise<ReportChat[]> {
  const targets = chats ?? (await reportChats(ctx.db, ctx.platforms, teamId));
  for (const chat of targets) {
    const root = `${key}@${chat.platform}:${chat.chatId}`;
    const asFiles = ctx.picturesAsFiles.includes(chat.platform);
    let n = 0;
    const post = async (message: Message, dedupeKey: string, threadOf?: string) => {
      await enqueue(ctx.db, {
        dedupeKey,
        platform: chat.platform,
        payload: {
          op: 'post',
          chatId: chat.chatId,
          ...(threadOf ? { threadOf } : {}),
          content: await renderFor(ctx.db, chat.platform, message),
        },
        now: ctx.now,
      });
      if (!asFiles) return;
      for (const image of imagesOf(message))
        await enqueue(ctx.db, {
          dedupeKey: `${root}:picture-${++n}`,
          platform: chat.platform,
          payload: {
            op: 'file',
            chatId: chat.chatId,
            threadOf: root,
            file: {
              name: image.name,
              title: image.altText,
              mimeType: PNG_MIME,
              contentBase64: image.contentBase64,
            },
            comment: image.altText,
          },
          now: ctx.now,
        });
    };
    await post(output.main, root);
    for (const [i, message] of output.thread.entries()) await post(message, `${root}:part-${i + 1}`, root);
    await enqueue(ctx.db, {
      dedupeKey: `${root}:xlsx`,
      platform: chat.platform,
      payload: { op: 'file', chatId: chat.chatId, threadOf: root, file: output.workbook },
      now: ctx.now,
    });
  }
  return [...targets];
}
