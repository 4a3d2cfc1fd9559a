import type { Kysely } from 'kysely';
import type { Db } from '../../src/db/connect.js';
import type { Database } from '../../src/db/schema/index.js';

/** The adapter's own tables (migration 0009), beside the product's schema. */
export type LarkTables = {
  lark_request_nonces: { nonce: string; seen_at: Date };
  lark_card_parts: { root_message_id: string; part: number; message_id: string };
};

export type LarkDb = Kysely<Database & LarkTables>;

/** The same connection, seen with the adapter's tables in its type. */
export function larkDb(db: Db): LarkDb {
  return db.withTables<LarkTables>();
}
