import { writeFile } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportUsageError } from '../../../src/import/errors.js';
import { summaryLine } from '../../../src/import/report.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-db.js';
import { count, importFile, loadSampleCompany, receivable, sample, tempDir } from './import-helpers.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(async () => {
  await tmp.cleanup();
});

/** A database with the sample company (teams, roster, customers) and nothing else. */
async function company(): Promise<TestDatabase> {
  const t = await createTestDatabase();
  await loadSampleCompany(t);
  return t;
}

const ledgerReceipts = (t: TestDatabase) =>
  t.db
    .selectFrom('payments as p')
    .innerJoin('receivables as r', 'r.id', 'p.receivable_id')
    .select(['r.external_id', 'p.amount', 'p.received_on'])
    .where('p.source', '=', 'ledger')
    .orderBy('r.external_id')
    .execute();

describe('ledger files as the ERP exports them', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await company();
  });
  afterAll(async () => {
    await t.close();
  });

  it('imports the .xlsx report: header under the title, two-row merged header, subtotal/total/footer rows skipped', async () => {
    const result = await importFile(t, 'receivables', sample('erp-receivables.xlsx'));
    expect(result.issues).toEqual([]);
    expect(result).toMatchObject({
      state: 'committed',
      rows: 5,
      skipped: 5,
      inserted: 5,
      balanceFrom: 'balance',
    });
    expect(summaryLine(result)).toMatch(
      /^receivables: 5 rows \(5 subtotal\/total\/footer rows skipped\) — 5 inserted.*open balances from the file: 3 receipts no payment explains recorded, 1 item closed/,
    );
    // Fully paid: keeps its amount and is closed. Part paid: the open balance is what is chased.
    expect(await receivable(t, 'AR-2611-001')).toMatchObject({
      amount: 32_000_000,
      outstanding: 0,
      status: 'paid',
      issued_on: '2026-09-15',
      due_on: '2026-11-14',
    });
    expect(await receivable(t, 'AR-2611-002')).toMatchObject({
      amount: 15_800_000,
      outstanding: 10_000_000,
      status: 'open',
      issued_on: '2026-10-08',
      due_on: '2026-11-07',
    });
    expect(await receivable(t, 'AR-2611-003')).toMatchObject({ amount: 8_640_000, outstanding: 8_640_000 });
    expect(await receivable(t, 'AR-2611-004')).toMatchObject({ amount: 4_520_000, outstanding: 3_320_000 });
    expect(await ledgerReceipts(t)).toEqual([
      { external_id: 'AR-2611-001', amount: 32_000_000, received_on: '2026-11-23' },
      { external_id: 'AR-2611-002', amount: 5_800_000, received_on: '2026-11-23' },
      { external_id: 'AR-2611-004', amount: 1_200_000, received_on: '2026-11-23' },
    ]);
    const collector = await t.db
      .selectFrom('receivables as r')
      .innerJoin('people as p', 'p.id', 'r.collector_id')
      .select('p.name')
      .where('r.external_id', '=', 'AR-2611-003')
      .executeTakeFirstOrThrow();
    expect(collector.name).toBe('王芳');
  });

  it('reads the same report saved as a GBK .csv, and re-importing it records no receipt twice', async () => {
    const result = await importFile(t, 'receivables', sample('erp-receivables.gbk.csv'));
    expect(result.issues).toEqual([]);
    expect(result).toMatchObject({ state: 'committed', rows: 5, skipped: 5, inserted: 0, unchanged: 5 });
    expect(result.details.ledgerReceipts).toBe(0);
    expect(await ledgerReceipts(t)).toHaveLength(3);
  });
});

describe('encodings read from the whole file', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await company();
  });
  afterAll(async () => {
    await t.close();
  });

  it('reads a GBK file whose Chinese text starts after the first 64 KB', async () => {
    const lines = ['Invoice No,Customer Name,Amount,Due Date'];
    for (let i = 0; lines.join('\n').length < 80 * 1024; i += 1)
      lines.push(`ASCII-${i},Lion Harbour Trading Pte. Ltd.,100.00,2026-12-01`);
    const asciiRows = lines.length - 1;
    lines.push('GBK-1,上海宏达机电设备有限公司,"5,000.00",2026-12-01');
    const file = await tmp.file('late-chinese.csv');
    await writeFile(file, iconv.encode(`${lines.join('\r\n')}\r\n`, 'gbk'));
    const result = await importFile(t, 'receivables', file);
    expect(result.issues).toEqual([]);
    expect(result).toMatchObject({ state: 'committed', rows: asciiRows + 1 });
    const item = await t.db
      .selectFrom('receivables as r')
      .innerJoin('customers as c', 'c.id', 'r.customer_id')
      .select('c.external_id')
      .where('r.external_id', '=', 'GBK-1')
      .executeTakeFirstOrThrow();
    expect(item.external_id).toBe('C001');
  });

  it('refuses a file that decodes cleanly neither as UTF-8 nor as GBK, and writes nothing', async () => {
    const before = await count(t, 'receivables');
    const file = await tmp.file('broken.csv');
    const good = Buffer.from('Invoice No,Customer Code,Amount,Due Date\r\nBAD-1,C001,');
    await writeFile(
      file,
      Buffer.concat([good, Buffer.from([0x80, 0xff, 0x31]), Buffer.from(',2026-12-01\r\n')]),
    );
    const attempt = importFile(t, 'receivables', file);
    await expect(attempt).rejects.toBeInstanceOf(ImportUsageError);
    await expect(attempt).rejects.toThrow(/cannot be read cleanly as UTF-8 or GBK\/GB18030/);
    expect(await count(t, 'receivables')).toBe(before);
  });
});

