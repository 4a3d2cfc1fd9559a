import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewProblem } from '../../fakes/slack-api/validate.js';
import type { StoredMessage } from '../../fakes/slack-api/workspace.js';
import { createSlackHarness, type RosterPerson, type SlackHarness } from '../../helpers/slack-harness.js';
import { addCustomer, importPayments } from '../promises/promise-helpers.js';
import { planLinesOf } from '../weekly/plan-lines.js';

// The Monday plan and Friday result check-ins of the intl team (Singapore, UTC+8) through the real
// Bolt app and the Slack emulator: prompts by direct message, modals, field errors, summaries.

type Json = Record<string, unknown>;
type Input = { block_id: string; element: Json; label: { text: string }; hint?: { text: string } };

let h: SlackHarness;
let ann: RosterPerson;
const WEEK = '2026-11-23';
const CUSTOMER = 'Weekly Check Pte Ltd';
// Plan lines show a customer with its code, so two customers with one name stay apart.
const LINE = `${CUSTOMER} (WK-S1)`;

const keyOf = (m: StoredMessage) => String(m.metadata?.event_payload.key ?? '');
const lastView = () => h.slack.workspace.views.at(-1) as Json;
const inputs = (view: Json) => (view.blocks as Json[]).filter((b) => b.type === 'input') as Input[];
/** What each input of a modal shows, by block id. */
const shown = (view: Json) =>
  Object.fromEntries(
    inputs(view).map((b) => [
      b.block_id,
      String((b.element.initial_option as Json | undefined)?.value ?? b.element.initial_value ?? ''),
    ]),
  );
const lineOf = (view: Json, prefix: string, value: string) =>
  Object.entries(shown(view)).find(([id, v]) => id.startsWith(prefix) && v === value)?.[0] ?? '';

async function runAt(iso: string) {
  h.clock.set(iso);
  await h.app.scheduler.tick();
  await h.settle();
}

/** The direct message to Ann whose key starts with `prefix`. */
function dm(prefix: string): StoredMessage {
  const found = h.slack.workspace.messages.filter(
    (m) => m.channel === `D${ann.slackId}` && keyOf(m).startsWith(prefix),
  );
  expect(found).toHaveLength(1);
  return found[0] as StoredMessage;
}

/** Clicks the one button of a prompt and returns the modal it opened, checked as Slack checks it. */
async function clickPrompt(prompt: StoredMessage, actionId: string): Promise<Json> {
  const views = h.slack.workspace.views.length;
  await h.send(h.people.click(ann.slackId, prompt, actionId, WEEK));
  expect(h.slack.workspace.views).toHaveLength(views + 1);
  const view = lastView();
  expect(viewProblem(view)).toBeUndefined();
  expect((view.blocks as Json[]).length).toBeLessThanOrEqual(100);
  return view;
}

const submittedPlans = () => planLinesOf(h.t.db, ann.id, true);

beforeAll(async () => {
  h = await createSlackHarness();
  const admin = await h.person('admin');
  await h.send(h.people.command(admin.slackId, 'C0INTL', '/duebot', 'setup intl'));
  ann = await h.person('collector', 'intl');
  // Ann has used Duebot before, so it knows her Slack account and can write to her.
  await h.send(h.people.command(ann.slackId, 'C0INTL', '/duebot', 'help'));
  await addCustomer(
    h,
    'WK-S1',
    CUSTOMER,
    ann.id,
    [{ invoice: 'WKS-1', yuan: 5_000, due: '2026-11-25' }],
    'active',
    'intl',
    'USD',
  );
});
afterAll(async () => {
  await h.close();
});

