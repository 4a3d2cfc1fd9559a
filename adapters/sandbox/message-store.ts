import { sql } from 'kysely';
import type { Rendered } from '../../src/chat/port.js';
import type { MessageView } from './events.js';
import type { SandboxDb, SandboxMessageRow } from './tables.js';

/** The most a page loads at once for one conversation; older messages load as the person scrolls up. */
const PAGE = 150;
/** The most matches a search returns, newest first. */
const SEARCH_LIMIT = 50;

export function toView(row: SandboxMessageRow): MessageView {
  return {
    id: String(row.id),
    chatId: row.chat_id,
    directUserId: row.direct_user_id,
    threadId: row.thread_id === null ? null : String(row.thread_id),
    content: row.payload,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    edited: row.edit_count > 0,
    version: row.edit_count,
  };
}

/** Where a message goes: a channel (optionally in a thread) or one person's direct messages. */
export type Destination = { chatId: string; threadId?: number } | { directUserId: string };

/**
 * Stores a message once per dedupe key: a second insert with the same key returns the first
 * message, so a resend after a crash never shows twice.
 */
export async function insertMessage(
  db: SandboxDb,
  to: Destination,
  content: Rendered,
  dedupeKey: string | undefined,
  now: Date,
): Promise<{ row: SandboxMessageRow; created: boolean }> {
  const inserted = await db
    .insertInto('sandbox_messages')
    .values({
      chat_id: 'chatId' in to ? to.chatId : null,
      direct_user_id: 'directUserId' in to ? to.directUserId : null,
      thread_id: 'chatId' in to ? (to.threadId ?? null) : null,
      payload: JSON.stringify(content),
      dedupe_key: dedupeKey ?? null,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returningAll()
    .executeTakeFirst();
  if (inserted) return { row: inserted, created: true };
  const existing = await findByKey(db, dedupeKey ?? '');
  if (!existing) throw new Error(`message with key ${dedupeKey} vanished while being stored`);
  return { row: existing, created: false };
}

export async function findByKey(db: SandboxDb, dedupeKey: string): Promise<SandboxMessageRow | undefined> {
  return db.selectFrom('sandbox_messages').selectAll().where('dedupe_key', '=', dedupeKey).executeTakeFirst();
}

export async function findById(db: SandboxDb, id: number): Promise<SandboxMessageRow | undefined> {
  return db.selectFrom('sandbox_messages').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function replacePayload(
  db: SandboxDb,
  id: number,
  content: Rendered,
  now: Date,
): Promise<SandboxMessageRow | undefined> {
  return db
    .updateTable('sandbox_messages')
    .set((eb) => ({
      payload: JSON.stringify(content),
      updated_at: now,
      edit_count: eb('edit_count', '+', 1),
    }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

/** Which part of a conversation to read: the page before a message, or what matches a search. */
export interface MessagePage {
  before?: number;
  q?: string;
}

/** A conversation's latest messages (or those before `before`), oldest first; `more` when older remain. */
export async function conversationMessages(
  db: SandboxDb,
  where: { chatId: string } | { userId: string },
  page: MessagePage = {},
): Promise<{ messages: MessageView[]; more: boolean }> {
  let query = db.selectFrom('sandbox_messages').selectAll();
  query =
    'chatId' in where
      ? query.where('chat_id', '=', where.chatId)
      : query.where('direct_user_id', '=', where.userId);
  if (page.before !== undefined) query = query.where('id', '<', page.before);
  // A search reads the whole payload (text, table cells and the names of mentioned people).
  if (page.q !== undefined)
    query = query.where(sql<string>`payload::text`, 'ilike', `%${likeEscaped(page.q)}%`);
  const limit = page.q === undefined ? PAGE : SEARCH_LIMIT;
  const rows = await query
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
  const more = rows.length > limit;
  return { messages: rows.slice(0, limit).reverse().map(toView), more };
}

function likeEscaped(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export interface StoredFile {
  name: string;
  mimeType: string;
  content: Buffer;
}

export async function insertFile(
  db: SandboxDb,
  file: { name: string; title: string; mimeType: string; content: Buffer; chatId: string; threadId?: number },
  now: Date,
): Promise<number> {
  const row = await db
    .insertInto('sandbox_files')
    .values({
      name: file.name,
      title: file.title,
      mime_type: file.mimeType,
      content: file.content,
      chat_id: file.chatId,
      thread_id: file.threadId ?? null,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findFile(db: SandboxDb, id: number): Promise<StoredFile | undefined> {
  const row = await db
    .selectFrom('sandbox_files')
    .select(['name', 'mime_type', 'content'])
    .where('id', '=', id)
    .executeTakeFirst();
  // PGlite hands bytea back as a plain Uint8Array, pg as a Buffer.
  return row && { name: row.name, mimeType: row.mime_type, content: Buffer.from(row.content) };
}
