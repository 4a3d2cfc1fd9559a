import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredMessage } from '../../fakes/slack-api/workspace.js';
import { createSlackHarness, type SlackHarness, STRANGER, slackIdOf } from '../../helpers/slack-harness.js';

let h: SlackHarness;

type Json = Record<string, unknown>;

/** The per-collector message of a morning list (in the list's thread), and its first item's buttons. */
function collectorList(kind: 'overdue' | 'predue') {
  const message = h.slack.workspace.messages.find(
    (m) =>
      !m.metadata?.event_payload.of &&
      new RegExp(`^${kind}:team-\\d+:2026-11-23:p\\d+@slack:C0INTL$`).test(
        String(m.metadata?.event_payload.key),
      ),
  ) as StoredMessage;
  const personId = Number(/:p(\d+)@/.exec(String(message.metadata?.event_payload.key))?.[1]);
  // Items nobody has answered yet today, so an answer shows as a new line.
  const items: { elements: Json[] }[] = [];
  let answered = false;
  for (const b of message.blocks as Json[]) {
    if (b.type === 'context' && JSON.stringify(b).includes('✓')) answered = true;
    const answering = /"(item\.promise|predue\.ontime)"/.test(JSON.stringify(b));
    if (b.type === 'actions' && answering && !answered) items.push(b as { elements: Json[] });
    if (b.type === 'actions') answered = false;
  }
  /** The button `id` of the nth unanswered item. */
  const button = (id: string, nth = 0) => {
    const b = items[nth]?.elements.find((e) => e.action_id === id);
    if (!b) throw new Error(`no ${id} button`);
    return { actionId: String(b.action_id), value: String(b.value) };
  };
  return { message, collector: slackIdOf(personId), personId, button };
}

