// npm run bench:slack-ack: 2,000 signed block_actions requests at 50 concurrent connections against
// the Slack edge's HTTP receiver on a real PostgreSQL database (Promise…/Follow-up… clicks that open
// a modal, "on time" clicks that save and redraw the list), and in the same run the same load
// against a bare Bolt app whose action handler only acks. Time is measured to the HTTP response.
// Slack's side (the Web API emulator and the people clicking) runs in a child process.
import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import pg from 'pg';
import pino from 'pino';
import { createSlackEdge } from '../../adapters/slack/index.js';
import { createDuebot } from '../../src/app/duebot.js';
import { ManualClock } from '../../src/clock.js';
import { openPostgres } from '../../src/db/connect.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { seedDemo } from '../../src/demo/seed.js';
import { quantile as quantileOf } from './slack-ack-load.js';
import type { SideAnswer, SideRequest } from './slack-side.js';

const adminUrl =
  process.env.DATABASE_URL || process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const TOTAL = Number(process.env.BENCH_CLICKS ?? 2_000);
const CONNECTIONS = 50;
const WARM_UP = 200;
const PACED = Number(process.env.BENCH_PACED ?? 400);
const PACE = Number(process.env.BENCH_PACE ?? 40);
const SECRET = 'bench-signing-secret';
const name = `duebot_bench_${randomBytes(3).toString('hex')}`;

