import { type Kysely, type Migration, sql } from 'kysely';

// A balance from the ERP that no imported payment explains is kept as a receipt of its own kind
// ('ledger'), so promise settlement and reports see the money and a later bank payment replaces it.
const UP = [
  'ALTER TABLE payments DROP CONSTRAINT IF EXISTS payments_source_check',
  `ALTER TABLE payments ADD CONSTRAINT payments_source_check
    CHECK (source IN ('import', 'provisional', 'ledger'))`,
  `CREATE INDEX payments_ledger_idx ON payments (customer_id) WHERE source = 'ledger'`,
];

const DOWN = [
  'DROP INDEX payments_ledger_idx',
  // Without ledger receipts the items they closed are open again by as much.
  `UPDATE receivables r SET outstanding = r.outstanding + a.total,
    status = CASE WHEN r.status = 'paid' THEN 'open' ELSE r.status END
    FROM (SELECT pa.receivable_id, sum(pa.amount) AS total FROM payment_allocations pa
          JOIN payments p ON p.id = pa.payment_id WHERE p.source = 'ledger' GROUP BY pa.receivable_id) a
    WHERE r.id = a.receivable_id`,
  `DELETE FROM payment_allocations WHERE payment_id IN (SELECT id FROM payments WHERE source = 'ledger')`,
  "DELETE FROM payments WHERE source = 'ledger'",
  'ALTER TABLE payments DROP CONSTRAINT payments_source_check',
  `ALTER TABLE payments ADD CONSTRAINT payments_source_check CHECK (source IN ('import', 'provisional'))`,
];

export const up: Migration['up'] = async (db: Kysely<unknown>) => {
  // One statement per call: the embedded PGlite driver runs a single statement per query.
  for (const statement of UP) await sql.raw(statement).execute(db);
};

export const down: NonNullable<Migration['down']> = async (db: Kysely<unknown>) => {
  for (const statement of DOWN) await sql.raw(statement).execute(db);
};
