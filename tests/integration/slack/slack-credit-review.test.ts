import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredMessage } from '../../fakes/slack-api/workspace.js';
import { createSlackHarness, type SlackHarness } from '../../helpers/slack-harness.js';

// The demo's Straits Components (C00009) pays later than International Accounts allows, so the
// first morning sends its manager a credit review card in Slack.
let h: SlackHarness;
type Json = Record<string, unknown>;
const card = () =>
  h.slack.workspace.messages.find((m) =>
    String(m.metadata?.event_payload.key).startsWith('credit-review:'),
  ) as StoredMessage;
const button = (actionId: string) => {
  const actions = (card().blocks as Json[]).find((b) => b.type === 'actions') as { elements: Json[] };
  const b = actions.elements.find((e) => e.action_id === actionId);
  if (!b) throw new Error(`no ${actionId} button`);
  return String(b.value);
};
const lastView = () => h.slack.workspace.views.at(-1) as Json;
const limitOf = async () =>
  (
    await h.t.db
      .selectFrom('customers')
      .select(['credit_limit'])
      .where('external_id', '=', 'C00009')
      .executeTakeFirstOrThrow()
  ).credit_limit;

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

describe('a credit review through Slack', () => {
  it('arrives in the manager’s DM as Block Kit with the figures and four buttons', async () => {
    const manager = await h.person('manager', 'intl');
    const message = card();
    expect(message.channel).toBe(`D${manager.slackId}`);
    expect(message.text).toMatch(
      /^Credit review \(信用评估\): Straits Components Pte Ltd \(C00009\), rating B — paying later on average/,
    );
    const shown = JSON.stringify(message.blocks);
    for (const label of ['Exposure', 'Aging', 'Average days late (12 months)', 'Promises kept (12 months)'])
      expect(shown).toContain(label);
    const actions = (message.blocks as Json[]).find((b) => b.type === 'actions') as { elements: Json[] };
    expect(actions.elements.map((e) => e.action_id)).toEqual([
      'review.keep',
      'review.rating',
      'review.limit',
      'review.hold',
    ]);
  });

  let keep = '';
  it('changes the limit through a modal that refuses an unreadable amount, and answers the manager', async () => {
    const manager = await h.person('manager', 'intl');
    keep = button('review.keep');
    const before = await limitOf();
    await h.send(h.people.click(manager.slackId, card(), 'review.limit', button('review.limit')));
    expect(lastView().callback_id).toBe('review.limit');
    const bad = await h.send(h.people.submit(manager.slackId, lastView(), { limit: 'lots' }));
    expect(bad.json).toMatchObject({ response_action: 'errors' });
    expect(JSON.stringify(bad.json)).toContain('lots');
    expect(await limitOf()).toBe(before);
    const good = await h.send(h.people.submit(manager.slackId, lastView(), { limit: '80000' }));
    expect(good.json).toBeNull();
    expect(await limitOf()).toBe(8_000_000);
    const decided = await h.t.db
      .selectFrom('credit_reviews')
      .innerJoin('customers', 'customers.id', 'credit_reviews.customer_id')
      .select(['decision', 'decided_by'])
      .where('external_id', '=', 'C00009')
      .execute();
    expect(decided).toEqual([{ decision: 'limit', decided_by: manager.id }]);
  });

  it('tells a second click that the review was decided, and changes nothing', async () => {
    const manager = await h.person('manager', 'intl');
    // The card has lost its buttons and says who decided; a click that was already on its way is told.
    expect(card().text).toContain(`decided by ${manager.name}: limit`);
    expect((card().blocks as Json[]).some((b) => b.type === 'actions')).toBe(false);
    await h.send(h.people.click(manager.slackId, card(), 'review.keep', keep));
    const said = JSON.stringify([h.slack.responses.messages.at(-1), h.slack.workspace.ephemerals.at(-1)]);
    expect(said).toContain('The credit review of Straits Components Pte Ltd was already decided by');
    expect(await limitOf()).toBe(8_000_000);
  });

  it('shows the decision in the credit history of /ar', async () => {
    const manager = await h.person('manager', 'intl');
    await h.send(h.people.command(manager.slackId, 'C0INTL', '/ar', 'C00009'));
    const said = JSON.stringify([h.slack.responses.messages.at(-1), h.slack.workspace.ephemerals.at(-1)]);
    expect(said).toContain('credit review decided: limit');
    expect(said).toContain('→ $80,000.00');
  });
});
