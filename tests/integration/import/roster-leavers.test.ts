import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-db.js';
import { importFile, sample } from './import-helpers.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  for (const kind of ['teams', 'roster'] as const) await importFile(t, kind, sample(`${kind}.csv`));
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
