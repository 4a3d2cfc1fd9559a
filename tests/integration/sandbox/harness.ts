import pino from 'pino';
import type { SandboxApp } from '../../../adapters/sandbox/app-port.js';
import { SandboxChatPort } from '../../../adapters/sandbox/chat-port.js';
import { type SandboxServer, startSandbox } from '../../../adapters/sandbox/server.js';
import type { Interaction } from '../../../src/chat/interaction.js';
import type { Rendered } from '../../../src/chat/port.js';
import type { Reply } from '../../../src/chat/reply.js';
import { ManualClock, OffsetClock } from '../../../src/clock.js';
import type { Db } from '../../../src/db/connect.js';

export const logger = pino({ level: 'silent' });

/** A list message with every block type, as the bot's daily list would carry them. */
export function sampleList(marked = false): Rendered {
  return {
    message: {
      text: 'Overdue list',
      blocks: [
        { type: 'header', text: 'Overdue list · east' },
        { type: 'text', text: '**2 items** for <@person:2>, _oldest first_\nsee `INV-1`' },
        { type: 'fields', fields: [{ label: 'Total', value: 'CNY 80,000.00' }] },
        {
          type: 'table',
          columns: [
            { key: 'invoice', label: 'Invoice' },
            { key: 'amount', label: 'Amount', align: 'right' },
          ],
          rows: [{ invoice: marked ? 'INV-1 ✓' : 'INV-1', amount: '50,000.00' }],
        },
        {
          type: 'actions',
          buttons: [
            { actionId: 'item.promise', label: 'Promise…', value: 'r:1', style: 'primary' },
            { actionId: 'item.dispute', label: 'Dispute…', value: 'r:1', style: 'danger' },
          ],
        },
        { type: 'context', text: 'Answer each item by 18:00' },
        { type: 'divider' },
      ],
    },
    mentions: { '2': { userId: 'li.lei@example.com', name: 'Li Lei' } },
  };
}

/**
 * An app of our own with the shape the sandbox drives: it records interactions, answers with
 * scripted replies, and its "jobs" post through the sandbox port as the real outbox would.
 */
export class FakeApp implements SandboxApp {
  readonly clock: OffsetClock;
  readonly base: ManualClock;
  readonly handled: Interaction[] = [];
  readonly runs: { teamId: number; job: string; ignoreTime: boolean }[] = [];
  ticks = 0;
  drains = 0;
  /** Answers for the next interactions, first in first out; `none` when empty. */
  readonly replies: (Reply | ((i: Interaction) => Promise<Reply>))[] = [];
  readonly scheduler;
  readonly outbox;
  /** The sandbox port, stamping messages with this app's simulated time as in the real wiring. */
  readonly chat: SandboxChatPort;

  constructor(
    readonly db: Db,
    start = '2026-11-23T00:30:00Z',
  ) {
    this.base = new ManualClock(start);
    this.clock = new OffsetClock(this.base);
    this.chat = new SandboxChatPort({ db, clock: this.clock });
    this.scheduler = {
      jobs: [
        { name: 'morning', timeOf: (s: { postTime: string }) => s.postTime },
        { name: 'deadline', timeOf: (s: { deadlineTime: string }) => s.deadlineTime },
      ],
      tick: async () => {
        this.ticks++;
        return new Map<string, string>();
      },
      runIfDue: async (teamId: number, job: string, options: { ignoreTime: boolean }) => {
        this.runs.push({ teamId, job, ignoreTime: options.ignoreTime });
        if (job !== 'morning') return 'not_yet';
        await this.chat.post('east', sampleList(), { dedupeKey: `overdue:team-${teamId}` });
        return 'ran';
      },
    };
    this.outbox = {
      drain: async () => {
        this.drains++;
        return 0;
      },
      nudge: () => {},
    };
  }

  async handle(interaction: Interaction): Promise<Reply> {
    this.handled.push(interaction);
    const next = this.replies.shift();
    if (!next) return { kind: 'none' };
    return typeof next === 'function' ? next(interaction) : next;
  }
}

/** A team 'east' with a manager and a collector, the way the roster import would leave them. */
export async function seedWorkspace(db: Db): Promise<void> {
  const team = await db
    .insertInto('teams')
    .values({ code: 'east', name: 'East China', settings: '{}' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('people')
    .values([
      {
        email: 'wang.fang@example.com',
        name: 'Wang Fang',
        role: 'manager',
        team_id: team.id,
        manager_id: null,
      },
      { email: 'li.lei@example.com', name: 'Li Lei', role: 'collector', team_id: team.id, manager_id: null },
    ])
    .execute();
}

export async function startWithFakeApp(db: Db): Promise<{ app: FakeApp; server: SandboxServer }> {
  const app = new FakeApp(db);
  const server = await startSandbox({ app, chat: app.chat, logger, port: 0 });
  return { app, server };
}
