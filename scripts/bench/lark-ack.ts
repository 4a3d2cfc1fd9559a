// npm run bench:lark-ack: 2,000 encrypted, signed card.action.trigger callbacks at 50 concurrent
// connections against the Lark edge on a real PostgreSQL database (button clicks opening forms, good
// form submissions saving promises and redrawing the list, submissions with field errors), and in
// the same run the same load against a bare SDK CardActionHandler that only returns a toast.
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as lark from '@larksuiteoapi/node-sdk';
import pg from 'pg';
import pino from 'pino';
import { createLarkEdge } from '../../adapters/lark/index.js';
import { createDuebot } from '../../src/app/duebot.js';
import { ManualClock } from '../../src/clock.js';
import { openPostgres } from '../../src/db/connect.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { seedDemo } from '../../src/demo/seed.js';
import { LarkCallbacks } from '../../tests/fakes/lark-api/callbacks.js';
import type { StoredMessage } from '../../tests/fakes/lark-api/state.js';
import { type LoadRequest, quantile, runLoad } from './lark-ack-load.js';

const adminUrl = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const TOTAL = Number(process.env.BENCH_CALLBACKS ?? 2_000);
const CONNECTIONS = 50;
const WARM_UP = 200;
const KINDS = ['click → form', 'good submission', 'submission with errors'];
const keys = {
  appId: 'cli_a1b2c3d4e5f60718',
  encryptKey: 'bench-encrypt-key',
  verificationToken: 'bench-token',
};
const appSecret = 'bench-app-secret';
const name = `duebot_bench_${randomBytes(3).toString('hex')}`;