async function listen(handler: RequestListener): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events` };
}

/** Asks Slack's side for something and waits for its answer of the given type. */
function ask<T extends SideAnswer['type']>(
  side: ChildProcess,
  request: SideRequest,
  type: T,
): Promise<Extract<SideAnswer, { type: T }>> {
  return new Promise((resolve) => {
    const on = (answer: SideAnswer) => {
      if (answer.type !== type) return;
      side.off('message', on);
      resolve(answer as Extract<SideAnswer, { type: T }>);
    };
    side.on('message', on);
    side.send(request);
  });
}

const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${name}`);
const dbUrl = new URL(adminUrl);
dbUrl.pathname = `/${name}`;
const handle = openPostgres(dbUrl.toString());
const servers: Server[] = [];
const side = fork('scripts/bench/slack-side.ts', { execArgv: ['--import', 'tsx'] });
try {
  await migrateToLatest(handle.db);
  const clock = new ManualClock('2026-11-23T01:00:00Z');
  await seedDemo(handle, clock, { today: '2026-11-23' });
  const teams = await handle.db.selectFrom('teams').select(['id', 'code']).execute();
  const roster = await handle.db.selectFrom('people').select(['id', 'email', 'name']).execute();
  const channelOf = (code: string) => `C${code.toUpperCase().replace(/[^A-Z0-9]/g, '')}`;
  const users = roster.map((p) => ({
    id: `U${String(p.id).padStart(8, '0')}`,
    name: p.name,
    email: p.email,
    personId: p.id,
  }));
  const slack = await ask(
    side,
    { type: 'start', users, channels: teams.map((t) => channelOf(t.code)) },
    'ready',
  );
  for (const team of teams)
    await handle.db
      .insertInto('channels')
      .values({
        team_id: team.id,
        platform: 'slack',
        platform_chat_id: channelOf(team.code),
        purpose: 'collection',
        created_at: clock.now(),
      })
      .execute();

  const logger = pino({ level: 'silent' });
  const config = { botToken: slack.token, signingSecret: SECRET, appToken: null, apiUrl: slack.apiUrl };
  const concurrency = process.env.BENCH_CONCURRENCY ? Number(process.env.BENCH_CONCURRENCY) : undefined;
  const edge = createSlackEdge({ config, logger, clock, ...(concurrency ? { concurrency } : {}) });
  const app = createDuebot({ db: handle.db, clock, logger, ports: [edge.port], instance: 'bench' });
  // The app's own time per click (after the acknowledgement), by button, for the report.
  const appMs = new Map<string, number[]>();
  await edge.start({
    async handle(interaction) {
      const started = performance.now();
      const reply = await app.handle(interaction);
      const key = interaction.kind === 'action' ? interaction.actionId : interaction.kind;
      appMs.set(key, [...(appMs.get(key) ?? []), performance.now() - started]);
      return reply;
    },
  });
  process.stdout.write('Posting the morning lists to the emulator… ');
  await app.scheduler.tick();
  await app.outbox.drain();
  app.outbox.start();

  const bareApp = new App({
    token: slack.token,
    receiver: new HTTPReceiver({ signingSecret: SECRET, logLevel: LogLevel.ERROR }),
    clientOptions: { slackApiUrl: slack.apiUrl },
    logLevel: LogLevel.ERROR,
    deferInitialization: true,
  });
  bareApp.action({ type: 'block_actions' }, async ({ ack }) => {
    await ack();
  });
  await bareApp.init();
  const bareReceiver = (bareApp as unknown as { receiver: HTTPReceiver }).receiver;
  const bare = await listen((req, res) => bareReceiver.requestListener(req, res));
  const duebot = await listen((req, res) => edge.handleHttp(req, res));
  servers.push(bare.server, duebot.server);

  const load = (url: string, offset: number, total: number) =>
    ask(side, { type: 'load', url, offset, total, connections: CONNECTIONS, secret: SECRET }, 'loaded');
  const measure = async (label: string, url: string) => {
    await load(url, 0, WARM_UP);
    await edge.idle();
    const run = await load(url, WARM_UP, TOTAL);
    const codes = run.statuses.map(([s, n]) => `${s}×${n}`).join(' ');
    process.stdout.write(
      `${label.padEnd(24)} p50 ${run.p50.toFixed(1)} ms   p99 ${run.p99.toFixed(1)} ms   (${codes})\n`,
    );
    return run;
  };
  const first = await load(bare.url, 0, 1);
  process.stdout.write(`${first.buttons} buttons on the lists\n`);
  process.stdout.write(`${TOTAL} signed block_actions requests, ${CONNECTIONS} connections:\n`);
  const bareRun = await measure('bare Bolt app (ack only)', bare.url);
  const duebotRun = await measure('Duebot Slack edge', duebot.url);
  const acked = performance.now();
  await edge.idle();
  const done = ((performance.now() - acked) / 1000).toFixed(1);
  const stats = await ask(side, { type: 'stats' }, 'stats');
  process.stdout.write(
    `modals opened for the ${duebotRun.modalClicks} Promise…/Follow-up… clicks: ${stats.opened}; every click answered ${done} s after the last ack\n`,
  );
  if (Object.keys(stats.refused).length)
    process.stdout.write(`Slack refused: ${JSON.stringify(stats.refused)}\n`);
  // The same clicks at a steady pace the app keeps up with: here every form should open.
  const paced = await ask(
    side,
    {
      type: 'load',
      url: duebot.url,
      offset: 0,
      total: PACED,
      connections: CONNECTIONS,
      secret: SECRET,
      perSecond: PACE,
    },
    'loaded',
  );
  await edge.idle();
  const pacedStats = await ask(side, { type: 'stats' }, 'stats');
  process.stdout.write(
    `paced, ${PACED} clicks at ${PACE}/s: p50 ${paced.p50.toFixed(1)} ms   p99 ${paced.p99.toFixed(1)} ms; modals opened for ${pacedStats.opened} of ${paced.modalClicks} Promise…/Follow-up… clicks\n`,
  );
  const ok = duebotRun.p99 < 300 && duebotRun.p99 <= 1.5 * bareRun.p99;
  process.stdout.write(
    `target p99 < 300 ms and ≤ 1.5 × bare (${(1.5 * bareRun.p99).toFixed(1)} ms): ${ok ? 'met' : 'MISSED'} (Duebot p99 is ${(duebotRun.p99 / bareRun.p99).toFixed(2)} × bare)\n`,
  );
  for (const [key, ms] of appMs)
    process.stdout.write(
      `  app time for ${key.padEnd(14)} n=${ms.length} p50 ${quantileOf(ms, 0.5).toFixed(1)} ms p99 ${quantileOf(ms, 0.99).toFixed(1)} ms\n`,
    );
  await app.outbox.stop();
  await edge.stop();
} finally {
  for (const s of servers) s.close();
  side.send({ type: 'stop' } satisfies SideRequest);
  await handle.close();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
