import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { createLarkEdge, type LarkEdge } from '../../../adapters/lark/index.js';
import { createDuebot, type Duebot } from '../../../src/app/duebot.js';
import { ManualClock } from '../../../src/clock.js';
import type { LarkConfig } from '../../../src/config.js';
import { seedDemo } from '../../../src/demo/seed.js';
import { LarkCallbacks } from '../../fakes/lark-api/callbacks.js';
import { LarkApiEmulator } from '../../fakes/lark-api/server.js';
import type { StoredMessage } from '../../fakes/lark-api/state.js';
import { rosterPerson } from '../../helpers/roster.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-db.js';

export const KEYS = {
  appId: 'cli_a1b2c3d4e5f60718',
  encryptKey: 'enc-key-test',
  verificationToken: 'vt-test',
};
const APP_SECRET = 'lark-secret-test';

export interface LarkHarness {
  t: TestDatabase;
  clock: ManualClock;
  emulator: LarkApiEmulator;
  edge: LarkEdge;
  app: Duebot;
  callbacks: LarkCallbacks;
  /** Duebot's callback base, e.g. http://127.0.0.1:1234 */
  url: string;
  /** The Feishu group of each demo team, by team code. */
  chatOf(teamCode: string): string;
  /** A demo person with their open_id in the emulated tenant (not bound in Duebot until first contact). */
  person(role: 'collector' | 'manager' | 'admin', teamCode?: string, nth?: number): Promise<Person>;
  /** Delivers what the app queued and waits for every private answer to go out. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

export interface Person {
  id: number;
  email: string;
  name: string;
  openId: string;
}

/** The config the edge gets in HTTP mode against the emulator. */
export function larkConfig(domain: string, connection: 'http' | 'ws' = 'http'): LarkConfig {
  return {
    appId: KEYS.appId,
    appSecret: APP_SECRET,
    domain,
    connection,
    encryptKey: KEYS.encryptKey,
    verificationToken: KEYS.verificationToken,
  };
}

/**
 * A seeded demo company on a real database, a Lark Open API emulator holding its groups and people,
 * and the Lark edge on an HTTP server, started with the Duebot router.
 */
export async function createLarkHarness(
  connection: 'http' | 'ws' = 'http',
  options: { answerBudgetMs?: number } = {},
): Promise<LarkHarness> {
  const t = await createTestDatabase();
  const clock = new ManualClock('2026-11-23T01:00:00Z');
  await seedDemo(t, clock, { today: '2026-11-23', customers: 30, receivables: 300 });
  const emulator = new LarkApiEmulator({ appId: KEYS.appId, appSecret: APP_SECRET });
  await emulator.start();
  const teams = await t.db.selectFrom('teams').select(['id', 'code']).execute();
  for (const team of teams) {
    emulator.addChat(`oc_${team.code}`, team.code);
    await t.db
      .insertInto('channels')
      .values({
        team_id: team.id,
        platform: 'lark',
        platform_chat_id: `oc_${team.code}`,
        purpose: 'collection',
        created_at: clock.now(),
      })
      .execute();
  }
  const people = await t.db.selectFrom('people').select(['id', 'email']).execute();
  for (const p of people) emulator.addUser(`ou_${p.id}`, p.email);
  const logger = pino({ level: process.env.TEST_LOG ?? 'silent' });
  const edge = createLarkEdge({
    config: larkConfig(emulator.baseUrl, connection),
    db: t.db,
    clock,
    logger,
    ...options,
  });
  const app = createDuebot({ db: t.db, clock, logger, ports: [edge.port], instance: 'test' });
  await edge.start(app);
  const server: Server = createServer((req, res) => edge.handleHttp(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    t,
    clock,
    emulator,
    edge,
    app,
    url,
    callbacks: new LarkCallbacks(
      KEYS,
      () => clock.now(),
      (id) => emulator.issueCardToken(id),
    ),
    chatOf: (code) => `oc_${code}`,
    async person(role, teamCode, nth = 0) {
      const row = await rosterPerson(t.db, role, teamCode, nth);
      return { ...row, openId: `ou_${row.id}` };
    },
    async settle() {
      await edge.settled();
      await app.outbox.drain();
    },
    async close() {
      await edge.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await emulator.stop();
      await t.close();
    },
  };
}

/** The card JSON of a stored message. */
export function cardOf(message: StoredMessage | undefined): {
  body: { elements: Record<string, unknown>[] };
  header?: unknown;
} {
  if (!message) throw new Error('no such message');
  return JSON.parse(message.content);
}

/** Every callback value of the buttons on a card, depth first. */
export function buttonsOf(message: StoredMessage): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (n.tag === 'button' && Array.isArray(n.behaviors))
        found.push((n.behaviors[0] as { value: Record<string, unknown> }).value);
      Object.values(n).forEach(walk);
    }
  };
  walk(JSON.parse(message.content));
  return found;
}

/** The visible text of a card (markdown contents), for assertions on what people read. */
export function textOf(message: StoredMessage | undefined): string {
  if (!message) return '';
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (typeof n.content === 'string') out.push(n.content);
      Object.values(n).forEach(walk);
    }
  };
  walk(JSON.parse(message.content));
  return out.join('\n');
}
