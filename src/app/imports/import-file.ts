import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Message } from '../../chat/message.js';
import { privately, type Reply } from '../../chat/reply.js';
import type { DbHandle } from '../../db/connect.js';
import { recordAudit } from '../../db/repositories/audit.repository.js';
import { keepUpload } from '../../db/repositories/chat-upload.repository.js';
import type { Platform } from '../../db/schema/index.js';
import { fitKinds, plainKind } from '../../import/detect-kind.js';
import { ImportUsageError } from '../../import/errors.js';
import { writeRejectsFile } from '../../import/rejects-file.js';
import { formatIssue } from '../../import/report.js';
import { runImport } from '../../import/run-import.js';
import type { ImportKind, ImportResult } from '../../import/types.js';
import { messagesFor } from '../../locale/index.js';
import { enqueue } from '../../outbox/outbox.repository.js';
import type { Actor } from '../actor.js';
import type { AppContext } from '../context.js';
import { importAnswer } from './import-answer.js';
import { kindButtons } from './import-buttons.js';

/** A spreadsheet someone sent, and where the answer and the rejects file go. */
export interface SentFile {
  name: string;
  content: Buffer;
  platform: Platform;
  /** The chat it came from (a direct conversation), or the person's address where there is none. */
  answerChatId: string;
}

/** The file under its own name in a fresh directory, so the import reads it as a path like the CLI does. */
async function onDisk<T>(file: SentFile, use: (where: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'duebot-chat-import-'));
  try {
    const safe = path.basename(file.name).replace(/[^\p{L}\p{N}._-]+/gu, '_') || 'upload.csv';
    const where = path.join(dir, safe);
    await writeFile(where, file.content);
    return await use(where);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The app's database as the import takes it: one transaction holds its connection, rows go in by INSERT. */
function handleOf(app: AppContext): DbHandle {
  return {
    db: app.db,
    kind: 'postgres',
    session: (fn) => fn({ db: app.db }),
    close: async () => {},
  };
}

/** The rejects file's bytes: every bad row of the file with its reasons. */
async function rejectsCsv(where: string, result: ImportResult): Promise<Buffer> {
  const reasons = new Map<number, string[]>();
  for (const issue of result.issues) {
    const reason = formatIssue(issue).replace(/^row \d+ · /, '');
    reasons.set(issue.row, [...(reasons.get(issue.row) ?? []), reason]);
  }
  const target = `${where}.rejects.csv`;
  await writeRejectsFile(where, target, reasons);
  return readFile(target);
}

/** The answer to a sent file, and whether its rows were written. */
export interface SentFileOutcome {
  reply: Reply;
  imported: boolean;
}

/**
 * Imports a sent spreadsheet as `kind`, or as the kind its header makes plain (asking with
 * buttons when it does not). The same validated import as the CLI: a file with any bad row
 * writes nothing, and its rejects file is sent after the answer.
 */
export async function importSentFile(
  app: AppContext,
  actor: Actor,
  file: SentFile,
  kind: ImportKind | null,
): Promise<SentFileOutcome> {
  const m = messagesFor(actor.locale).imports;
  try {
    return await onDisk(file, async (where) => {
      const chosen = kind ?? plainKind(await fitKinds(where));
      if (!chosen) return { reply: await askKind(app, actor, file, where), imported: false };
      const result = await runImport(handleOf(app), app.clock, app.logger, {
        kind: chosen,
        file: where,
        actorLabel: `${actor.name} <${actor.email}> (chat)`,
        actorId: actor.personId,
        ...(app.metrics ? { metrics: app.metrics } : {}),
      });
      const answer: Message = importAnswer(actor.locale, file.name, result);
      if (result.state === 'rejected' && result.rejected > 0) {
        await sendRejects(app, file, result, await rejectsCsv(where, result), m.rejectsTitle(file.name));
      }
      return { reply: { kind: 'private', message: answer }, imported: result.state === 'committed' };
    });
  } catch (err) {
    if (!(err instanceof ImportUsageError))
      app.logger.warn({ err, file: file.name }, 'a file sent in the chat could not be read');
    const why = err instanceof Error ? err.message : String(err);
    return { reply: privately(m.unreadable(file.name, why)), imported: false };
  }
}

async function askKind(app: AppContext, actor: Actor, file: SentFile, where: string): Promise<Reply> {
  const m = messagesFor(actor.locale).imports;
  const fits = await fitKinds(where);
  const complete = fits.filter((f) => f.complete);
  // Kinds the header fits come first; the rest stay offered, since a thin header can mislead.
  const offered = fits.map((f) => f.kind);
  const at = app.clock.now();
  const id = await app.db.transaction().execute(async (trx) => {
    const kept = await keepUpload(trx, {
      personId: actor.personId,
      fileName: file.name,
      content: file.content,
      answerChatId: file.answerChatId,
      at,
    });
    await recordAudit(trx, {
      at,
      actorId: actor.personId,
      actorLabel: 'person',
      action: 'chat_upload.kept',
      entity: 'chat_upload',
      entityId: kept,
      after: { file: file.name, bytes: file.content.length, offered: fits.map((f) => f.kind) },
    });
    return kept;
  });
  const text = complete.length > 0 ? m.whichKind(file.name) : m.noKindMatches(file.name);
  return {
    kind: 'private',
    message: { text, blocks: [{ type: 'text', text }, kindButtons(actor.locale, id, offered)] },
  };
}

async function sendRejects(
  app: AppContext,
  file: SentFile,
  result: ImportResult,
  content: Buffer,
  title: string,
): Promise<void> {
  if (!app.platforms.includes(file.platform)) return;
  const stem = path.basename(file.name).replace(/\.[^.]+$/, '');
  await enqueue(app.db, {
    dedupeKey: `import-rejects:${result.importId}`,
    platform: file.platform,
    payload: {
      op: 'file',
      chatId: file.answerChatId,
      file: {
        name: `${stem}.rejects.csv`,
        title,
        mimeType: 'text/csv',
        contentBase64: content.toString('base64'),
      },
    },
    now: app.clock.now(),
  });
  app.nudge();
}
