import { type Kysely, type Migration, sql } from 'kysely';

// Three strikes: the customer's persisted ladder step, and each escalation with the strikes that caused it.
const UP = [
  `ALTER TABLE customers
    ADD COLUMN escalation_step text
      CHECK (escalation_step IN ('pre_due_reminder', 'contact', 'formal_letter', 'lawyer_letter', 'litigation')),
    ADD COLUMN escalated_at timestamptz,
    ADD COLUMN escalation_reason text`,
  `CREATE TABLE escalations (
    id serial PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers(id),
    team_id integer NOT NULL REFERENCES teams(id),
    from_step text NOT NULL,
    to_step text NOT NULL,
    reasons text[] NOT NULL,
    broken_in_a_row integer NOT NULL DEFAULT 0,
    failed_in_a_row integer NOT NULL DEFAULT 0,
    promise_ids integer[] NOT NULL DEFAULT '{}',
    follow_up_ids integer[] NOT NULL DEFAULT '{}',
    manager_id integer REFERENCES people(id),
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  'CREATE INDEX escalations_customer_idx ON escalations (customer_id, created_at)',
  "CREATE INDEX promises_broken_idx ON promises (customer_id, resolved_at) WHERE status = 'broken'",
];

const DOWN = [
  'DROP INDEX promises_broken_idx',
  'DROP TABLE escalations',
  `ALTER TABLE customers
    DROP COLUMN escalation_reason,
    DROP COLUMN escalated_at,
    DROP COLUMN escalation_step`,
];

export const up: Migration['up'] = async (db: Kysely<unknown>) => {
  // One statement per call: the embedded PGlite driver runs a single statement per query.
  for (const statement of UP) await sql.raw(statement).execute(db);
};

export const down: Migration['down'] = async (db: Kysely<unknown>) => {
  for (const statement of DOWN) await sql.raw(statement).execute(db);
};
