import { sql } from 'kysely';
import type { SandboxServer } from '../../../adapters/sandbox/server.js';
import type { Duebot } from '../../../src/app/duebot.js';
import type { Button } from '../../../src/chat/message.js';
import type { Reply } from '../../../src/chat/reply.js';
import { rosterPerson } from '../../helpers/roster.js';
import { startSeededSandbox, TODAY } from '../../helpers/seeded-sandbox.js';
import type { TestDatabase } from '../../helpers/test-db.js';

export { TODAY };

/** The real app behind the sandbox's HTTP API, on a seeded database, driven as the page drives it. */
export interface CommandSandbox {
  t: TestDatabase;
  app: Duebot;
  server: SandboxServer;
  /** POST /api/command as `userId` in chat `chatId` (a team code; null for direct messages). */
  command(userId: string, chatId: string | null, text: string): Promise<Reply>;
  /** POST /api/action for a button of a private reply (no message id, as the page sends it). */
  click(userId: string, chatId: string | null, button: Button): Promise<Reply>;
  close(): Promise<void>;
}

async function postJson(url: string, body: unknown): Promise<Reply> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as { reply?: Reply; error?: string };
  if (res.status !== 200 || !json.reply) throw new Error(`HTTP ${res.status}: ${json.error ?? 'no reply'}`);
  return json.reply;
}

/** Starts the sandbox server with the real Duebot on a fresh demo company. */
export async function startCommandSandbox(): Promise<CommandSandbox> {
  const { t, app, server, close } = await startSeededSandbox('commands');
  return {
    t,
    app,
    server,
    command: (userId, chatId, text) => postJson(`${server.url}/api/command`, { userId, chatId, text }),
    click: (userId, chatId, button) =>
      postJson(`${server.url}/api/action`, {
        userId,
        chatId,
        messageId: null,
        actionId: button.actionId,
        value: button.value,
      }),
    close,
  };
}

/** Everything a reply says, blocks and table rows included, as one text. */
export function replyText(reply: Reply): string {
  if (reply.kind !== 'private') return `(${reply.kind})`;
  return reply.message.blocks
    .map((b) => {
      if (b.type === 'table') return b.rows.map((r) => Object.values(r).join(' | ')).join('\n');
      if (b.type === 'actions') return b.buttons.map((x) => `[${x.label}]`).join(' ');
      return 'text' in b ? b.text : '';
    })
    .join('\n');
}

/** The buttons of a reply. */
export function buttonsOf(reply: Reply): Button[] {
  if (reply.kind !== 'private') return [];
  return reply.message.blocks.flatMap((b) => (b.type === 'actions' ? b.buttons : []));
}

/** The e-mail of the demo person with this role in the team (the first one by id). */
export async function personOf(
  t: TestDatabase,
  role: 'collector' | 'manager' | 'admin',
  teamCode: string | null,
): Promise<{ id: number; email: string; name: string }> {
  return rosterPerson(t.db, role, teamCode);
}

/** The open items of a collector with a unique invoice number, largest balance first, with their customers. */
export async function openItemsOf(t: TestDatabase, personId: number) {
  return (
    t.db
      .selectFrom('receivables as r')
      .innerJoin('customers as c', 'c.id', 'r.customer_id')
      .select([
        'r.id',
        'r.invoice_no',
        'r.outstanding',
        'r.currency',
        'r.due_on',
        'c.id as customer_id',
        'c.name as customer_name',
      ])
      .where('r.collector_id', '=', personId)
      .where('r.status', '=', 'open')
      .where('r.outstanding', '>', 0)
      // Invoice numbers need not be unique; tests name items by ones that are.
      .where(
        sql<boolean>`(SELECT count(*) FROM receivables x WHERE lower(x.invoice_no) = lower(r.invoice_no)) = 1`,
      )
      .orderBy('r.outstanding', 'desc')
      .orderBy('r.id')
      .execute()
  );
}

/** Rows in the tables a command writes to, to show that a refused command wrote nothing. */
export async function rowCounts(t: TestDatabase): Promise<Record<string, number>> {
  const one = (table: 'commitments' | 'follow_ups' | 'paid_claims' | 'audit_log') =>
    t.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
      .then((r) => Number(r.n));
  return {
    promises: await one('commitments'),
    followUps: await one('follow_ups'),
    claims: await one('paid_claims'),
    audit: await one('audit_log'),
  };
}

/** The team's first collector and two of their open items (the largest first). */
export async function collectorWithItems(t: TestDatabase, team: string) {
  const who = await personOf(t, 'collector', team);
  const [item, other] = await openItemsOf(t, who.id);
  if (!item || !other) throw new Error(`the collector of ${team} has fewer than two open items`);
  return { who, item, other };
}
