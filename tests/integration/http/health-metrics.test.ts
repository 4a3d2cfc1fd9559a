import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDuebot, type Duebot } from '../../../src/app/duebot.js';
import { sandboxDirectory } from '../../../src/app/sandbox-directory.js';
import type { PlatformEdge } from '../../../src/chat/edge.js';
import { RateLimitError } from '../../../src/chat/errors.js';
import { ManualClock } from '../../../src/clock.js';
import { type DbHandle, openPglite } from '../../../src/db/connect.js';
import { migrateToLatest } from '../../../src/db/migrate.js';
import { seedDemo } from '../../../src/demo/seed.js';
import { type AppServer, startAppServer } from '../../../src/http/app-server.js';
import { checkHealth, type HealthReport } from '../../../src/http/health.js';
import { runImport } from '../../../src/import/run-import.js';
import { enqueue } from '../../../src/outbox/outbox.repository.js';
import { RecordingChatPort } from '../../fakes/recording-chat-port.js';
import { createTestDatabase } from '../../helpers/test-db.js';

const logger = pino({ level: 'silent' });

interface Target {
  handle: DbHandle;
  /** Takes the database away for good, as an outage would. */
  lose(): Promise<void>;
  close(): Promise<void>;
}

async function pgliteTarget(): Promise<Target> {
  const handle = await openPglite(undefined);
  await migrateToLatest(handle.db);
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  return { handle, lose: close, close };
}

