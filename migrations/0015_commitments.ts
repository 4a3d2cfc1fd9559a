import { type Kysely, type Migration, sql } from 'kysely';

// Commitments: everything someone agreed with a date is one record. Promises become commitments
// in place (their ids, and so their audit trail, stay); pre-due answers and follow-ups' next dates
// are carried over; repayment plans and disputes get tables of their own.
const UP = [
  `CREATE TABLE repayment_plans (
    id serial PRIMARY KEY,
    team_id integer NOT NULL REFERENCES teams(id),
    customer_id integer NOT NULL REFERENCES customers(id),
    receivable_ids integer[] NOT NULL,
    person_id integer REFERENCES people(id),
    currency char(3) NOT NULL,
    total bigint NOT NULL CHECK (total > 0),
    made_on date NOT NULL,
    note text,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  'CREATE INDEX repayment_plans_customer_idx ON repayment_plans (customer_id, created_at)',
  'ALTER TABLE promises RENAME TO commitments',
  'ALTER TABLE commitments RENAME COLUMN promised_on TO due_on',
  "ALTER TABLE commitments ADD COLUMN kind text NOT NULL DEFAULT 'promise'",
  'ALTER TABLE commitments ALTER COLUMN kind DROP DEFAULT',
  `ALTER TABLE commitments ADD CONSTRAINT commitments_kind_check
    CHECK (kind IN ('promise', 'instalment', 'on_time', 'delay', 'next_action'))`,
  'ALTER TABLE commitments ADD COLUMN team_id integer REFERENCES teams(id)',
  'UPDATE commitments c SET team_id = r.team_id FROM receivables r WHERE r.id = c.receivable_id',
  'ALTER TABLE commitments ALTER COLUMN team_id SET NOT NULL',
  'ALTER TABLE commitments ALTER COLUMN receivable_id DROP NOT NULL',
  'ALTER TABLE commitments ALTER COLUMN amount DROP NOT NULL',
  'ALTER TABLE commitments ALTER COLUMN currency DROP NOT NULL',
  'ALTER TABLE commitments ADD COLUMN plan_id integer REFERENCES repayment_plans(id)',
  'ALTER TABLE commitments ADD COLUMN instalment_no smallint',
  'ALTER TABLE commitments ADD COLUMN reason_code text',
  `ALTER TABLE commitments ADD COLUMN approval_state text NOT NULL DEFAULT 'not_needed'
    CHECK (approval_state IN ('not_needed', 'pending', 'approved', 'rejected'))`,
  'ALTER TABLE commitments ADD COLUMN approver_id integer REFERENCES people(id)',
  'ALTER TABLE commitments ADD COLUMN decided_at timestamptz',
  'ALTER TABLE commitments ADD COLUMN follow_up_id integer REFERENCES follow_ups(id)',
  // Where a carried-over row came from ('due_confirmation:7'), so buttons posted before still work.
  'ALTER TABLE commitments ADD COLUMN origin text UNIQUE',
  `ALTER TABLE commitments ADD CONSTRAINT commitments_money_check
    CHECK (kind = 'next_action' OR (amount IS NOT NULL AND currency IS NOT NULL))`,
  `ALTER TABLE commitments ADD CONSTRAINT commitments_item_check
    CHECK (receivable_id IS NOT NULL OR kind IN ('promise', 'instalment', 'next_action'))`,
  `ALTER TABLE commitments ADD CONSTRAINT commitments_plan_check
    CHECK ((kind = 'instalment') = (plan_id IS NOT NULL))`,
  // Carried-over rows take ids after every promise's, whatever the sequence says.
  "SELECT setval(pg_get_serial_sequence('commitments', 'id'), GREATEST((SELECT max(id) FROM commitments), 1))",
  "CREATE INDEX commitments_team_open_idx ON commitments (team_id, due_on) WHERE status = 'open'",
  'CREATE INDEX commitments_plan_idx ON commitments (plan_id, instalment_no)',
  // Pre-due answers: the latest per item stays live while its date has not passed; older ones were replaced.
  `INSERT INTO commitments (kind, team_id, receivable_id, customer_id, person_id, currency, amount, due_on,
      made_on, status, received, note, reason_code, approval_state, approver_id, decided_at, origin,
      resolved_at, created_at)
    SELECT d.kind, r.team_id, d.receivable_id, r.customer_id, d.person_id, r.currency,
      CASE WHEN r.outstanding > 0 THEN r.outstanding ELSE r.amount END,
      COALESCE(d.new_due_on, r.due_on), d.confirmed_on,
      CASE WHEN r.outstanding = 0 THEN 'kept'
        WHEN d.approval_state = 'rejected' THEN 'cancelled'
        WHEN d.id = latest.id AND COALESCE(d.new_due_on, r.due_on) >= current_date - 1 THEN 'open'
        ELSE 'cancelled' END,
      0, d.note, d.reason_code, d.approval_state, d.approver_id, d.decided_at, 'due_confirmation:' || d.id,
      COALESCE(d.decided_at, d.created_at),
      d.created_at
    FROM due_confirmations d
    JOIN receivables r ON r.id = d.receivable_id
    JOIN LATERAL (SELECT max(id) AS id FROM due_confirmations x WHERE x.receivable_id = d.receivable_id) latest ON true
    ORDER BY d.id`,
  "UPDATE commitments SET resolved_at = NULL WHERE status = 'open' AND kind IN ('on_time', 'delay')",
  // Follow-ups' next dates: the latest per item (or customer) is the live next action.
  `INSERT INTO commitments (kind, team_id, receivable_id, customer_id, person_id, due_on, made_on, status,
      note, follow_up_id, origin, resolved_at, created_at)
    SELECT 'next_action', c.team_id, f.receivable_id, f.customer_id, f.person_id, f.next_action_on,
      (f.created_at AT TIME ZONE t.timezone)::date,
      CASE WHEN f.id = latest.id THEN 'open' ELSE 'cancelled' END,
      f.note, f.id, 'follow_up:' || f.id,
      CASE WHEN f.id = latest.id THEN NULL ELSE f.created_at END, f.created_at
    FROM follow_ups f
    JOIN customers c ON c.id = f.customer_id
    JOIN teams t ON t.id = c.team_id
    JOIN LATERAL (SELECT max(x.id) AS id FROM follow_ups x WHERE x.next_action_on IS NOT NULL
      AND x.customer_id = f.customer_id AND x.receivable_id IS NOT DISTINCT FROM f.receivable_id) latest ON true
    WHERE f.next_action_on IS NOT NULL
    ORDER BY f.id`,
  'DROP TABLE due_confirmations',
  `CREATE TABLE disputes (
    id serial PRIMARY KEY,
    team_id integer NOT NULL REFERENCES teams(id),
    receivable_id integer NOT NULL REFERENCES receivables(id),
    customer_id integer NOT NULL REFERENCES customers(id),
    owner_id integer REFERENCES people(id),
    reason_code text,
    note text NOT NULL,
    opened_on date NOT NULL,
    helper_ids integer[] NOT NULL DEFAULT '{}',
    state text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'will_pay', 'credit_note')),
    credit_amount bigint CHECK (credit_amount > 0),
    credit_reference text,
    resolved_by integer REFERENCES people(id),
    resolved_at timestamptz,
    manager_told_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK (state <> 'credit_note' OR (credit_amount IS NOT NULL AND credit_reference IS NOT NULL))
  )`,
  "CREATE UNIQUE INDEX disputes_open_item_idx ON disputes (receivable_id) WHERE state = 'open'",
  'CREATE INDEX disputes_team_idx ON disputes (team_id, state)',
  // Items already marked disputed become open disputes owned by their collector.
  `INSERT INTO disputes (team_id, receivable_id, customer_id, owner_id, note, opened_on, created_at)
    SELECT r.team_id, r.id, r.customer_id, r.collector_id, COALESCE(r.dispute_note, ''),
      (r.updated_at AT TIME ZONE t.timezone)::date, r.updated_at
    FROM receivables r JOIN teams t ON t.id = r.team_id WHERE r.disputed`,
];

const DOWN = [
  'DROP TABLE disputes',
  `CREATE TABLE due_confirmations (
    id serial PRIMARY KEY,
    receivable_id integer NOT NULL REFERENCES receivables(id),
    person_id integer REFERENCES people(id),
    confirmed_on date NOT NULL,
    kind text NOT NULL CHECK (kind IN ('on_time', 'delay')),
    new_due_on date,
    reason_code text,
    note text,
    approval_state text NOT NULL DEFAULT 'not_needed'
      CHECK (approval_state IN ('not_needed', 'pending', 'approved', 'rejected')),
    approver_id integer REFERENCES people(id),
    decided_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK (kind = 'on_time' OR new_due_on IS NOT NULL)
  )`,
  'CREATE INDEX due_confirmations_receivable_idx ON due_confirmations (receivable_id, confirmed_on)',
  `INSERT INTO due_confirmations (receivable_id, person_id, confirmed_on, kind, new_due_on, reason_code, note,
      approval_state, approver_id, decided_at, created_at)
    SELECT receivable_id, person_id, made_on, kind, CASE WHEN kind = 'delay' THEN due_on END, reason_code, note,
      approval_state, approver_id, decided_at, created_at
    FROM commitments WHERE kind IN ('on_time', 'delay') ORDER BY id`,
  "DELETE FROM commitments WHERE kind <> 'promise' OR receivable_id IS NULL",
  'DROP INDEX commitments_team_open_idx',
  'DROP INDEX commitments_plan_idx',
  `ALTER TABLE commitments DROP CONSTRAINT commitments_money_check,
    DROP CONSTRAINT commitments_item_check, DROP CONSTRAINT commitments_plan_check,
    DROP CONSTRAINT commitments_kind_check`,
  `ALTER TABLE commitments DROP COLUMN kind, DROP COLUMN team_id, DROP COLUMN plan_id,
    DROP COLUMN instalment_no, DROP COLUMN reason_code, DROP COLUMN approval_state, DROP COLUMN approver_id,
    DROP COLUMN decided_at, DROP COLUMN follow_up_id, DROP COLUMN origin`,
  'ALTER TABLE commitments ALTER COLUMN receivable_id SET NOT NULL',
  'ALTER TABLE commitments ALTER COLUMN amount SET NOT NULL',
  'ALTER TABLE commitments ALTER COLUMN currency SET NOT NULL',
  'ALTER TABLE commitments RENAME COLUMN due_on TO promised_on',
  'ALTER TABLE commitments RENAME TO promises',
  'DROP TABLE repayment_plans',
];

export const up: Migration['up'] = async (db: Kysely<unknown>) => {
  // One statement per call: the embedded PGlite driver runs a single statement per query.
  for (const statement of UP) await sql.raw(statement).execute(db);
};

export const down: Migration['down'] = async (db: Kysely<unknown>) => {
  for (const statement of DOWN) await sql.raw(statement).execute(db);
};
