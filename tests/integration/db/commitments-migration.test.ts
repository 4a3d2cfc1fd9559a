import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMigrator, migrateToLatest } from '../../../src/db/migrate.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-db.js';

let t: TestDatabase;
const run = (text: string) => sql.raw(text).execute(t.db);

beforeAll(async () => {
  t = await createTestDatabase();
  // Back to the schema before commitments, with a team's record kept the old way.
  // Later migrations are undone first; they are taken again below.
  const migrator = createMigrator(t.db);
  let undone: string | undefined;
  while (undone !== '0015_commitments') {
    const down = await migrator.migrateDown();
    expect(down.error).toBeUndefined();
    undone = down.results?.[0]?.migrationName;
    expect(undone).toBeDefined();
  }
  await run(`INSERT INTO teams (id, code, name, settings) VALUES (1, 'east', 'East', '{}')`);
  await run(`INSERT INTO people (id, email, name, role) VALUES (1, 'c@x.cn', '张三', 'collector')`);
  await run(`INSERT INTO customers (id, external_id, name, team_id, rating, credit_limit, credit_currency, payment_terms_days)
    VALUES (1, 'C1', '华东机电', 1, 'B', 0, 'CNY', 30)`);
  await run(`INSERT INTO receivables (id, external_id, customer_id, team_id, collector_id, invoice_no, kind, currency,
      amount, outstanding, due_on, disputed, dispute_note)
    VALUES (1, 'R1', 1, 1, 1, 'INV-1', 'invoice', 'CNY', 100000, 100000, '2026-11-01', false, NULL),
           (2, 'R2', 1, 1, 1, 'INV-2', 'invoice', 'CNY', 50000, 50000, '2099-12-10', false, NULL),
           (3, 'R3', 1, 1, 1, 'INV-3', 'invoice', 'CNY', 70000, 70000, '2026-10-01', true, '质量异议')`);
  await run(`INSERT INTO promises (id, receivable_id, customer_id, person_id, currency, amount, promised_on, made_on, status)
    VALUES (41, 1, 1, 1, 'CNY', 60000, '2099-12-05', '2026-11-20', 'open')`);
  await run(`INSERT INTO follow_ups (id, receivable_id, customer_id, person_id, method, note, next_action_on, created_at)
    VALUES (1, 1, 1, 1, 'phone', '在走审批', '2099-11-25', '2026-11-20T02:00:00Z'),
           (2, 1, 1, 1, 'phone', '财务说下周', '2099-12-02', '2026-11-21T02:00:00Z')`);
  await run(`INSERT INTO due_confirmations (id, receivable_id, person_id, confirmed_on, kind, new_due_on, reason_code, approval_state)
    VALUES (7, 2, 1, '2026-11-20', 'delay', '2099-12-20', 'funds_tight', 'pending')`);
  await migrateToLatest(t.db);
});
afterAll(async () => {
  await t.close();
});

describe('carrying the collection record over to commitments', () => {
  it('keeps every promise under its own id, dated and owned as before', async () => {
    const promise = await t.db
      .selectFrom('commitments')
      .selectAll()
      .where('id', '=', 41)
      .executeTakeFirstOrThrow();
    expect(promise).toMatchObject({
      kind: 'promise',
      team_id: 1,
      receivable_id: 1,
      amount: 60_000,
      due_on: '2099-12-05',
      made_on: '2026-11-20',
      status: 'open',
    });
  });

  it("turns follow-ups' next dates into next actions, the latest one live", async () => {
    const next = await t.db
      .selectFrom('commitments')
      .select(['due_on', 'status', 'follow_up_id', 'origin'])
      .where('kind', '=', 'next_action')
      .orderBy('id')
      .execute();
    expect(next).toEqual([
      { due_on: '2099-11-25', status: 'cancelled', follow_up_id: 1, origin: 'follow_up:1' },
      { due_on: '2099-12-02', status: 'open', follow_up_id: 2, origin: 'follow_up:2' },
    ]);
  });

  it('carries a pending delay over with its approval state, so the posted approval buttons still work', async () => {
    const delay = await t.db
      .selectFrom('commitments')
      .selectAll()
      .where('origin', '=', 'due_confirmation:7')
      .executeTakeFirstOrThrow();
    expect(delay).toMatchObject({
      kind: 'delay',
      receivable_id: 2,
      amount: 50_000,
      due_on: '2099-12-20',
      approval_state: 'pending',
      status: 'open',
      reason_code: 'funds_tight',
    });
  });

  it('opens a dispute owned by the collector for an item already marked disputed', async () => {
    const disputes = await t.db.selectFrom('disputes').selectAll().execute();
    expect(disputes).toHaveLength(1);
    expect(disputes[0]).toMatchObject({ receivable_id: 3, owner_id: 1, note: '质量异议', state: 'open' });
  });

  it('takes new commitments after the carried ones without clashing ids', async () => {
    const row = await t.db
      .insertInto('commitments')
      .values({
        kind: 'promise',
        team_id: 1,
        receivable_id: null,
        customer_id: 1,
        person_id: 1,
        currency: 'CNY',
        amount: 1000,
        due_on: '2099-12-31',
        made_on: '2026-12-01',
        note: null,
        superseded_by: null,
        resolved_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(row.id).toBeGreaterThan(41);
  });
});
