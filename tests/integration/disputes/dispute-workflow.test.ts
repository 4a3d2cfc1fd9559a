import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../helpers/app-harness.js';
import { addCustomer, collectorWithNoItems, runAt, textOf } from '../promises/promise-helpers.js';

type Person = { id: number; email: string; name: string };
let h: Harness;
let collector: Person;
let colleague: Person;
let manager: Person;
let finance: Person;
let items: Map<string, number>;
const item = (invoice: string) => items.get(invoice) as number;
const replyText = (reply: Awaited<ReturnType<Harness['app']['handle']>>) => JSON.stringify(reply);
const say = (who: Person, text: string) => h.app.handle(h.as(who.email, 'east').command(text));
const handle = (p: Person) => `@${p.email.split('@')[0]}`;

const disputeOn = (invoice: string) =>
  h.t.db
    .selectFrom('disputes')
    .selectAll()
    .where('receivable_id', '=', item(invoice))
    .orderBy('id', 'desc')
    .executeTakeFirst();
const receivable = (invoice: string) =>
  h.t.db.selectFrom('receivables').selectAll().where('id', '=', item(invoice)).executeTakeFirstOrThrow();
const auditOf = async (id: number) =>
  (
    await h.t.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'dispute')
      .where('entity_id', '=', String(id))
      .orderBy('id')
      .execute()
  ).map((r) => r.action);

beforeAll(async () => {
  // Tuesday 1 December 2026, 09:00 in Shanghai.
  h = await createHarness('2026-12-01T00:30:00Z');
  collector = await collectorWithNoItems(h, 'east');
  colleague = await h.person('collector', 'east', 0);
  manager = await h.person('manager', 'east');
  finance = await h.person('admin');
  ({ items } = await addCustomer(h, 'DS-1', '争议流程有限公司', collector.id, [
    { invoice: 'DS-A', yuan: 3000, due: '2026-11-01' },
    { invoice: 'DS-B', yuan: 2000, due: '2026-11-02' },
    { invoice: 'DS-C', yuan: 1000, due: '2026-11-03' },
    { invoice: 'DS-D', yuan: 1200, due: '2026-11-04' },
  ]));
  await runAt(h, '2026-12-01T01:00:00Z');
});
afterAll(async () => {
  await h.t.close();
});

describe('a dispute opened by its collector', () => {
  it('is owned by the collector and brings in the colleague @mentioned, in the item thread', async () => {
    const reply = await say(collector, `争议 DS-A 两托货物破损，请售后确认 ${handle(colleague)}`);
    expect(replyText(reply)).toContain('已在该笔款项的话题中请 1 位同事协助');
    const dispute = await disputeOn('DS-A');
    expect(dispute).toMatchObject({ state: 'open', owner_id: collector.id, helper_ids: [colleague.id] });
    expect((await receivable('DS-A')).disputed).toBe(true);
    await h.app.outbox.drain();
    const posts = h.port.sent.filter(
      (s) => s.op === 'post' && textOf(s).includes('⚑ 争议：争议流程有限公司 DS-A'),
    );
    expect(posts).toHaveLength(1);
    expect(textOf(posts[0])).toContain('两托货物破损');
    expect(Object.keys(posts[0]?.content?.mentions ?? {}).sort()).toEqual(
      [String(collector.id), String(colleague.id)].sort(),
    );
    expect(posts[0]?.threadId).toBeTruthy();
    expect(await auditOf(dispute?.id as number)).toEqual(['dispute.open']);
  });

  it('refuses a colleague who is not on the roster, saving nothing', async () => {
    const reply = await say(collector, '争议 DS-B 数量不符 @nobody.here');
    expect(replyText(reply)).toContain('@nobody.here');
    expect(await disputeOn('DS-B')).toBeUndefined();
    expect((await receivable('DS-B')).disputed).toBe(false);
  });

  it('cannot be settled by the collector', async () => {
    const reply = await say(collector, '解决争议 DS-A 付款');
    expect(replyText(reply)).toContain('只有本团队主管或财务可以处理争议');
    expect(await disputeOn('DS-A')).toMatchObject({ state: 'open' });
  });
});

