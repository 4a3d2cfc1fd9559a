import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../helpers/app-harness.js';
import { docxText } from '../letters/docx-text.js';
import {
  addCustomer,
  auditActions,
  collectorWithNoItems,
  importPayments,
  runAt,
  textOf,
} from '../promises/promise-helpers.js';

let h: Harness;
let collector: { id: number; email: string; name: string };
let items: Map<string, number>;
const item = (invoice: string) => items.get(invoice) as number;
const replyText = (reply: Awaited<ReturnType<Harness['app']['handle']>>) => JSON.stringify(reply);
const say = (text: string) => h.app.handle(h.as(collector.email, 'east').command(text));

const instalmentsOf = (where: { itemId: number } | { customerId: number }) =>
  h.t.db
    .selectFrom('commitments')
    .selectAll()
    .where('kind', '=', 'instalment')
    .where((eb) =>
      'itemId' in where
        ? eb('receivable_id', '=', where.itemId)
        : eb.and([eb('receivable_id', 'is', null), eb('customer_id', '=', where.customerId)]),
    )
    .where('status', '<>', 'cancelled')
    .orderBy('instalment_no')
    .execute();

// A .docx's text with each table row on one line, its cells separated by tabs.
const cells = (base64: string | undefined) =>
  docxText(Buffer.from(base64 ?? '', 'base64')).replace(/\n\t/g, '\t');

