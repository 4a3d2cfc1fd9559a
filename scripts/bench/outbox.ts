// bench:outbox — one morning of many teams through the Slack emulator, every call taking 50 ms and
// one in ten answered 429, delivered by two outbox workers sharing one PostgreSQL. Against it, in
// the same run, the floor: one sender posting the same messages one after another, no faults.
import pino from 'pino';
import { SlackChatPort } from '../../adapters/slack/slack-chat-port.js';
import { systemClock } from '../../src/clock.js';
import { enqueue } from '../../src/outbox/outbox.repository.js';
import type { OutboxPayload } from '../../src/outbox/payload.js';
import { OutboxWorker } from '../../src/outbox/worker.js';
import { SlackApiEmulator } from '../../tests/fakes/slack-api/server.js';
import { duplicates, morning, slackShown } from '../../tests/helpers/two-instances.js';
import { openBenchDatabase } from './bench-database.js';

const TEAMS = Number(process.env.BENCH_TEAMS ?? 50);
/** Collectors per team: a summary, two parts per collector's list and the spreadsheet ≈ 40 a team. */
const COLLECTORS = Number(process.env.BENCH_COLLECTORS ?? 19);
const LATENCY_MS = 50;

const chats = Array.from({ length: TEAMS }, (_, i) => `C0TEAM${String(i + 1).padStart(3, '0')}`);
const rows = morning(chats, [], COLLECTORS);

async function emulator(): Promise<SlackApiEmulator> {
  const slack = await SlackApiEmulator.start({ channels: chats });
  slack.latencyMs = LATENCY_MS;
  return slack;
}

/** One sender, one call after another, no outbox and no faults. */
async function floor(): Promise<{ ms: number; seen: string[] }> {
  const slack = await emulator();
  const port = new SlackChatPort({ token: slack.token, slackApiUrl: slack.apiUrl });
  const threads = new Map<string, string>();
  const started = performance.now();
  for (const [key, p] of rows as [string, OutboxPayload][]) {
    const threadId = 'threadOf' in p && p.threadOf ? threads.get(p.threadOf) : undefined;
    if (p.op === 'post') {
      const sent = await port.post(p.chatId, p.content, {
        dedupeKey: key,
        ...(threadId ? { threadId } : {}),
      });
      threads.set(key, sent.threadId ?? sent.messageId);
    } else if (p.op === 'file')
      await port.uploadFile(p.chatId, p.file, {
        dedupeKey: key,
        ...(threadId ? { threadId } : {}),
        comment: p.comment,
      });
  }
  const ms = performance.now() - started;
  const seen = slackShown(slack);
  await slack.close();
  return { ms, seen };
}

/** Two instances, each with its own worker and client, through 429s on one call in ten. */
async function duebot(): Promise<{ ms: number; seen: string[]; throttled: number }> {
  const bench = await openBenchDatabase();
  const db = bench.handle.db;
  const slack = await emulator();
  slack.inject({ kind: 'rate_limit', every: 10, retryAfterSec: 1 });
  const logger = pino({ level: 'silent' });
  const workers = ['a', 'b'].map(
    (instance) =>
      new OutboxWorker({
        db,
        clock: systemClock,
        logger,
        ports: { slack: new SlackChatPort({ token: slack.token, slackApiUrl: slack.urlFor(instance) }) },
      }),
  );
  const started = performance.now();
  for (const [dedupeKey, payload] of rows)
    await enqueue(db, { dedupeKey, platform: 'slack', payload, now: systemClock.now() });
  for (const w of workers) w.start(25);
  for (;;) {
    const open = await db
      .selectFrom('outbox')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('state', 'in', ['pending', 'sending'])
      .executeTakeFirstOrThrow();
    if (Number(open.n) === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const ms = performance.now() - started;
  for (const w of workers) await w.stop();
  const dead = await db.selectFrom('outbox').select('dedupe_key').where('state', '=', 'dead').execute();
  if (dead.length) console.log(`rows given up: ${dead.length}`);
  const seen = slackShown(slack);
  const throttled = slack.faults.struck.rate_limit;
  await slack.close();
  await bench.close();
  return { ms, seen, throttled };
}

const base = await floor();
const run = await duebot();
const expected = new Map<string, number>();
for (const s of base.seen) expected.set(s, (expected.get(s) ?? 0) + 1);
const got = new Map<string, number>();
for (const s of run.seen) got.set(s, (got.get(s) ?? 0) + 1);
const lost = [...expected.keys()].filter((s) => !got.has(s)).length;
const perChannel = base.seen.length / TEAMS / (run.ms / 1000);
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

console.log(
  `bench:outbox — ${TEAMS} teams, ${base.seen.length} messages and parts, ${LATENCY_MS} ms per call`,
);
console.log(`floor (one sender, one call after another, no faults): ${sec(base.ms)}`);
console.log(`Duebot, two instances, 429 on one call in ten (${run.throttled} answered 429): ${sec(run.ms)}`);
console.log(`  ${(run.ms / base.ms).toFixed(2)} × the floor (target ≤ 1.5)`);
console.log(`  ${perChannel.toFixed(2)} messages per second per channel (Slack allows about 1)`);
console.log(`  duplicates: ${duplicates(run.seen).length}, losses: ${lost}`);
process.exit(0);
