import { statementsMigration } from './steps.js';

// How the bot runs: posted messages, scheduled job claims, the outbox and the audit log.
const UP = [
  `CREATE TABLE posted_messages (
    id serial PRIMARY KEY,
    key text NOT NULL UNIQUE,
    platform text NOT NULL,
    channel_ref text NOT NULL,
    platform_message_id text NOT NULL,
    thread_ref text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  // One row per (job, run_key): the unique key is what makes N instances produce one run.
  // Which items a daily list message shows, so answering one item can redraw that message.
  `CREATE TABLE list_messages (
    key text PRIMARY KEY,
    team_id integer NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    kind text NOT NULL CHECK (kind IN ('predue', 'overdue')),
    on_date date NOT NULL,
    person_id integer REFERENCES people(id),
    item_ids integer[] NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE TABLE job_runs (
    id serial PRIMARY KEY,
    job text NOT NULL,
    run_key text NOT NULL,
    team_id integer REFERENCES teams(id),
    state text NOT NULL DEFAULT 'running' CHECK (state IN ('running', 'done', 'failed')),
    instance text NOT NULL,
    started_at timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz,
    error text,
    UNIQUE (job, run_key)
  )`,
  `CREATE TABLE outbox (
    id serial PRIMARY KEY,
    dedupe_key text NOT NULL UNIQUE,
    platform text NOT NULL,
    target jsonb NOT NULL,
    kind text NOT NULL,
    payload jsonb NOT NULL,
    -- Bumped when a pending message is replaced by a newer version (edits of one posted message).
    version integer NOT NULL DEFAULT 1,
    state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sending', 'sent', 'dead')),
    attempts integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    locked_until timestamptz,
    last_error text,
    platform_message_id text,
    created_at timestamptz NOT NULL DEFAULT now(),
    sent_at timestamptz
  )`,
  "CREATE INDEX outbox_due_idx ON outbox (next_attempt_at) WHERE state IN ('pending', 'sending')",
  `CREATE TABLE audit_log (
    id serial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    actor_id integer REFERENCES people(id),
    actor_label text NOT NULL,
    action text NOT NULL,
    entity text NOT NULL,
    entity_id text,
    before jsonb,
    after jsonb,
    import_id integer REFERENCES imports(id)
  )`,
  'CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id, at)',
  'CREATE INDEX audit_log_at_idx ON audit_log (at)',
];

const DOWN = ['audit_log', 'outbox', 'job_runs', 'list_messages', 'posted_messages'];

export const { up, down } = statementsMigration(UP, DOWN);
