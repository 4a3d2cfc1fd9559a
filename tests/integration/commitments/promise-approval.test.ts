import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Recorded } from '../../fakes/recording-chat-port.js';
import { createHarness, type Harness } from '../../helpers/app-harness.js';
import {
  addCustomer,
  auditActions,
  collectorWithNoItems,
  promisesOn,
  runAt,
  textOf,
} from '../promises/promise-helpers.js';

type Person = { id: number; email: string; name: string };
let h: Harness;
let collector: Person;
let manager: Person;
let items: Map<string, number>;
const item = (invoice: string) => items.get(invoice) as number;
const replyText = (reply: Awaited<ReturnType<Harness['app']['handle']>>) => JSON.stringify(reply);

// The approval card the manager received for a commitment, with its two buttons.
function card(commitmentId: number): { message: Recorded; approve: string; reject: string } {
  const message = h.port.sent.find(
    (s) => s.op === 'direct' && s.dedupeKey?.startsWith(`approval:c${commitmentId}:p${manager.id}@`),
  );
  const buttons = message?.content?.message.blocks.find((b) => b.type === 'actions');
  if (!message || buttons?.type !== 'actions') throw new Error('no approval card');
  expect(buttons.buttons.map((b) => b.actionId)).toEqual(['approval.approve', 'approval.reject']);
  return { message, approve: buttons.buttons[0]?.value ?? '', reject: buttons.buttons[1]?.value ?? '' };
}

beforeAll(async () => {
  // Tuesday 1 December 2026, 09:00 in Shanghai. 30-day terms: a collector may accept up to 10 days ahead.
  h = await createHarness('2026-12-01T00:30:00Z');
  collector = await collectorWithNoItems(h, 'east');
  const row = await h.t.db
    .selectFrom('people as c')
    .innerJoin('people as m', 'm.id', 'c.manager_id')
    .select(['m.id', 'm.email', 'm.name'])
    .where('c.id', '=', collector.id)
    .executeTakeFirstOrThrow();
  manager = row;
  ({ items } = await addCustomer(h, 'PA-1', '审批承诺有限公司', collector.id, [
    { invoice: 'PA-A', yuan: 3000, due: '2026-11-01' },
    { invoice: 'PA-B', yuan: 2000, due: '2026-11-02' },
    { invoice: 'PA-C', yuan: 1000, due: '2026-11-03' },
  ]));
  await runAt(h, '2026-12-01T01:00:00Z');
});
afterAll(async () => {
  await h.t.close();
});

describe('a promise on an overdue item beyond the extension limit', () => {
  it('within the limit is the collector’s call: saved with no approval', async () => {
    const reply = await h.app.handle(h.as(collector.email, 'east').command('承诺 PA-C 1000 12月11日'));
    expect(replyText(reply)).toContain('承诺 2026-12-11 付 ¥1,000.00');
    expect((await promisesOn(h, item('PA-C')))[0]).toMatchObject({ approval_state: 'not_needed' });
  });

  it('goes to the manager with the approve and reject buttons, and the collector is told it waits', async () => {
    const reply = await h.app.handle(h.as(collector.email, 'east').command('承诺 PA-A 3000 12月20日'));
    expect(replyText(reply)).toContain('超过上限 2026-12-11，等待主管审批');
    const [pending] = await promisesOn(h, item('PA-A'));
    expect(pending).toMatchObject({ status: 'open', approval_state: 'pending', due_on: '2026-12-20' });
    await h.app.outbox.drain();
    const { message } = card(pending?.id as number);
    expect(textOf(message)).toContain('审批承诺有限公司 PA-A');
    expect(textOf(message)).toContain('超过了可自行同意的上限 2026-12-11');
  });

  it('approved by the manager: recorded once, audited and announced', async () => {
    const [pending] = await promisesOn(h, item('PA-A'));
    const { approve } = card(pending?.id as number);
    const byCollector = await h.app.handle(h.as(collector.email, 'east').action('approval.approve', approve));
    expect(replyText(byCollector)).toContain('主管');
    const decided = await h.app.handle(h.as(manager.email, 'east').action('approval.approve', approve));
    expect(replyText(decided)).toContain('已批准 2026-12-20 付款的承诺');
    expect((await promisesOn(h, item('PA-A')))[0]).toMatchObject({
      status: 'open',
      approval_state: 'approved',
      approver_id: manager.id,
    });
    expect(await auditActions(h, 'promise', pending?.id as number)).toEqual([
      'promise.create',
      'promise.approved',
    ]);
    await h.app.outbox.drain();
    expect(
      h.port.sent.some((s) => s.op === 'post' && textOf(s).includes('已批准 2026-12-20 付款的承诺')),
    ).toBe(true);
  });

  it('rejected from the form: the promise is cancelled and the item is back in the chase', async () => {
    const value = `o:${item('PA-B')}:2026-12-01:${collector.id}`;
    const reply = await h.app.handle(
      h.as(collector.email, 'east').submit('item.promise', { amount: '2000', date: '2027-01-15' }, { value }),
    );
    expect(replyText(reply)).toContain('等待主管审批');
    const [pending] = await promisesOn(h, item('PA-B'));
    await h.app.outbox.drain();
    const { reject } = card(pending?.id as number);
    const decided = await h.app.handle(h.as(manager.email, 'east').action('approval.reject', reject));
    expect(replyText(decided)).toContain('恢复催收');
    expect((await promisesOn(h, item('PA-B')))[0]).toMatchObject({
      status: 'cancelled',
      approval_state: 'rejected',
    });
    const { missingAnswers } = await import('../../../src/app/lists/deadline.js');
    const { readTeamSettings } = await import('../../../src/app/team-settings.js');
    const east = await h.t.db
      .selectFrom('teams')
      .selectAll()
      .where('code', '=', 'east')
      .executeTakeFirstOrThrow();
    const ctx = { db: h.t.db, platforms: ['sandbox' as const], now: h.clock.now() };
    // The next day PA-A (approved) and PA-C (within the limit) are answered; PA-B asks again.
    expect((await missingAnswers(ctx, east, readTeamSettings({}), '2026-12-02')).get(collector.id)).toBe(1);
  });
});
