import { spawnSync } from 'node:child_process';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCommand } from '../../../src/import/cli.js';
import { ImportUsageError } from '../../../src/import/errors.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-db.js';
import {
  clock,
  count,
  importFile,
  loadSampleCompany,
  logger,
  receivable,
  tempDir,
} from './import-helpers.js';

let t: TestDatabase;
let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  t = await createTestDatabase();
  tmp = await tempDir();
  await loadSampleCompany(t);
});
afterAll(async () => {
  await t.close();
  await tmp.cleanup();
});

function output() {
  let text = '';
  const stream = {
    write(chunk: string) {
      text += chunk;
      return true;
    },
    text: () => text,
  };
  return stream as unknown as NodeJS.WritableStream & { text(): string };
}

describe('file formats and headers', () => {
  it('reads an .xlsx workbook: English headers, number and date cells, formulas and rich text', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('AR');
    ws.addRow([
      'Invoice Number',
      'Customer Name',
      'Amount',
      'Invoice Date',
      'Due Date',
      'Collector',
      'Notes',
    ]);
    ws.addRow([
      'X-1',
      '上海宏达机电设备有限公司',
      1234.56,
      new Date(Date.UTC(2026, 9, 1)),
      new Date(Date.UTC(2026, 10, 30)),
      'li.na@huaxin-group.cn',
      'n',
    ]);
    ws.addRow([
      { richText: [{ text: 'X-' }, { text: '2' }] },
      'C002',
      { formula: 'A1*0+5000', result: 5000 },
      '2026/10/02',
      '2026年12月1日',
      '陈杰',
      '',
    ]);
    ws.addRow([]);
    ws.addRow([
      'X-3',
      '杭州云帆信息科技有限公司',
      '3.5万',
      null,
      new Date(Date.UTC(2026, 11, 15)),
      null,
      null,
    ]);
    const file = path.join(tmp.dir, 'ar.xlsx');
    await wb.xlsx.writeFile(file);

    const result = await importFile(t, 'receivables', file);
    expect(result.issues).toEqual([]);
    expect(result).toMatchObject({ state: 'committed', rows: 3, inserted: 3, ignoredColumns: ['Notes'] });
    expect(await receivable(t, 'X-1')).toMatchObject({
      amount: 123_456,
      issued_on: '2026-10-01',
      due_on: '2026-11-30',
    });
    expect(await receivable(t, 'X-2')).toMatchObject({
      amount: 500_000,
      issued_on: '2026-10-02',
      due_on: '2026-12-01',
    });
    const x3 = await receivable(t, 'X-3');
    expect(x3).toMatchObject({ amount: 3_500_000, issued_on: null, due_on: '2026-12-15' });
    // No collector given: the customer's owner collects.
    const owner = await t.db
      .selectFrom('customers')
      .select('owner_id')
      .where('external_id', '=', 'C003')
      .executeTakeFirstOrThrow();
    expect(x3.collector_id).toBe(owner.owner_id);
  });

  it('reports xlsx rows by their sheet row number', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('AR');
    ws.addRow(['发票号', '客户编码', '金额', '到期日']);
    ws.addRow(['Y-1', 'C001', 100, '2026-12-01']);
    ws.addRow([]);
    ws.addRow(['Y-2', 'C001', 'abc', '2026-12-01']);
    const file = path.join(tmp.dir, 'bad.xlsx');
    await wb.xlsx.writeFile(file);
    const result = await importFile(t, 'receivables', file);
    expect(result.state).toBe('rejected');
    expect(result.issues).toEqual([
      { row: 4, column: '金额', value: 'abc', reason: expect.stringContaining('amount not readable') },
    ]);
  });

  it('reads a GB18030 CSV saved by Chinese Excel, with semicolons', async () => {
    const text =
      '发票号码;客户名称;应收金额（元）;到期日期\r\nGB-1;苏州恒信精密制造有限公司;"1,000.00";2026-12-20\r\n';
    const bytes = Buffer.from(new Uint8Array(encodeGb18030(text)));
    const file = await tmp.file('gbk.csv');
    await import('node:fs/promises').then((fs) => fs.writeFile(file, bytes));
    const result = await importFile(t, 'receivables', file);
    expect(result.issues).toEqual([]);
    expect(await receivable(t, 'GB-1')).toMatchObject({ amount: 100_000, due_on: '2026-12-20' });
  });

  it('takes --map for headers it does not know, and can ignore a column', async () => {
    const file = await tmp.file(
      'mapped.csv',
      'Beleg,Kunde,Betrag,Fällig,Kommentar\nM-1,C001,250.00,2026-12-10,x\n',
    );
    const rejected = await importFile(t, 'receivables', file);
    expect(rejected.state).toBe('rejected');
    const result = await importFile(t, 'receivables', file, {
      map: { Beleg: 'invoice_no', Kunde: '客户编码', Betrag: 'amount', Fällig: 'Due Date', Kommentar: '-' },
    });
    expect(result).toMatchObject({ state: 'committed', inserted: 1, ignoredColumns: ['Kommentar'] });
    expect(await receivable(t, 'M-1')).toMatchObject({ amount: 25_000, due_on: '2026-12-10' });
    await expect(importFile(t, 'receivables', file, { map: { Beleg: 'nonsense' } })).rejects.toBeInstanceOf(
      ImportUsageError,
    );
    await expect(importFile(t, 'receivables', file, { map: { Nope: 'amount' } })).rejects.toBeInstanceOf(
      ImportUsageError,
    );
  });

  it('works out a missing due date from the issue date and the customer payment terms', async () => {
    const file = await tmp.file('terms.csv', '发票号,客户编码,金额,开票日期\nT-1,C002,100,2026-10-15\n');
    await importFile(t, 'receivables', file);
    expect(await receivable(t, 'T-1')).toMatchObject({ issued_on: '2026-10-15', due_on: '2026-11-29' }); // 45 days
  });
});

