import type { DbOrTrx } from '../connect.js';

/** An open dispute as a collector's morning shows it: whose it is, who was brought in, since when. */
export interface OpenDispute {
  itemId: number;
  ownerId: number | null;
  helperIds: number[];
  openedOn: string;
  note: string;
}

/** Every open dispute of a team, in one read. */
export async function openDisputesOfTeam(db: DbOrTrx, teamId: number): Promise<OpenDispute[]> {
  const rows = await db
    .selectFrom('disputes')
    .select(['receivable_id', 'owner_id', 'helper_ids', 'opened_on', 'note'])
    .where('team_id', '=', teamId)
    .where('state', '=', 'open')
    .orderBy('opened_on')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    itemId: r.receivable_id,
    ownerId: r.owner_id,
    helperIds: r.helper_ids,
    openedOn: r.opened_on,
    note: r.note,
  }));
}
