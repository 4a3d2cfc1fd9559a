import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/chat/reply.js';
import { createHarness, type Harness } from '../../helpers/app-harness.js';
import { importPayments } from '../promises/promise-helpers.js';
import { addCustomer } from './credit-helpers.js';

// 档案客户: INV-F1 ¥1,000 due 10-01 paid 10-11 (10 days late), INV-F2 ¥3,000 due 10-10 paid 10-30
// (20 days late) → (1,000×10 + 3,000×20) / 4,000 = 17.5, shown as 18 days late on average.
let h: Harness;
let customer: { id: number };
const said = (reply: Reply) => (reply.kind === 'private' ? reply.message.text : JSON.stringify(reply));

beforeAll(async () => {
  h = await createHarness('2026-11-23T01:00:00Z');
  await h.app.scheduler.tick();
  const collector = await h.person('collector', 'east', 0);
  customer = await addCustomer(h, 'east', {
    externalId: 'F-001',
    name: '档案客户',
    limit: 100_000,
    collectorId: collector.id,
    items: [
      { invoiceNo: 'INV-F1', amount: 100_000, dueOn: '2026-10-01' },
      { invoiceNo: 'INV-F2', amount: 300_000, dueOn: '2026-10-10' },
      { invoiceNo: 'INV-F3', amount: 500_000, dueOn: '2026-11-20' },
    ],
  });
  await h.t.db
    .insertInto('customer_contacts')
    .values([
      {
        customer_id: customer.id,
        name: '刘总',
        role: 'decision_maker',
        phone: '139-1620-8833',
        email: null,
        import_id: null,
        created_at: h.clock.now(),
      },
      {
        customer_id: customer.id,
        name: '周敏',
        role: 'finance',
        phone: '0512-62583316',
        email: 'zhou@f.cn',
        import_id: null,
        created_at: h.clock.now(),
      },
    ])
    .execute();
  await importPayments(h, [
    { id: 'R-F1', customer: 'F-001', invoice: 'INV-F1', yuan: 1_000, on: '2026-10-11' },
    { id: 'R-F2', customer: 'F-001', invoice: 'INV-F2', yuan: 3_000, on: '2026-10-30' },
  ]);
  // The next morning finds the customer over its limit: its credit history gains the hold.
  h.clock.set('2026-11-24T01:00:00Z');
  await h.app.scheduler.tick();
});
afterAll(async () => {
  await h.t.close();
});

describe('the customer file in ar', () => {
  it('shows every contact with role and phone', async () => {
    const admin = await h.person('admin');
    const text = said(await h.app.handle(h.as(admin.email, 'east').command('ar F-001')));
    expect(text).toContain('**联系人**：');
    expect(text).toContain('刘总（决策人） · ☎ 139-1620-8833');
    expect(text).toContain('周敏（财务联系人） · ☎ 0512-62583316 · zhou@f.cn');
  });

  it('shows the last receipts and the average days late over twelve months', async () => {
    const admin = await h.person('admin');
    const text = said(await h.app.handle(h.as(admin.email, 'east').command('ar F-001')));
    expect(text).toContain('**回款记录**：近 12 个月平均晚付 18 天');
    expect(text).toContain('2026-10-30 到账 ¥3,000.00');
    expect(text).toContain('2026-10-11 到账 ¥1,000.00');
  });

  it('shows the credit history', async () => {
    const admin = await h.person('admin');
    const text = said(await h.app.handle(h.as(admin.email, 'east').command('ar F-001')));
    expect(text).toContain('**信用记录**：');
    expect(text).toContain('2026-11-24 停止供货：超出额度 ¥4,000.00');
  });

  it('flags terms and a limit beyond what the rating policy allows', async () => {
    const team = await h.t.db
      .selectFrom('teams')
      .select('id')
      .where('code', '=', 'east')
      .executeTakeFirstOrThrow();
    await h.t.db
      .insertInto('rating_policies')
      .values({
        team_id: team.id,
        rating: 'B',
        max_terms_days: 20,
        default_limit: 50_000,
        limit_currency: 'CNY',
        extension_allowed: true,
        review_months: 6,
        import_id: null,
      })
      .execute();
    const admin = await h.person('admin');
    const text = said(await h.app.handle(h.as(admin.email, 'east').command('ar F-001')));
    expect(text).toContain('⚠ 账期 30 天超过 B 级允许的 20 天');
    expect(text).toContain('⚠ 额度 ¥1,000.00 超过 B 级允许的 ¥500.00');
  });

  it('reads in English for an English team', async () => {
    const collector = await h.person('collector', 'intl', 0);
    const intl = await addCustomer(h, 'intl', {
      externalId: 'F-EN',
      name: 'File Customer Ltd',
      limit: 0,
      currency: 'USD',
      collectorId: collector.id,
      items: [{ invoiceNo: 'INV-FE', amount: 100_000, dueOn: '2026-11-01' }],
    });
    await h.t.db
      .insertInto('customer_contacts')
      .values({
        customer_id: intl.id,
        name: 'Mary Tan',
        role: 'finance',
        phone: '+65 6123 4567',
        email: null,
        import_id: null,
        created_at: h.clock.now(),
      })
      .execute();
    const admin = await h.person('admin');
    const text = said(await h.app.handle(h.as(admin.email, 'intl').command('ar F-EN')));
    expect(text).toContain('Mary Tan (finance contact) · ☎ +65 6123 4567');
    expect(text).toContain('**Payment history**: nothing received in the last 12 months');
    expect(text).toContain('exposure $1,000.00, no limit set');
  });
});
