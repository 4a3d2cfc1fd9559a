import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { createSlackEdge, type SlackEdge } from '../../adapters/slack/index.js';
import { createDuebot, type Duebot } from '../../src/app/duebot.js';
import { ManualClock } from '../../src/clock.js';
import { seedDemo } from '../../src/demo/seed.js';
import { SlackPeople } from '../fakes/slack-api/payloads.js';
import { SlackApiEmulator } from '../fakes/slack-api/server.js';
import {
  type InboundAnswer,
  type InboundBody,
  type SignOptions,
  sendToApp,
} from '../fakes/slack-api/signing.js';
import type { SlackUser } from '../fakes/slack-api/workspace.js';
import { rosterPerson } from './roster.js';
import { createTestDatabase, type TestDatabase } from './test-db.js';

export const SIGNING_SECRET = 'test-signing-secret-8f2c';
/** A Slack member whose e-mail is on no roster. */
export const STRANGER = 'U0STRANGER';

export interface SlackHarness {
  t: TestDatabase;
  clock: ManualClock;
  app: Duebot;
  slack: SlackApiEmulator;
  edge: SlackEdge;
  people: SlackPeople;
  /** Where Slack sends requests in HTTP mode (null in Socket Mode). */
  eventsUrl: string | null;
  /** A roster person and their Slack user id (the emulator's directory has every roster e-mail). */
  person(role: 'collector' | 'manager' | 'admin', teamCode?: string, nth?: number): Promise<RosterPerson>;
  /** Sends a signed request, then waits until the app has answered it and delivered what it queued. */
  send(body: InboundBody, options?: SignOptions): Promise<InboundAnswer>;
  /** Waits for the edge to finish answering and the outbox to deliver. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

export interface RosterPerson {
  id: number;
  email: string;
  name: string;
  slackId: string;
}

/** The Slack user id the emulator gives a roster person. */
export const slackIdOf = (personId: number) => `U${String(personId).padStart(8, '0')}`;

/**
 * Duebot on a demo company with Slack as its only platform: the real Bolt app and Web API
 * clients talking to the emulator, served over HTTP (or Socket Mode) like in production.
 */
export async function createSlackHarness(options: { socketMode?: boolean } = {}): Promise<SlackHarness> {
  const t = await createTestDatabase();
  const clock = new ManualClock('2026-11-23T01:00:00Z');
  await seedDemo(t, clock, { today: '2026-11-23', customers: 30, receivables: 300 });
  const roster = await t.db.selectFrom('people').select(['id', 'email', 'name']).execute();
  const users: SlackUser[] = [
    ...roster.map((p) => ({ id: slackIdOf(p.id), name: p.name, email: p.email })),
    { id: STRANGER, name: 'Pat Stranger', email: 'pat@elsewhere.example' },
  ];
  const slack = await SlackApiEmulator.start({ channels: ['C0EAST', 'C0INTL', 'C0OTHER'], users });
  const logger = pino({ level: process.env.TEST_LOG ?? 'silent' });
  const edge = createSlackEdge({
    config: {
      botToken: slack.token,
      signingSecret: SIGNING_SECRET,
      appToken: options.socketMode ? slack.appToken : null,
      apiUrl: slack.apiUrl,
    },
    logger,
    clock,
  });
  const app = createDuebot({ db: t.db, clock, logger, ports: [edge.port], instance: 'slack-test' });
  let server: Server | null = null;
  let eventsUrl: string | null = null;
  if (edge.httpPrefix) {
    const prefix = edge.httpPrefix;
    server = createServer((req, res) => {
      if (req.url?.startsWith(prefix)) edge.handleHttp(req, res);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    eventsUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  }
  await edge.start(app);
  const settle = async () => {
    await edge.idle();
    await app.outbox.drain();
  };
  return {
    t,
    clock,
    app,
    slack,
    edge,
    people: new SlackPeople(slack),
    eventsUrl,
    async person(role, teamCode, nth = 0) {
      const row = await rosterPerson(t.db, role, teamCode, nth);
      return { ...row, slackId: slackIdOf(row.id) };
    },
    async send(body, signOptions) {
      if (!eventsUrl) throw new Error('this harness runs in Socket Mode');
      const answer = await sendToApp(eventsUrl, SIGNING_SECRET, body, signOptions);
      await settle();
      return answer;
    },
    settle,
    async close() {
      await edge.stop();
      await app.outbox.stop();
      if (server) {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server?.close(() => resolve()));
      }
      await slack.close();
      await t.close();
    },
  };
}
