import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDateIn } from '../../../src/domain/local-date.js';
import { instantAt, localTimeIn } from '../../../src/domain/local-time.js';
import { createHarness, type Harness } from '../../helpers/app-harness.js';

// Daylight saving time ends in New York on Sunday 1 November 2026 (02:00 EDT → 01:00 EST):
// 09:00 is 13:00 UTC on the Friday before and 14:00 UTC on the Monday after.
let h: Harness;
let teamId: number;
beforeAll(async () => {
  h = await createHarness('2026-10-30T12:00:00Z', { customers: 6, receivables: 30 });
  const team = await h.t.db
    .updateTable('teams')
    .set({ timezone: 'America/New_York', calendar_kind: 'weekdays' })
    .where('code', '=', 'east')
    .returning('id')
    .executeTakeFirstOrThrow();
  teamId = team.id;
});
afterAll(async () => {
  await h.t.close();
});

const runKeys = async (job: string) =>
  (
    await h.t.db
      .selectFrom('job_runs')
      .select('run_key')
      .where('job', '=', job)
      .where('team_id', '=', teamId)
      .where('state', '=', 'done')
      .orderBy('run_key')
      .execute()
  ).map((r) => r.run_key);

describe('a team in America/New_York across the end of daylight saving time', () => {
  it('posts the morning list at 09:00 New York time on both sides of the change', async () => {
    h.clock.set('2026-10-30T12:59:00Z');
    expect(await h.app.scheduler.runIfDue(teamId, 'morning')).toBe('not_yet');
    h.clock.set('2026-10-30T13:00:00Z');
    expect(await h.app.scheduler.runIfDue(teamId, 'morning')).toBe('ran');

    // Monday 13:30 UTC is 09:30 in summer time but 08:30 once the clocks went back.
    h.clock.set('2026-11-02T13:30:00Z');
    expect(await h.app.scheduler.runIfDue(teamId, 'morning')).toBe('not_yet');
    h.clock.set('2026-11-02T14:00:00Z');
    expect(await h.app.scheduler.runIfDue(teamId, 'morning')).toBe('ran');
    expect(await h.app.scheduler.runIfDue(teamId, 'morning')).toBe('already_ran');
    const keys = await runKeys('morning');
    expect(keys).toHaveLength(2);
    expect(keys[0]).toContain('2026-10-30');
    expect(keys[1]).toContain('2026-11-02');
  });

  it('names the 18:00 non-responders at 18:00 EST, and a late evening still counts as that day', async () => {
    h.clock.set('2026-11-02T22:59:00Z');
    expect(await h.app.scheduler.runIfDue(teamId, 'deadline')).toBe('not_yet');
    h.clock.set('2026-11-02T23:00:00Z');
    expect(await h.app.scheduler.runIfDue(teamId, 'deadline')).toBe('ran');
    // 04:30 UTC on the 3rd is 23:30 on the 2nd in New York: the team's day has not turned.
    expect(localDateIn(new Date('2026-11-03T04:30:00Z'), 'America/New_York')).toBe('2026-11-02');
    expect((await runKeys('deadline'))[0]).toContain('2026-11-02');
  });

  it('turns team wall-clock times into instants on the two days of the change', () => {
    expect(instantAt('2026-11-01', '00:30', 'America/New_York').toISOString()).toBe(
      '2026-11-01T04:30:00.000Z',
    );
    expect(instantAt('2026-11-01', '03:00', 'America/New_York').toISOString()).toBe(
      '2026-11-01T08:00:00.000Z',
    );
    expect(instantAt('2026-03-08', '09:00', 'America/New_York').toISOString()).toBe(
      '2026-03-08T13:00:00.000Z',
    );
    expect(localTimeIn(new Date('2026-11-01T06:30:00Z'), 'America/New_York')).toBe('01:30');
  });
});
