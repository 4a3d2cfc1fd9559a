import type { DbOrTrx } from '../../db/connect.js';
import { money } from '../lists/labels.js';

/** The currency most of a team's open items are in, for empty lines and zero totals. */
export async function teamCurrency(db: DbOrTrx, teamId: number): Promise<string> {
  const row = await db
    .selectFrom('receivables')
    .select(['currency', db.fn.countAll<number>().as('n')])
    .where('team_id', '=', teamId)
    .where('status', '=', 'open')
    .groupBy('currency')
    .orderBy('n', 'desc')
    .executeTakeFirst();
  return row?.currency ?? 'CNY';
}

/** Nothing, as money of the team's currency ("¥0.00"), where a total has no amounts at all. */
export async function zeroOf(db: DbOrTrx, teamId: number): Promise<string> {
  return money(0, await teamCurrency(db, teamId));
}
