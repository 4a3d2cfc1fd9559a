import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/clock.js';
import { openPglite } from '../../../src/db/connect.js';
import { migrateToLatest } from '../../../src/db/migrate.js';
import { seedDemo } from '../../../src/demo/seed.js';
import { LarkCallbacks } from '../../fakes/lark-api/callbacks.js';
import { LarkApiEmulator } from '../../fakes/lark-api/server.js';
import { SlackApiEmulator } from '../../fakes/slack-api/server.js';
import { sendToApp } from '../../fakes/slack-api/signing.js';

const root = path.resolve(import.meta.dirname, '../../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const SIGNING_SECRET = 'slack-signing-secret-for-start';
const LARK_KEYS = {
  appId: 'cli_duebot_test',
  encryptKey: 'lark-encrypt-key',
  verificationToken: 'lark-v-token',
};

let child: ChildProcess | undefined;
let dataDir = '';
let slack: SlackApiEmulator;
let lark: LarkApiEmulator;
let adminEmail = '';
const output = { stdout: '', stderr: '' };

async function waitFor(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 900 && !check(); i++) await new Promise((r) => setTimeout(r, 100));
  if (!check()) throw new Error(`gave up waiting for ${what}: ${output.stdout}${output.stderr}`);
}

beforeAll(async () => {
  // The demo company is written first so the test knows the finance admin's e-mail.
  dataDir = mkdtempSync(path.join(tmpdir(), 'duebot-platforms-'));
  const handle = await openPglite(dataDir);
  await migrateToLatest(handle.db);
  await seedDemo(handle, new ManualClock(new Date('2026-11-23T01:00:00Z')), { today: '2026-11-23' });
  const admin = await handle.db
    .selectFrom('people')
    .select('email')
    .where('role', '=', 'admin')
    .executeTakeFirstOrThrow();
  adminEmail = admin.email;
  await handle.close();

  slack = await SlackApiEmulator.start({
    channels: ['C0EAST'],
    users: [{ id: 'U0ADMIN', name: 'finance', email: adminEmail }],
  });
  lark = new LarkApiEmulator();
  const larkUrl = await lark.start();
  lark.addChat('oc_south', '华南回款组');
  lark.addUser('ou_admin', adminEmail);

  child = spawn(tsx, ['src/main.ts'], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      DUEBOT_DATA_DIR: dataDir,
      PORT: '0',
      LOG_LEVEL: 'warn',
      SLACK_BOT_TOKEN: slack.token,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      LARK_APP_ID: LARK_KEYS.appId,
      LARK_APP_SECRET: 'secret-test',
      LARK_DOMAIN: larkUrl,
      LARK_ENCRYPT_KEY: LARK_KEYS.encryptKey,
      LARK_VERIFICATION_TOKEN: LARK_KEYS.verificationToken,
    },
  });
  child.stdout?.on('data', (d) => {
    output.stdout += String(d);
  });
  child.stderr?.on('data', (d) => {
    output.stderr += String(d);
  });
  await waitFor(() => /card callback URL \S+/.test(output.stdout), 'the platform addresses');
}, 120_000);

afterAll(async () => {
  const exited = new Promise((resolve) => child?.once('exit', resolve));
  child?.kill('SIGTERM');
  await exited;
  await slack?.close();
  await lark?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start with Slack and Feishu/Lark configured', () => {
  it('says where each platform sends its requests, all on one port, and keeps the sandbox off', async () => {
    const slackUrl = /request URL (\S+\/slack\/events)/.exec(output.stdout)?.[1] ?? '';
    const larkCards = /card callback URL (\S+\/lark\/cards)/.exec(output.stdout)?.[1] ?? '';
    expect(new URL(slackUrl).port).toBe(new URL(larkCards).port);
    expect(output.stdout).not.toMatch(/team chats/);
    const base = new URL(slackUrl).origin;
    expect((await fetch(`${base}/`)).status).toBe(404);
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    const report = (await health.json()) as { ok: boolean; failing: string[]; parts: object };
    expect(report.failing).toEqual([]);
    expect(Object.keys(report.parts)).toEqual(['database', 'migrations', 'outbox', 'slack', 'lark']);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/^duebot_outbox_messages\{state="pending"\} \d+$/m);
    expect(metrics).not.toContain(SIGNING_SECRET);
  });

  it('binds a Slack channel to a team from a signed slash command by the finance admin', async () => {
    const slackUrl = /request URL (\S+\/slack\/events)/.exec(output.stdout)?.[1] ?? '';
    const responseUrl = slack.responseUrl();
    const answer = await sendToApp(slackUrl, SIGNING_SECRET, {
      kind: 'command',
      fields: {
        team_id: 'T0TEST',
        channel_id: 'C0EAST',
        user_id: 'U0ADMIN',
        command: '/duebot',
        text: 'setup east',
        response_url: responseUrl,
        trigger_id: slack.triggerId(),
      },
    });
    expect(answer.status).toBe(200);
    await waitFor(() => slack.responses.messages.length > 0, 'the private answer');
    expect(JSON.stringify(slack.responses.messages)).toMatch(/east|华东/);
    expect(
      (await sendToApp(slackUrl, 'a-forged-secret', { kind: 'command', fields: { text: 'setup east' } }))
        .status,
    ).toBe(401);
  });

  it('binds a Feishu group to a team from a signed, encrypted @Duebot message', async () => {
    const events = /event URL (\S+\/lark\/events)/.exec(output.stdout)?.[1] ?? '';
    const callbacks = new LarkCallbacks(LARK_KEYS);
    const { payload } = callbacks.message({ openId: 'ou_admin', chatId: 'oc_south', text: 'setup south' });
    expect((await callbacks.post(events, payload)).status).toBe(200);
    await waitFor(() => lark.messagesIn('oc_south').length > 0, 'the answer in the group');
    expect(
      lark
        .messagesIn('oc_south')
        .map((m) => m.content)
        .join('\n'),
    ).toMatch(/south|华南/);
  });
});
