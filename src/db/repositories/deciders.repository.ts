import type { DbOrTrx } from '../connect.js';

/** The ids of every active finance person (role admin). */
export async function financeIds(db: DbOrTrx): Promise<number[]> {
  const admins = await db
    .selectFrom('people')
    .select('id')
    .where('role', '=', 'admin')
    .where('active', '=', true)
    .execute();
  return admins.map((a) => a.id);
}

/** Who decides for a collector: their manager, or every active finance person when none is on file. */
export async function managerOrFinance(db: DbOrTrx, managerId: number | null): Promise<number[]> {
  return managerId ? [managerId] : financeIds(db);
}
