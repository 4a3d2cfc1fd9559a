import type { ColumnType, Generated, Kysely, Selectable } from 'kysely';
import type { Rendered } from '../../src/chat/port.js';
import type { Database } from '../../src/db/schema/index.js';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** A message as the sandbox "platform" keeps it; the payload is exactly what the bot sent. */
export interface SandboxMessageTable {
  id: Generated<number>;
  chat_id: string | null;
  direct_user_id: string | null;
  thread_id: number | null;
  payload: ColumnType<Rendered, string, string>;
  dedupe_key: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  edit_count: Generated<number>;
}

export interface SandboxFileTable {
  id: Generated<number>;
  name: string;
  title: string;
  mime_type: string;
  content: Buffer;
  chat_id: string;
  thread_id: number | null;
  created_at: Timestamp;
}

/** Where the simulated clock stands; one row. */
export interface SandboxClockTable {
  id: number;
  simulated_at: Timestamp;
}

/** The sandbox's own tables, added by migrations 0005 and 0018 beside the product's schema. */
export type SandboxTables = {
  sandbox_messages: SandboxMessageTable;
  sandbox_files: SandboxFileTable;
  sandbox_clock: SandboxClockTable;
};

export type SandboxDb = Kysely<Database & SandboxTables>;
export type SandboxMessageRow = Selectable<SandboxMessageTable>;

/** The same connection, seen with the sandbox tables in its type. */
export function sandboxDb(db: Kysely<Database>): SandboxDb {
  return db.withTables<SandboxTables>();
}
