import { type Kysely, type Migration, sql } from 'kysely';

// Reports: a report chat may serve every team (no team of its own), and the figures of each sent
// report are kept so asking for that period again shows what was sent.
const UP = [
  'ALTER TABLE channels ALTER COLUMN team_id DROP NOT NULL',
  `ALTER TABLE channels ADD CONSTRAINT channels_team_or_all_reports
    CHECK (team_id IS NOT NULL OR purpose = 'reports')`,
  // Reports replay a team's whole ledger, settled items included (the daily lists read open ones only).
  'CREATE INDEX receivables_team_idx ON receivables (team_id, customer_id)',
  `CREATE TABLE report_snapshots (
    id serial PRIMARY KEY,
    team_id integer NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    kind text NOT NULL CHECK (kind IN ('weekly', 'monthly')),
    period text NOT NULL,
    as_of date NOT NULL,
    -- The figures as sent; money in minor units, read back by the report that wrote them.
    figures jsonb NOT NULL,
    sent_at timestamptz NOT NULL,
    UNIQUE (team_id, kind, period)
  )`,
];

const DOWN = [
  'DROP TABLE report_snapshots',
  'DROP INDEX receivables_team_idx',
  "DELETE FROM channels WHERE team_id IS NULL AND purpose = 'reports'",
  'ALTER TABLE channels DROP CONSTRAINT channels_team_or_all_reports',
  'ALTER TABLE channels ALTER COLUMN team_id SET NOT NULL',
];

export const up: Migration['up'] = async (db: Kysely<unknown>) => {
  // One statement per call: the embedded PGlite driver runs a single statement per query.
  for (const statement of UP) await sql.raw(statement).execute(db);
};

export const down: Migration['down'] = async (db: Kysely<unknown>) => {
  for (const statement of DOWN) await sql.raw(statement).execute(db);
};
