import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDuebot } from '../../../src/app/duebot.js';
import { sandboxDirectory } from '../../../src/app/sandbox-directory.js';
import { ManualClock } from '../../../src/clock.js';
import { seedDemo } from '../../../src/demo/seed.js';
import { RecordingChatPort } from '../../fakes/recording-chat-port.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-db.js';

let t: TestDatabase;
const clock = new ManualClock('2026-09-21T00:00:00Z');
const port = new RecordingChatPort('sandbox');
const logger = pino({ level: 'silent' });

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t, clock, { today: '2026-09-21', customers: 12, receivables: 60 });
  await sandboxDirectory(t.db, clock.now());
});
afterAll(async () => {
  await t.close();
});

/** Morning posts and deadline checks seen by the east team (Chinese calendar, Asia/Shanghai), by date. */
function postsByDay(prefix: string): Map<string, number> {
  const days = new Map<string, number>();
  for (const s of port.sent) {
    const m = new RegExp(`^${prefix}:team-1:(\\d{4}-\\d{2}-\\d{2})@`).exec(s.dedupeKey ?? '');
    if (m?.[1]) days.set(m[1], (days.get(m[1]) ?? 0) + 1);
  }
  return days;
}

/** The east team's report main messages by period. */
function postsByReport(kind: 'weekly' | 'monthly'): Map<string, number> {
  const periods = new Map<string, number>();
  for (const s of port.sent) {
    const m = new RegExp(`^report:${kind}:team-1:([0-9W-]+)@sandbox:reports$`).exec(s.dedupeKey ?? '');
    if (m?.[1]) periods.set(m[1], (periods.get(m[1]) ?? 0) + 1);
  }
  for (const [period, n] of periods) expect(n, period).toBe(1);
  return periods;
}

describe('a simulated month with two bot instances sharing one database', () => {
  it('posts once per working day, never on the National Day holiday, and catches up after an outage', async () => {
    // Two processes, one database: each has its own scheduler and outbox worker.
    const a = createDuebot({ db: t.db, clock, logger, ports: [port], instance: 'a' });
    const b = createDuebot({ db: t.db, clock, logger, ports: [port], instance: 'b' });
    const start = Date.parse('2026-09-21T00:00:00Z');
    const outageFrom = Date.parse('2026-10-12T23:00:00Z'); // Tue 13 Oct 07:00 in Shanghai
    const outageTo = Date.parse('2026-10-13T03:00:00Z'); // 11:00
    for (let at = start; at < start + 31 * 86_400_000; at += 30 * 60_000) {
      clock.set(new Date(at));
      if (at >= outageFrom && at < outageTo) continue; // both bots down
      await Promise.all([a.scheduler.tick(), b.scheduler.tick()]);
      await Promise.all([a.outbox.drain(), b.outbox.drain()]);
    }
    const overdue = postsByDay('overdue');
    const predue = postsByDay('predue');
    const deadline = postsByDay('deadline');
    // 1–7 Oct 2026 is the National Day holiday; Saturday 10 Oct is a make-up working day (调休).
    for (const day of [
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
      '2026-09-27',
    ]) {
      expect(overdue.has(day), day).toBe(false);
      expect(deadline.has(day), day).toBe(false);
    }
    expect(overdue.get('2026-10-10')).toBe(1);
    const workingDays = [...overdue.keys()];
    expect(workingDays.length).toBe(18);
    for (const day of workingDays) {
      expect(overdue.get(day), day).toBe(1);
      expect(predue.get(day), day).toBe(1);
      expect(deadline.get(day), day).toBe(1);
    }
    // The outage day: the morning posts arrive once, at 11:00 when the bots are back.
    await Promise.all([a.stop(), b.stop()]);
    const runs = await t.db
      .selectFrom('job_runs')
      .selectAll()
      .where('run_key', '=', 'morning:team-1:2026-10-13')
      .execute();
    expect(runs).toHaveLength(1);
    expect(runs[0]?.started_at.toISOString()).toBe('2026-10-13T03:00:00.000Z');
    // The weekly report on each week's last working day (Friday 9 Oct falls in the holiday week's
    // make-up days), and September's aging analysis on October's first working day, the 8th.
    const weekly = [...postsByReport('weekly').keys()];
    expect(weekly).toEqual(['2026-W39', '2026-W40', '2026-W41', '2026-W42']);
    expect([...postsByReport('monthly').keys()]).toEqual(['2026-09']);
    const monthlyRun = await t.db
      .selectFrom('job_runs')
      .select('run_key')
      .where('job', '=', 'monthly_report')
      .where('team_id', '=', 1)
      .execute();
    expect(monthlyRun.map((r) => r.run_key)).toEqual(['monthly_report:team-1:2026-10-08']);
    // Every message reached the chat exactly once.
    const keys = port.sent.filter((s) => s.op !== 'update').map((s) => s.dedupeKey);
    expect(new Set(keys).size).toBe(keys.length);
    // A month of ticks for two instances, with the weekly and monthly reports drawn on the way.
  }, 150_000);
});
