import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatAmount } from '../../../src/domain/money-format.js';
import { runImport } from '../../../src/import/run-import.js';
import { createHarness, type Harness } from '../../helpers/app-harness.js';
import { claimButtons, directTo, itemOf, lastEdit, overdueList, textOf } from './claim-helpers.js';

let h: Harness;
let dir: string;
let collector: { id: number; email: string; name: string };
let admin: { id: number; email: string; name: string };
const AWAITING = '客户称已付款，待财务确认';

beforeAll(async () => {
  h = await createHarness();
  await h.app.scheduler.tick();
  await h.app.outbox.drain();
  collector = await h.person('collector', 'east');
  admin = await h.person('admin');
  dir = await mkdtemp(path.join(tmpdir(), 'duebot-claims-'));
});
afterAll(async () => {
  await h.t.close();
  await rm(dir, { recursive: true, force: true });
});

/** The collector reports "already paid" on an item; returns finance's buttons for it. */
async function claim(value: string, amount: string, reference: string) {
  const reply = await h.app.handle(
    h
      .as(collector.email, 'east')
      .submit('item.paid', { amount, date: '11/20', bank: '招商银行', reference }, { value }),
  );
  expect(reply.kind).toBe('form_done');
  await h.app.outbox.drain();
  return claimButtons(h, admin.email);
}

const claimRow = (reference: string) =>
  h.t.db.selectFrom('paid_claims').selectAll().where('reference', '=', reference).executeTakeFirstOrThrow();

