import { statementsMigration } from './steps.js';

// The Feishu/Lark adapter's own bookkeeping, beside the product's schema.
const UP = [
  // Callbacks carry a nonce; one seen within the freshness window is a replay and is refused.
  // Rows older than the window are purged by the adapter as it goes.
  `CREATE TABLE lark_request_nonces (
    nonce text PRIMARY KEY,
    seen_at timestamptz NOT NULL
  )`,
  'CREATE INDEX lark_request_nonces_seen_idx ON lark_request_nonces (seen_at)',
  // A message too long for one card continues as cards in its thread; an edit rewrites those
  // cards in place, so it needs their ids (Lark does not give back the card JSON it was sent).
  `CREATE TABLE lark_card_parts (
    root_message_id text NOT NULL,
    part integer NOT NULL CHECK (part >= 2),
    message_id text NOT NULL,
    PRIMARY KEY (root_message_id, part)
  )`,
];

const DOWN = ['lark_card_parts', 'lark_request_nonces'];

export const { up, down } = statementsMigration(UP, DOWN);
