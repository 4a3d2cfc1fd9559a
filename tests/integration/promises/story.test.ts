import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/chat/reply.js';
import { createHarness, type Harness } from '../../helpers/app-harness.js';
import { addCustomer, importPayments, runAt, textOf } from './promise-helpers.js';

// The whole story of DESIGN §3 as a collector and their manager live it, once per language:
// a promise by command kept by an imported payment, then three promises broken in a row,
// each announced; the third escalates the customer to the manager; `ar` tells the story.

// Each language gets its own company and calendar: the story moves the clock through two weeks.
let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.t.close();
});

const said = (reply: Reply) => (reply.kind === 'private' ? reply.message.text : JSON.stringify(reply));

const STORIES = [
  {
    language: 'zh-CN',
    team: 'east',
    code: 'STORY-ZH',
    name: '故事测试机电有限公司',
    currency: 'CNY',
    promise: (invoice: string, amount: string, date: string) => `承诺 ${invoice} ${amount} ${date}`,
    lookup: (code: string) => `查询 ${code}`,
    kept: '已兑现',
    broken: '已违约',
    escalated: '升级',
  },
  {
    language: 'en',
    team: 'intl',
    code: 'STORY-EN',
    name: 'Story Test Components Ltd',
    currency: 'USD',
    promise: (invoice: string, amount: string, date: string) => `promise ${invoice} ${amount} ${date}`,
    lookup: (code: string) => `ar ${code}`,
    kept: 'kept',
    broken: 'broken',
    escalated: 'escalat',
  },
] as const;

describe.each(STORIES)('a customer’s promise story ($language)', (story) => {
  it('runs from a kept promise through three broken ones to escalation, and `ar` shows it all', async () => {
    const collector = await h.person('collector', story.team);
    const manager = await h.person('manager', story.team);
    const invoice = `${story.code}-1`;
    await addCustomer(
      h,
      story.code,
      story.name,
      collector.id,
      [{ invoice, yuan: 100_000, due: '2026-11-02' }],
      'active',
      story.team,
      story.currency,
    );
    await runAt(h, '2026-11-23T01:00:00Z'); // Monday morning: the lists go out
    const me = h.as(collector.email, story.team);

    // 1. A promise by command, kept when the bank payment is imported.
    expect(said(await h.app.handle(me.command(story.promise(invoice, '10000', '2026-11-24'))))).toContain(
      '✓',
    );
    await importPayments(h, [
      { id: `${story.code}-PAY`, customer: story.code, invoice, yuan: 10_000, on: '2026-11-23' },
    ]);
    const promisesOf = () =>
      h.t.db
        .selectFrom('commitments')
        .innerJoin('receivables', 'receivables.id', 'commitments.receivable_id')
        .select('commitments.status')
        .where('receivables.invoice_no', '=', invoice)
        .orderBy('commitments.id')
        .execute();
    expect((await promisesOf()).map((p) => p.status)).toEqual(['kept']);

    // 2–4. Three promises in a row, each made on a later day and broken once its date and grace day
    // have passed (settled by the next working morning's run); each is announced mentioning the collector.
    const rounds = [
      { made: '2026-11-24T02:00:00Z', date: '2026-11-25', morning: '2026-11-27T01:00:00Z' },
      { made: '2026-11-27T02:00:00Z', date: '2026-11-30', morning: '2026-12-02T01:00:00Z' },
      { made: '2026-12-02T02:00:00Z', date: '2026-12-03', morning: '2026-12-07T01:00:00Z' },
    ];
    for (const round of rounds) {
      h.clock.set(round.made);
      expect(said(await h.app.handle(me.command(story.promise(invoice, '1000', round.date))))).toContain('✓');
      const before = h.port.sent.length;
      await runAt(h, round.morning);
      const announcement = h.port.sent
        .slice(before)
        .find((s) => s.op === 'post' && textOf(s).includes(invoice) && textOf(s).includes(round.date));
      expect(Object.keys(announcement?.content?.mentions ?? {})).toContain(String(collector.id));
    }
    expect((await promisesOf()).map((p) => p.status)).toEqual(['kept', 'broken', 'broken', 'broken']);

    // The third broken promise in a row escalates the customer; the manager hears it once, privately.
    const customer = await h.t.db
      .selectFrom('customers')
      .select(['escalation_step', 'escalated_at'])
      .where('external_id', '=', story.code)
      .executeTakeFirstOrThrow();
    expect(customer.escalated_at).not.toBeNull();
    const toManager = h.port.sent.filter(
      (s) =>
        s.op === 'direct' &&
        s.userId === manager.email &&
        !s.dedupeKey?.startsWith('credit-review:') &&
        textOf(s).includes(story.name),
    );
    expect(toManager).toHaveLength(1);

    // `ar` tells the story: the promises with their outcomes and the escalated next step.
    const ar = said(await h.app.handle(me.command(story.lookup(story.code))));
    expect(ar).toContain(story.name);
    expect(ar).toContain(story.kept);
    expect(ar).toContain(story.broken);
    expect(ar.toLowerCase()).toMatch(/25 ?%/);
  });
});
