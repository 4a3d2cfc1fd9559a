import { statementsMigration } from './steps.js';

// Repayment agreements (还款协议): each team may keep its own wording per language, like the
// letters; a team without a row uses the built-in wording.
const UP = [
  `CREATE TABLE agreement_templates (
    team_id integer NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    locale text NOT NULL CHECK (locale IN ('zh-CN', 'en')),
    subject text NOT NULL,
    body text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (team_id, locale)
  )`,
];

const DOWN = ['agreement_templates'];

export const { up, down } = statementsMigration(UP, DOWN);
