import { statementsMigration } from './steps.js';

// Each saving click or form submission once: a double click or a resubmitted form finds its key.
const UP = [
  `CREATE TABLE interaction_keys (
    key text PRIMARY KEY,
    person_id integer NOT NULL REFERENCES people (id),
    saved_at timestamptz NOT NULL,
    answer text NOT NULL DEFAULT ''
  )`,
];

export const { up, down } = statementsMigration(UP, ['interaction_keys']);
