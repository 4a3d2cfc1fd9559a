import type { DbOrTrx } from '../connect.js';

/** What an interaction key found: the first time, or the answer of the time it was carried out. */
export type KeyClaim = { first: true } | { first: false; answer: string; savedAt: Date };

/**
 * Takes an interaction's key inside the use case's transaction. A concurrent second attempt waits
 * for the first to commit and then finds the key taken; if the first rolls back, it goes ahead.
 */
export async function claimInteractionKey(
  db: DbOrTrx,
  key: string,
  personId: number,
  now: Date,
): Promise<KeyClaim> {
  const inserted = await db
    .insertInto('interaction_keys')
    .values({ key, person_id: personId, saved_at: now })
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('key')
    .executeTakeFirst();
  if (inserted) return { first: true };
  const row = await db
    .selectFrom('interaction_keys')
    .select(['answer', 'saved_at'])
    .where('key', '=', key)
    .executeTakeFirstOrThrow();
  return { first: false, answer: row.answer, savedAt: row.saved_at };
}

/** Keeps what the interaction answered, for a repeat to be told the same. */
export async function recordInteractionAnswer(db: DbOrTrx, key: string, answer: string): Promise<void> {
  await db.updateTable('interaction_keys').set({ answer }).where('key', '=', key).execute();
}