async function listen(handler: RequestListener): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/lark/cards` };
}

/** The emulator process: one request, one answer, in order. */
const emulatorProcess = fork(new URL('./lark-emulator-child.ts', import.meta.url).pathname, [], {
  execArgv: ['--import', 'tsx'],
});
const ask = <T>(request: unknown): Promise<T> =>
  new Promise((resolve) => {
    emulatorProcess.once('message', (answer) => resolve(answer as T));
    emulatorProcess.send(request as object);
  });

const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${name}`);
const dbUrl = new URL(adminUrl);
dbUrl.pathname = `/${name}`;
const handle = openPostgres(dbUrl.toString());
const servers: Server[] = [];
try {
  await migrateToLatest(handle.db);
  const clock = new ManualClock('2026-11-23T01:00:00Z');
  await seedDemo(handle, clock, { today: '2026-11-23' });
  const teams = await handle.db.selectFrom('teams').select(['id', 'code']).execute();
  const people = await handle.db.selectFrom('people').select(['id', 'email']).execute();
  const { baseUrl } = await ask<{ baseUrl: string }>({
    op: 'start',
    appId: keys.appId,
    appSecret,
    chats: teams.map((t) => `oc_${t.code}`),
    users: people.map((p) => [`ou_${p.id}`, p.email]),
  });
  for (const team of teams) {
    await handle.db
      .insertInto('channels')
      .values({
        team_id: team.id,
        platform: 'lark',
        platform_chat_id: `oc_${team.code}`,
        purpose: 'collection',
      })
      .execute();
  }

  const logger = pino({ level: 'silent' });
  const config = { ...keys, appSecret, domain: baseUrl, connection: 'http' as const };
  const edge = createLarkEdge({ config, db: handle.db, clock, logger });
  const app = createDuebot({ db: handle.db, clock, logger, ports: [edge.port], instance: 'bench' });
  await edge.start(app);
  process.stdout.write('Posting the morning lists to the emulator… ');
  await app.scheduler.tick();
  await app.outbox.drain();
  app.outbox.start();

  // Every promise button on the posted cards, with the collector it belongs to.
  const targets: { openId: string; chatId: string; messageId: string; value: string }[] = [];
  const { messages } = await ask<{ messages: StoredMessage[] }>({ op: 'messages' });
  for (const m of messages) {
    if (m.msg_type !== 'interactive') continue;
    for (const [, value] of m.content.matchAll(/"actionId":"item\.promise","value":"([^"]+)"/g)) {
      const item = await handle.db
        .selectFrom('receivables')
        .select('collector_id')
        .where('id', '=', Number(value?.split(':')[1]))
        .executeTakeFirstOrThrow();
      targets.push({
        openId: `ou_${item.collector_id}`,
        chatId: m.chat_id,
        messageId: m.message_id,
        value: value ?? '',
      });
    }
  }
  process.stdout.write(`${targets.length} items with buttons\n`);

  // Callback tokens come from the emulator, so Duebot can update cards with them as with Lark.
  const indices = Array.from(
    { length: WARM_UP + TOTAL },
    (_, i) => targets[i % targets.length]?.messageId ?? '',
  );
  const { tokens } = await ask<{ tokens: string[] }>({ op: 'tokens', messageIds: indices });
  let nextToken = 0;
  const callbacks = new LarkCallbacks(
    keys,
    () => clock.now(),
    () => tokens[nextToken++ % tokens.length] ?? '',
  );
  const build = (n: number, offset: number): LoadRequest[] =>
    Array.from({ length: n }, (_, k) => {
      const i = k + offset;
      nextToken = i;
      const t = targets[i % targets.length] as (typeof targets)[number];
      const base = { openId: t.openId, chatId: t.chatId, messageId: t.messageId };
      const submit = { formId: 'item.promise', metadata: { value: t.value } };
      const payload =
        i % 3 === 0
          ? callbacks.cardAction({ ...base, value: { actionId: 'item.promise', value: t.value } })
          : callbacks.cardAction({
              ...base,
              value: submit,
              formValue:
                i % 3 === 1 ? { amount: '100', date: '2026-12-01 +0800' } : { amount: '5万x', date: '' },
            });
      return callbacks.sign(payload);
    });

  const bareHandler = new lark.CardActionHandler(
    {
      encryptKey: keys.encryptKey,
      verificationToken: keys.verificationToken,
      loggerLevel: lark.LoggerLevel.error,
    },
    async () => ({ toast: { type: 'info', content: 'ok' } }),
  );
  const bare = await listen(lark.adaptDefault('/lark/cards', bareHandler, { autoChallenge: true }));
  const duebot = await listen((req, res) => edge.handleHttp(req, res));
  servers.push(bare.server, duebot.server);

  const measure = async (label: string, url: string) => {
    await runLoad(url, build(WARM_UP, 0), CONNECTIONS);
    const { latenciesMs, statuses } = await runLoad(url, build(TOTAL, WARM_UP), CONNECTIONS);
    const [p50, p99] = [quantile(latenciesMs, 0.5), quantile(latenciesMs, 0.99)];
    const codes = [...statuses].map(([s, n]) => `${s}×${n}`).join(' ');
    process.stdout.write(
      `${label.padEnd(28)} p50 ${p50.toFixed(1)} ms   p99 ${p99.toFixed(1)} ms   (${codes})\n`,
    );
    for (const [k, kind] of KINDS.entries()) {
      const mine = latenciesMs.filter((_, i) => (i + WARM_UP) % 3 === k);
      const line = `p50 ${quantile(mine, 0.5).toFixed(1)} ms   p99 ${quantile(mine, 0.99).toFixed(1)} ms`;
      process.stdout.write(`  ${kind.padEnd(26)} ${line}\n`);
    }
    return p99;
  };
  process.stdout.write(
    `${TOTAL} card.action.trigger callbacks, ${CONNECTIONS} connections, encrypted and signed:\n`,
  );
  const bareP99 = await measure('bare CardActionHandler', bare.url);
  const duebotP99 = await measure('Duebot Lark edge', duebot.url);
  await edge.settled();
  const saved = await handle.db
    .selectFrom('commitments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('kind', '=', 'promise')
    .executeTakeFirstOrThrow();
  process.stdout.write(`promises saved during the run: ${saved.n}\n`);
  const ok = duebotP99 < 300 && duebotP99 <= 1.5 * bareP99;
  process.stdout.write(
    `target p99 < 300 ms and ≤ 1.5 × bare (${(1.5 * bareP99).toFixed(1)} ms): ${ok ? 'met' : 'MISSED'} (Duebot p99 is ${(duebotP99 / bareP99).toFixed(2)} × bare)\n`,
  );
  await app.outbox.stop();
  await edge.stop();
} finally {
  for (const s of servers) s.close();
  await ask({ op: 'stop' });
  await handle.close();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
