import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Recorded } from '../../fakes/recording-chat-port.js';
import { createHarness, type Harness } from '../../helpers/app-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  await h.app.scheduler.tick();
  await h.app.outbox.drain();
});
afterAll(async () => {
  await h.t.close();
});

const posts = (prefix: string) =>
  h.port.sent.filter((s) => s.op === 'post' && s.dedupeKey?.startsWith(prefix));
const texts = (r: Recorded) =>
  (r.content?.message.blocks ?? []).map((b) => ('text' in b ? b.text : '')).join('\n');

describe('the morning overdue list', () => {
  it('posts a header with totals by aging bucket, then one part per collector, in each team chat', async () => {
    const east = await h.t.db
      .selectFrom('teams')
      .select('id')
      .where('code', '=', 'east')
      .executeTakeFirstOrThrow();
    const [header] = posts(`overdue:team-${east.id}:2026-11-23@`);
    expect(header?.chatId).toBe('east');
    const table = header?.content?.message.blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows.map((r) => r.bucket)).toContain('1–30天');
    const parts = posts(`overdue:team-${east.id}:2026-11-23:p`);
    expect(parts.length).toBeGreaterThan(0);
    for (const part of parts) {
      const buttons = part.content?.message.blocks
        .filter((b) => b.type === 'actions')
        .flatMap((b) => (b.type === 'actions' ? b.buttons.map((x) => x.actionId) : []));
      const answering = ['item.promise', 'item.followup', 'item.dispute', 'item.paid'];
      const customer = ['customer.promise', 'customer.file', 'risk.signal', 'customer.repay'];
      // The covered items' button shows only when some of the part's items are under a commitment.
      expect(new Set((buttons ?? []).filter((b) => b !== 'list.covered'))).toEqual(
        new Set([...answering, ...customer]),
      );
      expect(Object.keys(part.content?.mentions ?? {})).toHaveLength(1);
    }
  });

  it('shows each item with amount, days overdue, bucket, risk class and the next step, most valuable first', async () => {
    const part = posts('overdue:team-').find((p) => p.dedupeKey?.includes(':p'));
    const text = texts(part as Recorded);
    expect(text).toMatch(/逾期 \d+ 天 \((1–30天|31–60天|61–90天|91–180天|181–365天|365天以上)\)/);
    expect(text).toMatch(/催收中|准呆账|呆账|死账/);
    expect(text).toMatch(/建议：/);
  });

  it('attaches the full list as a spreadsheet with a summary sheet and one sheet per collector', async () => {
    const file = h.port.sent.find((s) => s.op === 'file' && s.file?.name.startsWith('逾期清单-east'));
    expect(file?.threadId).toBe(
      posts('overdue:team-').find((p) => !p.dedupeKey?.includes(':p') && p.chatId === 'east')?.id,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      Buffer.from(file?.file?.contentBase64 ?? '', 'base64') as unknown as ArrayBuffer,
    );
    expect(workbook.worksheets[0]?.name).toBe('汇总');
    expect(workbook.worksheets.length).toBeGreaterThan(2);
    const sheet = workbook.worksheets[1];
    // A Chinese team's workbook is headed in Chinese.
    expect(sheet?.getRow(1).values).toEqual(
      expect.arrayContaining(['客户', '发票号', '未收金额', '逾期天数']),
    );
    expect(sheet?.getRow(1).values).not.toContain('Outstanding');
    expect(typeof sheet?.getRow(2).getCell(5).value).toBe('number');
  });

  it('posts the pre-due warnings with On time and Delay buttons', async () => {
    const parts = posts('predue:team-').filter((p) => p.dedupeKey?.includes(':p'));
    expect(parts.length).toBeGreaterThan(0);
    const buttons = parts[0]?.content?.message.blocks.find((b) => b.type === 'actions');
    expect(buttons?.type === 'actions' && buttons.buttons.map((b) => b.actionId)).toEqual([
      'predue.ontime',
      'predue.delay',
    ]);
  });

  it('posts nothing twice when the jobs are run again the same day', async () => {
    const before = h.port.sent.length;
    await h.app.scheduler.tick();
    await h.app.outbox.drain();
    expect(h.port.sent.length).toBe(before);
  });
});