const shown = (m: StoredMessage | undefined) => JSON.stringify(m?.blocks ?? []);
const lastView = () => h.slack.workspace.views.at(-1) as Json;
const count = async (table: 'commitments' | 'follow_ups' | 'paid_claims' | 'audit_log') =>
  Number(
    (
      await h.t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

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

describe('the morning posts in a Slack channel', () => {
  it('posts each list as one summary in the channel with one message per collector in its thread, long ones continued there, and the xlsx in the thread', async () => {
    const roots = h.slack.workspace.messages.filter((m) => !m.thread_ts && m.channel === 'C0INTL');
    const overdue = roots.find((m) => m.text.startsWith('Overdue list · International Accounts'));
    expect(overdue).toBeDefined();
    expect(roots.some((m) => m.text.startsWith('Pre-due warnings · International Accounts'))).toBe(true);
    const keyOf = (m: StoredMessage) => String(m.metadata?.event_payload.key);
    expect(roots.filter((m) => /:p\d+@/.test(keyOf(m)))).toEqual([]);
    const inThread = h.slack.workspace.messages.filter((m) => m.thread_ts === overdue?.ts);
    const perCollector = inThread.filter((m) => /:p\d+@/.test(keyOf(m)) && !m.metadata?.event_payload.of);
    expect(perCollector.length).toBeGreaterThan(2);
    const file = inThread.find((m) => m.files);
    expect(file?.files?.[0]?.name).toMatch(/\.xlsx$/);
    const upload = h.slack.workspace.uploads.get(file?.files?.[0]?.id ?? '');
    expect(upload?.content?.subarray(0, 2).toString()).toBe('PK');
    const split = perCollector.filter((m) => Number(m.metadata?.event_payload.parts ?? 1) > 1);
    expect(split.length).toBeGreaterThan(0);
    for (const first of split) {
      const parts = inThread.filter((m) => m.metadata?.event_payload.of === first.ts);
      expect(parts).toHaveLength(Number(first.metadata?.event_payload.parts) - 1);
    }
  });
});

describe('answering the list with its buttons', () => {
  const cases = [
    {
      action: 'item.promise',
      values: { amount: '1000', date: '2026-12-01', note: 'scheduled' },
      table: 'commitments',
    },
    {
      action: 'item.followup',
      values: { method: 'phone', outcome: 'no_contact', note: 'no answer' },
      table: 'follow_ups',
    },
    { action: 'item.dispute', values: { note: 'two pallets damaged' }, table: 'follow_ups' },
    {
      action: 'item.paid',
      values: { amount: '500', date: '2026-11-20', reference: 'BK1' },
      table: 'paid_claims',
    },
  ] as const;

  for (const [nth, c] of cases.entries()) {
    it(`${c.action}: opens the modal, saves the submission and updates the list message`, async () => {
      const { message, collector, personId, button } = collectorList('overdue');
      const { actionId, value } = button(c.action, nth + 1);
      const name = (
        await h.t.db.selectFrom('people').select('name').where('id', '=', personId).executeTakeFirstOrThrow()
      ).name;
      const answered = () =>
        shown(h.slack.workspace.messages.find((m) => m.ts === message.ts)).split(`✓ ${name} 09:00: `).length;
      const answeredBefore = answered();
      const views = h.slack.workspace.views.length;
      const click = await h.send(h.people.click(collector, message, actionId, value));
      expect(click.status).toBe(200);
      expect(h.slack.workspace.views).toHaveLength(views + 1);
      const view = lastView();
      expect(view.callback_id).toBe(c.action);
      expect(JSON.parse(String(view.private_metadata)).messageRef).toEqual({
        channel: 'C0INTL',
        ts: message.ts,
      });

      const before = await count(c.table);
      const updates = h.slack.accepted('chat.update').length;
      const submitted = await h.send(h.people.submit(collector, view, c.values));
      expect(submitted.status).toBe(200);
      expect(submitted.body).toBe('');
      expect(await count(c.table)).toBe(before + 1);
      const edits = h.slack.accepted('chat.update').slice(updates);
      expect(edits.map((e) => e.args.ts)).toContain(message.ts);
      expect(answered()).toBe(answeredBefore + 1);
    });
  }

  it('keeps the modal open with field errors and saves nothing when the amount and date are wrong', async () => {
    const { message, collector, button } = collectorList('overdue');
    const { actionId, value } = button('item.promise');
    await h.send(h.people.click(collector, message, actionId, value));
    const [promises, updates] = [await count('commitments'), h.slack.accepted('chat.update').length];
    const answer = await h.send(
      h.people.submit(collector, lastView(), { amount: '5万x', date: '2026-11-01' }),
    );
    expect(answer.status).toBe(200);
    expect(answer.json?.response_action).toBe('errors');
    const errors = answer.json?.errors as Record<string, string>;
    expect(errors.amount).toContain('5万x');
    expect(errors.date).toContain('2026-11-01');
    expect(await count('commitments')).toBe(promises);
    expect(h.slack.accepted('chat.update')).toHaveLength(updates);
  });

  it('records "on time" from a pre-due warning at once and says so only to the collector', async () => {
    const { message, collector, button } = collectorList('predue');
    const { actionId, value } = button('predue.ontime');
    const before = await count('commitments');
    await h.send(h.people.click(collector, message, actionId, value));
    expect(await count('commitments')).toBe(before + 1);
    const said = h.slack.workspace.ephemerals.at(-1);
    expect(said).toMatchObject({ channel: 'C0INTL', user: collector });
    expect(String(said?.text)).toMatch(/on time/i);
  });

  it('a delay from a pre-due warning goes through its modal', async () => {
    const { message, collector, button } = collectorList('predue');
    const { actionId, value } = button('predue.delay');
    await h.send(h.people.click(collector, message, actionId, value));
    expect(lastView().callback_id).toBe('predue.delay');
    const before = await count('commitments');
    const answer = await h.send(
      h.people.submit(collector, lastView(), { date: '2026-12-31', reason: 'funds_tight' }),
    );
    expect(answer.json).toBeNull();
    expect(await count('commitments')).toBe(before + 1);
  });

  it('asks to click again when Slack no longer opens the form (its three seconds have passed)', async () => {
    const { message, collector, button } = collectorList('overdue');
    const { actionId, value } = button('item.promise', 0);
    const views = h.slack.workspace.views.length;
    h.slack.workspace.triggerTtlMs = -1;
    try {
      await h.send(h.people.click(collector, message, actionId, value));
    } finally {
      h.slack.workspace.triggerTtlMs = 3_000;
    }
    expect(h.slack.workspace.views).toHaveLength(views);
    expect(h.slack.workspace.ephemerals.at(-1)).toMatchObject({ channel: 'C0INTL', user: collector });
    expect(String(h.slack.workspace.ephemerals.at(-1)?.text)).toContain('click the button');
  });

  it('someone not on the roster gets a private refusal and nothing else happens', async () => {
    const { message, button } = collectorList('overdue');
    const { actionId, value } = button('item.promise');
    const [views, audits] = [h.slack.workspace.views.length, await count('audit_log')];
    const click = await h.send(h.people.click(STRANGER, message, actionId, value));
    expect(click.status).toBe(200);
    const said = h.slack.workspace.ephemerals.at(-1);
    expect(said).toMatchObject({ channel: 'C0INTL', user: STRANGER });
    expect(String(said?.text)).toContain("I don't know you yet");
    expect(h.slack.workspace.views).toHaveLength(views);
    expect(await count('audit_log')).toBe(audits);
    const bound = await h.t.db
      .selectFrom('chat_identities')
      .select('id')
      .where('platform_user_id', '=', STRANGER)
      .execute();
    expect(bound).toEqual([]);
  });
});
