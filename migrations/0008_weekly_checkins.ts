import { type Kysely, type Migration, sql } from 'kysely';

// Weekly check-ins: the planned action and the richer result outcomes of plan lines, a closed
// week, and the achievement score per collector, week and currency.
const UP = [
  'ALTER TABLE plan_lines DROP CONSTRAINT IF EXISTS plan_lines_outcome_check',
  "UPDATE plan_lines SET outcome = CASE outcome WHEN 'not_collected' THEN 'no_contact' WHEN 'postponed' THEN 'promised_again' ELSE outcome END",
  `ALTER TABLE plan_lines ADD CONSTRAINT plan_lines_outcome_check
    CHECK (outcome IN ('collected', 'partial', 'promised_again', 'disputed', 'no_contact'))`,
  'ALTER TABLE plan_lines ADD COLUMN action text',
  'ALTER TABLE plan_lines ADD COLUMN ledger_amount bigint CHECK (ledger_amount >= 0)',
  'ALTER TABLE plan_lines ADD COLUMN position integer NOT NULL DEFAULT 0',
  'CREATE UNIQUE INDEX plan_lines_customer_idx ON plan_lines (plan_id, customer_id)',
  'ALTER TABLE weekly_plans ADD COLUMN closed_at timestamptz',
  `CREATE TABLE weekly_scores (
    id serial PRIMARY KEY,
    plan_id integer NOT NULL REFERENCES weekly_plans(id) ON DELETE CASCADE,
    currency char(3) NOT NULL,
    planned bigint NOT NULL CHECK (planned >= 0),
    collected bigint NOT NULL CHECK (collected >= 0),
    self_reported bigint NOT NULL CHECK (self_reported >= 0),
    lines_without_outcome integer NOT NULL DEFAULT 0,
    -- Collected over planned in basis points (10000 = 100 %); null when nothing was planned.
    achievement_bp integer,
    scored_at timestamptz NOT NULL,
    UNIQUE (plan_id, currency)
  )`,
  'CREATE INDEX leaves_delegate_idx ON leaves (delegate_id, from_on)',
];

export const up: Migration['up'] = async (db: Kysely<unknown>) => {
  // One statement per call: the embedded PGlite driver runs a single statement per query.
  for (const statement of UP) await sql.raw(statement).execute(db);
};

export const down: Migration['down'] = async (db: Kysely<unknown>) => {
  for (const statement of [
    'DROP INDEX leaves_delegate_idx',
    'DROP TABLE weekly_scores',
    'ALTER TABLE weekly_plans DROP COLUMN closed_at',
    'DROP INDEX plan_lines_customer_idx',
    'ALTER TABLE plan_lines DROP COLUMN position',
    'ALTER TABLE plan_lines DROP COLUMN ledger_amount',
    'ALTER TABLE plan_lines DROP COLUMN action',
    'ALTER TABLE plan_lines DROP CONSTRAINT plan_lines_outcome_check',
    "UPDATE plan_lines SET outcome = CASE outcome WHEN 'no_contact' THEN 'not_collected' WHEN 'promised_again' THEN 'postponed' WHEN 'disputed' THEN 'not_collected' ELSE outcome END",
    `ALTER TABLE plan_lines ADD CONSTRAINT plan_lines_outcome_check
      CHECK (outcome IN ('collected', 'partial', 'not_collected', 'postponed'))`,
  ])
    await sql.raw(statement).execute(db);
};
