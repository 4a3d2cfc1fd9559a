import { statementsMigration } from './steps.js';

// The collection record: promises, follow-ups, due confirmations, paid claims, weekly plans, leave.
const UP = [
  `CREATE TABLE promises (
    id serial PRIMARY KEY,
    receivable_id integer NOT NULL REFERENCES receivables(id),
    customer_id integer NOT NULL REFERENCES customers(id),
    person_id integer REFERENCES people(id),
    currency char(3) NOT NULL,
    amount bigint NOT NULL CHECK (amount > 0),
    promised_on date NOT NULL,
    made_on date NOT NULL,
    status text NOT NULL DEFAULT 'open'
      CHECK (status IN ('open', 'kept', 'partially_kept', 'broken', 'cancelled')),
    received bigint NOT NULL DEFAULT 0 CHECK (received >= 0),
    note text,
    superseded_by integer REFERENCES promises(id),
    resolved_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  'CREATE INDEX promises_receivable_idx ON promises (receivable_id, created_at)',
  "CREATE INDEX promises_open_idx ON promises (promised_on) WHERE status = 'open'",
  'CREATE INDEX promises_customer_idx ON promises (customer_id, created_at)',
  'CREATE INDEX promises_person_idx ON promises (person_id, status)',
  `CREATE TABLE follow_ups (
    id serial PRIMARY KEY,
    receivable_id integer REFERENCES receivables(id),
    customer_id integer NOT NULL REFERENCES customers(id),
    person_id integer REFERENCES people(id),
    method text NOT NULL,
    outcome text NOT NULL DEFAULT 'contacted',
    reason_code text,
    note text,
    next_action_on date,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  'CREATE INDEX follow_ups_receivable_idx ON follow_ups (receivable_id, created_at)',
  'CREATE INDEX follow_ups_customer_idx ON follow_ups (customer_id, created_at)',
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
  `CREATE TABLE paid_claims (
    id serial PRIMARY KEY,
    receivable_id integer NOT NULL REFERENCES receivables(id),
    person_id integer REFERENCES people(id),
    currency char(3) NOT NULL,
    amount bigint NOT NULL CHECK (amount > 0),
    paid_on date NOT NULL,
    bank text,
    reference text,
    state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'confirmed', 'rejected')),
    decided_by integer REFERENCES people(id),
    decided_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  "CREATE INDEX paid_claims_pending_idx ON paid_claims (receivable_id) WHERE state = 'pending'",
  `CREATE TABLE weekly_plans (
    id serial PRIMARY KEY,
    team_id integer NOT NULL REFERENCES teams(id),
    person_id integer NOT NULL REFERENCES people(id),
    week_start date NOT NULL,
    plan_submitted_at timestamptz,
    result_submitted_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (person_id, week_start)
  )`,
  'CREATE INDEX weekly_plans_team_idx ON weekly_plans (team_id, week_start)',
  `CREATE TABLE plan_lines (
    id serial PRIMARY KEY,
    plan_id integer NOT NULL REFERENCES weekly_plans(id) ON DELETE CASCADE,
    receivable_id integer REFERENCES receivables(id),
    customer_id integer NOT NULL REFERENCES customers(id),
    currency char(3) NOT NULL,
    planned_amount bigint NOT NULL CHECK (planned_amount >= 0),
    expected_on date,
    note text,
    actual_amount bigint CHECK (actual_amount >= 0),
    outcome text CHECK (outcome IN ('collected', 'partial', 'not_collected', 'postponed')),
    result_note text
  )`,
  'CREATE INDEX plan_lines_plan_idx ON plan_lines (plan_id)',
  `CREATE TABLE leaves (
    id serial PRIMARY KEY,
    person_id integer NOT NULL REFERENCES people(id),
    from_on date NOT NULL,
    to_on date NOT NULL,
    delegate_id integer REFERENCES people(id),
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK (to_on >= from_on)
  )`,
  'CREATE INDEX leaves_person_idx ON leaves (person_id, from_on)',
];

const DOWN = [
  'leaves',
  'plan_lines',
  'weekly_plans',
  'paid_claims',
  'due_confirmations',
  'follow_ups',
  'promises',
];

export const { up, down } = statementsMigration(UP, DOWN);
