import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/chat/reply.js';
import type { Recorded } from '../../fakes/recording-chat-port.js';
import { createHarness, type Harness } from '../../helpers/app-harness.js';
import { auditActions, importPayments } from '../promises/promise-helpers.js';
import { addCustomer } from './credit-helpers.js';

// Four customers of 华东 pay late: INV-x1 ¥100,000 due 08-01 was paid on 10-10, 70 days late, above
// the team's 30 days. The first morning (11-23) records the standing; the imported receipts make
// the next morning (11-24) open a review for each, and each is decided with a different button.
let h: Harness;
let manager: { id: number; email: string; name: string };
let collector: { id: number; email: string; name: string };
const ids = new Map<string, number>();
const said = (reply: Reply) =>
  reply.kind === 'private' || reply.kind === 'form_done'
    ? (reply.message?.text ?? '')
    : JSON.stringify(reply);
const cardOf = (code: string): Recorded | undefined =>
  h.port.sent.find(
    (s) =>
      s.op === 'direct' &&
      s.dedupeKey?.startsWith('credit-review:') &&
      s.content?.message.text.includes(`（${code}）`),
  );
const buttonsOf = (card: Recorded | undefined) =>
  card?.content?.message.blocks.flatMap((b) => (b.type === 'actions' ? b.buttons : [])) ?? [];
const fieldsOf = (card: Recorded | undefined) =>
  card?.content?.message.blocks.flatMap((b) => (b.type === 'fields' ? b.fields : [])) ?? [];
const customer = (code: string) =>
  h.t.db
    .selectFrom('customers')
    .select(['rating', 'credit_limit', 'status', 'hold_set_by'])
    .where('external_id', '=', code)
    .executeTakeFirstOrThrow();
const reviewsOf = (code: string) =>
  h.t.db
    .selectFrom('credit_reviews')
    .select(['decision', 'decided_by', 'triggers'])
    .where('customer_id', '=', ids.get(code) as number)
    .execute();
const morning = async (instant: string) => {
  h.clock.set(instant);
  await h.app.scheduler.tick();
  await h.app.outbox.drain();
};

beforeAll(async () => {
  h = await createHarness('2026-11-23T01:00:00Z');
  await h.app.scheduler.tick();
  collector = await h.person('collector', 'east', 0);
  const boss = await h.t.db
    .selectFrom('people as c')
    .innerJoin('people as m', 'm.id', 'c.manager_id')
    .select(['m.id', 'm.email', 'm.name'])
    .where('c.id', '=', collector.id)
    .executeTakeFirstOrThrow();
  manager = boss;
  for (const [n, name] of ['慢付一号', '慢付二号', '慢付三号', '慢付四号'].entries()) {
    const code = `R-00${n + 1}`;
    const added = await addCustomer(h, 'east', {
      externalId: code,
      name,
      limit: 20_000_000,
      collectorId: collector.id,
      items: [
        { invoiceNo: `INV-R${n + 1}1`, amount: 10_000_000, dueOn: '2026-08-01' },
        { invoiceNo: `INV-R${n + 1}2`, amount: 5_000_000, dueOn: '2026-12-15' },
      ],
    });
    ids.set(code, added.id);
  }
  await importPayments(
    h,
    [...ids.keys()].map((code, n) => ({
      id: `RC-${n + 1}`,
      customer: code,
      invoice: `INV-R${n + 1}1`,
      yuan: 100_000,
      on: '2026-10-10',
    })),
  );
  await morning('2026-11-24T01:00:00Z');
});
afterAll(async () => {
  await h.t.close();
});

