import pino from 'pino';
import { createDuebot, type Duebot } from '../../src/app/duebot.js';
import { sandboxDirectory } from '../../src/app/sandbox-directory.js';
import type { Interaction } from '../../src/chat/interaction.js';
import { ManualClock } from '../../src/clock.js';
import { seedDemo } from '../../src/demo/seed.js';
import { RecordingChatPort } from '../fakes/recording-chat-port.js';
import { rosterPerson } from './roster.js';
import { createTestDatabase, type TestDatabase } from './test-db.js';

export interface Harness {
  t: TestDatabase;
  clock: ManualClock;
  port: RecordingChatPort;
  app: Duebot;
  /** A person of the demo roster by role and team code. */
  person(
    role: 'collector' | 'manager' | 'admin',
    teamCode?: string,
    nth?: number,
  ): Promise<{ id: number; email: string; name: string }>;
  /** Builds an interaction as the sandbox would send it, acting as `email` in the team's chat. */
  as(
    email: string,
    teamCode: string,
  ): {
    action(actionId: string, value: string): Interaction;
    submit(formId: string, values: Record<string, string>, metadata: Record<string, string>): Interaction;
    command(text: string): Interaction;
  };
}

/** A migrated test database with a small demo company, bound to a recording sandbox chat. */
export async function createHarness(
  start = '2026-11-23T01:00:00Z',
  size = { customers: 30, receivables: 300 },
): Promise<Harness> {
  const t = await createTestDatabase();
  const clock = new ManualClock(start);
  await seedDemo(t, clock, { today: '2026-11-23', ...size });
  await sandboxDirectory(t.db, clock.now());
  const port = new RecordingChatPort('sandbox');
  const app = createDuebot({
    db: t.db,
    clock,
    logger: pino({ level: process.env.TEST_LOG ?? 'silent' }),
    ports: [port],
    instance: 'test',
  });
  return {
    t,
    clock,
    port,
    app,
    person: (role, teamCode, nth = 0) => rosterPerson(t.db, role, teamCode, nth),
    as(email, teamCode) {
      const user = { platform: 'sandbox' as const, workspaceId: '', userId: email };
      const channel = { platform: 'sandbox' as const, workspaceId: '', chatId: teamCode };
      return {
        action: (actionId, value) => ({ kind: 'action', user, channel, actionId, value, message: null }),
        submit: (formId, values, metadata) => ({
          kind: 'form_submit',
          user,
          channel,
          formId,
          values,
          metadata,
        }),
        command: (text) => ({ kind: 'command', user, channel, text }),
      };
    },
  };
}
