import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackHarness, type RosterPerson, type SlackHarness } from '../../helpers/slack-harness.js';

// The weekly report through the real Slack port and the emulator: a report channel bound by
// command, the report posted there with its pictures and spreadsheet in the thread.
let h: SlackHarness;
let admin: RosterPerson;
let manager: RosterPerson;

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

beforeAll(async () => {
  h = await createSlackHarness();
  admin = await h.person('admin');
  manager = await h.person('manager', 'intl');
  await h.send(h.people.command(admin.slackId, 'C0INTL', '/duebot', 'setup intl'));
});
afterAll(async () => {
  await h.close();
});

describe('reports on Slack', () => {
  it('binds a report channel with setup <team> reports', async () => {
    await h.send(h.people.command(admin.slackId, 'C0OTHER', '/duebot', 'setup intl reports'));
    const said = h.slack.responses.messages.at(-1);
    expect(said?.text).toBe('✓ 这个群现在是 International Accounts 的报表群。');
    const bound = await h.t.db
      .selectFrom('channels')
      .select(['purpose'])
      .where('platform_chat_id', '=', 'C0OTHER')
      .executeTakeFirstOrThrow();
    expect(bound.purpose).toBe('reports');
  });

  it('posts the weekly report in the report channel, each picture as a file in its thread with its summary', async () => {
    h.clock.set('2026-11-27T09:00:00Z');
    await h.app.scheduler.tick();
    await h.settle();
    const inChannel = h.slack.workspace.messages.filter((m) => m.channel === 'C0OTHER');
    const root = inChannel.find((m) => !m.thread_ts && m.text.includes('Weekly overdue report'));
    if (!root) throw new Error(`no weekly report in C0OTHER: ${inChannel.map((m) => m.text).join(' | ')}`);
    const thread = inChannel.filter((m) => m.thread_ts === root.ts);
    const pictures = thread.filter((m) => m.files?.some((f) => f.name.endsWith('.png')));
    expect(pictures).toHaveLength(1);
    expect(pictures[0]?.text).toMatch(/^Overdue USD over the last 8 weeks/);
    const upload = [...h.slack.workspace.uploads.values()].find((u) => u.name.endsWith('.png'));
    expect(upload?.content?.subarray(0, 4).equals(PNG)).toBe(true);
    expect(thread.some((m) => m.files?.some((f) => f.name === 'weekly-intl-2026-W48.xlsx'))).toBe(true);
    expect(thread.filter((m) => m.text.includes('Ten largest overdue customers'))).toHaveLength(1);
    // Nothing Slack refused on the way: every call within Block Kit's limits.
    expect(h.slack.calls.filter((c) => c.error)).toEqual([]);
    // The collection channel got none of it.
    expect(
      h.slack.workspace.messages.filter(
        (m) => m.channel === 'C0INTL' && m.text.includes('Weekly overdue report'),
      ),
    ).toEqual([]);
  });

  it('answers /duebot report aging privately, the charts named by their summary', async () => {
    const body = h.people.command(manager.slackId, 'C0INTL', '/duebot', 'report aging 2026-10');
    const id = body.kind === 'command' ? (body.fields.response_url?.split('/').at(-1) ?? '') : '';
    await h.send(body);
    const said = h.slack.responses.messages.filter((m) => m.id === id);
    expect(said.length).toBeGreaterThan(0);
    expect(said.length).toBeLessThanOrEqual(5);
    const text = JSON.stringify(said);
    expect(text).toContain('Aging analysis · International Accounts · 2026-10');
    expect(text).toContain(':bar_chart: Overdue USD by collector and aging');
    expect(text).toContain('report.post');
    for (const m of said) expect((m.blocks ?? []).length).toBeLessThanOrEqual(50);
  });
});
