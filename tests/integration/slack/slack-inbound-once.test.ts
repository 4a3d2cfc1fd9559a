import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackEdge } from '../../../adapters/slack/index.js';
import { type InboundBody, sendToApp } from '../../fakes/slack-api/signing.js';
import {
  createSlackHarness,
  type RosterPerson,
  SIGNING_SECRET,
  type SlackHarness,
} from '../../helpers/slack-harness.js';

let h: SlackHarness;
let collector: RosterPerson & { slackId: string };

const now = () => Math.floor(Date.now() / 1000);
const answers = () =>
  h.slack.calls.filter((c) => c.method !== 'users.info' && c.method !== 'auth.test').length;
const raw = (body: string, contentType = 'application/x-www-form-urlencoded'): InboundBody => ({
  kind: 'raw',
  raw: body,
  contentType,
});

beforeAll(async () => {
  h = await createSlackHarness();
  collector = await h.person('collector', 'intl');
});
afterAll(async () => {
  await h.close();
});

describe('Slack requests carried out once', () => {
  it('an event redelivered with X-Slack-Retry-Num is acknowledged and not carried out again', async () => {
    const event = h.people.mention(collector.slackId, 'C0INTL', 'help');
    const before = answers();
    expect((await h.send(event)).status).toBe(200);
    const once = answers();
    expect(once).toBeGreaterThan(before);
    const again = await h.send(event, {
      timestamp: now() + 1,
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    expect(again.status).toBe(200);
    expect(answers()).toBe(once);
  });

  it('refuses requests dated more than five minutes from now, in either direction', async () => {
    const before = answers();
    for (const timestamp of [now() - 6 * 60, now() + 6 * 60]) {
      const answer = await h.send(h.people.command(collector.slackId, 'C0INTL', '/duebot', 'help'), {
        timestamp,
      });
      expect(answer.status).toBe(401);
    }
    expect(answers()).toBe(before);
    const within = await h.send(h.people.command(collector.slackId, 'C0INTL', '/duebot', 'help'), {
      timestamp: now() + 4 * 60,
    });
    expect(within.status).toBe(200);
  });

  it('answers malformed but signed bodies with 400 and keeps running', async () => {
    const bodies = [
      raw('payload=null'),
      raw('null', 'application/json'),
      raw('payload=%7B%22type%22%3A%22block_actions%22%2C%22user%22%3Anull%2C%22actions%22%3A%5B%5D%7D'),
      raw('payload=%5B1%2C2%5D'),
      raw('payload=%7Bnot json'),
      raw('command=%2Fduebot&text=help'),
    ];
    for (const body of bodies) {
      const answer = await h.send(body);
      expect(answer.status, body.kind === 'raw' ? body.raw : '').toBe(400);
    }
    const alive = await h.send(h.people.command(collector.slackId, 'C0INTL', '/duebot', 'help'));
    expect(alive.status).toBe(200);
  });

  it('refuses a replayed request on another instance sharing the database', async () => {
    const edges = [0, 1].map(() =>
      createSlackEdge({
        config: {
          botToken: h.slack.token,
          signingSecret: SIGNING_SECRET,
          appToken: null,
          apiUrl: h.slack.apiUrl,
        },
        logger: pino({ level: 'silent' }),
        clock: h.clock,
        db: h.t.db,
      }),
    );
    const urls: string[] = [];
    const servers = [];
    for (const edge of edges) {
      await edge.start(h.app);
      const server = createServer((req, res) => edge.handleHttp(req, res));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      servers.push(server);
      urls.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`);
    }
    const command = h.people.command(collector.slackId, 'C0INTL', '/duebot', 'help');
    const timestamp = now();
    expect((await sendToApp(urls[0] as string, SIGNING_SECRET, command, { timestamp })).status).toBe(200);
    expect((await sendToApp(urls[1] as string, SIGNING_SECRET, command, { timestamp })).status).toBe(401);
    for (const edge of edges) await edge.stop();
    for (const server of servers) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
