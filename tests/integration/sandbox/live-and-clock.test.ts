import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAILY_JOBS } from '../../../adapters/sandbox/app-port.js';
import type { ClockState } from '../../../adapters/sandbox/clock-control.js';
import type { SandboxServer } from '../../../adapters/sandbox/server.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-db.js';
import { type FakeApp, sampleList, seedWorkspace, startWithFakeApp } from './harness.js';

let t: TestDatabase;
let app: FakeApp;
let server: SandboxServer;

async function post(
  path: string,
  body: unknown,
): Promise<{ status: number; body: { moved: boolean; clock: ClockState } }> {
  const res = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { moved: boolean; clock: ClockState } };
}

/** Reads the event stream until an event of `type` arrives, then hangs up. */
async function nextEvent(type: string, trigger: () => Promise<unknown>): Promise<Record<string, unknown>> {
  const abort = new AbortController();
  const res = await fetch(`${server.url}/api/events`, { signal: abort.signal });
  expect(res.headers.get('content-type')).toContain('text/event-stream');
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  // The first chunk is the greeting: the stream is open before the trigger fires.
  buffer += decoder.decode((await reader.read()).value);
  await trigger();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) throw new Error('stream ended');
    buffer += decoder.decode(value);
    const match = new RegExp(`event: ${type}\\ndata: (.*)\\n\\n`).exec(buffer);
    if (match?.[1]) {
      abort.abort();
      return JSON.parse(match[1]);
    }
  }
}

beforeAll(async () => {
  t = await createTestDatabase();
  await seedWorkspace(t.db);
  ({ app, server } = await startWithFakeApp(t.db));
});
afterAll(async () => {
  await server.close();
  await t.close();
});

describe('sandbox live updates and clock', () => {
  it('pushes a posted message to open pages over Server-Sent Events', async () => {
    const event = await nextEvent('message', () => app.chat.post('east', sampleList()));
    expect(event).toMatchObject({ type: 'message', message: { chatId: 'east', content: sampleList() } });
  });

  it("runs every team's morning posts and weekly prompts now regardless of the time, leaves reminders, summaries and the deadline to their hour, then delivers", async () => {
    const drains = app.drains;
    const event = await nextEvent('message', () => post('/api/clock/run-today', {}));
    expect(event).toMatchObject({ message: { chatId: 'east' } });
    const teamId = app.runs[0]?.teamId;
    expect(app.runs).toEqual(
      DAILY_JOBS.map((job) => ({
        teamId,
        job,
        ignoreTime: ['morning', 'plan_prompt', 'result_prompt'].includes(job),
      })),
    );
    expect(app.drains).toBeGreaterThan(drains);
  });

  it('moves the simulated clock in the team timezone, then lets the scheduler catch up', async () => {
    // 08:30 in Shanghai: the next morning post time is 09:00 today.
    const ticks = app.ticks;
    const morning = await post('/api/clock/move', { to: 'next_morning' });
    expect(morning.body).toMatchObject({ moved: true, clock: { now: '2026-11-23T01:00:00.000Z' } });
    expect(app.ticks).toBe(ticks + 1);
    const evening = await post('/api/clock/move', { to: 'evening' });
    expect(evening.body.clock.teams[0]).toMatchObject({ date: '2026-11-23', time: '18:00' });
    const again = await post('/api/clock/move', { to: 'evening' });
    expect(again.body.moved).toBe(false);
    const nextMorning = await post('/api/clock/move', { to: 'next_morning' });
    expect(nextMorning.body.clock.teams[0]).toMatchObject({ date: '2026-11-24', time: '09:00' });
    const day = await post('/api/clock/move', { to: 'next_day' });
    expect(day.body.clock.teams[0]).toMatchObject({ date: '2026-11-25', time: '09:00' });
    const hour = await post('/api/clock/move', { to: 'next_hour' });
    expect(hour.body.clock.teams[0]).toMatchObject({ date: '2026-11-25', time: '10:00' });
    await post('/api/clock/move', { to: 'next_day' });
    await post('/api/clock/move', { to: 'next_day' });
    // From Friday, the next working morning is Monday's: the weekend is stepped over.
    const monday = await post('/api/clock/move', { to: 'next_morning' });
    expect(monday.body.clock.teams[0]).toMatchObject({ date: '2026-11-30', time: '09:00' });
    expect((await post('/api/clock/move', { to: 'next_hour', teamId: 99999 })).status).toBe(400);
  });

  it("moves to the team's next weekly check-in step: Monday's plan times, then Friday's result times", async () => {
    // Monday 30 Nov 09:00 in Shanghai: the plan prompt at 09:30 is next, then 12:00 and 14:00.
    const times: string[] = [];
    for (let i = 0; i < 7; i++) {
      const moved = await post('/api/clock/move', { to: 'next_checkin' });
      times.push(`${moved.body.clock.teams[0]?.date} ${moved.body.clock.teams[0]?.time}`);
    }
    expect(times).toEqual([
      '2026-11-30 09:30',
      '2026-11-30 12:00',
      '2026-11-30 14:00',
      '2026-12-04 16:00',
      '2026-12-04 17:30',
      '2026-12-04 18:00',
      '2026-12-07 09:30',
    ]);
  });

  it('tells open pages the clock moved', async () => {
    const event = await nextEvent('clock', () => post('/api/clock/move', { to: 'next_hour' }));
    expect(event).toMatchObject({ type: 'clock', now: app.clock.now().toISOString() });
  });

  it('refuses requests that name another host, so other sites cannot reach it by DNS rebinding', async () => {
    const { port } = new URL(server.url);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port, path: '/api/workspace', headers: { Host: 'evil.example:80' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });
});
