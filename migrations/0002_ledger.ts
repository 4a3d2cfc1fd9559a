import { statementsMigration } from './steps.js';

// What is owed and what was paid. Money is bigint minor units, never floating point.
const UP = [
  `CREATE TABLE imports (
    id serial PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('teams', 'roster', 'customers', 'receivables', 'payments')),
    file_name text NOT NULL,
    state text NOT NULL CHECK (state IN ('running', 'committed', 'rejected', 'failed')),
    actor_label text NOT NULL,
    rows_total integer NOT NULL DEFAULT 0,
    rows_inserted integer NOT NULL DEFAULT 0,
    rows_updated integer NOT NULL DEFAULT 0,
    rows_unchanged integer NOT NULL DEFAULT 0,
    rows_rejected integer NOT NULL DEFAULT 0,
    report jsonb,
    started_at timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz
  )`,
  `CREATE TABLE customers (
    id serial PRIMARY KEY,
    external_id text NOT NULL UNIQUE,
    name text NOT NULL,
    team_id integer NOT NULL REFERENCES teams(id),
    owner_id integer REFERENCES people(id),
    rating char(1) NOT NULL DEFAULT 'B' CHECK (rating IN ('A', 'B', 'C', 'D')),
    credit_limit bigint NOT NULL DEFAULT 0 CHECK (credit_limit >= 0),
    credit_currency char(3) NOT NULL DEFAULT 'CNY',
    payment_terms_days integer NOT NULL DEFAULT 30 CHECK (payment_terms_days >= 0),
    status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'credit_hold', 'legal', 'written_off')),
    contact_name text,
    contact_phone text,
    contact_email text,
    address text,
    import_id integer REFERENCES imports(id),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  'CREATE INDEX customers_team_idx ON customers (team_id)',
  'CREATE INDEX customers_name_idx ON customers (lower(name))',
  `CREATE TABLE receivables (
    id serial PRIMARY KEY,
    external_id text NOT NULL UNIQUE,
    customer_id integer NOT NULL REFERENCES customers(id),
    team_id integer NOT NULL REFERENCES teams(id),
    collector_id integer REFERENCES people(id),
    invoice_no text NOT NULL,
    contract_no text,
    kind text NOT NULL DEFAULT 'invoice' CHECK (kind IN ('invoice', 'retention', 'other')),
    currency char(3) NOT NULL,
    amount bigint NOT NULL CHECK (amount > 0),
    outstanding bigint NOT NULL CHECK (outstanding >= 0),
    issued_on date,
    due_on date NOT NULL,
    status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'paid', 'written_off', 'cancelled')),
    disputed boolean NOT NULL DEFAULT false,
    dispute_note text,
    import_id integer REFERENCES imports(id),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  // The daily lists read open items by team or collector in due-date order.
  "CREATE INDEX receivables_open_team_idx ON receivables (team_id, due_on) WHERE status = 'open'",
  "CREATE INDEX receivables_open_collector_idx ON receivables (collector_id, due_on) WHERE status = 'open'",
  'CREATE INDEX receivables_customer_idx ON receivables (customer_id, due_on)',
  'CREATE INDEX receivables_invoice_idx ON receivables (invoice_no)',
  `CREATE TABLE payments (
    id serial PRIMARY KEY,
    external_id text NOT NULL UNIQUE,
    customer_id integer NOT NULL REFERENCES customers(id),
    receivable_id integer REFERENCES receivables(id),
    currency char(3) NOT NULL,
    amount bigint NOT NULL CHECK (amount > 0),
    received_on date NOT NULL,
    bank text,
    reference text,
    source text NOT NULL DEFAULT 'import' CHECK (source IN ('import', 'provisional')),
    import_id integer REFERENCES imports(id),
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  'CREATE INDEX payments_customer_idx ON payments (customer_id, received_on)',
  'CREATE INDEX payments_reference_idx ON payments (reference) WHERE reference IS NOT NULL',
  `CREATE TABLE payment_allocations (
    id serial PRIMARY KEY,
    payment_id integer NOT NULL REFERENCES payments(id) ON DELETE CASCADE,
    receivable_id integer NOT NULL REFERENCES receivables(id),
    amount bigint NOT NULL CHECK (amount > 0),
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (payment_id, receivable_id)
  )`,
  'CREATE INDEX payment_allocations_receivable_idx ON payment_allocations (receivable_id)',
];

const DOWN = ['payment_allocations', 'payments', 'receivables', 'customers', 'imports'];

export const { up, down } = statementsMigration(UP, DOWN);
