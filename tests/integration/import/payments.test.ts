import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-db.js';
import { clock, count, importFile, loadSampleCompany, receivable, tempDir } from './import-helpers.js';

let t: TestDatabase;
let tmp: Awaited<ReturnType<typeof tempDir>>;

beforeAll(async () => {
  t = await createTestDatabase();
  tmp = await tempDir();
  await loadSampleCompany(t);
  // Customer C003 owes four items in CNY and one in USD; C006 one item.
  const items = await tmp.file(
    'items.csv',
    [
      'External ID,Invoice No,Customer Code,Currency,Amount,Due Date',
      'A,INV-A,C003,CNY,100.00,2026-10-01',
      'C,INV-C,C003,CNY,300.00,2026-12-01',
      'B,INV-B,C003,CNY,200.00,2026-11-01',
      'D,INV-D,C003,USD,50.00,2026-09-01',
      'E,INV-E,C003,CNY,80.00,2027-01-15',
      'F,INV-F,C006,CNY,60.00,2026-10-20',
    ].join('\n'),
  );
  const loaded = await importFile(t, 'receivables', items);
  expect(loaded.inserted).toBe(6);
});
afterAll(async () => {
  await t.close();
  await tmp.cleanup();
});

async function state(id: string) {
  const r = await receivable(t, id);
  return { outstanding: r.outstanding, status: r.status };
}

async function allocations(paymentId: string) {
  const rows = await sql<{ item: string; amount: number }>`
    SELECT r.external_id AS item, a.amount FROM payment_allocations a
    JOIN payments p ON p.id = a.payment_id JOIN receivables r ON r.id = a.receivable_id
    WHERE p.external_id = ${paymentId} ORDER BY r.due_on`.execute(t.db);
  return rows.rows.map((r) => [r.item, r.amount]);
}

