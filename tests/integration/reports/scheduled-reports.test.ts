import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDuebot, type Duebot } from '../../../src/app/duebot.js';
import { RecordingChatPort } from '../../fakes/recording-chat-port.js';
import { createHarness, type Harness } from '../../helpers/app-harness.js';
import { teamId } from '../weekly/weekly-helpers.js';

// Two Duebot processes share the database; a third starts later, as after a restart. The east
// team has a holiday Friday, 27 November 2026, so its weekly report goes out on Thursday.
let h: Harness;
let east: number;
let south: number;
let other: { app: Duebot; port: RecordingChatPort };

function instance(name: string) {
  const port = new RecordingChatPort('sandbox');
  const app = createDuebot({
    db: h.t.db,
    clock: h.clock,
    logger: pino({ level: 'silent' }),
    ports: [port],
    instance: name,
  });
  return { app, port };
}

async function undelivered(): Promise<number> {
  const open = await h.t.db
    .selectFrom('outbox')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('state', 'in', ['pending', 'sending'])
    .executeTakeFirstOrThrow();
  return Number(open.n);
}

async function tickBoth(iso: string) {
  h.clock.set(iso);
  const [a, b] = await Promise.all([h.app.scheduler.tick(), other.app.scheduler.tick()]);
  await Promise.all([h.app.outbox.drain(), other.app.outbox.drain()]);
  // A part one instance claimed before the other had posted its report's first message waits 2 s
  // for it: move on until every row is delivered, as the running instances would.
  for (let round = 0; round < 10 && (await undelivered()) > 0; round++) {
    h.clock.advance(2_000);
    await Promise.all([h.app.outbox.drain(), other.app.outbox.drain()]);
  }
  expect(await undelivered()).toBe(0);
  return { a, b };
}

const sentWith = (ports: RecordingChatPort[], key: string) =>
  ports.flatMap((p) => p.sent).filter((s) => s.dedupeKey === key);

beforeAll(async () => {
  h = await createHarness('2026-11-23T01:00:00Z');
  east = await teamId(h, 'east');
  south = await teamId(h, 'south');
  await h.t.db
    .insertInto('calendar_overrides')
    .values({ team_id: east, date: '2026-11-27', working: false, note: 'holiday' })
    .execute();
  other = instance('second');
});
afterAll(async () => {
  await h.t.close();
});

describe('scheduled reports', () => {
  it('sends a holiday-Friday team its weekly report on Thursday at 17:00, in the report chat, once', async () => {
    const early = await tickBoth('2026-11-26T08:59:00Z');
    expect(early.a.get(`weekly_report@${east}`)).toBe('not_yet');
    const { a, b } = await tickBoth('2026-11-26T09:00:00Z');
    expect([a.get(`weekly_report@${east}`), b.get(`weekly_report@${east}`)].sort()).toEqual([
      'already_ran',
      'ran',
    ]);
    expect(a.get(`weekly_report@${south}`)).toBe('not_today');
    const key = `report:weekly:team-${east}:2026-W48@sandbox:reports`;
    const main = sentWith([h.port, other.port], key);
    expect(main).toHaveLength(1);
    expect(main[0]?.chatId).toBe('reports');
    expect(main[0]?.content?.message.blocks.some((blk) => blk.type === 'image')).toBe(true);
    expect(sentWith([h.port, other.port], `${key}:xlsx`)).toHaveLength(1);
    expect(sentWith([h.port, other.port], `${key}:part-1`)[0]?.threadId).toBe(main[0]?.id);
  });

  it('sends the other teams on Friday, and nothing more for east on its holiday', async () => {
    const { a, b } = await tickBoth('2026-11-27T09:30:00Z');
    expect(a.get(`weekly_report@${east}`)).toBe('not_working_day');
    expect([a.get(`weekly_report@${south}`), b.get(`weekly_report@${south}`)].sort()).toEqual([
      'already_ran',
      'ran',
    ]);
    expect(
      sentWith([h.port, other.port], `report:weekly:team-${south}:2026-W48@sandbox:reports`),
    ).toHaveLength(1);
  });

  it('sends nothing again after a restart', async () => {
    const restarted = instance('restarted');
    h.clock.set('2026-11-27T10:00:00Z');
    const outcomes = await restarted.app.scheduler.tick();
    await restarted.app.outbox.drain();
    expect(outcomes.get(`weekly_report@${south}`)).toBe('already_ran');
    expect(restarted.port.sent.filter((s) => s.dedupeKey?.startsWith('report:'))).toEqual([]);
    const stored = await h.t.db
      .selectFrom('report_snapshots')
      .select(['team_id', 'kind', 'period'])
      .orderBy('id')
      .execute();
    expect(stored.filter((s) => s.kind === 'weekly').map((s) => s.period)).toEqual([
      '2026-W48',
      '2026-W48',
      '2026-W48',
    ]);
  });

  it('sends the monthly aging analysis of November on 1 December at 09:30, once per team', async () => {
    const { a, b } = await tickBoth('2026-12-01T01:30:00Z');
    expect([a.get(`monthly_report@${east}`), b.get(`monthly_report@${east}`)].sort()).toEqual([
      'already_ran',
      'ran',
    ]);
    const main = sentWith([h.port, other.port], `report:monthly:team-${east}:2026-11@sandbox:reports`);
    expect(main).toHaveLength(1);
    expect(main[0]?.content?.message.text).toContain('2026-11');
    const later = await tickBoth('2026-12-02T01:30:00Z');
    expect(later.a.get(`monthly_report@${east}`)).toBe('not_today');
  });

  it('without a report chat, sends the weekly report to the collection chat', async () => {
    await h.t.db.deleteFrom('channels').where('purpose', '=', 'reports').execute();
    await tickBoth('2026-12-04T09:00:00Z');
    const main = sentWith([h.port, other.port], `report:weekly:team-${south}:2026-W49@sandbox:south`);
    expect(main).toHaveLength(1);
    expect(main[0]?.chatId).toBe('south');
  });
});
