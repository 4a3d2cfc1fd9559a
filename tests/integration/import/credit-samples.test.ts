import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-db.js';
import { importFile, sample } from './import-helpers.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  for (const kind of ['teams', 'roster', 'customers'] as const)
    await importFile(t, kind, sample(`${kind}.csv`));
});
afterAll(async () => {
  await t.close();
});

describe('the leavers sample', () => {
  it('retires the leaver on the date given, keeps the active person active, and leaves the rest alone', async () => {
    const before = await t.db.selectFrom('people').select(['email', 'active']).orderBy('email').execute();
    const result = await importFile(t, 'roster', sample('roster-leavers.csv'));
    expect(result).toMatchObject({ state: 'committed', rows: 2, updated: 1, unchanged: 1 });
    const after = await t.db
      .selectFrom('people')
      .select(['email', 'active', 'left_on'])
      .orderBy('email')
      .execute();
    for (const p of after) {
      if (p.email === 'chen.jie@huaxin-group.cn')
        expect(p).toMatchObject({ active: false, left_on: '2026-11-20' });
      else
        expect(p).toMatchObject({ active: before.find((b) => b.email === p.email)?.active, left_on: null });
    }
  });
});

describe('the overdue-interest sample', () => {
  it('sets an annual rate on one customer and a daily rate on another', async () => {
    const result = await importFile(t, 'customers', sample('customers-interest.csv'));
    expect(result).toMatchObject({ state: 'committed', rows: 2, updated: 2 });
    const rows = await t.db
      .selectFrom('customers')
      .select(['external_id', 'interest_ppm', 'interest_basis'])
      .where('external_id', 'in', ['C001', 'C002'])
      .orderBy('external_id')
      .execute();
    expect(rows).toEqual([
      { external_id: 'C001', interest_ppm: 60_000, interest_basis: 'annual' },
      { external_id: 'C002', interest_ppm: 500, interest_basis: 'daily' },
    ]);
  });
});
