import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrations } from '../../../migrations/index.js';
import { createMigrator } from '../../../src/db/migrate.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-db.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.close();
});

describe('schema migrations', () => {
  it('creates every table the product keeps', async () => {
    const rows = await sql<{ table_name: string }>`
      SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`.execute(
      t.db,
    );
    const names = rows.rows.map((r) => r.table_name);
    for (const table of [
      'teams',
      'people',
      'receivables',
      'payments',
      'commitments',
      'repayment_plans',
      'disputes',
      'outbox',
      'audit_log',
      'job_runs',
    ]) {
      expect(names).toContain(table);
    }
  });

  it('keeps money exact in bigint columns and dates as calendar dates', async () => {
    const team = await t.db
      .insertInto('teams')
      .values({ code: 'm', name: 'M', settings: '{}' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const customer = await t.db
      .insertInto('customers')
      .values({
        external_id: 'C1',
        name: '华东机电',
        team_id: team.id,
        rating: 'A',
        credit_limit: 0,
        credit_currency: 'CNY',
        payment_terms_days: 30,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const big = 9_007_199_254_740_991; // largest safe integer: 90 trillion yuan in fen
    const row = await t.db
      .insertInto('receivables')
      .values({
        external_id: 'R1',
        customer_id: customer.id,
        team_id: team.id,
        collector_id: null,
        invoice_no: 'INV-1',
        contract_no: null,
        kind: 'invoice',
        currency: 'CNY',
        amount: big,
        outstanding: big,
        issued_on: null,
        due_on: '2026-12-31',
        dispute_note: null,
        import_id: null,
      })
      .returning(['amount', 'due_on'])
      .executeTakeFirstOrThrow();
    expect(row.amount).toBe(big);
    expect(row.due_on).toBe('2026-12-31');
  });

  it('migrates all the way down and up again', async () => {
    const migrator = createMigrator(t.db);
    let step = await migrator.migrateDown();
    while (step.results && step.results.length > 0 && !step.error) step = await migrator.migrateDown();
    expect(step.error).toBeUndefined();
    const up = await migrator.migrateToLatest();
    expect(up.error).toBeUndefined();
    expect(up.results?.map((r) => r.status)).toEqual(Object.keys(migrations).map(() => 'Success'));
  });
});
