import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeLetter } from '../../../src/app/letters/compose-letter.js';
import { letterDocx } from '../../../src/app/letters/letter-document.js';
import type { Reply } from '../../../src/chat/reply.js';
import { runImport } from '../../../src/import/run-import.js';
import { createHarness, type Harness } from '../../helpers/app-harness.js';
import { docxText } from '../letters/docx-text.js';
import { addCustomer } from './credit-helpers.js';

// 利息客户 owes INV-I1 ¥100,000 due 09-11: on 11-23 it is 73 days overdue, and at 6 % a year
// that is 100,000 × 6 % × 73 / 365 = ¥1,200.00. 无息客户 is charged no interest.
let h: Harness;
let charged: { id: number };
let free: { id: number };
const said = (reply: Reply) => (reply.kind === 'private' ? reply.message.text : JSON.stringify(reply));

async function importCustomers(lines: string[]) {
  const dir = await mkdtemp(path.join(tmpdir(), 'duebot-interest-'));
  try {
    const file = path.join(dir, 'customers.csv');
    await writeFile(file, lines.join('\n'));
    return await runImport(h.t, h.clock, pino({ level: 'silent' }), { kind: 'customers', file });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

beforeAll(async () => {
  h = await createHarness('2026-11-23T01:00:00Z');
  const collector = await h.person('collector', 'east', 0);
  charged = await addCustomer(h, 'east', {
    externalId: 'I-001',
    name: '利息客户',
    limit: 0,
    collectorId: collector.id,
    items: [{ invoiceNo: 'INV-I1', amount: 10_000_000, dueOn: '2026-09-11' }],
  });
  free = await addCustomer(h, 'east', {
    externalId: 'I-002',
    name: '无息客户',
    limit: 0,
    collectorId: collector.id,
    items: [{ invoiceNo: 'INV-I2', amount: 10_000_000, dueOn: '2026-09-11' }],
  });
});
afterAll(async () => {
  await h.t.close();
});

describe('overdue interest', () => {
  it('refuses a rate it cannot read, naming it', async () => {
    const result = await importCustomers(['客户编码,客户名称,团队,逾期利率', 'I-001,利息客户,east,six']);
    expect(result.state).toBe('rejected');
    expect(result.issues.map((i) => [i.value, i.reason])).toEqual([
      ['six', expect.stringContaining('not a rate')],
    ]);
  });

  it('takes the rate and basis from the customers file', async () => {
    const result = await importCustomers([
      '客户编码,客户名称,团队,逾期利率,计息方式',
      'I-001,利息客户,east,6%,年',
    ]);
    expect(result.state).toBe('committed');
    const row = await h.t.db
      .selectFrom('customers')
      .select(['interest_ppm', 'interest_basis'])
      .where('id', '=', charged.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ interest_ppm: 60_000, interest_basis: 'annual' });
  });

  it('shows the interest to date in ar, and none for a customer charged none', async () => {
    const admin = await h.person('admin');
    const text = said(await h.app.handle(h.as(admin.email, 'east').command('ar I-001')));
    expect(text).toContain('**逾期利息**（年利率 6%，计至 2026-11-23）：¥1,200.00');
    const none = said(await h.app.handle(h.as(admin.email, 'east').command('ar I-002')));
    expect(none).not.toContain('逾期利息');
  });

  it('states it in the final notice, and leaves the line out where none is charged', async () => {
    const team = await h.t.db
      .selectFrom('teams')
      .select('id')
      .where('code', '=', 'east')
      .executeTakeFirstOrThrow();
    const letter = await composeLetter(h.t.db, {
      customerId: charged.id,
      teamId: team.id,
      kind: 'final_notice',
      today: '2026-11-23',
    });
    const text = docxText(await letterDocx(letter.content));
    expect(text).toContain('截至2026-11-23，按约定计收的逾期利息为¥1,200.00。');
    const other = await composeLetter(h.t.db, {
      customerId: free.id,
      teamId: team.id,
      kind: 'final_notice',
      today: '2026-11-23',
    });
    expect(docxText(await letterDocx(other.content))).not.toContain('逾期利息为');
  });
});