const PLAIN =
  'Invoice No,Customer Code,Amount,Issue Date,Due Date\r\nINV-9,C001,"158,000.00",2026-10-08,2026-11-07\r\n';
const BALANCE =
  '发票号,客户编码,应收金额,未收金额,开票日期,到期日\r\nINV-9,C001,"158,000.00","100,000.00",2026-10-08,2026-11-07\r\n';
const PAYMENT =
  '收款单号,客户编码,发票号,金额,到账日期,流水号\r\nP-9,C001,INV-9,"58,000.00",2026-10-20,CMB-9\r\n';

describe('gross and balance: a receipt is never counted twice, whichever file comes first', () => {
  it('payments first: the balance file finds the receipt explained and records nothing more', async () => {
    const t = await company();
    try {
      await importFile(t, 'receivables', await tmp.file('a-plain.csv', PLAIN));
      await importFile(t, 'payments', await tmp.file('a-pay.csv', PAYMENT));
      const result = await importFile(t, 'receivables', await tmp.file('a-balance.csv', BALANCE));
      expect(result.issues).toEqual([]);
      expect(result.details.ledgerReceipts).toBe(0);
      expect(await receivable(t, 'INV-9')).toMatchObject({ amount: 15_800_000, outstanding: 10_000_000 });
      expect(await ledgerReceipts(t)).toEqual([]);
    } finally {
      await t.close();
    }
  });

  it('balance first: the bank payment imported later takes the ledger receipt’s place', async () => {
    const t = await company();
    try {
      await importFile(t, 'receivables', await tmp.file('b-balance.csv', BALANCE));
      expect(await ledgerReceipts(t)).toEqual([
        { external_id: 'INV-9', amount: 5_800_000, received_on: '2026-11-23' },
      ]);
      const result = await importFile(t, 'payments', await tmp.file('b-pay.csv', PAYMENT));
      expect(result.issues).toEqual([]);
      expect(result.details.ledgerExplained).toBe(5_800_000);
      expect(await ledgerReceipts(t)).toEqual([]);
      expect(await receivable(t, 'INV-9')).toMatchObject({ outstanding: 10_000_000, status: 'open' });
      const allocated = await t.db
        .selectFrom('payment_allocations as a')
        .innerJoin('payments as p', 'p.id', 'a.payment_id')
        .select(['p.external_id', 'a.amount'])
        .execute();
      expect(allocated).toEqual([{ external_id: 'P-9', amount: 5_800_000 }]);
    } finally {
      await t.close();
    }
  });

  it('a file with only a paid column computes the balance and says so', async () => {
    const t = await company();
    try {
      const paidOnly =
        '发票号,客户编码,应收金额,已收金额,到期日\r\nINV-7,C001,"10,000.00","10,000.00",2026-11-07\r\nINV-8,C001,"20,000.00",0,2026-11-07\r\n';
      const result = await importFile(t, 'receivables', await tmp.file('paid-only.csv', paidOnly));
      expect(result.issues).toEqual([]);
      expect(summaryLine(result)).toContain(
        'open balances computed as amount less the paid column: 1 receipt',
      );
      expect(await receivable(t, 'INV-7')).toMatchObject({ outstanding: 0, status: 'paid' });
      expect(await receivable(t, 'INV-8')).toMatchObject({ outstanding: 2_000_000, status: 'open' });
    } finally {
      await t.close();
    }
  });

  it('refuses a balance above what the bank payments already recorded leave open, naming row and column', async () => {
    const t = await company();
    try {
      await importFile(t, 'receivables', await tmp.file('c-plain.csv', PLAIN));
      await importFile(t, 'payments', await tmp.file('c-pay.csv', PAYMENT));
      const tooHigh = BALANCE.replace('"100,000.00"', '"120,000.00"');
      const result = await importFile(t, 'receivables', await tmp.file('c-balance.csv', tooHigh));
      expect(result.state).toBe('rejected');
      expect(result.issues).toEqual([
        {
          row: 2,
          column: '未收金额',
          value: '120,000.00',
          reason:
            'the open balance is more than what is left after the payments already recorded against this item',
        },
      ]);
      expect(await receivable(t, 'INV-9')).toMatchObject({ outstanding: 10_000_000 });
    } finally {
      await t.close();
    }
  });
});
