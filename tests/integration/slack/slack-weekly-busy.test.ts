import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewProblem } from '../../fakes/slack-api/validate.js';
import { createSlackHarness, type RosterPerson, type SlackHarness } from '../../helpers/slack-harness.js';
import { addBusyWeek, busyCustomer, busyLine } from '../weekly/busy-collector.js';
import { planLinesOf } from '../weekly/plan-lines.js';

// A collector with more customers falling due than a plan holds: the plan and result modals stay
// within Slack's limits, and the full forms are read back line by line.

type Json = Record<string, unknown>;

let h: SlackHarness;
let bo: RosterPerson;

const inputs = (view: Json) =>
  (view.blocks as Json[]).filter((b) => b.type === 'input') as { block_id: string; element: Json }[];
const shown = (view: Json) =>
  Object.fromEntries(inputs(view).map((b) => [b.block_id, String(b.element.initial_value ?? '')]));

/** Types `/command` in the channel and returns the modal it opened, checked as Slack checks it. */
async function open(command: string): Promise<Json> {
  const views = h.slack.workspace.views.length;
  await h.send(h.people.command(bo.slackId, 'C0INTL', command, ''));
  expect(h.slack.workspace.views).toHaveLength(views + 1);
  const view = h.slack.workspace.views.at(-1) as Json;
  expect(viewProblem(view)).toBeUndefined();
  return view;
}

const lines = () => planLinesOf(h.t.db, bo.id);

beforeAll(async () => {
  h = await createSlackHarness();
  const admin = await h.person('admin');
  await h.send(h.people.command(admin.slackId, 'C0INTL', '/duebot', 'setup intl'));
  bo = await h.person('collector', 'intl', 1);
  await addBusyWeek(h, bo.id, '2026-11-25');
});
afterAll(async () => {
  await h.close();
});

describe('a plan as long as a plan gets, in Slack', () => {
  it('opens with the largest customers, says how many more there are, and saves every line', async () => {
    h.clock.set('2026-11-23T02:00:00Z');
    const view = await open('/plan');
    const customers = Object.entries(shown(view)).filter(([id]) => id.startsWith('customer_'));
    expect(customers.map(([, v]) => v)).toEqual([
      ...Array.from({ length: 9 }, (_, i) => busyLine(bo.id, i + 1)),
      '',
      '',
      '',
    ]);
    expect(JSON.stringify(view.blocks)).toMatch(/\d+ more customers have items this week/);
    const added = Object.fromEntries(
      [10, 11, 12].flatMap((n) => [
        [`customer_${n}`, busyCustomer(n)],
        [`amount_${n}`, '1000'],
      ]),
    );
    const answer = await h.send(h.people.submit(bo.slackId, view, added));
    expect(answer.json).toBeNull();
    expect((await lines()).map((l) => l.name)).toEqual(
      Array.from({ length: 12 }, (_, i) => busyCustomer(i + 1)),
    );
  });

  it('opens the saved plan again without room for more lines than a plan holds', async () => {
    const view = await open('/plan');
    expect(Object.keys(shown(view)).filter((id) => id.startsWith('customer_'))).toHaveLength(12);
  });

  it("Friday's result modal holds every line and names each one left without outcome", async () => {
    h.clock.set('2026-11-27T08:30:00Z');
    const view = await open('/result');
    expect(inputs(view)).toHaveLength(12 * 3 + 3);
    const answer = await h.send(h.people.submit(bo.slackId, view, {}));
    expect(answer.json?.response_action).toBe('errors');
    const errors = answer.json?.errors as Record<string, string>;
    for (const l of await lines()) expect(errors[`outcome_${l.id}`]).toContain(l.name);
    const all = Object.fromEntries((await lines()).map((l) => [`outcome_${l.id}`, 'promised_again']));
    expect((await h.send(h.people.submit(bo.slackId, view, all))).json).toBeNull();
    expect((await lines()).every((l) => l.outcome === 'promised_again')).toBe(true);
  });
});
