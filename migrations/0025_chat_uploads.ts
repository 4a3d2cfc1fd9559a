import { statementsMigration } from './steps.js';

// A ledger file sent in the chat whose kind Duebot had to ask about waits here for the answer,
// so the button works on whichever instance receives the click.
const UP = [
  `CREATE TABLE chat_uploads (
    id serial PRIMARY KEY,
    person_id integer NOT NULL REFERENCES people(id),
    file_name text NOT NULL,
    content bytea NOT NULL,
    answer_chat_id text NOT NULL,
    created_at timestamptz NOT NULL,
    imported_at timestamptz
  )`,
];

export const { up, down } = statementsMigration(UP, ['chat_uploads']);
