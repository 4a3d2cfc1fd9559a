import { type Kysely, type Migration, sql } from 'kysely';

// Exactly once across instances and faults: what of a message already arrived is kept with its
// outbox row, each claim carries a fencing number, and inbound events are remembered by their key.
const UP = [
  // Platform ids of the pieces already delivered ({"root": ts, "part:2": ts, "file": id}).
  "ALTER TABLE outbox ADD COLUMN progress jsonb NOT NULL DEFAULT '{}'::jsonb",
  // Bumped by every claim; writes by an instance whose claim was taken over change nothing.
  'ALTER TABLE outbox ADD COLUMN claim integer NOT NULL DEFAULT 0',
  // The last attempt ended without knowing whether the platform acted: ask it before sending.
  'ALTER TABLE outbox ADD COLUMN uncertain boolean NOT NULL DEFAULT false',
  `CREATE TABLE inbound_events (
    key text PRIMARY KEY,
    platform text NOT NULL,
    received_at timestamptz NOT NULL
  )`,
  'CREATE INDEX inbound_events_received_idx ON inbound_events (received_at)',
];

const DOWN = [
  'DROP TABLE inbound_events',
  'ALTER TABLE outbox DROP COLUMN uncertain',
  'ALTER TABLE outbox DROP COLUMN claim',
  'ALTER TABLE outbox DROP COLUMN progress',
];

export const up: Migration['up'] = async (db: Kysely<unknown>) => {
  // One statement per call: the embedded PGlite driver runs a single statement per query.
  for (const statement of UP) await sql.raw(statement).execute(db);
};

export const down: Migration['down'] = async (db: Kysely<unknown>) => {
  for (const statement of DOWN) await sql.raw(statement).execute(db);
};
