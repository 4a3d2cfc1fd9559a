import { statementsMigration } from './steps.js';

// The local web sandbox keeps what the bot "posted" in its own tables, as a chat platform would.
const UP = [
  `CREATE TABLE sandbox_messages (
    id serial PRIMARY KEY,
    chat_id text,
    direct_user_id text,
    -- The thread root; null for a message that starts its own thread.
    thread_id integer REFERENCES sandbox_messages(id),
    payload jsonb NOT NULL,
    -- The outbox key it was sent with, so a resend after a crash finds it instead of posting twice.
    dedupe_key text UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    -- Counted rather than read from the times, which may not move between edits under a test clock.
    edit_count integer NOT NULL DEFAULT 0,
    CHECK ((chat_id IS NULL) <> (direct_user_id IS NULL))
  )`,
  'CREATE INDEX sandbox_messages_chat_idx ON sandbox_messages (chat_id, id)',
  'CREATE INDEX sandbox_messages_direct_idx ON sandbox_messages (direct_user_id, id)',
  `CREATE TABLE sandbox_files (
    id serial PRIMARY KEY,
    name text NOT NULL,
    title text NOT NULL,
    mime_type text NOT NULL,
    content bytea NOT NULL,
    chat_id text NOT NULL,
    thread_id integer REFERENCES sandbox_messages(id),
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
];

const DOWN = ['sandbox_files', 'sandbox_messages'];

export const { up, down } = statementsMigration(UP, DOWN);