describe('the Monday plan in Slack', () => {
  let view: Json;

  it('sends the plan prompt at 09:30 by direct message; its button opens the pre-filled plan modal', async () => {
    await runAt('2026-11-23T01:30:00Z');
    const prompt = dm(`weekly:plan-prompt:`);
    expect(prompt.text).toContain('Plan this week');
    view = await clickPrompt(prompt, 'weekly.plan');
    expect(view.callback_id).toBe('weekly.plan');
    const n = lineOf(view, 'customer_', LINE).slice('customer_'.length);
    expect(shown(view)[`amount_${n}`]).toBe('5,000.00');
    const amount = inputs(view).find((b) => b.block_id === `amount_${n}`);
    expect(amount?.label.text).toBe(`Expected amount ${n} (USD)`);
    // Empty lines follow the suggestions for customers the collector adds.
    expect(Object.entries(shown(view)).filter(([id, v]) => id.startsWith('customer_') && !v)).toHaveLength(3);
  });

  it('keeps the modal open with the error on the bad amount and saves nothing', async () => {
    const n = lineOf(view, 'customer_', LINE).slice('customer_'.length);
    const answer = await h.send(h.people.submit(ann.slackId, view, { [`amount_${n}`]: '5万x' }));
    expect(answer.status).toBe(200);
    expect(answer.json?.response_action).toBe('errors');
    const errors = answer.json?.errors as Record<string, string>;
    expect(Object.keys(errors)).toEqual([`amount_${n}`]);
    expect(errors[`amount_${n}`]).toContain('5万x');
    expect(await submittedPlans()).toEqual([]);
  });

  it('saves the plan as shown and says so privately', async () => {
    const answer = await h.send(h.people.submit(ann.slackId, view, {}));
    expect(answer.json).toBeNull();
    const lines = await submittedPlans();
    expect(lines.length).toBe(Object.keys(shown(view)).filter((id) => id.startsWith('amount_')).length - 3);
    expect(lines).toContainEqual(expect.objectContaining({ name: CUSTOMER, planned_amount: 500_000 }));
    const said = h.slack.workspace.ephemerals.at(-1);
    expect(String(said?.text)).toContain(`Plan saved: ${lines.length} line`);
  });

  it('/plan opens the same modal with the saved plan', async () => {
    const views = h.slack.workspace.views.length;
    await h.send(h.people.command(ann.slackId, 'C0INTL', '/plan', ''));
    expect(h.slack.workspace.views).toHaveLength(views + 1);
    const again = lastView();
    expect(viewProblem(again)).toBeUndefined();
    expect(again.callback_id).toBe('weekly.plan');
    const n = lineOf(again, 'customer_', LINE).slice('customer_'.length);
    expect(shown(again)[`amount_${n}`]).toBe('5,000.00');
  });

  it('posts the plan summary at 14:00 in the channel, within Slack limits', async () => {
    await runAt('2026-11-23T06:00:00Z');
    const summary = h.slack.workspace.messages.find(
      (m) => m.channel === 'C0INTL' && keyOf(m).startsWith('weekly:plan-summary:'),
    );
    expect(summary?.text).toContain(`Plan this week · International Accounts · week of ${WEEK}`);
    expect(JSON.stringify(summary?.blocks)).toContain(ann.name);
    expect(summary?.blocks?.length).toBeLessThanOrEqual(50);
  });
});

describe('the Friday results in Slack', () => {
  let view: Json;

  it('fills in the receipt imported mid-week, marked from the ledger', async () => {
    h.clock.set('2026-11-25T03:00:00Z');
    await importPayments(h, [
      { id: 'WKS-PAY-1', customer: 'WK-S1', invoice: 'WKS-1', yuan: 2_000, on: '2026-11-25' },
    ]);
    await runAt('2026-11-27T08:00:00Z');
    view = await clickPrompt(dm('weekly:result-prompt:'), 'weekly.result');
    expect(view.callback_id).toBe('weekly.result');
    const line = (await submittedPlans()).find((l) => l.name === CUSTOMER);
    const collected = inputs(view).find((b) => b.block_id === `collected_${line?.id}`);
    expect(collected?.element.initial_value).toBe('2,000.00');
    expect(collected?.hint?.text).toBe('from the ledger: $2,000.00');
    expect(shown(view)[`outcome_${line?.id}`]).toBe('partial');
  });

  it('refuses results with a line without outcome, naming its customer, and saves nothing', async () => {
    const answer = await h.send(h.people.submit(ann.slackId, view, {}));
    expect(answer.json?.response_action).toBe('errors');
    const errors = answer.json?.errors as Record<string, string>;
    const open = (await submittedPlans()).filter((l) => l.name !== CUSTOMER);
    expect(Object.keys(errors).sort()).toEqual(open.map((l) => `outcome_${l.id}`).sort());
    for (const l of open) expect(errors[`outcome_${l.id}`]).toContain(`Choose an outcome for ${l.name}`);
    expect((await submittedPlans()).filter((l) => l.outcome !== null)).toEqual([]);
  });

  it('saves the results once every line has an outcome', async () => {
    const open = (await submittedPlans()).filter((l) => l.name !== CUSTOMER);
    const outcomes = Object.fromEntries(open.map((l) => [`outcome_${l.id}`, 'no_contact']));
    const answer = await h.send(h.people.submit(ann.slackId, view, outcomes));
    expect(answer.json).toBeNull();
    const saved = await submittedPlans();
    expect(saved.every((l) => l.outcome !== null)).toBe(true);
    expect(saved.find((l) => l.name === CUSTOMER)?.outcome).toBe('partial');
    expect(String(h.slack.workspace.ephemerals.at(-1)?.text)).toContain('Results saved for');
  });

  it('posts plan vs actual at 18:00 in the channel, within Slack limits', async () => {
    await runAt('2026-11-27T10:00:00Z');
    const summary = h.slack.workspace.messages.find(
      (m) => m.channel === 'C0INTL' && keyOf(m).startsWith('weekly:result-summary:'),
    );
    expect(summary?.text).toContain(`Plan vs actual · International Accounts · week of ${WEEK}`);
    expect(JSON.stringify(summary?.blocks)).toContain(ann.name);
    expect(summary?.blocks?.length).toBeLessThanOrEqual(50);
  });
});
