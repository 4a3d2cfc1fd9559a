import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../helpers/app-harness.js';
import { postsWith, runAt, teamId, textOf } from '../weekly/weekly-helpers.js';

let h: Harness;

beforeAll(async () => {
  h = await createHarness('2026-11-23T00:30:00Z');
});
afterAll(async () => {
  await h.t.close();
});

describe('totals of nothing still read as money', () => {
  it('a plan summary nobody planned for shows the team plan as zero in the team’s currency', async () => {
    const intl = await teamId(h, 'intl');
    const currency = await h.t.db
      .selectFrom('receivables')
      .select('currency')
      .where('team_id', '=', intl)
      .where('status', '=', 'open')
      .groupBy('currency')
      .orderBy((eb) => eb.fn.countAll(), 'desc')
      .executeTakeFirstOrThrow();
    // Monday 14:00 in Singapore: the summary is posted, no collector having planned.
    await runAt(h, '2026-11-23T06:00:00Z');
    const [summary] = postsWith(h, `weekly:plan-summary:team-${intl}:2026-11-23@`);
    const text = textOf(summary);
    const symbol = currency.currency === 'USD' ? '$' : currency.currency === 'CNY' ? '¥' : currency.currency;
    expect(text).toContain(`Team plan: ${symbol}0.00 against`);
    expect(text).not.toMatch(/Team plan: 0\b/);
  });
});