describe('"already paid" claims', () => {
  it('refuses anyone but finance, and leaves the claim pending', async () => {
    const { values } = overdueList(h, collector.id);
    const [confirm] = await claim(values[2] ?? '', '100', 'BK-NOT-ADMIN');
    for (const who of [collector, await h.person('manager', 'east')]) {
      const reply = await h.app.handle(h.as(who.email, 'east').action('claim.confirm', confirm?.value ?? ''));
      expect(reply.kind === 'private' && reply.message.text).toContain('只有财务');
    }
    expect((await claimRow('BK-NOT-ADMIN')).state).toBe('pending');
  });

  it('confirms a part payment: the item stays open on the list with the rest outstanding', async () => {
    const { part, values } = overdueList(h, collector.id);
    const before = await itemOf(h, values[2] ?? '');
    const claimed = await claimRow('BK-NOT-ADMIN');
    const reply = await h.app.handle(h.as(admin.email, 'east').action('claim.confirm', `c:${claimed.id}`));
    expect(reply.kind === 'private' && reply.message.text).toContain('当前未收');
    expect(await itemOf(h, values[2] ?? '')).toMatchObject({
      outstanding: before.outstanding - 10_000,
      status: 'open',
    });
    await h.app.outbox.drain();
    const line = textOf(lastEdit(h, part))
      .split('\n')
      .filter((l) => l.includes(before.invoice_no))
      .join('\n');
    expect(line).not.toContain(AWAITING);
  });

  it('confirms: a provisional payment settles the item, the collector is told, the list redrawn; the bank payment then replaces it', async () => {
    const { part, values } = overdueList(h, collector.id);
    const value = values[0] ?? '';
    const before = await itemOf(h, value);
    const full = formatAmount(before.outstanding, before.currency);
    const [confirm] = await claim(value, full, 'BK-CONF-1');
    expect(textOf(lastEdit(h, part))).toContain(AWAITING);

    const reply = await h.app.handle(h.as(admin.email, 'east').action('claim.confirm', confirm?.value ?? ''));
    expect(reply.kind === 'private' && reply.message.text).toContain('已确认');
    const after = await itemOf(h, value);
    expect(after).toMatchObject({ outstanding: 0, status: 'paid' });
    const provisional = await h.t.db
      .selectFrom('payments')
      .selectAll()
      .where('source', '=', 'provisional')
      .where('reference', '=', 'BK-CONF-1')
      .executeTakeFirstOrThrow();
    expect(provisional).toMatchObject({
      amount: before.outstanding,
      received_on: '2026-11-20',
      bank: '招商银行',
    });
    const claimed = await claimRow('BK-CONF-1');
    expect(claimed).toMatchObject({ state: 'confirmed', decided_by: admin.id });
    const audit = await h.t.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', 'in', [String(claimed.id), String(provisional.id)])
      .where('action', 'in', ['paid_claim.confirm', 'payment.provisional'])
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['paid_claim.confirm', 'payment.provisional']);

    await h.app.outbox.drain();
    expect(textOf(directTo(h, collector.email).at(-1))).toContain(`已确认 `);
    // Finance's notice loses its buttons and says who confirmed it, on which invoice.
    const notice = h.port.sent.find(
      (s) => s.op === 'direct' && s.dedupeKey?.startsWith(`paid-claim:${claimed.id}:p`),
    );
    const card = h.port.sent.filter((s) => s.op === 'update' && s.threadId === notice?.id).at(-1);
    // The notice named the invoice, the amount, the bank and the reference.
    expect(textOf(notice)).toContain(`${before.invoice_no} ¥${full}（付至 招商银行）（流水号 BK-CONF-1）`);
    expect(card?.content?.message.blocks.some((b) => b.type === 'actions')).toBe(false);
    expect(textOf(card)).toContain(`${before.invoice_no} ¥${full}`);
    expect(textOf(card)).toContain(`已由 ${admin.name} 确认到账`);
    expect(textOf(lastEdit(h, part))).toContain(`~~`);

    const twice = await h.app.handle(h.as(admin.email, 'east').action('claim.reject', confirm?.value ?? ''));
    expect(twice.kind === 'private' && twice.message.text).toContain(`已由 ${admin.name} 确认到账`);

    // The bank statement arrives with the same reference (typed differently): counted once.
    const file = path.join(dir, 'bank.csv');
    await writeFile(
      file,
      `收款单号,客户编码,发票号,金额,币种,到账日期,银行,流水号\nBANK-1,${before.customer},${before.invoice_no},${full.replaceAll(',', '')},${before.currency},2026-11-20,招商银行, bk-conf-1\n`,
    );
    const imported = await runImport(h.t, h.clock, pino({ level: 'silent' }), { kind: 'payments', file });
    expect(imported).toMatchObject({ state: 'committed', inserted: 1, details: { provisionalReplaced: 1 } });
    expect(await itemOf(h, value)).toMatchObject({ outstanding: 0, status: 'paid' });
    const allocations = await h.t.db
      .selectFrom('payment_allocations as a')
      .innerJoin('payments as p', 'p.id', 'a.payment_id')
      .innerJoin('receivables as r', 'r.id', 'a.receivable_id')
      .select(['p.external_id', 'p.source', 'a.amount', 'r.amount as item_amount'])
      .where('a.receivable_id', '=', before.id)
      .execute();
    expect(allocations.filter((a) => a.source === 'provisional')).toEqual([]);
    expect(allocations.find((a) => a.external_id === 'BANK-1')?.amount).toBe(before.outstanding);
    // Everything allocated to the item adds up to its amount exactly: nothing counted twice.
    expect(allocations.reduce((sum, a) => sum + a.amount, 0)).toBe(allocations[0]?.item_amount);
    expect(
      await h.t.db.selectFrom('payments').select('id').where('id', '=', provisional.id).executeTakeFirst(),
    ).toBeUndefined();
  });

  it('rejects: the item is back on the list, no longer awaiting finance, and the collector is told', async () => {
    const { part, values } = overdueList(h, collector.id);
    const value = values[1] ?? '';
    const before = await itemOf(h, value);
    const [, reject] = await claim(value, '100', 'BK-REJ-1');
    const reply = await h.app.handle(h.as(admin.email, 'east').action('claim.reject', reject?.value ?? ''));
    expect(reply.kind === 'private' && reply.message.text).toContain('未查到');
    expect(await claimRow('BK-REJ-1')).toMatchObject({ state: 'rejected', decided_by: admin.id });
    expect(await itemOf(h, value)).toMatchObject({ outstanding: before.outstanding, status: 'open' });
    await h.app.outbox.drain();
    const news = textOf(directTo(h, collector.email).at(-1));
    expect(news).toContain('未查到');
    expect(news).toContain(before.invoice_no);
    const list = textOf(lastEdit(h, part));
    const itemLine = list.split('\n').filter((l) => l.includes(before.invoice_no));
    expect(itemLine.length).toBeGreaterThan(0);
    expect(itemLine.join('\n')).not.toContain(AWAITING);
    const audit = await h.t.db
      .selectFrom('audit_log')
      .select('actor_id')
      .where('action', '=', 'paid_claim.reject')
      .executeTakeFirstOrThrow();
    expect(audit.actor_id).toBe(admin.id);
  });
});
