import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/chat/reply.js';
import { createHarness, type Harness } from '../../helpers/app-harness.js';
import { addCustomer } from './credit-helpers.js';

let h: Harness;
let item: number;
let part: number;
const said = (reply: Reply) => (reply.kind === 'private' ? reply.message.text : JSON.stringify(reply));
const card = (key: string) => h.port.sent.find((s) => s.dedupeKey?.startsWith(key));
const itemRow = (id: number) =>
  h.t.db
    .selectFrom('receivables')
    .select(['status', 'outstanding'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

beforeAll(async () => {
  h = await createHarness('2026-11-23T01:00:00Z');
  const collector = await h.person('collector', 'east', 0);
  const owner = await addCustomer(h, 'east', {
    externalId: 'W-001',
    name: '破产客户',
    limit: 0,
    collectorId: collector.id,
    items: [
      { invoiceNo: 'INV-W1', amount: 5_000_000, dueOn: '2025-06-30' },
      { invoiceNo: 'INV-W2', amount: 2_000_000, dueOn: '2025-07-31' },
    ],
  });
  [item, part] = owner.itemIds as [number, number];
});
afterAll(async () => {
  await h.t.close();
});

describe('write-off (核销) needs two people', () => {
  it('lets only finance propose', async () => {
    const collector = await h.person('collector', 'east', 0);
    const reply = await h.app.handle(
      h.as(collector.email, 'east').command('核销 INV-W1 全部 客户破产 证据 破产公告'),
    );
    expect(said(reply)).toBe('只有财务可以提出核销；须由另一位财务或主管审批。');
  });

  it('asks for the evidence, with an example, and changes nothing', async () => {
    const admin = await h.person('admin');
    const reply = await h.app.handle(h.as(admin.email, 'east').command('核销 INV-W1 全部 客户破产'));
    expect(said(reply)).toContain('证据');
    expect(said(reply)).toContain('示例');
    expect(await h.t.db.selectFrom('write_offs').selectAll().execute()).toEqual([]);
  });

  it('sends the proposal to the manager with buttons, and refuses the proposer approving it', async () => {
    const admin = await h.person('admin');
    const manager = await h.person('manager', 'east');
    const reply = await h.app.handle(
      h.as(admin.email, 'east').command('核销 INV-W1 全部 客户破产 证据 (2026)沪0115破字第12号'),
    );
    expect(said(reply)).toBe('已提出：核销 INV-W1 ¥50,000.00。须由另一位财务或主管审批。');
    await h.app.outbox.drain();
    const sent = card('writeoff:');
    expect(sent?.userId).toBe(manager.email);
    expect(sent?.content?.message.text).toContain('原因：客户破产');
    const buttons =
      sent?.content?.message.blocks.flatMap((b) => (b.type === 'actions' ? b.buttons : [])) ?? [];
    expect(buttons.map((b) => b.actionId)).toEqual(['writeoff.approve', 'writeoff.reject']);
    const value = buttons[0]?.value ?? '';
    const self = await h.app.handle(h.as(admin.email, 'east').action('writeoff.approve', value));
    expect(said(self)).toBe('这笔核销是你提出的，须由另一人审批。');
    const collector = await h.person('collector', 'east', 0);
    const stranger = await h.app.handle(h.as(collector.email, 'east').action('writeoff.approve', value));
    expect(said(stranger)).toBe('只有财务或该团队的主管可以审批核销。');
    expect(await itemRow(item)).toEqual({ status: 'open', outstanding: 5_000_000 });

    const approved = await h.app.handle(h.as(manager.email, 'east').action('writeoff.approve', value));
    await h.app.outbox.drain();
    const edited = h.port.sent.filter(
      (s) => s.op === 'update' && s.content?.message.text.startsWith('**核销**'),
    );
    expect(edited.map((e) => e.content?.message.text)).toEqual([
      `**核销**：破产客户 INV-W1 ¥50,000.00——已由 ${manager.name}批准。`,
    ]);
    expect(said(approved)).toContain('已批准：INV-W1 核销 ¥50,000.00（死账）');
    expect(await itemRow(item)).toEqual({ status: 'written_off', outstanding: 0 });
    const again = await h.app.handle(h.as(manager.email, 'east').action('writeoff.approve', value));
    expect(said(again)).toBe('INV-W1 的核销已批准。');
    const audit = await h.t.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id'])
      .where('action', 'like', 'writeoff.%')
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { action: 'writeoff.propose', actor_id: admin.id },
      { action: 'writeoff.approve', actor_id: manager.id },
    ]);
  });

  it('leaves the written-off item out of ar and keeps it in the credit history', async () => {
    const admin = await h.person('admin');
    const text = said(await h.app.handle(h.as(admin.email, 'east').command('ar W-001')));
    expect(text).not.toContain('• INV-W1');
    expect(text).toContain('核销 INV-W1 ¥50,000.00：客户破产');
  });

  it('writes off part of an item, and a rejected proposal changes nothing', async () => {
    const admin = await h.person('admin');
    const manager = await h.person('manager', 'east');
    await h.app.handle(
      h.as(admin.email, 'east').command('writeoff INV-W2 5000 settlement evidence agreement 2026-17'),
    );
    await h.app.outbox.drain();
    const value = () =>
      h.port.sent
        .filter((s) => s.dedupeKey?.startsWith('writeoff:'))
        .at(-1)
        ?.content?.message.blocks.flatMap((b) => (b.type === 'actions' ? b.buttons : []))[0]?.value ?? '';
    await h.app.handle(h.as(manager.email, 'east').action('writeoff.approve', value()));
    expect(await itemRow(part)).toEqual({ status: 'open', outstanding: 1_500_000 });
    await h.app.handle(
      h.as(admin.email, 'east').command('writeoff INV-W2 all settlement evidence agreement 2026-17'),
    );
    await h.app.outbox.drain();
    const rejected = await h.app.handle(h.as(manager.email, 'east').action('writeoff.reject', value()));
    expect(said(rejected)).toBe('已驳回：INV-W2 继续催收。');
    expect(await itemRow(part)).toEqual({ status: 'open', outstanding: 1_500_000 });
  });

  it('answers in English for an English team', async () => {
    const collector = await h.person('collector', 'intl', 0);
    const reply = await h.app.handle(
      h.as(collector.email, 'intl').command('writeoff INV-W2 all x evidence y'),
    );
    expect(said(reply)).toBe(
      'Only finance can propose a write-off; a second person with finance or manager rights approves it.',
    );
  });

  it('lists the approved write-offs, with reason, evidence and both people, in the monthly report', async () => {
    const manager = await h.person('manager', 'east');
    const admin = await h.person('admin');
    const reply = await h.app.handle(h.as(manager.email, 'east').command('report aging 2026-11'));
    const text = JSON.stringify(reply);
    expect(text).toContain('2026-11 核销明细');
    expect(text).toContain('(2026)沪0115破字第12号');
    expect(text).toContain('客户破产');
    expect(text).toContain(`${admin.name} / ${manager.name}`);
    // INV-W1 in full and 5,000 of INV-W2; the rejected proposal is not among them.
    expect(text).toContain('合计 CNY');
    expect(text).toContain('¥55,000.00');
  });
});
