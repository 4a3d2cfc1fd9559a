import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-db.js';
import { count, importFile, loadSampleCompany, tempDir } from './import-helpers.js';

let t: TestDatabase;
let tmp: Awaited<ReturnType<typeof tempDir>>;
let file: string;

const CUSTOMERS = ['C001', 'C002', 'C003', 'C004', 'C005', 'C006', 'C007', 'C008', 'C009', 'C010'];
const COLLECTORS = ['li.na', 'wang.fang', 'chen.jie', 'zhao.min', 'huang.lei', 'wu.jing', 'sun.hao'];

/** A 1,000-row receivables file; spreadsheet row 437 (data row 436) has the amount "5万x". */
function thousandRows(): string {
  const lines = ['单据编号,发票号码,客户编码,金额,币种,开票日期,到期日期,收款责任人,备注'];
  for (let i = 1; i <= 1000; i += 1) {
    const amount = i === 436 ? '5万x' : `${1000 + i}.50`;
    const day = String(1 + (i % 28)).padStart(2, '0');
    const collector = `${COLLECTORS[i % COLLECTORS.length]}@huaxin-group.cn`;
    lines.push(
      `G-${i},FP-G-${i},${CUSTOMERS[i % CUSTOMERS.length]},${amount},CNY,2026-10-${day},2026-12-${day},${collector},第${i}行`,
    );
  }
  return `${lines.join('\n')}\n`;
}

beforeAll(async () => {
  t = await createTestDatabase();
  tmp = await tempDir();
  file = await tmp.file('big.csv', thousandRows());
  await loadSampleCompany(t);
});
afterAll(async () => {
  await t.close();
  await tmp.cleanup();
});

describe('a file with one bad row', () => {
  it('is rejected whole: the report names row 437, its column and the reason, and nothing is written', async () => {
    const importsBefore = await count(t, 'imports');
    const auditBefore = await count(t, 'audit_log');
    const result = await importFile(t, 'receivables', file);
    expect(result).toMatchObject({
      state: 'rejected',
      rows: 1000,
      rejected: 1,
      issueCount: 1,
      rejectsFile: null,
    });
    expect(result.issues).toEqual([
      { row: 437, column: '金额', value: '5万x', reason: expect.stringContaining('amount not readable') },
    ]);
    expect(result.ignoredColumns).toEqual(['备注']);
    expect(await count(t, 'receivables')).toBe(0);
    expect(await count(t, 'audit_log')).toBe(auditBefore);
    // The attempt itself is the only row written.
    expect(await count(t, 'imports')).toBe(importsBefore + 1);
    const record = await t.db
      .selectFrom('imports')
      .selectAll()
      .where('id', '=', result.importId)
      .executeTakeFirstOrThrow();
    expect(record).toMatchObject({
      state: 'rejected',
      kind: 'receivables',
      file_name: 'big.csv',
      rows_total: 1000,
      rows_rejected: 1,
    });
    expect(record.report).toMatchObject({ issues: [{ row: 437, column: '金额', value: '5万x' }] });
  });

  it('with skipInvalid writes the 999 good rows and a rejects file holding row 437', async () => {
    const result = await importFile(t, 'receivables', file, { skipInvalid: true });
    expect(result).toMatchObject({
      state: 'committed',
      rows: 1000,
      inserted: 999,
      updated: 0,
      unchanged: 0,
      rejected: 1,
    });
    expect(result.rejectsFile).toBe(file.replace(/\.csv$/, '.rejects.csv'));
    expect(await count(t, 'receivables')).toBe(999);
    expect(await count(t, 'receivables', `import_id = ${result.importId}`)).toBe(999);
    expect(await count(t, 'receivables', "external_id = 'G-436'")).toBe(0);

    const rejects = (await readFile(result.rejectsFile ?? '', 'utf8'))
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(rejects).toHaveLength(2);
    expect(rejects[0]).toBe(
      '单据编号,发票号码,客户编码,金额,币种,开票日期,到期日期,收款责任人,备注,row,reason',
    );
    expect(rejects[1]).toMatch(
      /^G-436,FP-G-436,C007,5万x,CNY,.*,第436行,437,"?金额 ""5万x"": amount not readable/,
    );

    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('import_id', '=', result.importId)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'import.committed',
      entity: 'import',
      entity_id: String(result.importId),
    });
    expect(audit[0]?.after).toMatchObject({ rows: 1000, inserted: 999, rejected: 1 });
  });

  it('reports unknown references, duplicates and bad cells all together, row by row', async () => {
    const bad = await tmp.file(
      'bad.csv',
      [
        'External ID,Invoice No,Customer Code,Amount,Currency,Due Date,Collector',
        'B-1,FP-B-1,C001,100,CNY,2026-12-01,li.na@huaxin-group.cn',
        'B-2,FP-B-2,C999,100,CNY,2026-12-01,li.na@huaxin-group.cn',
        'B-3,FP-B-3,C001,100,RMBX,2026-02-30,nobody@huaxin-group.cn',
        'B-1,FP-B-4,C001,100,CNY,2026-12-01,',
        ',,,,,,',
        'B-5,,,,CNY,,',
      ].join('\n'),
    );
    const result = await importFile(t, 'receivables', bad);
    expect(result.state).toBe('rejected');
    expect(result.issues.map((i) => [i.row, i.column, i.value, i.reason.split(/[:(—]/)[0]?.trim()])).toEqual([
      [3, 'Customer Code', 'C999', 'unknown customer'],
      [4, 'Currency', 'RMBX', 'currency not 3 letters'],
      [4, 'Due Date', '2026-02-30', 'date invalid'],
      [4, 'Collector', 'nobody@huaxin-group.cn', 'unknown collector'],
      [5, 'External ID', 'B-1', 'duplicate external id within the file'],
      [7, 'Customer Code', '', 'missing required field'],
      [7, 'Amount', '', 'missing required field'],
      [7, 'Due Date', '', 'missing required field'],
    ]);
    expect(result.rows).toBe(5);
    expect(result.rejected).toBe(4);
  });

  it('is rejected when a required column is missing', async () => {
    const noAmount = await tmp.file(
      'no-amount.csv',
      'Invoice No,Customer Code,Due Date\nFP-1,C001,2026-12-01\n',
    );
    const result = await importFile(t, 'receivables', noAmount);
    expect(result.state).toBe('rejected');
    expect(result.issues).toEqual([
      { row: 1, column: '金额 / Amount', value: '', reason: 'missing required column' },
    ]);
  });
});