async function serverTarget(): Promise<Target> {
  const t = await createTestDatabase();
  let lost = false;
  return {
    handle: t,
    async lose() {
      lost = true;
      const target = inject('testTarget');
      if (target.kind !== 'postgres' || !t.url) return t.close();
      const admin = new pg.Client({ connectionString: target.adminUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE ${new URL(t.url).pathname.slice(1)} WITH (FORCE)`);
      await admin.end();
    },
    async close() {
      if (lost) await t.db.destroy().catch(() => {});
      else await t.close();
    },
  };
}

/** An edge whose connection state the test decides. */
function edgeOf(platform: 'slack' | 'lark', isUp: () => boolean): PlatformEdge {
  return {
    port: new RecordingChatPort(platform),
    httpPrefix: null,
    handleHttp: () => {},
    start: async () => {},
    stop: async () => {},
    connected: isUp,
  };
}

const targets = [
  ['PGlite', pgliteTarget],
  [inject('testTarget').kind === 'postgres' ? 'PostgreSQL' : 'PGlite (no server reachable)', serverTarget],
] as const;

describe.each(targets)('health and metrics on %s', (_name, open) => {
  let target: Target;
  let server: AppServer;
  let app: Duebot;
  let clock: ManualClock;
  let port: RecordingChatPort;
  let slackUp = true;

  async function start(): Promise<void> {
    target = await open();
    clock = new ManualClock('2026-11-23T01:00:00Z');
    await seedDemo(target.handle, clock, { today: '2026-11-23', customers: 6, receivables: 30 });
    await sandboxDirectory(target.handle.db, clock.now());
    port = new RecordingChatPort('sandbox');
    app = createDuebot({ db: target.handle.db, clock, logger, ports: [port], instance: 'test' });
    const edges = [edgeOf('slack', () => slackUp)];
    server = await startAppServer({
      edges,
      fallback: null,
      observe: { health: () => checkHealth({ db: target.handle.db, clock, edges }), metrics: app.metrics },
      port: 0,
      host: '127.0.0.1',
      logger,
    });
  }

  const health = async () => {
    const res = await fetch(`${server.url}/healthz`);
    return { status: res.status, body: (await res.json()) as HealthReport };
  };
  const metrics = async () => (await fetch(`${server.url}/metrics`)).text();

  // One database per target for the whole sequence: losing it comes last.
  beforeAll(start);
  afterAll(async () => {
    await server.close();
    await app.outbox.stop();
    await target.close();
  });

  it('answers 200 with every part when the database, migrations, outbox and edges are well', async () => {
    await enqueue(target.handle.db, {
      dedupeKey: 'probe:1',
      platform: 'sandbox',
      payload: { op: 'post', chatId: 'east', content: { message: { text: 'hi', blocks: [] }, mentions: {} } },
      now: new Date(clock.now().getTime() - 90_000),
    });
    const { status, body } = await health();
    expect(status).toBe(200);
    expect(body.failing).toEqual([]);
    expect(body.parts.database?.ok).toBe(true);
    expect(body.parts.migrations?.detail).toMatch(/^all \d+ applied$/);
    expect(body.parts.outbox?.oldestPendingSeconds).toBe(90);
    expect(body.parts.slack).toEqual({ ok: true, detail: 'connected' });
  });

  it('answers 503 naming the edge that lost its connection, the stuck outbox or the missing migration', async () => {
    slackUp = false;
    expect(await health()).toMatchObject({ status: 503, body: { failing: ['slack'] } });
    slackUp = true;

    await target.handle.db.deleteFrom('outbox').execute();
    await enqueue(target.handle.db, {
      dedupeKey: 'stuck:1',
      platform: 'sandbox',
      payload: {
        op: 'post',
        chatId: 'east',
        content: { message: { text: 'late', blocks: [] }, mentions: {} },
      },
      now: clock.now(),
    });
    clock.advance(11 * 60_000);
    const stuck = await health();
    expect(stuck).toMatchObject({ status: 503, body: { failing: ['outbox'] } });
    expect(stuck.body.parts.outbox?.detail).toBe('a message due 660 s ago is still undelivered');
    await target.handle.db.deleteFrom('outbox').execute();

    const last = await target.handle.db
      .selectFrom('kysely_migration' as never)
      .selectAll()
      .orderBy('name' as never, 'desc')
      .executeTakeFirstOrThrow();
    const name = (last as { name: string }).name;
    await target.handle.db
      .deleteFrom('kysely_migration' as never)
      .where('name' as never, '=', name as never)
      .execute();
    const behind = await health();
    expect(behind).toMatchObject({ status: 503, body: { failing: ['migrations'] } });
    expect(behind.body.parts.migrations?.detail).toBe(`not applied: ${name}`);
    // Put the bookkeeping row back rather than re-running a step that already changed the schema.
    await target.handle.db
      .insertInto('kysely_migration' as never)
      .values(last as never)
      .execute();
    expect((await health()).status).toBe(200);
  });

  it('counts outbox depth, deliveries, rate-limit waits, job runs, claims and interaction time, without personal data', async () => {
    const admin = await target.handle.db
      .selectFrom('people')
      .select(['email', 'name'])
      .where('role', '=', 'admin')
      .executeTakeFirstOrThrow();
    const user = { platform: 'sandbox' as const, workspaceId: '', userId: admin.email };
    const channel = { platform: 'sandbox' as const, workspaceId: '', chatId: 'east' };
    await app.handle({ kind: 'command', user, channel, text: 'help' });
    port.failures.push(new RateLimitError(1_000));
    await app.scheduler.tick();
    const before = await metrics();
    expect(before).toMatch(/^duebot_outbox_messages\{state="pending"\} [1-9]\d*$/m);
    await app.outbox.drain();
    clock.advance(2_000);
    await app.outbox.drain();

    const text = await metrics();
    expect(text).toMatch(/^duebot_outbox_messages\{state="pending"\} 0$/m);
    expect(text).toMatch(/^duebot_outbox_messages\{state="sent"\} [1-9]\d*$/m);
    expect(text).toMatch(/^duebot_outbox_deliveries_total\{platform="sandbox"\} [1-9]\d*$/m);
    expect(text).toMatch(/^duebot_outbox_rate_limit_waits_total\{platform="sandbox"\} 1$/m);
    expect(text).toMatch(/^duebot_job_runs_total\{job="[a-z_.-]+",outcome="ran"\} [1-9]/m);
    expect(text).toMatch(/^duebot_job_claims_total\{job="[a-z_.-]+",result="won"\} [1-9]/m);
    expect(text).toMatch(/^duebot_interaction_seconds_count\{kind="command",platform="sandbox"\} 1$/m);
    expect(text).toContain('# TYPE duebot_interaction_seconds histogram');
    for (const personal of [admin.email, admin.name, 'east']) expect(text).not.toContain(personal);

    const samples = path.resolve(import.meta.dirname, '../../../scripts/samples');
    const options = { metrics: app.metrics, actorLabel: 'test' };
    await runImport(target.handle, clock, logger, {
      kind: 'teams',
      file: `${samples}/teams.csv`,
      ...options,
    });
    await runImport(target.handle, clock, logger, {
      kind: 'payments',
      file: `${samples}/teams.csv`,
      ...options,
    });
    const imports = await metrics();
    expect(imports).toMatch(/^duebot_imports_total\{kind="teams",outcome="committed"\} 1$/m);
    expect(imports).toMatch(/^duebot_import_rows_total\{kind="teams",outcome="written"\} 4$/m);
    expect(imports).toMatch(/^duebot_imports_total\{kind="payments",outcome="rejected"\} 1$/m);
  });

  it('answers 503 naming the database when it is gone, and /metrics says it cannot count', async () => {
    await target.lose();
    const { status, body } = await health();
    expect(status).toBe(503);
    expect(body.failing).toEqual(['database']);
    expect(body.parts.outbox?.detail).toBe('not checked: the database is unreachable');
    const res = await fetch(`${server.url}/metrics`);
    expect(res.status).toBe(503);
  });
});
