import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restoreSandboxClock } from '../../../adapters/sandbox/clock-store.js';
import { ManualClock, OffsetClock } from '../../../src/clock.js';
import { type SeededSandbox, startSeededSandbox, TODAY } from '../../helpers/seeded-sandbox.js';

// The sandbox clock over several simulated days on the real Duebot: every job on the way runs in
// order and is named, the clock survives a restart, and "run today's jobs now" says what ran.

let sandbox: SeededSandbox;

async function post<T>(path: string, body: unknown): Promise<T> {
  const res = await fetch(`${sandbox.server.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}

async function get<T>(path: string): Promise<T> {
  const res = await fetch(`${sandbox.server.url}${path}`);
  return (await res.json()) as T;
}

type Run = { team: string; job: string; date: string; outcome?: string };

beforeAll(async () => {
  sandbox = await startSeededSandbox('month-clock');
  // Opening the page binds the team chats, as a first visit does.
  await get('/api/workspace');
});
afterAll(async () => {
  await sandbox?.close();
});

describe('the sandbox clock over days', () => {
  it("says what ran today and what had already run when today's jobs run again", async () => {
    const first = await post<{ outcomes: Run[] }>('/api/clock/run-today', {});
    expect(first.outcomes).toContainEqual({ team: 'east', job: 'morning', date: TODAY, outcome: 'ran' });
    const again = await post<{ outcomes: Run[] }>('/api/clock/run-today', {});
    expect(again.outcomes).toContainEqual({
      team: 'east',
      job: 'morning',
      date: TODAY,
      outcome: 'already_ran',
    });
    expect(again.outcomes.filter((o) => o.outcome === 'ran')).toEqual([]);
  });

  it("a day's move runs the deadline of the day it leaves before the next morning, for every team, and names them", async () => {
    const moved = await post<{ moved: boolean; ran: Run[] }>('/api/clock/move', { to: 'next_day' });
    expect(moved.moved).toBe(true);
    for (const team of ['east', 'south', 'intl']) {
      expect(moved.ran).toContainEqual({ team, job: 'deadline', date: TODAY });
      expect(moved.ran).toContainEqual({ team, job: 'morning', date: '2026-11-24' });
      expect(moved.ran).toContainEqual({ team, job: 'plan_summary', date: TODAY });
    }
    const runs = await sandbox.t.db
      .selectFrom('job_runs')
      .select(['run_key', 'state'])
      .where('run_key', 'like', '%team-%')
      .orderBy('id')
      .execute();
    expect(runs.every((r) => r.state === 'done')).toBe(true);
    const keys = runs.map((r) => r.run_key);
    for (const team of await sandbox.t.db.selectFrom('teams').select('id').execute()) {
      const deadline = keys.indexOf(`deadline:team-${team.id}:${TODAY}`);
      const nextMorning = keys.indexOf(`morning:team-${team.id}:2026-11-24`);
      expect(deadline).toBeGreaterThan(-1);
      expect(nextMorning).toBeGreaterThan(deadline);
    }
    // The deadline's notes were posted on the day they belong to, before the next morning's list.
    const east = await get<{ messages: { createdAt: string }[] }>('/api/messages?chatId=east');
    const stamps = east.messages.map((m) => m.createdAt);
    expect(stamps.length).toBeGreaterThan(0);
    expect(stamps).toEqual([...stamps].sort());
    expect(stamps.some((s) => s.startsWith(TODAY) && s > `${TODAY}T09:59`)).toBe(true);
  });

  it('a move to the next weekly check-in runs the deadlines and mornings it passes', async () => {
    // Tuesday 09:00 → Friday 16:00: three deadlines and three mornings on the way.
    const moved = await post<{ ran: Run[] }>('/api/clock/move', { to: 'next_checkin' });
    const east = moved.ran.filter((r) => r.team === 'east');
    expect(east.filter((r) => r.job === 'deadline').map((r) => r.date)).toEqual([
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
    ]);
    expect(east.filter((r) => r.job === 'morning').map((r) => r.date)).toEqual([
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
    ]);
    expect(east.at(-1)).toEqual({ team: 'east', job: 'result_prompt', date: '2026-11-27' });
  });

  it('keeps the simulated time, so a restarted sandbox carries on from it', async () => {
    const now = sandbox.app.clock.now();
    const restarted = new OffsetClock(new ManualClock(`${TODAY}T01:00:00Z`));
    await restoreSandboxClock(sandbox.t.db, restarted);
    expect(restarted.now().toISOString()).toBe(now.toISOString());
  });

  it('finds a customer in the open channel, and pages back through older messages', async () => {
    const customer = await sandbox.t.db
      .selectFrom('customers')
      .innerJoin('receivables', 'receivables.customer_id', 'customers.id')
      .innerJoin('teams', 'teams.id', 'customers.team_id')
      .select('customers.name')
      .where('teams.code', '=', 'intl')
      .where('receivables.outstanding', '>', 0)
      .executeTakeFirstOrThrow();
    const found = await get<{ messages: { content: unknown }[] }>(
      `/api/messages?chatId=intl&q=${encodeURIComponent(customer.name)}`,
    );
    expect(found.messages.length).toBeGreaterThan(0);
    for (const m of found.messages) expect(JSON.stringify(m.content)).toContain(customer.name);
    const none = await get<{ messages: unknown[] }>('/api/messages?chatId=intl&q=no-such-customer-xyz');
    expect(none.messages).toEqual([]);

    const latest = await get<{ messages: { id: string }[]; more: boolean }>('/api/messages?chatId=east');
    const oldest = latest.messages[0]?.id ?? '';
    const older = await get<{ messages: { id: string }[]; more: boolean }>(
      `/api/messages?chatId=east&before=${oldest}`,
    );
    for (const m of older.messages) expect(Number(m.id)).toBeLessThan(Number(oldest));
  });

  it('gives the page its labels in both languages and each team its language', async () => {
    const ws = await get<{
      labels: Record<string, { runToday: string }>;
      clock: { teams: { code: string; locale: string }[] };
    }>('/api/workspace');
    expect(ws.labels.en?.runToday).toBe("Run today's jobs now");
    expect(ws.labels['zh-CN']?.runToday).toBe('立即运行今天的任务');
    expect(ws.clock.teams.find((team) => team.code === 'intl')?.locale).toBe('en');
    expect(ws.clock.teams.find((team) => team.code === 'east')?.locale).toBe('zh-CN');
  });
});
