import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../helpers/app-harness.js';
import { addCustomer, collectorWithNoItems, runAt, textOf } from '../promises/promise-helpers.js';

let h: Harness;
let collector: { id: number; email: string; name: string };
let items: Map<string, number>;
let teamId: number;

const commitmentsOn = (itemId: number) =>
  h.t.db.selectFrom('commitments').selectAll().where('receivable_id', '=', itemId).orderBy('id').execute();
const deadlinePost = (date: string) =>
  h.port.sent.find((s) => s.op === 'post' && s.dedupeKey?.startsWith(`deadline:team-${teamId}:${date}@`));

beforeAll(async () => {
  // Monday 30 November 2026, before the morning run.
  h = await createHarness('2026-11-30T00:30:00Z');
  // This collector's only items are the ones below, so the deadline speaks of them alone.
  collector = await collectorWithNoItems(h, 'east');
  ({ items } = await addCustomer(h, 'DT-1', '延期测试有限公司', collector.id, [
    { invoice: 'DT-A', yuan: 8000, due: '2026-12-01' },
  ]));
  teamId = (
    await h.t.db.selectFrom('teams').select('id').where('code', '=', 'east').executeTakeFirstOrThrow()
  ).id;
  await runAt(h, '2026-11-30T01:00:00Z');
});
afterAll(async () => {
  await h.t.close();
});

describe('an agreed delay, from the pre-due warning to the day it breaks', () => {
  it('records a delay of +3d on the pre-due item as a live commitment for the outstanding amount', async () => {
    const item = items.get('DT-A') as number;
    const value = `w:${item}:2026-11-30:${collector.id}`;
    const reply = await h.app.handle(
      h.as(collector.email, 'east').submit('predue.delay', { date: '+3d', reason: 'funds_tight' }, { value }),
    );
    expect(reply.kind).toBe('form_done');
    const [delay] = await commitmentsOn(item);
    expect(delay).toMatchObject({
      kind: 'delay',
      due_on: '2026-12-03',
      amount: 800_000,
      status: 'open',
      approval_state: 'not_needed',
    });
  });

  it('does not count the item as unanswered at 18:00 on the next days, while the delay holds', async () => {
    await runAt(h, '2026-12-01T10:00:00Z');
    await runAt(h, '2026-12-02T01:00:00Z');
    await runAt(h, '2026-12-02T10:00:00Z');
    for (const date of ['2026-12-01', '2026-12-02']) {
      const post = deadlinePost(date);
      expect(post).toBeDefined();
      expect(textOf(post)).not.toContain(`<@person:${collector.id}>`);
    }
  });

  it('announces the delay as broken once its date and the grace day pass unpaid, and the item needs an answer again', async () => {
    await runAt(h, '2026-12-04T01:00:00Z');
    await runAt(h, '2026-12-07T01:00:00Z');
    const [delay] = await commitmentsOn(items.get('DT-A') as number);
    expect(delay).toMatchObject({ status: 'broken', received: 0 });
    const notice = h.port.sent.find((s) => s.dedupeKey?.startsWith(`commitment-broken:${delay?.id}@`));
    expect(textOf(notice)).toContain('延期承诺已违约');
    expect(textOf(notice)).toContain('2026-12-03');
    await runAt(h, '2026-12-07T10:00:00Z');
    expect(textOf(deadlinePost('2026-12-07'))).toContain(`<@person:${collector.id}>`);
  });
});
