import type { OffsetClock } from '../../src/clock.js';
import type { Db } from '../../src/db/connect.js';
import { sandboxDb } from './tables.js';

/** Remembers where the simulated clock stands, so a restart carries on from there. */
export async function saveSandboxClock(db: Db, now: Date): Promise<void> {
  await sandboxDb(db)
    .insertInto('sandbox_clock')
    .values({ id: 1, simulated_at: now })
    .onConflict((oc) => oc.column('id').doUpdateSet({ simulated_at: now }))
    .execute();
}

/** Puts the clock back where the sandbox left it (never backwards: real time may have passed it). */
export async function restoreSandboxClock(db: Db, clock: OffsetClock): Promise<void> {
  const row = await sandboxDb(db)
    .selectFrom('sandbox_clock')
    .select('simulated_at')
    .where('id', '=', 1)
    .executeTakeFirst();
  if (row) clock.moveTo(new Date(row.simulated_at));
}