describe('payment allocation', () => {
  it('applies a payment naming an invoice to that invoice only, partially', async () => {
    const file = await tmp.file(
      'p1.csv',
      '收款单号,客户编码,发票号,金额,到账日期\nP1,C003,INV-B,50,2026-11-02\n',
    );
    const result = await importFile(t, 'payments', file);
    expect(result).toMatchObject({
      state: 'committed',
      inserted: 1,
      details: { allocations: 1, itemsPaid: 0 },
    });
    expect(await allocations('P1')).toEqual([['B', 5_000]]);
    expect(await state('B')).toEqual({ outstanding: 15_000, status: 'open' });
    expect(await state('A')).toEqual({ outstanding: 10_000, status: 'open' });
    const payment = await t.db
      .selectFrom('payments')
      .selectAll()
      .where('external_id', '=', 'P1')
      .executeTakeFirstOrThrow();
    expect(payment.receivable_id).toBe((await receivable(t, 'B')).id);
    expect(payment).toMatchObject({
      currency: 'CNY',
      amount: 5_000,
      received_on: '2026-11-02',
      import_id: result.importId,
    });
  });

  it('otherwise pays the oldest items first, in the order payments arrived, leaving any excess unallocated', async () => {
    // Listed out of order: P3 arrived after P2.
    const file = await tmp.file(
      'p2.csv',
      [
        '收款单号,客户编码,金额,币种,到账日期,银行,流水号',
        'P3,C003,450,CNY,2026-11-20,招商银行,CMB-3',
        'P2,C003,250,CNY,2026-11-10,招商银行,CMB-2',
        'P4,C003,20,USD,2026-11-11,DBS,DBS-4',
        'P5,C006,60,CNY,2026-11-12,工商银行,ICBC-5',
      ].join('\n'),
    );
    const result = await importFile(t, 'payments', file);
    expect(result).toMatchObject({ state: 'committed', inserted: 4 });
    // P2 (250): A 100 in full, then B's remaining 150 in full.
    expect(await allocations('P2')).toEqual([
      ['A', 10_000],
      ['B', 15_000],
    ]);
    // P3 (450): C 300, E 80; 70 left on the payment.
    expect(await allocations('P3')).toEqual([
      ['C', 30_000],
      ['E', 8_000],
    ]);
    expect(await allocations('P4')).toEqual([['D', 2_000]]);
    expect(await state('A')).toEqual({ outstanding: 0, status: 'paid' });
    expect(await state('B')).toEqual({ outstanding: 0, status: 'paid' });
    expect(await state('C')).toEqual({ outstanding: 0, status: 'paid' });
    expect(await state('E')).toEqual({ outstanding: 0, status: 'paid' });
    expect(await state('D')).toEqual({ outstanding: 3_000, status: 'open' });
    expect(await state('F')).toEqual({ outstanding: 0, status: 'paid' });
    expect(result.details).toMatchObject({ allocations: 6, itemsPaid: 5 });
    const touched = await count(t, 'receivables', `import_id = ${result.importId}`);
    expect(touched).toBe(6);
  });

  it('does not allocate twice when the same payments are imported again', async () => {
    const before = await sql`SELECT * FROM payment_allocations ORDER BY id`.execute(t.db);
    const balances =
      await sql`SELECT external_id, outstanding, status, updated_at FROM receivables ORDER BY id`.execute(
        t.db,
      );
    for (const name of ['p1.csv', 'p2.csv']) {
      const again = await importFile(t, 'payments', await tmp.file(name));
      expect(again).toMatchObject({
        inserted: 0,
        updated: 0,
        unchanged: again.rows,
        details: { allocations: 0 },
      });
    }
    expect((await sql`SELECT * FROM payment_allocations ORDER BY id`.execute(t.db)).rows).toEqual(
      before.rows,
    );
    expect(
      (
        await sql`SELECT external_id, outstanding, status, updated_at FROM receivables ORDER BY id`.execute(
          t.db,
        )
      ).rows,
    ).toEqual(balances.rows);
  });

  it('keeps a named invoice that is already paid untouched and leaves the payment unallocated', async () => {
    const file = await tmp.file(
      'p6.csv',
      'External ID,Customer Code,Invoice No,Amount,Received Date\nP6,C003,INV-A,10,2026-11-28\n',
    );
    const result = await importFile(t, 'payments', file);
    expect(result).toMatchObject({ inserted: 1, details: { allocations: 0 } });
    expect(await state('A')).toEqual({ outstanding: 0, status: 'paid' });
  });

  it('rejects payments for unknown customers or invoices, and in another currency than the invoice', async () => {
    const file = await tmp.file(
      'p-bad.csv',
      [
        'External ID,Customer Code,Invoice No,Amount,Currency,Received Date',
        'Q1,C404,,10,CNY,2026-11-28',
        'Q2,C003,INV-404,10,CNY,2026-11-28',
        'Q3,C003,INV-D,10,CNY,2026-11-28',
        'Q4,C003,,10,CNY,2026-11-31',
      ].join('\n'),
    );
    const result = await importFile(t, 'payments', file);
    expect(result.state).toBe('rejected');
    expect(result.issues.map((i) => [i.row, i.column, i.reason.split(/[:(]/)[0]])).toEqual([
      [2, 'Customer Code', 'unknown customer'],
      [3, 'Invoice No', 'unknown invoice for this customer'],
      [4, 'Currency', 'the invoice is in USD'],
      [5, 'Received Date', 'date invalid'],
    ]);
    expect(await count(t, 'payments', "external_id LIKE 'Q%'")).toBe(0);
  });
});

describe('receivable updates', () => {
  it('move the outstanding balance by the change in amount and reopen a paid item', async () => {
    const before = await receivable(t, 'C');
    clock.advance(60_000);
    const file = await tmp.file(
      'c-up.csv',
      'External ID,Invoice No,Customer Code,Currency,Amount,Due Date\nC,INV-C,C003,CNY,350.00,2026-12-01\n',
    );
    const result = await importFile(t, 'receivables', file);
    expect(result).toMatchObject({ inserted: 0, updated: 1, unchanged: 0 });
    const after = await receivable(t, 'C');
    expect(after).toMatchObject({
      amount: 35_000,
      outstanding: 5_000,
      status: 'open',
      import_id: result.importId,
    });
    expect(after.updated_at.getTime()).not.toBe(before.updated_at.getTime());
    clock.advance(60_000);
    const again = await importFile(t, 'receivables', file);
    expect(again).toMatchObject({ updated: 0, unchanged: 1 });
    expect((await receivable(t, 'C')).updated_at.getTime()).toBe(after.updated_at.getTime());
  });

  it('refuse an amount below what was already paid', async () => {
    const file = await tmp.file(
      'c-down.csv',
      'External ID,Invoice No,Customer Code,Amount,Due Date\nC,INV-C,C003,200.00,2026-12-01\n',
    );
    const result = await importFile(t, 'receivables', file);
    expect(result.state).toBe('rejected');
    expect(result.issues).toEqual([
      {
        row: 2,
        column: 'Amount',
        value: '200.00',
        reason: 'amount is below the 300.00 already paid against this item',
      },
    ]);
    expect(await state('C')).toEqual({ outstanding: 5_000, status: 'open' });
  });
});
