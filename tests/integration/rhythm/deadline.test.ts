import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Recorded } from '../../fakes/recording-chat-port.js';
import { createHarness, type Harness } from '../../helpers/app-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  await h.app.scheduler.tick();
  await h.app.outbox.drain();
});
afterAll(async () => {
  await h.t.close();
});

const text = (r: Recorded | undefined) =>
  (r?.content?.message.blocks ?? []).map((b) => ('text' in b ? b.text : '')).join('\n');

describe('the 18:00 deadline', () => {
  it('does nothing before 18:00', async () => {
    h.clock.set('2026-11-23T09:59:00Z');
    const outcomes = await h.app.scheduler.tick();
    expect([...outcomes.entries()].filter(([k]) => k.startsWith('deadline')).map(([, v]) => v)).toEqual([
      'not_yet',
      'not_yet',
      'not_yet',
    ]);
  });

  it('mentions each collector still missing answers with their count, and tells their manager privately', async () => {
    const east = await h.t.db
      .selectFrom('teams')
      .select('id')
      .where('code', '=', 'east')
      .executeTakeFirstOrThrow();
    const collectors = await h.t.db
      .selectFrom('people')
      .select(['id', 'email', 'name'])
      .where('team_id', '=', east.id)
      .where('role', '=', 'collector')
      .orderBy('id')
      .execute();
    const [diligent, ...others] = collectors;
    if (!diligent) throw new Error('no collector');
    // One collector answers every overdue item of theirs (a follow-up each); the others answer nothing.
    const mine = await h.t.db
      .selectFrom('receivables')
      .select(['id', 'customer_id'])
      .where('collector_id', '=', diligent.id)
      .where('status', '=', 'open')
      .where('due_on', '<', '2026-11-23')
      .execute();
    for (const item of mine) {
      await h.t.db
        .insertInto('follow_ups')
        .values({
          receivable_id: item.id,
          customer_id: item.customer_id,
          person_id: diligent.id,
          method: 'phone',
          outcome: 'contacted',
          reason_code: null,
          note: null,
          next_action_on: null,
          created_at: new Date('2026-11-23T05:00:00Z'),
        })
        .execute();
    }
    h.clock.set('2026-11-23T10:00:00Z');
    await h.app.scheduler.tick();
    await h.app.outbox.drain();
    const post = h.port.sent.find(
      (s) => s.op === 'post' && s.dedupeKey?.startsWith(`deadline:team-${east.id}:2026-11-23@`),
    );
    expect(text(post)).toContain('18:00 回复检查');
    const mentioned = Object.keys(post?.content?.mentions ?? {}).map(Number);
    expect(mentioned).not.toContain(diligent.id);
    for (const other of others) {
      const owes = await h.t.db
        .selectFrom('receivables')
        .select('id')
        .where('collector_id', '=', other.id)
        .where('status', '=', 'open')
        .where('due_on', '<', '2026-11-23')
        .where('disputed', '=', false)
        .execute();
      if (owes.length > 0) expect(mentioned).toContain(other.id);
    }
    expect(text(post)).toMatch(/<@person:\d+>：今天还有 \d+ 笔未回复/);
    const manager = await h.person('manager', 'east');
    const dm = h.port.sent.find(
      (s) => s.op === 'direct' && s.userId === manager.email && s.dedupeKey?.startsWith('deadline:'),
    );
    expect(text(dm)).toContain('截止时间前未回复');
    expect(text(dm)).not.toContain(diligent.name);
  });

  it('counts an open promise dated in the future as an answer (until_promised), but not in every_day mode', async () => {
    const south = await h.t.db
      .selectFrom('teams')
      .selectAll()
      .where('code', '=', 'south')
      .executeTakeFirstOrThrow();
    const { missingAnswers } = await import('../../../src/app/lists/deadline.js');
    const ctx = { db: h.t.db, platforms: ['sandbox' as const], now: h.clock.now() };
    const { readTeamSettings } = await import('../../../src/app/team-settings.js');
    const lenient = await missingAnswers(ctx, south, readTeamSettings({}), '2026-11-23');
    const strict = await missingAnswers(
      ctx,
      south,
      readTeamSettings({ responsePolicy: 'every_day' }),
      '2026-11-23',
    );
    const sum = (m: Map<number, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    expect(sum(strict)).toBeGreaterThan(sum(lenient));
  });
});
