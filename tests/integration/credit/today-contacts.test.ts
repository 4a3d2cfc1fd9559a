import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../helpers/app-harness.js';
import { addCustomer, collectorWithNoItems, runAt, textOf } from '../promises/promise-helpers.js';

// 联系人测试 promised on 11-30 to pay on 12-01: the Today message of 12-01 names whom to call.
let h: Harness;
let collector: { id: number; email: string };

beforeAll(async () => {
  h = await createHarness('2026-11-30T02:00:00Z');
  collector = await collectorWithNoItems(h, 'east');
  const { id, items } = await addCustomer(h, 'TC-1', '联系人测试有限公司', collector.id, [
    { invoice: 'TC-PROM', yuan: 4000, due: '2026-11-15' },
  ]);
  await h.t.db
    .insertInto('customer_contacts')
    .values([
      {
        customer_id: id,
        name: '刘总',
        role: 'decision_maker',
        phone: '139-1620-8833',
        email: null,
        import_id: null,
        created_at: h.clock.now(),
      },
      {
        customer_id: id,
        name: '周敏',
        role: 'finance',
        phone: '0512-62583316',
        email: null,
        import_id: null,
        created_at: h.clock.now(),
      },
    ])
    .execute();
  const value = `o:${items.get('TC-PROM')}:2026-11-30:${collector.id}`;
  const reply = await h.app.handle(
    h.as(collector.email, 'east').submit('item.promise', { amount: '4000', date: '12月1日' }, { value }),
  );
  expect(reply.kind).toBe('form_done');
  await runAt(h, '2026-12-01T01:00:00Z');
});
afterAll(async () => {
  await h.t.close();
});

describe('the Today message and the customer file', () => {
  it('names the finance contact and phone on the line of the item due today', () => {
    const today = h.port.sent.find(
      (s) =>
        s.op === 'direct' && s.dedupeKey?.startsWith('today:') && s.dedupeKey.includes(`:p${collector.id}@`),
    );
    const text = textOf(today);
    expect(text).toContain('TC-PROM');
    expect(text).toContain('周敏（财务联系人） · ☎ 0512-62583316');
  });
});
