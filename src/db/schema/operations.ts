import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { CreatedAt } from './org.js';

type Json = ColumnType<unknown, string | null | undefined, string | null>;

export type OutboxState = 'pending' | 'sending' | 'sent' | 'dead';
export type ImportKind =
  | 'teams'
  | 'roster'
  | 'customers'
  | 'receivables'
  | 'payments'
  | 'contacts'
  | 'ratings';
export type ImportState = 'running' | 'committed' | 'rejected' | 'failed';

export interface PostedMessageTable {
  id: Generated<number>;
  key: string;
  platform: string;
  channel_ref: string;
  platform_message_id: string;
  thread_ref: string | null;
  created_at: CreatedAt;
  updated_at: CreatedAt;
}

export interface ListMessageTable {
  key: string;
  team_id: number;
  kind: 'predue' | 'overdue';
  on_date: string;
  person_id: number | null;
  item_ids: number[];
  created_at: CreatedAt;
}

export interface JobRunTable {
  id: Generated<number>;
  job: string;
  run_key: string;
  team_id: number | null;
  state: 'running' | 'done' | 'failed';
  instance: string;
  started_at: CreatedAt;
  finished_at: Date | null;
  error: string | null;
}

export interface OutboxTable {
  id: Generated<number>;
  dedupe_key: string;
  platform: string;
  target: Json;
  kind: string;
  payload: Json;
  version: Generated<number>;
  state: Generated<OutboxState>;
  attempts: Generated<number>;
  next_attempt_at: CreatedAt;
  locked_until: Date | null;
  last_error: string | null;
  platform_message_id: string | null;
  created_at: CreatedAt;
  sent_at: Date | null;
  /** Platform ids of the pieces already delivered, by piece ("root", "part:2", "file"). */
  progress: Generated<Record<string, string>>;
  /** Fencing number, bumped by every claim. */
  claim: Generated<number>;
  /** The last attempt ended without knowing whether the platform acted. */
  uncertain: Generated<boolean>;
}

/** An inbound event or interaction already carried out, by its platform key. */
export interface InboundEventTable {
  key: string;
  platform: string;
  received_at: Date;
}

/** A saving click or form submission already carried out, and what it answered. */
export interface InteractionKeyTable {
  key: string;
  person_id: number;
  saved_at: Date;
  answer: Generated<string>;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: CreatedAt;
  actor_id: number | null;
  /** Who acted when it was not a person: 'import', 'system', 'scheduler'. */
  actor_label: string;
  action: string;
  entity: string;
  entity_id: string | null;
  before: Json;
  after: Json;
  import_id: number | null;
}

export interface ImportTable {
  id: Generated<number>;
  kind: ImportKind;
  file_name: string;
  state: ImportState;
  actor_label: string;
  rows_total: Generated<number>;
  rows_inserted: Generated<number>;
  rows_updated: Generated<number>;
  rows_unchanged: Generated<number>;
  rows_rejected: Generated<number>;
  report: Json;
  started_at: CreatedAt;
  finished_at: Date | null;
}

export type PostedMessageRow = Selectable<PostedMessageTable>;
export type JobRunRow = Selectable<JobRunTable>;
export type ListMessageRow = Selectable<ListMessageTable>;
export type OutboxRow = Selectable<OutboxTable>;
export type NewOutbox = Insertable<OutboxTable>;
export type AuditLogRow = Selectable<AuditLogTable>;
export type NewAuditLog = Insertable<AuditLogTable>;
export type ImportRow = Selectable<ImportTable>;

/** A file sent in the chat, kept until its sender says what kind of file it is. */
export interface ChatUploadTable {
  id: Generated<number>;
  person_id: number;
  file_name: string;
  content: Buffer;
  /** Where the import's answer and rejects file go: the chat (or person) it came from. */
  answer_chat_id: string;
  created_at: Date;
  imported_at: Date | null;
}
