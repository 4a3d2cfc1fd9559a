import { statementsMigration } from './steps.js';

// Where the sandbox's simulated clock stands, so a restart does not put it back to today.
const UP = [
  `CREATE TABLE sandbox_clock (
    id integer PRIMARY KEY CHECK (id = 1),
    simulated_at timestamptz NOT NULL
  )`,
];

export const { up, down } = statementsMigration(UP, ['sandbox_clock']);
