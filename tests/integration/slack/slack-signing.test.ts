import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackEdge } from '../../../adapters/slack/index.js';
import { encodeBody, type InboundBody, sendToApp } from '../../fakes/slack-api/signing.js';
import {
  createSlackHarness,
  type RosterPerson,
  SIGNING_SECRET,
  type SlackHarness,
} from '../../helpers/slack-harness.js';

let h: SlackHarness;
let admin: RosterPerson;

/** Everything a request could change: the database and what reached Slack. */
async function footprint() {
  const n = (table: 'channels' | 'audit_log' | 'chat_identities') =>
    h.t.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow()
      .then((r) => Number(r.n));
  return {
    rows: [await n('channels'), await n('audit_log'), await n('chat_identities')],
    calls: h.slack.calls.length,
    responses: h.slack.responses.messages.length,
  };
}

const setup = (): InboundBody => h.people.command(admin.slackId, 'C0OTHER', '/duebot', 'setup south');
const now = () => Math.floor(Date.now() / 1000);

beforeAll(async () => {
  h = await createSlackHarness();
  admin = await h.person('admin');
});
afterAll(async () => {
  await h.close();
});

describe('request signatures', () => {
  it('refuses a request signed more than five minutes ago with 401, and nothing happens', async () => {
    const before = await footprint();
    const answer = await h.send(setup(), { timestamp: now() - 6 * 60 });
    expect(answer.status).toBe(401);
    expect(await footprint()).toEqual(before);
  });

  it('refuses a request signed with another secret with 401, and nothing happens', async () => {
    const before = await footprint();
    const answer = await h.send(setup(), { secret: 'not-the-signing-secret' });
    expect(answer.status).toBe(401);
    const click = await h.send(
      { kind: 'interactive', payload: { type: 'block_actions', actions: [] } },
      { secret: 'guess' },
    );
    expect(click.status).toBe(401);
    expect(await footprint()).toEqual(before);
  });

  it('refuses a request without signature headers, and one whose body was changed after signing', async () => {
    const before = await footprint();
    const { raw, contentType } = encodeBody(setup());
    const unsigned = await new Promise<number>((resolve, reject) => {
      const req = request(
        h.eventsUrl ?? '',
        { method: 'POST', headers: { 'content-type': contentType } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end(raw);
    });
    expect(unsigned).toBe(401);
    expect(await footprint()).toEqual(before);
  });

  it('accepts the same request signed correctly within the window', async () => {
    const before = await footprint();
    const answer = await h.send(setup(), { timestamp: now() - 4 * 60 });
    expect(answer.status).toBe(200);
    const after = await footprint();
    expect(after.rows[0]).toBe((before.rows[0] ?? 0) + 1);
    expect(after.responses).toBe(before.responses + 1);
  });

  it("answers Slack's URL check with the challenge, and 404 outside /slack/events", async () => {
    const check = await sendToApp(h.eventsUrl ?? '', SIGNING_SECRET, {
      kind: 'event',
      json: { token: 'legacy', challenge: 'c-123', type: 'url_verification' },
    });
    expect(check).toMatchObject({ status: 200, json: { challenge: 'c-123' } });
    const elsewhere = await sendToApp(
      (h.eventsUrl ?? '').replace('/slack/events', '/slack/other'),
      SIGNING_SECRET,
      setup(),
    );
    expect(elsewhere.status).toBe(404);
  });

  it('answers 503 until the edge is started, and then nothing reaches the app', async () => {
    const config = {
      botToken: h.slack.token,
      signingSecret: SIGNING_SECRET,
      appToken: null,
      apiUrl: h.slack.apiUrl,
    };
    const edge = createSlackEdge({ config, logger: pino({ level: 'silent' }) });
    const server = createServer((req, res) => edge.handleHttp(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const before = await footprint();
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
      expect((await sendToApp(url, SIGNING_SECRET, setup())).status).toBe(503);
      expect(await footprint()).toEqual(before);
    } finally {
      server.close();
    }
  });
});
