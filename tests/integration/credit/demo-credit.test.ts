import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadHolds } from '../../../src/app/credit/credit-holds.js';
import { raiseCreditReviews } from '../../../src/app/credit/credit-review.js';
import { ManualClock } from '../../../src/clock.js';
import { SANDBOX_DEMO_SIZE, seedDemo } from '../../../src/demo/seed.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-db.js';

// The demo `npm start` shows, as a person meets it on its first morning.
const TODAY = '2026-11-23';
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t, new ManualClock('2026-11-23T01:00:00Z'), { today: TODAY, ...SANDBOX_DEMO_SIZE });
});
afterAll(async () => {
  await t.close();
});

describe('the sandbox demo as a ledger', () => {
  it('gives every collector between 20 and 60 open overdue items', async () => {
    const { rows } = await sql<{ n: number }>`
      SELECT count(r.id)::int AS n FROM people p
      LEFT JOIN receivables r ON r.collector_id = p.id AND r.status = 'open' AND r.outstanding > 0
        AND r.due_on < ${TODAY}::date
      WHERE p.role = 'collector' GROUP BY p.id`.execute(t.db);
    expect(rows).toHaveLength(12);
    for (const r of rows) {
      expect(r.n).toBeGreaterThanOrEqual(20);
      expect(r.n).toBeLessThanOrEqual(60);
    }
  });

  it('gives every customer a decision-maker and a finance contact with phones, in English for the English team', async () => {
    const { rows } = await sql<{ roles: string; phones: number; locale: string; name: string }>`
      SELECT string_agg(k.role, ',' ORDER BY k.role) AS roles, count(k.phone)::int AS phones, t.locale,
        min(k.name) AS name
      FROM customers c JOIN teams t ON t.id = c.team_id
      LEFT JOIN customer_contacts k ON k.customer_id = c.id
      GROUP BY c.id, t.locale`.execute(t.db);
    for (const r of rows) {
      expect(r.roles).toBe('decision_maker,finance');
      expect(r.phones).toBe(2);
      expect(/[\u4e00-\u9fff]/.test(r.name)).toBe(r.locale !== 'en');
    }
  });

  it('names every customer uniquely', async () => {
    const { rows } = await sql<{ n: number; names: number }>`
      SELECT count(*)::int AS n, count(DISTINCT name)::int AS names FROM customers`.execute(t.db);
    expect(rows[0]?.names).toBe(rows[0]?.n);
  });

  it('holds about one owing customer in ten, and raises a few credit reviews on the first morning', async () => {
    const teams = await t.db.selectFrom('teams').selectAll().execute();
    let held = 0;
    let reviews = 0;
    for (const team of teams) {
      held += (await loadHolds(t.db, { teamId: team.id }, TODAY, team)).size;
      const opened = await raiseCreditReviews(
        { db: t.db, platforms: [], now: new Date('2026-11-23T01:00:00Z') },
        team,
        TODAY,
      );
      reviews += opened.length;
    }
    const owing = await sql<{ n: number }>`
      SELECT count(DISTINCT customer_id)::int AS n FROM receivables WHERE status = 'open' AND outstanding > 0`.execute(
      t.db,
    );
    const n = owing.rows[0]?.n ?? 0;
    expect(held / n).toBeGreaterThan(0.05);
    expect(held / n).toBeLessThan(0.2);
    expect(reviews).toBeGreaterThan(0);
    expect(reviews / n).toBeLessThan(0.2);
  });
});
