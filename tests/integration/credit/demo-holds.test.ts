import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadHolds } from '../../../src/app/credit/credit-holds.js';
import { ManualClock } from '../../../src/clock.js';
import { seedDemo } from '../../../src/demo/seed.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-db.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t, new ManualClock('2026-11-23T01:00:00Z'), { today: '2026-11-23' });
});
afterAll(async () => {
  await t.close();
});

describe('the demo ledger', () => {
  it('has about one customer in ten on hold, each for a reason it names', async () => {
    const teams = await t.db.selectFrom('teams').selectAll().execute();
    let held = 0;
    let owing = 0;
    for (const team of teams) {
      const holds = await loadHolds(t.db, { teamId: team.id }, '2026-11-23', team);
      held += holds.size;
      for (const reasons of holds.values()) expect(reasons.length).toBeGreaterThan(0);
      const row = await t.db
        .selectFrom('receivables')
        .select((eb) => eb.fn.count<number>('customer_id').distinct().as('n'))
        .where('team_id', '=', team.id)
        .where('status', '=', 'open')
        .where('outstanding', '>', 0)
        .executeTakeFirstOrThrow();
      owing += Number(row.n);
    }
    expect(held / owing).toBeGreaterThan(0.05);
    expect(held / owing).toBeLessThan(0.2);
  });
});
