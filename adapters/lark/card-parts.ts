import type { Db } from '../../src/db/connect.js';
import { type LarkDb, larkDb } from './tables.js';

/** Where the continuation cards of a split message are, so an edit can rewrite them in place. */
export interface CardParts {
  /** Part number (2, 3, …) → message id. */
  partsOf(rootMessageId: string): Promise<Map<number, string>>;
  record(rootMessageId: string, part: number, messageId: string): Promise<void>;
}

/** Continuation card ids kept in Postgres, shared by every instance. */
export class PgCardParts implements CardParts {
  private readonly db: LarkDb;

  constructor(db: Db) {
    this.db = larkDb(db);
  }

  async partsOf(rootMessageId: string): Promise<Map<number, string>> {
    const rows = await this.db
      .selectFrom('lark_card_parts')
      .select(['part', 'message_id'])
      .where('root_message_id', '=', rootMessageId)
      .execute();
    return new Map(rows.map((r) => [r.part, r.message_id]));
  }

  async record(rootMessageId: string, part: number, messageId: string): Promise<void> {
    await this.db
      .insertInto('lark_card_parts')
      .values({ root_message_id: rootMessageId, part, message_id: messageId })
      .onConflict((oc) => oc.columns(['root_message_id', 'part']).doUpdateSet({ message_id: messageId }))
      .execute();
  }
}
