import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InboundBody } from '../../fakes/slack-api/signing.js';
import { createSlackHarness, type RosterPerson, type SlackHarness } from '../../helpers/slack-harness.js';

let h: SlackHarness;
let admin: RosterPerson;

/** What Socket Mode carries in an envelope: the same payload HTTP would send, unencoded. */
function payloadOf(body: InboundBody): Record<string, unknown> {
  if (body.kind === 'command') return body.fields;
  if (body.kind === 'interactive') return body.payload;
  if (body.kind === 'raw') return JSON.parse(body.raw) as Record<string, unknown>;
  return body.json;
}

beforeAll(async () => {
  h = await createSlackHarness({ socketMode: true });
  admin = await h.person('admin');
});
afterAll(async () => {
  await h.close();
});

describe('Socket Mode', () => {
  it('opens the connection with the app token through the configured API URL and is greeted', async () => {
    await h.slack.socketMode.connected();
    expect(h.edge.httpPrefix).toBeNull();
    expect(h.eventsUrl).toBeNull();
    expect(h.slack.accepted('apps.connections.open')).toHaveLength(1);
    expect(h.slack.socketMode.openConnections).toBe(1);
  });

  it('acknowledges a slash command envelope and carries it out', async () => {
    const command = h.people.command(admin.slackId, 'C0EAST', '/duebot', 'setup east');
    const ack = await h.slack.socketMode.send('slash_commands', payloadOf(command));
    expect(ack.envelope_id).toMatch(/^env-/);
    await h.settle();
    const channel = await h.t.db
      .selectFrom('channels')
      .innerJoin('teams', 'teams.id', 'channels.team_id')
      .select('teams.code')
      .where('channels.platform', '=', 'slack')
      .where('channels.platform_chat_id', '=', 'C0EAST')
      .executeTakeFirst();
    expect(channel?.code).toBe('east');
    expect(h.slack.responses.messages.at(-1)).toMatchObject({ response_type: 'ephemeral' });
  });

  it('opens a modal for a button envelope and answers field errors in the acknowledgement', async () => {
    await h.app.scheduler.tick();
    await h.settle();
    const message = h.slack.workspace.messages.find(
      (m) =>
        !m.metadata?.event_payload.of &&
        /^overdue:.*:p\d+@slack:C0EAST$/.test(String(m.metadata?.event_payload.key)),
    );
    if (!message) throw new Error('no collector list was posted');
    const collector = `U${String(/:p(\d+)@/.exec(String(message.metadata?.event_payload.key))?.[1]).padStart(8, '0')}`;
    const button = (message.blocks as { type: string; elements?: { action_id: string; value: string }[] }[])
      .find((b) => b.type === 'actions' && b.elements?.some((e) => e.action_id === 'item.promise'))
      ?.elements?.find((e) => e.action_id === 'item.promise');
    if (!button) throw new Error('no promise button');

    const click = h.people.click(collector, message, button.action_id, button.value);
    await h.slack.socketMode.send('interactive', payloadOf(click));
    await h.settle();
    const view = h.slack.workspace.views.at(-1) as Record<string, unknown>;
    expect(view.callback_id).toBe('item.promise');

    const bad = h.people.submit(collector, view, { amount: 'lots', date: 'someday' });
    const ack = await h.slack.socketMode.send('interactive', payloadOf(bad));
    expect(ack.payload).toMatchObject({ response_action: 'errors', errors: { amount: expect.any(String) } });
  });

  it('acknowledges an @mention event and answers in the channel', async () => {
    const mention = h.people.mention(admin.slackId, 'C0EAST', 'help');
    const ack = await h.slack.socketMode.send('events_api', payloadOf(mention));
    expect(ack.envelope_id).toMatch(/^env-/);
    await h.settle();
    expect(h.slack.workspace.ephemerals.at(-1)).toMatchObject({ channel: 'C0EAST', user: admin.slackId });
  });

  it('closes the connection when the edge stops', async () => {
    await h.edge.stop();
    await expect.poll(() => h.slack.socketMode.openConnections).toBe(0);
  });
});
