import type { Cell } from './cells.js';
import { EMPLOYMENT_WORDS, ROLE_WORDS, readDate, readEmail, readWord } from './cells.js';
import type { RowReader, RowValidator } from './row-reader.js';
import type { StageValue } from './types.js';

const pattern =
  (re: RegExp, what: string) =>
  (text: string): Cell<string> =>
    re.test(text) ? { ok: true, value: text } : { ok: false, reason: `not a ${what}` };

/** The roster: people by email, their role, team, manager, chat identities, and whether they left. */
export const rosterRows: RowValidator = {
  columns: [
    { name: 'email', type: 'text' },
    { name: 'name', type: 'text' },
    { name: 'role', type: 'text' },
    { name: 'team_ref', type: 'text' },
    { name: 'manager_email', type: 'text' },
    { name: 'slack_id', type: 'text' },
    { name: 'lark_open_id', type: 'text' },
    { name: 'status', type: 'text' },
    { name: 'left_on', type: 'date' },
  ],
  validate(row: RowReader): StageValue[] {
    const email = row.read('email', readEmail, true);
    const manager = row.read('manager', readEmail);
    if (email !== null && manager === email)
      row.issue('manager', manager, 'a person cannot be their own manager');
    const leftOn = row.read('left_on', readDate);
    const stated = row.read('status', (text) => readWord(text, EMPLOYMENT_WORDS, 'status (active or left)'));
    // A leaving date alone says the person left.
    const status = stated ?? (leftOn !== null ? 'left' : null);
    if (status === 'active' && leftOn !== null)
      row.issue('left_on', leftOn, 'an active person has no leaving date: leave it empty or mark them left');
    return [
      email,
      row.required('name'),
      row.read('role', (text) => readWord(text, ROLE_WORDS, 'role')),
      row.text('team'),
      manager,
      row.read('slack_id', pattern(/^[UW][A-Z0-9]{2,}$/, 'Slack user id (like U024BE7LH)')),
      row.read('lark_open_id', pattern(/^ou_[0-9a-zA-Z]+$/, 'Lark open_id (like ou_7d8a6e…)')),
      status,
      leftOn,
    ];
  },
};
