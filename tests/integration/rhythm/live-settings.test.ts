import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDuebot, type Duebot } from '../../../src/app/duebot.js';
import { ManualClock } from '../../../src/clock.js';
import { seedDemo } from '../../../src/demo/seed.js';
import { runImport } from '../../../src/import/run-import.js';
import type { Ticker } from '../../../src/scheduler/ticker.js';
import { RecordingChatPort } from '../../fakes/recording-chat-port.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-db.js';

// A running Duebot takes team times from the teams import at once, without a restart: a post time
// moved earlier runs today while still ahead, one moved later is not skipped, a new team is scheduled.

const logger = pino({ level: 'silent' });
// 07:00 in Shanghai and Singapore on Monday 23 November 2026.
const clock = new ManualClock('2026-11-22T23:00:00Z');
let t: TestDatabase;
let app: Duebot;
let dir: string;
let beat: () => Promise<void> = async () => {};

/** Wakes the scheduler when the test says, as the minute timer does in production. */
const ticker: Ticker = {
  start(run) {
    beat = run;
  },
  async stop() {
    beat = async () => {};
  },
};

/** Moves the clock to HH:MM local time and lets the running scheduler look. */
async function at(time: string): Promise<void> {
  clock.set(`2026-11-23T${time}:00+08:00`);
  await beat();
}

async function importTeams(csv: string): Promise<void> {
  const file = path.join(dir, `teams-${Date.now()}-${Math.random()}.csv`);
  await writeFile(file, csv);
  const result = await runImport(t, clock, logger, { kind: 'teams', file });
  expect(result.state).toBe('committed');
}

/** The teams whose run of `job` today is done, by code. */
async function runsDone(job = 'morning'): Promise<string[]> {
  const rows = await t.db
    .selectFrom('job_runs as j')
    .innerJoin('teams as tm', 'tm.id', 'j.team_id')
    .select('tm.code')
    .where('j.job', '=', job)
    .where('j.run_key', 'like', '%:2026-11-23')
    .where('j.state', '=', 'done')
    .orderBy('tm.code')
    .execute();
  return rows.map((r) => r.code);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'duebot-live-'));
  t = await createTestDatabase();
  await seedDemo(t, clock, { today: '2026-11-23', customers: 40, receivables: 400 });
  app = createDuebot({ db: t.db, clock, logger, ports: [new RecordingChatPort()], ticker, instance: 'live' });
  await app.start();
});
afterAll(async () => {
  await app?.stop();
  await t?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('team times changed while Duebot runs', () => {
  it('starts with every team waiting for 09:00', async () => {
    const teams = await t.db.selectFrom('teams').select(['code', 'settings']).orderBy('code').execute();
    expect(teams.map((x) => x.code)).toEqual(['east', 'intl', 'south']);
    await at('07:30');
    expect(await runsDone()).toEqual([]);
  });

  it('a post time moved earlier runs today at the new time, one moved later is not run at the old time', async () => {
    await importTeams('code,name,postTime\neast,华东回款组,08:00\nsouth,华南回款组,10:30\n');
    await at('07:59');
    expect(await runsDone()).toEqual([]);
    await at('08:00');
    expect(await runsDone()).toEqual(['east']);
    await at('09:00');
    expect(await runsDone()).toEqual(['east', 'intl']);
  });

  it('the time moved later is not skipped: it runs when it comes', async () => {
    await at('10:29');
    expect(await runsDone()).toEqual(['east', 'intl']);
    await at('10:30');
    expect(await runsDone()).toEqual(['east', 'intl', 'south']);
  });

  it('a team imported while running gets its morning at its own time', async () => {
    await importTeams(
      'code,name,timezone,locale,calendar,postTime\nwest,West,Asia/Shanghai,en,weekdays,11:15\n',
    );
    await at('11:14');
    expect(await runsDone()).toEqual(['east', 'intl', 'south']);
    await at('11:15');
    expect(await runsDone()).toEqual(['east', 'intl', 'south', 'west']);
    // Every morning ran once, whatever the beats since.
    await at('11:16');
    const runs = await t.db.selectFrom('job_runs').select('run_key').where('job', '=', 'morning').execute();
    expect(runs).toHaveLength(4);
  });

  it('a deadline moved earlier runs at its new time the same day', async () => {
    await importTeams('code,name,deadlineTime\nintl,海外业务组,16:45\n');
    await at('16:44');
    expect(await runsDone('deadline')).toEqual([]);
    await at('16:45');
    expect(await runsDone('deadline')).toEqual(['intl']);
    await at('18:00');
    expect(await runsDone('deadline')).toEqual(['east', 'intl', 'south', 'west']);
  });
});
