import { type Kysely, type Migration, sql } from 'kysely';

// Credit control: who set a hold by hand, the hold and risk class last announced per customer,
// the customer file (contacts, credit history, risk signals, balance confirmations), the team's
// rating policy and legal identity, two-person write-offs, and leavers.
const UP = [
  'ALTER TABLE customers ADD COLUMN hold_set_by integer REFERENCES people(id)',
  'ALTER TABLE customers ADD COLUMN hold_set_at timestamptz',
  // Overdue interest as parts per million of the outstanding amount, per year or per day.
  'ALTER TABLE customers ADD COLUMN interest_ppm integer CHECK (interest_ppm >= 0)',
  `ALTER TABLE customers ADD COLUMN interest_basis text CHECK (interest_basis IN ('annual', 'daily'))`,
  'ALTER TABLE teams ADD COLUMN legal_name text',
  'ALTER TABLE teams ADD COLUMN legal_address text',
  'ALTER TABLE people ADD COLUMN left_on date',
  `CREATE TABLE credit_watch (
    customer_id integer PRIMARY KEY REFERENCES customers(id) ON DELETE CASCADE,
    on_hold boolean NOT NULL,
    reasons jsonb NOT NULL,
    -- How many times the hold changed: the key of each announcement.
    changes integer NOT NULL DEFAULT 0,
    risk_class text,
    updated_at timestamptz NOT NULL
  )`,
  `CREATE TABLE customer_contacts (
    id serial PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    name text NOT NULL,
    role text NOT NULL DEFAULT 'other'
      CHECK (role IN ('decision_maker', 'finance', 'purchasing', 'legal', 'other')),
    phone text,
    email text,
    import_id integer REFERENCES imports(id),
    created_at timestamptz NOT NULL,
    UNIQUE (customer_id, name)
  )`,
  `CREATE TABLE credit_history (
    id serial PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    kind text NOT NULL,
    detail jsonb NOT NULL,
    person_id integer REFERENCES people(id),
    at timestamptz NOT NULL
  )`,
  'CREATE INDEX credit_history_customer_idx ON credit_history (customer_id, at)',
  `CREATE TABLE rating_policies (
    team_id integer NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    rating text NOT NULL CHECK (rating IN ('A', 'B', 'C', 'D')),
    max_terms_days integer NOT NULL CHECK (max_terms_days >= 0),
    default_limit bigint NOT NULL CHECK (default_limit >= 0),
    limit_currency text NOT NULL,
    extension_allowed boolean NOT NULL,
    review_months integer NOT NULL CHECK (review_months > 0),
    import_id integer REFERENCES imports(id),
    PRIMARY KEY (team_id, rating)
  )`,
  `CREATE TABLE credit_reviews (
    id serial PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    team_id integer NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    triggers jsonb NOT NULL,
    opened_on date NOT NULL,
    manager_id integer REFERENCES people(id),
    decision text CHECK (decision IN ('keep', 'rating', 'limit', 'hold')),
    decided_by integer REFERENCES people(id),
    decided_at timestamptz,
    created_at timestamptz NOT NULL
  )`,
  'CREATE UNIQUE INDEX credit_reviews_open_idx ON credit_reviews (customer_id) WHERE decision IS NULL',
  `CREATE TABLE risk_signals (
    id serial PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    receivable_id integer REFERENCES receivables(id),
    signs text[] NOT NULL,
    note text,
    raised_by integer NOT NULL REFERENCES people(id),
    created_at timestamptz NOT NULL
  )`,
  `CREATE TABLE write_offs (
    id serial PRIMARY KEY,
    receivable_id integer NOT NULL REFERENCES receivables(id),
    customer_id integer NOT NULL REFERENCES customers(id),
    team_id integer NOT NULL REFERENCES teams(id),
    currency text NOT NULL,
    amount bigint NOT NULL CHECK (amount > 0),
    reason text NOT NULL,
    evidence text NOT NULL,
    status text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'approved', 'rejected')),
    proposed_by integer NOT NULL REFERENCES people(id),
    proposed_at timestamptz NOT NULL,
    decided_by integer REFERENCES people(id),
    decided_at timestamptz,
    CHECK (decided_by IS NULL OR decided_by <> proposed_by)
  )`,
  `CREATE UNIQUE INDEX write_offs_open_idx ON write_offs (receivable_id) WHERE status = 'proposed'`,
  `CREATE TABLE balance_confirmations (
    id serial PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    as_of date NOT NULL,
    currency text NOT NULL,
    balance bigint NOT NULL,
    reply text CHECK (reply IN ('confirmed', 'disputed')),
    disputed_amount bigint,
    replied_on date,
    recorded_by integer REFERENCES people(id),
    created_by integer REFERENCES people(id),
    created_at timestamptz NOT NULL
  )`,
  // Contacts and the rating policy come from files of their own.
  'ALTER TABLE imports DROP CONSTRAINT imports_kind_check',
  `ALTER TABLE imports ADD CONSTRAINT imports_kind_check
    CHECK (kind IN ('teams', 'roster', 'customers', 'receivables', 'payments', 'contacts', 'ratings'))`,
];

const DOWN = [
  "DELETE FROM imports WHERE kind IN ('contacts', 'ratings')",
  'ALTER TABLE imports DROP CONSTRAINT imports_kind_check',
  `ALTER TABLE imports ADD CONSTRAINT imports_kind_check
    CHECK (kind IN ('teams', 'roster', 'customers', 'receivables', 'payments'))`,
  'DROP TABLE balance_confirmations',
  'DROP TABLE write_offs',
  'DROP TABLE risk_signals',
  'DROP TABLE credit_reviews',
  'DROP TABLE rating_policies',
  'DROP TABLE credit_history',
  'DROP TABLE customer_contacts',
  'DROP TABLE credit_watch',
  'ALTER TABLE people DROP COLUMN left_on',
  'ALTER TABLE teams DROP COLUMN legal_address',
  'ALTER TABLE teams DROP COLUMN legal_name',
  'ALTER TABLE customers DROP COLUMN interest_basis',
  'ALTER TABLE customers DROP COLUMN interest_ppm',
  'ALTER TABLE customers DROP COLUMN hold_set_at',
  'ALTER TABLE customers DROP COLUMN hold_set_by',
];

export const up: Migration['up'] = async (db: Kysely<unknown>) => {
  // One statement per call: the embedded PGlite driver runs a single statement per query.
  for (const statement of UP) await sql.raw(statement).execute(db);
};

export const down: Migration['down'] = async (db: Kysely<unknown>) => {
  for (const statement of DOWN) await sql.raw(statement).execute(db);
};
