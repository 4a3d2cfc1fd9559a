import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Recorded } from '../../fakes/recording-chat-port.js';
import { createHarness, type Harness } from '../../helpers/app-harness.js';
import { importPayments } from '../promises/promise-helpers.js';
import { addCustomer } from './credit-helpers.js';

// The first morning (Monday 23 November 2026) records every customer's standing silently; the
// customers added after it are the ones whose changes are announced.
let h: Harness;
const textOf = (r: Recorded) => r.content?.message.text ?? '';
const morning = async (instant: string) => {
  h.clock.set(instant);
  await h.app.scheduler.tick();
  await h.app.outbox.drain();
};
const holdPosts = (customerId: number) =>
  h.port.sent.filter((s) => s.dedupeKey?.startsWith(`credit-hold:${customerId}:`));
const riskNotes = (customerId: number) =>
  h.port.sent.filter((s) => s.dedupeKey?.startsWith(`credit-risk:${customerId}:`));

let overLimit: { id: number };
let aging: { id: number };
beforeAll(async () => {
  h = await createHarness('2026-11-23T01:00:00Z');
  await h.app.scheduler.tick();
  await h.app.outbox.drain();
  const collector = await h.person('collector', 'east', 0);
  overLimit = await addCustomer(h, 'east', {
    externalId: 'N-001',
    name: '新超限客户',
    limit: 10_000_000,
    collectorId: collector.id,
    items: [{ invoiceNo: 'INV-N1', amount: 13_000_000, dueOn: '2026-12-20' }],
  });
  aging = await addCustomer(h, 'east', {
    externalId: 'N-002',
    name: '老欠客户',
    limit: 0,
    collectorId: collector.id,
    items: [{ invoiceNo: 'INV-N2', amount: 5_000_000, dueOn: '2026-08-25' }],
  });
});
afterAll(async () => {
  await h.t.close();
});

describe('holds announced once', () => {
  it('records the first morning silently', () => {
    expect(h.port.sent.filter((s) => s.dedupeKey?.startsWith('credit-hold:'))).toEqual([]);
  });

  it('tells the report chat once when a customer goes on hold, with the reason', async () => {
    await morning('2026-11-24T01:00:00Z');
    const posts = holdPosts(overLimit.id);
    expect(posts.map((p) => p.chatId)).toEqual(['reports']);
    expect(textOf(posts[0] as Recorded)).toContain('⛔ 新超限客户（N-001）停止供货：超出额度 ¥30,000.00');
    // Another run the same day and the next morning change nothing: the hold is told once.
    await h.app.scheduler.tick();
    await morning('2026-11-25T01:00:00Z');
    expect(holdPosts(overLimit.id)).toHaveLength(1);
  });

  it('tells it once when the customer comes off hold, and keeps both in the credit history', async () => {
    await importPayments(h, [
      { id: 'R-N1', customer: 'N-001', invoice: 'INV-N1', yuan: 50_000, on: '2026-11-25' },
    ]);
    await morning('2026-11-26T01:00:00Z');
    await morning('2026-11-27T01:00:00Z');
    const posts = holdPosts(overLimit.id);
    expect(posts).toHaveLength(2);
    expect(textOf(posts[1] as Recorded)).toContain('✅ 新超限客户（N-001）解除停止供货');
    const history = await h.t.db
      .selectFrom('credit_history')
      .select('kind')
      .where('customer_id', '=', overLimit.id)
      .orderBy('id')
      .execute();
    expect(history.map((e) => e.kind)).toEqual(['hold_on', 'hold_off']);
  });

  it('announces a hold set by hand at once, naming who set it', async () => {
    const admin = await h.person('admin');
    await h.app.handle(h.as(admin.email, 'east').command('customer N-001 hold'));
    await h.app.outbox.drain();
    const posts = holdPosts(overLimit.id);
    expect(posts).toHaveLength(3);
    expect(textOf(posts[2] as Recorded)).toContain(`${admin.name}于 11-27 设置`);
  });
});

describe('risk classes crossed once', () => {
  it('tells the manager when the oldest item crosses into 准呆账, once, and again at 呆账', async () => {
    const manager = await h.person('manager', 'east');
    const notes = riskNotes(aging.id);
    expect(notes).toHaveLength(1);
    expect(notes[0]?.userId).toBe(manager.email);
    expect(textOf(notes[0] as Recorded)).toContain(
      '老欠客户（N-002）已转入准呆账：最早一笔 INV-N2 逾期 91 天',
    );
    await morning('2026-11-30T01:00:00Z');
    expect(riskNotes(aging.id)).toHaveLength(1);
    // 2026-08-25 + 181 days = 2027-02-22.
    await morning('2027-02-22T01:00:00Z');
    const later = riskNotes(aging.id);
    expect(later).toHaveLength(2);
    expect(textOf(later[1] as Recorded)).toContain('已转入呆账');
  });
});