const countPlans = async () =>
  Number(
    (
      await h.t.db
        .selectFrom('repayment_plans')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

let wholeCustomerId: number;

beforeAll(async () => {
  // Tuesday 1 December 2026, 09:00 in Shanghai.
  h = await createHarness('2026-12-01T00:30:00Z');
  collector = await collectorWithNoItems(h, 'east');
  ({ items } = await addCustomer(h, 'RP-1', '分期测试有限公司', collector.id, [
    { invoice: 'RP-A', yuan: 3000, due: '2026-11-01' },
  ]));
  const whole = await addCustomer(h, 'RP-2', '整体分期有限公司', collector.id, [
    { invoice: 'RP-X', yuan: 4000, due: '2026-10-20' },
    { invoice: 'RP-Y', yuan: 2000, due: '2026-11-05' },
  ]);
  wholeCustomerId = whole.id;
  for (const [k, v] of whole.items) items.set(k, v);
  await runAt(h, '2026-12-01T01:00:00Z');
});
afterAll(async () => {
  await h.t.close();
});

describe('a repayment plan typed as a command', () => {
  it('records three instalments on the invoice and says what was saved', async () => {
    const reply = await say('还款计划 RP-A 1000 12月3日 1000 12月10日 1000 12月17日 对方财务同意分三期');
    expect(replyText(reply)).toContain('✓ 分期测试有限公司 · RP-A');
    expect(replyText(reply)).toContain('共 3 期，合计 ¥3,000.00');
    expect(replyText(reply)).toContain('第 2 期 2026-12-10 前 ¥1,000.00');
    const rows = await instalmentsOf({ itemId: item('RP-A') });
    expect(rows.map((r) => [r.instalment_no, r.amount, r.due_on, r.status])).toEqual([
      [1, 100_000, '2026-12-03', 'open'],
      [2, 100_000, '2026-12-10', 'open'],
      [3, 100_000, '2026-12-17', 'open'],
    ]);
    expect(new Set(rows.map((r) => r.plan_id)).size).toBe(1);
    expect(await auditActions(h, 'repayment_plan', rows[0]?.plan_id as number)).toEqual([
      'repayment_plan.create',
    ]);
  });

  it('attaches the repayment agreement as a .docx that opens, naming both parties and every instalment', async () => {
    await h.app.outbox.drain();
    const upload = h.port.sent.find((s) => s.op === 'file' && s.file?.name.startsWith('还款协议-分期测试'));
    expect(upload?.file?.name).toBe('还款协议-分期测试有限公司-2026-12-01.docx');
    const text = cells(upload?.file?.contentBase64);
    expect(text).toContain('还款协议');
    expect(text).toContain('乙方（债务人）：分期测试有限公司');
    expect(text).toContain('涉及发票：RP-A');
    expect(text).toContain('2\t2026-12-10\t¥1,000.00');
    expect(text).toContain('合计\t\t¥3,000.00');
    expect(text).toContain('逾期利息');
    expect(text).toContain('乙方（盖章）');
  });

  it('takes a customer code as a plan on the whole customer, without asking which invoice', async () => {
    const reply = await say('分期 RP-2 3000 12月8日 3000 12月22日');
    expect(replyText(reply)).toContain('✓ 整体分期有限公司 (RP-2)');
    const rows = await instalmentsOf({ customerId: wholeCustomerId });
    expect(rows.map((r) => [r.instalment_no, r.amount, r.due_on])).toEqual([
      [1, 300_000, '2026-12-08'],
      [2, 300_000, '2026-12-22'],
    ]);
    await h.app.outbox.drain();
    const upload = h.port.sent.find((s) => s.op === 'file' && s.file?.name.startsWith('还款协议-整体分期'));
    const text = cells(upload?.file?.contentBase64);
    expect(text).toContain('涉及发票：RP-X、RP-Y');
    expect(text).toContain('尚欠甲方货款¥6,000.00');
  });

  it('refuses a total above the outstanding, a 13th instalment, falling dates and a passed month-day, saving nothing', async () => {
    const before = await countPlans();
    expect(replyText(await say('还款计划 RP-A 2000 12月3日 2000 12月10日'))).toContain(
      '各期合计 ¥4,000.00，超过欠款 ¥3,000.00，未保存',
    );
    const thirteen = Array.from({ length: 13 }, (_, i) => `100 2027-01-${String(i + 1).padStart(2, '0')}`);
    expect(replyText(await say(`还款计划 RP-A ${thirteen.join(' ')}`))).toContain('还款计划最多 12 期');
    expect(replyText(await say('还款计划 RP-A 1000 12月10日 1000 12月3日'))).toContain(
      '每一期的日期须晚于上一期',
    );
    expect(replyText(await say('repay RP-A 1000 11/20'))).toContain('2027-11-20');
    expect(await countPlans()).toBe(before);
  });
});

describe('each instalment through its life, driven by the payments import and the clock', () => {
  it('keeps the first instalment as soon as the money is imported', async () => {
    h.clock.set('2026-12-02T03:00:00Z');
    await importPayments(h, [
      { id: 'RP-PAY-1', customer: 'RP-1', invoice: 'RP-A', yuan: 1000, on: '2026-12-02' },
    ]);
    const [first, second] = await instalmentsOf({ itemId: item('RP-A') });
    expect(first).toMatchObject({ status: 'kept', received: 100_000 });
    expect(second).toMatchObject({ status: 'open' });
  });

  it('counts the item under its plan while the next instalment is not yet due, and shows it on its line', async () => {
    await runAt(h, '2026-12-07T01:00:00Z');
    const posted = h.port.sent.filter((s) => s.op === 'post' && s.dedupeKey?.includes(':2026-12-07:'));
    expect(posted.map(textOf).join('\n')).toContain('3 笔还款计划');
    const see = posted
      .flatMap((p) => p.content?.message.blocks ?? [])
      .flatMap((b) => (b.type === 'actions' ? b.buttons : []))
      .find((b) => b.actionId === 'list.covered');
    const listed = await h.app.handle(h.as(collector.email, 'east').action('list.covered', see?.value ?? ''));
    expect(replyText(listed)).toContain('还款计划：下一期 2026-12-10 还 ¥1,000.00');
  });

  it('breaks and announces the second instalment when nothing arrived by its date', async () => {
    await runAt(h, '2026-12-14T01:00:00Z');
    const [, second, third] = await instalmentsOf({ itemId: item('RP-A') });
    expect(second).toMatchObject({ status: 'broken', received: 0 });
    expect(third).toMatchObject({ status: 'open' });
    const notice = h.port.sent.filter((s) => s.dedupeKey?.startsWith(`commitment-broken:${second?.id}@`));
    expect(notice).toHaveLength(1);
    expect(textOf(notice[0])).toContain('第 2 期分期违约');
    expect(textOf(notice[0])).toContain('RP-A');
  });

  it('settles the third instalment as partly kept, announcing what is still outstanding', async () => {
    await importPayments(h, [
      { id: 'RP-PAY-2', customer: 'RP-1', invoice: 'RP-A', yuan: 1600, on: '2026-12-15' },
    ]);
    expect((await instalmentsOf({ itemId: item('RP-A') }))[2]).toMatchObject({ status: 'open' });
    await runAt(h, '2026-12-21T01:00:00Z');
    const [, , third] = await instalmentsOf({ itemId: item('RP-A') });
    expect(third).toMatchObject({ status: 'partially_kept', received: 60_000 });
    const notices = h.port.sent.filter((s) => textOf(s).includes('第 3 期部分还款'));
    expect(notices).toHaveLength(1);
    expect(textOf(notices[0])).toContain('仍欠 ¥400.00');
  });

  it('shows each instalment’s standing in `ar`', async () => {
    const story = replyText(await say('查询 RP-A'));
    expect(story).toContain('还款计划：');
    expect(story).toContain('第 1 期 2026-12-03 前 ¥1,000.00 ✓');
    expect(story).toContain('第 2 期 2026-12-10 前 ¥1,000.00 ✗');
    expect(story).toContain('第 3 期 2026-12-17 前 ¥1,000.00 ◑');
  });

  it('replaces an earlier plan when a new one is made on the same item', async () => {
    await say('还款计划 RP-Y 1000 12月28日 1000 2027-01-04');
    await say('还款计划 RP-Y 2000 2027-01-11');
    const rows = await h.t.db
      .selectFrom('commitments')
      .selectAll()
      .where('receivable_id', '=', item('RP-Y'))
      .where('kind', '=', 'instalment')
      .orderBy('id')
      .execute();
    expect(rows.map((r) => r.status)).toEqual(['cancelled', 'cancelled', 'open']);
    expect(rows[0]?.superseded_by).toBe(rows[2]?.id);
  });
});