describe('a dispute settled by a manager or finance', () => {
  it('"the customer will pay" puts the item back in the chase, audited and announced to its owner', async () => {
    const reply = await say(manager, '解决争议 DS-A 付款 客户已确认质量无问题');
    expect(replyText(reply)).toContain('客户同意付款，恢复催收');
    const dispute = await disputeOn('DS-A');
    expect(dispute).toMatchObject({ state: 'will_pay', resolved_by: manager.id });
    const row = await receivable('DS-A');
    expect(row).toMatchObject({ disputed: false, outstanding: 300_000, status: 'open' });
    expect(await auditOf(dispute?.id as number)).toEqual(['dispute.open', 'dispute.will_pay']);
    await h.app.outbox.drain();
    const notice = h.port.sent.find((s) => s.dedupeKey?.startsWith(`dispute-settled:${dispute?.id}@`));
    expect(textOf(notice)).toContain('客户同意付款，恢复催收');
    expect(Object.keys(notice?.content?.mentions ?? {})).toContain(String(collector.id));
  });

  it('a credit note lowers the outstanding by its amount, with its reference, audited', async () => {
    await say(collector, '争议 DS-B 单价与合同不符');
    expect(replyText(await say(finance, 'resolve DS-B credit 2500 CN-2026-118'))).toContain('¥2,000.00');
    expect(await disputeOn('DS-B')).toMatchObject({ state: 'open' });
    const reply = await say(finance, 'resolve DS-B credit 500 CN-2026-118 unit price corrected');
    expect(replyText(reply)).toContain('¥500.00');
    const dispute = await disputeOn('DS-B');
    expect(dispute).toMatchObject({
      state: 'credit_note',
      credit_amount: 50_000,
      credit_reference: 'CN-2026-118',
      resolved_by: finance.id,
    });
    expect(await receivable('DS-B')).toMatchObject({ disputed: false, outstanding: 150_000 });
    const audit = await h.t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'dispute.credit_note')
      .where('entity_id', '=', String(dispute?.id))
      .executeTakeFirstOrThrow();
    expect(audit.before).toMatchObject({ outstanding: 200_000 });
    expect(audit.after).toMatchObject({ outstanding: 150_000, creditReference: 'CN-2026-118' });
    await h.app.outbox.drain();
    const notice = h.port.sent.find((s) => s.dedupeKey?.startsWith(`dispute-settled:${dispute?.id}@`));
    expect(textOf(notice)).toContain('红字发票 CN-2026-118 冲减 ¥500.00，仍欠 ¥1,500.00');
  });

  it('answers plainly when there is no open dispute to settle', async () => {
    expect(replyText(await say(manager, '解决争议 DS-A 付款'))).toContain('DS-A 没有未解决的争议');
  });
});

describe('the buttons under a dispute', () => {
  it('let a manager settle it with a credit note from a form, and refuse the collector', async () => {
    await say(collector, '争议 DS-D 少发两箱');
    await h.app.outbox.drain();
    const post = h.port.sent.find(
      (s) => s.op === 'post' && textOf(s).includes('⚑ 争议：争议流程有限公司 DS-D'),
    );
    const buttons = post?.content?.message.blocks.find((b) => b.type === 'actions');
    if (buttons?.type !== 'actions') throw new Error('no dispute buttons');
    expect(buttons.buttons.map((b) => [b.actionId, b.label])).toEqual([
      ['dispute.pay', '客户同意付款'],
      ['dispute.credit', '红字发票…'],
    ]);
    const value = buttons.buttons[1]?.value ?? '';
    const byCollector = await h.app.handle(h.as(collector.email, 'east').action('dispute.pay', value));
    expect(replyText(byCollector)).toContain('只有本团队主管或财务可以处理争议');
    const opened = await h.app.handle(h.as(manager.email, 'east').action('dispute.credit', value));
    if (opened.kind !== 'form') throw new Error('no credit note form');
    const submit = (values: Record<string, string>) =>
      h.app.handle(h.as(manager.email, 'east').submit(opened.form.formId, values, opened.form.metadata));
    const missing = await submit({ amount: '300' });
    expect(missing.kind === 'form_errors' && Object.keys(missing.form.errors ?? {})).toEqual(['reference']);
    expect(await disputeOn('DS-D')).toMatchObject({ state: 'open' });
    const done = await submit({ amount: '300', reference: 'CN-9' });
    expect(replyText(done)).toContain('红字发票冲减 ¥300.00，仍欠 ¥900.00');
    expect(await disputeOn('DS-D')).toMatchObject({ state: 'credit_note', credit_reference: 'CN-9' });
    expect(await receivable('DS-D')).toMatchObject({ outstanding: 90_000, disputed: false });
    const again = await h.app.handle(h.as(manager.email, 'east').action('dispute.pay', value));
    expect(replyText(again)).toContain('DS-D 没有未解决的争议');
  });
});

describe('a dispute left open', () => {
  it('tells the manager once, after ten working days', async () => {
    await say(collector, '争议 DS-C 对账差异待核');
    const dispute = await disputeOn('DS-C');
    const told = () =>
      h.port.sent.filter(
        (s) => s.op === 'direct' && s.dedupeKey?.startsWith(`dispute-manager:${dispute?.id}@`),
      );
    // Nine working days after 1 December (2–4, 7–11, 14 December): not yet.
    await runAt(h, '2026-12-14T01:00:00Z');
    expect(told()).toHaveLength(0);
    await runAt(h, '2026-12-15T01:00:00Z');
    expect(told().length).toBeGreaterThan(0);
    const first = told().length;
    expect(textOf(told()[0])).toContain('争议已持续 10 个工作日未解决：争议流程有限公司 DS-C');
    await runAt(h, '2026-12-16T01:00:00Z');
    expect(told()).toHaveLength(first);
    expect(await auditOf(dispute?.id as number)).toEqual(['dispute.open', 'dispute.manager_told']);
  });

  it('shows in `ar` with its age and owner, and settled ones do not', async () => {
    const story = replyText(await say(manager, '查询 DS-C'));
    expect(story).toContain('未解决的争议：');
    expect(story).toContain(`DS-C：已 15 天，负责人 ${collector.name}：对账差异待核`);
    expect(story).not.toContain('DS-A：已');
  });
});
