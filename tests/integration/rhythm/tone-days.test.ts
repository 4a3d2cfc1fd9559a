import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMorningLists } from '../../../src/app/lists/daily-list.js';
import { ManualClock } from '../../../src/clock.js';
import { seedDemo } from '../../../src/demo/seed.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-db.js';

// The pre-due parts' tone follows the team's 严肃提醒天数 / 温和提醒天数 (firmDays, cooperativeDays).

const TODAY = '2026-11-23';
let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t, new ManualClock(`${TODAY}T01:00:00Z`), { today: TODAY, customers: 40, receivables: 400 });
});
afterAll(async () => {
  await t?.close();
});

async function preDueContexts(code: string): Promise<string[]> {
  const team = await t.db.selectFrom('teams').selectAll().where('code', '=', code).executeTakeFirstOrThrow();
  const [predue] = await buildMorningLists(t.db, team, TODAY);
  return (predue?.parts ?? []).flatMap((p) =>
    p.message.blocks.filter((b) => b.type === 'context').map((b) => ('text' in b ? String(b.text) : '')),
  );
}

describe('warning tone days', () => {
  it("reads the team's firm days into the pre-due reminder", async () => {
    expect((await preDueContexts('intl')).some((c) => c.startsWith('Due within 3 days'))).toBe(true);
    await t.db
      .updateTable('teams')
      .set({ settings: JSON.stringify({ firmDays: 7, cooperativeDays: 7 }) })
      .where('code', '=', 'intl')
      .execute();
    const contexts = await preDueContexts('intl');
    expect(contexts.some((c) => c.startsWith('Due within 7 days'))).toBe(true);
    expect(contexts.some((c) => c.startsWith('Due within 3 days'))).toBe(false);
  });
});
