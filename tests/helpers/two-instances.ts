import pino from 'pino';
import { type Block, XLSX_MIME } from '../../src/chat/message.js';
import type { ChatPort, Rendered } from '../../src/chat/port.js';
import type { ManualClock } from '../../src/clock.js';
import type { Db } from '../../src/db/connect.js';
import type { Platform } from '../../src/db/schema/index.js';
import { enqueue } from '../../src/outbox/outbox.repository.js';
import type { OutboxPayload } from '../../src/outbox/payload.js';
import { OutboxWorker } from '../../src/outbox/worker.js';
import type { SlackApiEmulator } from '../fakes/slack-api/server.js';

/** Short claims for fault tests: the clock is moved by hand, renewals and timeouts are real time. */
export const TEST_LEASE_MS = 5_000;

const list = (label: string, items: number): Rendered => {
  const blocks: Block[] = [{ type: 'header', text: label }];
  for (let i = 0; i < items; i++) blocks.push({ type: 'text', text: `${label} item ${i}` });
  return { message: { text: label, blocks }, mentions: {} };
};

/**
 * One morning of a small company as outbox rows: per chat a summary, each collector's list in its
 * thread (long enough to be split into parts), the spreadsheet in the thread; a private note each.
 */
export function morning(chats: string[], people: string[], collectors = 3): [string, OutboxPayload][] {
  const rows: [string, OutboxPayload][] = [];
  for (const chat of chats) {
    const summary = `summary:${chat}`;
    rows.push([summary, { op: 'post', chatId: chat, content: list(`${chat} summary`, 3) }]);
    for (let c = 0; c < collectors; c++)
      rows.push([
        `list:${chat}:${c}`,
        { op: 'post', chatId: chat, threadOf: summary, content: list(`${chat} collector ${c}`, 70) },
      ]);
    rows.push([
      `file:${chat}`,
      {
        op: 'file',
        chatId: chat,
        threadOf: summary,
        comment: `${chat} all items`,
        file: {
          name: `${chat}.xlsx`,
          title: `${chat} overdue`,
          mimeType: XLSX_MIME,
          contentBase64: Buffer.from(`sheet of ${chat}`).toString('base64'),
        },
      },
    ]);
  }
  for (const person of people)
    rows.push([`today:${person}`, { op: 'direct', userId: person, content: list(`today for ${person}`, 4) }]);
  return rows;
}

/** Queues the rows for one platform. */
export async function queueAll(
  db: Db,
  platform: Platform,
  rows: [string, OutboxPayload][],
  clock: ManualClock,
) {
  for (const [dedupeKey, payload] of rows)
    await enqueue(db, { dedupeKey, platform, payload, now: clock.now() });
}

/** An outbox worker of one instance: short claims, small batches, quick renewals. */
export function instanceWorker(db: Db, clock: ManualClock, platform: Platform, port: ChatPort) {
  return new OutboxWorker({
    db,
    clock,
    logger: pino({ level: 'silent' }),
    ports: { [platform]: port },
    leaseMs: TEST_LEASE_MS,
    renewEveryMs: 100,
    batchSize: 5,
  });
}

/**
 * Lets both instances drain together, round after round, moving the clock past every wait;
 * `healthyFrom` is the round from which the platform behaves (`heal` is called then).
 */
export async function runRounds(
  db: Db,
  clock: ManualClock,
  workers: OutboxWorker[],
  heal: () => void,
  healthyFrom = 3,
): Promise<number> {
  for (let round = 0; round < 40; round++) {
    if (round === healthyFrom) heal();
    await Promise.all(workers.map((w) => w.drain()));
    const open = await db
      .selectFrom('outbox')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('state', 'in', ['pending', 'sending'])
      .executeTakeFirstOrThrow();
    if (Number(open.n) === 0 && round >= healthyFrom) return round;
    clock.advance(TEST_LEASE_MS + 10_000);
  }
  throw new Error('the outbox never emptied');
}

/** Each shown text once: the signature of every message, with how often it appears. */
export function duplicates(signatures: string[]): string[] {
  const seen = new Map<string, number>();
  for (const s of signatures) seen.set(s, (seen.get(s) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([s]) => s);
}

/** What people see on Slack, one line per message: where it is, its text and blocks, its files. */
export function slackShown(slack: SlackApiEmulator): string[] {
  return slack.workspace.messages.map((m) =>
    JSON.stringify([
      m.channel,
      m.thread_ts ? 'thread' : 'top',
      m.text,
      m.blocks,
      m.files?.map((f) => f.name),
    ]),
  );
}
