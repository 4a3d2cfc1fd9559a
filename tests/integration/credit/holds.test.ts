import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redrawListMessage } from '../../../src/app/lists/redraw.js';
import type { Reply } from '../../../src/chat/reply.js';
import type { Recorded } from '../../fakes/recording-chat-port.js';
import { createHarness, type Harness } from '../../helpers/app-harness.js';
import { addCustomer } from './credit-helpers.js';

// Monday 23 November 2026, 09:00 in Shanghai. A ledger worked by hand (CNY, minor units):
//   超限客户 limit ¥100,000,000: INV-H1 ¥70,000,000 due 11-13 (10 days overdue), INV-H2 ¥60,000,000
//     due 12-13 (not in any morning list) → exposure ¥130,000,000, over the limit by ¥30,000,000;
//   久欠客户 no limit: INV-H3 ¥80,000,000 due 09-09 → 75 days overdue, past the 60-day hold age;
//   正常客户 limit ¥500,000,000: INV-H4 ¥90,000,000 due 11-03 (20 days) → not held.
let h: Harness;
const said = (reply: Reply) => (reply.kind === 'private' ? reply.message.text : JSON.stringify(reply));
const textOf = (r: Recorded) =>
  (r.content?.message.blocks ?? []).map((b) => ('text' in b ? b.text : '')).join('\n');
const lineOf = (text: string, invoice: string) => text.split('\n').find((l) => l.includes(invoice)) ?? '';

beforeAll(async () => {
  h = await createHarness('2026-11-23T00:30:00Z');
  // Demo customers keep their own standing; these three are the ones worked by hand.
  const collector = await h.person('collector', 'east', 0);
  await addCustomer(h, 'east', {
    externalId: 'H-001',
    name: '超限客户',
    limit: 10_000_000_000,
    collectorId: collector.id,
    items: [
      { invoiceNo: 'INV-H1', amount: 7_000_000_000, dueOn: '2026-11-13' },
      { invoiceNo: 'INV-H2', amount: 6_000_000_000, dueOn: '2026-12-13' },
    ],
  });
  await addCustomer(h, 'east', {
    externalId: 'H-002',
    name: '久欠客户',
    limit: 0,
    collectorId: collector.id,
    items: [{ invoiceNo: 'INV-H3', amount: 8_000_000_000, dueOn: '2026-09-09' }],
  });
  await addCustomer(h, 'east', {
    externalId: 'H-003',
    name: '正常客户',
    limit: 50_000_000_000,
    collectorId: collector.id,
    items: [{ invoiceNo: 'INV-H4', amount: 9_000_000_000, dueOn: '2026-11-03' }],
  });
  h.clock.set('2026-11-23T01:00:00Z');
  await h.app.scheduler.tick();
  await h.app.outbox.drain();
});
afterAll(async () => {
  await h.t.close();
});

const overdueParts = () =>
  h.port.sent.filter((s) => s.op === 'post' && /^overdue:team-\d+:2026-11-23:p/.test(s.dedupeKey ?? ''));

describe('credit holds from the whole ledger', () => {
  it('marks each held item on the morning list with why, and leaves the others alone', () => {
    const text = overdueParts().map(textOf).join('\n');
    expect(lineOf(text, 'INV-H1')).toContain('⛔ 停止供货：超出额度 ¥30,000,000.00');
    expect(lineOf(text, 'INV-H3')).toContain('⛔ 停止供货：INV-H3 逾期 75 天');
    expect(lineOf(text, 'INV-H4')).not.toContain('停止供货');
  });

  it('shows the same exposure and reason in ar, without calling the customer normal', async () => {
    const admin = await h.person('admin');
    const text = said(await h.app.handle(h.as(admin.email, 'east').command('ar H-001')));
    expect(text).toContain('占用额度 ¥130,000,000.00 / 额度 ¥100,000,000.00');
    expect(text).toContain('⛔ 停止供货：超出额度 ¥30,000,000.00');
    expect(text).not.toContain('正常');
    const fine = said(await h.app.handle(h.as(admin.email, 'east').command('ar H-003')));
    expect(fine).not.toContain('停止供货');
  });

  it('writes the same reasons into the spreadsheet', async () => {
    const file = h.port.sent.find((s) => s.op === 'file' && s.file?.name.startsWith('逾期清单-east'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      Buffer.from(file?.file?.contentBase64 ?? '', 'base64') as unknown as ArrayBuffer,
    );
    const cells = new Map<string, string>();
    for (const sheet of workbook.worksheets.slice(1))
      sheet.eachRow((row) => {
        const values = row.values as unknown[];
        cells.set(String(values[2]), String(values[10] ?? ''));
      });
    expect(cells.get('INV-H1')).toBe('超出额度 ¥30,000,000.00');
    expect(cells.get('INV-H3')).toBe('INV-H3 逾期 75 天');
    expect(cells.get('INV-H4')).toBe('');
  });

  it('shows the same standing among the largest customers of the weekly report', async () => {
    const manager = await h.person('manager', 'east');
    const reply = await h.app.handle(h.as(manager.email, 'east').command('report weekly'));
    const rows =
      reply.kind === 'private' ? reply.message.blocks.flatMap((b) => (b.type === 'table' ? b.rows : [])) : [];
    const text = rows.map((r) => Object.values(r).join(' ')).join('\n');
    expect(lineOf(text, '超限客户')).toContain('⛔ 停止供货：超出额度 ¥30,000,000.00');
    expect(lineOf(text, '久欠客户')).toContain('INV-H3 逾期 75 天');
    expect(lineOf(text, '正常客户')).not.toContain('停止供货');
  });

  it('says who put a customer on hold by hand, and when', async () => {
    const admin = await h.person('admin');
    await h.app.handle(h.as(admin.email, 'east').command('customer H-003 hold'));
    const text = said(await h.app.handle(h.as(admin.email, 'east').command('ar H-003')));
    expect(text).toContain(`⛔ 停止供货：${admin.name}于 11-23 设置`);
    await h.app.handle(h.as(admin.email, 'east').command('customer H-003 active'));
    expect(said(await h.app.handle(h.as(admin.email, 'east').command('ar H-003')))).not.toContain(
      '⛔ 停止供货',
    );
  });

  it('keeps every badge of a redrawn list part as it was, whatever items the part holds', async () => {
    const part = overdueParts().find((p) => textOf(p).includes('INV-H1')) as Recorded;
    const before = textOf(part)
      .split('\n')
      .filter((l) => l.includes('停止供货'));
    await redrawListMessage(
      { db: h.t.db, platforms: ['sandbox'], now: h.clock.now() },
      part.dedupeKey?.split('@')[0] ?? '',
    );
    await h.app.outbox.drain();
    const update = h.port.sent.filter((s) => s.op === 'update').at(-1) as Recorded;
    const after = textOf(update)
      .split('\n')
      .filter((l) => l.includes('停止供货'));
    expect(after).toEqual(before);
    expect(after.length).toBeGreaterThan(0);
  });
});
