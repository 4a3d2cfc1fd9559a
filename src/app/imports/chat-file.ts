import type { IncomingFile, Interaction } from '../../chat/interaction.js';
import { privately, type Reply } from '../../chat/reply.js';
import { findUpload, releaseUpload, takeUpload } from '../../db/repositories/chat-upload.repository.js';
import { messagesFor } from '../../locale/index.js';
import type { Actor } from '../actor.js';
import type { AppContext } from '../context.js';
import { IMPORT_KIND_ACTION, readKindButton } from './import-buttons.js';
import { importSentFile } from './import-file.js';

/** The largest file Duebot takes from the chat; bigger ledgers go through `npm run import`. */
export const CHAT_IMPORT_LIMIT_BYTES = 20 * 1024 * 1024;

const SPREADSHEET = /\.(xlsx|csv)$/i;

export const isImportAction = (actionId: string) => actionId === IMPORT_KIND_ACTION;

async function download(file: IncomingFile): Promise<Buffer | null> {
  try {
    return await file.read();
  } catch {
    return null;
  }
}

/**
 * A file sent to Duebot: finance's spreadsheets are imported (kind from the header, or asked);
 * anyone else, other files, files over the limit and failed downloads get a specific answer.
 */
export async function onFileSent(
  app: AppContext,
  actor: Actor,
  interaction: Extract<Interaction, { kind: 'file' }>,
): Promise<Reply> {
  const m = messagesFor(actor.locale).imports;
  const { file } = interaction;
  if (actor.role !== 'admin') return privately(m.financeOnly);
  if (!SPREADSHEET.test(file.name)) return privately(m.notSpreadsheet(file.name));
  if (file.size > CHAT_IMPORT_LIMIT_BYTES)
    return privately(m.tooLarge(file.name, file.size, CHAT_IMPORT_LIMIT_BYTES));
  const content = await download(file);
  if (!content) return privately(m.downloadFailed(file.name));
  // The declared size may be wrong; what arrived is what counts.
  if (content.length > CHAT_IMPORT_LIMIT_BYTES)
    return privately(m.tooLarge(file.name, content.length, CHAT_IMPORT_LIMIT_BYTES));
  const answerChatId = interaction.channel?.chatId ?? interaction.user.userId;
  const outcome = await importSentFile(
    app,
    actor,
    { name: file.name, content, platform: interaction.user.platform, answerChatId },
    null,
  );
  return outcome.reply;
}

/** "Import as …" on a file whose kind was asked: imports it once, as the sender chose. */
export async function onImportButton(
  app: AppContext,
  actor: Actor,
  interaction: Extract<Interaction, { kind: 'action' }>,
): Promise<Reply> {
  const m = messagesFor(actor.locale).imports;
  const chosen = readKindButton(interaction.value);
  const upload = chosen ? await findUpload(app.db, chosen.uploadId) : undefined;
  if (!chosen || !upload) return privately(m.uploadGone);
  if (upload.person_id !== actor.personId || actor.role !== 'admin') return privately(m.notYours);
  const content = await takeUpload(app.db, upload.id, app.clock.now());
  if (!content) return privately(m.alreadyImported(upload.file_name));
  const outcome = await importSentFile(
    app,
    actor,
    {
      name: upload.file_name,
      content,
      platform: interaction.user.platform,
      answerChatId: upload.answer_chat_id,
    },
    chosen.kind,
  );
  // A refused file can be tried again as another kind; a written one never twice.
  if (!outcome.imported) await releaseUpload(app.db, upload.id);
  return outcome.reply;
}
