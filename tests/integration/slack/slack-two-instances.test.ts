import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SlackChatPort } from '../../../adapters/slack/slack-chat-port.js';
import { ManualClock } from '../../../src/clock.js';
import { enqueue } from '../../../src/outbox/outbox.repository.js';
import type { FaultRule } from '../../fakes/faults.js';
import { SlackApiEmulator } from '../../fakes/slack-api/server.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-db.js';
import {
  duplicates,
  instanceWorker,
  morning,
  queueAll,
  runRounds,
  slackShown,
} from '../../helpers/two-instances.js';

const CHATS = ['C0EAST', 'C0WEST', 'C0NORTH'];
const PEOPLE = ['U0ANN', 'U0BO'];
let t: TestDatabase;
let slack: SlackApiEmulator;
let clock: ManualClock;

const port = (instance: string) =>
  new SlackChatPort({ token: slack.token, slackApiUrl: slack.urlFor(instance), timeoutMs: 300 });
const workers = () => [
  instanceWorker(t.db, clock, 'slack', port('a')),
  instanceWorker(t.db, clock, 'slack', port('b')),
];
const shown = () => slackShown(slack);
const states = async () =>
  (await t.db.selectFrom('outbox').select('state').execute()).map((r) => r.state).filter((s) => s !== 'sent');

/** The morning delivered by two instances while `faults` strike; what the channel then shows. */
async function deliverUnder(faults: FaultRule[], healthyFrom = 3) {
  await queueAll(t.db, 'slack', morning(CHATS, PEOPLE), clock);
  for (const f of faults) slack.inject(f);
  await runRounds(t.db, clock, workers(), () => slack.faults.clear(), healthyFrom);
  return shown();
}

let faultFree: string[];

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await slack?.close();
  await t.close();
});
beforeEach(async () => {
  await slack?.close();
  slack = await SlackApiEmulator.start({
    channels: CHATS,
    users: PEOPLE.map((id) => ({ id, name: id.toLowerCase() })),
  });
  await t.db.deleteFrom('posted_messages').execute();
  await t.db.deleteFrom('outbox').execute();
  clock = new ManualClock('2026-11-23T01:00:00Z');
});

describe('a morning delivered by two instances through Slack trouble', () => {
  it('without faults, posts every message and part once', async () => {
    faultFree = await deliverUnder([], 0);
    // Per chat: the summary, three lists of two parts each, the spreadsheet; one note per person.
    expect(faultFree).toHaveLength(CHATS.length * 8 + PEOPLE.length);
    expect(duplicates(faultFree)).toEqual([]);
    expect(await states()).toEqual([]);
  });

  const table: [string, FaultRule[]][] = [
    ['429 with Retry-After on every third call', [{ kind: 'rate_limit', every: 3, retryAfterSec: 1 }]],
    [
      'calls carried out but their answers lost',
      [
        { kind: 'answer_lost', method: 'chat.postMessage', every: 3 },
        { kind: 'answer_lost', method: 'files.completeUploadExternal', every: 2 },
      ],
    ],
    ['connections refused', [{ kind: 'refused', every: 2 }]],
    ['one instance hanging while the other is healthy', [{ kind: 'hang', instance: 'a', hangMs: 1_000 }]],
  ];
  it.each(table)('%s: exactly the messages of a fault-free run', async (_name, faults) => {
    const seen = await deliverUnder(faults, faults[0]?.kind === 'hang' ? 1 : 3);
    expect(Object.values(slack.faults.struck).some((n) => n > 0)).toBe(true);
    expect(duplicates(seen)).toEqual([]);
    expect([...seen].sort()).toEqual([...faultFree].sort());
    expect(await states()).toEqual([]);
  });

  it('a crash between the file share and its answer leaves one spreadsheet in the thread', async () => {
    const seen = await deliverUnder([
      { kind: 'answer_lost', method: 'files.completeUploadExternal', times: 3 },
    ]);
    expect(slack.faults.struck.answer_lost).toBe(3);
    expect(slack.workspace.messages.filter((m) => m.files?.length)).toHaveLength(CHATS.length);
    expect([...seen].sort()).toEqual([...faultFree].sort());
  });

  it('an instance stopped mid-delivery hands its rows over; the other finishes them once', async () => {
    await queueAll(t.db, 'slack', morning(CHATS, PEOPLE), clock);
    const [a, b] = workers() as [ReturnType<typeof workers>[0], ReturnType<typeof workers>[0]];
    slack.inject({ kind: 'hang', instance: 'a', hangMs: 200 }); // a is slow, so the stop lands mid-batch
    const draining = a.drain();
    await new Promise((resolve) => setTimeout(resolve, 250));
    await a.stop();
    await draining;
    slack.faults.clear();
    await runRounds(t.db, clock, [b], () => undefined, 0);
    expect(duplicates(shown())).toEqual([]);
    expect([...shown()].sort()).toEqual([...faultFree].sort());
  });

  it('editing a list whose thread holds more than 200 replies rewrites its parts in place', async () => {
    await queueAll(t.db, 'slack', morning(['C0EAST'], [], 1), clock);
    await runRounds(t.db, clock, workers(), () => undefined, 0);
    const summary = slack.workspace.messages.find((m) => m.text === 'C0EAST summary');
    for (let i = 0; i < 230; i++)
      slack.workspace.postMessage({ channel: 'C0EAST', thread_ts: summary?.ts, text: `answer ${i}` });
    const edit = async (items: number) => {
      const blocks = Array.from({ length: items }, (_, i) => ({
        type: 'text' as const,
        text: `edited ${i}`,
      }));
      await enqueue(t.db, {
        dedupeKey: 'summary:C0EAST:edit',
        platform: 'slack',
        payload: {
          op: 'update',
          chatId: 'C0EAST',
          messageOf: 'summary:C0EAST',
          content: { message: { text: 'edited', blocks }, mentions: {} },
        },
        now: clock.now(),
        replace: true,
      });
      await runRounds(t.db, clock, workers(), () => undefined, 0);
    };
    await edit(200); // grows: new parts land after the 230 answers
    const count = slack.workspace.messages.length;
    await edit(199); // same parts, read from the thread's later pages
    expect(slack.workspace.messages.length).toBe(count);
    await edit(10); // shrinks: the surplus parts go
    expect(slack.workspace.messages.length).toBeLessThan(count);
  });
});
