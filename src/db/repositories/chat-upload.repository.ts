import type { DbOrTrx } from '../connect.js';

/** Keeps a file sent in the chat until its sender says what kind it is; returns its id. */
export async function keepUpload(
  db: DbOrTrx,
  upload: { personId: number; fileName: string; content: Buffer; answerChatId: string; at: Date },
): Promise<number> {
  const row = await db
    .insertInto('chat_uploads')
    .values({
      person_id: upload.personId,
      file_name: upload.fileName,
      content: upload.content,
      answer_chat_id: upload.answerChatId,
      created_at: upload.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A kept upload, whether or not it was imported already. */
export function findUpload(db: DbOrTrx, id: number) {
  return db
    .selectFrom('chat_uploads')
    .select(['id', 'person_id', 'file_name', 'answer_chat_id', 'imported_at'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Takes a kept upload for import exactly once: the first caller gets its bytes, later ones null. */
export async function takeUpload(db: DbOrTrx, id: number, at: Date): Promise<Buffer | null> {
  const taken = await db
    .updateTable('chat_uploads')
    .set({ imported_at: at })
    .where('id', '=', id)
    .where('imported_at', 'is', null)
    .returning('content')
    .executeTakeFirst();
  return taken ? taken.content : null;
}

/** Puts a taken upload back, when its import wrote nothing, so it can be imported as another kind. */
export async function releaseUpload(db: DbOrTrx, id: number): Promise<void> {
  await db.updateTable('chat_uploads').set({ imported_at: null }).where('id', '=', id).execute();
}
