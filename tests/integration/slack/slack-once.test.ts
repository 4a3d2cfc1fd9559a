import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredMessage } from '../../fakes/slack-api/workspace.js';
import { createSlackHarness, type SlackHarness, slackIdOf } from '../../helpers/slack-harness.js';

// A double-clicked button (two separately signed requests for one action) and a modal submitted
// twice each save once, with one audit entry; the repeat is told it was already saved.

let h: SlackHarness;
type Json = Record<string, unknown>;

/** A collector's part of the morning list and the buttons of its first item. */
function collectorList(kind: 'overdue' | 'predue') {
  const message = h.slack.workspace.messages.find(
    (m) =>
      !m.metadata?.event_payload.of &&
      new RegExp(`^${kind}:team-\\d+:2026-11-23:p\\d+@slack:C0INTL$`).test(
        String(m.metadata?.event_payload.key),
      ),
  ) as StoredMessage;
  const personId = Number(/:p(\d+)@/.exec(String(message.metadata?.event_payload.key))?.[1]);
  const actions = (message.blocks as Json[]).filter((b) => b.type === 'actions') as { elements: Json[] }[];
  // The first button of this kind: of the first item that has one.
  const button = (id: string) => {
    const b = actions.flatMap((a) => a.elements).find((e) => e.action_id === id);
    if (!b) throw new Error(`no ${id} button`);
    return { actionId: String(b.action_id), value: String(b.value) };
  };
  return { message, collector: slackIdOf(personId), personId, button };
}

/** The item's commitment rows, or the audit entries of commitments (created, cancelled) overall. */
const count = async (table: 'commitments' | 'audit_log', itemId: number) =>
  table === 'commitments'
    ? (await h.t.db.selectFrom('commitments').select('id').where('receivable_id', '=', itemId).execute())
        .length
    : (
        await h.t.db
          .selectFrom('audit_log')
          .select('id')
          .where((eb) =>
            eb.or([
              eb('action', 'like', 'due_confirmation.%'),
              eb('action', 'like', 'promise.%'),
              eb('action', 'like', 'commitment.%'),
            ]),
          )
          .execute()
      ).length;

beforeAll(async () => {
  h = await createSlackHarness();
  const admin = await h.person('admin');
  await h.send(h.people.command(admin.slackId, 'C0INTL', '/duebot', 'setup intl'));
  await h.app.scheduler.tick();
  await h.settle();
});
afterAll(async () => {
  await h.close();
});

describe('Slack interactions saved once', () => {
  it('"On time" clicked twice saves one commitment and answers the second click that it was saved', async () => {
    const { message, collector, button } = collectorList('predue');
    const { actionId, value } = button('predue.ontime');
    const itemId = Number(value.split(':')[1]);
    const before = [await count('commitments', itemId), await count('audit_log', itemId)];
    const first = h.people.click(collector, message, actionId, value);
    const second = h.people.click(collector, message, actionId, value);
    expect(JSON.stringify(first)).not.toBe(JSON.stringify(second));
    await Promise.all([h.send(first), h.send(second)]);
    await h.settle();
    expect([await count('commitments', itemId), await count('audit_log', itemId)]).toEqual([
      (before[0] ?? 0) + 1,
      (before[1] ?? 0) + 1,
    ]);
    const said = h.slack.workspace.ephemerals.filter((e) => e.user === collector).slice(-2);
    expect(said.map((e) => String(e.text)).filter((t) => t.startsWith('Already saved'))).toHaveLength(1);
    expect(said.every((e) => String(e.text).includes('will pay on time'))).toBe(true);
  });

  it('a promise modal submitted twice saves one promise; the second submission closes saying so', async () => {
    const { message, collector, button } = collectorList('overdue');
    const { actionId, value } = button('item.promise');
    const itemId = Number(value.split(':')[1]);
    await h.send(h.people.click(collector, message, actionId, value));
    const view = h.slack.workspace.views.at(-1) as Json;
    const before = [await count('commitments', itemId), await count('audit_log', itemId)];
    const values = { amount: '100', date: '2026-12-01', note: 'finance scheduled it' };
    const first = await h.send(h.people.submit(collector, view, values));
    const second = await h.send(h.people.submit(collector, view, values));
    await h.settle();
    expect([first.status, second.status]).toEqual([200, 200]);
    expect([await count('commitments', itemId), await count('audit_log', itemId)]).toEqual([
      (before[0] ?? 0) + 1,
      (before[1] ?? 0) + 1,
    ]);
    const said = h.slack.workspace.ephemerals.filter((e) => e.user === collector).slice(-2);
    expect(String(said.at(-1)?.text)).toMatch(/^Already saved: .*promised .*2026-12-01/);
  });

  it('"On time" clicked again after a delay in between is a new answer and is saved', async () => {
    const { message, collector, button } = collectorList('predue');
    const { value } = button('predue.ontime');
    const itemId = Number(value.split(':')[1]);
    await h.send(h.people.click(collector, message, 'predue.delay', button('predue.delay').value));
    const view = h.slack.workspace.views.at(-1) as Json;
    await h.send(h.people.submit(collector, view, { date: '2026-12-31', reason: 'funds_tight' }));
    const before = await count('commitments', itemId);
    await h.send(h.people.click(collector, message, 'predue.ontime', value));
    await h.settle();
    expect(await count('commitments', itemId)).toBe(before + 1);
    const said = h.slack.workspace.ephemerals.filter((e) => e.user === collector).at(-1);
    expect(String(said?.text)).toBe('will pay on time');
  });
});
