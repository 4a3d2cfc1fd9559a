import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dailySummaries } from '../../../src/app/daily-summary.js';
import { renderSummary } from '../../../src/app/render-summary.js';
import { ManualClock } from '../../../src/clock.js';
import { seedDemo } from '../../../src/demo/seed.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-db.js';

const logger = pino({ level: 'silent' });
// 09:00 in Shanghai on Monday 23 November 2026.
const clock = new ManualClock('2026-11-23T01:00:00Z');
let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t, clock, { today: '2026-11-23' });
});
afterAll(async () => {
  await t.close();
});

describe('daily pre-due and overdue summary', () => {
  it('gives every team its own day and totals that match the open items', async () => {
    const summaries = await dailySummaries(t.db, clock, logger);
    expect(summaries.map((s) => s.team.code)).toEqual(['east', 'south', 'intl']);
    for (const s of summaries) {
      expect(s.today).toBe('2026-11-23');
      expect(s.workingDay).toBe(true);
      const { rows } = await sql<{ count: number; amount: number }>`
        SELECT count(*)::bigint AS count, coalesce(sum(outstanding), 0)::bigint AS amount FROM receivables
        WHERE team_id = ${s.team.id} AND status = 'open' AND outstanding > 0 AND due_on < '2026-11-23'`.execute(
        t.db,
      );
      const overdue = [...s.overdue.values()][0];
      expect(overdue).toEqual({ count: rows[0]?.count, amount: rows[0]?.amount });
      const bucketTotal = [...s.buckets.values()].reduce(
        (sum, totals) => sum + ([...totals.values()][0]?.amount ?? 0),
        0,
      );
      expect(bucketTotal).toBe(overdue?.amount);
    }
  });

  it('counts as pre-due only open items due from today to the warning window', async () => {
    const [east] = await dailySummaries(t.db, clock, logger);
    const { rows } = await sql<{ count: number }>`
      SELECT count(*)::bigint AS count FROM receivables
      WHERE team_id = ${east?.team.id} AND status = 'open' AND outstanding > 0
        AND due_on BETWEEN '2026-11-23' AND '2026-11-30'`.execute(t.db);
    expect(east?.preDue.get('CNY')?.count).toBe(rows[0]?.count);
  });

  it('knows a Chinese public holiday is not a working day, but the Monday-to-Friday team works', async () => {
    const holiday = new ManualClock('2026-10-01T01:00:00Z');
    const summaries = await dailySummaries(t.db, holiday, logger);
    expect(summaries.find((s) => s.team.code === 'east')?.workingDay).toBe(false);
    expect(summaries.find((s) => s.team.code === 'intl')?.workingDay).toBe(true);
  });

  it('is written in the team language', async () => {
    const summaries = await dailySummaries(t.db, clock, logger);
    const team = (code: string) => summaries.find((s) => s.team.code === code) ?? expect.unreachable(code);
    expect(renderSummary(team('east'))).toMatch(/到期预警（7天内）[\s\S]*逾期合计[\s\S]*1–30天/);
    expect(renderSummary(team('intl'))).toMatch(/Pre-due \(next 7 days\)[\s\S]*Overdue[\s\S]*USD/);
  });
});