describe('the import command', () => {
  it('answers an unknown kind, a missing file or no arguments with a usage message and exit code 2', async () => {
    for (const argv of [
      ['invoices', 'x.csv'],
      ['receivables', path.join(tmp.dir, 'missing.csv')],
      [],
      ['receivables'],
    ]) {
      const stdout = output();
      const stderr = output();
      expect(
        await importCommand(argv, { env: {}, stdout, stderr, handle: t, logger, clock }),
        argv.join(' '),
      ).toBe(2);
      expect(stderr.text()).toContain('usage: npm run import');
    }
    const stderr = output();
    const notSupported = await tmp.file('list.json', '[]');
    expect(
      await importCommand(['teams', notSupported], {
        env: {},
        stdout: output(),
        stderr,
        handle: t,
        logger,
        clock,
      }),
    ).toBe(2);
    expect(stderr.text()).toContain('unsupported file type');
  });

  it('prints the report and one summary line, exit 0 when written and 1 when rejected', async () => {
    const good = await tmp.file(
      'cmd.csv',
      'Invoice No,Customer Code,Amount,Due Date\nK-1,C001,"5,000.00",2026-12-01\n',
    );
    const stdout = output();
    expect(
      await importCommand(['receivables', good], {
        env: {},
        stdout,
        stderr: output(),
        handle: t,
        logger,
        clock,
      }),
    ).toBe(0);
    expect(stdout.text()).toMatch(
      /^receivables: 1 rows — 1 inserted, 0 updated, 0 unchanged, 0 rejected in \d+\.\d s\n$/,
    );

    const bad = await tmp.file(
      'cmd-bad.csv',
      'Invoice No,Customer Code,Amount,Due Date\nK-2,C001,5万x,2026-12-01\n',
    );
    const out2 = output();
    expect(
      await importCommand(['receivables', bad], {
        env: {},
        stdout: out2,
        stderr: output(),
        handle: t,
        logger,
        clock,
      }),
    ).toBe(1);
    expect(out2.text()).toContain('row 2 · Amount "5万x": amount not readable');
    expect(out2.text()).toMatch(/receivables: 1 rows — rejected, nothing written: 1 row with problems/);
    expect(await count(t, 'receivables', "external_id = 'K-2'")).toBe(0);
  });

  it('exits with 2 from the real script on a usage error', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', 'bogus', 'file.csv'], {
      cwd: path.resolve(import.meta.dirname, '../../..'),
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown kind "bogus"');
  });
});

/** Encodes text as GB18030 the way a Chinese Excel saves CSV (enough for this test's characters). */
function encodeGb18030(text: string): number[] {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030');
  // Build the reverse table for the characters needed by scanning the two-byte GBK range.
  const wanted = new Set([...text].filter((c) => c.charCodeAt(0) > 0x7f));
  for (let hi = 0x81; hi <= 0xfe && table.size < wanted.size; hi += 1) {
    for (let lo = 0x40; lo <= 0xfe; lo += 1) {
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (wanted.has(ch) && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  return [...text].flatMap((c) => table.get(c) ?? [c.charCodeAt(0)]);
}
