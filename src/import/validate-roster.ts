import type { Cell } from './cells.js';
import { ROLE_WORDS, readEmail, readWord } from './cells.js';
import type { RowReader, RowValidator } from './row-reader.js';
import type { StageValue } from './types.js';

const pattern =
  (re: RegExp, what: string) =>
  (text: string): Cell<string> =>
    re.test(text) ? { ok: true, value: text } : { ok: false, reason: `not a ${what}` };

/** The roster: people by email, their role, team, manager and chat identities. */
export const rosterRows: RowValidator = {
  columns: [
    { name: 'email', type: 'text' },
    { name: 'name', type: 'text' },
    { name: 'role', type: 'text' },
    { name: 'team_ref', type: 'text' },
    { name: 'manager_email', type: 'text' },
    { name: 'slack_id', type: 'text' },
    { name: 'lark_open_id', type: 'text' },
  ],
  validate(row: RowReader): StageValue[] {
    const email = row.read('email', readEmail, true);
    const manager = row.read('manager', readEmail);
    if (email !== null && manager === email)
      row.issue('manager', manager, 'a person cannot be their own manager');
    return [
      email,
      row.required('name'),
      row.read('role', (text) => readWord(text, ROLE_WORDS, 'role')),
      row.text('team'),
      manager,
      row.read('slack_id', pattern(/^[UW][A-Z0-9]{2,}$/, 'Slack user id (like U024BE7LH)')),
      row.read('lark_open_id', pattern(/^ou_[0-9a-zA-Z]+$/, 'Lark open_id (like ou_7d8a6e…)')),
    ];
  },
};
