import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/chat/reply.js';
import { runImport } from '../../../src/import/run-import.js';
import { createHarness, type Harness } from '../../helpers/app-harness.js';
import { addCustomer } from './credit-helpers.js';

// 华东's policy allows a B customer 30 days and ¥100,000: 宽松客户 has 60 days and ¥300,000,
// 守规客户 30 days and ¥50,000.
let h: Harness;
const said = (reply: Reply) => (reply.kind === 'private' ? reply.message.text : JSON.stringify(reply));

beforeAll(async () => {
  h = await createHarness('2026-11-23T01:00:00Z');
  const collector = await h.person('collector', 'east', 0);
  const item = (invoiceNo: string) => [{ invoiceNo, amount: 1_000_000, dueOn: '2026-12-20' }];
  await addCustomer(h, 'east', {
    externalId: 'P-001',
    name: '宽松客户',
    limit: 30_000_000,
    termsDays: 60,
    collectorId: collector.id,
    items: item('INV-P1'),
  });
  await addCustomer(h, 'east', {
    externalId: 'P-002',
    name: '守规客户',
    limit: 5_000_000,
    termsDays: 30,
    collectorId: collector.id,
    items: item('INV-P2'),
  });
  const dir = await mkdtemp(path.join(tmpdir(), 'duebot-ratings-'));
  try {
    const file = path.join(dir, 'ratings.csv');
    await writeFile(
      file,
      ['团队,信用等级,最长账期,默认额度,币种,允许展期,复审周期', 'east,B,30,10万,CNY,是,6'].join('\n'),
    );
    const result = await runImport(h.t, h.clock, pino({ level: 'silent' }), { kind: 'ratings', file });
    if (result.state !== 'committed') throw new Error(JSON.stringify(result.issues));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
afterAll(async () => {
  await h.t.close();
});

describe('terms and limits above the rating policy', () => {
  it('are flagged in ar', async () => {
    const admin = await h.person('admin');
    const text = said(await h.app.handle(h.as(admin.email, 'east').command('ar P-001')));
    expect(text).toContain('⚠ 账期 60 天超过 B 级允许的 30 天');
    expect(text).toContain('⚠ 额度 ¥300,000.00 超过 B 级允许的 ¥100,000.00');
  });

  it('are listed in the monthly report, and a customer within its policy is not', async () => {
    const manager = await h.person('manager', 'east');
    const text = JSON.stringify(
      await h.app.handle(h.as(manager.email, 'east').command('report aging 2026-11')),
    );
    expect(text).toContain('账期或额度超出信用等级标准的客户');
    expect(text).toContain('宽松客户 (P-001)');
    expect(text).toContain('⚠ 账期 60 天超过 B 级允许的 30 天');
    expect(text).not.toContain('守规客户 (P-002)');
  });
});