describe('a credit review raised by behaviour', () => {
  it('sends the manager a card with exposure, aging, days late, promises, disputes and four buttons', async () => {
    const card = cardOf('R-001');
    expect(card?.userId).toBe(manager.email);
    expect(card?.content?.message.text).toBe(
      '**信用评估**：慢付一号（R-001），信用等级 B——平均逾期天数超过团队标准。',
    );
    expect(fieldsOf(card)).toEqual([
      { label: '占用额度', value: '占用额度 ¥50,000.00 / 额度 ¥200,000.00' },
      { label: '账龄', value: '未到期 ¥50,000.00 · 1–30天 ¥0.00 · 31–90天 ¥0.00 · 90天以上 ¥0.00' },
      { label: '平均逾期天数（近12个月）', value: '70 天' },
      { label: '承诺兑现（近12个月）', value: '暂无到期承诺' },
      { label: '未解决争议', value: '0' },
    ]);
    expect(buttonsOf(card).map((b) => [b.actionId, b.label])).toEqual([
      ['review.keep', '维持不变'],
      ['review.rating', '调整等级…'],
      ['review.limit', '调整额度…'],
      ['review.hold', '停止供货'],
    ]);
    expect(await reviewsOf('R-001')).toEqual([{ decision: null, decided_by: null, triggers: ['days_late'] }]);
    expect(await auditActions(h, 'customer', ids.get('R-001') as number)).toContain('credit_review.open');
  });

  it('shows the waiting review in ar', async () => {
    const text = said(await h.app.handle(h.as(manager.email, 'east').command('ar R-001')));
    expect(text).toContain('🔎 信用评估待决定（自 2026-11-24）：平均逾期天数超过团队标准');
  });

  it('refuses a collector, and changes the rating through the form, checking the field', async () => {
    const value = buttonsOf(cardOf('R-001'))[1]?.value ?? '';
    const refused = await h.app.handle(h.as(collector.email, 'east').action('review.rating', value));
    expect(said(refused)).toBe('只有该团队的主管或财务可以决定信用评估。');
    const opened = await h.app.handle(h.as(manager.email, 'east').action('review.rating', value));
    if (opened.kind !== 'form') throw new Error(`no form: ${JSON.stringify(opened)}`);
    expect(opened.form.intro).toBe('慢付一号（R-001）：信用等级 B，额度 ¥200,000.00。');
    const me = h.as(manager.email, 'east');
    const same = await h.app.handle(me.submit('review.rating', { rating: 'B' }, opened.form.metadata));
    expect(same.kind === 'form_errors' && same.form.errors?.rating).toBe(
      '信用等级已是 B：请选择其他等级，或点"维持不变"。',
    );
    expect((await customer('R-001')).rating).toBe('B');
    const done = await h.app.handle(me.submit('review.rating', { rating: 'C' }, opened.form.metadata));
    expect(said(done)).toBe('已保存：慢付一号 的信用等级由 B 调整为 C。');
    expect((await customer('R-001')).rating).toBe('C');
    expect(await reviewsOf('R-001')).toEqual([
      { decision: 'rating', decided_by: manager.id, triggers: ['days_late'] },
    ]);
    expect(await auditActions(h, 'customer', ids.get('R-001') as number)).toContain('credit_review.rating');
    const again = await h.app.handle(me.action('review.keep', value));
    expect(said(again)).toBe(`慢付一号 的信用评估已由${manager.name}决定。`);
    await h.app.outbox.drain();
    const edited = h.port.sent.filter(
      (s) => s.op === 'update' && s.content?.message.text.includes('慢付一号（R-001）'),
    );
    expect(edited.map((e) => e.content?.message.text)).toEqual([
      `**信用评估**：慢付一号（R-001）——已由 ${manager.name} 决定：信用等级 B → C。`,
    ]);
    expect(edited[0]?.content?.message.blocks.some((b) => b.type === 'actions')).toBe(false);
  });

  it('keeps the decision in the credit history that ar shows', async () => {
    const text = said(await h.app.handle(h.as(manager.email, 'east').command('ar R-001')));
    expect(text).toContain('信用评估结论：信用等级 B → C');
    expect(text).toContain('发起信用评估：平均逾期天数超过团队标准');
    expect(text).not.toContain('🔎');
  });

  it('keeps the terms with one click', async () => {
    const value = buttonsOf(cardOf('R-002'))[0]?.value ?? '';
    const reply = await h.app.handle(h.as(manager.email, 'east').action('review.keep', value));
    expect(said(reply)).toBe('已保存：慢付二号 的信用等级和额度维持不变。');
    expect(await customer('R-002')).toMatchObject({
      rating: 'B',
      credit_limit: 20_000_000,
      status: 'active',
    });
    expect((await reviewsOf('R-002'))[0]?.decision).toBe('keep');
  });

  it('changes the limit through the form, refusing an amount it cannot read', async () => {
    const value = buttonsOf(cardOf('R-003'))[2]?.value ?? '';
    const me = h.as(manager.email, 'east');
    const opened = await h.app.handle(me.action('review.limit', value));
    if (opened.kind !== 'form') throw new Error('no form');
    const bad = await h.app.handle(me.submit('review.limit', { limit: '5万x' }, opened.form.metadata));
    expect(bad.kind === 'form_errors' && bad.form.errors?.limit).toContain('5万x');
    expect((await customer('R-003')).credit_limit).toBe(20_000_000);
    const done = await h.app.handle(me.submit('review.limit', { limit: '50万' }, opened.form.metadata));
    expect(said(done)).toBe('已保存：慢付三号 的信用额度由 ¥200,000.00 调整为 ¥500,000.00。');
    expect((await customer('R-003')).credit_limit).toBe(50_000_000);
  });

  it('puts the customer on hold, and the report chat is told once with who set it', async () => {
    const value = buttonsOf(cardOf('R-004'))[3]?.value ?? '';
    const reply = await h.app.handle(h.as(manager.email, 'east').action('review.hold', value));
    expect(said(reply)).toBe('已保存：慢付四号 已停止供货，并已通知团队报表群。');
    expect(await customer('R-004')).toMatchObject({ status: 'credit_hold', hold_set_by: manager.id });
    await h.app.outbox.drain();
    const notices = h.port.sent.filter((s) => s.dedupeKey?.startsWith(`credit-hold:${ids.get('R-004')}:`));
    expect(notices.map((n) => n.chatId)).toEqual(['reports']);
    expect(notices[0]?.content?.message.text).toContain(
      `慢付四号（R-004）停止供货：${manager.name}于 11-24 设置`,
    );
  });

  it('does not ask again the next morning for the same behaviour', async () => {
    await morning('2026-11-25T01:00:00Z');
    for (const code of ids.keys()) expect(await reviewsOf(code)).toHaveLength(1);
  });
});

describe('credit reviews in the demo', () => {
  it('come up in the first week for a few customers, not for most', async () => {
    const rows = await h.t.db
      .selectFrom('credit_reviews as v')
      .innerJoin('customers as c', 'c.id', 'v.customer_id')
      .select('c.external_id')
      .where('c.external_id', 'not like', 'R-%')
      .execute();
    const customers = await h.t.db.selectFrom('customers').select('id').execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length * 5).toBeLessThan(customers.length);
  });

  it('speaks English to an English-speaking team', () => {
    const card = h.port.sent.find(
      (s) =>
        s.dedupeKey?.startsWith('credit-review:') && s.content?.message.text.startsWith('**Credit review**'),
    );
    expect(card?.content?.message.text).toMatch(
      /^\*\*Credit review\*\* \(信用评估\): .+ \(C\d+\), rating [A-D] — /,
    );
    expect(buttonsOf(card).map((b) => b.label)).toEqual([
      'Keep terms',
      'Change rating…',
      'Change limit…',
      'Put on hold',
    ]);
  });
});
