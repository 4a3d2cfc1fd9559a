import { statementsMigration } from './steps.js';

// Collection letters (催款函 / 律师函): each team may keep its own wording per kind and language;
// a team without a row uses the built-in wording.
const UP = [
  `CREATE TABLE letter_templates (
    team_id integer NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    kind text NOT NULL CHECK (kind IN ('letter', 'lawyer_letter')),
    locale text NOT NULL CHECK (locale IN ('zh-CN', 'en')),
    subject text NOT NULL,
    body text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (team_id, kind, locale)
  )`,
  // The bank payment that replaces a provisional one is found by customer and reference.
  "CREATE INDEX payments_provisional_idx ON payments (customer_id, upper(btrim(reference))) WHERE source = 'provisional'",
];

const DOWN = ['letter_templates'];

export const { up, down } = statementsMigration(UP, DOWN);
