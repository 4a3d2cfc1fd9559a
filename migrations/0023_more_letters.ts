import { statementsMigration } from './steps.js';

// Two more letters: the final notice (最后催收通知) before the lawyer's letter, and the balance
// confirmation (对账函 / 询证函) with its reply slip; a team may keep its own wording of each.
const UP = [
  'ALTER TABLE letter_templates DROP CONSTRAINT letter_templates_kind_check',
  `ALTER TABLE letter_templates ADD CONSTRAINT letter_templates_kind_check
    CHECK (kind IN ('letter', 'final_notice', 'lawyer_letter', 'balance_confirmation'))`,
];

const DOWN = [
  "DELETE FROM letter_templates WHERE kind IN ('final_notice', 'balance_confirmation')",
  'ALTER TABLE letter_templates DROP CONSTRAINT letter_templates_kind_check',
  `ALTER TABLE letter_templates ADD CONSTRAINT letter_templates_kind_check
    CHECK (kind IN ('letter', 'lawyer_letter'))`,
];

const steps = statementsMigration(UP, []);
export const up = steps.up;
export const down: typeof steps.up = async (db) => {
  await statementsMigration(DOWN, []).up(db);
};
