import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LarkChatPort } from '../../../adapters/lark/index.js';
import { ManualClock } from '../../../src/clock.js';
import type { FaultRule } from '../../fakes/faults.js';
import { LarkApiEmulator } from '../../fakes/lark-api/server.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-db.js';
import { duplicates, instanceWorker, morning, queueAll, runRounds } from '../../helpers/two-instances.js';

const CHATS = ['oc_east', 'oc_west'];
const PEOPLE = ['ou_ann', 'ou_bo'];
let t: TestDatabase;
let larkApi: LarkApiEmulator;
let clock: ManualClock;

const port = (instance: string) =>
  new LarkChatPort({
    appId: 'cli_two',
    appSecret: 'two-secret',
    domain: larkApi.urlFor(instance),
    timeoutMs: 300,
  });
/** What people see: each message's chat, place in a thread and content (file keys differ per upload). */
const shown = () =>
  larkApi.state.messages.map((m) =>
    JSON.stringify([m.chat_id, m.root_id ? 'thread' : 'top', m.msg_type === 'file' ? 'file' : m.content]),
  );

async function deliverUnder(faults: FaultRule[], healthyFrom = 3) {
  await queueAll(t.db, 'lark', morning(CHATS, PEOPLE), clock);
  for (const f of faults) larkApi.inject(f);
  const workers = [
    instanceWorker(t.db, clock, 'lark', port('a')),
    instanceWorker(t.db, clock, 'lark', port('b')),
  ];
  await runRounds(t.db, clock, workers, () => larkApi.faults.clear(), healthyFrom);
  return shown();
}

let faultFree: string[];

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await larkApi?.stop();
  await t.close();
});
beforeEach(async () => {
  await larkApi?.stop();
  larkApi = new LarkApiEmulator({ appId: 'cli_two', appSecret: 'two-secret' });
  await larkApi.start();
  for (const chat of CHATS) larkApi.addChat(chat);
  for (const person of PEOPLE) larkApi.addUser(person, `${person}@example.com`);
  await t.db.deleteFrom('posted_messages').execute();
  await t.db.deleteFrom('outbox').execute();
  clock = new ManualClock('2026-11-23T01:00:00Z');
});

describe('a morning delivered by two instances through Lark trouble', () => {
  it('without faults, sends every card once', async () => {
    faultFree = await deliverUnder([], 0);
    expect(faultFree.length).toBeGreaterThan(CHATS.length * 5);
    expect(duplicates(faultFree)).toEqual([]);
  });

  const table: [string, FaultRule[]][] = [
    ['rate limits on every third call', [{ kind: 'rate_limit', every: 3, retryAfterSec: 1 }]],
    ['answers lost', [{ kind: 'answer_lost', every: 3 }]],
    ['connections refused', [{ kind: 'refused', every: 2 }]],
    ['one instance hanging', [{ kind: 'hang', instance: 'a', hangMs: 1_000 }]],
  ];
  it.each(table)('%s: exactly the messages of a fault-free run', async (_name, faults) => {
    const seen = await deliverUnder(faults, faults[0]?.kind === 'hang' ? 1 : 3);
    expect(Object.values(larkApi.faults.struck).some((n) => n > 0)).toBe(true);
    expect(duplicates(seen)).toEqual([]);
    expect([...seen].sort()).toEqual([...faultFree].sort());
    const open = await t.db.selectFrom('outbox').select('state').where('state', '!=', 'sent').execute();
    expect(open).toEqual([]);
  });

  it('a crash between the upload or share of a spreadsheet and its answer leaves one file in each thread', async () => {
    const seen = await deliverUnder([
      { kind: 'answer_lost', method: '/open-apis/im/v1/files', times: 2 },
      { kind: 'answer_lost', method: '/open-apis/im/v1/messages/*/reply', every: 2 },
    ]);
    expect(larkApi.faults.struck.answer_lost).toBeGreaterThan(2);
    const files = larkApi.state.messages.filter((m) => m.msg_type === 'file');
    expect(files).toHaveLength(CHATS.length);
    expect(files.every((f) => f.root_id !== undefined)).toBe(true);
    expect(duplicates(seen)).toEqual([]);
    expect([...seen].sort()).toEqual([...faultFree].sort());
  });

  it('an instance stopped mid-delivery (SIGTERM) hands its rows over; the other finishes them once', async () => {
    await queueAll(t.db, 'lark', morning(CHATS, PEOPLE), clock);
    const a = instanceWorker(t.db, clock, 'lark', port('a'));
    const b = instanceWorker(t.db, clock, 'lark', port('b'));
    // a is slow, so the stop lands in the middle of its batch.
    larkApi.inject({ kind: 'hang', instance: 'a', hangMs: 200 });
    const draining = a.drain();
    await new Promise((resolve) => setTimeout(resolve, 250));
    await a.stop();
    await draining;
    const byA = larkApi.state.messages.length;
    expect(byA).toBeGreaterThan(0);
    expect(byA).toBeLessThan(faultFree.length);
    larkApi.faults.clear();
    await runRounds(t.db, clock, [b], () => undefined, 0);
    expect(duplicates(shown())).toEqual([]);
    expect([...shown()].sort()).toEqual([...faultFree].sort());
    const open = await t.db.selectFrom('outbox').select('state').where('state', '!=', 'sent').execute();
    expect(open).toEqual([]);
  });
});
