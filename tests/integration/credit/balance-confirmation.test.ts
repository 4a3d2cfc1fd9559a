import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/chat/reply.js';
import { createHarness, type Harness } from '../../helpers/app-harness.js';
import { docxText } from '../letters/docx-text.js';
import { auditActions } from '../promises/promise-helpers.js';
import { addCustomer } from './credit-helpers.js';

// 对账客户 owes INV-B1 ¥30,000 (overdue) and INV-B2 ¥20,000 (not yet due): ¥50,000 in all.
let h: Harness;
let owner: { id: number; email: string; name: string };
let customer: { id: number };
const said = (reply: Reply) => (reply.kind === 'private' ? reply.message.text : JSON.stringify(reply));
const rows = () =>
  h.t.db
    .selectFrom('balance_confirmations')
    .select(['as_of', 'currency', 'balance', 'reply', 'replied_on', 'disputed_amount'])
    .where('customer_id', '=', customer.id)
    .execute();

beforeAll(async () => {
  h = await createHarness('2026-11-23T01:00:00Z');
  owner = await h.person('collector', 'east', 0);
  customer = await addCustomer(h, 'east', {
    externalId: 'B-001',
    name: '对账客户',
    limit: 0,
    collectorId: owner.id,
    items: [
      { invoiceNo: 'INV-B1', amount: 3_000_000, dueOn: '2026-10-31' },
      { invoiceNo: 'INV-B2', amount: 2_000_000, dueOn: '2026-12-20' },
    ],
  });
  await h.t.db.updateTable('customers').set({ owner_id: owner.id }).where('id', '=', customer.id).execute();
});
afterAll(async () => {
  await h.t.close();
});

describe('the balance confirmation (对账函)', () => {
  it('is refused to a collector who does not own the customer', async () => {
    const other = await h.person('collector', 'east', 1);
    const reply = await h.app.handle(h.as(other.email, 'east').command('对账 B-001'));
    expect(said(reply)).toBe('只有该客户的收款员、本团队主管或财务可以发送对账函或登记回函。');
    expect(await rows()).toEqual([]);
  });

  it('states every open item with a reply slip, signed with the legal name, in the team chat', async () => {
    const reply = await h.app.handle(h.as(owner.email, 'east').command('对账 B-001'));
    expect(said(reply)).toContain(
      '已完成：对账客户 截至 2026-11-23 的对账函（合计 ¥50,000.00）已发到团队群。',
    );
    expect(await rows()).toEqual([
      {
        as_of: '2026-11-23',
        currency: 'CNY',
        balance: 5_000_000,
        reply: null,
        replied_on: null,
        disputed_amount: null,
      },
    ]);
    await h.app.outbox.drain();
    const sent = h.port.sent.find((s) => s.op === 'file' && s.dedupeKey?.startsWith('balance-confirmation:'));
    expect(sent?.chatId).toBe('east');
    expect(sent?.file?.name).toBe('对账函-对账客户-2026-11-23.docx');
    const text = docxText(Buffer.from(sent?.file?.contentBase64 ?? '', 'base64'));
    for (const part of [
      '对账函（询证函）',
      'INV-B1',
      'INV-B2',
      '¥50,000.00',
      '回　执',
      '上海示例机电设备有限公司',
    ])
      expect(text).toContain(part);
    expect(await auditActions(h, 'customer', customer.id)).toContain('balance_confirmation.send');
  });

  it('shows the confirmation awaiting its reply in ar', async () => {
    const text = said(await h.app.handle(h.as(owner.email, 'east').command('ar B-001')));
    expect(text).toContain('**对账**：截至 2026-11-23 合计 ¥50,000.00——待回函');
  });

  it('refuses a reply dated before the confirmation, and an unknown reply word', async () => {
    const me = h.as(owner.email, 'east');
    expect(said(await h.app.handle(me.command('对账 B-001 不符 4.8万 11月20日')))).toBe(
      '回函日期 2026-11-20 早于对账函的日期（2026-11-23）。',
    );
    expect(said(await h.app.handle(me.command('对账 B-001 maybe')))).toContain('maybe');
    expect((await rows())[0]?.reply).toBeNull();
  });

  it('records a disputed reply with the customer’s amount and date, which ar shows', async () => {
    h.clock.set('2026-11-25T01:00:00Z');
    const me = h.as(owner.email, 'east');
    const reply = await h.app.handle(me.command('对账 B-001 不符 4.8万 11月24日'));
    expect(said(reply)).toBe(
      '已登记：对账客户 于 2026-11-24 回函不符：客户记录 ¥48,000.00，我方记录 ¥50,000.00。',
    );
    expect(await rows()).toEqual([
      {
        as_of: '2026-11-23',
        currency: 'CNY',
        balance: 5_000_000,
        reply: 'disputed',
        replied_on: '2026-11-24',
        disputed_amount: 4_800_000,
      },
    ]);
    const text = said(await h.app.handle(me.command('ar B-001')));
    expect(text).toContain(
      '**对账**：截至 2026-11-23 合计 ¥50,000.00——2026-11-24 回函不符：客户记录 ¥48,000.00',
    );
    expect(await auditActions(h, 'customer', customer.id)).toContain('balance_confirmation.reply');
    expect(said(await h.app.handle(me.command('对账 B-001 无误')))).toBe(
      '对账客户 没有待回函的对账函；请先用 `对账 <客户>` 发送。',
    );
  });

  it('records a confirmed reply, looking for the customer only in the chat’s team', async () => {
    const admin = await h.person('admin');
    await h.app.handle(h.as(admin.email, 'east').command('confirm B-001'));
    const reply = await h.app.handle(h.as(admin.email, 'intl').command('confirm B-001 confirmed'));
    expect(said(reply)).toBe("'B-001' is none of this team's customers. Example: `confirm C001`");
    const ok = await h.app.handle(h.as(admin.email, 'east').command('confirm B-001 confirmed'));
    expect(said(ok)).toBe('已登记：对账客户 于 2026-11-25 确认余额 ¥50,000.00 无误。');
  });
});
