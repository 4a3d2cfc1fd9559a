import { sql } from 'kysely';
import type { DbOrTrx } from '../connect.js';
import type { DisputeRow } from '../schema/index.js';

/** The open dispute on an item, if any (there is at most one). */
export async function openDisputeOn(db: DbOrTrx, itemId: number): Promise<DisputeRow | null> {
  const row = await db
    .selectFrom('disputes')
    .selectAll()
    .where('receivable_id', '=', itemId)
    .where('state', '=', 'open')
    .forUpdate()
    .executeTakeFirst();
  return row ?? null;
}

/** Opens a dispute on an item and returns it. */
export async function insertDispute(
  db: DbOrTrx,
  row: {
    teamId: number;
    itemId: number;
    customerId: number;
    ownerId: number | null;
    reason: string | null;
    note: string;
    openedOn: string;
    helperIds: readonly number[];
    at: Date;
  },
): Promise<DisputeRow> {
  return db
    .insertInto('disputes')
    .values({
      team_id: row.teamId,
      receivable_id: row.itemId,
      customer_id: row.customerId,
      owner_id: row.ownerId,
      reason_code: row.reason,
      note: row.note,
      opened_on: row.openedOn,
      helper_ids: sql<number[]>`${[...row.helperIds]}::int[]`,
      credit_amount: null,
      credit_reference: null,
      resolved_by: null,
      resolved_at: null,
      manager_told_at: null,
      created_at: row.at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Replaces the colleagues brought into a dispute. */
export async function setDisputeHelpers(db: DbOrTrx, id: number, helperIds: readonly number[]) {
  await db
    .updateTable('disputes')
    .set({ helper_ids: sql<number[]>`${[...helperIds]}::int[]` })
    .where('id', '=', id)
    .execute();
}

/** Settles an open dispute; false when it was settled meanwhile. */
export async function settleDispute(
  db: DbOrTrx,
  id: number,
  change: {
    state: 'will_pay' | 'credit_note';
    by: number;
    at: Date;
    creditAmount?: number;
    creditReference?: string;
  },
): Promise<boolean> {
  const row = await db
    .updateTable('disputes')
    .set({
      state: change.state,
      resolved_by: change.by,
      resolved_at: change.at,
      credit_amount: change.creditAmount ?? null,
      credit_reference: change.creditReference ?? null,
    })
    .where('id', '=', id)
    .where('state', '=', 'open')
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** A team's open disputes whose manager has not been told yet, oldest first. */
export async function disputesToTell(db: DbOrTrx, teamId: number) {
  return db
    .selectFrom('disputes as d')
    .innerJoin('receivables as r', 'r.id', 'd.receivable_id')
    .innerJoin('customers as c', 'c.id', 'd.customer_id')
    .leftJoin('people as owner', 'owner.id', 'd.owner_id')
    .select([
      'd.id',
      'd.receivable_id',
      'd.owner_id',
      'd.opened_on',
      'd.note',
      'owner.manager_id',
      'r.invoice_no',
      'r.currency',
      'r.outstanding',
      'c.name as customer_name',
    ])
    .where('d.team_id', '=', teamId)
    .where('d.state', '=', 'open')
    .where('d.manager_told_at', 'is', null)
    .orderBy('d.opened_on')
    .orderBy('d.id')
    .execute();
}

/** Records that the manager was told of a long-open dispute; false when another run did it first. */
export async function markManagerTold(db: DbOrTrx, id: number, at: Date): Promise<boolean> {
  const row = await db
    .updateTable('disputes')
    .set({ manager_told_at: at })
    .where('id', '=', id)
    .where('manager_told_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** The managers of a team, for a dispute whose owner has none on the roster. */
export async function teamManagers(db: DbOrTrx, teamId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('people')
    .select('id')
    .where('team_id', '=', teamId)
    .where('role', '=', 'manager')
    .where('active', '=', true)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}
